// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bookmarks in the settings: what save() writes, load() reads back in order; changes are
// signalled; entries without a link are dropped.
#include "session/bookmarks.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

TEST(BookmarksTest, SavedBookmarksLoadBackInOrder) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("settings.ini"));
  {
    Bookmarks bookmarks;
    QSignalSpy changed(&bookmarks, &Bookmarks::changed);
    bookmarks.add({QStringLiteral("Portsmouth"), QStringLiteral("okhotsk:1905-09-05?v=1")});
    bookmarks.add({QStringLiteral("  "), QStringLiteral("okhotsk:1956-10-19?v=1&lang=ru")});
    bookmarks.add({QStringLiteral("Shimoda"), QStringLiteral("okhotsk:1855-02-07?v=1")});
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(bookmarks.list()[1].name, QStringLiteral("okhotsk:1956-10-19?v=1&lang=ru"));
    EXPECT_TRUE(bookmarks.rename(2, QStringLiteral("Treaty of Shimoda")));
    EXPECT_TRUE(bookmarks.remove(0));
    EXPECT_FALSE(bookmarks.remove(5));
    EXPECT_FALSE(bookmarks.rename(-1, QStringLiteral("x")));
    QSettings settings(file, QSettings::IniFormat);
    bookmarks.save(settings);
  }
  QSettings settings(file, QSettings::IniFormat);
  Bookmarks loaded;
  loaded.load(settings);
  ASSERT_EQ(loaded.list().size(), 2U);
  EXPECT_EQ(loaded.list()[0].link, QStringLiteral("okhotsk:1956-10-19?v=1&lang=ru"));
  EXPECT_EQ(loaded.list()[1],
            (Bookmark{QStringLiteral("Treaty of Shimoda"), QStringLiteral("okhotsk:1855-02-07?v=1")}));
}

TEST(BookmarksTest, EntriesWithoutALinkAreDroppedAndFewerOverwriteMore) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
  settings.beginWriteArray(QStringLiteral("bookmarks"), 2);
  settings.setArrayIndex(0);
  settings.setValue(QStringLiteral("name"), QStringLiteral("empty"));
  settings.setArrayIndex(1);
  settings.setValue(QStringLiteral("link"), QStringLiteral("okhotsk:1904"));
  settings.endArray();
  Bookmarks bookmarks;
  bookmarks.load(settings);
  ASSERT_EQ(bookmarks.list().size(), 1U);
  EXPECT_EQ(bookmarks.list()[0].name, QStringLiteral("okhotsk:1904"));

  bookmarks.remove(0);
  bookmarks.save(settings);
  Bookmarks again;
  again.load(settings);
  EXPECT_TRUE(again.list().empty());
}

}  // namespace
}  // namespace okhotsk::app
