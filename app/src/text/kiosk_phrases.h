// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QTranslator;

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
  TouchToStart,
  Legend,
  Sources,
  Unconfirmed,
  EnterPin,
  Cancel,
  Count
};

/// The phrase in the interface's language.
[[nodiscard]] QString kioskPhrase(KioskPhrase phrase);

/// The phrase from one catalogue, whatever language the interface is in: the welcome screen
/// says "touch to start" in all three languages at once. `catalogue` is the atlas's catalogue
/// of a language (:/i18n/okhotsk_ja); null, or a catalogue without the phrase: the English.
[[nodiscard]] QString kioskPhraseIn(KioskPhrase phrase, const QTranslator* catalogue);

}  // namespace okhotsk::app
