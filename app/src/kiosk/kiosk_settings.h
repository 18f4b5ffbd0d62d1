// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QKeySequence>
#include <QString>
#include <QStringList>

#include <chrono>

class QSettings;

namespace okhotsk::app {

/// How a museum kiosk runs, read from an INI file (QSettings, IniFormat), group [kiosk]:
///
///   enabled=true            ; start in kiosk mode without --kiosk
///   screen=HDMI-1           ; a screen name, or its index (0 = primary); default primary
///   attractAfter=90         ; seconds without input before the attract loop plays (0 = never)
///   resetAfter=180          ; seconds without input before view, date, filters, language reset (0 = never)
///   warnBefore=20           ; seconds of "are you still there?" before either (0 = no warning, up to 600)
///   tour=/path/tour.json    ; the attract loop's tour; default: the tour shipped with the dataset
///   exitSequence=Ctrl+Alt+Shift+Q  ; the key sequence that leaves kiosk mode
///   exitPinHash=$y$j9T$…    ; staff PINs for the hidden PIN pad (long press, top-left corner),
///                           ; as salted hashes from `okhotsk-atlas --hash-pin`, comma-separated
///   exitPin=4711            ; a PIN in plain text: still accepted, but reported as insecure
///   startDate=1945-08-15    ; EDTF
///   startView=region        ; region | world | habomai | lon1,lat1,lon2,lat2
///   language=en             ; en | ja | ru
///   dataset=/path           ; optional: another dataset instead of the embedded one
///   usageLog=/path/usage.csv ; anonymous counts of use per day (UsageLog); default
///                           ; defaultUsageLogPath(); off: none
///
/// The system-wide file is systemConfigPath() (/etc/xdg/OkhotskAtlas/kiosk.ini); --kiosk-config
/// FILE names another. A plain value type; invalid values keep their default and add a problem.
struct KioskSettings {
  bool enabled = false;
  QString screen;  ///< empty: the primary screen
  std::chrono::seconds attractAfter{90};
  std::chrono::seconds resetAfter{180};
  std::chrono::seconds warnBefore{20};
  QString tourPath;
  QKeySequence exitSequence{Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q};
  QString exitPin;            ///< plain text (insecure, reported); prefer exitPinHashes
  QStringList exitPinHashes;  ///< crypt(3) hashes, one per member of staff
  QString startDate{QStringLiteral("1945-08-15")};
  QString startView{QStringLiteral("region")};
  Language language = Language::English;
  QString datasetPath;
  QString usageLog;  ///< the usage CSV; empty: none (a plain KioskSettings{} records nothing)

  /// The settings of a kiosk configured with nothing: the members' defaults, and the usage log
  /// in its default file.
  [[nodiscard]] static KioskSettings defaults();
  /// ~/.local/share/OkhotskAtlas/okhotsk-atlas/kiosk-usage.csv: the application's data folder.
  [[nodiscard]] static QString defaultUsageLogPath();

  /// Reads group [kiosk] of `settings`. Each bad value keeps its default and adds one line
  /// to `problems`: "kiosk.ini: [kiosk] attractAfter: \"soon\" is not a whole number of seconds (0 to
  /// 86400)".
  [[nodiscard]] static KioskSettings read(QSettings& settings, QStringList* problems = nullptr);
  /// Reads an INI file. A missing, unreadable or binary (not UTF-8) file gives the defaults and
  /// one problem naming it; sections other than [kiosk] and keys outside it are reported.
  [[nodiscard]] static KioskSettings readFile(const QString& path, QStringList* problems = nullptr);
  /// /etc/xdg/OkhotskAtlas/kiosk.ini: the first system config folder ($XDG_CONFIG_DIRS) that
  /// holds OkhotskAtlas/kiosk.ini, else that path under /etc/xdg. Never the user's own folder.
  [[nodiscard]] static QString systemConfigPath();

  /// True when the PIN pad has any PIN to accept.
  [[nodiscard]] bool hasExitPin() const noexcept { return !exitPin.isEmpty() || !exitPinHashes.isEmpty(); }
};

}  // namespace okhotsk::app
