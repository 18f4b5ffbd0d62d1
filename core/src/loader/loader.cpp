// Reading a dataset through GDAL/OGR. GDAL types stay in this file: the public API
// returns owned domain values (loader.h).

#include "okhotsk/loader.h"

#include "okhotsk/projection.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace okhotsk {

namespace {

namespace fs = std::filesystem;

void registerDrivers() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
  });
}

/// Collects GDAL's error messages raised on this thread while alive, instead of
/// letting them reach stderr; they become diagnostics.
class GdalErrorCollector {
 public:
  GdalErrorCollector() { CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this); }
  ~GdalErrorCollector() { CPLPopErrorHandler(); }
  GdalErrorCollector(const GdalErrorCollector&) = delete;
  GdalErrorCollector& operator=(const GdalErrorCollector&) = delete;

  /// Messages of severity CE_Failure or worse since the last call.
  std::vector<std::string> takeFailures() { return std::exchange(m_failures, {}); }
  std::vector<std::string> takeWarnings() { return std::exchange(m_warnings, {}); }

 private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
    if (self == nullptr || message == nullptr) return;
    if (level >= CE_Failure)
      self->m_failures.emplace_back(message);
    else if (level == CE_Warning)
      self->m_warnings.emplace_back(message);
  }
  std::vector<std::string> m_failures;
  std::vector<std::string> m_warnings;
};

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> splitList(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(';', start), text.size());
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

std::optional<double> parseReal(std::string_view text) {
  const std::string trimmed = trim(text);
  if (trimmed.empty()) return std::nullopt;
  double value = 0.0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (error != std::errc() || end != trimmed.data() + trimmed.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<int> parseInteger(std::string_view text) {
  const std::string trimmed = trim(text);
  int value = 0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (trimmed.empty() || error != std::errc() || end != trimmed.data() + trimmed.size()) return std::nullopt;
  return value;
}

/// One opened layer with its file and name, for diagnostics.
struct OpenedLayer {
  std::string file;
  std::string name;
  std::shared_ptr<GDALDataset> owner;
  OGRLayer* layer = nullptr;
  std::unique_ptr<OGRCoordinateTransformation> toWgs84;  // null when already WGS 84
};

/// Finds and opens the layers of a dataset folder or GeoPackage.
class LayerOpener {
 public:
  LayerOpener(fs::path path, Diagnostics& diagnostics)
      : m_path(std::move(path)), m_diagnostics(diagnostics) {}

  bool valid() const { return m_valid; }

  bool open() {
    registerDrivers();
    std::error_code error;
    if (fs::is_directory(m_path, error)) {
      m_folder = true;
      m_valid = true;
      return true;
    }
    if (!fs::exists(m_path, error)) {
      m_diagnostics.error(m_path.string(), "", "", "", "no such file or folder");
      return false;
    }
    GdalErrorCollector collector;
    GDALDataset* dataset = GDALDataset::Open(m_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (dataset == nullptr) {
      m_diagnostics.error(m_path.string(), "", "", "",
                          "cannot be read as a dataset: " + joinMessages(collector.takeFailures()));
      return false;
    }
    m_container.reset(dataset);
    m_valid = true;
    return true;
  }

  /// Opens layer `name`; empty when it is absent (reported when `required`).
  std::optional<OpenedLayer> layer(const std::string& name, bool required, bool geometric) {
    GdalErrorCollector collector;
    OpenedLayer opened;
    opened.name = name;
    if (m_folder) {
      static constexpr std::array<std::string_view, 5> kExtensions{".fgb", ".gpkg", ".geojson", ".json",
                                                                   ".csv"};
      for (std::string_view extension : kExtensions) {
        const fs::path candidate = m_path / (name + std::string(extension));
        std::error_code error;
        if (!fs::exists(candidate, error)) continue;
        opened.file = candidate.string();
        const char* const csvOptions[] = {"EMPTY_STRING_AS_NULL=NO", "KEEP_SOURCE_COLUMNS=NO", nullptr};
        GDALDataset* dataset =
            GDALDataset::FromHandle(GDALOpenEx(candidate.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                               extension == ".csv" ? csvOptions : nullptr, nullptr));
        if (dataset == nullptr) {
          m_diagnostics.error(opened.file, name, "", "",
                              "cannot be read: " + joinMessages(collector.takeFailures()));
          return std::nullopt;
        }
        opened.owner.reset(dataset);
        opened.layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
        if (extension == ".csv") checkCsvText(candidate, name);
        break;
      }
      if (opened.file.empty()) {
        if (required)
          m_diagnostics.error(
              (m_path / name).string(), name, "", "",
              "layer missing: expected " + name + ".csv, .fgb, .gpkg or .geojson in the folder");
        return std::nullopt;
      }
    } else {
      opened.file = m_path.string();
      opened.owner = m_container;
      opened.layer = m_container->GetLayerByName(name.c_str());
      if (opened.layer == nullptr) {
        if (required) m_diagnostics.error(opened.file, name, "", "", "layer missing from the GeoPackage");
        return std::nullopt;
      }
    }
    if (opened.layer == nullptr) {
      m_diagnostics.error(opened.file, name, "", "", "the file holds no layer");
      return std::nullopt;
    }
    // A file GDAL opens but complains about (e.g. a CRS PROJ does not know, which GDAL then
    // silently replaces by WGS 84) cannot be trusted: report it, and skip the layer if the
    // complaint is about its coordinate reference system.
    for (const std::string& failure : collector.takeFailures()) {
      const bool crs = failure.find("crs") != std::string::npos || failure.find("CRS") != std::string::npos ||
                       failure.find("PROJ") != std::string::npos || failure.find("SRS") != std::string::npos;
      m_diagnostics.error(opened.file, name, "", crs ? "geometry" : "",
                          crs ? "unknown coordinate reference system (" + failure + "); the layer is skipped"
                              : "GDAL: " + failure);
      if (crs) return std::nullopt;
    }
    m_layerFiles[name] = opened.file;
    if (geometric && !prepareTransformation(opened)) return std::nullopt;
    for (const std::string& warning : collector.takeWarnings())
      m_diagnostics.warning(opened.file, name, "", "", "GDAL: " + warning);
    return opened;
  }

  /// Files opened so far, by layer name.
  const std::unordered_map<std::string, std::string>& layerFiles() const { return m_layerFiles; }

  static std::string joinMessages(const std::vector<std::string>& messages) {
    if (messages.empty()) return "unrecognised or damaged file";
    std::string text;
    for (const std::string& message : messages) text += (text.empty() ? "" : "; ") + message;
    return text;
  }

 private:
  // GDAL's CSV reader accepts a file cut short inside a quoted field without complaint;
  // an odd number of quotes or a missing final line break gives such a file away.
  void checkCsvText(const fs::path& file, const std::string& layer) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto quotes = std::count(text.begin(), text.end(), '"');
    if (quotes % 2 != 0)
      m_diagnostics.error(file.string(), layer, "", "",
                          "a quoted field is never closed: the file is truncated or malformed; the last row "
                          "may be incomplete");
    else if (!text.empty() && text.back() != '\n')
      m_diagnostics.warning(file.string(), layer, "", "",
                            "the file does not end with a line break; it may be truncated");
  }

  bool prepareTransformation(OpenedLayer& opened) {
    const OGRSpatialReference* source = opened.layer->GetSpatialRef();
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (source == nullptr) {
      m_diagnostics.warning(
          opened.file, opened.name, "", "geometry",
          "the layer declares no coordinate reference system; read as WGS 84 longitude/latitude");
      return true;
    }
    OGRSpatialReference sourceCopy(*source);
    sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
    if (sourceCopy.IsSame(&wgs84, sameOptions) ||
        (sourceCopy.IsGeographic() && sourceCopy.GetAuthorityCode(nullptr) &&
         std::string_view(sourceCopy.GetAuthorityCode(nullptr)) == "4326"))
      return true;
    GdalErrorCollector collector;
    opened.toWgs84.reset(OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
    if (!opened.toWgs84) {
      const char* name = sourceCopy.GetName();
      m_diagnostics.error(opened.file, opened.name, "", "geometry",
                          std::string("unknown or unsupported coordinate reference system '") +
                              (name != nullptr ? name : "?") +
                              "': " + joinMessages(collector.takeFailures()) + "; the layer is skipped");
      return false;
    }
    return true;
  }

  fs::path m_path;
  Diagnostics& m_diagnostics;
  bool m_folder = false;
  bool m_valid = false;
  std::shared_ptr<GDALDataset> m_container;
  std::unordered_map<std::string, std::string> m_layerFiles;
};

/// Field access on one feature, reporting problems by file, layer, feature and field.
class FeatureReader {
 public:
  FeatureReader(const OpenedLayer& layer, Diagnostics& diagnostics)
      : m_layer(layer), m_diagnostics(diagnostics) {
    OGRFeatureDefn* definition = layer.layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      m_fieldIndex.emplace(definition->GetFieldDefn(i)->GetNameRef(), i);
  }

  /// Reports required fields absent from the layer; returns false if any is absent.
  bool requireFields(std::initializer_list<std::string_view> fields) {
    bool ok = true;
    for (std::string_view field : fields) {
      if (!m_fieldIndex.contains(std::string(field))) {
        m_diagnostics.error(m_layer.file, m_layer.name, "", std::string(field),
                            "required field is missing from the layer; no feature can be read");
        ok = false;
      }
    }
    return ok;
  }

  void setFeature(OGRFeature* feature, long long row) {
    m_feature = feature;
    m_row = row;
    const std::string id = text("id");
    m_featureId = id.empty() ? "#" + std::to_string(row) : id;
  }

  const std::string& featureId() const { return m_featureId; }
  bool hasField(std::string_view field) const { return m_fieldIndex.contains(std::string(field)); }

  std::string text(std::string_view field) const {
    const auto it = m_fieldIndex.find(std::string(field));
    if (it == m_fieldIndex.end() || !m_feature->IsFieldSetAndNotNull(it->second)) return {};
    return trim(m_feature->GetFieldAsString(it->second));
  }

  std::optional<std::string> requiredText(std::string_view field) {
    std::string value = text(field);
    if (value.empty()) {
      error(field, "required value is empty");
      return std::nullopt;
    }
    return value;
  }

  /// An optional real; an unparsable value is reported and treated as absent.
  std::optional<double> real(std::string_view field) {
    const std::string value = text(field);
    if (value.empty()) return std::nullopt;
    const auto parsed = parseReal(value);
    if (!parsed) error(field, "'" + value + "' is not a number");
    return parsed;
  }

  std::optional<double> requiredReal(std::string_view field) {
    if (text(field).empty()) {
      error(field, "required number is empty");
      return std::nullopt;
    }
    return real(field);
  }

  std::optional<int> requiredInteger(std::string_view field) {
    const std::string value = text(field);
    if (value.empty()) {
      error(field, "required integer is empty");
      return std::nullopt;
    }
    auto parsed = parseInteger(value);
    if (!parsed) {
      // FlatGeobuf/GeoPackage may hand integers over as reals ("1887.0").
      if (const auto r = parseReal(value); r && std::floor(*r) == *r && std::abs(*r) < 1e9)
        parsed = static_cast<int>(*r);
      else
        error(field, "'" + value + "' is not an integer");
    }
    return parsed;
  }

  bool boolean(std::string_view field, bool fallback = false) {
    const std::string value = text(field);
    if (value.empty()) return fallback;
    if (value == "1" || value == "true" || value == "TRUE" || value == "yes") return true;
    if (value == "0" || value == "false" || value == "FALSE" || value == "no") return false;
    error(field, "'" + value + "' is not a boolean (use 0 or 1)");
    return fallback;
  }

  std::optional<Edtf> edtf(std::string_view field, bool required) {
    const std::string value = text(field);
    if (value.empty()) {
      if (required) error(field, "required date is empty");
      return std::nullopt;
    }
    EdtfError parseError;
    auto parsed = Edtf::parse(value, &parseError);
    if (!parsed) error(field, "'" + value + "' is not a valid EDTF date: " + parseError.message());
    return parsed;
  }

  std::vector<std::string> list(std::string_view field) const { return splitList(text(field)); }

  LocalizedText localized(std::string_view prefix) const {
    const std::string p(prefix);
    return {text(p + "_en"), text(p + "_ja"), text(p + "_ru")};
  }

  PlaceNames names() const {
    PlaceNames names;
    names.english = text("name_en");
    names.japaneseRomaji = text("name_ja_latn");
    names.russianRomanized = text("name_ru_latn");
    names.japanese = text("name_ja");
    names.russian = text("name_ru");
    names.japaneseOfRussian = text("name_ja_for_ru");
    names.russianOfJapanese = text("name_ru_for_ja");
    return names;
  }

  bool namesPresent(const PlaceNames& names) {
    if (names.english.empty() && names.japaneseRomaji.empty() && names.russianRomanized.empty()) {
      error("name_en", "a name is required in name_en, name_ja_latn or name_ru_latn");
      return false;
    }
    return true;
  }

  void error(std::string_view field, std::string message) {
    m_diagnostics.error(m_layer.file, m_layer.name, m_featureId, std::string(field), std::move(message));
  }
  void warning(std::string_view field, std::string message) {
    m_diagnostics.warning(m_layer.file, m_layer.name, m_featureId, std::string(field), std::move(message));
  }

  OGRFeature* feature() const { return m_feature; }
  const OpenedLayer& layer() const { return m_layer; }

 private:
  const OpenedLayer& m_layer;
  Diagnostics& m_diagnostics;
  std::map<std::string, int, std::less<>> m_fieldIndex;
  OGRFeature* m_feature = nullptr;
  long long m_row = 0;
  std::string m_featureId;
};

/// Iterates a layer's features, turning GDAL read failures (a truncated file) into diagnostics.
template <typename PerFeature>
void forEachFeature(const OpenedLayer& layer, FeatureReader& reader, Diagnostics& diagnostics,
                    PerFeature&& perFeature) {
  GdalErrorCollector collector;
  layer.layer->ResetReading();
  long long row = 0;
  while (true) {
    OGRFeatureUniquePtr feature(layer.layer->GetNextFeature());
    for (const std::string& failure : collector.takeFailures())
      diagnostics.error(layer.file, layer.name, "#" + std::to_string(row + 1), "",
                        "read error (damaged or truncated file?): " + failure);
    if (!feature) break;
    ++row;
    reader.setFeature(feature.get(), row);
    perFeature(reader);
  }
}

Ring toRing(const OGRLinearRing& ring) {
  Ring points;
  const int count = ring.getNumPoints();
  points.resize(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) points[static_cast<std::size_t>(i)] = {ring.getX(i), ring.getY(i)};
  return points;
}

void appendPolygon(const OGRPolygon& polygon, MultiPolygon& out) {
  if (polygon.IsEmpty() || polygon.getExteriorRing() == nullptr) return;
  Polygon converted;
  converted.exterior = toRing(*polygon.getExteriorRing());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
    converted.interiors.push_back(toRing(*polygon.getInteriorRing(i)));
  out.polygons.push_back(std::move(converted));
}

/// Reads the feature's polygonal geometry as WGS 84 lon/lat. `checkValidity` runs GEOS
/// validity (and repairs what it can); coastlines skip it for speed — they are checked
/// when generated.
std::optional<MultiPolygon> readPolygons(FeatureReader& reader, bool checkValidity) {
  OGRGeometry* geometry = reader.feature()->GetGeometryRef();
  if (geometry == nullptr || geometry->IsEmpty()) {
    reader.error("geometry", "the geometry is missing or empty");
    return std::nullopt;
  }
  std::unique_ptr<OGRGeometry> owned;
  if (reader.layer().toWgs84) {
    owned.reset(geometry->clone());
    if (owned->transform(reader.layer().toWgs84.get()) != OGRERR_NONE) {
      reader.error("geometry", "cannot be transformed to WGS 84");
      return std::nullopt;
    }
    geometry = owned.get();
  }
  const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
  if (type != wkbPolygon && type != wkbMultiPolygon) {
    reader.error("geometry", std::string("expected a polygon or multipolygon, found ") +
                                 OGRGeometryTypeToName(geometry->getGeometryType()));
    return std::nullopt;
  }
  if (checkValidity && !geometry->IsValid()) {
    std::unique_ptr<OGRGeometry> repaired(geometry->MakeValid());
    if (repaired && repaired->IsValid() &&
        (wkbFlatten(repaired->getGeometryType()) == wkbPolygon ||
         wkbFlatten(repaired->getGeometryType()) == wkbMultiPolygon)) {
      reader.error("geometry", "the polygon is invalid (e.g. self-intersecting); a repaired copy is used");
      owned = std::move(repaired);
      geometry = owned.get();
    } else {
      reader.error("geometry", "the polygon is invalid and cannot be repaired; it is drawn as given");
    }
  }
  MultiPolygon shape;
  if (wkbFlatten(geometry->getGeometryType()) == wkbPolygon) {
    appendPolygon(*geometry->toPolygon(), shape);
  } else {
    for (const OGRPolygon* polygon : *geometry->toMultiPolygon()) appendPolygon(*polygon, shape);
  }
  return shape;
}

std::optional<MultiLineString> readLines(FeatureReader& reader) {
  OGRGeometry* geometry = reader.feature()->GetGeometryRef();
  if (geometry == nullptr || geometry->IsEmpty()) {
    reader.error("geometry", "the geometry is missing or empty");
    return std::nullopt;
  }
  std::unique_ptr<OGRGeometry> owned;
  if (reader.layer().toWgs84) {
    owned.reset(geometry->clone());
    if (owned->transform(reader.layer().toWgs84.get()) != OGRERR_NONE) {
      reader.error("geometry", "cannot be transformed to WGS 84");
      return std::nullopt;
    }
    geometry = owned.get();
  }
  MultiLineString lines;
  auto append = [&lines](const OGRLineString& line) {
    LineString points;
    for (int i = 0; i < line.getNumPoints(); ++i) points.push_back({line.getX(i), line.getY(i)});
    if (points.size() >= 2) lines.lines.push_back(std::move(points));
  };
  const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
  if (type == wkbLineString) {
    append(*geometry->toLineString());
  } else if (type == wkbMultiLineString) {
    for (const OGRLineString* line : *geometry->toMultiLineString()) append(*line);
  } else {
    reader.error("geometry",
                 std::string("expected a line, found ") + OGRGeometryTypeToName(geometry->getGeometryType()));
    return std::nullopt;
  }
  if (lines.empty()) {
    reader.error("geometry", "the line has fewer than two points");
    return std::nullopt;
  }
  return lines;
}

bool validLonLat(FeatureReader& reader, double lon, double lat, std::string_view lonField) {
  if (lat < -90.0 || lat > 90.0 || lon < -180.0 || lon > 360.0) {
    reader.error(lonField,
                 "coordinates out of range (" + std::to_string(lon) + ", " + std::to_string(lat) + ")");
    return false;
  }
  return true;
}

/// Reads all layers into DatasetContent.
class ContentReader {
 public:
  ContentReader(LayerOpener& opener, Diagnostics& diagnostics)
      : m_opener(opener), m_diagnostics(diagnostics) {}

  void readSources(DatasetContent& content) {
    auto layer = m_opener.layer("sources", true, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "citation", "urls"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      Source source;
      auto id = r.requiredText("id");
      auto citation = r.requiredText("citation");
      source.urls = r.list("urls");
      if (source.urls.empty()) r.error("urls", "a source needs at least one address");
      if (!id || !citation) return;
      source.id = *id;
      source.citation = *citation;
      content.sources.push_back(std::move(source));
    });
  }

  void readStates(DatasetContent& content) {
    auto layer = m_opener.layer("states", true, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "name_en"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      auto id = r.requiredText("id");
      auto name = r.requiredText("name_en");
      if (!id || !name) return;
      content.states.push_back({*id, r.localized("name")});
    });
  }

  void readPlaces(DatasetContent& content) {
    auto layer = m_opener.layer("places", false, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "lon", "lat"})) return;
    std::map<std::string, std::size_t> byId;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      auto id = r.requiredText("id");
      auto lon = r.requiredReal("lon");
      auto lat = r.requiredReal("lat");
      if (!id || !lon || !lat || !validLonLat(r, *lon, *lat, "lon")) return;
      PlaceNameSpan span;
      if (r.text("valid").empty()) {
        span.valid = Edtf(EdtfEndpoint{EndpointKind::Open, {}}, EdtfEndpoint{EndpointKind::Open, {}});
      } else if (auto valid = r.edtf("valid", false)) {
        span.valid = *valid;
      } else {
        return;
      }
      span.names = r.names();
      if (!r.namesPresent(span.names)) return;
      span.sourceIds = r.list("source_ids");
      auto [it, inserted] = byId.emplace(*id, content.places.size());
      if (inserted) {
        Place place;
        place.id = *id;
        place.location = {*lon, *lat};
        content.places.push_back(std::move(place));
      } else if (content.places[it->second].location != GeoPoint{*lon, *lat}) {
        r.warning("lon", "rows of place '" + *id + "' give different points; the first is used");
      }
      content.places[it->second].names.push_back(std::move(span));
    });
    for (Place& place : content.places)
      std::stable_sort(place.names.begin(), place.names.end(),
                       [](const PlaceNameSpan& a, const PlaceNameSpan& b) { return a.valid < b.valid; });
  }

  void readTerritories(DatasetContent& content) {
    auto layer = m_opener.layer("territories", true, true);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      auto id = r.requiredText("id");
      if (!id) return;
      Territory territory;
      territory.id = *id;
      territory.names = r.names();
      r.namesPresent(territory.names);
      auto shape = readPolygons(r, true);
      if (!shape) return;  // a territory without a shape cannot be drawn or checked
      territory.shape.geographic = std::move(*shape);
      territory.labelPoint = labelPoint(r, territory.shape.geographic);
      territory.publishedAreaKm2 = r.real("published_area_km2");
      territory.areaSourceIds = r.list("area_source_ids");
      if (territory.publishedAreaKm2 && territory.areaSourceIds.empty())
        r.warning("area_source_ids", "a published area needs its source");
      territory.contextOnly = r.boolean("context_only");
      content.territories.push_back(std::move(territory));
    });
  }

  void readTerritoryParts(DatasetContent& content) {
    auto layer = m_opener.layer("territory_parts", false, true);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "territory_id"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      auto id = r.requiredText("id");
      auto territoryId = r.requiredText("territory_id");
      if (!id || !territoryId) return;
      auto owner = std::find_if(content.territories.begin(), content.territories.end(),
                                [&](const Territory& t) { return t.id == *territoryId; });
      if (owner == content.territories.end()) {
        r.error("territory_id", "unknown territory '" + *territoryId + "'; the part is dropped");
        return;
      }
      TerritoryPart part;
      part.id = *id;
      part.territoryId = *territoryId;
      part.names = r.names();
      r.namesPresent(part.names);
      auto shape = readPolygons(r, true);
      if (!shape) return;
      part.shape.geographic = std::move(*shape);
      part.labelPoint = labelPoint(r, part.shape.geographic);
      owner->parts.push_back(std::move(part));
    });
  }

  void readControlPeriods(DatasetContent& content) {
    auto layer = m_opener.layer("control_periods", true, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "territory_id", "interval", "administered_by"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      ControlPeriod period;
      auto id = r.requiredText("id");
      auto territory = r.requiredText("territory_id");
      auto interval = r.edtf("interval", true);
      period.administeredBy = r.list("administered_by");
      if (period.administeredBy.empty()) r.error("administered_by", "required value is empty");
      period.claimedBy = r.list("claimed_by");
      const std::string kind = r.text("kind");
      if (!kind.empty()) {
        if (auto parsed = controlKindFromCode(kind)) {
          period.kind = *parsed;
        } else {
          r.error("kind", "unknown kind '" + kind +
                              "' (expected sovereignty, joint, military_occupation, annexed or transition)");
        }
      }
      period.basisEventId = r.text("basis_event_id");
      period.basis = r.localized("basis");
      if (period.basis.en.empty()) r.warning("basis_en", "the period gives no basis in words");
      period.sourceIds = r.list("source_ids");
      if (period.sourceIds.empty()) r.error("source_ids", "every control period needs a source");
      period.note = r.text("note");
      if (!id || !territory || !interval || period.administeredBy.empty()) return;
      period.id = *id;
      period.territoryId = *territory;
      period.interval = *interval;
      content.controlPeriods.push_back(std::move(period));
    });
  }

  void readBoundaries(DatasetContent& content) {
    auto layer = m_opener.layer("boundaries", false, true);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "in_force"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      Boundary boundary;
      auto id = r.requiredText("id");
      auto inForce = r.edtf("in_force", true);
      auto lines = readLines(r);
      boundary.name = r.localized("name");
      boundary.basisEventId = r.text("basis_event_id");
      boundary.basis = r.localized("basis");
      boundary.schematic = r.boolean("schematic");
      boundary.sourceIds = r.list("source_ids");
      if (boundary.sourceIds.empty()) r.error("source_ids", "every boundary needs a source");
      if (!id || !inForce || !lines) return;
      boundary.id = *id;
      boundary.inForce = *inForce;
      boundary.lines.geographic = std::move(*lines);
      content.boundaries.push_back(std::move(boundary));
    });
  }

  void readEvents(DatasetContent& content) {
    auto layer = m_opener.layer("events", true, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "date", "title_en"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      Event event;
      auto id = r.requiredText("id");
      auto date = r.edtf("date", true);
      event.title = r.localized("title");
      if (event.title.en.empty()) r.error("title_en", "required value is empty");
      event.summary = r.localized("summary");
      if (event.summary.en.empty()) r.warning("summary_en", "the event has no summary");
      const std::string category = r.text("category");
      if (auto parsed = eventCategoryFromCode(category)) {
        event.category = *parsed;
      } else {
        r.error("category",
                "unknown category '" + category +
                    "' (expected treaty, diplomacy, military, territorial, trade, economy or politics)");
      }
      const std::string confidence = r.text("confidence");
      if (!confidence.empty()) {
        if (auto parsed = confidenceFromCode(confidence)) {
          event.confidence = *parsed;
        } else {
          r.error("confidence",
                  "unknown confidence '" + confidence + "' (expected confirmed or unconfirmed)");
        }
      }
      event.placeId = r.text("place_id");
      const auto lon = r.real("lon");
      const auto lat = r.real("lat");
      if (lon.has_value() != lat.has_value()) {
        r.error(lon ? "lat" : "lon", "lon and lat must be given together");
      } else if (lon && lat && validLonLat(r, *lon, *lat, "lon")) {
        event.location = GeoPoint{*lon, *lat};
      }
      event.territoryIds = r.list("territories");
      event.sourceIds = r.list("source_ids");
      event.note = r.text("note");
      if (!id || !date || event.title.en.empty()) return;
      event.id = *id;
      event.date = *date;
      content.events.push_back(std::move(event));
    });
  }

  void readTrade(DatasetContent& content) {
    auto layer = m_opener.layer("trade", false, false);
    if (!layer) return;
    FeatureReader reader(*layer, m_diagnostics);
    if (!reader.requireFields({"id", "year", "partner", "flow", "value", "unit", "source_id"})) return;
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      TradeObservation observation;
      auto id = r.requiredText("id");
      auto year = r.requiredInteger("year");
      auto partner = r.requiredText("partner");
      auto value = r.requiredReal("value");
      auto unit = r.requiredText("unit");
      auto source = r.requiredText("source_id");
      const std::string flow = r.text("flow");
      auto parsedFlow = tradeFlowFromCode(flow);
      if (!parsedFlow) r.error("flow", "unknown flow '" + flow + "' (expected exports, imports or total)");
      const std::string bound = r.text("bound");
      if (!bound.empty()) {
        if (auto parsed = tradeBoundFromCode(bound)) {
          observation.bound = *parsed;
        } else {
          r.error("bound",
                  "unknown bound '" + bound + "' (expected exact, nearly, over, less_than or about)");
        }
      }
      if (value && *value < 0) r.error("value", "a trade value cannot be negative");
      observation.yearUncertain = r.boolean("year_uncertain");
      observation.approximate = r.boolean("approximate", observation.bound != TradeBound::Exact);
      observation.derived = r.boolean("derived");
      observation.note = r.text("note");
      if (!id || !year || !partner || !value || *value < 0 || !unit || !source || !parsedFlow) return;
      observation.id = *id;
      observation.year = *year;
      observation.partnerStateId = *partner;
      observation.value = *value;
      observation.unit = *unit;
      observation.sourceId = *source;
      observation.flow = *parsedFlow;
      content.trade.push_back(std::move(observation));
    });
  }

  std::optional<Coastline> readCoastline(CoastlineLevel level, bool required) {
    auto layer = m_opener.layer(coastlineLayerName(level), required, true);
    if (!layer) return std::nullopt;
    FeatureReader reader(*layer, m_diagnostics);
    Coastline coastline;
    coastline.level = level;
    coastline.projection = level == CoastlineLevel::World ? MapProjection::World : MapProjection::Region;
    const bool hasLevel = reader.hasField("level");
    forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
      auto shape = readPolygons(r, false);
      if (!shape) return;
      int gshhgLevel = 1;
      if (hasLevel) {
        if (auto parsed = r.requiredInteger("level"); parsed && *parsed >= 1 && *parsed <= 4)
          gshhgLevel = *parsed;
        else
          r.error("level", "expected a GSHHG level 1 to 4; read as land");
      }
      for (Polygon& polygon : shape->polygons) {
        coastline.geographic.polygons.push_back(std::move(polygon));
        coastline.gshhgLevels.push_back(static_cast<std::uint8_t>(gshhgLevel));
      }
    });
    const Projector projector(coastline.projection);
    coastline.projected = projector.forward(coastline.geographic);
    return coastline;
  }

 private:
  GeoPoint labelPoint(FeatureReader& r, const MultiPolygon& shape) {
    const auto lon = r.real("label_lon");
    const auto lat = r.real("label_lat");
    if (lon && lat) {
      if (!shape.contains({*lon, *lat})) r.warning("label_lon", "the label point lies outside the shape");
      return {*lon, *lat};
    }
    r.warning("label_lon", "no label point (label_lon, label_lat); the centre of the bounds is used");
    const Bounds b = shape.bounds();
    return {(b.minX + b.maxX) / 2.0, (b.minY + b.maxY) / 2.0};
  }

  LayerOpener& m_opener;
  Diagnostics& m_diagnostics;
};

void projectContent(DatasetContent& content) {
  const Projector region(MapProjection::Region);
  const Projector world(MapProjection::World);
  auto projectShape = [&](ProjectedShape& shape) {
    shape.region = region.forward(shape.geographic);
    shape.world = world.forward(shape.geographic);
  };
  auto projectPoint = [&](const GeoPoint& point, Vec2& regionOut, Vec2& worldOut) {
    regionOut = region.forward(point).value_or(Vec2{});
    worldOut = world.forward(point).value_or(Vec2{});
  };
  for (Territory& territory : content.territories) {
    projectShape(territory.shape);
    for (TerritoryPart& part : territory.parts) projectShape(part.shape);
  }
  for (Boundary& boundary : content.boundaries) {
    boundary.lines.region = region.forward(boundary.lines.geographic);
    boundary.lines.world = world.forward(boundary.lines.geographic);
  }
  for (Place& place : content.places) projectPoint(place.location, place.region, place.world);
  for (Event& event : content.events)
    if (event.location) projectPoint(*event.location, event.region, event.world);
}

}  // namespace

LoadResult loadDataset(const std::filesystem::path& path, const LoadOptions& options) {
  LoadResult result;
  LayerOpener opener(path, result.diagnostics);
  if (!opener.open()) return result;
  DatasetContent content;
  content.origin = path.string();
  ContentReader reader(opener, result.diagnostics);
  reader.readSources(content);
  reader.readStates(content);
  reader.readPlaces(content);
  reader.readTerritories(content);
  reader.readTerritoryParts(content);
  reader.readControlPeriods(content);
  reader.readBoundaries(content);
  reader.readEvents(content);
  reader.readTrade(content);
  for (CoastlineLevel level : options.coastlineLevels)
    if (auto coastline = reader.readCoastline(level, false))
      content.coastlines.push_back(std::move(*coastline));
  content.layerFiles = opener.layerFiles();
  projectContent(content);
  result.dataset = Dataset::build(std::move(content), result.diagnostics);
  return result;
}

CoastlineResult loadCoastline(const std::filesystem::path& datasetPath, CoastlineLevel level) {
  CoastlineResult result;
  LayerOpener opener(datasetPath, result.diagnostics);
  if (!opener.open()) return result;
  ContentReader reader(opener, result.diagnostics);
  result.coastline = reader.readCoastline(level, true);
  return result;
}

}  // namespace okhotsk
