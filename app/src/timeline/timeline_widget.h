// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/time_axis.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_marks.h"
#include "timeline/user_layer_marks.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include <QPixmap>
#include <QPoint>
#include <QPointer>
#include <QRectF>
#include <QWidget>

#include <cstddef>
#include <optional>
#include <vector>

class QMenu;

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class TimeController;
class TimelinePainter;
class UserLayers;

/// The timeline along the bottom of the window: an axis over the controller's visible range
/// with ticks that adapt from decades down to days, the dataset's events as marks coloured by
/// category (spans or soft marks when the date is imprecise, hollow when unconfirmed), the
/// days on which control of a territory changes on a lane of their own, a legend, and the
/// current date as a handle the user drags.
///
/// An equal listener of the TimeController like the map and the panels: it only reads the
/// controller, the document and the settings (all owned by the session, which outlives it)
/// and sets the controller's date and visible range in response to the mouse, the wheel and
/// the keyboard. Keeping the date in view is the controller's policy (follow the date); the
/// timeline only suspends it while the user drags the view. It owns a cached picture of everything but the
/// handle, rebuilt only when the size, the visible range, the dataset, the language or the device pixel ratio
/// change; moving the date repaints only the handle's old and new rectangles. When more of the view's marks
/// would lie on others than the lane holds side by side (a large dataset zoomed out), it draws the events'
/// density per category instead, counted once per rebuild from the events of the view.
class TimelineWidget : public QWidget {
  Q_OBJECT

 public:
  TimelineWidget(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
                 QWidget* parent = nullptr);
  ~TimelineWidget() override;

  /// The unit of the axis's labelled ticks at the current zoom, which is also how far ←/→ step.
  using StepUnit = TickUnit;

  /// The day under a horizontal widget coordinate (not clamped to the visible range).
  [[nodiscard]] DayNumber dayAtX(double x) const;
  /// The horizontal widget coordinate of the middle of a day.
  [[nodiscard]] double xForDay(DayNumber day) const;
  [[nodiscard]] StepUnit stepUnit() const;
  /// The rectangle the handle (line, knob and date label) of `day` covers.
  [[nodiscard]] QRect handleRect(DayNumber day) const;
  /// How often the cached static layer has been drawn; tests check that moving the date
  /// does not redraw it.
  [[nodiscard]] int staticLayerBuildCount() const noexcept { return m_staticLayerBuilds; }

  /// The menu a right click at `position` opens: set the loop's start or end at the day
  /// there, or clear the loop. The caller owns it.
  [[nodiscard]] QMenu* makeContextMenu(QPointF position);

  /// The user's own layers, whose dated features get marks in a thin row of their own under
  /// the date label; owned by the window, which outlives the timeline. Null: none.
  void setUserLayers(const UserLayers* layers);
  /// Where the lanes and the axis lie at the current size (for tests).
  [[nodiscard]] const TimelineLayout& timelineLayout() const noexcept { return m_layout; }
  /// The event marks of the last drawing (empty when it drew density; for tests).
  [[nodiscard]] const std::vector<EventMark>& eventMarks() const noexcept { return m_marks; }
  /// The density of the last drawing: bins when the events of the view were too many for
  /// marks, else empty (for tests).
  [[nodiscard]] const EventDensity& density() const noexcept { return m_density; }

  /// The user layers' marks of the last drawing (for tests).
  [[nodiscard]] const std::vector<UserTimelineMark>& userMarks() const noexcept { return m_userMarks; }

  /// The smallest side of what a finger must hit, in logical pixels (a kiosk's 9 mm; 0: a
  /// mouse's few pixels). The marks grow with it to a third of it, and a press within half of
  /// it of a mark's centre or the handle reaches them.
  void setTouchTargetSize(int pixels);
  [[nodiscard]] int touchTargetSize() const noexcept { return m_touchTarget; }

  [[nodiscard]] QSize sizeHint() const override;
  [[nodiscard]] QSize minimumSizeHint() const override;

 Q_SIGNALS:
  /// A click (a press and a release without a drag) on an event's mark: the date has moved to
  /// its day, and the event is the one meant (the kiosk opens its story, the desktop selects it).
  void eventActivated(const QString& eventId);

 protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;

 private:
  void onDatasetChanged();
  void onCurrentDayChanged(DayNumber day);
  void invalidateStaticLayer();
  void updateLayout();
  void endPan();
  [[nodiscard]] const Dataset* dataset() const;
  [[nodiscard]] TimeAxis axis() const;
  [[nodiscard]] TimelinePainter painter() const;
  [[nodiscard]] bool staticLayerIsCurrent() const;
  void rebuildStaticLayer();
  [[nodiscard]] bool hitsHandle(QPointF position) const;
  /// The track: the lanes and the axis, where a press moves the date and a drag scrubs (the
  /// tick labels and the legend below it pan).
  [[nodiscard]] bool onTrack(QPointF position) const;
  void scrubTo(double x);
  [[nodiscard]] const EventMark* markAt(QPointF position) const;
  /// How far from a mark's rectangle a press still hits it.
  [[nodiscard]] double markReach() const;
  [[nodiscard]] QString toolTipAt(QPointF position) const;
  void zoomAround(double x, double factor);

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;

  TimelineLayout m_layout;
  ControlMarks m_controlMarks;  // per dataset

  // The static layer and what it was drawn for.
  QPixmap m_staticLayer;
  bool m_staticLayerValid = false;
  QSize m_staticSize;
  DayRange m_staticRange;
  Language m_staticLanguage = Language::English;
  qreal m_staticPixelRatio = 0.0;
  const Dataset* m_staticDataset = nullptr;
  int m_staticLayerBuilds = 0;
  // Reused between rebuilds so that drawing allocates nothing once warmed up.
  std::vector<std::size_t> m_indices;
  std::vector<EventMark> m_marks;  // those of the last drawing, for hit testing
  EventDensity m_density;          // drawn instead of the marks when they do not fit
  std::vector<AxisLabel> m_labels;
  QPointer<const UserLayers> m_userLayers;
  std::vector<UserTimelineMark> m_userMarks;

  DayNumber m_shownDay = 0;  // the day whose handle is on screen

  // Mouse interaction.
  // Pending: pressed on the axis labels or the legend (or with Shift): a click sets the date,
  // a drag pans. Handle: scrubbing the date, from a press anywhere on the track. MarkPress: a
  // press on a point mark went to its day; moving on from it scrubs.
  enum class Drag { None, Pending, Handle, MarkPress, Pan };
  Drag m_drag = Drag::None;
  QPointF m_pressPosition;
  DayRange m_pressRange;
  bool m_followBeforePan = true;
  // The event of the mark pressed, until the pointer moves away to scrub or pan.
  std::optional<std::size_t> m_pressedEvent;
  int m_touchTarget = 0;
};

}  // namespace okhotsk::app
