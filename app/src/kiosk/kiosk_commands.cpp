// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosk_commands.h"

#include "kiosk/kiosk_settings.h"
#include "kiosk/pin_hash.h"
#include "kiosk/usage_log.h"
#include "session/tour.h"

#include "okhotsk/language.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace okhotsk::app {

namespace {

void printError(const QString& text) {
  std::fputs(text.toLocal8Bit().constData(), stderr);
  std::fputc('\n', stderr);
}

// Turns the terminal's echo off for as long as it lives, so that a PIN typed at a prompt is not
// left on the screen; does nothing when stdin is not a terminal (a pipe, a file).
class NoEcho {
 public:
  NoEcho() {
    if (isatty(STDIN_FILENO) == 0 || tcgetattr(STDIN_FILENO, &m_saved) != 0) return;
    termios quiet = m_saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  ~NoEcho() {
    if (m_active) tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
  }
  NoEcho(const NoEcho&) = delete;
  NoEcho& operator=(const NoEcho&) = delete;
  NoEcho(NoEcho&&) = delete;
  NoEcho& operator=(NoEcho&&) = delete;

 private:
  termios m_saved{};
  bool m_active = false;
};

void printOut(const QString& text) {
  std::fputs(text.toUtf8().constData(), stdout);
  std::fputc('\n', stdout);
}

// Where one setting's value came from: the file, or the default (because the key is absent, or
// because the file's value was refused and reported).
class Origins {
 public:
  Origins(const QString& path, const QStringList& problems) : m_problems(problems) {
    if (!QFileInfo::exists(path)) return;
    QSettings file(path, QSettings::IniFormat);
    file.beginGroup(QStringLiteral("kiosk"));
    m_keys = file.childKeys();
  }

  [[nodiscard]] QString of(const QString& key) const {
    if (!m_keys.contains(key)) return KioskCommands::tr("default");
    const QString marker = QStringLiteral("[kiosk] %1:").arg(key);
    for (const QString& problem : m_problems)
      if (problem.contains(marker)) return KioskCommands::tr("default: the file's value is refused");
    return KioskCommands::tr("from the file");
  }

 private:
  const QStringList& m_problems;
  QStringList m_keys;
};

QString seconds(std::chrono::seconds value) {
  return value.count() == 0 ? KioskCommands::tr("never") : QStringLiteral("%1 s").arg(value.count());
}

QString pinSummary(const KioskSettings& settings) {
  QStringList parts;
  if (!settings.exitPinHashes.isEmpty())
    parts.append(KioskCommands::tr("%1 hashed staff PIN(s)").arg(settings.exitPinHashes.size()));
  if (!settings.exitPin.isEmpty()) parts.append(KioskCommands::tr("a plain-text PIN (insecure)"));
  return parts.isEmpty() ? KioskCommands::tr("none: no PIN pad") : parts.join(QStringLiteral(", "));
}

// The tour the attract loop would play, as KioskWindow chooses it; a configured tour that cannot
// be read is a problem (the shipped one plays instead).
QString effectiveTour(const KioskSettings& settings, QStringList& problems) {
  if (!settings.tourPath.isEmpty()) {
    if (readTour(settings.tourPath, nullptr).tour) return settings.tourPath;
    const QString problem =
        KioskCommands::tr("tour %1 cannot be played; the shipped tour plays instead").arg(settings.tourPath);
    if (QFileInfo::exists(settings.tourPath)) problems.append(problem);  // a missing one is reported already
  }
  const QString shipped = findDefaultTour();
  return shipped.isEmpty() ? KioskCommands::tr("none found: the attract loop only returns to the start")
                           : KioskCommands::tr("the shipped tour (%1)").arg(shipped);
}

QString effectiveDataset(const KioskSettings& settings) {
  if (!settings.datasetPath.isEmpty() && QFileInfo::exists(settings.datasetPath)) return settings.datasetPath;
  return KioskCommands::tr("the embedded dataset");
}

}  // namespace

QString hashPinsToIniLine(std::istream& input, QStringList* problems) {
  QStringList hashes;
  bool allValid = true;
  int lineNumber = 0;
  std::string line;
  while (std::getline(input, line)) {
    ++lineNumber;
    const QString pin = QString::fromUtf8(line).trimmed();
    if (pin.isEmpty()) break;  // an empty line ends the list typed at a terminal
    if (!isValidPin(pin)) {
      allValid = false;
      // The PIN itself is not repeated: it may be a real one with a typo.
      if (problems != nullptr)
        problems->append(KioskCommands::tr("PIN %1 is not 4 to 12 digits (0–9)").arg(lineNumber));
      continue;
    }
    const QString hash = hashPin(pin);
    if (hash.isEmpty()) {
      allValid = false;
      if (problems != nullptr)
        problems->append(KioskCommands::tr("PIN %1 could not be hashed (libcrypt refused)").arg(lineNumber));
      continue;
    }
    hashes.append(hash);
  }
  if (!allValid || hashes.isEmpty()) return {};
  return QStringLiteral("exitPinHash=") + hashes.join(QLatin1Char(','));
}

int runHashPinCommand() {
  const bool interactive = isatty(STDIN_FILENO) != 0;
  if (interactive)
    printError(
        KioskCommands::tr("Type each staff PIN (4 to 12 digits) and Enter; an empty line ends. "
                          "Nothing is shown while you type."));
  QStringList problems;
  QString line;
  {
    const NoEcho noEcho;
    line = hashPinsToIniLine(std::cin, &problems);
  }
  for (const QString& problem : problems) printError(problem);
  if (line.isEmpty()) {
    if (problems.isEmpty()) printError(KioskCommands::tr("no PIN given: nothing to hash"));
    return 1;
  }
  if (interactive)
    printError(KioskCommands::tr("Put this line in the [kiosk] section of the kiosk's INI file:"));
  std::fputs(line.toLatin1().constData(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

KioskConfigReport checkKioskConfig(const QString& path) {
  KioskConfigReport report;
  const KioskSettings settings = KioskSettings::readFile(path, &report.problems);
  const QString tour = effectiveTour(settings, report.problems);
  // A usage log that is not one (or cannot be read) is left alone and nothing recorded: said here.
  UsageLog usage(settings.usageLog);
  (void)usage.load(&report.problems);
  const Origins origins(path, report.problems);
  const auto line = [&report, &origins](const char* key, const QString& value) {
    const QString name = QString::fromLatin1(key);
    report.settings.append(QStringLiteral("%1 = %2  (%3)").arg(name, value, origins.of(name)));
  };
  line("enabled", settings.enabled ? QStringLiteral("true") : QStringLiteral("false"));
  line("screen", settings.screen.isEmpty() ? KioskCommands::tr("the primary screen")
                                           : KioskCommands::tr("%1 (checked when the kiosk starts; the "
                                                               "primary screen if there is none such)")
                                                 .arg(settings.screen));
  line("attractAfter", seconds(settings.attractAfter));
  line("resetAfter", seconds(settings.resetAfter));
  line("warnBefore",
       settings.warnBefore.count() == 0 ? KioskCommands::tr("no warning") : seconds(settings.warnBefore));
  line("tour", tour);
  line("exitSequence", settings.exitSequence.toString(QKeySequence::PortableText));
  // The pad's PINs come from exitPinHash, exitPin or both: named after the one that gave them.
  line(settings.exitPinHashes.isEmpty() && !settings.exitPin.isEmpty() ? "exitPin" : "exitPinHash",
       pinSummary(settings));
  line("startDate", settings.startDate);
  line("startView", settings.startView);
  line("language", QString::fromUtf8(languageCode(settings.language).data()));
  line("dataset", effectiveDataset(settings));
  line("usageLog", settings.usageLog.isEmpty() ? KioskCommands::tr("off (nothing is recorded)")
                                               : QDir::toNativeSeparators(settings.usageLog));
  return report;
}

int runCheckKioskConfigCommand(const QString& path) {
  const KioskConfigReport report = checkKioskConfig(path);
  printOut(KioskCommands::tr("The kiosk would run with (from %1):").arg(QFileInfo(path).absoluteFilePath()));
  for (const QString& setting : report.settings) printOut(QStringLiteral("  ") + setting);
  if (report.problems.isEmpty()) {
    printOut(KioskCommands::tr("No problems."));
    return 0;
  }
  printOut(KioskCommands::tr("Problems (%1):").arg(report.problems.size()));
  for (const QString& problem : report.problems) printOut(QStringLiteral("  ") + problem);
  return 1;
}

}  // namespace okhotsk::app
