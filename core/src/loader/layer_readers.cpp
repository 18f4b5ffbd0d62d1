// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/layer_readers.h"

#include "loader/csv_records.h"
#include "loader/csv_split.h"

#include "loader/ogr_geometry.h"

#include <ogr_spatialref.h>
#include "okhotsk/projection.h"
#include "okhotsk/projection_cache.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <future>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace okhotsk::loader {

namespace {

// A point within the schema's range (latitude -90..90, longitude -180..180); reported on
// `lonField` otherwise. The values are finite: FeatureReader::real() rejects the others.
bool validLonLat(FeatureReader& reader, double lon, double lat, std::string_view lonField) {
  if (!(std::abs(lat) <= schema::kMaxLatitude && lon >= schema::kMinLongitude &&
        lon <= schema::kMaxLongitude)) {
    reader.error(lonField, "coordinates out of range (" + std::to_string(lon) + ", " + std::to_string(lat) +
                               "): latitude -90..90, longitude -180..180");
    return false;
  }
  return true;
}

// "#c8102e" → 0xc8102e; empty for anything else.
std::optional<std::uint32_t> parseColour(std::string_view text) {
  if (text.size() != 7 || text.front() != '#') return std::nullopt;
  std::uint32_t value = 0;
  for (char c : text.substr(1)) {
    const int digit = (c >= '0' && c <= '9')   ? c - '0'
                      : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                      : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                               : -1;
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<std::uint32_t>(digit);
  }
  return value;
}

// An optional half-open validity; open at both ends when the field is empty. Empty on error.
std::optional<Edtf> validity(FeatureReader& r, std::string_view field) {
  if (r.text(field).empty())
    return Edtf(EdtfEndpoint{EndpointKind::Open, {}}, EdtfEndpoint{EndpointKind::Open, {}});
  return r.edtf(field, false);
}

// An optional ISO calendar day "YYYY-MM-DD" that exists (no EDTF qualifiers, no coarser date).
bool isIsoDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
  return Edtf::parse(text).has_value();  // rejects 2026-02-30
}

// A DOI as the sources give it: "10.", a registrant code of digits and dots, "/", a suffix of
// printable characters without spaces (the resolver's address is not part of it).
bool isDoi(std::string_view text) {
  if (!text.starts_with("10.")) return false;
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash == 3 || slash + 1 == text.size()) return false;
  const std::string_view registrant = text.substr(3, slash - 3);
  if (!std::all_of(registrant.begin(), registrant.end(),
                   [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
    return false;
  const std::string_view suffix = text.substr(slash + 1);
  return std::none_of(suffix.begin(), suffix.end(),
                      [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; });
}

// A BCP 47 tag as the sources use it: a 2–3 letter lower-case language ("en", "ja", "ru"),
// optionally followed by subtags of 1–8 letters or digits ("zh-Hant", "pt-BR").
bool isLanguageTag(std::string_view text) {
  const auto isLower = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto isAlnum = [&](char c) { return isLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  std::size_t start = 0;
  for (bool first = true;; first = false) {
    const std::size_t end = std::min(text.find('-', start), text.size());
    const std::string_view part = text.substr(start, end - start);
    const bool ok =
        first ? (part.size() >= 2 && part.size() <= 3 && std::all_of(part.begin(), part.end(), isLower))
              : (!part.empty() && part.size() <= 8 && std::all_of(part.begin(), part.end(), isAlnum));
    if (!ok) return false;
    if (end == text.size()) return true;
    start = end + 1;
  }
}

// The structured fields of a source (geodata/README.md, "sources"): every one optional, so a
// dataset without them loads as before. A value that is not what the column holds is reported
// as a warning and left empty; the citation still stands for the source.
void readSourceFields(FeatureReader& r, Source& source) {
  const std::string type = r.text("type");
  if (!type.empty()) {
    source.type = sourceTypeFromCode(type);
    if (!source.type)
      r.warning("type",
                "unknown source type '" + type +
                    "' (expected treaty_text, archival_record, official_statement, scholarly_work, press, "
                    "reference_work or dataset); the type is left empty");
  }
  source.authors = r.list("authors");
  source.title = r.text("title");
  source.container = r.text("container");
  source.publisher = r.text("publisher");
  source.pages = r.text("pages");
  source.archive = r.text("archive");
  const std::string issued = r.text("issued");
  EdtfError issuedError;
  if (issued.empty() || Edtf::parse(issued, &issuedError))
    source.issued = issued;
  else
    r.warning("issued",
              "'" + issued + "' is not a valid EDTF date: " + issuedError.message() + "; left empty");
  const std::string accessed = r.text("accessed");
  if (accessed.empty() || isIsoDay(accessed))
    source.accessed = accessed;
  else
    r.warning("accessed", "'" + accessed + "' is not an ISO day (YYYY-MM-DD); left empty");
  source.editors = r.list("editors");
  source.volume = r.text("volume");
  source.number = r.text("number");
  const std::string doi = r.text("doi");
  if (doi.empty() || isDoi(doi))
    source.doi = doi;
  else
    r.warning(
        "doi",
        "'" + doi + "' is not a DOI (\"10.<registrant>/<suffix>\", without https://doi.org/); left empty");
  const std::string language = r.text("language");
  if (language.empty() || isLanguageTag(language))
    source.language = language;
  else
    r.warning("language",
              "'" + language + "' is not a language code (\"en\", \"ja\", \"ru\", \"zh-Hant\"); left empty");
}

// Points of events and places may come as a Point geometry (a GeoPackage or GeoJSON of points,
// an export) beside or instead of the lon/lat columns: prepares the transformation to WGS 84
// for a layer with geometry in another system. False (reported) when it cannot be made.
bool preparePoints(OpenedLayer& layer, Diagnostics& diagnostics) {
  if (layer.layer->GetGeomType() == wkbNone) return true;
  const OGRSpatialReference* source = layer.layer->GetSpatialRef();
  if (source == nullptr) return true;  // read as lon/lat
  OGRSpatialReference sourceCopy(*source);
  sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
  const char* code = sourceCopy.GetAuthorityCode(nullptr);
  if (sourceCopy.IsSame(&wgs84, sameOptions) ||
      (sourceCopy.IsGeographic() && code != nullptr && std::string_view(code) == "4326"))
    return true;
  layer.toWgs84.reset(OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
  if (!layer.toWgs84)
    diagnostics.error(
        layer.file, layer.name, "", "geometry",
        "the point geometry's coordinate reference system cannot be turned into WGS 84; the layer is "
        "skipped");
  return layer.toWgs84 != nullptr;
}

// The feature's Point geometry in WGS 84 lon/lat; empty when it has none or it is not a point
// (reported).
std::optional<GeoPoint> geometryPoint(FeatureReader& r) {
  const OGRGeometry* geometry = r.feature()->GetGeometryRef();
  if (geometry == nullptr || geometry->IsEmpty()) return std::nullopt;
  if (wkbFlatten(geometry->getGeometryType()) != wkbPoint) {
    r.error("geometry", std::string("expected a point, got ") + geometry->getGeometryName());
    return std::nullopt;
  }
  const auto* point = geometry->toPoint();
  double x = point->getX();
  double y = point->getY();
  if (r.layer().toWgs84 && !r.layer().toWgs84->Transform(1, &x, &y)) {
    r.error("geometry", "the point cannot be transformed to WGS 84");
    return std::nullopt;
  }
  return GeoPoint{x, y};
}

// The greatest difference in degrees between a point geometry and the lon/lat columns that is
// still the same point (what a text format's rounding may leave).
constexpr double kPointTolerance = 1e-7;

// The feature's point from its lon/lat columns or its Point geometry; both may be given when
// they agree. `failed` is set when what is given is wrong (reported).
std::optional<GeoPoint> featurePoint(FeatureReader& r, bool& failed) {
  const auto lon = r.real("lon");
  const auto lat = r.real("lat");
  const auto geometry = geometryPoint(r);
  std::optional<GeoPoint> point;
  const bool lonGiven = !r.text("lon").empty();
  const bool latGiven = !r.text("lat").empty();
  if (lonGiven != latGiven) {
    r.error(lonGiven ? "lat" : "lon", "lon and lat must be given together");
    failed = true;
  } else if (lonGiven && (!lon || !lat)) {
    failed = true;  // reported by real()
  } else if (lon && lat) {
    point = GeoPoint{*lon, *lat};
  }
  if (geometry && point &&
      (std::abs(geometry->lon - point->lon) > kPointTolerance ||
       std::abs(geometry->lat - point->lat) > kPointTolerance)) {
    r.error("geometry", "the point geometry (" + std::to_string(geometry->lon) + ", " +
                            std::to_string(geometry->lat) + ") and lon/lat (" + std::to_string(point->lon) +
                            ", " + std::to_string(point->lat) + ") disagree");
    failed = true;
    return std::nullopt;
  }
  if (!point) point = geometry;
  if (point && !validLonLat(r, point->lon, point->lat, lon ? "lon" : "geometry")) {
    failed = true;
    return std::nullopt;
  }
  return point;
}

}  // namespace

GeoPoint LayerReaders::labelPoint(FeatureReader& r, const MultiPolygon& shape) {
  const auto lon = r.real("label_lon");
  const auto lat = r.real("label_lat");
  if (lon && lat && validLonLat(r, *lon, *lat, "label_lon")) {
    if (!shape.contains({*lon, *lat})) r.warning("label_lon", "the label point lies outside the shape");
    return {*lon, *lat};
  }
  r.warning("label_lon", "no usable label point (label_lon, label_lat); the centre of the bounds is used");
  const Bounds b = shape.bounds();
  return {(b.minX + b.maxX) / 2.0, (b.minY + b.maxY) / 2.0};
}

void LayerReaders::readSources(DatasetContent& content) {
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
    const std::string quality = r.text("quality");
    if (!quality.empty()) {
      source.quality = sourceQualityFromCode(quality);
      if (!source.quality)
        r.error("quality", "unknown quality '" + quality +
                               "' (expected primary, scholarly, press, reference or derived)");
    }
    readSourceFields(r, source);
    if (!id || !citation) return;
    source.id = *id;
    source.citation = *citation;
    content.sources.push_back(std::move(source));
  });
}

void LayerReaders::readStates(DatasetContent& content) {
  auto layer = m_opener.layer("states", true, false);
  if (!layer) return;
  FeatureReader reader(*layer, m_diagnostics);
  if (!reader.requireFields({"id", "name_en"})) return;
  forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
    auto id = r.requiredText("id");
    auto name = r.requiredText("name_en");
    auto valid = validity(r, "valid");
    if (!id || !name || !valid) return;
    State state;
    state.id = *id;
    state.name = r.localized("name");
    state.shortName = r.localized("short");
    state.valid = *valid;
    if (const std::string colour = r.text("colour"); !colour.empty()) {
      state.colour = parseColour(colour);
      if (!state.colour) r.warning("colour", "expected a colour as #rrggbb, got '" + colour + "'");
    }
    state.disputeTerm = r.localized("dispute_term");
    state.sourceIds = r.list("source_ids");
    state.note = r.text("note");
    content.states.push_back(std::move(state));
  });
}

void LayerReaders::readPlaces(DatasetContent& content) {
  auto layer = m_opener.layer("places", false, false);
  if (!layer || !preparePoints(*layer, m_diagnostics)) return;
  FeatureReader reader(*layer, m_diagnostics);
  if (!reader.requireFields({"id"})) return;
  if (layer->layer->GetGeomType() == wkbNone && !reader.requireFields({"lon", "lat"})) return;
  std::map<std::string, std::size_t> byId;
  forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
    auto id = r.requiredText("id");
    bool failed = false;
    const auto point = featurePoint(r, failed);
    if (!point && !failed) r.error("lon", "required point is missing (lon/lat or a point geometry)");
    if (!id || !point) return;
    const double lon = point->lon;
    const double lat = point->lat;
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
      place.location = {lon, lat};
      content.places.push_back(std::move(place));
    } else if (content.places[it->second].location != GeoPoint{lon, lat}) {
      r.warning("lon", "rows of place '" + *id + "' give different points; the first is used");
    }
    content.places[it->second].names.push_back(std::move(span));
  });
  for (Place& place : content.places)
    std::stable_sort(place.names.begin(), place.names.end(),
                     [](const PlaceNameSpan& a, const PlaceNameSpan& b) { return a.valid < b.valid; });
}

void LayerReaders::readTerritories(DatasetContent& content) {
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
    auto shape = readPolygons(r, true, schema::kMaxLongitude, m_store);
    if (!shape) return;  // a territory without a shape cannot be drawn or checked
    territory.shape.geographic = std::move(*shape);
    territory.labelPoint = labelPoint(r, territory.shape.geographic);
    territory.publishedAreaKm2 = r.real("published_area_km2");
    territory.areaSourceIds = r.list("area_source_ids");
    if (territory.publishedAreaKm2 && territory.areaSourceIds.empty())
      r.warning("area_source_ids", "a published area needs its source");
    territory.areaAlt = {r.real("area_alt_km2"), r.list("area_alt_source_ids")};
    if (territory.areaAlt.km2 && territory.areaAlt.sourceIds.empty())
      r.warning("area_alt_source_ids", "a published area needs its source");
    territory.contextOnly = r.boolean("context_only");
    content.territories.push_back(std::move(territory));
  });
}

void LayerReaders::readTerritoryParts(DatasetContent& content) {
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
    part.nameSourceIds = r.list("name_source_ids");
    part.area = {r.real("published_area_km2"), r.list("area_source_ids")};
    part.areaAlt = {r.real("area_alt_km2"), r.list("area_alt_source_ids")};
    if ((part.area.km2 && part.area.sourceIds.empty()) ||
        (part.areaAlt.km2 && part.areaAlt.sourceIds.empty()))
      r.warning("area_source_ids", "a published area needs its source");
    auto shape = readPolygons(r, true, schema::kMaxLongitude, m_store);
    if (!shape) return;
    part.shape.geographic = std::move(*shape);
    part.labelPoint = labelPoint(r, part.shape.geographic);
    owner->parts.push_back(std::move(part));
  });
}

void LayerReaders::readTerritoryNames(DatasetContent& content) {
  auto layer = m_opener.layer("territory_names", false, false);
  if (!layer) return;
  FeatureReader reader(*layer, m_diagnostics);
  if (!reader.requireFields({"territory_id", "valid", "name_en"})) return;
  forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
    auto territoryId = r.requiredText("territory_id");
    auto valid = r.edtf("valid", true);
    PlaceNameSpan span;
    span.names.english = r.text("name_en");
    span.names.japanese = r.text("name_ja");
    span.names.russian = r.text("name_ru");
    span.names.japaneseRomaji = r.text("name_ja_latn");
    span.names.russianRomanized = r.text("name_ru_latn");
    span.sourceIds = r.list("source_ids");
    if (span.sourceIds.empty()) r.error("source_ids", "every name needs a source");
    if (!territoryId || !valid || !r.namesPresent(span.names)) return;
    span.valid = *valid;
    auto owner = std::find_if(content.territories.begin(), content.territories.end(),
                              [&](const Territory& t) { return t.id == *territoryId; });
    if (owner == content.territories.end()) {
      r.error("territory_id", "unknown territory '" + *territoryId + "'; the name is dropped");
      return;
    }
    std::vector<PlaceNameSpan>* spans = &owner->historicalNames;
    if (const std::string partId = r.text("part_id"); !partId.empty()) {
      auto part = std::find_if(owner->parts.begin(), owner->parts.end(),
                               [&](const TerritoryPart& p) { return p.id == partId; });
      if (part == owner->parts.end()) {
        r.error("part_id", "unknown part '" + partId + "' of " + *territoryId + "; the name is dropped");
        return;
      }
      spans = &part->historicalNames;
    }
    spans->push_back(std::move(span));
  });
  const auto byStart = [](const PlaceNameSpan& a, const PlaceNameSpan& b) {
    return halfOpenPossibleDays(a.valid).first < halfOpenPossibleDays(b.valid).first;
  };
  for (Territory& territory : content.territories) {
    std::stable_sort(territory.historicalNames.begin(), territory.historicalNames.end(), byStart);
    for (TerritoryPart& part : territory.parts)
      std::stable_sort(part.historicalNames.begin(), part.historicalNames.end(), byStart);
  }
}

void LayerReaders::readControlPeriods(DatasetContent& content) {
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
      } else if (kind == "annexed") {
        r.error("kind",
                "'annexed' is no longer a kind: annexation is an act (an event), not a status; "
                "use administered_disputed, with both legal positions");
      } else {
        r.error("kind", "unknown kind '" + kind +
                            "' (expected sovereignty, joint, military_occupation, administered_disputed or "
                            "transition)");
      }
    }
    period.positionJapan = r.localized("position_japan");
    period.positionRussia = r.localized("position_russia");
    period.positionJapanSourceIds = r.list("position_japan_source_ids");
    period.positionRussiaSourceIds = r.list("position_russia_source_ids");
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

void LayerReaders::readBoundaries(DatasetContent& content) {
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

namespace {

void readEvent(FeatureReader& r, std::vector<Event>& events) {
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
      r.error("confidence", "unknown confidence '" + confidence + "' (expected confirmed or unconfirmed)");
    }
  }
  event.placeId = r.text("place_id");
  bool failed = false;
  event.location = featurePoint(r, failed);
  event.territoryIds = r.list("territories");
  event.sourceIds = r.list("source_ids");
  event.note = r.text("note");
  if (!id || !date || event.title.en.empty()) return;
  event.id = *id;
  event.date = *date;
  events.push_back(std::move(event));
}

// The events after a split, read on their own thread: by CsvRecordReader, or through GDAL
// from the same file opened again without its header (/vsisubfile/ names the bytes from the
// split on).
struct SecondHalf {
  bool read = false;  // false: not read as the first half was (refused, or opened otherwise)
  Diagnostics diagnostics;
  std::vector<Event> events;
};

SecondHalf readSecondHalf(const OpenedLayer& first, const FeatureReader& names, const CsvSplit& split) {
  SecondHalf half;
  GdalErrorCollector collector;
  const std::string part = "/vsisubfile/" + std::to_string(split.offset) + "_" +
                           std::to_string(split.size - split.offset) + "," + first.file;
  const char* const drivers[] = {"CSV", nullptr};
  const char* const options[] = {"HEADERS=NO", "SEPARATOR=COMMA", "EMPTY_STRING_AS_NULL=NO",
                                 "KEEP_SOURCE_COLUMNS=NO", nullptr};
  OpenedLayer second;
  second.file = first.file;
  second.name = first.name;
  second.owner.reset(GDALDataset::FromHandle(
      GDALOpenEx(part.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr)));
  if (!second.owner || second.owner->GetLayerCount() != 1) return half;
  second.layer = second.owner->GetLayer(0);
  if (second.layer->GetGeomType() != wkbNone ||
      second.layer->GetLayerDefn()->GetFieldCount() != first.layer->GetLayerDefn()->GetFieldCount())
    return half;
  FeatureReader reader(second, half.diagnostics, names);
  // About as many as before the split (it is near the middle of the file's bytes): growing the
  // vector moved every event read so far each time.
  half.events.reserve(static_cast<std::size_t>(split.recordsBefore + split.recordsBefore / 8 + 16));
  forEachFeature(
      second, reader, half.diagnostics, [&](FeatureReader& r) { readEvent(r, half.events); },
      FeatureSpan{split.recordsBefore, -1});
  half.read = true;
  return half;
}

// Where the events layer may be read as two halves: a CSV file of its own, large enough to
// gain from it, with no geometry column and no side files (.csvt, .prj) that the part opened
// without its header would read differently.
std::optional<CsvSplit> eventsSplit(const OpenedLayer& layer, std::uintmax_t splitFrom) {
  const std::filesystem::path file(layer.file);
  if (file.extension() != ".csv" || layer.layer->GetGeomType() != wkbNone ||
      layer.layer->GetLayerDefn()->GetGeomFieldCount() != 0)
    return std::nullopt;
  for (const char* side : {".csvt", ".CSVT", ".prj", ".PRJ"}) {
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::path(file).replace_extension(side), error) || error)
      return std::nullopt;
  }
  auto split = findCsvFileSplit(file, layer.layer->GetLayerDefn()->GetFieldCount(), splitFrom);
  if (split && split->recordsBefore >= kMaxFeaturesPerLayer) return std::nullopt;
  return split;
}

// The events of `records` as forEachFeature() would read them through GDAL: each record's
// values set on a feature of the layer's definition (all its fields are strings), rows numbered
// on from `firstRow`. Returns the rows read, or -1 when the reader refused the text.
long long readEventRecords(CsvRecordReader& records, const OpenedLayer& layer, FeatureReader& reader,
                           Diagnostics& diagnostics, long long firstRow, std::vector<Event>& events) {
  OGRFeatureDefn* definition = layer.layer->GetLayerDefn();
  const auto fieldCount = static_cast<std::size_t>(definition->GetFieldCount());
  std::vector<std::string> values;
  long long row = firstRow;
  while (true) {
    const CsvRecordReader::Result result = records.next(values);
    if (result == CsvRecordReader::Result::Refused) return -1;
    if (result == CsvRecordReader::Result::End) break;
    if (row == kMaxFeaturesPerLayer) {
      reportFeatureCeiling(layer, diagnostics, kMaxFeaturesPerLayer);
      break;
    }
    ++row;
    OGRFeature feature(definition);
    const std::size_t set = std::min(values.size(), fieldCount);
    for (std::size_t i = 0; i < set; ++i) feature.SetField(static_cast<int>(i), values[i].c_str());
    reader.setFeature(&feature, row);
    readEvent(reader, events);
  }
  return row - firstRow;
}

// Both halves of the split through CsvRecordReader instead of GDAL's reader; false (the caller
// drops what was read and reads through GDAL) when either half holds text GDAL might read
// otherwise, or a field is not a plain string.
bool readHalvesOwnReader(const OpenedLayer& layer, FeatureReader& reader, Diagnostics& diagnostics,
                         const CsvSplit& split, std::vector<Event>& events) {
  OGRFeatureDefn* definition = layer.layer->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    if (definition->GetFieldDefn(i)->GetType() != OFTString) return false;
  auto pending = std::async(std::launch::async, [&layer, &reader, &split] {
    SecondHalf half;
    FeatureReader second(layer, half.diagnostics, reader);
    half.events.reserve(static_cast<std::size_t>(split.recordsBefore + split.recordsBefore / 8 + 16));
    CsvRecordReader records(layer.file, split.offset, split.size);
    half.read =
        readEventRecords(records, layer, second, half.diagnostics, split.recordsBefore, half.events) >= 0;
    return half;
  });
  CsvRecordReader records(layer.file, 0, split.offset);
  std::vector<std::string> header;
  const bool first = records.next(header) == CsvRecordReader::Result::Record &&
                     readEventRecords(records, layer, reader, diagnostics, 0, events) == split.recordsBefore;
  SecondHalf second = pending.get();
  if (!first || !second.read) return false;
  diagnostics.append(second.diagnostics);
  events.insert(events.end(), std::make_move_iterator(second.events.begin()),
                std::make_move_iterator(second.events.end()));
  return true;
}

}  // namespace

// The events' text check runs beside the read (LayerOpener::layer, checkAlongside): for a
// large events.csv it is a quarter of a second of the open. If it says the file must not be
// read, what was read is dropped with its diagnostics, as if the check had run first.
void LayerReaders::readEvents(DatasetContent& content) {
  auto layer = m_opener.layer("events", true, false, true, true);
  if (!layer) return;
  const std::size_t before = content.events.size();
  readEventFeatures(*layer, content.events);
  if (!m_opener.settleCheck(*layer)) content.events.resize(before);
}

// A large events.csv is read as two halves on two threads, with the same events, in the same
// order, and the same diagnostics as one read: the second half's rows are numbered on from
// the first's, and if the first stops early (a read error), the second is dropped.
void LayerReaders::readEventFeatures(OpenedLayer& layer, std::vector<Event>& events) {
  if (!preparePoints(layer, m_diagnostics)) return;
  FeatureReader reader(layer, m_diagnostics);
  if (!reader.requireFields({"id", "date", "title_en"})) return;
  const auto perEvent = [&events](FeatureReader& r) { readEvent(r, events); };
  const std::optional<CsvSplit> split = eventsSplit(layer, m_splitEventsFrom);
  if (!split) {
    forEachFeature(layer, reader, m_diagnostics, perEvent);
    return;
  }
  const std::size_t mark = m_diagnostics.size();
  const std::size_t before = events.size();
  // Room for both halves, so that neither the first half's reading nor the second's insertion
  // moves the events read; pages not written to cost no memory.
  events.reserve(before + static_cast<std::size_t>(2 * split->recordsBefore + split->recordsBefore / 4 + 16));
  if (readHalvesOwnReader(layer, reader, m_diagnostics, *split, events)) return;
  m_diagnostics.truncate(mark);
  events.resize(before);
  // Through GDAL: the second half from the same file opened again without its header.
  auto pending = std::async(std::launch::async,
                            [&layer, &reader, &split] { return readSecondHalf(layer, reader, *split); });
  const long long read =
      forEachFeature(layer, reader, m_diagnostics, perEvent, FeatureSpan{0, split->recordsBefore});
  SecondHalf second = pending.get();
  if (read < split->recordsBefore) return;  // stopped early, as a whole read would
  if (!second.read) {
    m_diagnostics.truncate(mark);
    events.resize(before);
    forEachFeature(layer, reader, m_diagnostics, perEvent);
    return;
  }
  m_diagnostics.append(second.diagnostics);
  events.insert(events.end(), std::make_move_iterator(second.events.begin()),
                std::make_move_iterator(second.events.end()));
}

void LayerReaders::readTrade(DatasetContent& content) {
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
        r.error("bound", "unknown bound '" + bound +
                             "' (expected exact, nearly, over, less_than, about or below_threshold)");
      }
    }
    if (value && *value < 0) r.error("value", "a trade value cannot be negative");
    // Checked without resetting `year`: GCC 12 at -O2 then takes *year below for uninitialised.
    const bool yearInSchema = year && *year >= schema::kFirstTradeYear && *year <= schema::kLastTradeYear;
    if (year && !yearInSchema)
      r.error("year", "year " + std::to_string(*year) + " is outside the schema's trade years " +
                          std::to_string(schema::kFirstTradeYear) + "–" +
                          std::to_string(schema::kLastTradeYear) + "; the figure is dropped");
    observation.yearUncertain = r.boolean("year_uncertain");
    observation.approximate = r.boolean("approximate", observation.bound != TradeBound::Exact);
    observation.derived = r.boolean("derived");
    observation.derivedFrom = r.list("derived_from");
    observation.note = r.text("note");
    if (!id || !yearInSchema || !partner || !value || *value < 0 || !unit || !source || !parsedFlow) return;
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

std::optional<Coastline> LayerReaders::readCoastline(CoastlineLevel level, bool required,
                                                     const ProjectedVertexStore* store) {
  // Levels stand in for each other (the viewer draws the best one present): a missing level
  // is reported only when asked for on its own, or (loadDataset) when none is present.
  auto layer = m_opener.layer(coastlineLayerName(level), required, true, required);
  if (!layer) return std::nullopt;
  FeatureReader reader(*layer, m_diagnostics);
  Coastline coastline;
  coastline.level = level;
  coastline.projection = level == CoastlineLevel::World ? MapProjection::World : MapProjection::Region;
  const bool hasLevel = reader.hasField("level");
  forEachFeature(*layer, reader, m_diagnostics, [&](FeatureReader& r) {
    auto shape = readPolygons(r, false, schema::kMaxCoastlineLongitude);
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
  // All rings at once, through the store when there is one.
  std::vector<Vec2> vertices;
  vertices.reserve(coastline.geographic.vertexCount());
  auto rings = [](auto& multiPolygon, auto visit) {
    for (auto& polygon : multiPolygon.polygons) {
      visit(polygon.exterior);
      for (auto& hole : polygon.interiors) visit(hole);
    }
  };
  rings(coastline.geographic,
        [&](const Ring& ring) { vertices.insert(vertices.end(), ring.begin(), ring.end()); });
  projectVertices(coastline.projection, vertices, 0, store);
  coastline.projected = coastline.geographic;
  const Vec2* next = vertices.data();
  rings(coastline.projected, [&](Ring& ring) {
    std::copy(next, next + ring.size(), ring.begin());
    next += ring.size();
  });
  return coastline;
}

}  // namespace okhotsk::loader
