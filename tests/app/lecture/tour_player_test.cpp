// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TourPlayer without widgets: stepping through the stops (clamping and return values), the
// shared controller's day (a jump, or an eased glide driven by advance()), the shared
// selection, the requested map views, the signals, editing the tour while keeping the current
// stop on its stop, and the attract loop's autoplay, all without sleeping.
#include "session/tour_player.h"

#include "session/atlas_document.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/tour.h"

#include "okhotsk/calendar.h"

#include <QSignalSpy>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <vector>

namespace okhotsk::app {
namespace {

using std::chrono::milliseconds;

TourStop makeStop(const QString& date, const QString& view, const QString& eventId,
                  const QString& territoryId, const QString& caption, double holdSeconds = 10.0) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(date)) << date.toStdString();
  stop.view = view;
  stop.eventId = eventId;
  stop.territoryId = territoryId;
  stop.caption.en = caption;
  stop.caption.ja = caption + QStringLiteral(" (ja)");
  stop.holdSeconds = holdSeconds;
  return stop;
}

// Four stops with distinct dates, views, captions and hold times; the third has no event
// and no territory.
Tour fourStops() {
  Tour tour;
  tour.title.en = QStringLiteral("Player test");
  tour.stops.push_back(makeStop(QStringLiteral("1875-05-07"), QStringLiteral("region"),
                                QStringLiteral("E002"), QStringLiteral("northern_kurils"),
                                QStringLiteral("A"), 2.0));
  tour.stops.push_back(makeStop(QStringLiteral("1945-08-28"), QStringLiteral("144,42.5,149,46"),
                                QStringLiteral("E018"), QStringLiteral("etorofu"), QStringLiteral("B"), 3.5));
  tour.stops.push_back(
      makeStop(QStringLiteral("1951-09-08"), QStringLiteral("world"), {}, {}, QStringLiteral("C"), 1.25));
  tour.stops.push_back(makeStop(QStringLiteral("1905-09-05"), QStringLiteral("habomai"),
                                QStringLiteral("E004"), {}, QStringLiteral("D"), 4.0));
  return tour;
}

milliseconds holdOf(const TourStop& stop) {
  return milliseconds(std::llround(stop.holdSeconds * 1000.0));
}

class TourPlayerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    player.setTransition(milliseconds(0));
    player.setTour(fourStops());
  }

  [[nodiscard]] const TourStop& stopAt(int index) const {
    return player.tour().stops[static_cast<std::size_t>(index)];
  }
  [[nodiscard]] QString currentCaption() const {
    return player.currentStop() ? player.currentStop()->caption.en : QString();
  }

  AtlasDocument document;  // never opened: the player needs no dataset
  TimeController controller{document};
  Selection selection;
  TourPlayer player{controller, selection};
};

// --- stepping -----------------------------------------------------------------------------

TEST_F(TourPlayerTest, StartsBeforeTheFirstStop) {
  EXPECT_EQ(player.count(), 4);
  EXPECT_EQ(player.currentIndex(), -1);
  EXPECT_EQ(player.currentStop(), nullptr);
  EXPECT_TRUE(player.caption(Language::English).isEmpty());
  EXPECT_FALSE(player.previous());
  EXPECT_EQ(player.currentIndex(), -1);
}

TEST_F(TourPlayerTest, NextFromTheStartGoesToTheFirstStop) {
  EXPECT_TRUE(player.next());
  EXPECT_EQ(player.currentIndex(), 0);
  EXPECT_EQ(player.caption(Language::English), stopAt(0).caption.en);
}

TEST_F(TourPlayerTest, GoToClampsToTheTour) {
  player.goTo(-7);
  EXPECT_EQ(player.currentIndex(), 0);
  player.goTo(player.count() + 5);
  EXPECT_EQ(player.currentIndex(), player.count() - 1);
  player.goTo(1);
  EXPECT_EQ(player.currentIndex(), 1);
  ASSERT_NE(player.currentStop(), nullptr);
  EXPECT_EQ(*player.currentStop(), stopAt(1));
}

TEST_F(TourPlayerTest, NextAndPreviousStopAtTheEnds) {
  player.first();
  EXPECT_EQ(player.currentIndex(), 0);
  EXPECT_FALSE(player.previous());
  EXPECT_EQ(player.currentIndex(), 0);
  for (int i = 1; i < player.count(); ++i) {
    EXPECT_TRUE(player.next());
    EXPECT_EQ(player.currentIndex(), i);
  }
  EXPECT_FALSE(player.next());
  EXPECT_EQ(player.currentIndex(), player.count() - 1);
  EXPECT_TRUE(player.previous());
  EXPECT_EQ(player.currentIndex(), player.count() - 2);
  player.last();
  EXPECT_EQ(player.currentIndex(), player.count() - 1);
  player.first();
  EXPECT_EQ(player.currentIndex(), 0);
}

TEST_F(TourPlayerTest, AnEmptyTourHasNothingToGoTo) {
  QSignalSpy stops(&player, &TourPlayer::stopChanged);
  player.setTour(Tour{});
  EXPECT_EQ(player.count(), 0);
  EXPECT_EQ(player.currentIndex(), -1);
  stops.clear();
  player.goTo(0);
  player.first();
  player.last();
  EXPECT_FALSE(player.next());
  EXPECT_FALSE(player.previous());
  EXPECT_EQ(player.currentIndex(), -1);
  EXPECT_EQ(player.currentStop(), nullptr);
  EXPECT_EQ(stops.count(), 0);
  player.startAutoplay();
  EXPECT_FALSE(player.isAutoplaying());
}

TEST_F(TourPlayerTest, CaptionFallsBackToEnglish) {
  player.goTo(0);
  EXPECT_EQ(player.caption(Language::English), stopAt(0).caption.en);
  EXPECT_EQ(player.caption(Language::Japanese), stopAt(0).caption.ja);
  ASSERT_TRUE(stopAt(0).caption.ru.isEmpty());
  EXPECT_EQ(player.caption(Language::Russian), stopAt(0).caption.en);
}

// --- the controller's day -----------------------------------------------------------------

TEST_F(TourPlayerTest, WithoutTransitionTheDayJumps) {
  for (int i = 0; i < player.count(); ++i) {
    player.goTo(i);
    EXPECT_EQ(controller.currentDay(), stopAt(i).day) << i;
    EXPECT_FALSE(player.isAnimating());
  }
}

// Drives a transition in steps of `step` and returns the days the controller went through.
std::vector<DayNumber> glide(TourPlayer& player, const TimeController& controller, milliseconds step) {
  std::vector<DayNumber> days{controller.currentDay()};
  for (int guard = 0; player.isAnimating() && guard < 10'000; ++guard) {
    player.advance(step);
    days.push_back(controller.currentDay());
  }
  return days;
}

TEST_F(TourPlayerTest, TransitionMovesTheDayMonotonicallyAndArrivesExactly) {
  player.goTo(0);
  const DayNumber start = controller.currentDay();
  ASSERT_EQ(start, stopAt(0).day);

  const milliseconds transition(1000);
  player.setTransition(transition);
  EXPECT_EQ(player.transition(), transition);
  player.goTo(1);  // forwards in time
  EXPECT_TRUE(player.isAnimating());
  EXPECT_EQ(controller.currentDay(), start);  // nothing has happened yet: no wall time passed

  const milliseconds step(70);  // does not divide the transition: the last step overshoots
  const std::vector<DayNumber> forwards = glide(player, controller, step);
  EXPECT_FALSE(player.isAnimating());
  const auto expectedSteps = static_cast<std::size_t>(
      std::ceil(static_cast<double>(transition.count()) / static_cast<double>(step.count())));
  EXPECT_EQ(forwards.size(), expectedSteps + 1);
  for (std::size_t i = 1; i < forwards.size(); ++i) EXPECT_GE(forwards[i], forwards[i - 1]) << i;
  EXPECT_EQ(forwards.back(), stopAt(1).day);
  // Somewhere strictly between the two days on the way.
  EXPECT_GT(forwards[forwards.size() / 2], start);
  EXPECT_LT(forwards[forwards.size() / 2], stopAt(1).day);

  player.goTo(3);  // backwards in time
  ASSERT_LT(stopAt(3).day, stopAt(1).day);
  const std::vector<DayNumber> backwards = glide(player, controller, milliseconds(100));
  for (std::size_t i = 1; i < backwards.size(); ++i) EXPECT_LE(backwards[i], backwards[i - 1]) << i;
  EXPECT_EQ(backwards.back(), stopAt(3).day);
  EXPECT_EQ(controller.currentDay(), stopAt(3).day);
}

TEST_F(TourPlayerTest, TransitionToTheSameDayDoesNotAnimate) {
  player.goTo(1);
  player.setTransition(milliseconds(1000));
  player.goTo(1);
  EXPECT_FALSE(player.isAnimating());
  EXPECT_EQ(controller.currentDay(), stopAt(1).day);
}

TEST_F(TourPlayerTest, AnInterruptedTransitionGlidesOnFromWhereItIs) {
  player.goTo(0);
  player.setTransition(milliseconds(1000));
  player.goTo(2);
  player.advance(milliseconds(500));
  const DayNumber halfway = controller.currentDay();
  EXPECT_GT(halfway, stopAt(0).day);
  EXPECT_LT(halfway, stopAt(2).day);
  player.goTo(1);  // before the glide ended
  const std::vector<DayNumber> days = glide(player, controller, milliseconds(50));
  EXPECT_EQ(days.front(), halfway);
  EXPECT_EQ(days.back(), stopAt(1).day);
}

// --- the selection and the view -----------------------------------------------------------

TEST_F(TourPlayerTest, SelectsTheStopsEventAndTerritory) {
  player.goTo(1);
  EXPECT_EQ(selection.eventId(), stopAt(1).eventId);
  EXPECT_EQ(selection.territoryId(), stopAt(1).territoryId);
  player.goTo(3);  // an event without a territory
  EXPECT_EQ(selection.eventId(), stopAt(3).eventId);
  EXPECT_TRUE(selection.territoryId().isEmpty());
}

TEST_F(TourPlayerTest, AStopWithoutHighlightsClearsTheSelection) {
  player.goTo(0);
  ASSERT_FALSE(selection.eventId().isEmpty());
  ASSERT_FALSE(selection.territoryId().isEmpty());
  QSignalSpy events(&selection, &Selection::eventSelected);
  QSignalSpy territories(&selection, &Selection::territorySelected);
  player.goTo(2);
  ASSERT_TRUE(stopAt(2).eventId.isEmpty());
  ASSERT_TRUE(stopAt(2).territoryId.isEmpty());
  EXPECT_TRUE(selection.eventId().isEmpty());
  EXPECT_TRUE(selection.territoryId().isEmpty());
  ASSERT_EQ(events.count(), 1);
  EXPECT_TRUE(events.at(0).at(0).toString().isEmpty());
  ASSERT_EQ(territories.count(), 1);
  EXPECT_TRUE(territories.at(0).at(0).toString().isEmpty());
}

TEST_F(TourPlayerTest, ViewRequestedCarriesTheStopsView) {
  QSignalSpy views(&player, &TourPlayer::viewRequested);
  for (int i = 0; i < player.count(); ++i) player.goTo(i);
  ASSERT_EQ(views.count(), player.count());
  for (int i = 0; i < player.count(); ++i) EXPECT_EQ(views.at(i).at(0).toString(), stopAt(i).view) << i;
}

TEST_F(TourPlayerTest, AnEmptyViewIsRequestedAsTheRegion) {
  Tour tour = fourStops();
  tour.stops[0].view.clear();
  player.setTour(tour);
  QSignalSpy views(&player, &TourPlayer::viewRequested);
  player.goTo(0);
  ASSERT_EQ(views.count(), 1);
  EXPECT_EQ(views.at(0).at(0).toString(), QStringLiteral("region"));
}

// --- signals ------------------------------------------------------------------------------

TEST_F(TourPlayerTest, StopChangedIsEmittedForEveryGoToEvenTheSameStop) {
  QSignalSpy stops(&player, &TourPlayer::stopChanged);
  QSignalSpy views(&player, &TourPlayer::viewRequested);
  QSignalSpy tours(&player, &TourPlayer::tourChanged);
  player.goTo(2);
  player.goTo(2);  // "go to the current stop again" brings back a panned map
  EXPECT_TRUE(player.next());
  EXPECT_FALSE(player.next());  // at the end: no signal
  ASSERT_EQ(stops.count(), 3);
  EXPECT_EQ(stops.at(0).at(0).toInt(), 2);
  EXPECT_EQ(stops.at(1).at(0).toInt(), 2);
  EXPECT_EQ(stops.at(2).at(0).toInt(), 3);
  EXPECT_EQ(views.count(), 3);
  EXPECT_EQ(tours.count(), 0);  // stepping does not change the tour
}

TEST_F(TourPlayerTest, EditsEmitTourChanged) {
  QSignalSpy tours(&player, &TourPlayer::tourChanged);
  player.setTitle(TourText{QStringLiteral("Another title"), {}, {}});
  EXPECT_EQ(tours.count(), 1);
  EXPECT_EQ(player.tour().title.en, QStringLiteral("Another title"));
  player.setTitle(TourText{QStringLiteral("Another title"), {}, {}});  // unchanged: no signal
  EXPECT_EQ(tours.count(), 1);

  TourStop replaced = stopAt(1);
  replaced.caption.en = QStringLiteral("B2");
  player.replaceStop(1, replaced);
  EXPECT_EQ(tours.count(), 2);
  EXPECT_EQ(stopAt(1).caption.en, QStringLiteral("B2"));
  player.replaceStop(player.count(), replaced);  // out of range: nothing
  EXPECT_EQ(tours.count(), 2);

  player.insertStop(0, replaced);
  EXPECT_EQ(tours.count(), 3);
  player.removeStop(0);
  EXPECT_EQ(tours.count(), 4);
  player.moveStop(0, 1);
  EXPECT_EQ(tours.count(), 5);
  player.moveStop(0, 0);  // no move
  player.moveStop(0, player.count());
  player.removeStop(-1);
  EXPECT_EQ(tours.count(), 5);

  player.setTour(fourStops());
  EXPECT_EQ(tours.count(), 6);
}

// --- editing keeps the current stop -------------------------------------------------------

TEST_F(TourPlayerTest, InsertMakesTheNewStopCurrent) {
  player.goTo(2);
  const TourStop added =
      makeStop(QStringLiteral("1993-10-13"), QStringLiteral("region"), {}, {}, QStringLiteral("Inserted"));
  QSignalSpy stops(&player, &TourPlayer::stopChanged);
  player.insertStop(1, added);
  EXPECT_EQ(player.count(), 5);
  EXPECT_EQ(player.currentIndex(), 1);
  EXPECT_EQ(currentCaption(), QStringLiteral("Inserted"));
  ASSERT_EQ(stops.count(), 1);
  EXPECT_EQ(stops.at(0).at(0).toInt(), 1);

  player.insertStop(99, added);  // clamped to the end
  EXPECT_EQ(player.count(), 6);
  EXPECT_EQ(player.currentIndex(), 5);
  player.insertStop(-3, added);  // clamped to the start
  EXPECT_EQ(player.currentIndex(), 0);
  EXPECT_EQ(stopAt(0), added);
}

TEST_F(TourPlayerTest, RemoveKeepsTheCurrentStopOnItsStop) {
  player.goTo(2);
  const QString current = currentCaption();
  player.removeStop(0);  // before the current stop
  EXPECT_EQ(player.currentIndex(), 1);
  EXPECT_EQ(currentCaption(), current);
  player.removeStop(2);  // after it
  EXPECT_EQ(player.currentIndex(), 1);
  EXPECT_EQ(currentCaption(), current);
  EXPECT_EQ(player.count(), 2);

  player.removeStop(1);  // the current stop itself, the last one: the one before becomes current
  EXPECT_EQ(player.count(), 1);
  EXPECT_EQ(player.currentIndex(), 0);
  player.removeStop(0);
  EXPECT_EQ(player.count(), 0);
  EXPECT_EQ(player.currentIndex(), -1);
  EXPECT_EQ(player.currentStop(), nullptr);
}

TEST_F(TourPlayerTest, MoveKeepsTheCurrentStopOnItsStop) {
  player.goTo(1);
  const QString current = currentCaption();
  struct Move {
    int from;
    int to;
  };
  // Each move, whether it passes the current stop or not, leaves the current stop on the
  // same stop.
  for (const Move move : {Move{0, 3}, Move{3, 0}, Move{2, 3}, Move{0, 2}, Move{3, 1}}) {
    const int before = player.currentIndex();
    if (move.from == before) continue;
    player.moveStop(move.from, move.to);
    EXPECT_EQ(currentCaption(), current) << move.from << "→" << move.to;
  }
  // Moving the current stop itself: it stays current at its new place.
  const int from = player.currentIndex();
  const int to = from == 0 ? 3 : 0;
  QSignalSpy stops(&player, &TourPlayer::stopChanged);
  player.moveStop(from, to);
  EXPECT_EQ(player.currentIndex(), to);
  EXPECT_EQ(currentCaption(), current);
  ASSERT_EQ(stops.count(), 1);
  EXPECT_EQ(stops.at(0).at(0).toInt(), to);
}

TEST_F(TourPlayerTest, MoveReordersTheStops) {
  const Tour original = player.tour();
  player.moveStop(0, 3);
  QStringList order;
  for (const TourStop& stop : player.tour().stops) order << stop.caption.en;
  EXPECT_EQ(order, (QStringList{original.stops[1].caption.en, original.stops[2].caption.en,
                                original.stops[3].caption.en, original.stops[0].caption.en}));
  player.moveStop(3, 0);
  EXPECT_EQ(player.tour(), original);
}

TEST_F(TourPlayerTest, SetTourKeepsAValidIndex) {
  player.goTo(3);
  Tour shorter = fourStops();
  shorter.stops.resize(2);
  QSignalSpy stops(&player, &TourPlayer::stopChanged);
  player.setTour(shorter);
  EXPECT_EQ(player.count(), 2);
  EXPECT_GE(player.currentIndex(), -1);
  EXPECT_LT(player.currentIndex(), 2);
  ASSERT_EQ(stops.count(), 1);
  EXPECT_EQ(stops.at(0).at(0).toInt(), player.currentIndex());
}

// --- autoplay -----------------------------------------------------------------------------

TEST_F(TourPlayerTest, AutoplayStartsAtTheFirstStopAndHoldsEachForItsTime) {
  player.goTo(2);
  QSignalSpy autoplay(&player, &TourPlayer::autoplayChanged);
  player.startAutoplay();
  EXPECT_TRUE(player.isAutoplaying());
  ASSERT_EQ(autoplay.count(), 1);
  EXPECT_TRUE(autoplay.at(0).at(0).toBool());
  EXPECT_EQ(player.currentIndex(), 0);
  EXPECT_EQ(controller.currentDay(), stopAt(0).day);

  // Two rounds: each stop is held exactly its holdSeconds, and the last wraps to the first.
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < player.count(); ++i) {
      ASSERT_EQ(player.currentIndex(), i) << "round " << round;
      const milliseconds hold = holdOf(stopAt(i));
      player.advance(hold - milliseconds(1));
      EXPECT_EQ(player.currentIndex(), i) << "left stop " << i << " before its hold time";
      player.advance(milliseconds(1));
      const int expected = i + 1 == player.count() ? 0 : i + 1;
      EXPECT_EQ(player.currentIndex(), expected) << "round " << round << ", stop " << i;
      EXPECT_EQ(controller.currentDay(), stopAt(expected).day);
      EXPECT_EQ(selection.eventId(), stopAt(expected).eventId);
    }
  }
}

// One clock: the player has none of its own, so the controller's time (its timer in real
// use) is what moves the attract loop on, and a glide driven by the controller delays the hold.
TEST_F(TourPlayerTest, TheHoldRunsOnTheControllersClock) {
  player.startAutoplay();
  ASSERT_EQ(player.currentIndex(), 0);
  controller.advance(holdOf(stopAt(0)) - milliseconds(1));
  EXPECT_EQ(player.currentIndex(), 0);
  controller.advance(milliseconds(1));
  EXPECT_EQ(player.currentIndex(), 1);

  player.setTransition(milliseconds(400));
  player.goTo(3);
  ASSERT_TRUE(controller.isAnimating());
  controller.advance(milliseconds(400) + holdOf(stopAt(3)) - milliseconds(1));  // arrives, then holds
  EXPECT_FALSE(controller.isAnimating());
  EXPECT_EQ(player.currentIndex(), 3);
  controller.advance(milliseconds(1));
  EXPECT_EQ(player.currentIndex(), 0);
}

TEST_F(TourPlayerTest, StopAutoplayStopsIt) {
  player.startAutoplay();
  QSignalSpy autoplay(&player, &TourPlayer::autoplayChanged);
  player.stopAutoplay();
  EXPECT_FALSE(player.isAutoplaying());
  ASSERT_EQ(autoplay.count(), 1);
  EXPECT_FALSE(autoplay.at(0).at(0).toBool());
  player.advance(holdOf(stopAt(0)) * 3);
  EXPECT_EQ(player.currentIndex(), 0);
  player.stopAutoplay();  // already stopped: no signal
  EXPECT_EQ(autoplay.count(), 1);
}

TEST_F(TourPlayerTest, StartingAutoplayAgainRestartsFromTheFirstStop) {
  player.startAutoplay();
  player.advance(holdOf(stopAt(0)));
  ASSERT_EQ(player.currentIndex(), 1);
  QSignalSpy autoplay(&player, &TourPlayer::autoplayChanged);
  player.startAutoplay();
  EXPECT_EQ(player.currentIndex(), 0);
  EXPECT_EQ(autoplay.count(), 0);  // it was already playing
}

TEST_F(TourPlayerTest, GoingToAStopRestartsItsHold) {
  player.startAutoplay();
  player.advance(holdOf(stopAt(0)) - milliseconds(10));
  player.goTo(0);  // e.g. a visitor's touch brings the same stop back
  player.advance(milliseconds(20));
  EXPECT_EQ(player.currentIndex(), 0);
}

TEST_F(TourPlayerTest, SettingATourStopsAutoplay) {
  player.startAutoplay();
  QSignalSpy autoplay(&player, &TourPlayer::autoplayChanged);
  player.setTour(fourStops());
  EXPECT_FALSE(player.isAutoplaying());
  EXPECT_EQ(autoplay.count(), 1);
}

// The hold of a stop begins when the date has arrived: the glide is not part of it. A tick
// of wall time that ends the glide must count towards the hold only with what is left of it
// after the arrival.
TEST_F(TourPlayerTest, AutoplayHoldsEachStopForItsTimeAfterTheDateArrives) {
  const milliseconds transition(1000);
  player.setTransition(transition);
  player.goTo(3);  // a different day from stop 0, so that starting glides
  ASSERT_NE(stopAt(3).day, stopAt(0).day);
  player.startAutoplay();
  ASSERT_TRUE(player.isAnimating());
  player.advance(transition);  // exactly the glide: the date arrives now
  EXPECT_FALSE(player.isAnimating());
  EXPECT_EQ(controller.currentDay(), stopAt(0).day);
  player.advance(holdOf(stopAt(0)) - milliseconds(1));
  EXPECT_EQ(player.currentIndex(), 0) << "stop 1 was held less than its holdSeconds after its date arrived";
  player.advance(milliseconds(1));
  EXPECT_EQ(player.currentIndex(), 1);
}

}  // namespace
}  // namespace okhotsk::app
