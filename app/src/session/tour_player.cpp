// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/tour_player.h"

#include "session/selection.h"
#include "session/time_controller.h"

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

TourPlayer::TourPlayer(TimeController& controller, Selection& selection, QObject* parent)
    : QObject(parent), m_controller(controller), m_selection(selection) {
  connect(&m_controller, &TimeController::timePassed, this, &TourPlayer::onTimePassed);
}

bool TourPlayer::isAnimating() const noexcept {
  return m_controller.isAnimating();
}

const TourStop* TourPlayer::currentStop() const noexcept {
  if (m_index < 0 || m_index >= count()) return nullptr;
  return &m_tour.stops[static_cast<std::size_t>(m_index)];
}

QString TourPlayer::caption(Language language) const {
  const TourStop* stop = currentStop();
  return stop ? stop->caption.get(language) : QString();
}

void TourPlayer::setTour(Tour tour) {
  stopAutoplay();
  m_tour = std::move(tour);
  m_index = m_tour.stops.empty() ? -1 : std::min(m_index, count() - 1);
  m_controller.stopAnimation();
  Q_EMIT tourChanged();
  Q_EMIT stopChanged(m_index);
}

void TourPlayer::setTitle(const TourText& title) {
  if (title == m_tour.title) return;
  m_tour.title = title;
  Q_EMIT tourChanged();
}

void TourPlayer::insertStop(int index, const TourStop& stop) {
  const int at = std::clamp(index, 0, count());
  m_tour.stops.insert(m_tour.stops.begin() + at, stop);
  m_index = at;
  Q_EMIT tourChanged();
  Q_EMIT stopChanged(m_index);
}

void TourPlayer::replaceStop(int index, const TourStop& stop) {
  if (index < 0 || index >= count()) return;
  m_tour.stops[static_cast<std::size_t>(index)] = stop;
  Q_EMIT tourChanged();
}

void TourPlayer::removeStop(int index) {
  if (index < 0 || index >= count()) return;
  m_tour.stops.erase(m_tour.stops.begin() + index);
  if (m_index >= count())
    m_index = count() - 1;
  else if (m_index > index)
    --m_index;
  Q_EMIT tourChanged();
  Q_EMIT stopChanged(m_index);
}

void TourPlayer::moveStop(int from, int to) {
  if (from < 0 || from >= count() || to < 0 || to >= count() || from == to) return;
  TourStop moved = m_tour.stops[static_cast<std::size_t>(from)];
  m_tour.stops.erase(m_tour.stops.begin() + from);
  m_tour.stops.insert(m_tour.stops.begin() + to, std::move(moved));
  if (m_index == from)
    m_index = to;
  else if (from < m_index && to >= m_index)
    --m_index;
  else if (from > m_index && to <= m_index)
    ++m_index;
  Q_EMIT tourChanged();
  Q_EMIT stopChanged(m_index);
}

void TourPlayer::goTo(int index) {
  if (m_tour.stops.empty()) return;
  m_index = std::clamp(index, 0, count() - 1);
  m_holdElapsed = std::chrono::milliseconds{0};
  const TourStop& stop = m_tour.stops[static_cast<std::size_t>(m_index)];
  // Territory first: selecting an event recentres the map, and the stop's view wins below.
  m_selection.selectTerritory(stop.territoryId);
  m_selection.selectEvent(stop.eventId);
  m_controller.animateTo(stop.day, m_transition);
  Q_EMIT stopChanged(m_index);
  Q_EMIT viewRequested(stop.view.isEmpty() ? QStringLiteral("region") : stop.view);
}

bool TourPlayer::next() {
  if (m_index + 1 >= count()) return false;
  goTo(m_index + 1);
  return true;
}

bool TourPlayer::previous() {
  if (m_index <= 0) return false;
  goTo(m_index - 1);
  return true;
}

void TourPlayer::first() {
  goTo(0);
}

void TourPlayer::last() {
  goTo(count() - 1);
}

void TourPlayer::startAutoplay() {
  if (m_tour.stops.empty()) return;
  if (!m_autoplay) {
    m_autoplay = true;
    Q_EMIT autoplayChanged(true);
  }
  m_controller.setClockWanted(true);
  goTo(0);
}

void TourPlayer::stopAutoplay() {
  if (!m_autoplay) return;
  m_autoplay = false;
  m_controller.setClockWanted(false);
  Q_EMIT autoplayChanged(false);
}

void TourPlayer::advance(std::chrono::milliseconds elapsed) {
  m_controller.advance(elapsed);
}

void TourPlayer::onTimePassed(std::chrono::milliseconds elapsed) {
  // The glide to a stop is not part of its hold: the controller reports only time with no
  // glide running.
  if (!m_autoplay || currentStop() == nullptr) return;
  m_holdElapsed += elapsed;
  const auto hold = std::chrono::milliseconds(std::llround(currentStop()->holdSeconds * 1000.0));
  if (m_holdElapsed >= hold) goTo(m_index + 1 >= count() ? 0 : m_index + 1);
}

}  // namespace okhotsk::app
