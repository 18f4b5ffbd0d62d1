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

#include <utility>

namespace okhotsk {

namespace {

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
  loader::LayerOpener opener(path, result.diagnostics);
  if (!opener.open()) return result;
  DatasetContent content;
  content.origin = path.string();
  loader::LayerReaders reader(opener, result.diagnostics);
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
    if (auto coastline = reader.readCoastline(level, false))
      content.coastlines.push_back(std::move(*coastline));
  if (content.coastlines.empty() && !options.coastlineLevels.empty())
    result.diagnostics.warning(path.string(), coastlineLayerName(options.coastlineLevels.front()), "", "",
                               "no coastline layer could be read; the map is drawn without coastlines");
  content.layerFiles = opener.layerFiles();
  projectContent(content);
  result.dataset = Dataset::build(std::move(content), result.diagnostics);
  return result;
}

CoastlineResult loadCoastline(const std::filesystem::path& datasetPath, CoastlineLevel level) {
  CoastlineResult result;
  loader::LayerOpener opener(datasetPath, result.diagnostics);
  if (!opener.open()) return result;
  loader::LayerReaders reader(opener, result.diagnostics);
  result.coastline = reader.readCoastline(level, true);
  return result;
}

}  // namespace okhotsk
