// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_renderer.h"
#include "map/render/user_layer_painter.h"
#include "map/widget/distance_tool.h"
#include "session/view/map_viewport.h"

#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <QPointF>
#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QGestureEvent;
class QMenu;
class QVariantAnimation;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class Selection;
class TimeController;
class UserLayers;

/// The interactive map: a MapRenderer in a widget. It repaints when the date, dataset,
/// coastline level, language or naming order changes (a new date reuses the renderer's cached
/// base image: only the day's layers are drawn again); zooms with the wheel around the cursor,
/// +/- keys and a pinch; pans by dragging and with the arrow keys; reports the cursor's
/// longitude and latitude; measures distances on the ellipsoid between two clicked points
/// (DistanceTool); shows tooltips for territories and events; and selects what is clicked.
///
/// It owns its renderer and viewport; the controller, document, settings and selection belong
/// to the session and must outlive it. When the selection gets an event (from any view) the
/// map centres on it, switching to the world view for places far from the region.
class MapWidget : public QWidget {
  Q_OBJECT

 public:
  MapWidget(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
            Selection& selection, QWidget* parent = nullptr);
  ~MapWidget() override;

  /// What the map shows; its size is the widget's.
  [[nodiscard]] MapViewport viewport() const;
  /// Shows `viewport` (its size is replaced by the widget's, keeping centre and scale).
  void setViewport(const MapViewport& viewport);
  /// Glides to `viewport` over `duration` (centre linearly, scale geometrically); jumps when
  /// the duration is zero or the projection changes. Any pan or zoom by the user stops it.
  void animateTo(const MapViewport& viewport, int durationMs);
  /// Shows a view spec ("region", "world", "habomai", "lon1,lat1,lon2,lat2"), animated over
  /// `durationMs`; false (and no change) when the spec is not understood.
  bool showView(const QString& spec, int durationMs = 0);
  [[nodiscard]] bool isAnimating() const noexcept;

  [[nodiscard]] const RenderOptions& renderOptions() const noexcept { return m_options; }
  /// Legend/date/scale switches and the type scale (the lecture mode uses larger type).
  void setRenderOptions(const RenderOptions& options);
  /// Whether the legend is drawn and in which corner (View → Show Legend, Legend Position);
  /// for the settings, the window reads and restores these.
  [[nodiscard]] bool legendVisible() const noexcept { return m_options.legend; }
  [[nodiscard]] LegendCorner legendCorner() const noexcept { return m_options.legendCorner; }

  [[nodiscard]] bool isMeasuring() const noexcept { return m_measuring; }
  /// The measured line's total length in kilometres, once it has two points.
  [[nodiscard]] std::optional<double> measuredDistanceKm() const noexcept { return m_distance.distanceKm(); }
  /// The measure tool's line: its points, segments (length, bearing) and summary.
  [[nodiscard]] const DistanceTool& measurement() const noexcept { return m_distance; }
  /// How many times the renderer has built its day-independent base image (for tests).
  [[nodiscard]] int baseImageBuildCount() const noexcept { return m_renderer.baseImageBuildCount(); }
  [[nodiscard]] const MapRenderer& renderer() const noexcept { return m_renderer; }
  /// The user's own layers drawn over the atlas (File → Add Layer); owned by the window,
  /// which outlives the map. Null: none.
  void setUserLayers(const UserLayers* layers);
  /// A tooltip's text for the user feature under `position` (its label and attributes), or
  /// empty when none is there.
  [[nodiscard]] QString userFeatureText(QPointF position);
  /// The menu offered when a click hits several event markers (one place, one time), while
  /// it is open; nullptr otherwise.
  [[nodiscard]] QMenu* eventChooser() const;

  [[nodiscard]] QSize sizeHint() const override { return {960, 640}; }
  [[nodiscard]] QSize minimumSizeHint() const override { return {240, 160}; }

 public Q_SLOTS:
  void zoomIn();
  void zoomOut();
  void fitRegion();
  void fitWorld();
  void fitHabomai();
  /// The measure tool: while on, clicks add points to a line (double-click or Enter ends it,
  /// Backspace removes the last point, Escape cancels).
  void setMeasuring(bool measuring);
  /// Centres on an event's place (the world view for places far from the region).
  void centreOnEvent(const QString& eventId);
  void setLegendVisible(bool visible);
  void setLegendCorner(okhotsk::app::LegendCorner corner);

 Q_SIGNALS:
  /// The geographic position under the pointer (degrees).
  void cursorMoved(double lon, double lat);
  /// The measured line gained or lost a segment: its total geodesic length, in kilometres.
  void distanceMeasured(double kilometres);
  void measuringChanged(bool measuring);
  void viewportChanged();
  /// The render options changed (the legend shown, hidden or moved, the type scale).
  void renderOptionsChanged();

 protected:
  void changeEvent(QEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  bool event(QEvent* event) override;

 private:
  /// Sets the accessible name and the map in words (date, each territory's state) for
  /// screen readers; again on a new day, naming order, dataset or language.
  void describe();
  void fit(NamedView view);
  void changeViewport(const MapViewport& viewport);
  void zoomAround(QPointF anchor, double factor);
  /// `factor` limited so that a Region view zooms out no further than its data box.
  [[nodiscard]] double limitedZoom(const MapViewport& viewport, double factor) const;
  void clickAt(QPointF position);
  /// Offers the events under a click, by date and title, in a menu at `position`.
  void chooseEvent(const std::vector<const Event*>& events, QPointF position);
  void addMeasurePoint(QPointF position);
  bool handleGesture(QGestureEvent* event);
  void showToolTip(const QPoint& position, const QPoint& globalPosition);
  void onEventSelected(const QString& eventId);
  [[nodiscard]] std::optional<GeoPoint> geographicAt(QPointF position);
  [[nodiscard]] Projector& projector(MapProjection projection);

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  Selection& m_selection;
  MapRenderer m_renderer;
  UserLayerPainter m_userLayerPainter;
  QPointer<const UserLayers> m_userLayers;
  RenderOptions m_options;
  MapViewport m_viewport;
  // A view spec applied again once the widget has its size (a fit asked for before layout).
  std::optional<QString> m_pendingFit = QStringLiteral("region");
  std::array<std::unique_ptr<Projector>, 2> m_projectors;
  QVariantAnimation* m_viewAnimation = nullptr;  // child; runs while gliding to a view
  MapViewport m_animationFrom;
  MapViewport m_animationTo;

  // Pointer interaction.
  QPointF m_pressPosition;
  QPointF m_lastPosition;
  bool m_pressed = false;
  bool m_dragging = false;
  bool m_selectingFromMap = false;  // our own click: do not recentre on it
  QPointer<QMenu> m_chooser;        // the open chooser of co-located events

  bool m_measuring = false;  // clicks add points to the measured line
  DistanceTool m_distance;
};

}  // namespace okhotsk::app
