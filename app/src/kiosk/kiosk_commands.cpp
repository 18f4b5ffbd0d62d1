// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosk_commands.h"

#include "kiosk/pin_hash.h"

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

}  // namespace okhotsk::app
