// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringView>

#include <optional>

namespace okhotsk::app {

/// The views the atlas can jump to by name (menus, --view, tests).
enum class NamedView : unsigned char {
  Region,   ///< Hokkaido, Sakhalin and the Kurils (~139–157°E × 41–52°N), Region projection
  World,    ///< the whole Earth, World projection
  Habomai,  ///< the Habomai islets and Nemuro (~145.7–146.5°E × 43.2–43.9°N), Region projection
};

/// What part of which map plane is shown in a widget or an image: a plain value.
///
/// The map plane is one of the two projections of projection.h, in metres, y pointing
/// north. The screen is in logical pixels (device-independent), y pointing down, origin at
/// the top left. `centre` is the map point at the middle of the screen and
/// `metresPerPixel` the map distance one logical pixel covers; resizing keeps both, so the
/// map does not jump when a window changes size.
///
/// Named views and geographic extents are projected through okhotsk::Projector when the
/// viewport is made, never per frame.
class MapViewport {
 public:
  MapViewport() = default;
  MapViewport(MapProjection projection, QPointF centre, double metresPerPixel, QSize size);

  /// A viewport of `size` showing the whole of `extent` (map metres), centred on it, with
  /// `margin` (a fraction of the smaller side) left free around it.
  [[nodiscard]] static MapViewport fitted(MapProjection projection, const Bounds& extent, QSize size,
                                          double margin = 0.02);
  /// A viewport of `size` showing the lon/lat box (degrees; lonMin may exceed 180 for the
  /// Pacific side), projected through `projection`. Empty when the box cannot be projected.
  [[nodiscard]] static std::optional<MapViewport> fittedGeographic(MapProjection projection, double lonMin,
                                                                   double latMin, double lonMax,
                                                                   double latMax, QSize size);
  [[nodiscard]] static MapViewport named(NamedView view, QSize size);
  /// Parses "region", "world", "habomai", an extent "lon1,lat1,lon2,lat2" (the box fitted in,
  /// Region projection unless the box is too large for it), or a centre and a width
  /// "lon,lat,WIDTHkm" (Region projection; the view's width spans WIDTH kilometres at its
  /// centre, whatever the size). On failure returns empty and sets `error` to a readable reason.
  [[nodiscard]] static std::optional<MapViewport> fromSpec(QStringView spec, QSize size,
                                                           QString* error = nullptr);
  /// The lon/lat box the Region projection's coastlines cover: the dataset's GSHHG extract
  /// (geodata/README.md, 128–160°E × 30–60°N). Outside it the map has no land or sea to show.
  static constexpr double kDataLonMin = 128.0;
  static constexpr double kDataLatMin = 30.0;
  static constexpr double kDataLonMax = 160.0;
  static constexpr double kDataLatMax = 60.0;
  /// That box in the Region projection (its bounds; projected once per process).
  [[nodiscard]] static const Bounds& dataExtent();
  /// The largest metres per pixel a Region view of `size` may zoom out to: the whole data box
  /// fits and no more, so the map never shrinks to a block floating in "no data".
  [[nodiscard]] static double maxRegionMetresPerPixel(QSize size);

  /// The projected extent of a named view (cached: projected once per process).
  [[nodiscard]] static const Bounds& namedExtent(NamedView view);
  [[nodiscard]] static MapProjection namedProjection(NamedView view) noexcept;
  /// The map-plane bounds of a lon/lat box, sampling its edges (parallels are curves in the
  /// conic projection). Empty bounds when nothing could be projected.
  [[nodiscard]] static Bounds projectGeographicBox(MapProjection projection, double lonMin, double latMin,
                                                   double lonMax, double latMax);

  /// A spec fromSpec() reads back as this view: in the Region projection its centre and width
  /// ("146.200,43.600,420.0km"), so the same centre and scale at the same width; in the World
  /// projection "world". Empty when the centre cannot be projected.
  [[nodiscard]] QString toSpec() const;

  [[nodiscard]] MapProjection projection() const noexcept { return m_projection; }
  [[nodiscard]] QPointF centre() const noexcept { return m_centre; }
  [[nodiscard]] double metresPerPixel() const noexcept { return m_metresPerPixel; }
  [[nodiscard]] QSize size() const noexcept { return m_size; }
  [[nodiscard]] bool isValid() const noexcept { return m_size.width() > 0 && m_size.height() > 0; }

  void setProjection(MapProjection projection) noexcept { m_projection = projection; }
  void setCentre(QPointF centre) noexcept { m_centre = centre; }
  /// Clamped to [kMinMetresPerPixel, kMaxMetresPerPixel].
  void setMetresPerPixel(double metresPerPixel) noexcept;
  /// Keeps the centre and the scale.
  void setSize(QSize size) noexcept { m_size = size; }

  [[nodiscard]] QPointF toScreen(QPointF map) const noexcept;
  [[nodiscard]] QPointF toScreen(const Vec2& map) const noexcept { return toScreen(QPointF(map.x, map.y)); }
  [[nodiscard]] QPointF toMap(QPointF screen) const noexcept;
  /// The part of the map plane on screen.
  [[nodiscard]] Bounds mapBounds() const noexcept;
  /// A screen rectangle's map bounds.
  [[nodiscard]] Bounds mapBounds(const QRectF& screen) const noexcept;

  /// The view a fraction `t` (0..1) of the way from `from` to `to`: the centre moves in a
  /// straight line and the scale changes geometrically, so a zoom feels even. Projection and
  /// size are `to`'s; between views of different projections there is no path, and the caller
  /// cuts instead. Shared by the map's glide and the tour's video frames.
  [[nodiscard]] static MapViewport between(const MapViewport& from, const MapViewport& to, double t) noexcept;

  /// Zooms by `factor` (> 1 zooms in) keeping the map point under `screenAnchor` in place.
  void zoomAround(QPointF screenAnchor, double factor) noexcept;
  /// Moves the map with the pointer: a drag by `delta` logical pixels.
  void panByPixels(QPointF delta) noexcept;

  friend bool operator==(const MapViewport&, const MapViewport&) = default;

  /// Limits of the scale: 5 m per pixel keeps screen coordinates of far-away vertices inside
  /// the raster engine's fixed-point range; 200 km per pixel shows the Earth as a stamp.
  static constexpr double kMinMetresPerPixel = 5.0;
  static constexpr double kMaxMetresPerPixel = 200000.0;

 private:
  MapProjection m_projection = MapProjection::Region;
  QPointF m_centre;
  double m_metresPerPixel = 1000.0;
  QSize m_size;
};

}  // namespace okhotsk::app
