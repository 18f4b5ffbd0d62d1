// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_writer.h"

#include "export/kml_writer.h"
#include "loader/gdal_support.h"
#include "okhotsk/calendar.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>

namespace okhotsk::exporting {

namespace fs = std::filesystem;
using loader::GdalErrorCollector;
using loader::joinMessages;

namespace {

struct DatasetCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

const char* driverName(ExportFormat format) {
  switch (format) {
    case ExportFormat::GeoPackage:
      return "GPKG";
    case ExportFormat::GeoJson:
      return "GeoJSON";
    case ExportFormat::FlatGeobuf:
      return "FlatGeobuf";
    case ExportFormat::Csv:
      return "CSV";
    case ExportFormat::Kml:
      return "KML";  // not used: kml_writer.cpp writes KML
  }
  return "GPKG";
}

const char* extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::GeoPackage:
      return ".gpkg";
    case ExportFormat::GeoJson:
      return ".geojson";
    case ExportFormat::FlatGeobuf:
      return ".fgb";
    case ExportFormat::Csv:
      return ".csv";
    case ExportFormat::Kml:
      return ".kml";
  }
  return "";
}

OGRwkbGeometryType ogrType(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::None:
      return wkbNone;
    case GeometryKind::Point:
      return wkbPoint;
    case GeometryKind::Polygon:
      return wkbPolygon;
    case GeometryKind::MultiPolygon:
      return wkbMultiPolygon;
    case GeometryKind::MultiLineString:
      return wkbMultiLineString;
  }
  return wkbNone;
}

// In CSV the day columns are written as ISO text and typed Date in the .csvt afterwards
// (GDAL's CSV writer would write "1945/08/28").
OGRFieldType ogrType(FieldKind kind, ExportFormat format) {
  switch (kind) {
    case FieldKind::Text:
      return OFTString;
    case FieldKind::Real:
      return OFTReal;
    case FieldKind::Integer:
      return OFTInteger;
    case FieldKind::Date:
      return format == ExportFormat::Csv ? OFTString : OFTDate;
  }
  return OFTString;
}

// Points as their own layer geometry only where the format keeps points as geometry: a CSV
// gives points as the lon/lat columns, lines and polygons as WKT.
OGRwkbGeometryType layerGeometry(const Table& table, ExportFormat format) {
  if (format == ExportFormat::Csv && table.geometry == GeometryKind::Point) return wkbNone;
  return ogrType(table.geometry);
}

OGRLinearRing* toRing(const Ring& ring) {
  auto* out = new OGRLinearRing();
  out->setNumPoints(static_cast<int>(ring.size()));
  for (std::size_t i = 0; i < ring.size(); ++i) out->setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
  return out;
}

OGRPolygon* toPolygon(const Polygon& polygon) {
  auto* out = new OGRPolygon();
  out->addRingDirectly(toRing(polygon.exterior));
  for (const Ring& interior : polygon.interiors) out->addRingDirectly(toRing(interior));
  return out;
}

std::unique_ptr<OGRGeometry> toOgr(const Geometry& geometry) {
  return std::visit(
      [](const auto& value) -> std::unique_ptr<OGRGeometry> {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, GeoPoint>) {
          return std::make_unique<OGRPoint>(value.lon, value.lat);
        } else if constexpr (std::is_same_v<T, Polygon>) {
          return std::unique_ptr<OGRGeometry>(toPolygon(value));
        } else if constexpr (std::is_same_v<T, MultiPolygon>) {
          auto out = std::make_unique<OGRMultiPolygon>();
          for (const Polygon& polygon : value.polygons) out->addGeometryDirectly(toPolygon(polygon));
          return out;
        } else if constexpr (std::is_same_v<T, MultiLineString>) {
          auto out = std::make_unique<OGRMultiLineString>();
          for (const LineString& line : value.lines) {
            auto* ogrLine = new OGRLineString();
            ogrLine->setNumPoints(static_cast<int>(line.size()));
            for (std::size_t i = 0; i < line.size(); ++i)
              ogrLine->setPoint(static_cast<int>(i), line[i].x, line[i].y);
            out->addGeometryDirectly(ogrLine);
          }
          return out;
        } else {
          return nullptr;
        }
      },
      geometry);
}

void setValue(OGRFeature& feature, int index, const Value& value, ExportFormat format) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          feature.SetFieldNull(index);
        } else if constexpr (std::is_same_v<T, std::string>) {
          feature.SetField(index, v.c_str());
        } else if constexpr (std::is_same_v<T, double>) {
          feature.SetField(index, v);
        } else if constexpr (std::is_same_v<T, long long>) {
          feature.SetField(index, static_cast<int>(v));
        } else {
          if (format == ExportFormat::Csv) {
            feature.SetField(index, isoDate(v.day).c_str());
          } else {
            const CivilDate date = gregorianFromDays(v.day);
            feature.SetField(index, static_cast<int>(date.year), date.month, date.day);
          }
        }
      },
      value);
}

// One layer's context for messages.
struct Target {
  std::string file;
  std::string layer;
  Diagnostics& diagnostics;

  bool fail(const std::string& field, const std::string& message) const {
    diagnostics.error(file, layer, "", field, message);
    return false;
  }
};

char** layerOptions(ExportFormat format, const Table& table) {
  char** options = nullptr;
  if (format == ExportFormat::Csv) {
    options = CSLSetNameValue(options, "CREATE_CSVT", "YES");
    if (layerGeometry(table, format) != wkbNone) options = CSLSetNameValue(options, "GEOMETRY", "AS_WKT");
  } else if (format == ExportFormat::GeoJson) {
    options = CSLSetNameValue(options, "RFC7946", "NO");
    options = CSLSetNameValue(options, "SIGNIFICANT_FIGURES", "17");
  } else if (format == ExportFormat::FlatGeobuf) {
    // The spatial index sorts features along a Hilbert curve; the dataset's order is kept.
    options = CSLSetNameValue(options, "SPATIAL_INDEX", "NO");
  } else if (format == ExportFormat::GeoPackage && table.geometry == GeometryKind::None) {
    options = CSLSetNameValue(options, "ASPATIAL_VARIANT", "GPKG_ATTRIBUTES");
  }
  return options;
}

OGRLayer* createLayer(GDALDataset& dataset, const Table& table, ExportFormat format, const Target& target) {
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const OGRwkbGeometryType geometry = layerGeometry(table, format);
  char** options = layerOptions(format, table);
  GdalErrorCollector collector;
  OGRLayer* layer =
      dataset.CreateLayer(table.name.c_str(), geometry == wkbNone ? nullptr : &wgs84, geometry, options);
  CSLDestroy(options);
  if (layer == nullptr) {
    target.fail("", "cannot create the layer: " + joinMessages(collector.takeFailures()));
    return nullptr;
  }
  for (const Field& field : table.fields) {
    OGRFieldDefn definition(field.name.c_str(), ogrType(field.kind, format));
    if (layer->CreateField(&definition) != OGRERR_NONE) {
      target.fail(field.name, "cannot create the field: " + joinMessages(collector.takeFailures()));
      return nullptr;
    }
  }
  return layer;
}

bool writeRows(OGRLayer& layer, const Table& table, ExportFormat format, const Target& target) {
  GdalErrorCollector collector;
  const bool withGeometry = layerGeometry(table, format) != wkbNone;
  for (const Row& row : table.rows) {
    if (row.values.size() != table.fields.size())
      return target.fail("", "internal error: a row has " + std::to_string(row.values.size()) +
                                 " values for " + std::to_string(table.fields.size()) + " fields");
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer.GetLayerDefn()));
    for (std::size_t i = 0; i < row.values.size(); ++i)
      setValue(*feature, static_cast<int>(i), row.values[i], format);
    if (withGeometry)
      if (std::unique_ptr<OGRGeometry> geometry = toOgr(row.geometry))
        feature->SetGeometryDirectly(geometry.release());
    if (layer.CreateFeature(feature.get()) != OGRERR_NONE) {
      const int id = table.fieldIndex("id");
      const auto* text =
          id >= 0 ? std::get_if<std::string>(&row.values[static_cast<std::size_t>(id)]) : nullptr;
      target.diagnostics.error(target.file, target.layer, text != nullptr ? *text : "", "",
                               "cannot write the feature: " + joinMessages(collector.takeFailures()));
      return false;
    }
  }
  return true;
}

DatasetPtr createDataset(ExportFormat format, const fs::path& file, Diagnostics& diagnostics) {
  GdalErrorCollector collector;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
  if (driver == nullptr) {
    diagnostics.error(
        file.string(), "", "", "",
        std::string("GDAL has no ") + driverName(format) + " driver; this format cannot be written");
    return nullptr;
  }
  DatasetPtr dataset(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset)
    diagnostics.error(file.string(), "", "", "",
                      "cannot create the file: " + joinMessages(collector.takeFailures()));
  return dataset;
}

// Types the day columns of a CSV's .csvt as Date (see ogrType).
bool typeCsvDates(const fs::path& csvt, const Table& table, Diagnostics& diagnostics) {
  std::ifstream in(csvt);
  std::string line;
  if (!in || !std::getline(in, line)) {
    diagnostics.error(csvt.string(), table.name, "", "", "the .csvt beside the CSV was not written");
    return false;
  }
  in.close();
  std::vector<std::string> types;
  std::stringstream stream(line);
  for (std::string type; std::getline(stream, type, ',');) types.push_back(type);
  // A WKT column comes first when present.
  const std::size_t offset = types.size() > table.fields.size() ? types.size() - table.fields.size() : 0;
  for (std::size_t i = 0; i < table.fields.size() && i + offset < types.size(); ++i)
    if (table.fields[i].kind == FieldKind::Date) types[i + offset] = "Date";
  std::ofstream out(csvt, std::ios::trunc);
  for (std::size_t i = 0; i < types.size(); ++i) out << (i == 0 ? "" : ",") << types[i];
  out << '\n';
  if (!out.flush()) {
    diagnostics.error(csvt.string(), table.name, "", "", "cannot rewrite the .csvt");
    return false;
  }
  return true;
}

bool writeLayer(GDALDataset& dataset, const Table& table, ExportFormat format, const Target& target) {
  OGRLayer* layer = createLayer(dataset, table, format, target);
  return layer != nullptr && writeRows(*layer, table, format, target);
}

bool closeDataset(DatasetPtr dataset, const fs::path& file, Diagnostics& diagnostics) {
  GdalErrorCollector collector;
  dataset.reset();  // GDALClose: writes what is buffered
  const std::vector<std::string> failures = collector.takeFailures();
  if (!failures.empty()) {
    diagnostics.error(file.string(), "", "", "", "cannot finish writing the file: " + joinMessages(failures));
    return false;
  }
  return true;
}

bool writeOneFile(const std::vector<Table>& tables, ExportFormat format, const fs::path& file,
                  Diagnostics& diagnostics) {
  DatasetPtr dataset = createDataset(format, file, diagnostics);
  if (!dataset) return false;
  for (const Table& table : tables) {
    if (!writeLayer(*dataset, table, format, {file.string(), table.name, diagnostics})) return false;
  }
  return closeDataset(std::move(dataset), file, diagnostics);
}

// FlatGeobuf (GDAL 3.6) drops features without geometry: attribute tables, and a spatial layer
// with such features, go beside the .fgb files as CSV (with .csvt), as the dataset ships them.
ExportFormat fileFormat(const Table& table, ExportFormat format, const fs::path& folder,
                        Diagnostics& diagnostics) {
  if (format != ExportFormat::FlatGeobuf) return format;
  if (table.geometry == GeometryKind::None) return ExportFormat::Csv;
  const auto without = std::count_if(table.rows.begin(), table.rows.end(), [](const Row& row) {
    return std::holds_alternative<std::monostate>(row.geometry);
  });
  if (without == 0) return format;
  diagnostics.warning(
      (folder / (table.name + ".csv")).string(), table.name, "", "geometry",
      std::to_string(without) +
          " features have no geometry, which FlatGeobuf cannot hold; the layer is written as CSV");
  return ExportFormat::Csv;
}

bool writeFolder(const std::vector<Table>& tables, ExportFormat format, const fs::path& folder,
                 std::vector<fs::path>& written, Diagnostics& diagnostics) {
  for (const Table& table : tables) {
    const ExportFormat own = fileFormat(table, format, folder, diagnostics);
    const fs::path file = folder / (table.name + extension(own));
    DatasetPtr dataset = createDataset(own, file, diagnostics);
    if (!dataset) return false;
    if (!writeLayer(*dataset, table, own, {file.string(), table.name, diagnostics})) return false;
    if (!closeDataset(std::move(dataset), file, diagnostics)) return false;
    written.push_back(file);
    if (own == ExportFormat::Csv) {
      fs::path csvt = file;
      csvt.replace_extension(".csvt");
      if (!typeCsvDates(csvt, table, diagnostics)) return false;
      written.push_back(csvt);
      if (fs::path prj = file.parent_path() / (table.name + ".prj"); fs::exists(prj)) written.push_back(prj);
    }
  }
  return true;
}

}  // namespace

bool writeTables(const std::vector<Table>& tables, ExportFormat format, const fs::path& target,
                 std::vector<fs::path>& written, Diagnostics& diagnostics) {
  loader::registerDrivers();
  if (exportWritesFolder(format)) return writeFolder(tables, format, target, written, diagnostics);
  const bool ok = format == ExportFormat::Kml ? writeKml(tables, target, diagnostics)
                                              : writeOneFile(tables, format, target, diagnostics);
  if (!ok) return false;
  written.push_back(target);
  return true;
}

}  // namespace okhotsk::exporting
