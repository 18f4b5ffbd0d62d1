#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace okhotsk::app {

class AtlasDocument;

/// Owns "the current date" of the atlas (day resolution), the visible range of the
/// timeline, playback (play/pause, speed in years per second, loop) and stepping
/// (previous/next event, previous/next control change, jump to a typed EDTF date).
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

  /// Moves the date while playing by `elapsed` of wall time; public so that tests and the
  /// kiosk's injectable clock can drive playback without sleeping.
  void advance(std::chrono::milliseconds elapsed);

 public Q_SLOTS:
  /// Sets the current day, clamped to bounds(); emits currentDayChanged when it changes.
  void setCurrentDay(okhotsk::DayNumber day);
  void setVisibleRange(okhotsk::DayRange range);
  void setBounds(okhotsk::DayRange bounds);
  void play();
  void pause();
  void togglePlaying();
  void setSpeedYearsPerSecond(double speed);
  void setLoop(bool loop);

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
  bool jumpTo(const QString& edtfText, QString* error = nullptr);

 Q_SIGNALS:
  void currentDayChanged(okhotsk::DayNumber day);
  void visibleRangeChanged(okhotsk::DayRange range);
  void boundsChanged(okhotsk::DayRange bounds);
  void playingChanged(bool playing);
  void speedChanged(double yearsPerSecond);
  void loopChanged(bool loop);

 private:
  void onTick();

  const AtlasDocument& m_document;
  DayRange m_bounds;
  DayRange m_visible;
  DayNumber m_currentDay = 0;
  bool m_playing = false;
  double m_speed = 2.0;
  bool m_loop = false;
  double m_fractionalDays = 0.0;  // playback progress not yet a whole day
  QTimer m_timer;
  QElapsedTimer m_clock;
};

}  // namespace okhotsk::app
