// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/user_layer.h"

#include "loader/gdal_support.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace okhotsk {

namespace fs = std::filesystem;
using loader::GdalErrorCollector;

Bounds UserFeature::bounds() const noexcept {
  Bounds out;
  for (const GeoPoint& point : points) out.add(Vec2{point.lon, point.lat});
  out.add(lines.bounds());
  out.add(polygons.bounds());
  return out;
}

std::size_t UserLayerData::datedCount() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(features.begin(), features.end(), [](const UserFeature& f) { return f.dated(); }));
}

std::optional<DayRange> UserLayerData::dayExtent() const noexcept {
  std::optional<DayRange> extent;
  auto widen = [&extent](DayNumber day) {
    if (day <= kDayMin || day >= kDayMax) return;
    if (!extent)
      extent = DayRange{day, day};
    else
      extent = DayRange{std::min(extent->first, day), std::max(extent->last, day)};
  };
  for (const UserFeature& feature : features) {
    if (!feature.days) continue;
    widen(feature.days->first);
    widen(feature.days->last);
  }
  return extent;
}

std::optional<DayRange> parseUserDate(const std::string& text, std::string* error) {
  EdtfError edtfError;
  if (const std::optional<Edtf> value = Edtf::parse(text, &edtfError)) return value->range();
  // An ISO date-time that EDTF does not take as written ("1945-08-28 10:00", no seconds):
  // its day is what the atlas needs.
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) {
    const std::optional<Edtf> day = Edtf::parse(std::string_view(text).substr(0, 10));
    if (day && !day->isInterval() && day->start().date.precision() == Precision::Day) return day->range();
  }
  if (error != nullptr) *error = "'" + text + "' is not a date (EDTF or ISO 8601): " + edtfError.message();
  return std::nullopt;
}

namespace {

struct GdalDatasetCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool isCsv(const fs::path& path) {
  return lower(path.extension().string()) == ".csv";
}

// Opens a vector source; null (and an error naming the file) when GDAL cannot read it.
DatasetPtr openSource(const fs::path& path, Diagnostics& diagnostics) {
  loader::registerDrivers();
  std::error_code ignored;
  if (!fs::exists(path, ignored)) {
    diagnostics.error(path.string(), "", "", "", "no such file or folder");
    return nullptr;
  }
  // A CSV gives its points as lon/lat (or X/Y) columns or its shapes as a WKT column.
  const char* const csvOptions[] = {"X_POSSIBLE_NAMES=lon,long,longitude,lng,x",
                                    "Y_POSSIBLE_NAMES=lat,latitude,y",
                                    "GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom",
                                    "KEEP_GEOM_COLUMNS=YES",
                                    "EMPTY_STRING_AS_NULL=YES",
                                    nullptr};
  GdalErrorCollector collector;
  DatasetPtr dataset(
      GDALDataset::FromHandle(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                         isCsv(path) ? csvOptions : nullptr, nullptr)));
  if (!dataset || dataset->GetLayerCount() == 0) {
    diagnostics.error(
        path.string(), "", "", "",
        "is not a vector data source GDAL can read (" + loader::joinMessages(collector.takeFailures()) + ")");
    return nullptr;
  }
  return dataset;
}

// The transformation to WGS 84 lon/lat; null when the layer already is in it. Returns false
// (and an error naming the file) when the layer's CRS is unknown or cannot be transformed.
bool prepareTransformation(OGRLayer& layer, const fs::path& path, Diagnostics& diagnostics,
                           std::unique_ptr<OGRCoordinateTransformation>& toWgs84) {
  if (wkbFlatten(layer.GetGeomType()) == wkbNone) return true;
  const OGRSpatialReference* source = layer.GetSpatialRef();
  if (source == nullptr) {
    if (isCsv(path)) return true;  // CSV coordinates are taken as WGS 84 lon/lat
    diagnostics.error(path.string(), layer.GetName(), "", "geometry",
                      "the layer has no known coordinate reference system, so it cannot be placed on "
                      "the map (for a Shapefile, the .prj file is missing)");
    return false;
  }
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference sourceCopy(*source);
  sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
  if (sourceCopy.IsSame(&wgs84, sameOptions)) return true;
  GdalErrorCollector collector;
  toWgs84.reset(OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
  if (!toWgs84) {
    const char* name = sourceCopy.GetName();
    diagnostics.error(path.string(), layer.GetName(), "", "geometry",
                      std::string("unknown or unsupported coordinate reference system '") +
                          (name != nullptr ? name : "?") +
                          "': " + loader::joinMessages(collector.takeFailures()));
    return false;
  }
  return true;
}

Ring toPoints(const OGRSimpleCurve& curve) {
  Ring points;
  points.reserve(static_cast<std::size_t>(std::max(curve.getNumPoints(), 0)));
  for (int i = 0; i < curve.getNumPoints(); ++i) points.push_back({curve.getX(i), curve.getY(i)});
  return points;
}

void appendPolygon(const OGRPolygon& polygon, UserFeature& out) {
  if (polygon.IsEmpty() || polygon.getExteriorRing() == nullptr) return;
  Polygon converted;
  converted.exterior = toPoints(*polygon.getExteriorRing());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
    converted.interiors.push_back(toPoints(*polygon.getInteriorRing(i)));
  out.polygons.polygons.push_back(std::move(converted));
}

// Adds a linear geometry's parts to the feature, collections recursively.
void appendGeometry(const OGRGeometry& geometry, UserFeature& out) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint:
      if (!geometry.IsEmpty()) out.points.push_back({geometry.toPoint()->getX(), geometry.toPoint()->getY()});
      break;
    case wkbLineString:
      if (geometry.toLineString()->getNumPoints() >= 2)
        out.lines.lines.push_back(toPoints(*geometry.toLineString()));
      break;
    case wkbPolygon:
      appendPolygon(*geometry.toPolygon(), out);
      break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) appendGeometry(*part, out);
      break;
    default:
      break;
  }
}

bool validLonLat(double lon, double lat) {
  return std::isfinite(lon) && std::isfinite(lat) && std::abs(lat) <= 90.0 && lon >= -180.0 && lon <= 360.0;
}

bool coordinatesValid(const UserFeature& feature) {
  auto ringValid = [](const Ring& ring) {
    return std::all_of(ring.begin(), ring.end(), [](const Vec2& p) { return validLonLat(p.x, p.y); });
  };
  if (!std::all_of(feature.points.begin(), feature.points.end(),
                   [](const GeoPoint& p) { return validLonLat(p.lon, p.lat); }))
    return false;
  if (!std::all_of(feature.lines.lines.begin(), feature.lines.lines.end(), ringValid)) return false;
  return std::all_of(feature.polygons.polygons.begin(), feature.polygons.polygons.end(),
                     [&ringValid](const Polygon& polygon) {
                       return ringValid(polygon.exterior) &&
                              std::all_of(polygon.interiors.begin(), polygon.interiors.end(), ringValid);
                     });
}

// The context of one layer being read, for the features' diagnostics.
struct LayerReading {
  const fs::path& path;
  OGRLayer& layer;
  const UserLayerOptions& options;
  OGRCoordinateTransformation* toWgs84 = nullptr;
  int startIndex = -1;
  int endIndex = -1;
  int labelIndex = -1;
  Diagnostics& diagnostics;

  void warn(const OGRFeature& feature, const std::string& field, const std::string& message) const {
    diagnostics.warning(path.string(), layer.GetName(), std::to_string(feature.GetFID()), field, message);
  }
};

// Reads the geometry into `out`; false (warned) when a coordinate cannot be placed.
bool readGeometry(const LayerReading& reading, OGRFeature& feature, UserFeature& out) {
  const OGRGeometry* geometry = feature.GetGeometryRef();
  if (geometry == nullptr || geometry->IsEmpty()) return true;
  std::unique_ptr<OGRGeometry> owned(geometry->hasCurveGeometry() ? geometry->getLinearGeometry()
                                                                  : geometry->clone());
  if (reading.toWgs84 != nullptr && owned->transform(reading.toWgs84) != OGRERR_NONE) {
    reading.warn(feature, "geometry", "cannot be transformed to WGS 84; the feature is left out");
    return false;
  }
  appendGeometry(*owned, out);
  if (!coordinatesValid(out)) {
    reading.warn(feature, "geometry",
                 "a coordinate is not a longitude/latitude (latitude -90..90, longitude -180..360); the "
                 "feature is left out");
    return false;
  }
  return true;
}

// The days of one date field into `out`: left empty when the field is NULL or empty.
// Returns false (warned) when the value is not a date.
bool readDateField(const LayerReading& reading, OGRFeature& feature, int index,
                   std::optional<DayRange>& out) {
  out.reset();
  if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return true;
  const OGRFieldDefn* definition = feature.GetFieldDefnRef(index);
  const OGRFieldType type = definition->GetType();
  if (type == OFTDate || type == OFTDateTime) {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int zone = 0;
    float second = 0;
    feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
    const DayNumber number = daysFromGregorian(year, month, day);
    out = DayRange{number, number};
    return true;
  }
  std::string text = feature.GetFieldAsString(index);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.erase(text.begin());
  if (text.empty()) return true;
  std::string error;
  out = parseUserDate(text, &error);
  if (!out) {
    reading.warn(feature, definition->GetNameRef(), error + "; the feature is left out");
    return false;
  }
  return true;
}

// The feature's days from its start and end fields; false (warned) when it is left out.
bool readDays(const LayerReading& reading, OGRFeature& feature, UserFeature& out) {
  std::optional<DayRange> start;
  std::optional<DayRange> end;
  if (!readDateField(reading, feature, reading.startIndex, start) ||
      !readDateField(reading, feature, reading.endIndex, end))
    return false;
  if (reading.endIndex < 0) {
    out.days = start;
    return true;
  }
  if (!start && !end) return true;
  const DayRange days{start ? start->first : kDayMin, end ? end->last : kDayMax};
  if (days.last < days.first) {
    reading.warn(feature, reading.options.endField, "the end is before the start; the feature is left out");
    return false;
  }
  out.days = days;
  return true;
}

void readAttributes(const LayerReading& reading, OGRFeature& feature, UserFeature& out) {
  for (int i = 0; i < feature.GetFieldCount(); ++i) {
    if (!feature.IsFieldSetAndNotNull(i)) continue;
    out.attributes.emplace_back(feature.GetFieldDefnRef(i)->GetNameRef(), feature.GetFieldAsString(i));
  }
  if (reading.labelIndex >= 0 && feature.IsFieldSetAndNotNull(reading.labelIndex))
    out.label = feature.GetFieldAsString(reading.labelIndex);
}

// The index of a chosen field; false (an error naming the file, layer and field) when the
// layer has no such field.
bool fieldIndex(const LayerReading& reading, const std::string& name, int& index) {
  index = -1;
  if (name.empty()) return true;
  index = reading.layer.GetLayerDefn()->GetFieldIndex(name.c_str());
  if (index >= 0) return true;
  reading.diagnostics.error(reading.path.string(), reading.layer.GetName(), "", name,
                            "the layer has no such field");
  return false;
}

OGRLayer* chooseLayer(GDALDataset& dataset, const fs::path& path, const std::string& name,
                      Diagnostics& diagnostics) {
  if (name.empty()) return dataset.GetLayer(0);
  if (OGRLayer* layer = dataset.GetLayerByName(name.c_str())) return layer;
  std::string names;
  for (OGRLayer* layer : dataset.GetLayers())
    names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
  diagnostics.error(path.string(), name, "", "", "no such layer in the file (it has: " + names + ")");
  return nullptr;
}

void readFeatures(const LayerReading& reading, UserLayerData& data) {
  reading.layer.ResetReading();
  GdalErrorCollector collector;
  for (auto& feature : reading.layer) {
    if (data.features.size() >= reading.options.maxFeatures) break;
    UserFeature out;
    out.fid = feature->GetFID();
    if (!readGeometry(reading, *feature, out) || !readDays(reading, *feature, out)) continue;
    readAttributes(reading, *feature, out);
    data.features.push_back(std::move(out));
  }
  for (const std::string& failure : collector.takeFailures())
    data.diagnostics.warning(reading.path.string(), reading.layer.GetName(), "", "", "GDAL: " + failure);
}

// The first field whose lower-case name is one of `exact`, else the first that contains one
// of `parts`; empty when none does.
std::string guessField(const std::vector<UserFieldInfo>& fields,
                       std::initializer_list<std::string_view> exact,
                       std::initializer_list<std::string_view> parts) {
  for (std::string_view wanted : exact)
    for (const UserFieldInfo& field : fields)
      if (lower(field.name) == wanted) return field.name;
  for (std::string_view wanted : parts)
    for (const UserFieldInfo& field : fields)
      if (lower(field.name).find(wanted) != std::string::npos) return field.name;
  return {};
}

UserLayerInfo describeLayer(OGRLayer& layer) {
  UserLayerInfo info;
  info.name = layer.GetName();
  info.geometryType = OGRGeometryTypeToName(layer.GetGeomType());
  info.featureCount = layer.GetFeatureCount(FALSE);
  const OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    info.fields.push_back({field->GetNameRef(), OGRFieldDefn::GetFieldTypeName(field->GetType())});
  }
  info.guessedStartField =
      guessField(info.fields,
                 {"start", "begin", "from", "date", "earliest", "start_date", "begin_date", "year", "since"},
                 {"start", "begin", "date", "year"});
  info.guessedEndField =
      guessField(info.fields, {"end", "until", "to", "latest", "end_date", "date_end", "enddate"},
                 {"end_", "_end", "until"});
  if (info.guessedEndField == info.guessedStartField) info.guessedEndField.clear();
  info.guessedLabelField =
      guessField(info.fields, {"name", "title", "label", "name_en"}, {"name", "title", "label"});
  return info;
}

}  // namespace

UserLayerData readUserLayer(const fs::path& path, const UserLayerOptions& options) {
  UserLayerData data;
  data.path = path.string();
  DatasetPtr dataset = openSource(path, data.diagnostics);
  if (!dataset) return data;
  OGRLayer* layer = chooseLayer(*dataset, path, options.layer, data.diagnostics);
  if (layer == nullptr) return data;
  data.layer = layer->GetName();
  const OGRFeatureDefn* definition = layer->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    data.fields.emplace_back(definition->GetFieldDefn(i)->GetNameRef());
  std::unique_ptr<OGRCoordinateTransformation> toWgs84;
  if (!prepareTransformation(*layer, path, data.diagnostics, toWgs84)) return data;
  LayerReading reading{path, *layer, options, toWgs84.get(), -1, -1, -1, data.diagnostics};
  if (!fieldIndex(reading, options.startField, reading.startIndex) ||
      !fieldIndex(reading, options.endField, reading.endIndex) ||
      !fieldIndex(reading, options.labelField, reading.labelIndex))
    return data;
  readFeatures(reading, data);
  data.ok = true;
  return data;
}

UserSourceInfo describeUserSource(const fs::path& path) {
  UserSourceInfo info;
  DatasetPtr dataset = openSource(path, info.diagnostics);
  if (!dataset) return info;
  for (OGRLayer* layer : dataset->GetLayers()) info.layers.push_back(describeLayer(*layer));
  info.ok = true;
  return info;
}

}  // namespace okhotsk
