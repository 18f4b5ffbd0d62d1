// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/tour.h"

#include "okhotsk/calendar.h"
#include "okhotsk/language.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace okhotsk::app {

class Selection;
class TimeController;

/// Plays a Tour: owns it (the tour editor changes it through this class), knows the current
/// stop, and going to a stop moves the shared TimeController to the stop's day (animated),
/// selects the stop's event or territory in the shared Selection and asks for the stop's map
/// view through viewRequested() (the window's map animates to it). Not a widget: the lecture
/// window, the kiosk's attract loop and the exports use the same player.
///
/// The player has no clock of its own: the glide to a stop is the controller's animateTo(),
/// and the attract loop counts each stop's hold on the controller's timePassed(). So the
/// screen, the kiosk and tests see one clock; tests drive it with advance() without sleeping.
class TourPlayer : public QObject {
  Q_OBJECT

 public:
  TourPlayer(TimeController& controller, Selection& selection, QObject* parent = nullptr);

  [[nodiscard]] const Tour& tour() const noexcept { return m_tour; }
  [[nodiscard]] int count() const noexcept { return static_cast<int>(m_tour.stops.size()); }
  /// The stop shown last, or -1 before the first goTo().
  [[nodiscard]] int currentIndex() const noexcept { return m_index; }
  [[nodiscard]] const TourStop* currentStop() const noexcept;
  /// The caption of the current stop in `language` (falls back to English); empty without a stop.
  [[nodiscard]] QString caption(Language language) const;

  /// How long the date takes from one stop to the next (0: it jumps).
  void setTransition(std::chrono::milliseconds duration) noexcept { m_transition = duration; }
  [[nodiscard]] std::chrono::milliseconds transition() const noexcept { return m_transition; }
  /// True while the controller glides (to this player's stop or otherwise).
  [[nodiscard]] bool isAnimating() const noexcept;
  [[nodiscard]] bool isAutoplaying() const noexcept { return m_autoplay; }

  // --- editing (the tour editor); each emits tourChanged()
  void setTour(Tour tour);
  void setTitle(const TourText& title);
  /// Inserts at `index` (clamped) and makes it the current stop.
  void insertStop(int index, const TourStop& stop);
  void replaceStop(int index, const TourStop& stop);
  void removeStop(int index);
  /// Moves the stop at `from` to `to`; the current stop follows its stop.
  void moveStop(int from, int to);

  /// Moves the controller's clock on by `elapsed` (its glide and playback, and through
  /// timePassed() the autoplay's hold). For tests and injected clocks.
  void advance(std::chrono::milliseconds elapsed);

 public Q_SLOTS:
  /// Goes to a stop (clamped); emits stopChanged and viewRequested even for the same stop
  /// so that "go to the current stop again" brings back a panned map.
  void goTo(int index);
  bool next();
  bool previous();
  void first();
  void last();
  /// The attract loop: from the first stop, each held for its holdSeconds, round and round.
  void startAutoplay();
  void stopAutoplay();

 Q_SIGNALS:
  void stopChanged(int index);
  /// The map should show this view ("region", "world", "habomai" or a lon/lat box).
  void viewRequested(const QString& viewSpec);
  void tourChanged();
  void autoplayChanged(bool autoplaying);

 private:
  void onTimePassed(std::chrono::milliseconds elapsed);

  TimeController& m_controller;
  Selection& m_selection;
  Tour m_tour;
  int m_index = -1;
  std::chrono::milliseconds m_transition{1200};

  bool m_autoplay = false;
  std::chrono::milliseconds m_holdElapsed{0};
};

}  // namespace okhotsk::app
