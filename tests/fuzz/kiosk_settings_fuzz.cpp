// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk settings (app/src/kiosk/kiosk_settings.h: KioskSettings::readFile) on an INI file
// rewritten with each input in a fixed scratch folder. Properties: reading never throws, and
// after it every value is one the kiosk can use: the two timeouts within 0–86400 s, an exit
// sequence that is not empty and has no unknown key, a PIN that is empty or 4 to 12 digits, a
// start date with a first day, a start view MapViewport reads, one of the three languages,
// paths without surrounding spaces; and every problem names the file.
#include "fuzz_support.h"

#include "kiosk/kiosk_settings.h"
#include "session/view/map_viewport.h"

#include "okhotsk/edtf.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;
using okhotsk::fuzz::require;

const fs::path& iniPath() {
  static const fs::path path = okhotsk::fuzz::scratchFolder("kiosk") / "kiosk.ini";
  return path;
}

// QSettings caches a file it has read and reads it again only when its size or modification
// time (to the millisecond) changed: give each input its own time so that it is really read.
void writeInput(std::string_view bytes) {
  static const fs::file_time_type start = fs::file_time_type::clock::now();
  static long long run = 0;
  okhotsk::fuzz::writeFile(iniPath(), bytes);
  fs::last_write_time(iniPath(), start + std::chrono::seconds(++run));
}

bool isPin(const QString& pin) {
  if (pin.isEmpty()) return true;
  if (pin.size() < 4 || pin.size() > 12) return false;
  for (const QChar c : pin)
    if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
  return true;
}

bool isExitSequence(const QKeySequence& sequence) {
  if (sequence.isEmpty()) return false;
  for (int i = 0; i < sequence.count(); ++i)
    if (sequence[static_cast<uint>(i)].key() == Qt::Key_unknown) return false;
  return true;
}

void checkSettings(const okhotsk::app::KioskSettings& settings, const std::string& input) {
  using std::chrono::seconds;
  require(settings.attractAfter >= seconds(0) && settings.attractAfter <= seconds(86'400),
          "attractAfter out of range", input);
  require(settings.resetAfter >= seconds(0) && settings.resetAfter <= seconds(86'400),
          "resetAfter out of range", input);
  require(isExitSequence(settings.exitSequence), "an unusable exit sequence", input);
  require(isPin(settings.exitPin), "an exit PIN that is not 4 to 12 digits", input);
  require(okhotsk::firstDayOf(settings.startDate.toStdString()).has_value(),
          "a start date without a first day", input);
  require(okhotsk::app::MapViewport::fromSpec(settings.startView, QSize(1920, 1080)).has_value(),
          "a start view that is not a view", input);
  require(settings.language == okhotsk::Language::English ||
              settings.language == okhotsk::Language::Japanese ||
              settings.language == okhotsk::Language::Russian,
          "not one of the three languages", input);
  require(settings.tourPath == settings.tourPath.trimmed() &&
              settings.datasetPath == settings.datasetPath.trimmed() &&
              settings.screen == settings.screen.trimmed(),
          "a path or screen name with surrounding spaces", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = okhotsk::fuzz::asText(data, size);
  writeInput(bytes);
  const std::string input = okhotsk::fuzz::printable(bytes);
  QStringList problems;
  okhotsk::app::KioskSettings settings;
  try {
    settings = okhotsk::app::KioskSettings::readFile(QString::fromStdString(iniPath().string()), &problems);
  } catch (const std::exception& error) {
    okhotsk::fuzz::fail("readFile threw", input + ": " + error.what());
  } catch (...) {
    okhotsk::fuzz::fail("readFile threw", input);
  }
  checkSettings(settings, input);
  for (const QString& problem : problems)
    require(problem.startsWith(QStringLiteral("kiosk.ini: ")), "a problem does not name the file",
            input + ": " + problem.toStdString());
  return 0;
}
