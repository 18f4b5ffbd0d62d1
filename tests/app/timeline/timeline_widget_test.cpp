// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline and the playback bar built offscreen over the loader fixture and driven with
// QTest mouse, key and wheel events; render checks read real pixels from grab().
#include "timeline/timeline_widget.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "timeline/playback_bar.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include "visible_texts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

QPoint at(double x, int y) {
  return {static_cast<int>(std::lround(x)), y};
}

bool near(QColor a, const QColor& b, int tolerance = 24) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

// Grabbed images have device pixels; positions below are in widget (logical) pixels, so the
// checks also hold when run with QT_SCALE_FACTOR=2.

// True when some pixel of the column band [x - halfWidth, x + halfWidth] has `colour` in the
// middle half of the height: the lanes, away from the label strip and the legend.
bool columnHas(const QImage& image, double x, const QColor& colour, int halfWidth = 1) {
  const double ratio = image.devicePixelRatio();
  const int centre = static_cast<int>(std::floor(x * ratio));
  const int band = static_cast<int>(std::ceil(halfWidth * ratio));
  for (int column = centre - band; column <= centre + band; ++column) {
    if (column < 0 || column >= image.width()) continue;
    for (int row = image.height() / 4; row < image.height() * 3 / 4; ++row)
      if (near(image.pixelColor(column, row), colour)) return true;
  }
  return false;
}

// The first point of `colour` near column x, scanning the band top down; empty when none.
std::optional<QPoint> findNear(const QImage& image, double x, const QColor& colour, int halfWidth) {
  const double ratio = image.devicePixelRatio();
  const int centre = static_cast<int>(std::floor(x * ratio));
  const int band = static_cast<int>(std::ceil(halfWidth * ratio));
  for (int row = 0; row < image.height(); ++row)
    for (int column = centre - band; column <= centre + band; ++column)
      if (column >= 0 && column < image.width() && near(image.pixelColor(column, row), colour, 8))
        return QPoint(static_cast<int>(std::lround(column / ratio)),
                      static_cast<int>(std::lround(row / ratio)));
  return std::nullopt;
}

void sendWheel(QWidget& widget, QPoint position, QPoint angleDelta, Qt::KeyboardModifiers modifiers = {}) {
  QWheelEvent event(QPointF(position), QPointF(widget.mapToGlobal(position)), QPoint(), angleDelta,
                    Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
  QApplication::sendEvent(&widget, &event);
}

// The loader fixture: events on 1855-02-07 (treaty), 1904-02-08/1905-09-05 (military),
// 1945-08-28 (military), 1964? (diplomacy, unconfirmed), 1978-08 (diplomacy).
class TimelineWidgetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
    timeline.resize(1000, 140);
    timeline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
  }

  // How many days one pixel spans, so checks allow for rounding a position to a pixel.
  [[nodiscard]] DayNumber daysPerPixel() const {
    const DayRange range = controller.visibleRange();
    const double pixels = timeline.xForDay(range.last) - timeline.xForDay(range.first);
    return static_cast<DayNumber>(std::ceil(static_cast<double>(range.last - range.first) / pixels)) + 1;
  }

  // A row inside the axis labels, where there are no marks.
  [[nodiscard]] int labelRow() const { return timeline.height() - 6; }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  TimelineWidget timeline{controller, document, settings};
};

TEST_F(TimelineWidgetTest, XForDayAndDayAtXAreInverse) {
  for (DayNumber d : {day(1850, 1, 1), day(1904, 2, 8), day(1945, 8, 28), controller.bounds().last})
    EXPECT_EQ(timeline.dayAtX(timeline.xForDay(d)), d);
  EXPECT_LT(timeline.xForDay(day(1900, 1, 1)), timeline.xForDay(day(1901, 1, 1)));
  EXPECT_GE(timeline.xForDay(controller.bounds().first), 0.0);
  EXPECT_LE(timeline.xForDay(controller.bounds().last), timeline.width());
}

TEST_F(TimelineWidgetTest, IsTallEnoughToTouch) {
  const double scale = timeline.logicalDpiY() / 96.0;
  EXPECT_GE(timeline.minimumSizeHint().height(), static_cast<int>(std::floor(90 * scale)));
  EXPECT_GE(timeline.sizeHint().height(), timeline.minimumSizeHint().height());
}

TEST_F(TimelineWidgetTest, ClickSetsTheDate) {
  const DayNumber target = day(1920, 6, 15);
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, at(timeline.xForDay(target), labelRow()));
  EXPECT_LE(std::abs(controller.currentDay() - target), daysPerPixel());
  EXPECT_EQ(controller.visibleRange(), controller.bounds());  // a click does not pan
}

TEST_F(TimelineWidgetTest, DraggingTheHandleMovesTheDate) {
  controller.setCurrentDay(day(1900, 1, 1));
  const int y = timeline.height() / 2;
  QTest::mousePress(&timeline, Qt::LeftButton, {}, at(timeline.xForDay(day(1900, 1, 1)), y));
  QTest::mouseMove(&timeline, at(timeline.xForDay(day(1920, 1, 1)), y));
  EXPECT_LE(std::abs(controller.currentDay() - day(1920, 1, 1)), daysPerPixel());
  QTest::mouseMove(&timeline, at(timeline.xForDay(day(1960, 7, 1)), y));
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, at(timeline.xForDay(day(1960, 7, 1)), y));
  EXPECT_LE(std::abs(controller.currentDay() - day(1960, 7, 1)), daysPerPixel());
  EXPECT_EQ(controller.visibleRange(), controller.bounds());
}

TEST_F(TimelineWidgetTest, DraggingTheBackgroundPans) {
  const DayRange zoomed{day(1900, 1, 1), day(1950, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setCurrentDay(day(1940, 1, 1));
  const int y = labelRow();
  const double from = timeline.xForDay(day(1910, 1, 1));
  const double daysPer100Pixels = 100.0 / (timeline.xForDay(day(1911, 1, 1)) - from) * 365.0;
  QTest::mousePress(&timeline, Qt::LeftButton, {}, at(from, y));
  QTest::mouseMove(&timeline, at(from + 50, y));
  QTest::mouseMove(&timeline, at(from + 100, y));
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, at(from + 100, y));
  // Dragged right by 100 px: the view shows earlier days, the date stays.
  EXPECT_NEAR(static_cast<double>(zoomed.first - controller.visibleRange().first), daysPer100Pixels,
              daysPer100Pixels * 0.05);
  EXPECT_EQ(controller.visibleRange().length(), zoomed.length());
  EXPECT_EQ(controller.currentDay(), day(1940, 1, 1));
}

TEST_F(TimelineWidgetTest, DraggingTheViewHoldsItAgainstFollowingTheDate) {
  const DayRange zoomed{day(1900, 1, 1), day(1950, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setCurrentDay(day(1940, 1, 1));
  const int y = labelRow();
  const double from = timeline.xForDay(day(1910, 1, 1));
  QTest::mousePress(&timeline, Qt::LeftButton, {}, at(from, y));
  QTest::mouseMove(&timeline, at(from + 100, y));
  EXPECT_FALSE(controller.followsCurrentDay());
  const DayRange panned = controller.visibleRange();
  controller.setCurrentDay(day(1990, 1, 1));  // the date moves on (playback) during the drag
  EXPECT_EQ(controller.visibleRange(), panned);
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, at(from + 100, y));
  EXPECT_TRUE(controller.followsCurrentDay());
  controller.stepByDays(1);
  EXPECT_TRUE(controller.visibleRange().contains(controller.currentDay()));
}

TEST_F(TimelineWidgetTest, WheelZoomsAroundTheCursor) {
  const QPoint position = at(timeline.xForDay(day(1945, 8, 28)), labelRow());
  const DayNumber under = timeline.dayAtX(position.x());
  ASSERT_LE(std::abs(under - day(1945, 8, 28)), daysPerPixel());
  const DayNumber before = controller.visibleRange().length();
  sendWheel(timeline, position, QPoint(0, 120));
  EXPECT_LT(controller.visibleRange().length(), before);
  // Down to days: the day under the cursor stays under it all the way.
  for (int i = 0; i < 30; ++i) {
    sendWheel(timeline, position, QPoint(0, 120));
    ASSERT_EQ(timeline.dayAtX(position.x()), under) << "after notch " << i;
  }
  EXPECT_LE(controller.visibleRange().length(), 100);
  EXPECT_EQ(timeline.stepUnit(), TimelineWidget::StepUnit::Day);

  for (int i = 0; i < 60; ++i) sendWheel(timeline, position, QPoint(0, -120));
  EXPECT_EQ(controller.visibleRange(), controller.bounds());  // never beyond the axis
}

TEST_F(TimelineWidgetTest, ShiftWheelPans) {
  const DayRange zoomed{day(1900, 1, 1), day(1950, 1, 1)};
  controller.setVisibleRange(zoomed);
  sendWheel(timeline, at(500, labelRow()), QPoint(0, -120), Qt::ShiftModifier);
  EXPECT_GT(controller.visibleRange().first, zoomed.first);
  EXPECT_EQ(controller.visibleRange().length(), zoomed.length());
}

TEST_F(TimelineWidgetTest, PageKeysStepThroughEventsAndControlChanges) {
  controller.setCurrentDay(day(1855, 2, 7));
  QTest::keyClick(&timeline, Qt::Key_PageDown);
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
  QTest::keyClick(&timeline, Qt::Key_PageDown);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  QTest::keyClick(&timeline, Qt::Key_PageUp);
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
  QTest::keyClick(&timeline, Qt::Key_PageDown, Qt::ControlModifier);
  EXPECT_EQ(controller.currentDay(), day(1905, 1, 1));
  QTest::keyClick(&timeline, Qt::Key_PageUp, Qt::ControlModifier);
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
}

TEST_F(TimelineWidgetTest, HomeAndEndGoToTheBounds) {
  controller.setCurrentDay(day(1945, 8, 28));
  QTest::keyClick(&timeline, Qt::Key_End);
  EXPECT_EQ(controller.currentDay(), controller.bounds().last);
  QTest::keyClick(&timeline, Qt::Key_Home);
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
}

TEST_F(TimelineWidgetTest, ArrowKeysStepByTheTickUnit) {
  controller.setCurrentDay(day(1945, 8, 28));
  ASSERT_EQ(timeline.stepUnit(), TimelineWidget::StepUnit::Year);  // the whole axis: years
  QTest::keyClick(&timeline, Qt::Key_Right);
  EXPECT_EQ(controller.currentDay(), day(1946, 8, 28));
  QTest::keyClick(&timeline, Qt::Key_Left);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));

  controller.setVisibleRange({day(1944, 1, 1), day(1947, 1, 1)});
  ASSERT_EQ(timeline.stepUnit(), TimelineWidget::StepUnit::Month);
  QTest::keyClick(&timeline, Qt::Key_Right);
  EXPECT_EQ(controller.currentDay(), day(1945, 9, 28));

  controller.setVisibleRange({day(1945, 9, 10), day(1945, 10, 10)});
  ASSERT_EQ(timeline.stepUnit(), TimelineWidget::StepUnit::Day);
  QTest::keyClick(&timeline, Qt::Key_Left);
  EXPECT_EQ(controller.currentDay(), day(1945, 9, 27));
}

TEST_F(TimelineWidgetTest, MonthStepsKeepToTheEndOfShortMonths) {
  controller.setVisibleRange({day(1944, 1, 1), day(1947, 1, 1)});
  controller.setCurrentDay(day(1945, 1, 31));
  QTest::keyClick(&timeline, Qt::Key_Right);
  EXPECT_EQ(controller.currentDay(), day(1945, 2, 28));
}

TEST_F(TimelineWidgetTest, KeepsTheHandleVisibleDuringPlayback) {
  const DayRange zoomed{day(1900, 1, 1), day(1910, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setCurrentDay(day(1909, 12, 1));
  controller.setSpeedYearsPerSecond(2.0);
  controller.play();
  controller.advance(500ms);  // a year on: past the right edge
  controller.pause();
  EXPECT_TRUE(controller.visibleRange().contains(controller.currentDay()));
  EXPECT_EQ(controller.visibleRange().length(), zoomed.length());
  // Turned the page forward: most of the view lies ahead of the handle.
  EXPECT_LT(controller.currentDay() - controller.visibleRange().first, zoomed.length() / 4);
}

TEST_F(TimelineWidgetTest, CentresADateSteppedToOutsideTheView) {
  controller.setVisibleRange({day(1850, 1, 1), day(1860, 1, 1)});
  controller.setCurrentDay(day(1855, 2, 7));
  QTest::keyClick(&timeline, Qt::Key_PageDown);
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
  EXPECT_TRUE(controller.visibleRange().contains(day(1904, 2, 8)));
}

TEST_F(TimelineWidgetTest, TheHandleIsDrawnAtTheCurrentDateAndMoves) {
  const QColor highlight = palette::highlight();
  controller.setCurrentDay(day(1930, 1, 1));  // far from the fixture's military (same hue) events
  const QImage first = timeline.grab().toImage();
  EXPECT_TRUE(columnHas(first, timeline.xForDay(day(1930, 1, 1)), highlight));
  EXPECT_FALSE(columnHas(first, timeline.xForDay(day(1990, 1, 1)), highlight));

  controller.setCurrentDay(day(1990, 1, 1));
  const QImage second = timeline.grab().toImage();
  EXPECT_TRUE(columnHas(second, timeline.xForDay(day(1990, 1, 1)), highlight));
  EXPECT_FALSE(columnHas(second, timeline.xForDay(day(1930, 1, 1)), highlight));
}

TEST_F(TimelineWidgetTest, EventMarksAreDrawnInTheirCategoryColour) {
  controller.setCurrentDay(day(1990, 1, 1));  // the handle away from the marks
  const QImage image = timeline.grab().toImage();
  // E1, a treaty on 1855-02-07; E2 a military landing on 1945-08-28.
  EXPECT_TRUE(
      findNear(image, timeline.xForDay(day(1855, 2, 7)), palette::categoryColour(EventCategory::Treaty), 3));
  EXPECT_TRUE(findNear(image, timeline.xForDay(day(1945, 8, 28)),
                       palette::categoryColour(EventCategory::Military), 3));
  // Nothing treaty-coloured where there is no treaty.
  EXPECT_FALSE(
      columnHas(image, timeline.xForDay(day(1930, 1, 1)), palette::categoryColour(EventCategory::Treaty), 3));
}

TEST_F(TimelineWidgetTest, MovingTheDateDoesNotRedrawTheStaticLayer) {
  (void)timeline.grab();
  const int builds = timeline.staticLayerBuildCount();
  EXPECT_GE(builds, 1);
  controller.setCurrentDay(day(1945, 8, 28));
  (void)timeline.grab();
  controller.setCurrentDay(day(1946, 8, 28));
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds);

  controller.setVisibleRange({day(1940, 1, 1), day(1950, 1, 1)});
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds + 1);
  settings.setLanguage(Language::Japanese);
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds + 2);
  timeline.resize(900, 140);
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds + 3);
}

// A new catalogue (the LanguageChange installing a translator sends) renames the timeline and
// redraws its static layer, whose legend words come from the catalogue.
TEST_F(TimelineWidgetTest, ACatalogueChangeRenamesItAndRedrawsTheStaticLayer) {
  (void)timeline.grab();
  const int builds = timeline.staticLayerBuildCount();
  EXPECT_EQ(timeline.accessibleName(), QStringLiteral("Timeline"));
  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  EXPECT_EQ(timeline.accessibleName(), QStringLiteral("⟦Timeline⟧"));
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds + 1);
  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();
  EXPECT_EQ(timeline.accessibleName(), QStringLiteral("Timeline"));
}

TEST_F(TimelineWidgetTest, HoveringAnEventShowsItsTitleAndDate) {
  controller.setCurrentDay(day(1990, 1, 1));
  const QImage image = timeline.grab().toImage();
  const auto mark =
      findNear(image, timeline.xForDay(day(1855, 2, 7)), palette::categoryColour(EventCategory::Treaty), 3);
  ASSERT_TRUE(mark);
  QHelpEvent help(QEvent::ToolTip, *mark, timeline.mapToGlobal(*mark));
  QApplication::sendEvent(&timeline, &help);
  EXPECT_TRUE(QToolTip::text().contains(QLatin1String("Fixture treaty"))) << QToolTip::text().toStdString();
  EXPECT_TRUE(QToolTip::text().contains(QLatin1String("7 February 1855"))) << QToolTip::text().toStdString();

  settings.setLanguage(Language::Japanese);
  (void)timeline.grab();
  QApplication::sendEvent(&timeline, &help);
  EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("フィクスチャ条約")))
      << QToolTip::text().toStdString();
  QToolTip::hideText();
}

TEST_F(TimelineWidgetTest, ClickingAPointMarkGoesToItsDay) {
  controller.setCurrentDay(day(1990, 1, 1));
  const QImage image = timeline.grab().toImage();
  const auto mark =
      findNear(image, timeline.xForDay(day(1855, 2, 7)), palette::categoryColour(EventCategory::Treaty), 3);
  ASSERT_TRUE(mark);
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, *mark);
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
}

// #15: a press anywhere on the track, away from the handle, moves the date there and a drag
// from it scrubs; the view does not pan.
TEST_F(TimelineWidgetTest, PressingTheTrackAwayFromTheHandleMovesTheDateAndDraggingScrubs) {
  controller.setCurrentDay(day(1990, 1, 1));
  const int y = timeline.height() / 2;
  const double from = timeline.xForDay(day(1880, 1, 1));
  ASSERT_FALSE(timeline.handleRect(controller.currentDay()).contains(at(from, y)));
  QTest::mousePress(&timeline, Qt::LeftButton, {}, at(from, y));
  EXPECT_LE(std::abs(controller.currentDay() - day(1880, 1, 1)), daysPerPixel());  // on the press
  QTest::mouseMove(&timeline, at(timeline.xForDay(day(1900, 1, 1)), y));
  EXPECT_LE(std::abs(controller.currentDay() - day(1900, 1, 1)), daysPerPixel());
  QTest::mouseMove(&timeline, at(timeline.xForDay(day(1930, 6, 1)), y));
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, at(timeline.xForDay(day(1930, 6, 1)), y));
  EXPECT_LE(std::abs(controller.currentDay() - day(1930, 6, 1)), daysPerPixel());
  EXPECT_EQ(controller.visibleRange(), controller.bounds());
}

TEST_F(TimelineWidgetTest, APressOnAPointMarkGoesToItsDayAndADragFromItScrubs) {
  controller.setCurrentDay(day(1990, 1, 1));
  const QImage image = timeline.grab().toImage();
  const auto mark =
      findNear(image, timeline.xForDay(day(1855, 2, 7)), palette::categoryColour(EventCategory::Treaty), 3);
  ASSERT_TRUE(mark);
  QTest::mousePress(&timeline, Qt::LeftButton, {}, *mark);
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
  QTest::mouseMove(&timeline, *mark + QPoint(1, 0));  // a tremble keeps the mark's day
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
  const QPoint later = at(timeline.xForDay(day(1920, 1, 1)), mark->y());
  QTest::mouseMove(&timeline, later);
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, later);
  EXPECT_LE(std::abs(controller.currentDay() - day(1920, 1, 1)), daysPerPixel());
}

// A click on a mark names its event (the desktop selects it, the kiosk opens its story); a drag
// that starts on it scrubs and names nothing.
TEST_F(TimelineWidgetTest, ClickingAMarkActivatesItsEventAndDraggingFromItDoesNot) {
  controller.setCurrentDay(day(1990, 1, 1));
  const QImage image = timeline.grab().toImage();
  const auto mark =
      findNear(image, timeline.xForDay(day(1855, 2, 7)), palette::categoryColour(EventCategory::Treaty), 3);
  ASSERT_TRUE(mark);
  QSignalSpy activated(&timeline, &TimelineWidget::eventActivated);
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, *mark);
  ASSERT_EQ(activated.count(), 1);
  const Event* event = document.dataset()->event(activated.front().front().toString().toStdString());
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(event->date.earliest(), day(1855, 2, 7));
  const QPoint later = at(timeline.xForDay(day(1920, 1, 1)), mark->y());
  QTest::mousePress(&timeline, Qt::LeftButton, {}, *mark);
  QTest::mouseMove(&timeline, later);
  QTest::mouseRelease(&timeline, Qt::LeftButton, {}, later);
  EXPECT_EQ(activated.count(), 1);
  // A click on the bare track names nothing either.
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, at(timeline.xForDay(day(1930, 1, 1)), mark->y()));
  EXPECT_EQ(activated.count(), 1);
}

// A touch target (a kiosk's 9 mm) grows the marks to a third of it, and a finger half of it from
// a mark's centre still reaches the mark; with a mouse's reach the same press misses.
TEST_F(TimelineWidgetTest, ATouchTargetGrowsTheMarksAndTheirReach) {
  controller.setCurrentDay(day(1990, 1, 1));
  const double mouseMark = timeline.timelineLayout().markSize;
  timeline.setTouchTargetSize(60);
  EXPECT_EQ(timeline.touchTargetSize(), 60);
  EXPECT_DOUBLE_EQ(timeline.timelineLayout().markSize, std::max(mouseMark, 20.0));
  (void)timeline.grab();
  const Dataset& dataset = *document.dataset();
  const EventMark* treaty = nullptr;
  for (const EventMark& mark : timeline.eventMarks())
    if (dataset.events()[mark.eventIndex].date.earliest() == day(1855, 2, 7)) treaty = &mark;
  ASSERT_NE(treaty, nullptr);
  EXPECT_DOUBLE_EQ(treaty->rect.width(), 20.0);
  const QPoint finger = treaty->rect.center().toPoint() + QPoint(28, 0);
  QSignalSpy activated(&timeline, &TimelineWidget::eventActivated);
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, finger);
  ASSERT_EQ(activated.count(), 1);
  EXPECT_EQ(activated.front().front().toString().toStdString(), dataset.events()[treaty->eventIndex].id);

  timeline.setTouchTargetSize(0);
  (void)timeline.grab();
  QTest::mouseClick(&timeline, Qt::LeftButton, {}, finger);
  EXPECT_EQ(activated.count(), 1);
}

// #15: the loop range is drawn on the timeline, and only there.
TEST_F(TimelineWidgetTest, TheLoopRangeIsDrawn) {
  controller.setCurrentDay(day(1990, 1, 1));
  QApplication::processEvents();
  const QImage without = timeline.grab().toImage();
  controller.setLoopRange({day(1905, 1, 1), day(1935, 1, 1)});
  QApplication::processEvents();
  const QImage with = timeline.grab().toImage();
  const double ratio = with.devicePixelRatio();
  const auto changedInColumn = [&](double x) {
    const int column = static_cast<int>(std::floor(x * ratio));
    int changed = 0;
    for (int row = 0; row < with.height(); ++row)
      if (with.pixel(column, row) != without.pixel(column, row)) ++changed;
    return changed;
  };
  EXPECT_GT(changedInColumn(timeline.xForDay(day(1920, 1, 1))), 10);  // inside the band
  EXPECT_EQ(changedInColumn(timeline.xForDay(day(1960, 1, 1))), 0);   // outside it
  EXPECT_EQ(changedInColumn(timeline.xForDay(day(1880, 1, 1))), 0);

  controller.clearLoop();
  QApplication::processEvents();
  EXPECT_EQ(timeline.grab().toImage(), without);
}

// #15: a loop range set on the timeline itself, from its context menu.
TEST_F(TimelineWidgetTest, TheContextMenuSetsTheLoopAtTheDayUnderThePointer) {
  const auto trigger = [&](DayNumber at, int index) {
    std::unique_ptr<QMenu> menu(
        timeline.makeContextMenu(QPointF(timeline.xForDay(at), timeline.height() / 2.0)));
    ASSERT_GT(menu->actions().size(), index);
    menu->actions().at(index)->trigger();
  };
  trigger(day(1904, 2, 8), 0);  // Set Loop Start Here
  trigger(day(1905, 9, 5), 1);  // Set Loop End Here
  ASSERT_TRUE(controller.loopRange());
  EXPECT_LE(std::abs(controller.loopRange()->first - day(1904, 2, 8)), daysPerPixel());
  EXPECT_LE(std::abs(controller.loopRange()->last - day(1905, 9, 5)), daysPerPixel());
  EXPECT_TRUE(controller.loops());
  trigger(day(1950, 1, 1), 2);  // Clear Loop
  EXPECT_FALSE(controller.loopRange());
}

// --- The playback bar -----------------------------------------------------------------------

class PlaybackBarTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
    bar.resize(1200, 48);
    bar.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bar));
  }

  void typeDate(const QString& text) {
    bar.dateField()->setFocus();
    bar.dateField()->clear();
    QTest::keyClicks(bar.dateField(), text);
    QTest::keyClick(bar.dateField(), Qt::Key_Return);
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  PlaybackBar bar{controller, document, settings};
};

TEST_F(PlaybackBarTest, TypingADateAndEnterSetsIt) {
  typeDate(QStringLiteral("1945-08-28"));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_FALSE(bar.hasDateError());
  EXPECT_FALSE(bar.errorLabel()->isVisible());
  typeDate(QStringLiteral("1978-08"));
  EXPECT_EQ(controller.currentDay(), day(1978, 8, 1));
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1978-08"));  // as typed
}

// #15: "1945~" stays "1945~" in the field, the date goes to the first day of 1945, and the
// header says the date as core says it, not "1 January 1945" — until the date moves otherwise.
TEST_F(PlaybackBarTest, ATypedQualifiedDateIsKeptAsTypedAndSaidAsItIs) {
  const auto approximate = Edtf::parse("1945~");
  ASSERT_TRUE(approximate);
  typeDate(QStringLiteral("1945~"));
  EXPECT_EQ(controller.currentDay(), day(1945, 1, 1));
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1945~"));
  const QString about = QString::fromStdString(formatEdtf(*approximate, Language::English));
  EXPECT_TRUE(bar.dateLabel()->text().contains(about)) << bar.dateLabel()->text().toStdString();
  EXPECT_FALSE(bar.dateLabel()->text().contains(QStringLiteral("1 January 1945")));
  // The era of the span: one year of Shōwa.
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa 20")));
  settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(
      bar.dateLabel()->text().contains(QString::fromStdString(formatEdtf(*approximate, Language::Japanese))))
      << bar.dateLabel()->text().toStdString();
  settings.setLanguage(Language::Russian);
  EXPECT_TRUE(
      bar.dateLabel()->text().contains(QString::fromStdString(formatEdtf(*approximate, Language::Russian))))
      << bar.dateLabel()->text().toStdString();
  settings.setLanguage(Language::English);

  // Moved by other means: the day again, in the header and the field.
  controller.stepByDays(1);
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("2 January 1945")));
  EXPECT_FALSE(bar.dateLabel()->text().contains(about));
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1945-01-02"));
}

TEST_F(PlaybackBarTest, ATypedDecadeGivesItsEraYearsAsARange) {
  // 197X is ten years: Shōwa 45 to Shōwa 54, not the era year of 1970 alone.
  typeDate(QStringLiteral("197X"));
  EXPECT_EQ(controller.currentDay(), day(1970, 1, 1));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa 45–54")))
      << bar.dateLabel()->text().toStdString();
  // An open end has no era: the known end stands for the span.
  typeDate(QStringLiteral("1945-08-09/.."));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa 20")))
      << bar.dateLabel()->text().toStdString();
  EXPECT_FALSE(bar.dateLabel()->text().contains(QStringLiteral("Reiwa")))
      << bar.dateLabel()->text().toStdString();
}

TEST_F(PlaybackBarTest, AQualifiedDateFromElsewhereIsShownAsTyped) {
  // Go → Jump to Date and the command line go through the controller too.
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1904-02-08/1905-09-05")));
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1904-02-08/1905-09-05"));
  const auto war = Edtf::parse("1904-02-08/1905-09-05");
  ASSERT_TRUE(war);
  EXPECT_TRUE(bar.dateLabel()->text().contains(
      QString::fromStdString(formatEdtf(*war, Language::English)).toHtmlEscaped()))
      << bar.dateLabel()->text().toStdString();
  EXPECT_FALSE(bar.dateLabel()->text().contains(QLatin1String("O.S.")));  // a span has no one Old Style day
}

// #15: a refused date's error goes once the date moves by any other path.
TEST_F(PlaybackBarTest, TheErrorOfARefusedDateGoesWhenTheDateMovesOtherwise) {
  controller.setCurrentDay(day(1945, 8, 28));
  typeDate(QStringLiteral("1956-02-30"));
  ASSERT_TRUE(bar.hasDateError());
  bar.nextEventButton()->setFocus();  // the user leaves the field and steps
  controller.stepToPreviousEvent();
  EXPECT_FALSE(bar.hasDateError());
  EXPECT_FALSE(bar.errorLabel()->isVisible());
  EXPECT_TRUE(bar.dateField()->styleSheet().isEmpty());
  EXPECT_EQ(bar.dateField()->text(), QString::fromStdString(isoDate(controller.currentDay())));
}

// #15: the error never takes the header's room, however long it is and however narrow the bar.
TEST_F(PlaybackBarTest, TheErrorNeverClipsTheHeader) {
  QWidget box;
  auto* layout = new QVBoxLayout(&box);
  PlaybackBar narrow{controller, document, settings, &box};
  layout->addWidget(&narrow);
  layout->addStretch(1);
  box.resize(760, 200);
  box.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
  for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    controller.setCurrentDay(day(1888, 9, 28));
    QApplication::processEvents();
    const QRect before = narrow.dateLabel()->geometry();
    narrow.dateField()->setFocus();
    narrow.dateField()->setText(QStringLiteral("1956-02-30"));
    QTest::keyClick(narrow.dateField(), Qt::Key_Return);
    ASSERT_TRUE(narrow.hasDateError());
    QApplication::processEvents();
    const QLabel* error = narrow.errorLabel();
    // The header keeps its width and the height its text needs.
    const QRect after = narrow.dateLabel()->geometry();
    EXPECT_EQ(after.left(), before.left()) << static_cast<int>(language);
    EXPECT_EQ(after.width(), before.width()) << static_cast<int>(language);
    EXPECT_GE(after.height(), narrow.dateLabel()->sizeHint().height());
    // Under the row, wrapped to the bar's width, and all of it on screen.
    EXPECT_GT(error->geometry().top(), after.bottom());
    EXPECT_LE(error->geometry().right(), narrow.width());
    EXPECT_GE(error->height(), error->heightForWidth(error->width()));
    EXPECT_LE(error->geometry().bottom(), narrow.height());
    QTest::keyClick(narrow.dateField(), Qt::Key_Escape);
  }
  settings.setLanguage(Language::English);
}

// #15: slow speeds, in words.
TEST_F(PlaybackBarTest, SlowSpeedsAreOfferedInDaysWeeksAndMonths) {
  QComboBox* speeds = bar.speedBox();
  const int daily = speeds->findData(TimeController::kMinimumSpeed);
  ASSERT_GE(daily, 0);
  EXPECT_EQ(daily, 0);  // the slowest first
  EXPECT_TRUE(speeds->itemText(daily).contains(QLatin1String("day")))
      << speeds->itemText(daily).toStdString();
  EXPECT_TRUE(speeds->itemText(daily).startsWith(QLatin1String("1 ")));
  const int weekly = speeds->findData(7.0 / 365.2425);
  ASSERT_GE(weekly, 0);
  EXPECT_TRUE(speeds->itemText(weekly).contains(QLatin1String("week")));
  const int monthly = speeds->findData(1.0 / 12.0);
  ASSERT_GE(monthly, 0);
  EXPECT_TRUE(speeds->itemText(monthly).contains(QLatin1String("month")));
  EXPECT_EQ(PlaybackBar::speedText(3.0 / 365.2425), QStringLiteral("3 days/s"));
  EXPECT_EQ(PlaybackBar::speedText(2.0 / 12.0), QStringLiteral("2 months/s"));
  EXPECT_EQ(PlaybackBar::speedText(0.25), QStringLiteral("0.25 years/s"));

  speeds->setCurrentIndex(daily);
  Q_EMIT speeds->activated(daily);
  EXPECT_DOUBLE_EQ(controller.speedYearsPerSecond(), TimeController::kMinimumSpeed);
  controller.setCurrentDay(day(1945, 8, 1));
  controller.play();
  controller.advance(1000ms);
  controller.pause();
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 2));
}

TEST_F(PlaybackBarTest, AnInvalidDateLeavesTheDateAndShowsWhy) {
  controller.setCurrentDay(day(1945, 8, 28));
  typeDate(QStringLiteral("1956-02-30"));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_TRUE(bar.hasDateError());
  EXPECT_TRUE(bar.errorLabel()->isVisible());
  EXPECT_TRUE(bar.errorLabel()->text().contains(QLatin1String("character 9")))
      << bar.errorLabel()->text().toStdString();
  EXPECT_TRUE(bar.dateField()->toolTip().contains(QLatin1String("30")));
  EXPECT_FALSE(bar.dateField()->styleSheet().isEmpty());             // the red border
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1956-02-30"));  // kept for correcting

  // Editing the text clears the error; a valid date is accepted.
  QTest::keyClick(bar.dateField(), Qt::Key_Backspace);
  EXPECT_FALSE(bar.hasDateError());
  EXPECT_TRUE(bar.dateField()->styleSheet().isEmpty());
  QTest::keyClick(bar.dateField(), Qt::Key_Backspace);
  QTest::keyClicks(bar.dateField(), QStringLiteral("28"));
  QTest::keyClick(bar.dateField(), Qt::Key_Return);
  EXPECT_EQ(controller.currentDay(), day(1956, 2, 28));
}

TEST_F(PlaybackBarTest, ADateOutsideTheAtlasIsRefused) {
  controller.setCurrentDay(day(1945, 8, 28));
  typeDate(QStringLiteral("1700-01-01"));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_TRUE(bar.hasDateError());
}

TEST_F(PlaybackBarTest, TheFieldFollowsTheDateWhenNotBeingEdited) {
  controller.setCurrentDay(day(1956, 10, 19));
  EXPECT_EQ(bar.dateField()->text(), QStringLiteral("1956-10-19"));
}

TEST_F(PlaybackBarTest, TheDateLabelGivesTheJapaneseEraAndTheOldStyle) {
  controller.setCurrentDay(day(1945, 8, 28));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("28 August 1945")));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa 20")));
  EXPECT_FALSE(bar.dateLabel()->text().contains(QLatin1String("O.S.")));

  controller.setCurrentDay(day(1855, 2, 7));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QLatin1String("O.S. 26 January 1855")));
  EXPECT_FALSE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa")));

  controller.setCurrentDay(day(1956, 10, 19));
  EXPECT_FALSE(bar.dateLabel()->text().contains(QLatin1String("O.S.")));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("Shōwa 31")));

  // The last Old Style day and the first New Style one.
  controller.setCurrentDay(day(1918, 2, 13));
  EXPECT_TRUE(bar.dateLabel()->text().contains(QLatin1String("O.S.")));
  controller.setCurrentDay(day(1918, 2, 14));
  EXPECT_FALSE(bar.dateLabel()->text().contains(QLatin1String("O.S.")));
}

TEST_F(PlaybackBarTest, TheDateLabelFollowsTheLanguage) {
  controller.setCurrentDay(day(1945, 8, 28));
  settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("昭和20年")))
      << bar.dateLabel()->text().toStdString();
  settings.setLanguage(Language::Russian);
  EXPECT_TRUE(bar.dateLabel()->text().contains(QStringLiteral("1945")))
      << bar.dateLabel()->text().toStdString();
}

TEST_F(PlaybackBarTest, ThePlayButtonTogglesPlayingAndMirrorsTheController) {
  QSignalSpy spy(&controller, &TimeController::playingChanged);
  QTest::mouseClick(bar.playButton(), Qt::LeftButton);
  EXPECT_TRUE(controller.isPlaying());
  EXPECT_TRUE(bar.playButton()->isChecked());
  QTest::mouseClick(bar.playButton(), Qt::LeftButton);
  EXPECT_FALSE(controller.isPlaying());
  EXPECT_EQ(spy.count(), 2);

  controller.play();  // from elsewhere (a key, a tour)
  EXPECT_TRUE(bar.playButton()->isChecked());
  controller.pause();
  EXPECT_FALSE(bar.playButton()->isChecked());
  EXPECT_EQ(spy.count(), 4);  // mirroring did not call the controller back
}

TEST_F(PlaybackBarTest, StepButtonsStepAndAreDisabledWhenThereIsNothingToStepTo) {
  controller.setCurrentDay(day(1855, 2, 7));
  EXPECT_FALSE(bar.previousEventButton()->isEnabled());
  EXPECT_FALSE(bar.previousControlChangeButton()->isEnabled());
  QTest::mouseClick(bar.nextEventButton(), Qt::LeftButton);
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
  QTest::mouseClick(bar.nextControlChangeButton(), Qt::LeftButton);
  EXPECT_EQ(controller.currentDay(), day(1905, 1, 1));
  QTest::mouseClick(bar.previousEventButton(), Qt::LeftButton);
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
  controller.setCurrentDay(day(1978, 8, 1));
  EXPECT_FALSE(bar.nextEventButton()->isEnabled());
  EXPECT_TRUE(bar.previousEventButton()->isEnabled());
}

TEST_F(PlaybackBarTest, SpeedAndLoopFollowTheControllerBothWays) {
  const int five = bar.speedBox()->findData(5.0);
  ASSERT_GE(five, 0);
  bar.speedBox()->setCurrentIndex(five);
  Q_EMIT bar.speedBox()->activated(five);
  EXPECT_DOUBLE_EQ(controller.speedYearsPerSecond(), 5.0);
  controller.setSpeedYearsPerSecond(0.5);
  EXPECT_DOUBLE_EQ(bar.speedBox()->currentData().toDouble(), 0.5);
  controller.setSpeedYearsPerSecond(3.0);  // not in the list: added in order
  EXPECT_DOUBLE_EQ(bar.speedBox()->currentData().toDouble(), 3.0);
  EXPECT_DOUBLE_EQ(bar.speedBox()->itemData(bar.speedBox()->currentIndex() + 1).toDouble(), 5.0);

  QTest::mouseClick(bar.loopButton(), Qt::LeftButton);
  EXPECT_TRUE(controller.loops());
  controller.setLoop(false);
  EXPECT_FALSE(bar.loopButton()->isChecked());
}

// Every word of the bar is set again when the catalogue changes: the speeds (keeping the
// chosen one), the loop button, names and tooltips, the date field, and a shown date error.
TEST_F(PlaybackBarTest, ACatalogueChangeSetsEveryWordAgain) {
  controller.setSpeedYearsPerSecond(5.0);
  typeDate(QStringLiteral("1956-02-30"));
  ASSERT_TRUE(bar.hasDateError());
  const QString error = bar.errorLabel()->text();
  ASSERT_TRUE(error.startsWith(QStringLiteral("Not a date: "))) << error.toStdString();
  const int count = bar.speedBox()->count();
  const int current = bar.speedBox()->currentIndex();

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  ASSERT_EQ(bar.speedBox()->count(), count);
  EXPECT_EQ(bar.speedBox()->currentIndex(), current);
  EXPECT_DOUBLE_EQ(bar.speedBox()->currentData().toDouble(), 5.0);
  EXPECT_EQ(bar.speedBox()->currentText(), QStringLiteral("⟦5 years/s⟧"));
  for (int i = 0; i < count; ++i)
    EXPECT_TRUE(bar.speedBox()->itemText(i).startsWith(QStringLiteral("⟦"))) << i;
  EXPECT_EQ(bar.speedBox()->accessibleName(), QStringLiteral("⟦Playback speed⟧"));
  EXPECT_EQ(bar.loopButton()->text(), QStringLiteral("⟦Loop⟧"));
  EXPECT_EQ(bar.playButton()->accessibleName(), QStringLiteral("⟦Play⟧"));
  EXPECT_EQ(bar.nextEventButton()->toolTip(), QStringLiteral("⟦Go to the next event (Page Down)⟧"));
  EXPECT_EQ(bar.dateField()->placeholderText(), QStringLiteral("⟦e.g. 1956-10-19⟧"));
  EXPECT_EQ(bar.errorLabel()->text(), QStringLiteral("⟦") + error + QStringLiteral("⟧"));
  EXPECT_EQ(bar.dateField()->toolTip(), bar.errorLabel()->text());

  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();
  EXPECT_EQ(bar.speedBox()->currentText(), QStringLiteral("5 years/s"));
  EXPECT_EQ(bar.errorLabel()->text(), error);
  QTest::keyClick(bar.dateField(), Qt::Key_Escape);  // gives up the date: the hint comes back
  EXPECT_FALSE(bar.hasDateError());
  EXPECT_EQ(bar.dateField()->toolTip(),
            QStringLiteral("Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter"));
}

TEST_F(PlaybackBarTest, ControlsAreNamedAndLargeEnoughToTouch) {
  const double scale = bar.logicalDpiY() / 96.0;
  for (QAbstractButton* button :
       {bar.playButton(), bar.previousEventButton(), bar.nextEventButton(), bar.previousControlChangeButton(),
        bar.nextControlChangeButton(), bar.loopButton()}) {
    EXPECT_FALSE(button->accessibleName().isEmpty());
    EXPECT_GE(button->height(), static_cast<int>(std::floor(32 * scale)))
        << button->accessibleName().toStdString();
    EXPECT_GE(button->width(), static_cast<int>(std::floor(32 * scale)))
        << button->accessibleName().toStdString();
    EXPECT_FALSE(button->icon().isNull()) << button->accessibleName().toStdString();
  }
  EXPECT_FALSE(bar.speedBox()->accessibleName().isEmpty());
  EXPECT_FALSE(bar.dateField()->accessibleName().isEmpty());
  EXPECT_FALSE(bar.dateLabel()->accessibleName().isEmpty());
}

}  // namespace
}  // namespace okhotsk::app
