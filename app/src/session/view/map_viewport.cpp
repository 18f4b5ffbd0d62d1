// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/view/map_viewport.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace okhotsk::app {

namespace {

struct GeographicBox {
  double lonMin;
  double latMin;
  double lonMax;
  double latMax;
};

// The boxes behind the named views. The world box stops a hair short of the central
// meridian's antimeridian (150°E ± 180°), where Equal Earth's left and right edges meet.
constexpr GeographicBox kRegionBox{139.0, 41.0, 157.0, 52.0};
constexpr GeographicBox kHabomaiBox{145.7, 43.2, 146.5, 43.9};
constexpr GeographicBox kWorldBox{150.0 - 179.999, -90.0, 150.0 + 179.999, 90.0};

// An extent typed by the user goes to the conic Region projection when it lies in the part of
// the globe that projection is made for; anything wider would be badly distorted there.
bool suitsRegionProjection(const GeographicBox& box) {
  return box.lonMin >= 100.0 && box.lonMax <= 200.0 && box.latMin >= 10.0 && box.latMax <= 80.0 &&
         box.lonMax - box.lonMin <= 70.0;
}

}  // namespace

MapViewport::MapViewport(MapProjection projection, QPointF centre, double metresPerPixel, QSize size)
    : m_projection(projection), m_centre(centre), m_size(size) {
  setMetresPerPixel(metresPerPixel);
}

void MapViewport::setMetresPerPixel(double metresPerPixel) noexcept {
  if (!std::isfinite(metresPerPixel)) return;
  m_metresPerPixel = std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
}

MapViewport MapViewport::fitted(MapProjection projection, const Bounds& extent, QSize size, double margin) {
  MapViewport viewport;
  viewport.m_projection = projection;
  viewport.m_size = size;
  if (extent.empty() || size.isEmpty()) return viewport;
  const double marginPixels = margin * std::min(size.width(), size.height());
  const double usableWidth = std::max(1.0, size.width() - 2.0 * marginPixels);
  const double usableHeight = std::max(1.0, size.height() - 2.0 * marginPixels);
  viewport.m_centre = QPointF((extent.minX + extent.maxX) / 2.0, (extent.minY + extent.maxY) / 2.0);
  viewport.setMetresPerPixel(std::max(extent.width() / usableWidth, extent.height() / usableHeight));
  return viewport;
}

Bounds MapViewport::projectGeographicBox(MapProjection projection, double lonMin, double latMin,
                                         double lonMax, double latMax) {
  // Sample every edge: in the conic projection parallels are arcs and a box's widest point
  // can lie between its corners.
  constexpr int kSamples = 32;
  std::vector<Vec2> points;
  points.reserve(std::size_t{4} * (kSamples + 1));
  for (int i = 0; i <= kSamples; ++i) {
    const double t = static_cast<double>(i) / kSamples;
    const double lon = lonMin + t * (lonMax - lonMin);
    const double lat = latMin + t * (latMax - latMin);
    points.push_back({lon, latMin});
    points.push_back({lon, latMax});
    points.push_back({lonMin, lat});
    points.push_back({lonMax, lat});
  }
  const Projector projector(projection);
  Bounds bounds;
  for (const Vec2& p : points) {
    // Longitudes past 180° (the Pacific side of the world view) are passed as they are: PROJ
    // wraps them around the central meridian.
    const double lon = p.x > 180.0 ? p.x - 360.0 : p.x;
    if (const auto projected = projector.forward(GeoPoint{lon, p.y});
        projected && std::isfinite(projected->x) && std::isfinite(projected->y))
      bounds.add(*projected);
  }
  return bounds;
}

MapProjection MapViewport::namedProjection(NamedView view) noexcept {
  return view == NamedView::World ? MapProjection::World : MapProjection::Region;
}

const Bounds& MapViewport::namedExtent(NamedView view) {
  auto project = [](MapProjection projection, const GeographicBox& box) {
    return projectGeographicBox(projection, box.lonMin, box.latMin, box.lonMax, box.latMax);
  };
  static const std::array<Bounds, 3> extents{project(MapProjection::Region, kRegionBox),
                                             project(MapProjection::World, kWorldBox),
                                             project(MapProjection::Region, kHabomaiBox)};
  return extents[static_cast<std::size_t>(view)];
}

const Bounds& MapViewport::dataExtent() {
  static const Bounds extent =
      projectGeographicBox(MapProjection::Region, kDataLonMin, kDataLatMin, kDataLonMax, kDataLatMax);
  return extent;
}

double MapViewport::maxRegionMetresPerPixel(QSize size) {
  const Bounds& extent = dataExtent();
  if (extent.empty() || size.isEmpty()) return kMaxMetresPerPixel;
  const double fit = std::max(extent.width() / size.width(), extent.height() / size.height());
  return std::clamp(fit, kMinMetresPerPixel, kMaxMetresPerPixel);
}

MapViewport MapViewport::named(NamedView view, QSize size) {
  return fitted(namedProjection(view), namedExtent(view), size, view == NamedView::World ? 0.01 : 0.02);
}

std::optional<MapViewport> MapViewport::fittedGeographic(MapProjection projection, double lonMin,
                                                         double latMin, double lonMax, double latMax,
                                                         QSize size) {
  const Bounds extent = projectGeographicBox(projection, lonMin, latMin, lonMax, latMax);
  if (extent.empty() || extent.width() <= 0.0 || extent.height() <= 0.0) return std::nullopt;
  return fitted(projection, extent, size);
}

namespace {

// "lon,lat,WIDTHkm": a Region-projection view centred on lon/lat, WIDTH km across.
std::optional<MapViewport> fromCentreSpec(QStringView spec, const QStringList& parts, QSize size,
                                          QString* error) {
  auto fail = [error](const QString& reason) -> std::optional<MapViewport> {
    if (error != nullptr) *error = reason;
    return std::nullopt;
  };
  bool lonOk = false;
  bool latOk = false;
  bool widthOk = false;
  const double lon = parts[0].trimmed().toDouble(&lonOk);
  const double lat = parts[1].trimmed().toDouble(&latOk);
  QString widthText = parts[2].trimmed();
  widthText.chop(2);
  const double widthKm = widthText.trimmed().toDouble(&widthOk);
  if (!lonOk || !latOk || !widthOk || !std::isfinite(lon) || !std::isfinite(lat) || !std::isfinite(widthKm))
    return fail(QStringLiteral("view \"%1\": a centre view is lon,lat,WIDTHkm with three numbers")
                    .arg(spec.toString()));
  if (lat < -90.0 || lat > 90.0 || lon < -180.0 || lon > 360.0)
    return fail(
        QStringLiteral("view \"%1\": the centre must lie in [-180, 360] × [-90, 90]").arg(spec.toString()));
  if (widthKm <= 0.0)
    return fail(QStringLiteral("view \"%1\": the width must be more than 0 km").arg(spec.toString()));
  const Projector projector(MapProjection::Region);
  const auto centre = projector.forward(GeoPoint{lon, lat});
  if (!centre) return fail(QStringLiteral("view \"%1\" cannot be projected").arg(spec.toString()));
  const double width = std::max(1, size.width());
  return MapViewport(MapProjection::Region, QPointF(centre->x, centre->y), widthKm * 1000.0 / width, size);
}

}  // namespace

std::optional<MapViewport> MapViewport::fromSpec(QStringView spec, QSize size, QString* error) {
  auto fail = [error](const QString& reason) -> std::optional<MapViewport> {
    if (error != nullptr) *error = reason;
    return std::nullopt;
  };
  const QString text = spec.trimmed().toString().toLower();
  if (text == QLatin1String("region")) return named(NamedView::Region, size);
  if (text == QLatin1String("world")) return named(NamedView::World, size);
  if (text == QLatin1String("habomai")) return named(NamedView::Habomai, size);

  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() == 3 && parts[2].trimmed().endsWith(QLatin1String("km")))
    return fromCentreSpec(spec, parts, size, error);
  if (parts.size() != 4)
    return fail(QStringLiteral("view \"%1\" is neither region, world, habomai nor lon1,lat1,lon2,lat2")
                    .arg(spec.toString()));
  std::array<double, 4> values{};
  for (std::size_t i = 0; i < 4; ++i) {
    bool ok = false;
    values[i] = parts[static_cast<qsizetype>(i)].trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(values[i]))
      return fail(QStringLiteral("view extent \"%1\": \"%2\" is not a number")
                      .arg(spec.toString(), parts[static_cast<qsizetype>(i)]));
  }
  GeographicBox box{std::min(values[0], values[2]), std::min(values[1], values[3]),
                    std::max(values[0], values[2]), std::max(values[1], values[3])};
  if (box.latMin < -90.0 || box.latMax > 90.0)
    return fail(QStringLiteral("view extent \"%1\": latitudes must lie in [-90, 90]").arg(spec.toString()));
  if (box.lonMin < -180.0 || box.lonMax > 360.0)
    return fail(
        QStringLiteral("view extent \"%1\": longitudes must lie in [-180, 360]").arg(spec.toString()));
  // A box typed across the antimeridian ("170,40,-170,60") reads eastwards.
  if (values[0] > values[2] && values[0] > 0.0 && values[2] < 0.0) {
    box.lonMin = values[0];
    box.lonMax = values[2] + 360.0;
  }
  if (box.lonMax - box.lonMin <= 0.0 || box.latMax - box.latMin <= 0.0)
    return fail(QStringLiteral("view extent \"%1\" is empty").arg(spec.toString()));
  const MapProjection projection = suitsRegionProjection(box) ? MapProjection::Region : MapProjection::World;
  auto viewport = fittedGeographic(projection, box.lonMin, box.latMin, box.lonMax, box.latMax, size);
  if (!viewport) return fail(QStringLiteral("view extent \"%1\" cannot be projected").arg(spec.toString()));
  return viewport;
}

QPointF MapViewport::toScreen(QPointF map) const noexcept {
  return {(map.x() - m_centre.x()) / m_metresPerPixel + m_size.width() / 2.0,
          m_size.height() / 2.0 - (map.y() - m_centre.y()) / m_metresPerPixel};
}

QPointF MapViewport::toMap(QPointF screen) const noexcept {
  return {m_centre.x() + (screen.x() - m_size.width() / 2.0) * m_metresPerPixel,
          m_centre.y() - (screen.y() - m_size.height() / 2.0) * m_metresPerPixel};
}

Bounds MapViewport::mapBounds() const noexcept {
  return mapBounds(QRectF(QPointF(0, 0), QSizeF(m_size)));
}

Bounds MapViewport::mapBounds(const QRectF& screen) const noexcept {
  Bounds bounds;
  bounds.add(Vec2{toMap(screen.topLeft()).x(), toMap(screen.topLeft()).y()});
  bounds.add(Vec2{toMap(screen.bottomRight()).x(), toMap(screen.bottomRight()).y()});
  return bounds;
}

void MapViewport::zoomAround(QPointF screenAnchor, double factor) noexcept {
  if (!(factor > 0.0) || !std::isfinite(factor)) return;
  const QPointF anchor = toMap(screenAnchor);
  setMetresPerPixel(m_metresPerPixel / factor);
  // Put the anchor back under the same screen point.
  const QPointF drift = toMap(screenAnchor) - anchor;
  m_centre -= drift;
}

void MapViewport::panByPixels(QPointF delta) noexcept {
  m_centre += QPointF(-delta.x() * m_metresPerPixel, delta.y() * m_metresPerPixel);
}

QString MapViewport::toSpec() const {
  if (!isValid()) return {};
  if (m_projection == MapProjection::World) return QStringLiteral("world");
  const Projector projector(m_projection);
  const auto centre = projector.inverse(Vec2{m_centre.x(), m_centre.y()});
  if (!centre || !std::isfinite(centre->lon) || !std::isfinite(centre->lat)) return {};
  double lon = centre->lon;
  if (lon < -180.0) lon += 360.0;
  const double widthKm = m_metresPerPixel * m_size.width() / 1000.0;
  return QStringLiteral("%1,%2,%3km").arg(lon, 0, 'f', 4).arg(centre->lat, 0, 'f', 4).arg(widthKm, 0, 'f', 1);
}

MapViewport MapViewport::between(const MapViewport& from, const MapViewport& to, double t) noexcept {
  MapViewport step = to;
  step.setCentre(from.m_centre + (to.m_centre - from.m_centre) * t);
  step.setMetresPerPixel(from.m_metresPerPixel * std::pow(to.m_metresPerPixel / from.m_metresPerPixel, t));
  return step;
}

}  // namespace okhotsk::app
