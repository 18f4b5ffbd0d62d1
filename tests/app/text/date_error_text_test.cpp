// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What is wrong with a typed date, in the interface's language: the parser's own English
// reason in English, the kind of mistake from the catalogue in Japanese and Russian, never an
// English word there.
#include "text/date_error_text.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/time_controller.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

EdtfError errorOf(const char* text) {
  EdtfError error;
  EXPECT_FALSE(Edtf::parse(text, &error).has_value()) << text;
  return error;
}

// Latin words outside the typed text and EDTF's own name.
bool hasEnglish(QString message, const QString& typed) {
  message.remove(typed).remove(QStringLiteral("EDTF"));
  return message.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

class DateErrorTextTest : public ::testing::Test {
 protected:
  DisplaySettings settings;
  InterfaceLanguage interfaceLanguage{settings};
};

TEST_F(DateErrorTextTest, EnglishKeepsTheParsersDetailedReason) {
  const EdtfError error = errorOf("1956-02-30");
  EXPECT_EQ(edtfErrorText(QStringLiteral("1956-02-30"), error, Language::English),
            QStringLiteral("at character 9: day 30 does not exist in February 1956"));
}

TEST_F(DateErrorTextTest, AMissingDayIsNamedInTheLanguagesOwnDateForm) {
  const EdtfError error = errorOf("1956-02-30");
  settings.setLanguage(Language::Japanese);
  const QString japanese = edtfErrorText(QStringLiteral("1956-02-30"), error, Language::Japanese);
  EXPECT_TRUE(japanese.contains(QStringLiteral("1956年2月30日"))) << japanese.toStdString();
  settings.setLanguage(Language::Russian);
  const QString russian = edtfErrorText(QStringLiteral("1956-02-30"), error, Language::Russian);
  EXPECT_TRUE(russian.contains(QStringLiteral("30 февраля 1956"))) << russian.toStdString();
}

TEST_F(DateErrorTextTest, EveryKindOfMistakeIsWordedWithoutEnglish) {
  for (const Language language : {Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    for (const char* typed : {"", "1956-", "1956 10", "1956-10-19T10:00", "1956-1O", "1956-1-5", "12345",
                              "1956?~", "1956/1957/1958", "1957/1956", "1956-25", "1956-13", "1956-02-30"}) {
      const QString text = QString::fromUtf8(typed);
      const QString message = edtfErrorText(text, errorOf(typed), language);
      EXPECT_FALSE(message.isEmpty()) << typed;
      EXPECT_FALSE(hasEnglish(message, text)) << languageCode(language) << ": " << message.toStdString();
      EXPECT_FALSE(message.contains(QLatin1Char('%')) && !text.contains(QLatin1Char('%')) &&
                   !message.contains(QStringLiteral("%,")) && !message.contains(QStringLiteral("% ")))
          << "a placeholder left: " << message.toStdString();
    }
  }
}

TEST_F(DateErrorTextTest, TheTimeControllerWordsAParseErrorInTheLanguageItIsGiven) {
  AtlasDocument document;
  ASSERT_TRUE(document.openEmbedded());
  TimeController controller(document);
  settings.setLanguage(Language::Japanese);
  QString error;
  EXPECT_FALSE(controller.jumpTo(QStringLiteral("1956-02-30"), &error, Language::Japanese));
  EXPECT_TRUE(error.contains(QStringLiteral("1956年2月30日"))) << error.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
