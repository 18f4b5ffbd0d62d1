// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace okhotsk::app {

/// The kiosk's own words (title, buttons, hints), from the interface's translation catalogue;
/// the data brings its own translations.
class KioskText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::KioskText)
};

enum class KioskPhrase : unsigned char {
  Title,
  Subtitle,
  StartOver,
  Previous,
  Play,
  Pause,
  Next,
  Hint,
  TouchToExplore,
  Sources,
  Unconfirmed,
  EnterPin,
  Cancel,
  Count
};

/// The phrase in the interface's language.
[[nodiscard]] QString kioskPhrase(KioskPhrase phrase);

}  // namespace okhotsk::app
