// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <istream>

namespace okhotsk::app {

/// The words of the kiosk's helpers for IT staff, for the catalogues.
class KioskCommands {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::KioskCommands)
};

/// `okhotsk-atlas --hash-pin`: reads staff PINs, one a line, from `input` until an empty line
/// or its end, and returns the INI line to paste into [kiosk] ("exitPinHash=$y$…,$y$…").
/// `problems` gets one line per PIN that is not 4 to 12 digits (then nothing is returned).
[[nodiscard]] QString hashPinsToIniLine(std::istream& input, QStringList* problems);

/// The whole command on the process's stdin, stdout and stderr: typing is not echoed when stdin
/// is a terminal. Returns the exit status: 0, or 1 when a PIN was not valid or none was given.
[[nodiscard]] int runHashPinCommand();

/// What `okhotsk-atlas --check-kiosk-config FILE` finds: each effective setting with where it
/// came from ("key = value  (from the file | default | default: …)"), and every problem.
struct KioskConfigReport {
  QStringList settings;
  QStringList problems;
};

/// Reads `path` as the kiosk would (KioskSettings::readFile), and also tries the tour it names,
/// without opening a window or the dataset.
[[nodiscard]] KioskConfigReport checkKioskConfig(const QString& path);

/// The whole command: the report on stdout; returns 0 when there is no problem, 1 otherwise.
[[nodiscard]] int runCheckKioskConfigCommand(const QString& path);

}  // namespace okhotsk::app
