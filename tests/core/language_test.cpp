// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/language.h"

#include <gtest/gtest.h>

namespace okhotsk {
namespace {

TEST(LanguageCodeTest, RoundTrips) {
  for (Language language : {Language::English, Language::Japanese, Language::Russian})
    EXPECT_EQ(languageFromCode(languageCode(language)), language);
  EXPECT_EQ(languageCode(Language::English), "en");
  EXPECT_EQ(languageCode(Language::Japanese), "ja");
  EXPECT_EQ(languageCode(Language::Russian), "ru");
}

TEST(LanguageCodeTest, RejectsUnknownCodes) {
  EXPECT_FALSE(languageFromCode("").has_value());
  EXPECT_FALSE(languageFromCode("de").has_value());
  EXPECT_FALSE(languageFromCode("EN").has_value());
  EXPECT_FALSE(languageFromCode("en ").has_value());
  EXPECT_FALSE(languageFromCode("jp").has_value());
}

TEST(NamingOrderCodeTest, RoundTrips) {
  for (NamingOrder order : {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English})
    EXPECT_EQ(namingOrderFromCode(namingOrderCode(order)), order);
  EXPECT_EQ(namingOrderCode(NamingOrder::JapaneseFirst), "japanese-first");
  EXPECT_EQ(namingOrderCode(NamingOrder::RussianFirst), "russian-first");
  EXPECT_EQ(namingOrderCode(NamingOrder::English), "english");
}

TEST(NamingOrderCodeTest, RejectsUnknownCodes) {
  EXPECT_FALSE(namingOrderFromCode("").has_value());
  EXPECT_FALSE(namingOrderFromCode("japanese").has_value());
  EXPECT_FALSE(namingOrderFromCode("English").has_value());
}

TEST(LocalizedTextTest, FallsBackToEnglish) {
  const LocalizedText full{"Treaty of Shimoda", "日露和親条約", "Симодский трактат"};
  EXPECT_EQ(full.get(Language::English), "Treaty of Shimoda");
  EXPECT_EQ(full.get(Language::Japanese), "日露和親条約");
  EXPECT_EQ(full.get(Language::Russian), "Симодский трактат");

  const LocalizedText englishOnly{"Treaty of Shimoda", "", ""};
  EXPECT_EQ(englishOnly.get(Language::Japanese), "Treaty of Shimoda");
  EXPECT_EQ(englishOnly.get(Language::Russian), "Treaty of Shimoda");
  EXPECT_FALSE(englishOnly.empty());

  const LocalizedText none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.get(Language::Russian), "");
  EXPECT_FALSE((LocalizedText{"", "", "только"}).empty());
}

PlaceNames iturup() {
  PlaceNames names;
  names.japaneseRomaji = "Etorofu";
  names.russianRomanized = "Iturup";
  names.japanese = "択捉島";
  names.russian = "Итуруп";
  return names;
}

TEST(PlaceNamesTest, EnglishLabels) {
  const PlaceNames names = iturup();
  EXPECT_EQ(names.label(Language::English, NamingOrder::JapaneseFirst), "Etorofu / Iturup");
  EXPECT_EQ(names.label(Language::English, NamingOrder::RussianFirst), "Iturup / Etorofu");
  // No English exonym: the English order shows both usages, Japanese first.
  EXPECT_EQ(names.label(Language::English, NamingOrder::English), "Etorofu / Iturup");
}

TEST(PlaceNamesTest, JapaneseLabelsUseKatakanaWhenKnown) {
  PlaceNames names = iturup();
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::JapaneseFirst), "択捉島 / Iturup");
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::RussianFirst), "Iturup / 択捉島");
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::English), "択捉島 / Iturup");
  names.japaneseOfRussian = "イトゥルップ";
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::JapaneseFirst), "択捉島 / イトゥルップ");
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::RussianFirst), "イトゥルップ / 択捉島");
}

TEST(PlaceNamesTest, RussianLabelsUseCyrillicWhenKnown) {
  PlaceNames names = iturup();
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::RussianFirst), "Итуруп / Etorofu");
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::JapaneseFirst), "Etorofu / Итуруп");
  // In Russian the English order puts the Russian usage first.
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::English), "Итуруп / Etorofu");
  names.russianOfJapanese = "Эторофу";
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::RussianFirst), "Итуруп / Эторофу");
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::JapaneseFirst), "Эторофу / Итуруп");
}

TEST(PlaceNamesTest, EnglishExonymOnlyInEnglishWithEnglishOrder) {
  PlaceNames habomai;
  habomai.english = "Habomai Islands";
  habomai.japaneseRomaji = "Habomai Guntō";
  habomai.russianRomanized = "Ostrova Khabomai";
  habomai.japanese = "歯舞群島";
  habomai.russian = "Острова Хабомаи";
  EXPECT_EQ(habomai.label(Language::English, NamingOrder::English), "Habomai Islands");
  EXPECT_EQ(habomai.shortLabel(Language::English, NamingOrder::English), "Habomai Islands");
  EXPECT_EQ(habomai.label(Language::English, NamingOrder::JapaneseFirst), "Habomai Guntō / Ostrova Khabomai");
  EXPECT_EQ(habomai.label(Language::Japanese, NamingOrder::English), "歯舞群島 / Ostrova Khabomai");
  EXPECT_EQ(habomai.label(Language::Russian, NamingOrder::English), "Острова Хабомаи / Habomai Guntō");
}

TEST(PlaceNamesTest, SameNameInBothUsagesIsGivenOnce) {
  PlaceNames shikotan;
  shikotan.japaneseRomaji = "Shikotan";
  shikotan.russianRomanized = "Shikotan";
  shikotan.japanese = "色丹島";
  shikotan.russian = "Шикотан";
  for (NamingOrder order : {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English}) {
    EXPECT_EQ(shikotan.label(Language::English, order), "Shikotan");
    // One name, written in the reader's own script.
    EXPECT_EQ(shikotan.label(Language::Japanese, order), "色丹島");
    EXPECT_EQ(shikotan.label(Language::Russian, order), "Шикотан");
  }

  // Identical script forms also collapse, even when the Latin forms differ in spelling.
  PlaceNames kunashiri;
  kunashiri.japaneseRomaji = "Kunashiri";
  kunashiri.russianRomanized = "Kunashir";
  kunashiri.japanese = "国後島";
  kunashiri.japaneseOfRussian = "国後島";
  kunashiri.russian = "Кунашир";
  EXPECT_EQ(kunashiri.label(Language::Japanese, NamingOrder::RussianFirst), "国後島");
  EXPECT_EQ(kunashiri.label(Language::English, NamingOrder::RussianFirst), "Kunashir / Kunashiri");
}

TEST(PlaceNamesTest, EmptyUsageCollapsesToTheOther) {
  PlaceNames toyohara;
  toyohara.japaneseRomaji = "Toyohara";
  toyohara.japanese = "豊原";
  EXPECT_EQ(toyohara.label(Language::English, NamingOrder::RussianFirst), "Toyohara");
  EXPECT_EQ(toyohara.label(Language::Japanese, NamingOrder::RussianFirst), "豊原");
  EXPECT_EQ(toyohara.label(Language::Russian, NamingOrder::RussianFirst), "Toyohara");
  EXPECT_EQ(toyohara.shortLabel(Language::English, NamingOrder::RussianFirst), "Toyohara");
}

TEST(PlaceNamesTest, MissingScriptFormsFallBackToEnglishLanguageForms) {
  PlaceNames names;
  names.japaneseRomaji = "Etorofu";
  names.russianRomanized = "Iturup";
  EXPECT_EQ(names.label(Language::Japanese, NamingOrder::JapaneseFirst), "Etorofu / Iturup");
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::RussianFirst), "Iturup / Etorofu");
  EXPECT_EQ(names.label(Language::Russian, NamingOrder::English), "Iturup / Etorofu");

  // Only an English exonym: every language and order shows it.
  PlaceNames exonymOnly;
  exonymOnly.english = "Sea of Okhotsk";
  for (Language language : {Language::English, Language::Japanese, Language::Russian})
    for (NamingOrder order : {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English})
      EXPECT_EQ(exonymOnly.label(language, order), "Sea of Okhotsk");

  EXPECT_EQ(PlaceNames{}.label(Language::English, NamingOrder::English), "");
  EXPECT_EQ(PlaceNames{}.shortLabel(Language::Russian, NamingOrder::RussianFirst), "");
}

TEST(PlaceNamesTest, ShortLabelIsTheFirstName) {
  PlaceNames names = iturup();
  EXPECT_EQ(names.shortLabel(Language::English, NamingOrder::JapaneseFirst), "Etorofu");
  EXPECT_EQ(names.shortLabel(Language::English, NamingOrder::RussianFirst), "Iturup");
  EXPECT_EQ(names.shortLabel(Language::English, NamingOrder::English), "Etorofu");
  EXPECT_EQ(names.shortLabel(Language::Japanese, NamingOrder::JapaneseFirst), "択捉島");
  EXPECT_EQ(names.shortLabel(Language::Japanese, NamingOrder::RussianFirst), "Iturup");
  EXPECT_EQ(names.shortLabel(Language::Russian, NamingOrder::RussianFirst), "Итуруп");
  EXPECT_EQ(names.shortLabel(Language::Russian, NamingOrder::English), "Итуруп");
  names.english = "Iturup Island";
  EXPECT_EQ(names.shortLabel(Language::English, NamingOrder::English), "Iturup Island");
}

}  // namespace
}  // namespace okhotsk
