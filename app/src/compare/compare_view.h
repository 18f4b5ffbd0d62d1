// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/date_comparison.h"
#include "map/render/map_renderer.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include <QPointF>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// One side of the compare view: the map on one day, drawn by the same MapRenderer as the
/// main map, showing the extent it is given fitted to its own size.
class ComparePane : public QWidget {
  Q_OBJECT

 public:
  ComparePane(const AtlasDocument& document, const DisplaySettings& settings, QWidget* parent = nullptr);

  [[nodiscard]] DayNumber day() const noexcept { return m_day; }
  void setDay(DayNumber day);
  /// The map extent shown (map metres of `projection`), fitted to the pane whatever its size.
  void setExtent(MapProjection projection, const Bounds& extent);
  /// The viewport of the last frame (the extent fitted to the current size).
  [[nodiscard]] MapViewport viewport() const;
  /// The layers drawn (the main map's, so that both sides look like it).
  void setRenderOptions(const RenderOptions& options);

  [[nodiscard]] QSize sizeHint() const override { return {640, 480}; }
  [[nodiscard]] QSize minimumSizeHint() const override { return {200, 150}; }

 Q_SIGNALS:
  /// The user zoomed (wheel) or moved (drag) the map: the other side follows.
  void extentMoved(okhotsk::MapProjection projection, const okhotsk::Bounds& extent);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

 private:
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  MapRenderer m_renderer;
  RenderOptions m_options;
  DayNumber m_day = 0;
  MapProjection m_projection = MapProjection::Region;
  Bounds m_extent;
  std::optional<QPointF> m_dragFrom;
};

/// View → Compare Dates…: the map at two dates side by side over the same extent, each under
/// its date (typed as EDTF, spelled out in the display language), and below them what changed
/// between the two: territories whose administrator or claimants changed, boundaries that came
/// or went, and the events in between (compareDates()). Follows the dataset and the language.
class CompareView : public QWidget {
  Q_OBJECT

 public:
  /// Starts on `extent` (e.g. the main map's) and the two given days.
  CompareView(const AtlasDocument& document, const DisplaySettings& settings, MapProjection projection,
              const Bounds& extent, DayNumber left, DayNumber right, QWidget* parent = nullptr);

  [[nodiscard]] ComparePane* leftPane() const noexcept { return m_panes[0]; }
  [[nodiscard]] ComparePane* rightPane() const noexcept { return m_panes[1]; }
  [[nodiscard]] QTreeWidget* changeList() const noexcept { return m_changes; }
  [[nodiscard]] const DateComparison& comparison() const noexcept { return m_comparison; }

  /// Draws both sides with these layers.
  void setRenderOptions(const RenderOptions& options);

  /// Shows `left` | `right` and lists what changed.
  void setDays(DayNumber left, DayNumber right);
  /// The same from typed EDTF (first days); false with the field's error shown when one is not
  /// a date, and that side stays where it was.
  bool setDates(const QString& left, const QString& right);
  /// The error shown under a side's date field (empty when none), for tests.
  [[nodiscard]] QString dateError(int side) const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void applyTypedDate(int side);
  void refresh();
  void retranslate();

  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  ComparePane* m_panes[2]{};
  QLineEdit* m_dateFields[2]{};
  QLabel* m_dateLabels[2]{};
  QLabel* m_dateErrors[2]{};
  QTreeWidget* m_changes = nullptr;
  DateComparison m_comparison;
};

}  // namespace okhotsk::app
