// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole interface in the chosen language: the desktop, lecture and kiosk windows show no
// English words in Japanese and Russian (apart from proper names and cited sources), and every
// word they show is set again when the language changes, without a restart.
#include "desktop/atlas_window.h"
#include "kiosk/kiosk_window.h"
#include "lecture/presentation_window.h"
#include "session/atlas_session.h"

#include "visible_texts.h"

#include <QApplication>
#include <QMap>
#include <QMenuBar>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>

namespace okhotsk::app {
namespace {

using test::VisibleText;

// Words allowed in a Japanese or Russian window: names and formats, not sentences.
const QStringList kAllowedWords{
    QStringLiteral("GSHHG"),
    QStringLiteral("LGPL"),
    QStringLiteral("EDTF"),
    QStringLiteral("PNG"),
    QStringLiteral("SVG"),
    QStringLiteral("PDF"),
    QStringLiteral("CSV"),
    QStringLiteral("JSON"),
    QStringLiteral("PIN"),
    QStringLiteral("Qt"),
    QStringLiteral("GeoPackage"),
    QStringLiteral("BibTeX"),  // citation formats, named as Zotero and LaTeX name them
    QStringLiteral("CSL"),
    // Each language button and menu entry names its language in that language.
    QStringLiteral("English"),
    // Key names as printed on the keys.
    QStringLiteral("Page"),
    QStringLiteral("Down"),
    QStringLiteral("Up"),
    QStringLiteral("Ctrl"),
};

// Widgets that show cited sources and data in the language they were published in.
// Cited sources keep their own language; the kiosk's welcome band says "touch here to start"
// in English beside Japanese and Russian, whatever the interface's language, by design.
const QStringList kSourceWidgets{QStringLiteral("sources"), QStringLiteral("sourcesText"),
                                 QStringLiteral("welcomeText_en")};

using WindowFactory = std::function<std::unique_ptr<QWidget>(AtlasSession&)>;

struct WindowCase {
  const char* name;
  WindowFactory make;
};

void PrintTo(const WindowCase& windowCase, std::ostream* out) {
  *out << windowCase.name;
}

std::unique_ptr<QWidget> desktop(AtlasSession& session) {
  return std::make_unique<AtlasWindow>(session);
}
std::unique_ptr<QWidget> lecture(AtlasSession& session) {
  return std::make_unique<PresentationWindow>(session);
}
std::unique_ptr<QWidget> kiosk(AtlasSession& session) {
  KioskSettings settings;
  settings.language = session.settings.language();
  return std::make_unique<KioskWindow>(session, settings);
}

class WindowLanguagesTest : public ::testing::TestWithParam<WindowCase> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(session.document.openEmbedded());
    session.document.waitForCoastlines();
    session.controller.jumpTo(QStringLiteral("1956-10-19"));
  }

  QWidget& open() {
    window = GetParam().make(session);
    window->resize(1920, 1080);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QApplication::processEvents();
    return *window;
  }

  // "AtlasWindow#: Sources …" lines for every visible text with English words in it.
  [[nodiscard]] QStringList englishLeft() const {
    QStringList problems;
    for (const VisibleText& shown : test::visibleTexts(*window, kSourceWidgets)) {
      const QStringList words = test::englishWords(shown.text, kAllowedWords);
      if (!words.isEmpty()) problems << shown.where + QStringLiteral(": ") + shown.text.left(120);
    }
    return problems;
  }

  AtlasSession session;
  std::unique_ptr<QWidget> window;
};

TEST_P(WindowLanguagesTest, OpenedInJapaneseShowsNoEnglish) {
  session.settings.setLanguage(Language::Japanese);
  ASSERT_TRUE(session.interfaceLanguage.catalogueLoaded());
  open();
  const QStringList problems = englishLeft();
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(WindowLanguagesTest, OpenedInRussianShowsNoEnglish) {
  session.settings.setLanguage(Language::Russian);
  ASSERT_TRUE(session.interfaceLanguage.catalogueLoaded());
  open();
  const QStringList problems = englishLeft();
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(WindowLanguagesTest, SwitchedToRussianAndJapaneseWhileOpenShowsNoEnglish) {
  open();
  session.settings.setLanguage(Language::Russian);
  QApplication::processEvents();
  QStringList problems = englishLeft();
  EXPECT_TRUE(problems.isEmpty()) << "ru:\n" << problems.join(QLatin1Char('\n')).toStdString();
  session.settings.setLanguage(Language::Japanese);
  QApplication::processEvents();
  problems = englishLeft();
  EXPECT_TRUE(problems.isEmpty()) << "ja:\n" << problems.join(QLatin1Char('\n')).toStdString();
}

// With a translator that marks what it translates, no text from the catalogue may still be
// shown unmarked after the switch: each one was set again (English words that are not in the
// catalogue at all are the other tests' business).
TEST_P(WindowLanguagesTest, EveryCatalogueTextIsSetAgainOnALanguageChange) {
  const QStringList sources =
      test::catalogueSources(QStringLiteral(OKHOTSK_TRANSLATIONS_DIR "/okhotsk_ja.ts"));
  ASSERT_GT(sources.size(), 300);
  open();
  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  QStringList stale;
  for (const VisibleText& shown : test::visibleTexts(*window, kSourceWidgets))
    if (sources.contains(shown.text)) stale << shown.where + QStringLiteral(": ") + shown.text;
  QCoreApplication::removeTranslator(&marking);
  EXPECT_TRUE(stale.isEmpty()) << stale.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Windows, WindowLanguagesTest,
                         ::testing::Values(WindowCase{"desktop", desktop}, WindowCase{"lecture", lecture},
                                           WindowCase{"kiosk", kiosk}),
                         [](const auto& param) { return std::string(param.param.name); });

// The access key of a menu entry's text ("П&ереход" → "е"), lower-cased; empty when it has none.
QString accessKey(const QString& text) {
  for (qsizetype i = 0; i + 1 < text.size(); ++i) {
    if (text.at(i) != QLatin1Char('&')) continue;
    if (text.at(i + 1) == QLatin1Char('&')) {
      ++i;  // "&&" is a literal ampersand
      continue;
    }
    return text.mid(i + 1, 1).toLower();
  }
  return {};
}

// Alt+letter opens one menu only: no two menus of the desktop window's menu bar share a key.
TEST(WindowMenuBar, EveryMenuHasItsOwnAccessKeyInEveryLanguage) {
  AtlasSession session;
  ASSERT_TRUE(session.document.openEmbedded());
  AtlasWindow window(session);
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    session.settings.setLanguage(language);
    QApplication::processEvents();
    QMap<QString, QString> menuOfKey;
    for (const QAction* menu : window.menuBar()->actions()) {
      if (menu->isSeparator() || !menu->isVisible()) continue;
      const QString key = accessKey(menu->text());
      EXPECT_FALSE(key.isEmpty()) << languageCode(language) << ": " << menu->text().toStdString()
                                  << " has no key";
      if (key.isEmpty()) continue;
      EXPECT_FALSE(menuOfKey.contains(key))
          << languageCode(language) << ": \"" << menu->text().toStdString() << "\" and \""
          << menuOfKey.value(key).toStdString() << "\" share Alt+" << key.toStdString();
      menuOfKey.insert(key, menu->text());
    }
    EXPECT_GE(menuOfKey.size(), 5) << languageCode(language);
  }
}

}  // namespace
}  // namespace okhotsk::app
