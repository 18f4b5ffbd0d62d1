// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trade chart offscreen: series per source, lines broken at missing years, prose figures
// with their bounds, the cursor following the controller (in the scene and in rendered
// pixels), the logarithmic scale with zeros, hover text, and clicks setting the date.
//
// The loader fixture's trade.csv has src_a exports 1970, 1972–1975 (no 1971: an annual
// series with a gap) and one prose figure, src_b total "nearly 6,000" in 1988. The richer
// folder built by richTradeFolder() adds a zero (1969) and a prose figure of every bound.
#include "chart/trade_chart.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"

#include "visible_texts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

void copyFixture(const QString& target) {
  const QDir dir(kValid);
  for (const QString& name : dir.entryList(QDir::Files))
    ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
}

// The valid fixture with a trade.csv that has a zero, a gap and one prose figure of each bound.
void richTradeFolder(const QString& target) {
  copyFixture(target);
  QFile trade(target + QStringLiteral("/trade.csv"));
  ASSERT_TRUE(trade.open(QIODevice::WriteOnly | QIODevice::Truncate));
  trade.write(
      "id,year,year_uncertain,partner,flow,value,unit,source_id,bound,approximate,derived,note\n"
      "t0,1969,0,ussr,exports,0,USD_million_current,src_a,exact,0,0,\n"
      "t1,1970,0,ussr,exports,341,USD_million_current,src_a,exact,0,0,\n"
      "t2,1972,0,ussr,exports,504,USD_million_current,src_a,exact,0,0,\n"
      "t3,1973,0,ussr,exports,484,USD_million_current,src_a,exact,0,0,\n"
      "t4,1974,0,ussr,exports,1096,USD_million_current,src_a,exact,0,0,\n"
      "t5,1975,0,ussr,exports,1626,USD_million_current,src_a,exact,0,0,\n"
      "p1,1965,0,ussr,total,400,USD_million_current,src_b,about,1,0,\n"
      "p2,1980,1,ussr,imports,1900,USD_million_current,src_b,nearly,1,0,Year inferred.\n"
      "p3,1985,0,ussr,imports,1500,USD_million_current,src_b,less_than,1,0,\n"
      "p4,1988,0,ussr,exports,3100,USD_million_current,src_b,over,1,0,\n"
      "p5,1990,0,ussr,total,6000,USD_million_current,src_b,nearly,1,1,Summed here.\n"
      "p6,1995,0,russian_federation,total,6000,USD_million_current,src_b,exact,1,0,\n");
}

std::vector<QPointF> pointsOf(const QList<QXYSeries*>& series) {
  std::vector<QPointF> points;
  for (QXYSeries* s : series)
    for (const QPointF& p : s->points()) points.push_back(p);
  return points;
}

// Runs pending events, including the deferred deletes of replaced axis items (which a bare
// processEvents() outside an event loop leaves alone).
void flush() {
  for (int i = 0; i < 5; ++i) {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }
}

// Waits until the chart has laid out its plot area.
void settle(QWidget& widget) {
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  flush();
}

class TradeChartTest : public ::testing::Test {
 protected:
  void open(const QString& path) { ASSERT_TRUE(document.open(path)); }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
};

TEST_F(TradeChartTest, DrawsEverySourceAsItsOwnSeriesAndNamesThemInTheLegend) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  EXPECT_EQ(chart.sourceIds(), (QStringList{QStringLiteral("src_a"), QStringLiteral("src_b")}));

  const QList<QXYSeries*> annual = chart.seriesForSource(QStringLiteral("src_a"));
  ASSERT_FALSE(annual.isEmpty());
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo()) {
    if (info.sourceId != QLatin1String("src_a")) continue;
    EXPECT_TRUE(info.annual);
    EXPECT_EQ(info.flow, TradeFlow::JapanExports);
    EXPECT_EQ(info.series->type(), QAbstractSeries::SeriesTypeLine);
  }
  const QList<QXYSeries*> prose = chart.seriesForSource(QStringLiteral("src_b"));
  ASSERT_EQ(prose.size(), 1);
  EXPECT_EQ(prose.front()->type(), QAbstractSeries::SeriesTypeScatter);
  ASSERT_EQ(prose.front()->count(), 1);
  EXPECT_EQ(prose.front()->at(0), QPointF(1988.5, 6000));
  // Every series is in the chart.
  for (QXYSeries* series : annual + prose) EXPECT_TRUE(chart.chart()->series().contains(series));

  const QStringList legend = chart.legendTexts();
  EXPECT_TRUE(legend.contains(QStringLiteral("Example Ministry, Fixture page A")));
  EXPECT_TRUE(legend.contains(QStringLiteral("Example Archive, Fixture page B")));
  EXPECT_TRUE(legend.contains(QStringLiteral("Japan's exports")));
  EXPECT_TRUE(legend.contains(QStringLiteral("Total trade")));
  EXPECT_TRUE(legend.contains(QStringLiteral("nearly / less than")));
}

TEST_F(TradeChartTest, AnnualLineBreaksAtAMissingYear) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  richTradeFolder(folder.path());
  open(folder.path());
  TradeChart chart(controller, document, settings);

  const QList<QXYSeries*> segments = chart.seriesForSource(QStringLiteral("src_a"));
  ASSERT_EQ(segments.size(), 2);  // 1969–1970 and 1972–1975
  std::set<qreal> years;
  for (QXYSeries* segment : segments) {
    // Inside a segment the years follow each other: nothing is drawn across a gap.
    for (int i = 1; i < segment->count(); ++i)
      EXPECT_DOUBLE_EQ(segment->at(i).x() - segment->at(i - 1).x(), 1.0);
    for (const QPointF& point : segment->points()) years.insert(point.x());
  }
  EXPECT_EQ(years, (std::set<qreal>{1969.5, 1970.5, 1972.5, 1973.5, 1974.5, 1975.5}));
  EXPECT_EQ(years.count(1971.5), 0U);
}

TEST_F(TradeChartTest, AnnualSeriesOfTheFixtureHasNoSegmentAcross1971) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  for (QXYSeries* segment : chart.seriesForSource(QStringLiteral("src_a"))) {
    const QList<QPointF> points = segment->points();
    const bool has1970 =
        std::any_of(points.begin(), points.end(), [](const QPointF& p) { return p.x() == 1970.5; });
    const bool has1972 =
        std::any_of(points.begin(), points.end(), [](const QPointF& p) { return p.x() == 1972.5; });
    EXPECT_FALSE(has1970 && has1972);
    if (has1970) {
      EXPECT_TRUE(segment->pointsVisible());  // a lone year shows as a dot
    }
  }
}

TEST_F(TradeChartTest, ProsePointsCarryTheirBound) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  richTradeFolder(folder.path());
  open(folder.path());
  TradeChart chart(controller, document, settings);

  std::map<std::pair<TradeBound, bool>, std::vector<QPointF>> byBound;
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo()) {
    if (info.sourceId != QLatin1String("src_b")) continue;
    EXPECT_FALSE(info.annual);
    ASSERT_EQ(info.series->type(), QAbstractSeries::SeriesTypeScatter);
    EXPECT_FALSE(info.series->lightMarker().isNull());
    for (const QPointF& point : info.series->points()) byBound[{info.bound, info.derived}].push_back(point);
  }
  using Points = std::vector<QPointF>;
  EXPECT_EQ((byBound[{TradeBound::About, false}]), (Points{{1965.5, 400}}));
  EXPECT_EQ((byBound[{TradeBound::Nearly, false}]), (Points{{1980.5, 1900}}));
  EXPECT_EQ((byBound[{TradeBound::LessThan, false}]), (Points{{1985.5, 1500}}));
  EXPECT_EQ((byBound[{TradeBound::Over, false}]), (Points{{1988.5, 3100}}));
  EXPECT_EQ((byBound[{TradeBound::Nearly, true}]), (Points{{1990.5, 6000}}));  // derived: its own series
  EXPECT_EQ((byBound[{TradeBound::Exact, false}]), (Points{{1995.5, 6000}}));

  const QStringList legend = chart.legendTexts();
  for (const char* text : {"about", "nearly / less than", "over", "as stated", "summed here"})
    EXPECT_TRUE(legend.contains(QString::fromLatin1(text))) << text;
}

TEST_F(TradeChartTest, TooltipGivesValueYearFlowPartnerBoundAndSource) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  richTradeFolder(folder.path());
  open(folder.path());
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);

  const QString over = chart.toolTipAt(chart.viewportPosition(1988.5, 3100).toPoint());
  for (const char* part : {"1988", "Japan's exports to the Soviet Union", "over US$3,100 million",
                           "lower bound", "Example Archive, Fixture page B"})
    EXPECT_TRUE(over.contains(QString::fromUtf8(part))) << part << "\n" << over.toStdString();

  const QString inferred = chart.toolTipAt(chart.viewportPosition(1980.5, 1900).toPoint());
  EXPECT_TRUE(inferred.contains(QStringLiteral("nearly US$1,900 million"))) << inferred.toStdString();
  EXPECT_TRUE(inferred.contains(QStringLiteral("year inferred")));

  const QString derived = chart.toolTipAt(chart.viewportPosition(1990.5, 6000).toPoint());
  EXPECT_TRUE(derived.contains(QStringLiteral("summed here")));

  const QString federation = chart.toolTipAt(chart.viewportPosition(1995.5, 6000).toPoint());
  EXPECT_TRUE(federation.contains(QStringLiteral("the Russian Federation")));

  EXPECT_TRUE(chart.toolTipAt(chart.viewportPosition(1930.5, 3000).toPoint()).isEmpty());

  // The strip above the plot names the partner of the period under the pointer.
  const QPointF top = chart.viewportPosition(1995.5, 0);  // the last year with a figure
  const QPoint strip(static_cast<int>(top.x()), static_cast<int>(chart.chart()->plotArea().top()) - 6);
  EXPECT_TRUE(chart.toolTipAt(strip).contains(QStringLiteral("Russian Federation")))
      << chart.toolTipAt(strip).toStdString();
}

TEST_F(TradeChartTest, CursorFollowsTheControllerWithoutRebuildingSeries) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);
  const QList<QAbstractSeries*> before = chart.chart()->series();

  controller.setCurrentDay(day(1972, 7, 1));
  EXPECT_NEAR(chart.cursorYear(), 1972.5, 0.01);
  EXPECT_NEAR(chart.cursorViewportX(), chart.viewportPosition(chart.cursorYear(), 0).x(), 1.0);
  const qreal x1972 = chart.cursorViewportX();

  controller.setCurrentDay(day(1975, 1, 1));
  EXPECT_NEAR(chart.cursorYear(), 1975.0, 1e-9);
  EXPECT_GT(chart.cursorViewportX(), x1972);
  EXPECT_EQ(chart.chart()->series(), before);  // moved, not rebuilt

  // Outside the years with figures the cursor is hidden.
  controller.setCurrentDay(day(1900, 1, 1));
  EXPECT_LT(chart.cursorViewportX(), 0);
}

TEST_F(TradeChartTest, SeriesAreRebuiltOnLanguageChange) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  const QList<QAbstractSeries*> before = chart.chart()->series();
  settings.setLanguage(Language::Japanese);
  EXPECT_NE(chart.chart()->series(), before);
  EXPECT_EQ(chart.seriesForSource(QStringLiteral("src_b")).size(), 1);
}

// A new catalogue sets the chart's words again (the scale toggle, the value axis' title, the
// series' names, the legend) and leaves the series as they are.
TEST_F(TradeChartTest, ACatalogueChangeSetsTheWordsAgainAndKeepsTheSeries) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);
  const QList<QAbstractSeries*> before = chart.chart()->series();
  auto* toggle = chart.findChild<QCheckBox*>();
  ASSERT_NE(toggle, nullptr);
  const QList<QAbstractAxis*> vertical = chart.chart()->axes(Qt::Vertical);
  ASSERT_EQ(vertical.size(), 1);
  EXPECT_EQ(vertical.front()->titleText(), QStringLiteral("US$ million (current)"));

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  flush();
  EXPECT_EQ(chart.chart()->series(), before);
  EXPECT_EQ(toggle->text(), QStringLiteral("⟦Log scale⟧"));
  EXPECT_EQ(vertical.front()->titleText(), QStringLiteral("⟦US$ million (current)⟧"));
  for (const TradeChart::SeriesInfo& info : chart.seriesInfo())
    EXPECT_TRUE(info.series->name().startsWith(QStringLiteral("⟦"))) << info.series->name().toStdString();
  const QStringList legend = chart.legendTexts();
  EXPECT_TRUE(legend.contains(QStringLiteral("⟦Japan's exports⟧"))) << legend.join(u'|').toStdString();
  EXPECT_TRUE(legend.contains(QStringLiteral("⟦nearly / less than⟧"))) << legend.join(u'|').toStdString();
  // The sources are named by their citations, which are data.
  EXPECT_TRUE(legend.contains(QStringLiteral("Example Ministry, Fixture page A")));

  chart.setLogarithmic(true);
  EXPECT_EQ(chart.chart()->axes(Qt::Vertical).front()->titleText(),
            QStringLiteral("⟦US$ million (current), log scale⟧"));
  chart.setLogarithmic(false);

  QCoreApplication::removeTranslator(&marking);
  flush();
  EXPECT_EQ(toggle->text(), QStringLiteral("Log scale"));
  EXPECT_EQ(chart.chart()->axes(Qt::Vertical).front()->titleText(), QStringLiteral("US$ million (current)"));
  EXPECT_TRUE(chart.legendTexts().contains(QStringLiteral("Japan's exports")));
}

TEST_F(TradeChartTest, LogarithmicScaleLeavesOutZerosAndSaysSo) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  richTradeFolder(folder.path());
  open(folder.path());
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);
  QSignalSpy toggled(&chart, &TradeChart::logarithmicChanged);

  EXPECT_FALSE(chart.isLogarithmic());
  chart.setLogarithmic(true);
  EXPECT_TRUE(chart.isLogarithmic());
  EXPECT_EQ(toggled.count(), 1);
  const auto vertical = chart.chart()->axes(Qt::Vertical);
  ASSERT_EQ(vertical.size(), 1);
  EXPECT_NE(qobject_cast<QLogValueAxis*>(vertical.front()), nullptr);
  for (const QPointF& point : pointsOf(chart.seriesForSource(QStringLiteral("src_a"))))
    EXPECT_GT(point.y(), 0);
  EXPECT_EQ(chart.hiddenZeroCount(), 1);
  const QStringList legend = chart.legendTexts();
  EXPECT_TRUE(std::any_of(legend.begin(), legend.end(),
                          [](const QString& text) { return text.contains(QStringLiteral("zero")); }));
  // The zero year still answers on hover, saying why it is not drawn.
  const auto* logAxis = qobject_cast<QLogValueAxis*>(vertical.front());
  const QString zero = chart.toolTipAt(chart.viewportPosition(1969.5, logAxis->min()).toPoint());
  EXPECT_TRUE(zero.contains(QStringLiteral("not drawn on the logarithmic scale"))) << zero.toStdString();
  // The zero breaks the line: 1970 stands alone before the gap, 1972–1975 after it.
  EXPECT_EQ(chart.seriesForSource(QStringLiteral("src_a")).size(), 2);

  chart.setLogarithmic(false);
  EXPECT_EQ(toggled.count(), 2);
  EXPECT_NE(qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).front()), nullptr);
  EXPECT_EQ(chart.hiddenZeroCount(), 0);
  const auto linear = pointsOf(chart.seriesForSource(QStringLiteral("src_a")));
  EXPECT_TRUE(
      std::any_of(linear.begin(), linear.end(), [](const QPointF& p) { return p == QPointF(1969.5, 0); }));
}

TEST_F(TradeChartTest, ClickingSetsTheDateToFirstJulyOfTheClickedYear) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);
  QWidget* viewport = chart.chartView()->viewport();

  QTest::mouseClick(viewport, Qt::LeftButton, {}, chart.viewportPosition(1973.2, 500).toPoint());
  EXPECT_EQ(controller.currentDay(), day(1973, 7, 1));
  EXPECT_NEAR(chart.cursorYear(), 1973.5, 0.01);

  // Outside the plot area nothing happens.
  QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(1, 1));
  EXPECT_EQ(controller.currentDay(), day(1973, 7, 1));
}

// The column of the rendered view holding the most cursor-coloured (vermillion) pixels.
int cursorColumn(const QImage& image) {
  int bestColumn = -1;
  int bestCount = 0;
  for (int x = 0; x < image.width(); ++x) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
      const QColor c = image.pixelColor(x, y);
      if (std::abs(c.red() - 0xD5) < 40 && std::abs(c.green() - 0x5E) < 40 && c.blue() < 70) ++count;
    }
    if (count > bestCount) {
      bestCount = count;
      bestColumn = x;
    }
  }
  return bestCount >= 20 ? bestColumn : -1;
}

TEST_F(TradeChartTest, RenderedCursorMovesWithTheDate) {
  open(kValid);
  TradeChart chart(controller, document, settings);
  chart.resize(900, 320);
  settle(chart);

  controller.setCurrentDay(day(1970, 7, 1));
  QApplication::processEvents();
  const QImage first = chart.chartView()->grab().toImage();
  const int firstColumn = cursorColumn(first);
  ASSERT_GE(firstColumn, 0);
  EXPECT_NEAR(firstColumn, chart.cursorViewportX(), 2.0);

  controller.setCurrentDay(day(1974, 7, 1));
  QApplication::processEvents();
  const QImage second = chart.chartView()->grab().toImage();
  const int secondColumn = cursorColumn(second);
  ASSERT_GE(secondColumn, 0);
  EXPECT_NEAR(secondColumn, chart.cursorViewportX(), 2.0);
  const qreal expectedShift = chart.viewportPosition(1974.5, 0).x() - chart.viewportPosition(1970.5, 0).x();
  EXPECT_NEAR(secondColumn - firstColumn, expectedShift, 2.0);
  EXPECT_GT(expectedShift, 50);
}

// A rebuild leaves nothing of the previous one behind: after a trip to the logarithmic scale
// and to another language the chart looks exactly as before, pixel for pixel.
TEST_F(TradeChartTest, RebuildingDrawsTheSamePixels) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  richTradeFolder(folder.path());
  open(folder.path());
  TradeChart chart(controller, document, settings);
  controller.setCurrentDay(day(1972, 7, 1));
  chart.resize(900, 320);
  settle(chart);
  const QImage before = chart.grab().toImage();

  chart.setLogarithmic(true);
  flush();
  EXPECT_NE(chart.grab().toImage(), before);  // the scale does change the picture
  chart.setLogarithmic(false);
  settings.setLanguage(Language::Russian);
  flush();
  settings.setLanguage(Language::English);
  flush();
  EXPECT_EQ(chart.grab().toImage(), before);
}

}  // namespace
}  // namespace okhotsk::app
