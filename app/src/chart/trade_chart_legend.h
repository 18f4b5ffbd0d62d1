// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/trade_chart_data.h"
#include "okhotsk/dataset.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>
#include <QWidget>

#include <vector>

namespace okhotsk::app {

/// A compact legend under the trade chart: entries flow in rows and wrap; when they would take
/// more than a few rows the rest is summed up in a "+N more" entry whose tooltip lists them.
/// QChart's own legend would give every segment and point group its own row.
class TradeChartLegend : public QWidget {
 public:
  struct Entry {
    enum class Glyph { None, Line, DashedLine, Marker };
    Glyph glyph = Glyph::None;
    QColor colour;
    QImage marker;
    QString text;
    QString toolTip;
    bool newRow = false;   ///< starts a row
    bool heading = false;  ///< a muted label ("Sources:")
  };

  explicit TradeChartLegend(QWidget* parent);

  /// The entries for what the chart draws: flows and marks first, then the sources (named by
  /// short citation from `dataset`), then notes.
  [[nodiscard]] static std::vector<Entry> entriesFor(const TradeChartData& data, const Dataset* dataset,
                                                     bool logarithmic);

  void setEntries(std::vector<Entry> entries);
  [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return m_entries; }
  /// Where the "+N more" entry is at the legend's width (empty when everything fits).
  [[nodiscard]] QRect moreEntryRect() const;
  /// How many entries the "+N more" entry stands for at the legend's width (0: none).
  [[nodiscard]] int foldedCount() const;

  [[nodiscard]] bool hasHeightForWidth() const override { return true; }
  [[nodiscard]] int heightForWidth(int width) const override { return layout(width).height; }
  [[nodiscard]] QSize sizeHint() const override { return {400, heightForWidth(400)}; }
  [[nodiscard]] QSize minimumSizeHint() const override { return {100, rowHeight()}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Placed {
    int index = -1;  // into m_entries; -1 for the "+N more" entry
    QRectF glyph;
    QRectF text;
    QRect whole;
    QString shownText;
  };
  struct Layout {
    std::vector<Placed> items;
    int height = 0;
  };

  [[nodiscard]] int rowHeight() const { return fontMetrics().height() + 4; }
  [[nodiscard]] const Entry& entryOf(const Placed& item) const;
  [[nodiscard]] Layout layout(int width) const;
  void foldOverflow(Layout& result, std::size_t firstUnplaced, qreal available) const;
  static void drawGlyph(QPainter& painter, const Entry& entry, const QRectF& rect);

  std::vector<Entry> m_entries;
  mutable Entry m_more;         // the "+N more" entry of the last layout
  mutable int m_moreCount = 0;  // how many entries it stands for
};

}  // namespace okhotsk::app
