// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/projection.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

class QColor;
class QPainter;
class QTransform;

namespace okhotsk {
struct UserLayerData;
}

namespace okhotsk::app {

class UserLayers;

/// Draws the user's own layers over the atlas map: for each shown layer, in the order added,
/// the features in force on the day (undated ones always) in the layer's colour — polygons
/// filled lightly and outlined, lines stroked, points as dots — and their labels (the first
/// 300 in a frame; a crowded view shows the rest unlabelled). Each
/// layer's features are projected once per map projection and kept until the layer goes;
/// a frame only tests the day and the view's box and draws.
class UserLayerPainter {
 public:
  UserLayerPainter();
  ~UserLayerPainter();
  UserLayerPainter(const UserLayerPainter&) = delete;
  UserLayerPainter& operator=(const UserLayerPainter&) = delete;

  void draw(QPainter& painter, const MapViewport& viewport, DayNumber day, const UserLayers& layers,
            double scale = 1.0);

  struct Hit {
    int layer = -1;           ///< index in UserLayers
    std::size_t feature = 0;  ///< index in the layer's features
  };
  /// The topmost shown feature in force on `day` under `screen` (logical pixels), if any.
  [[nodiscard]] std::optional<Hit> featureAt(const MapViewport& viewport, QPointF screen, DayNumber day,
                                             const UserLayers& layers);

  /// How many times a layer's features were projected (for tests: not once per frame).
  [[nodiscard]] int projectionCount() const noexcept { return m_projectionCount; }

 private:
  struct Shape {
    QPainterPath polygons;  ///< map metres
    QPainterPath lines;     ///< map metres
    std::vector<QPointF> points;
    QRectF bounds;   ///< map metres
    QPointF anchor;  ///< where the label goes, map metres
    bool drawable = false;
  };
  struct Projected {
    std::weak_ptr<const UserLayerData> data;
    const UserLayerData* key = nullptr;
    MapProjection projection = MapProjection::Region;
    std::vector<Shape> shapes;
  };
  const std::vector<Shape>& shapesOf(const std::shared_ptr<const UserLayerData>& data,
                                     MapProjection projection);
  static void drawShape(QPainter& painter, const QTransform& toScreen, const Shape& shape,
                        const QColor& colour, double scale);
  Shape project(const Projector& projector, std::size_t featureIndex, const UserLayerData& data) const;

  std::vector<Projected> m_cache;
  std::array<std::unique_ptr<Projector>, 2> m_projectors;
  int m_projectionCount = 0;
};

}  // namespace okhotsk::app
