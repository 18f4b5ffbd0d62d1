// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a dataset through GDAL/OGR: the entry points of loader.h. The work is done by
// the units beside this file, and GDAL types stay in them:
//   gdal_support   driver registration, GDAL's errors as messages
//   layer_opener   which files or GeoPackage layers exist, and opening them
//   text_check     a text file's bytes: UTF-8, and a CSV's quotes and last line
//   feature_reader field access that reports by file, layer, feature and field
//   ogr_geometry   OGR geometry to core's geometry, in WGS 84
//   layer_readers  one reader per layer of the schema (sources … trade, coastlines)

#include "okhotsk/loader.h"

#include "loader/layer_opener.h"
#include "loader/layer_readers.h"
#include "okhotsk/projection.h"
#include "okhotsk/projection_cache.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <system_error>
#include <utility>

namespace okhotsk {

namespace {

// The content's vertices in one fixed order: every ring and line (territories, their parts,
// boundaries), then every point (places, located events). `visitRing` gets each ring or line
// with the same ring in the plane it goes to; `visitPoint` each point with its two targets.
template <typename RingVisitor, typename PointVisitor>
void forEachVertexRun(DatasetContent& content, MapProjection projection, RingVisitor visitRing,
                      PointVisitor visitPoint) {
  const bool region = projection == MapProjection::Region;
  auto shape = [&](ProjectedShape& s) {
    MultiPolygon& target = region ? s.region : s.world;
    target = s.geographic;
    for (std::size_t p = 0; p < s.geographic.polygons.size(); ++p) {
      visitRing(s.geographic.polygons[p].exterior, target.polygons[p].exterior);
      for (std::size_t h = 0; h < s.geographic.polygons[p].interiors.size(); ++h)
        visitRing(s.geographic.polygons[p].interiors[h], target.polygons[p].interiors[h]);
    }
  };
  for (Territory& territory : content.territories) {
    shape(territory.shape);
    for (TerritoryPart& part : territory.parts) shape(part.shape);
  }
  for (Boundary& boundary : content.boundaries) {
    MultiLineString& target = region ? boundary.lines.region : boundary.lines.world;
    target = boundary.lines.geographic;
    for (std::size_t l = 0; l < target.lines.size(); ++l)
      visitRing(boundary.lines.geographic.lines[l], target.lines[l]);
  }
  for (Place& place : content.places) visitPoint(place.location, region ? place.region : place.world);
  for (Event& event : content.events)
    if (event.location) visitPoint(*event.location, region ? event.region : event.world);
}

// Projects the content into both planes, all vertices of a plane at once, through `store`
// when there is one.
void projectContent(DatasetContent& content, const ProjectedVertexStore* store) {
  for (MapProjection projection : {MapProjection::Region, MapProjection::World}) {
    std::vector<Vec2> vertices;
    std::size_t pointCount = 0;
    forEachVertexRun(
        content, projection,
        [&](const std::vector<Vec2>& ring, std::vector<Vec2>&) {
          vertices.insert(vertices.end(), ring.begin(), ring.end());
        },
        [&](const GeoPoint& point, Vec2&) {
          vertices.push_back({point.lon, point.lat});
          ++pointCount;
        });
    projectVertices(projection, vertices, pointCount, store);
    const Vec2* next = vertices.data();
    forEachVertexRun(
        content, projection,
        [&](const std::vector<Vec2>&, std::vector<Vec2>& target) {
          std::copy(next, next + target.size(), target.begin());
          next += target.size();
        },
        [&](const GeoPoint&, Vec2& target) { target = *next++; });
  }
}

// The fingerprint of a folder or file: each file's name, size and modification time.
std::string fileFingerprint(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> files;
  if (fs::is_directory(path, error)) {
    for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error))
      files.push_back(it->path());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  std::string text;
  for (const fs::path& file : files) {
    std::error_code fileError;
    const auto size = fs::file_size(file, fileError);
    const auto time = fs::last_write_time(file, fileError);
    text += file.filename().string() + ' ' + (fileError ? std::string("?") : std::to_string(size)) + ' ' +
            (fileError ? std::string("?") : std::to_string(time.time_since_epoch().count())) + '\n';
  }
  return text;
}

}  // namespace

const std::vector<std::string>& datasetLayerNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list{
        "sources",         "states",          "places",     "territories", "territory_parts",
        "territory_names", "control_periods", "boundaries", "events",      "trade"};
    for (CoastlineLevel level :
         {CoastlineLevel::Intermediate, CoastlineLevel::High, CoastlineLevel::Full, CoastlineLevel::World})
      list.push_back(coastlineLayerName(level));
    return list;
  }();
  return names;
}

bool isConnectionString(std::string_view path) {
  if (path.rfind("/vsi", 0) == 0) return true;
  const std::size_t colon = path.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;  // "C:\…" is a drive, not a driver
  return std::all_of(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; });
}

std::string maskedPath(std::string_view path) {
  static const std::regex keyValue(R"((password\s*=\s*)('([^'\\]|\\.)*'|[^\s]*))", std::regex::icase);
  static const std::regex uri(R"((://[^/:@\s]*:)[^@\s]*@)");
  std::string text = std::regex_replace(std::string(path), keyValue, "$1***");
  return std::regex_replace(text, uri, "$1***@");
}

struct DatasetProbe::Connection {
  std::unique_ptr<GDALDataset> dataset;
  std::string tables;  // "name:kind,…" of the schema's tables the query was built for
  std::string query;
};

DatasetProbe::DatasetProbe(std::filesystem::path path) : m_path(std::move(path)) {}
DatasetProbe::~DatasetProbe() = default;

namespace {

// The first column of the first row of `sql`, or empty when the query fails.
std::optional<std::string> queryText(GDALDataset& dataset, const std::string& sql) {
  OGRLayer* result = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
  std::unique_ptr<OGRFeature> row(result != nullptr ? result->GetNextFeature() : nullptr);
  std::optional<std::string> text;
  if (row) text = row->IsFieldSetAndNotNull(0) ? row->GetFieldAsString(0) : "";
  if (result != nullptr) dataset.ReleaseResultSet(result);
  return text;
}

// Which of the schema's tables the connection sees (its search path), with their kinds.
std::string tablesQuery() {
  std::string names;
  for (const std::string& name : datasetLayerNames()) names += (names.empty() ? "'" : ",'") + name + "'";
  return "SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) FROM pg_class WHERE "
         "relname IN "
         "(" +
         names + ") AND relkind IN ('r','p','m','v','f') AND pg_table_is_visible(oid)";
}

// Per table: its row count (a delete) and, for a table, the newest row version's transaction
// (an insert or update), computed by the server without sending any row.
std::string fingerprintQuery(const std::string& tables) {
  std::string query;
  std::size_t start = 0;
  while (start < tables.size()) {
    const std::size_t end = std::min(tables.find(',', start), tables.size());
    const std::string entry = tables.substr(start, end - start);
    start = end + 1;
    const std::size_t colon = entry.rfind(':');
    const std::string name = entry.substr(0, colon);
    const bool hasRows =
        colon != std::string::npos &&
        (entry.substr(colon + 1) == "r" || entry.substr(colon + 1) == "p" || entry.substr(colon + 1) == "m");
    query += std::string(query.empty() ? "SELECT " : " || ';' || ") + "(SELECT count(*)" +
             (hasRows ? " || ':' || coalesce(max(xmin::text::bigint), 0)" : "") + " FROM \"" + name + "\")";
  }
  return query.empty() ? "SELECT ''" : query;
}

}  // namespace

std::optional<std::string> DatasetProbe::fingerprint(std::string* error) {
  if (!isConnectionString(m_path.string())) return fileFingerprint(m_path);
  loader::registerDrivers();
  loader::GdalErrorCollector collector;
  if (!m_connection) {
    auto connection = std::make_unique<Connection>();
    connection->dataset.reset(GDALDataset::Open(m_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!connection->dataset) {
      if (error != nullptr) *error = maskedPath(loader::joinMessages(collector.takeFailures()));
      return std::nullopt;
    }
    m_connection = std::move(connection);
  }
  std::optional<std::string> tables = queryText(*m_connection->dataset, tablesQuery());
  if (tables && (m_connection->query.empty() || *tables != m_connection->tables)) {
    m_connection->tables = *tables;
    m_connection->query = fingerprintQuery(*tables);
  }
  std::optional<std::string> rows =
      tables ? queryText(*m_connection->dataset, m_connection->query) : std::nullopt;
  if (!rows) {
    if (error != nullptr) *error = maskedPath(loader::joinMessages(collector.takeFailures()));
    m_connection.reset();  // reconnect on the next call
    return std::nullopt;
  }
  return *tables + '|' + *rows;
}

LoadResult loadDataset(const std::filesystem::path& path, const LoadOptions& options) {
  LoadResult result;
  loader::LayerOpener opener(path, result.diagnostics);
  if (!opener.open()) {
    result.notADataset = opener.notADataset();
    return result;
  }
  DatasetContent content;
  content.origin = opener.displayPath();
  loader::LayerReaders reader(opener, result.diagnostics, options.projectionStore);
  reader.setSplitEventsFrom(options.readEventsInHalvesFrom);
  reader.readSources(content);
  reader.readStates(content);
  reader.readPlaces(content);
  reader.readTerritories(content);
  reader.readTerritoryParts(content);
  reader.readTerritoryNames(content);
  reader.readControlPeriods(content);
  reader.readBoundaries(content);
  reader.readEvents(content);
  reader.readTrade(content);
  for (CoastlineLevel level : options.coastlineLevels)
    if (auto coastline = reader.readCoastline(level, false, options.projectionStore))
      content.coastlines.push_back(std::move(*coastline));
  if (content.coastlines.empty() && !options.coastlineLevels.empty())
    result.diagnostics.warning(opener.displayPath(), coastlineLayerName(options.coastlineLevels.front()), "",
                               "", "no coastline layer could be read; the map is drawn without coastlines");
  content.layerFiles = opener.layerFiles();
  projectContent(content, options.projectionStore);
  result.dataset = Dataset::build(std::move(content), result.diagnostics);
  return result;
}

CoastlineResult loadCoastline(const std::filesystem::path& datasetPath, CoastlineLevel level,
                              const ProjectedVertexStore* store) {
  CoastlineResult result;
  loader::LayerOpener opener(datasetPath, result.diagnostics);
  if (!opener.open()) return result;
  loader::LayerReaders reader(opener, result.diagnostics);
  result.coastline = reader.readCoastline(level, true, store);
  return result;
}

}  // namespace okhotsk
