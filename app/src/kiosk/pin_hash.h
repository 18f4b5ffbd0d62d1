// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace okhotsk::app {

/// Staff PINs for the kiosk's PIN pad, kept only as salted one-way hashes (libxcrypt's
/// yescrypt, "$y$…", the scheme Debian uses for /etc/shadow), so that whoever reads the INI
/// file learns no PIN.

/// True for what the pad can type and staff can remember: 4 to 12 ASCII digits (fewer are
/// guessed by a patient visitor, more are mistyped by the staff).
[[nodiscard]] inline bool isValidPin(const QString& pin) {
  if (pin.size() < 4 || pin.size() > 12) return false;
  for (const QChar c : pin)
    if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
  return true;
}

/// A new yescrypt hash of `pin` with a fresh random salt; empty when the PIN is not valid or
/// the system cannot hash (no random source).
[[nodiscard]] QString hashPin(const QString& pin);

/// True when `hash` has the shape of a crypt(3) hash ("$y$…", "$2b$…", "$6$…"): at least three
/// '$' and no character outside crypt's alphabet. Inline so that reading the settings needs no
/// libcrypt; verifyPin() is what checks that the library accepts it.
[[nodiscard]] inline bool looksLikePinHash(const QString& hash) {
  if (hash.size() < 8 || !hash.startsWith(QLatin1Char('$')) || hash.count(QLatin1Char('$')) < 3) return false;
  for (const QChar c : hash) {
    const bool letterOrDigit = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                               (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    if (!letterOrDigit && c != QLatin1Char('.') && c != QLatin1Char('/') && c != QLatin1Char('$') &&
        c != QLatin1Char('='))
      return false;
  }
  return true;
}

/// True when `pin` hashes to `hash` (the salt and the scheme are taken from `hash`).
[[nodiscard]] bool verifyPin(const QString& pin, const QString& hash);

/// True when `pin` matches any of `hashes` (one per member of staff).
[[nodiscard]] bool verifyPinAgainstAny(const QString& pin, const QStringList& hashes);

}  // namespace okhotsk::app
