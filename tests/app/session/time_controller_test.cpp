// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The time controller on its own: no widgets, only its slots, its signals (QSignalSpy) and
// advance() driven with injected elapsed times, so nothing here sleeps or waits for a timer.
#include "session/time_controller.h"
#include "session/atlas_document.h"
#include "session/easing.h"

#include "okhotsk/calendar.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// A controller over no dataset: stepping has nothing to find, the rest works.
class TimeControllerTest : public ::testing::Test {
 protected:
  AtlasDocument document;
  TimeController controller{document};
};

// A controller over the loader fixture: events start on 1855-02-07, 1904-02-08 (the war
// 1904-02-08/1905-09-05), 1945-08-28, 1964-01-01 ("1964?") and 1978-08-01 ("1978-08");
// control changes (control_periods.csv, the days its possible and certain spans begin or
// end) fall on 1855-02-07, 1905-01-01, 1905-12-31, 1945-08-28 and 1991-12-26.
class TimeControllerWithDatasetTest : public TimeControllerTest {
 protected:
  void SetUp() override { ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid"))); }
};

TEST_F(TimeControllerTest, StartsInsideBoundsThatRunFrom1850ToToday) {
  EXPECT_EQ(controller.bounds(), (DayRange{day(1850, 1, 1), today()}));
  EXPECT_EQ(controller.visibleRange(), controller.bounds());
  EXPECT_TRUE(controller.bounds().contains(controller.currentDay()));
  EXPECT_FALSE(controller.isPlaying());
}

TEST_F(TimeControllerTest, SetCurrentDayEmitsOnceAndNotWhenUnchanged) {
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  controller.setCurrentDay(day(1956, 10, 19));
  ASSERT_EQ(spy.count(), 1);
  EXPECT_EQ(spy.at(0).at(0).value<DayNumber>(), day(1956, 10, 19));
  EXPECT_EQ(controller.currentDay(), day(1956, 10, 19));

  controller.setCurrentDay(day(1956, 10, 19));
  EXPECT_EQ(spy.count(), 1);
}

TEST_F(TimeControllerTest, SetCurrentDayClampsToBounds) {
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  controller.setCurrentDay(day(1700, 1, 1));
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
  controller.setCurrentDay(day(2999, 1, 1));
  EXPECT_EQ(controller.currentDay(), controller.bounds().last);
  ASSERT_EQ(spy.count(), 2);
  EXPECT_EQ(spy.at(1).at(0).value<DayNumber>(), controller.bounds().last);

  // Clamping onto the day already current is no change.
  controller.setCurrentDay(day(3000, 1, 1));
  EXPECT_EQ(spy.count(), 2);
}

TEST_F(TimeControllerTest, StepByDaysMovesAndClamps) {
  controller.setCurrentDay(day(1945, 8, 28));
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  controller.stepByDays(4);
  EXPECT_EQ(controller.currentDay(), day(1945, 9, 1));
  controller.stepByDays(-1);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 31));
  controller.stepByDays(-1'000'000);
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
  EXPECT_EQ(spy.count(), 3);
}

TEST_F(TimeControllerTest, SetVisibleRangeEmitsOnceAndNotWhenUnchanged) {
  QSignalSpy spy(&controller, &TimeController::visibleRangeChanged);
  const DayRange range{day(1940, 1, 1), day(1950, 1, 1)};
  controller.setVisibleRange(range);
  ASSERT_EQ(spy.count(), 1);
  EXPECT_EQ(spy.at(0).at(0).value<DayRange>(), range);
  EXPECT_EQ(controller.visibleRange(), range);
  controller.setVisibleRange(range);
  EXPECT_EQ(spy.count(), 1);
}

TEST_F(TimeControllerTest, SetVisibleRangeKeepsAWeekAtLeast) {
  controller.setVisibleRange({day(1945, 8, 28), day(1945, 8, 29)});
  EXPECT_EQ(controller.visibleRange(), (DayRange{day(1945, 8, 28), day(1945, 9, 4)}));
  // Reversed ends are put in order.
  controller.setVisibleRange({day(1950, 1, 1), day(1940, 1, 1)});
  EXPECT_EQ(controller.visibleRange(), (DayRange{day(1940, 1, 1), day(1950, 1, 1)}));
}

TEST_F(TimeControllerTest, SetVisibleRangeShiftsIntoBoundsKeepingItsLength) {
  const DayRange bounds = controller.bounds();
  controller.setVisibleRange({day(1840, 1, 1), day(1860, 1, 1)});
  EXPECT_EQ(controller.visibleRange().first, bounds.first);
  EXPECT_EQ(controller.visibleRange().length(), DayRange({day(1840, 1, 1), day(1860, 1, 1)}).length());

  controller.setVisibleRange({bounds.last - 100, bounds.last + 100});
  EXPECT_EQ(controller.visibleRange(), (DayRange{bounds.last - 200, bounds.last}));

  // Wider than the axis: the whole axis.
  controller.setVisibleRange({day(1700, 1, 1), day(2200, 1, 1)});
  EXPECT_EQ(controller.visibleRange(), bounds);
}

TEST_F(TimeControllerTest, PlayPauseAndToggleEmitPlayingChangedOnce) {
  QSignalSpy spy(&controller, &TimeController::playingChanged);
  controller.play();
  controller.play();
  ASSERT_EQ(spy.count(), 1);
  EXPECT_TRUE(spy.at(0).at(0).toBool());
  EXPECT_TRUE(controller.isPlaying());

  controller.pause();
  controller.pause();
  ASSERT_EQ(spy.count(), 2);
  EXPECT_FALSE(spy.at(1).at(0).toBool());

  controller.togglePlaying();
  EXPECT_TRUE(controller.isPlaying());
  controller.togglePlaying();
  EXPECT_FALSE(controller.isPlaying());
  EXPECT_EQ(spy.count(), 4);
}

TEST_F(TimeControllerTest, SpeedAndLoopEmitOnlyOnChange) {
  QSignalSpy speedSpy(&controller, &TimeController::speedChanged);
  QSignalSpy loopSpy(&controller, &TimeController::loopChanged);
  controller.setSpeedYearsPerSecond(5.0);
  controller.setSpeedYearsPerSecond(5.0);
  controller.setLoop(true);
  controller.setLoop(true);
  ASSERT_EQ(speedSpy.count(), 1);
  EXPECT_DOUBLE_EQ(speedSpy.at(0).at(0).toDouble(), 5.0);
  ASSERT_EQ(loopSpy.count(), 1);
  EXPECT_TRUE(loopSpy.at(0).at(0).toBool());
  EXPECT_DOUBLE_EQ(controller.speedYearsPerSecond(), 5.0);
  EXPECT_TRUE(controller.loops());
}

TEST_F(TimeControllerTest, AdvanceMovesBySpeedTimesElapsed) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.setSpeedYearsPerSecond(2.0);
  controller.play();
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  controller.advance(500ms);  // 2 years/s for half a second: one year
  EXPECT_NEAR(static_cast<double>(controller.currentDay() - day(1900, 1, 1)), 365.0, 1.0);
  EXPECT_EQ(spy.count(), 1);
  controller.pause();
}

TEST_F(TimeControllerTest, AdvanceAccumulatesFractionsOfADay) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.setSpeedYearsPerSecond(0.25);  // about 0.09 days per millisecond
  controller.play();
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  for (int i = 0; i < 1000; ++i) controller.advance(1ms);  // one second in small steps
  // A quarter of a year; nothing lost to rounding on the way.
  EXPECT_NEAR(static_cast<double>(controller.currentDay() - day(1900, 1, 1)), 365.2425 / 4.0, 1.0);
  EXPECT_GT(spy.count(), 80);
  controller.pause();
}

TEST_F(TimeControllerTest, AdvanceDoesNothingWhilePaused) {
  const DayNumber before = controller.currentDay();
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  controller.advance(10'000ms);
  EXPECT_EQ(controller.currentDay(), before);
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerTest, AdvanceStopsAtTheEndWithoutLoop) {
  const DayNumber last = controller.bounds().last;
  controller.setCurrentDay(last - 10);
  controller.play();
  QSignalSpy playingSpy(&controller, &TimeController::playingChanged);
  controller.advance(1000ms);  // two years past the end
  EXPECT_EQ(controller.currentDay(), last);
  EXPECT_FALSE(controller.isPlaying());
  ASSERT_EQ(playingSpy.count(), 1);
  EXPECT_FALSE(playingSpy.at(0).at(0).toBool());
}

TEST_F(TimeControllerTest, PlayAtTheEndWithoutLoopStartsOver) {
  controller.setCurrentDay(controller.bounds().last);
  controller.play();
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
  EXPECT_TRUE(controller.isPlaying());
  controller.pause();
}

TEST_F(TimeControllerTest, AdvanceWrapsToTheStartWithLoop) {
  controller.setLoop(true);
  controller.setCurrentDay(controller.bounds().last - 10);
  controller.play();
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
  EXPECT_TRUE(controller.isPlaying());
  controller.pause();
}

// --- Follow the date ------------------------------------------------------------------------

TEST_F(TimeControllerTest, FollowsTheDateOutOfTheVisibleRangeByCentringIt) {
  ASSERT_TRUE(controller.followsCurrentDay());  // on by default
  const DayRange zoomed{day(1900, 1, 1), day(1910, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setCurrentDay(day(1905, 6, 1));
  QSignalSpy rangeSpy(&controller, &TimeController::visibleRangeChanged);

  controller.setCurrentDay(day(1908, 1, 1));  // still inside: the view stays
  EXPECT_EQ(rangeSpy.count(), 0);

  controller.setCurrentDay(day(1950, 3, 1));
  ASSERT_EQ(rangeSpy.count(), 1);
  const DayRange range = controller.visibleRange();
  EXPECT_EQ(range.length(), zoomed.length());
  EXPECT_EQ(range.first, day(1950, 3, 1) - (zoomed.last - zoomed.first) / 2);
}

TEST_F(TimeControllerTest, TheRangeIsMovedBeforeListenersHearOfTheDay) {
  controller.setVisibleRange({day(1900, 1, 1), day(1910, 1, 1)});
  std::vector<bool> inView;
  QObject::connect(&controller, &TimeController::currentDayChanged, &controller,
                   [&](DayNumber d) { inView.push_back(controller.visibleRange().contains(d)); });
  controller.setCurrentDay(day(1960, 1, 1));
  controller.setCurrentDay(day(1870, 1, 1));
  EXPECT_EQ(inView, (std::vector<bool>{true, true}));
}

TEST_F(TimeControllerTest, FollowingWhilePlayingTurnsThePageForward) {
  const DayRange zoomed{day(1900, 1, 1), day(1910, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setCurrentDay(day(1909, 12, 1));
  controller.setSpeedYearsPerSecond(2.0);
  controller.play();
  controller.advance(500ms);  // a year on: past the right edge
  controller.pause();
  const DayRange range = controller.visibleRange();
  EXPECT_EQ(range.length(), zoomed.length());
  // A tenth of the range behind the date, the rest ahead of it.
  EXPECT_EQ(range.first, controller.currentDay() - (zoomed.last - zoomed.first) / 10);
}

TEST_F(TimeControllerTest, WithoutFollowingTheViewStaysWhereItIs) {
  const DayRange zoomed{day(1900, 1, 1), day(1910, 1, 1)};
  controller.setVisibleRange(zoomed);
  controller.setFollowCurrentDay(false);
  EXPECT_FALSE(controller.followsCurrentDay());
  QSignalSpy rangeSpy(&controller, &TimeController::visibleRangeChanged);
  controller.setCurrentDay(day(1950, 1, 1));
  EXPECT_EQ(controller.visibleRange(), zoomed);

  // Turning it back on does not jump by itself; the next change of day does.
  controller.setFollowCurrentDay(true);
  EXPECT_EQ(controller.visibleRange(), zoomed);
  EXPECT_EQ(rangeSpy.count(), 0);
  controller.stepByDays(1);
  EXPECT_TRUE(controller.visibleRange().contains(day(1950, 1, 2)));
}

TEST_F(TimeControllerTest, TheViewMayBePannedAwayFromTheDate) {
  controller.setCurrentDay(day(1945, 8, 28));
  controller.setVisibleRange({day(1900, 1, 1), day(1910, 1, 1)});
  EXPECT_EQ(controller.visibleRange(), (DayRange{day(1900, 1, 1), day(1910, 1, 1)}));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
}

// --- Animated jumps ---------------------------------------------------------------------------

TEST(EasingTest, EaseInOutIsSmoothstep) {
  EXPECT_DOUBLE_EQ(easing::easeInOut(0.0), 0.0);
  EXPECT_DOUBLE_EQ(easing::easeInOut(1.0), 1.0);
  EXPECT_DOUBLE_EQ(easing::easeInOut(0.5), 0.5);
  EXPECT_DOUBLE_EQ(easing::easeInOut(0.25), 0.15625);  // 3t² - 2t³: slow start
  EXPECT_DOUBLE_EQ(easing::easeInOut(0.75), 0.84375);  // and slow arrival
  static_assert(easing::easeInOut(0.5) == 0.5);
}

TEST_F(TimeControllerTest, AnimateToArrivesExactlyAtTheTargetAfterTheDuration) {
  const DayNumber from = day(1900, 1, 1);
  const DayNumber to = from + 1000;
  controller.setCurrentDay(from);
  QSignalSpy daySpy(&controller, &TimeController::currentDayChanged);
  QSignalSpy animatingSpy(&controller, &TimeController::animatingChanged);
  controller.animateTo(to, 800ms);
  EXPECT_TRUE(controller.isAnimating());
  ASSERT_EQ(animatingSpy.count(), 1);
  EXPECT_TRUE(animatingSpy.at(0).at(0).toBool());
  EXPECT_EQ(controller.currentDay(), from);  // nothing moves before time passes

  for (int i = 0; i < 49; ++i) controller.advance(16ms);  // 784 ms
  EXPECT_TRUE(controller.isAnimating());
  EXPECT_NE(controller.currentDay(), to);
  controller.advance(16ms);  // 800 ms
  EXPECT_EQ(controller.currentDay(), to);
  EXPECT_FALSE(controller.isAnimating());
  ASSERT_EQ(animatingSpy.count(), 2);
  EXPECT_FALSE(animatingSpy.at(1).at(0).toBool());
  EXPECT_GT(daySpy.count(), 20);  // a glide, not a jump
  EXPECT_EQ(daySpy.last().at(0).value<DayNumber>(), to);

  controller.advance(500ms);  // over: nothing more happens
  EXPECT_EQ(controller.currentDay(), to);
  EXPECT_EQ(animatingSpy.count(), 2);
}

TEST_F(TimeControllerTest, AnimateToFollowsTheEasedCurve) {
  const DayNumber from = day(1900, 1, 1);
  controller.setCurrentDay(from);
  controller.animateTo(from + 1000, 1000ms);
  controller.advance(250ms);
  EXPECT_EQ(controller.currentDay(), from + 156);  // 1000 × 0.15625, rounded; linear would be 250
  controller.advance(250ms);
  EXPECT_EQ(controller.currentDay(), from + 500);  // the eased midpoint is the middle
  controller.advance(250ms);
  EXPECT_EQ(controller.currentDay(), from + 844);  // 1000 × 0.84375, rounded
  controller.advance(250ms);
  EXPECT_EQ(controller.currentDay(), from + 1000);
}

TEST_F(TimeControllerTest, AnimateToGoesBackwardsToo) {
  const DayNumber from = day(1990, 1, 1);
  controller.setCurrentDay(from);
  controller.animateTo(from - 400, 100ms);
  controller.advance(50ms);
  EXPECT_EQ(controller.currentDay(), from - 200);
  controller.advance(50ms);
  EXPECT_EQ(controller.currentDay(), from - 400);
}

TEST_F(TimeControllerTest, SetCurrentDayDuringAGlideCancelsIt) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.animateTo(day(1950, 1, 1), 1000ms);
  controller.advance(100ms);
  QSignalSpy animatingSpy(&controller, &TimeController::animatingChanged);
  controller.setCurrentDay(day(1920, 5, 5));
  EXPECT_FALSE(controller.isAnimating());
  ASSERT_EQ(animatingSpy.count(), 1);
  EXPECT_FALSE(animatingSpy.at(0).at(0).toBool());
  QSignalSpy daySpy(&controller, &TimeController::currentDayChanged);
  controller.advance(2000ms);
  EXPECT_EQ(controller.currentDay(), day(1920, 5, 5));
  EXPECT_EQ(daySpy.count(), 0);
}

TEST_F(TimeControllerTest, StopAnimationLeavesTheDateWhereTheGlideWas) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.animateTo(day(1950, 1, 1), 1000ms);
  controller.advance(500ms);
  const DayNumber reached = controller.currentDay();
  EXPECT_GT(reached, day(1900, 1, 1));
  EXPECT_LT(reached, day(1950, 1, 1));
  controller.stopAnimation();
  EXPECT_FALSE(controller.isAnimating());
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), reached);
}

TEST_F(TimeControllerTest, AnimateToWithoutADurationJumps) {
  QSignalSpy animatingSpy(&controller, &TimeController::animatingChanged);
  controller.animateTo(day(1956, 10, 19), 0ms);
  EXPECT_EQ(controller.currentDay(), day(1956, 10, 19));
  EXPECT_FALSE(controller.isAnimating());
  controller.animateTo(day(1956, 10, 19), 500ms);  // already there
  EXPECT_FALSE(controller.isAnimating());
  EXPECT_EQ(animatingSpy.count(), 0);
}

TEST_F(TimeControllerTest, AnimateToClampsTheTargetToTheBounds) {
  controller.setCurrentDay(day(1860, 1, 1));
  controller.animateTo(day(1700, 1, 1), 100ms);
  controller.advance(100ms);
  EXPECT_EQ(controller.currentDay(), controller.bounds().first);
}

TEST_F(TimeControllerTest, ANewTargetStartsFromTheDayReached) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.animateTo(day(1900, 1, 1) + 1000, 1000ms);
  controller.advance(500ms);
  const DayNumber reached = controller.currentDay();
  QSignalSpy animatingSpy(&controller, &TimeController::animatingChanged);
  controller.animateTo(reached - 100, 100ms);
  EXPECT_EQ(animatingSpy.count(), 0);  // still one glide
  controller.advance(50ms);
  EXPECT_EQ(controller.currentDay(), reached - 50);
  controller.advance(50ms);
  EXPECT_EQ(controller.currentDay(), reached - 100);
  EXPECT_EQ(animatingSpy.count(), 1);
}

TEST_F(TimeControllerTest, PlaybackWaitsWhileAGlideRuns) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.setSpeedYearsPerSecond(1.0);
  controller.play();
  controller.animateTo(day(1950, 1, 1), 100ms);
  controller.advance(100ms);
  EXPECT_EQ(controller.currentDay(), day(1950, 1, 1));  // the glide's target, not beyond
  EXPECT_TRUE(controller.isPlaying());
  controller.advance(1000ms);  // then playback goes on from there: a year a second
  EXPECT_NEAR(static_cast<double>(controller.currentDay() - day(1950, 1, 1)), 365.0, 1.0);
  controller.pause();
}

TEST_F(TimeControllerTest, AGlideFollowsTheDateInAZoomedView) {
  controller.setVisibleRange({day(1900, 1, 1), day(1901, 1, 1)});
  controller.setCurrentDay(day(1900, 6, 1));
  controller.animateTo(day(1950, 1, 1), 160ms);
  for (int i = 0; i < 10; ++i) {
    controller.advance(16ms);
    ASSERT_TRUE(controller.visibleRange().contains(controller.currentDay())) << "step " << i;
  }
  EXPECT_EQ(controller.currentDay(), day(1950, 1, 1));
}

TEST_F(TimeControllerTest, TheControllersOwnTimerDrivesAGlide) {
  controller.setCurrentDay(day(1900, 1, 1));
  controller.animateTo(day(1910, 1, 1), 100ms);
  QSignalSpy animatingSpy(&controller, &TimeController::animatingChanged);
  ASSERT_TRUE(animatingSpy.wait(5000));  // the end of the glide, on the event loop
  EXPECT_EQ(controller.currentDay(), day(1910, 1, 1));
  EXPECT_FALSE(controller.isAnimating());
}

TEST_F(TimeControllerTest, SteppingWithoutADatasetFindsNothing) {
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  EXPECT_FALSE(controller.stepToNextEvent());
  EXPECT_FALSE(controller.stepToPreviousEvent());
  EXPECT_FALSE(controller.stepToNextControlChange());
  EXPECT_FALSE(controller.stepToPreviousControlChange());
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerWithDatasetTest, StepsForwardThroughEventStarts) {
  controller.setCurrentDay(day(1850, 1, 1));
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  const DayNumber expected[] = {day(1855, 2, 7), day(1904, 2, 8), day(1945, 8, 28), day(1964, 1, 1),
                                day(1978, 8, 1)};
  for (DayNumber target : expected) {
    ASSERT_TRUE(controller.stepToNextEvent());
    EXPECT_EQ(controller.currentDay(), target);
  }
  EXPECT_EQ(spy.count(), 5);

  EXPECT_FALSE(controller.stepToNextEvent());
  EXPECT_EQ(controller.currentDay(), day(1978, 8, 1));
  EXPECT_EQ(spy.count(), 5);
}

TEST_F(TimeControllerWithDatasetTest, StepsBackThroughEventStarts) {
  controller.setCurrentDay(day(1950, 6, 1));
  ASSERT_TRUE(controller.stepToPreviousEvent());
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  ASSERT_TRUE(controller.stepToPreviousEvent());
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));  // the war's start, not its end
  ASSERT_TRUE(controller.stepToPreviousEvent());
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));

  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  EXPECT_FALSE(controller.stepToPreviousEvent());
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerWithDatasetTest, StepsThroughControlChanges) {
  controller.setCurrentDay(day(1850, 1, 1));
  const DayNumber expected[] = {day(1855, 2, 7), day(1905, 1, 1), day(1905, 12, 31), day(1945, 8, 28),
                                day(1991, 12, 26)};
  for (DayNumber target : expected) {
    ASSERT_TRUE(controller.stepToNextControlChange());
    EXPECT_EQ(controller.currentDay(), target);
  }
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  EXPECT_FALSE(controller.stepToNextControlChange());
  EXPECT_EQ(spy.count(), 0);

  ASSERT_TRUE(controller.stepToPreviousControlChange());
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  controller.setCurrentDay(day(1855, 2, 7));
  spy.clear();
  EXPECT_FALSE(controller.stepToPreviousControlChange());
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerWithDatasetTest, StepsOnlyToTargetsInsideBounds) {
  // Narrower bounds hide the later events: stepping stops at the bounds, not beyond them.
  controller.setBounds({day(1850, 1, 1), day(1950, 12, 31)});
  controller.setCurrentDay(day(1946, 1, 1));
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  EXPECT_FALSE(controller.stepToNextEvent());
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerTest, SetBoundsClampsTheDateAndTheVisibleRange) {
  controller.setCurrentDay(day(1990, 1, 1));
  QSignalSpy boundsSpy(&controller, &TimeController::boundsChanged);
  QSignalSpy daySpy(&controller, &TimeController::currentDayChanged);
  const DayRange bounds{day(1900, 1, 1), day(1950, 1, 1)};
  controller.setBounds(bounds);
  EXPECT_EQ(boundsSpy.count(), 1);
  EXPECT_EQ(controller.bounds(), bounds);
  EXPECT_EQ(controller.visibleRange(), bounds);
  EXPECT_EQ(controller.currentDay(), bounds.last);
  EXPECT_EQ(daySpy.count(), 1);
}

TEST_F(TimeControllerTest, JumpToADayPrecisionDate) {
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  QString error;
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1956-10-19"), &error)) << error.toStdString();
  EXPECT_EQ(controller.currentDay(), day(1956, 10, 19));
  EXPECT_EQ(spy.count(), 1);
  EXPECT_TRUE(error.isEmpty());
}

TEST_F(TimeControllerTest, JumpToAnImpreciseDateGoesToItsFirstDay) {
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1978-08")));
  EXPECT_EQ(controller.currentDay(), day(1978, 8, 1));
  ASSERT_TRUE(controller.jumpTo(QStringLiteral(" 1945~ ")));  // surrounding spaces from typing
  EXPECT_EQ(controller.currentDay(), day(1945, 1, 1));
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1904-02-08/1905-09-05")));
  EXPECT_EQ(controller.currentDay(), day(1904, 2, 8));
}

TEST_F(TimeControllerTest, JumpToAnInvalidDateNamesThePositionAndReason) {
  controller.setCurrentDay(day(1945, 8, 28));
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  QString error;
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1956-02-30"), &error));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_EQ(spy.count(), 0);
  EXPECT_TRUE(error.contains(QLatin1String("character 9"))) << error.toStdString();
  EXPECT_TRUE(error.contains(QLatin1String("30"))) << error.toStdString();

  error.clear();
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("August 1945"), &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(controller.jumpTo(QString(), &error));
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerTest, JumpToADateOutsideTheBoundsIsRejected) {
  controller.setCurrentDay(day(1945, 8, 28));
  QSignalSpy spy(&controller, &TimeController::currentDayChanged);
  QString error;
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1700-01-01"), &error));
  EXPECT_TRUE(error.contains(QLatin1String("1850-01-01"))) << error.toStdString();
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("2999"), &error));
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("../1945"), &error));  // no first day to go to
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_EQ(spy.count(), 0);
}

TEST_F(TimeControllerTest, JumpToWithoutAnErrorOutParameterStillFailsCleanly) {
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1956-13")));
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1600")));
}

// --- The typed date (#15) --------------------------------------------------------------------

TEST_F(TimeControllerTest, AJumpKeepsTheTypedDateBesideTheDayUntilTheDayMovesOtherwise) {
  controller.setCurrentDay(day(1950, 6, 1));
  EXPECT_FALSE(controller.typedDate().has_value());
  QSignalSpy typedSpy(&controller, &TimeController::typedDateChanged);
  // Listeners of the day find the typed date already there.
  std::optional<std::string> seenWithTheDay;
  QObject::connect(&controller, &TimeController::currentDayChanged, &controller, [&] {
    seenWithTheDay =
        controller.typedDate() ? std::optional(controller.typedDate()->toString()) : std::nullopt;
  });

  ASSERT_TRUE(controller.jumpTo(QStringLiteral(" 1945~ ")));
  EXPECT_EQ(controller.currentDay(), day(1945, 1, 1));  // the interval's first day
  ASSERT_TRUE(controller.typedDate().has_value());
  EXPECT_EQ(controller.typedDate()->toString(), "1945~");
  EXPECT_EQ(controller.typedDateText(), QStringLiteral("1945~"));
  EXPECT_EQ(seenWithTheDay, std::optional<std::string>("1945~"));
  EXPECT_EQ(typedSpy.count(), 1);

  // The same first day typed another way: the day stays, the typed date changes.
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1945?")));
  EXPECT_EQ(controller.typedDateText(), QStringLiteral("1945?"));
  EXPECT_EQ(typedSpy.count(), 2);

  // Any other move of the day drops it: a step, playback, a glide.
  controller.stepByDays(1);
  EXPECT_FALSE(controller.typedDate().has_value());
  EXPECT_TRUE(controller.typedDateText().isEmpty());
  EXPECT_EQ(typedSpy.count(), 3);
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1978-08")));
  controller.play();
  controller.advance(1000ms);
  controller.pause();
  EXPECT_FALSE(controller.typedDate().has_value());
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1904-02-08/1905-09-05")));
  EXPECT_TRUE(controller.typedDate()->isInterval());
  controller.setCurrentDay(day(1904, 2, 8));  // the same day: nothing moves, the typed date stays
  EXPECT_TRUE(controller.typedDate().has_value());
  controller.setCurrentDay(day(1904, 2, 9));
  EXPECT_FALSE(controller.typedDate().has_value());
}

TEST_F(TimeControllerTest, ARefusedDateKeepsTheTypedDateThatWasThere) {
  ASSERT_TRUE(controller.jumpTo(QStringLiteral("1945~")));
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1956-02-30")));
  EXPECT_EQ(controller.typedDateText(), QStringLiteral("1945~"));
}

// --- Slow playback and the loop range (#15) -------------------------------------------------

TEST_F(TimeControllerTest, TheSlowestPlaybackIsOneDayASecond) {
  controller.setSpeedYearsPerSecond(0.0);
  EXPECT_DOUBLE_EQ(controller.speedYearsPerSecond(), TimeController::kMinimumSpeed);
  controller.setCurrentDay(day(1945, 8, 1));
  controller.play();
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 2));
  controller.advance(29'000ms);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 31));  // August 1945 takes a month of seconds
  controller.pause();
}

TEST_F(TimeControllerTest, PlaybackWrapsWithinTheLoopRange) {
  QSignalSpy rangeSpy(&controller, &TimeController::loopRangeChanged);
  controller.setLoopRange({day(1945, 8, 31), day(1945, 8, 1)});  // reversed ends are swapped
  ASSERT_TRUE(controller.loopRange().has_value());
  EXPECT_EQ(*controller.loopRange(), (DayRange{day(1945, 8, 1), day(1945, 8, 31)}));
  EXPECT_TRUE(controller.loops());
  EXPECT_EQ(rangeSpy.count(), 1);

  controller.setSpeedYearsPerSecond(7.0 / 365.2425);  // a week a second
  controller.setCurrentDay(day(1945, 8, 27));
  controller.play();
  controller.advance(1000ms);  // 1945-09-03 would be past the end: back to the start
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 1));
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 8));
  EXPECT_TRUE(controller.isPlaying());

  // From beyond the range, playback comes back into it.
  controller.setCurrentDay(day(1950, 1, 1));
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 1));

  controller.clearLoop();
  EXPECT_FALSE(controller.loopRange().has_value());
  EXPECT_FALSE(controller.loops());
  EXPECT_EQ(rangeSpy.count(), 2);
  controller.setCurrentDay(day(1945, 8, 27));
  controller.advance(1000ms);
  EXPECT_EQ(controller.currentDay(), day(1945, 9, 3));  // no wrap any more
  controller.pause();
}

TEST_F(TimeControllerTest, LoopStartAndEndAreSetAtTheCurrentDay) {
  controller.setCurrentDay(day(1945, 8, 9));
  controller.setLoopStartAtCurrentDay();
  EXPECT_EQ(*controller.loopRange(), (DayRange{day(1945, 8, 9), controller.bounds().last}));
  controller.setCurrentDay(day(1945, 9, 2));
  controller.setLoopEndAtCurrentDay();
  EXPECT_EQ(*controller.loopRange(), (DayRange{day(1945, 8, 9), day(1945, 9, 2)}));
  // An end before the start: the start goes back to the axis's start.
  controller.setCurrentDay(day(1904, 2, 8));
  controller.setLoopEndAtCurrentDay();
  EXPECT_EQ(*controller.loopRange(), (DayRange{controller.bounds().first, day(1904, 2, 8)}));
}

}  // namespace
}  // namespace okhotsk::app
