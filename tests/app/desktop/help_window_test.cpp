// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Guide (F1): the guide in the interface's language and every shortcut of the window.
#include "desktop/help_window.h"
#include "session/display_settings.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

TEST(HelpWindow, TheGuideExistsInEachLanguageWithTheSameSections) {
  QList<int> sections;
  for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
    QFile guide(HelpWindow::guideResource(language));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly)) << guide.fileName().toStdString();
    const QString html = QString::fromUtf8(guide.readAll());
    sections << static_cast<int>(html.count(QStringLiteral("<h3>")));
  }
  EXPECT_GE(sections[0], 4);
  EXPECT_EQ(sections[1], sections[0]);
  EXPECT_EQ(sections[2], sections[0]);
}

TEST(HelpWindow, ShowsTheGuideInTheSettingsLanguageAndListsEveryShortcut) {
  DisplaySettings settings;
  settings.setLanguage(Language::Russian);
  QAction next(QStringLiteral("&Next Event"));
  next.setShortcut(QKeySequence(Qt::Key_PageDown));
  QAction quit(QStringLiteral("&Quit"));
  quit.setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::Key_F10)});
  QAction silent(QStringLiteral("No keys"));
  HelpWindow help(settings, {&next, &quit, &silent});
  const auto* guide = help.findChild<QTextBrowser*>(QStringLiteral("guide"));
  ASSERT_NE(guide, nullptr);
  EXPECT_TRUE(guide->toPlainText().contains(QStringLiteral("Охотский атлас")))
      << guide->toPlainText().left(80).toStdString();

  const auto* shortcuts = help.findChild<QTreeWidget*>(QStringLiteral("shortcuts"));
  ASSERT_NE(shortcuts, nullptr);
  ASSERT_EQ(shortcuts->topLevelItemCount(), 2);
  EXPECT_EQ(shortcuts->topLevelItem(0)->text(0), QStringLiteral("Next Event"));
  EXPECT_EQ(shortcuts->topLevelItem(0)->text(1),
            QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText));
  EXPECT_TRUE(shortcuts->topLevelItem(1)->text(1).contains(QStringLiteral("F10")));

  auto* filter = help.findChild<QLineEdit*>();
  ASSERT_NE(filter, nullptr);
  filter->setText(QStringLiteral("quit"));
  EXPECT_EQ(shortcuts->topLevelItemCount(), 1);
}

}  // namespace
}  // namespace okhotsk::app
