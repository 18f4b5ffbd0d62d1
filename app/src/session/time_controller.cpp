// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/time_controller.h"

#include "text/date_error_text.h"

#include "session/atlas_document.h"
#include "session/easing.h"

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {
constexpr double kDaysPerYear = 365.2425;
constexpr int kTickMilliseconds = 16;  // ~60 Hz playback
}  // namespace

TimeController::TimeController(const AtlasDocument& document, QObject* parent)
    : QObject(parent),
      m_document(document),
      m_bounds{daysFromGregorian(1850, 1, 1), today()},
      m_visible(m_bounds),
      m_currentDay(daysFromGregorian(1855, 2, 7)) {
  m_timer.setInterval(kTickMilliseconds);
  m_timer.setTimerType(Qt::PreciseTimer);
  connect(&m_timer, &QTimer::timeout, this, &TimeController::onTick);
}

void TimeController::setCurrentDay(DayNumber day) {
  stopAnimation();
  moveTo(day);
}

void TimeController::moveTo(DayNumber day) {
  day = std::clamp(day, m_bounds.first, m_bounds.last);
  if (day == m_currentDay) return;
  m_currentDay = day;
  // A day reached otherwise than by typing it is no longer the typed date.
  setTypedDate(std::nullopt, QString());
  // The range first, so that listeners of the day find it on screen.
  followCurrentDay();
  Q_EMIT currentDayChanged(day);
}

void TimeController::setTypedDate(const std::optional<Edtf>& date, const QString& text) {
  if (date == m_typedDate && text == m_typedDateText) return;
  m_typedDate = date;
  m_typedDateText = date ? text : QString();
  Q_EMIT typedDateChanged();
}

void TimeController::setFollowCurrentDay(bool follow) {
  m_follow = follow;
}

void TimeController::followCurrentDay() {
  if (!m_follow || m_visible.contains(m_currentDay)) return;
  const DayNumber length = m_visible.last - m_visible.first;
  // Playing forward: turn the page so most of the new view lies ahead of the date;
  // otherwise (a jump, a step, a glide) centre the date.
  const DayNumber first = m_playing ? m_currentDay - length / 10 : m_currentDay - length / 2;
  setVisibleRange({first, first + length});
}

void TimeController::setVisibleRange(DayRange range) {
  if (range.first > range.last) std::swap(range.first, range.last);
  // At least a week visible; never beyond the axis.
  const DayNumber minimum = 7;
  if (range.last - range.first < minimum) range.last = range.first + minimum;
  const DayNumber length = std::min(range.last - range.first, m_bounds.last - m_bounds.first);
  range.first = std::clamp(range.first, m_bounds.first, m_bounds.last - length);
  range.last = range.first + length;
  if (range == m_visible) return;
  m_visible = range;
  Q_EMIT visibleRangeChanged(range);
}

void TimeController::setBounds(DayRange bounds) {
  if (bounds.first > bounds.last || bounds == m_bounds) return;
  m_bounds = bounds;
  Q_EMIT boundsChanged(bounds);
  setVisibleRange(m_visible);
  moveTo(m_currentDay);  // clamped; a running glide goes on inside the new bounds
}

void TimeController::play() {
  if (m_playing) return;
  if (m_currentDay >= m_bounds.last && !m_loop) setCurrentDay(m_bounds.first);
  m_playing = true;
  m_fractionalDays = 0.0;
  updateTimer();
  Q_EMIT playingChanged(true);
}

void TimeController::pause() {
  if (!m_playing) return;
  m_playing = false;
  updateTimer();
  Q_EMIT playingChanged(false);
}

void TimeController::togglePlaying() {
  m_playing ? pause() : play();
}

void TimeController::setSpeedYearsPerSecond(double speed) {
  speed = std::clamp(speed, kMinimumSpeed, kMaximumSpeed);
  if (speed == m_speed) return;
  m_speed = speed;
  Q_EMIT speedChanged(speed);
}

void TimeController::setLoop(bool loop) {
  if (loop == m_loop) return;
  m_loop = loop;
  Q_EMIT loopChanged(loop);
}

void TimeController::setLoopRange(DayRange range) {
  if (range.first > range.last) std::swap(range.first, range.last);
  range.first = std::clamp(range.first, m_bounds.first, m_bounds.last);
  range.last = std::clamp(range.last, m_bounds.first, m_bounds.last);
  if (m_loopRange != range) {
    m_loopRange = range;
    Q_EMIT loopRangeChanged();
  }
  setLoop(true);
}

void TimeController::setLoopStartAtCurrentDay() {
  setLoopStartAt(m_currentDay);
}

void TimeController::setLoopEndAtCurrentDay() {
  setLoopEndAt(m_currentDay);
}

void TimeController::setLoopStartAt(DayNumber day) {
  day = std::clamp(day, m_bounds.first, m_bounds.last);
  DayNumber last = m_loopRange ? m_loopRange->last : m_bounds.last;
  if (last < day) last = m_bounds.last;
  setLoopRange({day, last});
}

void TimeController::setLoopEndAt(DayNumber day) {
  day = std::clamp(day, m_bounds.first, m_bounds.last);
  DayNumber first = m_loopRange ? m_loopRange->first : m_bounds.first;
  if (first > day) first = m_bounds.first;
  setLoopRange({first, day});
}

void TimeController::clearLoop() {
  if (m_loopRange) {
    m_loopRange.reset();
    Q_EMIT loopRangeChanged();
  }
  setLoop(false);
}

void TimeController::onTick() {
  const auto elapsed = std::chrono::milliseconds(m_clock.restart());
  advance(elapsed);
}

void TimeController::updateTimer() {
  const bool needed = m_playing || m_animating || m_clockWanted;
  if (needed && !m_timer.isActive()) {
    m_clock.start();
    m_timer.start();
  } else if (!needed && m_timer.isActive()) {
    m_timer.stop();
  }
}

void TimeController::advance(std::chrono::milliseconds elapsed) {
  if (m_animating) {
    const std::chrono::milliseconds rest = advanceAnimation(elapsed);
    if (!m_animating && rest.count() > 0) Q_EMIT timePassed(rest);
    return;
  }
  if (m_playing) advancePlayback(elapsed);
  Q_EMIT timePassed(elapsed);
}

void TimeController::setClockWanted(bool wanted) {
  if (wanted == m_clockWanted) return;
  m_clockWanted = wanted;
  updateTimer();
}

void TimeController::advancePlayback(std::chrono::milliseconds elapsed) {
  m_fractionalDays += static_cast<double>(elapsed.count()) / 1000.0 * m_speed * kDaysPerYear;
  // A rounding error must not hold back a whole day (one day a second is 1/365.2425 year/s).
  const double whole = std::floor(m_fractionalDays + 1e-9);
  if (whole < 1.0) return;
  m_fractionalDays -= whole;
  DayNumber next = m_currentDay + static_cast<DayNumber>(whole);
  // Looping within a loop range wraps at its end (and from beyond it) to its start.
  if (m_loop && m_loopRange && next > m_loopRange->last) {
    moveTo(m_loopRange->first);
    return;
  }
  if (next > m_bounds.last) {
    if (m_loop) {
      next = m_bounds.first;
    } else {
      moveTo(m_bounds.last);
      pause();
      return;
    }
  }
  moveTo(next);
}

// --- Animated jumps --------------------------------------------------------------------------

void TimeController::animateTo(DayNumber day, std::chrono::milliseconds duration) {
  day = std::clamp(day, m_bounds.first, m_bounds.last);
  if (duration.count() <= 0 || day == m_currentDay) {
    setCurrentDay(day);
    return;
  }
  m_glideFrom = m_currentDay;
  m_glideTo = day;
  m_glideDuration = duration;
  m_glideElapsed = std::chrono::milliseconds{0};
  if (m_animating) return;  // the running glide turns towards the new target
  m_animating = true;
  updateTimer();
  Q_EMIT animatingChanged(true);
}

void TimeController::stopAnimation() {
  if (!m_animating) return;
  m_animating = false;
  updateTimer();
  Q_EMIT animatingChanged(false);
}

std::chrono::milliseconds TimeController::advanceAnimation(std::chrono::milliseconds elapsed) {
  m_glideElapsed += elapsed;
  const double t = std::min(
      1.0, static_cast<double>(m_glideElapsed.count()) / static_cast<double>(m_glideDuration.count()));
  if (t < 1.0) {
    const double day = static_cast<double>(m_glideFrom) +
                       (static_cast<double>(m_glideTo - m_glideFrom) * easing::easeInOut(t));
    moveTo(static_cast<DayNumber>(std::llround(day)));
    return std::chrono::milliseconds{0};
  }
  // Arrived: the glide is over before the last day is announced, so listeners of the day
  // see isAnimating() false there, and animatingChanged(false) follows it.
  m_animating = false;
  updateTimer();
  moveTo(m_glideTo);
  Q_EMIT animatingChanged(false);
  return m_glideElapsed - m_glideDuration;
}

namespace {
template <typename Query>
bool stepTo(const AtlasDocument& document, DayNumber from, Query query, TimeController& controller) {
  const Dataset* dataset = document.dataset();
  if (dataset == nullptr) return false;
  const std::optional<DayNumber> target = query(*dataset, from);
  if (!target || *target < controller.bounds().first || *target > controller.bounds().last) return false;
  controller.setCurrentDay(*target);
  return true;
}
}  // namespace

bool TimeController::stepToNextEvent() {
  return stepTo(
      m_document, m_currentDay, [](const Dataset& d, DayNumber day) { return d.nextEventStart(day); }, *this);
}

bool TimeController::stepToPreviousEvent() {
  return stepTo(
      m_document, m_currentDay, [](const Dataset& d, DayNumber day) { return d.previousEventStart(day); },
      *this);
}

bool TimeController::stepToNextControlChange() {
  return stepTo(
      m_document, m_currentDay, [](const Dataset& d, DayNumber day) { return d.nextControlChange(day); },
      *this);
}

bool TimeController::stepToPreviousControlChange() {
  return stepTo(
      m_document, m_currentDay, [](const Dataset& d, DayNumber day) { return d.previousControlChange(day); },
      *this);
}

void TimeController::stepByDays(qint64 days) {
  setCurrentDay(m_currentDay + static_cast<DayNumber>(days));
}

bool TimeController::jumpTo(const QString& edtfText, QString* error, Language language) {
  EdtfError parseError;
  const std::string text = edtfText.trimmed().toStdString();
  const auto parsed = Edtf::parse(text, &parseError);
  if (!parsed) {
    if (error != nullptr) *error = edtfErrorText(edtfText, parseError, language);
    return false;
  }
  if (parsed->earliest() <= kDayMin) {
    if (error != nullptr) *error = tr("the date has no known start");
    return false;
  }
  if (parsed->earliest() > m_bounds.last || parsed->latest() < m_bounds.first) {
    if (error != nullptr)
      *error = tr("%1 is outside the atlas's time span (%2 to %3)")
                   .arg(QString::fromStdString(parsed->toString()),
                        QString::fromStdString(isoDate(m_bounds.first)),
                        QString::fromStdString(isoDate(m_bounds.last)));
    return false;
  }
  stopAnimation();
  // The typed date first, so that listeners of the day find it there.
  const QString typed = edtfText.trimmed();
  const DayNumber target = std::clamp(parsed->earliest(), m_bounds.first, m_bounds.last);
  if (target != m_currentDay) {
    // Not through moveTo(), which drops a typed date: the typed date is set once the day is
    // reached and before the day is announced.
    m_currentDay = target;
    followCurrentDay();
    setTypedDate(*parsed, typed);
    Q_EMIT currentDayChanged(target);
  } else {
    setTypedDate(*parsed, typed);
  }
  return true;
}

}  // namespace okhotsk::app
