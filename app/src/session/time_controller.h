// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace okhotsk::app {

class AtlasDocument;

/// Owns "the current date" of the atlas (day resolution), the visible range of the
/// timeline, playback (play/pause, speed in years per second, loop), stepping
/// (previous/next event, previous/next control change, jump to a typed EDTF date), animated
/// jumps (animateTo) and the follow-the-date policy: the one clock of the atlas.
///
/// Not a widget. Timeline, map, chart and panels are equal listeners: they receive it in
/// their constructors and react to its typed signals. It asks the document's dataset for
/// stepping targets; it never touches a view.
class TimeController : public QObject {
  Q_OBJECT

 public:
  explicit TimeController(const AtlasDocument& document, QObject* parent = nullptr);

  [[nodiscard]] DayNumber currentDay() const noexcept { return m_currentDay; }
  /// The whole axis: 1850-01-01 to today.
  [[nodiscard]] DayRange bounds() const noexcept { return m_bounds; }
  /// The part of the axis the timeline shows (zoom); always inside bounds().
  [[nodiscard]] DayRange visibleRange() const noexcept { return m_visible; }
  [[nodiscard]] bool isPlaying() const noexcept { return m_playing; }
  [[nodiscard]] double speedYearsPerSecond() const noexcept { return m_speed; }
  [[nodiscard]] bool loops() const noexcept { return m_loop; }
  /// Whether the visible range follows the date (see setFollowCurrentDay); on by default.
  [[nodiscard]] bool followsCurrentDay() const noexcept { return m_follow; }
  /// True while an animateTo() glide runs.
  [[nodiscard]] bool isAnimating() const noexcept { return m_animating; }
  /// The EDTF date the user typed to get to the current day ("1945~", "1978-08",
  /// "1904-02-08/1905-09-05"), kept beside the day as long as the day is the one jumpTo()
  /// moved to; empty once the day changes by any other means (playback, stepping, the timeline).
  [[nodiscard]] const std::optional<Edtf>& typedDate() const noexcept { return m_typedDate; }
  /// The typed date as the user wrote it (trimmed); empty when there is no typed date.
  [[nodiscard]] const QString& typedDateText() const noexcept { return m_typedDateText; }
  /// The range playback wraps within while looping; empty: the whole axis.
  [[nodiscard]] const std::optional<DayRange>& loopRange() const noexcept { return m_loopRange; }

  /// Moves the date by `elapsed` of wall time: one step of a running glide, else of playback
  /// (playback waits while a glide runs), then reports the time that passed with no glide
  /// running through timePassed(). Public so that tests and the kiosk's injectable clock can
  /// drive everything without sleeping; in real use the controller's timer calls it.
  void advance(std::chrono::milliseconds elapsed);
  /// Keeps the clock ticking while nothing plays or glides, for a listener of timePassed()
  /// that counts time (the tour's autoplay holds each stop for its time).
  void setClockWanted(bool wanted);

 public Q_SLOTS:
  /// Sets the current day, clamped to bounds(); emits currentDayChanged when it changes.
  /// Cancels a running glide (animateTo), as does every jump and step below.
  void setCurrentDay(okhotsk::DayNumber day);
  /// Glides the date to `day` (clamped to bounds()) over `duration`, eased in and out
  /// (easing::easeInOut), emitting currentDayChanged on the way and exactly `day` at the end.
  /// Without a duration, or when already there, it is setCurrentDay(). A new animateTo()
  /// starts from the day reached so far.
  void animateTo(okhotsk::DayNumber day, std::chrono::milliseconds duration);
  /// Stops a running glide where it is.
  void stopAnimation();
  /// Follow the date: when the current day moves out of the visible range, the controller
  /// moves the range (same length) to show it: while playing it turns the page, so most of
  /// the new range lies ahead of the date; otherwise it centres the date. Turning it on does
  /// not move the range by itself; the next change of day does. A timeline turns it off
  /// while the user drags the view, so the view does not run away under the pointer.
  void setFollowCurrentDay(bool follow);
  void setVisibleRange(okhotsk::DayRange range);
  void setBounds(okhotsk::DayRange bounds);
  void play();
  void pause();
  void togglePlaying();
  /// Clamped to [kMinimumSpeed, kMaximumSpeed] years per second.
  void setSpeedYearsPerSecond(double speed);
  void setLoop(bool loop);
  /// Loops playback within `range` (clamped to bounds(), ends swapped if reversed) and turns
  /// looping on.
  void setLoopRange(okhotsk::DayRange range);
  /// The loop starts (ends) at the current day; its other end stays, or is the axis's end
  /// (start) when there was no loop range or it would lie on the wrong side.
  void setLoopStartAtCurrentDay();
  void setLoopEndAtCurrentDay();
  /// The same at any day (a place on the timeline).
  void setLoopStartAt(okhotsk::DayNumber day);
  void setLoopEndAt(okhotsk::DayNumber day);
  /// Forgets the loop range and turns looping off.
  void clearLoop();

  /// Steps to the start of the next/previous event; false (and no change) when there is none.
  bool stepToNextEvent();
  bool stepToPreviousEvent();
  /// Steps to the next/previous day on which some territory's control changes.
  bool stepToNextControlChange();
  bool stepToPreviousControlChange();
  /// Moves by a number of days (negative goes back), clamped.
  void stepByDays(qint64 days);
  /// Jumps to the first day of an EDTF date. On failure returns false and sets `error`
  /// to a readable reason ("at character 9: day 30 does not exist in February 1956").
  /// `language` words a parse error (Japanese and Russian from the catalogue, English from the
  /// parser's own detailed reason).
  /// The typed date is kept (typedDate()) until the day changes otherwise.
  bool jumpTo(const QString& edtfText, QString* error = nullptr, Language language = Language::English);

 public:
  /// One day a second: the slowest playback.
  static constexpr double kMinimumSpeed = 1.0 / 365.2425;
  static constexpr double kMaximumSpeed = 100.0;

 Q_SIGNALS:
  void currentDayChanged(okhotsk::DayNumber day);
  void visibleRangeChanged(okhotsk::DayRange range);
  void boundsChanged(okhotsk::DayRange bounds);
  void playingChanged(bool playing);
  void speedChanged(double yearsPerSecond);
  void loopChanged(bool loop);
  /// The loop range was set or cleared (loopRange()).
  void loopRangeChanged();
  /// The typed date was set by jumpTo() or dropped because the day changed otherwise; emitted
  /// before the currentDayChanged() of the same change.
  void typedDateChanged();
  /// A glide started (true) or ended (false: arrived, cancelled or stopped).
  void animatingChanged(bool animating);
  /// Wall time that passed on the clock with no glide running: a whole step of advance(), or
  /// what was left of the step in which a glide arrived. The one clock the tour's holds use.
  void timePassed(std::chrono::milliseconds elapsed);

 private:
  void onTick();
  void updateTimer();
  // Clamps, follows the date when asked to and emits; unlike setCurrentDay it leaves a
  // running glide alone (the glide and playback move the date through it).
  void moveTo(DayNumber day);
  // Sets (or with an empty `date`, drops) the typed date and says so when it changed.
  void setTypedDate(const std::optional<Edtf>& date, const QString& text);
  void followCurrentDay();
  // One step of the glide; returns the part of `elapsed` left over after it arrived (zero while
  // it runs on).
  std::chrono::milliseconds advanceAnimation(std::chrono::milliseconds elapsed);
  void advancePlayback(std::chrono::milliseconds elapsed);

  const AtlasDocument& m_document;
  DayRange m_bounds;
  DayRange m_visible;
  DayNumber m_currentDay = 0;
  bool m_playing = false;
  double m_speed = 2.0;
  bool m_loop = false;
  std::optional<DayRange> m_loopRange;
  std::optional<Edtf> m_typedDate;
  QString m_typedDateText;
  double m_fractionalDays = 0.0;  // playback progress not yet a whole day
  bool m_follow = true;
  bool m_clockWanted = false;  // see setClockWanted()
  // The running glide.
  bool m_animating = false;
  DayNumber m_glideFrom = 0;
  DayNumber m_glideTo = 0;
  std::chrono::milliseconds m_glideDuration{0};
  std::chrono::milliseconds m_glideElapsed{0};
  QTimer m_timer;
  QElapsedTimer m_clock;
};

}  // namespace okhotsk::app
