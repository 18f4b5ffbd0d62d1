#pragma once

#include "map/render/map_frame.h"

#include <QImage>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace okhotsk::app {

class HatchPatterns;

/// The legend, two columns: how territories and lines are drawn (each state's fill, a claim,
/// a dispute, a joint regime, an uncertain day, boundaries) | the event categories and how an
/// imprecise or later event looks. On raster devices it is painted once per language, type
/// scale, resolution and dataset and then blitted.
class MapLegend {
 public:
  /// The legend's size for the frame's fonts and scale.
  [[nodiscard]] QSizeF size(const Frame& f) const;
  void draw(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns);
  /// Forgets the cached picture.
  void clear() { m_key = {}; }

 private:
  struct Layout {
    double rowHeight;
    double swatch;
    double columnWidth[2];
    double padding;
    int rows[2];
  };
  struct Key {
    Language language = Language::English;
    double scale = 0.0;
    double dpr = 0.0;
    const Dataset* dataset = nullptr;
    friend bool operator==(const Key&, const Key&) = default;
  };
  [[nodiscard]] Layout layout(const Frame& f) const;
  void paint(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns) const;
  void paintTerritoryColumn(QPainter& painter, const Frame& f, const QRectF& rect, const Layout& l,
                            HatchPatterns& patterns) const;
  void paintEventColumn(QPainter& painter, const Frame& f, const QRectF& rect, const Layout& l) const;

  QImage m_image;
  Key m_key;
};

/// The rounded white panel under the legend, the date stamp and the scale bar.
void drawMapPanel(QPainter& painter, const QRectF& rect, double scale);

}  // namespace okhotsk::app
