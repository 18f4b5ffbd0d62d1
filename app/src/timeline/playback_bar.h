// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/language.h"

#include <QString>

#include <QWidget>

#include <optional>

class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class TimeController;

/// The row of controls above the timeline: play/pause, previous/next event, previous/next
/// control change, playback speed, loop, a field to type an EDTF date to jump to, and the
/// current date spelled out in the display language with its Japanese era year and, before
/// Russia adopted the Gregorian calendar, its Old Style date.
///
/// Like the timeline it is an equal listener of the TimeController: every control calls the
/// controller, and every control mirrors the controller's signals, so the bar stays right
/// when the date or playback change elsewhere (keyboard, timeline, tours). The controller,
/// document and settings belong to the session; the bar owns only its child widgets.
class PlaybackBar : public QWidget {
  Q_OBJECT

 public:
  PlaybackBar(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
              QWidget* parent = nullptr);
  ~PlaybackBar() override;

  // The child controls, for tests and for windows that move focus to them.
  [[nodiscard]] QAbstractButton* playButton() const noexcept;
  [[nodiscard]] QAbstractButton* previousEventButton() const noexcept;
  [[nodiscard]] QAbstractButton* nextEventButton() const noexcept;
  [[nodiscard]] QAbstractButton* previousControlChangeButton() const noexcept;
  [[nodiscard]] QAbstractButton* nextControlChangeButton() const noexcept;
  [[nodiscard]] QAbstractButton* loopButton() const noexcept;
  [[nodiscard]] QComboBox* speedBox() const noexcept { return m_speed; }
  [[nodiscard]] QLineEdit* dateField() const noexcept { return m_dateField; }
  /// Why the last typed date was refused; hidden while there is no error.
  [[nodiscard]] QLabel* errorLabel() const noexcept { return m_errorLabel; }
  [[nodiscard]] QLabel* dateLabel() const noexcept { return m_dateLabel; }
  [[nodiscard]] bool hasDateError() const noexcept { return m_dateError; }

  /// A playback speed in words: "1 day/s", "1 week/s", "1 month/s" below a quarter year a
  /// second, else "0.25 years/s", "1 year/s".
  [[nodiscard]] static QString speedText(double yearsPerSecond);
  /// The Japanese era of a span of days, as the date label shows it after a typed imprecise
  /// date; empty when no era applies.
  [[nodiscard]] static std::optional<QString> eraOfSpanText(DayNumber first, DayNumber last,
                                                            Language language);

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void addStepButtons(QHBoxLayout* layout, double s);
  void addSpeedAndLoop(QHBoxLayout* layout, double s);
  void addDateField(QHBoxLayout* layout, double s);
  void addDateLabels(QHBoxLayout* layout, double s);
  /// Sets every word of the bar (names, tooltips, speeds, the error) in the interface's language.
  void retranslate();
  void retranslateButtons();
  void connectControls();
  void connectController();
  void onCurrentDayChanged(DayNumber day);
  void onPlayingChanged(bool playing);
  void onSpeedChanged(double yearsPerSecond);
  void updateStepButtons();
  void updateDateLabel();
  void showCurrentDateInField();
  void updateDateLabelMode();
  void submitDate();
  void showDateError(const QString& message);
  void clearDateError();
  [[nodiscard]] QToolButton* makeButton();

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;

  QToolButton* m_play = nullptr;
  QToolButton* m_previousEvent = nullptr;
  QToolButton* m_nextEvent = nullptr;
  QToolButton* m_previousControlChange = nullptr;
  QToolButton* m_nextControlChange = nullptr;
  QToolButton* m_loop = nullptr;
  QComboBox* m_speed = nullptr;
  QLineEdit* m_dateField = nullptr;
  QLabel* m_errorLabel = nullptr;
  QLabel* m_dateLabel = nullptr;
  bool m_dateError = false;
  QString m_dateErrorMessage;  // why the typed date was refused, for showing it again
  bool m_twoLineDate = false;  // era and Old Style under the date when the bar is narrow
};

}  // namespace okhotsk::app
