// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trade chart's cached picture (chart/cached_chart_view.h): a date change draws the date
// line over the picture without drawing the series again, a change of the scene does draw them
// again, and what the cache shows is pixel for pixel what the view draws afresh.
#include "chart/trade_chart.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QTest>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// Runs pending events: layout, the scene's change notices, deferred deletes, repaints.
void flush() {
  for (int i = 0; i < 5; ++i) {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }
}

class TradeChartCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kValid));
    chart = std::make_unique<TradeChart>(controller, document, settings);
    controller.setCurrentDay(day(1972, 7, 1));
    chart->resize(900, 320);
    chart->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(chart.get()));
    flush();
  }

  // The chart's view as painted now: through its paint event, as on screen.
  [[nodiscard]] QImage viewImage() const { return chart->chartView()->grab().toImage(); }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  std::unique_ptr<TradeChart> chart;
};

TEST_F(TradeChartCacheTest, DateChangesDrawTheLineWithoutDrawingTheSeriesAgain) {
  const QImage at1972 = viewImage();
  const int builds = chart->pictureBuildCount();
  EXPECT_GE(builds, 1);

  for (const int year : {1973, 1974, 1975, 1971}) {
    controller.setCurrentDay(day(year, 7, 1));
    flush();
    const QImage image = viewImage();
    EXPECT_NE(image, at1972) << year;  // the line did move
  }
  EXPECT_EQ(chart->pictureBuildCount(), builds);

  // Back on the first date, the picture is the first one again.
  controller.setCurrentDay(day(1972, 7, 1));
  flush();
  EXPECT_EQ(viewImage(), at1972);
  EXPECT_EQ(chart->pictureBuildCount(), builds);
}

TEST_F(TradeChartCacheTest, AChangeOfTheSceneDrawsThePictureAgain) {
  const int builds = chart->pictureBuildCount();
  const QImage linear = viewImage();
  chart->setLogarithmic(true);
  flush();
  const QImage logarithmic = viewImage();
  EXPECT_GT(chart->pictureBuildCount(), builds);
  EXPECT_NE(logarithmic, linear);

  const int afterScale = chart->pictureBuildCount();
  chart->resize(700, 300);
  flush();
  EXPECT_GT(chart->pictureBuildCount(), afterScale);
  EXPECT_EQ(viewImage().size(), chart->chartView()->size() * chart->devicePixelRatio());
}

// The cached view shows what the view draws afresh (QGraphicsView's own painting, the line in
// its foreground), after the cache has seen several dates and a change of scale.
TEST_F(TradeChartCacheTest, TheCachedPictureEqualsTheChartDrawnAfresh) {
  for (const int year : {1970, 1975, 1973}) {
    controller.setCurrentDay(day(year, 3, 1));
    flush();
    (void)viewImage();
  }
  chart->setLogarithmic(true);
  flush();
  chart->setLogarithmic(false);
  flush();
  controller.setCurrentDay(day(1974, 7, 1));
  flush();
  const QImage cached = viewImage();
  const int builds = chart->pictureBuildCount();

  chart->setPictureCacheEnabled(false);
  flush();
  const QImage fresh = viewImage();
  EXPECT_EQ(chart->pictureBuildCount(), builds);  // drawn without the cache
  ASSERT_EQ(cached.size(), fresh.size());
  int different = 0;
  for (int y = 0; y < fresh.height(); ++y)
    for (int x = 0; x < fresh.width(); ++x) different += cached.pixel(x, y) != fresh.pixel(x, y) ? 1 : 0;
  EXPECT_EQ(different, 0);

  // And the line is there in both: a column of the highlight colour at the cursor.
  const int column = qRound(chart->cursorViewportX());
  ASSERT_GE(column, 0);
  int highlighted = 0;
  for (int y = 0; y < fresh.height(); ++y)
    highlighted +=
        QColor(fresh.pixel(column, y)).red() > 0xB0 && QColor(fresh.pixel(column, y)).blue() < 0x80;
  EXPECT_GT(highlighted, 20);
}

}  // namespace
}  // namespace okhotsk::app
