// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/playback_settings.h"

#include "session/time_controller.h"

#include "okhotsk/edtf.h"

#include <QSettings>
#include <QString>

#include <optional>

namespace okhotsk::app::playback_settings {

namespace {
const QString kSpeedKey = QStringLiteral("playback/speedYearsPerSecond");
const QString kLoopKey = QStringLiteral("playback/loop");
const QString kLoopStartKey = QStringLiteral("playback/loopStart");
const QString kLoopEndKey = QStringLiteral("playback/loopEnd");

// The first day of an ISO day written by save(), if it reads as one.
std::optional<DayNumber> readDay(const QSettings& settings, const QString& key) {
  const QString text = settings.value(key).toString();
  if (text.isEmpty()) return std::nullopt;
  const auto date = Edtf::parse(text.toStdString());
  if (!date || date->isInterval()) return std::nullopt;
  return date->earliest();
}
}  // namespace

void save(QSettings& settings, const TimeController& controller) {
  settings.setValue(kSpeedKey, controller.speedYearsPerSecond());
  settings.setValue(kLoopKey, controller.loops());
  if (const auto& range = controller.loopRange()) {
    settings.setValue(kLoopStartKey, QString::fromStdString(isoDate(range->first)));
    settings.setValue(kLoopEndKey, QString::fromStdString(isoDate(range->last)));
  } else {
    settings.remove(kLoopStartKey);
    settings.remove(kLoopEndKey);
  }
}

void restore(const QSettings& settings, TimeController& controller) {
  bool ok = false;
  const double speed = settings.value(kSpeedKey).toDouble(&ok);
  if (ok && speed > 0.0) controller.setSpeedYearsPerSecond(speed);
  const auto first = readDay(settings, kLoopStartKey);
  const auto last = readDay(settings, kLoopEndKey);
  if (first && last) controller.setLoopRange({*first, *last});  // turns looping on
  if (settings.contains(kLoopKey)) controller.setLoop(settings.value(kLoopKey).toBool());
}

}  // namespace okhotsk::app::playback_settings
