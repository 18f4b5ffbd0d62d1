// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One language switch for the whole interface: InterfaceLanguage installs the atlas's and Qt's
// catalogues for DisplaySettings::language(), tells every widget, and sets the locale's
// conventions; DisplaySettings remembers the language and lets the naming order follow it until
// the user chooses one.
#include "session/interface_language.h"
#include "session/display_settings.h"
#include "text/kiosk_phrases.h"
#include "text/map_texts.h"

#include "temp_dir.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

// Counts the LanguageChange events a widget receives.
class LanguageChangeCounter : public QWidget {
 public:
  int changes = 0;

 protected:
  void changeEvent(QEvent* event) override {
    if (event->type() == QEvent::LanguageChange) ++changes;
    QWidget::changeEvent(event);
  }
};

TEST(InterfaceLanguage, FollowsTheSystemLocaleForJapaneseAndRussianAndEnglishOtherwise) {
  EXPECT_EQ(InterfaceLanguage::forLocale(QLocale(QLocale::Japanese, QLocale::Japan)), Language::Japanese);
  EXPECT_EQ(InterfaceLanguage::forLocale(QLocale(QLocale::Russian, QLocale::Russia)), Language::Russian);
  EXPECT_EQ(InterfaceLanguage::forLocale(QLocale(QLocale::Russian, QLocale::Ukraine)), Language::Russian);
  EXPECT_EQ(InterfaceLanguage::forLocale(QLocale(QLocale::German, QLocale::Germany)), Language::English);
  EXPECT_EQ(InterfaceLanguage::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
            Language::English);
}

TEST(InterfaceLanguage, InstallsTheAtlasAndQtCataloguesAndTellsEveryWidget) {
  DisplaySettings settings;
  InterfaceLanguage language(settings);
  LanguageChangeCounter widget;
  const QString englishTreaty = eventCategoryName(EventCategory::Treaty);
  const QString englishCancel = QCoreApplication::translate("QPlatformTheme", "Cancel");

  settings.setLanguage(Language::Japanese);
  QCoreApplication::sendPostedEvents();  // QApplication posts LanguageChange to each window
  EXPECT_EQ(language.installed(), Language::Japanese);
  EXPECT_TRUE(language.catalogueLoaded());
  EXPECT_TRUE(language.qtCatalogueLoaded()) << "Qt's own catalogue (Debian: qt6-translations-l10n)";
  EXPECT_GE(widget.changes, 1);
  EXPECT_NE(eventCategoryName(EventCategory::Treaty), englishTreaty);
  EXPECT_NE(QCoreApplication::translate("QPlatformTheme", "Cancel"), englishCancel);
  EXPECT_EQ(QLocale().language(), QLocale::Japanese);

  const int before = widget.changes;
  settings.setLanguage(Language::Russian);
  QCoreApplication::sendPostedEvents();
  EXPECT_GT(widget.changes, before);
  EXPECT_NE(kioskPhrase(KioskPhrase::StartOver), QStringLiteral("Start over"));
  EXPECT_EQ(QLocale().language(), QLocale::Russian);
  // Russian groups digits with a space, English with a comma.
  EXPECT_FALSE(QLocale().toString(12345).contains(QLatin1Char(',')));

  settings.setLanguage(Language::English);
  EXPECT_EQ(eventCategoryName(EventCategory::Treaty), englishTreaty);
  EXPECT_EQ(kioskPhrase(KioskPhrase::StartOver), QStringLiteral("Start over"));
  EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST(InterfaceLanguage, LeavesTheApplicationAsItFoundItWhenDestroyed) {
  DisplaySettings settings;
  settings.setLanguage(Language::Russian);
  const QString english = QStringLiteral("Start over");
  {
    InterfaceLanguage language(settings);
    EXPECT_NE(kioskPhrase(KioskPhrase::StartOver), english);
  }
  EXPECT_EQ(kioskPhrase(KioskPhrase::StartOver), english);
}

TEST(DisplaySettings, NamingOrderFollowsTheLanguageUntilChosen) {
  DisplaySettings settings;
  QSignalSpy orders(&settings, &DisplaySettings::namingOrderChanged);
  settings.setLanguage(Language::Russian);
  EXPECT_EQ(settings.namingOrder(), NamingOrder::RussianFirst);
  settings.setLanguage(Language::Japanese);
  EXPECT_EQ(settings.namingOrder(), NamingOrder::JapaneseFirst);
  EXPECT_EQ(orders.count(), 2);

  settings.setNamingOrder(NamingOrder::English);
  settings.setLanguage(Language::Russian);
  EXPECT_EQ(settings.namingOrder(), NamingOrder::English);
  EXPECT_TRUE(settings.namingOrderChosen());
}

TEST(DisplaySettings, RemembersTheLanguageAndAChosenOrderAndStartsFromTheSystemLanguage) {
  const okhotsk::testing::TempDir dir;
  const QString file = QString::fromStdString((dir.path() / "settings.ini").string());
  {
    QSettings saved(file, QSettings::IniFormat);
    DisplaySettings first;
    first.restore(saved, Language::Japanese);  // a first run on a Japanese system
    EXPECT_EQ(first.language(), Language::Japanese);
    first.setLanguage(Language::Russian);
    first.save(saved);
  }
  {
    QSettings saved(file, QSettings::IniFormat);
    DisplaySettings second;
    second.restore(saved, Language::English);
    EXPECT_EQ(second.language(), Language::Russian);
    EXPECT_EQ(second.namingOrder(), NamingOrder::RussianFirst);
    EXPECT_FALSE(second.namingOrderChosen());
    second.setNamingOrder(NamingOrder::JapaneseFirst);
    second.save(saved);
  }
  QSettings saved(file, QSettings::IniFormat);
  DisplaySettings third;
  third.restore(saved, Language::English);
  EXPECT_EQ(third.language(), Language::Russian);
  EXPECT_EQ(third.namingOrder(), NamingOrder::JapaneseFirst);
}

}  // namespace
}  // namespace okhotsk::app
