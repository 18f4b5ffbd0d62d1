// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trade chart's edges and keys: the newest figures are drawn whole inside the plot (not
// cut at its right edge), an empty chart's value axis reads as distinct numbers, every source
// of prose figures has a marker of its own (in the chart and in the legend), and the legend's
// "+N more" entry has a tooltip listing what it folds.
#include "chart/trade_chart.h"
#include "chart/trade_chart_legend.h"
#include "chart/trade_markers.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QImage>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace okhotsk::app {
namespace {

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

// The valid fixture with `trade` as its trade.csv (header included).
void folderWithTrade(const QString& target, const QByteArray& trade) {
  const QDir dir(kValid);
  for (const QString& name : dir.entryList(QDir::Files))
    ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
  QFile file(target + QStringLiteral("/trade.csv"));
  ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(trade);
}

void flush() {
  for (int i = 0; i < 5; ++i) {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }
}

void settle(QWidget& widget) {
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  flush();
}

// The texts of the value axis' labels, as drawn: the chart's text items left of the plot.
QStringList valueAxisLabels(const TradeChart& chart) {
  const QRectF plot = chart.chart()->plotArea();
  std::vector<std::pair<qreal, QString>> labels;
  for (QGraphicsItem* item : chart.chart()->scene()->items()) {
    auto* text = dynamic_cast<QGraphicsTextItem*>(item);
    if (text == nullptr || !text->isVisible() || text->toPlainText().isEmpty()) continue;
    const QRectF box = text->sceneBoundingRect();
    if (box.right() > plot.left() + 1 || box.bottom() < plot.top() - 10 || box.top() > plot.bottom() + 10)
      continue;
    if (box.height() > box.width() * 3) continue;  // the axis' title, turned on its side
    labels.emplace_back(box.center().y(), text->toPlainText());
  }
  std::sort(labels.begin(), labels.end());
  QStringList texts;
  for (const auto& [y, text] : labels) texts << text;
  return texts;
}

// The chart's legend (not a Q_OBJECT: found by its C++ type).
TradeChartLegend* legendOf(const TradeChart& chart) {
  for (QWidget* child : chart.findChildren<QWidget*>())
    if (auto* legend = dynamic_cast<TradeChartLegend*>(child)) return legend;
  return nullptr;
}

class TradeChartMarksTest : public ::testing::Test {
 protected:
  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
};

TEST_F(TradeChartMarksTest, TheNewestFiguresAreDrawnWholeInsideThePlot) {
  ASSERT_TRUE(document.openEmbedded());
  TradeChart chart(controller, document, settings);
  chart.resize(640, 320);
  settle(chart);
  const QRectF plot = chart.chart()->plotArea();
  qreal newest = 0;
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo())
    for (const QPointF& point : info.series->points()) newest = std::max(newest, point.x());
  ASSERT_GT(newest, 2000);
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo())
    for (const QPointF& point : info.series->points()) {
      const QPointF at = chart.chart()->mapToPosition(point, info.series);
      EXPECT_LE(at.x() + trade_markers::kMarkerSize / 2, plot.right())
          << point.x() << " is cut at the plot's right edge " << plot.right();
      EXPECT_GE(at.x() - trade_markers::kMarkerSize / 2, plot.left()) << point.x();
    }
}

TEST_F(TradeChartMarksTest, AnEmptyChartsValueAxisReadsAsDistinctNumbers) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  folderWithTrade(folder.path(),
                  "id,year,year_uncertain,partner,flow,value,unit,source_id,bound,approximate,derived,"
                  "derived_from,note\n");
  ASSERT_TRUE(document.open(folder.path()));
  TradeChart chart(controller, document, settings);
  chart.resize(640, 320);
  settle(chart);
  const QStringList labels = valueAxisLabels(chart);
  ASSERT_GE(labels.size(), 3) << labels.join(u',').toStdString();
  EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), labels.size())
      << labels.join(u',').toStdString();
}

TEST_F(TradeChartMarksTest, SmallFiguresGiveDistinctAxisLabelsToo) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  folderWithTrade(folder.path(),
                  "id,year,year_uncertain,partner,flow,value,unit,source_id,bound,approximate,derived,"
                  "derived_from,note\n"
                  "t1,1970,0,ussr,exports,0.3,USD_million_current,src_a,exact,0,0,,\n"
                  "t2,1971,0,ussr,exports,0.6,USD_million_current,src_a,exact,0,0,,\n");
  ASSERT_TRUE(document.open(folder.path()));
  TradeChart chart(controller, document, settings);
  chart.resize(640, 320);
  settle(chart);
  const QStringList labels = valueAxisLabels(chart);
  ASSERT_GE(labels.size(), 3) << labels.join(u',').toStdString();
  EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), labels.size())
      << labels.join(u',').toStdString();
}

TEST_F(TradeChartMarksTest, EverySourceOfProseFiguresHasAMarkerOfItsOwn) {
  ASSERT_TRUE(document.openEmbedded());
  TradeChart chart(controller, document, settings);
  // The same bound and flow drawn for two sources must still tell the sources apart.
  std::map<QString, std::set<qint64>> markersBySource;
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo()) {
    if (info.annual) continue;
    auto* points = qobject_cast<QScatterSeries*>(info.series);
    ASSERT_NE(points, nullptr);
    markersBySource[info.sourceId].insert(points->lightMarker().cacheKey());
  }
  ASSERT_GE(markersBySource.size(), 3u);
  std::map<std::tuple<int, int, bool>, std::set<QString>> sourcesByLook;
  std::map<std::tuple<int, int, bool>, std::set<QByteArray>> imagesByLook;
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo()) {
    if (info.annual) continue;
    const auto look =
        std::make_tuple(static_cast<int>(info.flow), static_cast<int>(info.bound), info.derived);
    sourcesByLook[look].insert(info.sourceId);
    const QImage image = qobject_cast<QScatterSeries*>(info.series)->lightMarker();
    imagesByLook[look].insert(
        QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes()));
  }
  bool shared = false;
  for (const auto& [look, sources] : sourcesByLook) {
    if (sources.size() < 2) continue;
    shared = true;
    EXPECT_EQ(imagesByLook[look].size(), sources.size()) << "sources with the same flow and bound look alike";
  }
  EXPECT_TRUE(shared) << "the embedded dataset has two sources with the same flow and bound";

  // The legend shows each prose source with its own marker.
  TradeChartLegend* legend = legendOf(chart);
  ASSERT_NE(legend, nullptr);
  std::set<QByteArray> sourceMarkers;
  int proseSources = 0;
  bool afterHeading = false;
  for (const TradeChartLegend::Entry& entry : legend->entries()) {
    if (entry.heading) afterHeading = true;
    if (!afterHeading || entry.glyph != TradeChartLegend::Entry::Glyph::Marker) continue;
    ++proseSources;
    sourceMarkers.insert(
        QByteArray(reinterpret_cast<const char*>(entry.marker.constBits()), entry.marker.sizeInBytes()));
  }
  EXPECT_GE(proseSources, 3);
  EXPECT_EQ(static_cast<int>(sourceMarkers.size()), proseSources);
}

TEST_F(TradeChartMarksTest, TheMoreEntryListsWhatItFoldsInItsTooltip) {
  ASSERT_TRUE(document.openEmbedded());
  TradeChart chart(controller, document, settings);
  chart.resize(420, 360);
  settle(chart);
  TradeChartLegend* legend = legendOf(chart);
  ASSERT_NE(legend, nullptr);
  const QRect more = legend->moreEntryRect();
  ASSERT_FALSE(more.isEmpty()) << "a narrow legend folds its last entries";
  // The pointer rests on it, as a user's would.
  QTest::mouseMove(legend, more.center());
  for (int i = 0; i < 60 && !QToolTip::isVisible(); ++i) QTest::qWait(50);
  EXPECT_TRUE(QToolTip::isVisible());
  const QString tip = QToolTip::text();
  // It names every entry it folds, one short line each, so that it fits beside the pointer
  // (a tooltip larger than the screen covers the pointer and closes at once).
  const QStringList lines = tip.split(u'\n', Qt::SkipEmptyParts);
  int named = 0;
  for (const TradeChartLegend::Entry& entry : legend->entries())
    if (!entry.heading && lines.contains(entry.text)) ++named;
  const int folded = legend->foldedCount();
  EXPECT_GE(folded, 2);
  EXPECT_EQ(named, folded) << tip.toStdString();
  EXPECT_LE(lines.size(), folded + 1) << tip.toStdString();
  for (const QString& line : lines) EXPECT_LE(line.size(), 90) << line.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
