#pragma once

#include "map/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPainter;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// What a frame shows besides the map itself, and how large its type and lines are.
struct RenderOptions {
  bool legend = true;
  bool dateStamp = true;
  bool scaleBar = true;
  bool credit = true;
  bool labels = true;  ///< territory and event labels
  bool events = true;  ///< event markers and the arrows to events outside the view
  /// Text and line sizes (1 on a desktop; the lecture mode uses larger type).
  double scale = 1.0;
  /// Forces a coastline level (the benchmark); otherwise it is chosen by scale.
  std::optional<CoastlineLevel> coastlineLevel;
  QString selectedTerritoryId;  ///< outlined in the highlight colour
  QString selectedEventId;      ///< ringed in the highlight colour
};

/// Draws the atlas map for one day: sea, land and lakes, every territory filled by who
/// administered it that day (hatching for a claimant that did not, stripes for a joint
/// regime, cross-hatching and "?" for an uncertain day or a transition), the boundaries then
/// in force, event markers (those near the day large and labelled, others fading with
/// distance in time, arrows at the edge for events outside the view), labels with both names
/// and the state in words, the legend, the date stamp, a scale bar and the credit line.
///
/// Not a widget: MapWidget paints with it and so do --render and --benchmark (headless.h),
/// so the window and exported images are the same picture. It reads the AtlasDocument and
/// DisplaySettings it is given (it owns neither; both must outlive it) and keeps its own caches:
/// - QPainterPaths per territory and projection, built once per dataset and simplified per
///   level of detail on first use (vertices about half a device pixel apart);
/// - per coastline level, the polygons' bounds and the runs of real shore, once per level;
/// - on raster devices, one QImage of the map below the markers and labels (sea, land, lakes,
///   shore, graticule, territory fills and boundaries), built whole only when the viewport,
///   size, device pixel ratio, coastline level or scale changes. A new date that leaves every
///   territory's control period and the boundaries in force as they were costs one blit plus
///   the markers, labels and furniture; when a period changes, only that territory's screen
///   box is repainted (sea and land under a clip, then the territories over it).
/// On vector devices (SVG, PDF) everything is drawn as vectors.
class MapRenderer {
 public:
  MapRenderer(const AtlasDocument& document, const DisplaySettings& settings);
  ~MapRenderer();
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  /// Draws the map for `day` into the painter's device, covering viewport.size() logical
  /// pixels from the origin. The painter's state is restored afterwards.
  void render(QPainter& painter, const MapViewport& viewport, DayNumber day,
              const RenderOptions& options = {});

  /// Drops every cache. render() notices a new dataset or coastline level by itself; this is
  /// for a caller that knows better (tests, a reopened document).
  void invalidate();

  /// The coastline level whose detail suits a viewport: intermediate zoomed out, high in
  /// between, full when zoomed in (the Habomai islets exact); the world level in the world view.
  [[nodiscard]] static CoastlineLevel preferredCoastlineLevel(const MapViewport& viewport,
                                                              double devicePixelRatio);

  // --- hit tests, in logical screen pixels of `viewport`
  [[nodiscard]] const Territory* territoryAt(const MapViewport& viewport, QPointF screen) const;
  [[nodiscard]] const TerritoryPart* territoryPartAt(const MapViewport& viewport, QPointF screen) const;
  /// The event whose marker the last frame drew under `screen` (topmost first), or nullptr.
  [[nodiscard]] const Event* eventAt(QPointF screen) const;

  /// "administered by USSR · claimed by Japan" in the display language.
  [[nodiscard]] QString describeState(const TerritoryState& state) const;

  // --- for tests and the benchmark
  /// How many times the cached image has been built whole (a new viewport, size, device
  /// pixel ratio, coastline level or scale); a new date never rebuilds it.
  [[nodiscard]] int baseImageBuildCount() const noexcept;
  /// How many times a new date changed a territory's look or the boundaries in force, so that
  /// the cached image was repainted under their screen boxes only.
  [[nodiscard]] int baseImageRepairCount() const noexcept;
  /// The coastline level the last frame drew, if any.
  [[nodiscard]] std::optional<CoastlineLevel> lastCoastlineLevel() const noexcept;
  [[nodiscard]] QRectF lastLegendRect() const noexcept;
  [[nodiscard]] QRectF lastDateStampRect() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace okhotsk::app
