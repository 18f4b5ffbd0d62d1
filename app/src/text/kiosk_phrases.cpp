// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/kiosk_phrases.h"

#include <QTranslator>

#include <array>
#include <cstddef>

namespace okhotsk::app {

namespace {

// The context of KioskText::tr(), so that a phrase has one entry in each catalogue whether it
// is looked up in the installed catalogue or in another.
constexpr const char* kContext = "okhotsk::app::KioskText";

struct PhraseSource {
  const char* text;
  const char* comment;
};

// In the order of KioskPhrase.
constexpr std::array<PhraseSource, static_cast<std::size_t>(KioskPhrase::Count)> kPhrases{{
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Okhotsk Atlas", "the application's name as a title"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText",
                       "Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin", ""),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Start over", "kiosk button: back to the start screen"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "◀ Previous", "kiosk button: previous event"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "▶ Play", "kiosk button: play through time"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "❚❚ Pause", "kiosk button"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Next ▶", "kiosk button: next event"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText",
                       "Touch an island or a marker to read its story. Drag the timeline to travel in time; "
                       "pinch the map to zoom.",
                       ""),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Touch here to start",
                       "the kiosk's welcome screen: one button per language, each in its own language"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Legend", "kiosk button that shows or hides the map's key"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Sources", "heading of the list of sources"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Not confirmed by the sources",
                       "a tour stop the data does not back up"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Staff PIN", "prompt for the code that leaves the kiosk"),
    QT_TRANSLATE_NOOP3("okhotsk::app::KioskText", "Cancel", ""),
}};

const PhraseSource* source(KioskPhrase phrase) {
  const auto index = static_cast<std::size_t>(phrase);
  return index < kPhrases.size() ? &kPhrases[index] : nullptr;
}

const char* disambiguation(const PhraseSource& phrase) {
  return *phrase.comment != '\0' ? phrase.comment : nullptr;
}

}  // namespace

QString kioskPhrase(KioskPhrase phrase) {
  const PhraseSource* found = source(phrase);
  if (found == nullptr) return {};
  return QCoreApplication::translate(kContext, found->text, disambiguation(*found));
}

QString kioskPhraseIn(KioskPhrase phrase, const QTranslator* catalogue) {
  const PhraseSource* found = source(phrase);
  if (found == nullptr) return {};
  if (catalogue != nullptr) {
    QString translated = catalogue->translate(kContext, found->text, disambiguation(*found));
    if (!translated.isEmpty()) return translated;
  }
  return QString::fromUtf8(found->text);
}

}  // namespace okhotsk::app
