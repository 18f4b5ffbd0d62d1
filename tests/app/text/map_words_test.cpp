// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words the map paints (legend, credit, scale, each territory's state) carry no English
// in Japanese and Russian: the window tests read widgets, not pixels, so the map's own words
// are checked here, for every phrase, category and territory on days across the record.
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "text/map_texts.h"

#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

QStringList englishIn(QString text) {
  // Proper names of the coastline data and its licence stay as they are, and so does the SI
  // symbol "km", which Japanese maps write in Latin letters (Russian writes "км").
  for (const char* name : {"GSHHG", "LGPL", "km"}) text.remove(QString::fromUtf8(name));
  QStringList words;
  static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
  for (auto it = word.globalMatch(text); it.hasNext();) words << it.next().captured(0);
  return words;
}

TEST(MapWords, NoEnglishInJapaneseOrRussian) {
  const LoadResult loaded = loadDataset(OKHOTSK_DATASET_SOURCE_DIR, LoadOptions{{}});
  ASSERT_TRUE(loaded.dataset);
  const Dataset& dataset = *loaded.dataset;
  DisplaySettings settings;
  const InterfaceLanguage interfaceLanguage(settings);
  for (const Language language : {Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    QStringList texts;
    for (int p = 0; p <= static_cast<int>(MapPhrase::CreditData); ++p)
      texts << mapPhrase(static_cast<MapPhrase>(p));
    for (int c = 0; c < kEventCategoryCount; ++c) texts << eventCategoryName(static_cast<EventCategory>(c));
    texts << kilometresText(QStringLiteral("200"));
    for (const char* iso :
         {"1855-02-07", "1875-08-22", "1905-09-05", "1945-08-20", "1945-09-04", "1956-10-19", "2024-01-01"}) {
      const DayNumber day = Edtf::parse(iso)->earliest();
      for (const TerritoryState& state : dataset.stateOn(day))
        texts << describeTerritoryState(dataset, state, language);
    }
    for (const QString& text : texts)
      EXPECT_TRUE(englishIn(text).isEmpty()) << languageCode(language) << ": " << text.toStdString();
  }
}

}  // namespace
}  // namespace okhotsk::app
