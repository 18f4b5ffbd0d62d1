// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_shapes.h"

#include "map/render/map_renderer.h"

#include "okhotsk/geometry_algorithms.h"

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

QPainterPath linesPath(const MultiLineString& lines) {
  QPainterPath path;
  for (const LineString& line : lines.lines) {
    if (line.size() < 2) continue;
    path.moveTo(line[0].x, line[0].y);
    for (std::size_t i = 1; i < line.size(); ++i) path.lineTo(line[i].x, line[i].y);
  }
  return path;
}

QPointF toPoint(const Vec2& v) {
  return {v.x, v.y};
}

// Keeps longitudes in the range PROJ expects; it wraps them around the central meridian.
double wrapLongitude(double lon) {
  return lon > 180.0 ? lon - 360.0 : lon;
}

}  // namespace

MapShapes::MapShapes() = default;
MapShapes::~MapShapes() = default;

bool MapShapes::sync(const MapData& data) {
  bool changed = false;
  if (data.dataset != m_dataset) {
    clear();
    m_dataset = data.dataset;
    if (m_dataset) buildDatasetPaths();
    changed = true;
  }
  for (std::size_t i = 0; i < m_coastlines.size(); ++i) {
    const Coastline* source = data.coastlines[i];
    if (source == m_coastlineSources[i]) continue;
    m_coastlineSources[i] = source;
    // Built when a frame first draws this level (coastline()): a finer level that arrives in
    // the background while the first frame is being drawn must not hold it up.
    m_coastlines[i].reset();
  }
  if (m_graticules[0].isEmpty()) buildGraticules();
  return changed;
}

void MapShapes::clear() {
  m_territories.clear();
  m_boundaryPaths.clear();
  m_coastlineSources = {};
  for (auto& c : m_coastlines) c.reset();
  m_dataset.reset();
}

Projector& MapShapes::projector(MapProjection projection) {
  auto& p = m_projectors[projectionSlot(projection)];
  if (!p) p = std::make_unique<Projector>(projection);
  return *p;
}

void MapShapes::buildDatasetPaths() {
  const std::array<MapProjection, kProjections> projections{MapProjection::Region, MapProjection::World};
  m_territories.reserve(m_dataset->territories().size());
  for (const Territory& territory : m_dataset->territories()) {
    TerritoryShape cache;
    cache.territory = &territory;
    cache.shapes[0] = LodPath(territory.shape.region);
    cache.shapes[1] = LodPath(territory.shape.world);
    for (std::size_t p = 0; p < kProjections; ++p) {
      const auto label = projector(projections[p]).forward(territory.labelPoint);
      cache.label[p] = label ? toPoint(*label) : cache.shapes[p].bounds().center();
    }
    for (const TerritoryPart& part : territory.parts) {
      PartShape pc;
      pc.part = &part;
      pc.bounds[0] = boundsRect(part.shape.region.bounds());
      pc.bounds[1] = boundsRect(part.shape.world.bounds());
      for (std::size_t p = 0; p < kProjections; ++p) {
        const auto label = projector(projections[p]).forward(part.labelPoint);
        pc.label[p] = label ? toPoint(*label) : pc.bounds[p].center();
      }
      cache.parts.push_back(pc);
    }
    m_territories.push_back(std::move(cache));
  }
  std::vector<const MultiPolygon*> geographic;
  std::array<std::vector<const MultiPolygon*>, kProjections> projected;
  for (const Territory& territory : m_dataset->territories()) {
    geographic.push_back(&territory.shape.geographic);
    projected[0].push_back(&territory.shape.region);
    projected[1].push_back(&territory.shape.world);
  }
  std::vector<std::vector<MultiLineString>> outlines = unsharedOutlines(geographic, projected);
  for (std::size_t p = 0; p < kProjections && p < outlines.size(); ++p)
    for (std::size_t i = 0; i < m_territories.size() && i < outlines[p].size(); ++i)
      m_territories[i].outlines[p] = LodPath(std::move(outlines[p][i]));
  for (const Boundary& boundary : m_dataset->boundaries())
    m_boundaryPaths.push_back({linesPath(boundary.lines.region), linesPath(boundary.lines.world)});
}

void MapShapes::buildGraticules() {
  auto build = [this](MapProjection projection, double lonMin, double lonMax, double lonStep, double latMin,
                      double latMax, double latStep, double sample) {
    MultiLineString lines;
    for (double lon = lonMin; lon <= lonMax + 1e-9; lon += lonStep) {
      LineString line;
      for (double lat = latMin; lat <= latMax + 1e-9; lat += sample)
        line.push_back({wrapLongitude(lon), lat});
      lines.lines.push_back(std::move(line));
    }
    for (double lat = latMin; lat <= latMax + 1e-9; lat += latStep) {
      LineString line;
      for (double lon = lonMin; lon <= lonMax + 1e-9; lon += sample)
        line.push_back({wrapLongitude(lon), lat});
      lines.lines.push_back(std::move(line));
    }
    return linesPath(projector(projection).forward(lines));
  };
  m_graticules[0] = build(MapProjection::Region, 110.0, 190.0, 5.0, 20.0, 70.0, 5.0, 0.5);
  m_graticules[1] = build(MapProjection::World, -30.0 + 1e-3, 330.0 - 1e-3, 30.0, -60.0, 60.0, 30.0, 2.0);
  // The world map's outline: the antimeridian of 150°E on both sides, pole to pole.
  std::vector<Vec2> outline;
  for (double lat = -90.0; lat <= 90.0; lat += 1.0) outline.push_back({150.0 + 179.999 - 360.0, lat});
  for (double lat = 90.0; lat >= -90.0; lat -= 1.0) outline.push_back({150.0 - 179.999, lat});
  projector(MapProjection::World).forward(outline);
  m_worldOutline = QPainterPath();
  m_worldOutline.moveTo(toPoint(outline.front()));
  for (const Vec2& v : outline) m_worldOutline.lineTo(toPoint(v));
  m_worldOutline.closeSubpath();
  // The data box, its edges sampled every half degree (parallels are arcs in the conic).
  std::vector<Vec2> box;
  constexpr double kLon0 = MapViewport::kDataLonMin;
  constexpr double kLon1 = MapViewport::kDataLonMax;
  constexpr double kLat0 = MapViewport::kDataLatMin;
  constexpr double kLat1 = MapViewport::kDataLatMax;
  for (double lon = kLon0; lon < kLon1; lon += 0.5) box.push_back({lon, kLat0});
  for (double lat = kLat0; lat < kLat1; lat += 0.5) box.push_back({kLon1, lat});
  for (double lon = kLon1; lon > kLon0; lon -= 0.5) box.push_back({lon, kLat1});
  for (double lat = kLat1; lat > kLat0; lat -= 0.5) box.push_back({kLon0, lat});
  projector(MapProjection::Region).forward(box);
  m_dataBox = QPainterPath();
  m_dataBox.moveTo(toPoint(box.front()));
  for (const Vec2& v : box) m_dataBox.lineTo(toPoint(v));
  m_dataBox.closeSubpath();
}

const QPainterPath& MapShapes::boundaryPath(const Boundary* boundary, std::size_t projection) const {
  static const QPainterPath kNone;
  if (!m_dataset) return kNone;
  const auto index = static_cast<std::size_t>(boundary - m_dataset->boundaries().data());
  return index < m_boundaryPaths.size() ? m_boundaryPaths[index][projection] : kNone;
}

const CoastlineGeometry* MapShapes::coastline(CoastlineLevel level) const {
  const auto i = static_cast<std::size_t>(level);
  if (!m_coastlines[i] && m_coastlineSources[i] != nullptr)
    m_coastlines[i] = std::make_unique<CoastlineGeometry>(*m_coastlineSources[i]);
  return m_coastlines[i].get();
}

const CoastlineGeometry* MapShapes::chooseCoastline(const Frame& f,
                                                    std::optional<CoastlineLevel>& chosen) const {
  auto loaded = [this](CoastlineLevel level) { return coastline(level); };
  if (f.viewport.projection() == MapProjection::World) {
    if (const auto* world = loaded(CoastlineLevel::World)) {
      chosen = CoastlineLevel::World;
      return world;
    }
    return nullptr;
  }
  const CoastlineLevel preferred =
      f.options->coastlineLevel.value_or(MapRenderer::preferredCoastlineLevel(f.viewport, f.dpr));
  static constexpr std::array<CoastlineLevel, 3> kByDetail{CoastlineLevel::Intermediate, CoastlineLevel::High,
                                                           CoastlineLevel::Full};
  const auto start =
      static_cast<int>(std::find(kByDetail.begin(), kByDetail.end(), preferred) - kByDetail.begin());
  for (int i = std::min(start, 2); i >= 0; --i)
    if (const auto* c = loaded(kByDetail[static_cast<std::size_t>(i)])) {
      chosen = kByDetail[static_cast<std::size_t>(i)];
      return c;
    }
  for (int i = start + 1; i < 3; ++i)
    if (const auto* c = loaded(kByDetail[static_cast<std::size_t>(i)])) {
      chosen = kByDetail[static_cast<std::size_t>(i)];
      return c;
    }
  return nullptr;
}

QRectF MapShapes::territoryScreenBox(const Frame& f, const TerritoryShape& t) {
  const double pad = 3.0 * f.scale + 2.0;
  return f.map.mapRect(t.shapes[f.projection].bounds()).adjusted(-pad, -pad, pad, pad);
}

QRectF MapShapes::boundaryScreenBox(const Frame& f, const Boundary* boundary) const {
  if (!m_dataset) return {};
  const auto index = static_cast<std::size_t>(boundary - m_dataset->boundaries().data());
  if (index >= m_boundaryPaths.size()) return {};
  const double pad = 4.0 * f.scale + 2.0;
  return f.map.mapRect(m_boundaryPaths[index][f.projection].controlPointRect())
      .adjusted(-pad, -pad, pad, pad);
}

}  // namespace okhotsk::app
