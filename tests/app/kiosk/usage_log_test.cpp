// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's anonymous counts of use: sessions, languages, stories and attract loops per day,
// added to what the CSV already holds, written atomically, and a file that is not a usage log
// never overwritten.
#include "kiosk/usage_log.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

const QDate kDay(2026, 12, 7);

class UsageLogTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(folder.isValid()); }

  [[nodiscard]] QString path() const { return folder.filePath(QStringLiteral("usage.csv")); }

  void write(const QByteArray& bytes) const {
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
  }

  [[nodiscard]] QByteArray read() const {
    QFile file(path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
  }

  QTemporaryDir folder;
};

TEST_F(UsageLogTest, ANewFileHoldsTheHeaderAndOneRowPerDay) {
  UsageLog log(path());
  ASSERT_TRUE(log.load());
  log.beginSession(kDay, Language::Japanese);
  log.openStory(kDay);
  log.openStory(kDay);
  log.useLanguage(kDay, Language::Russian);
  log.useLanguage(kDay, Language::Japanese);  // back to one already counted: not again
  log.endSession();
  log.beginAttractLoop(kDay);
  log.beginSession(kDay.addDays(1), Language::English);
  ASSERT_TRUE(log.save());
  EXPECT_EQ(read(), QByteArray("date,sessions,english,japanese,russian,stories,attract_loops\n"
                               "2026-12-07,1,0,1,1,2,1\n"
                               "2026-12-08,1,1,0,0,0,0\n"));
  // Nothing left behind by the atomic write.
  EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("usage.csv")});
}

TEST_F(UsageLogTest, CountsAreAddedToWhatTheFileHolds) {
  write("date,sessions,english,japanese,russian,stories,attract_loops\r\n2026-12-07,40,30,6,5,97,12\r\n");
  UsageLog log(path());
  ASSERT_TRUE(log.load());
  ASSERT_EQ(log.days().size(), 1U);
  EXPECT_EQ(log.days().at(kDay).stories, 97);
  log.beginSession(kDay, Language::Russian);
  log.openStory(kDay);
  ASSERT_TRUE(log.save());
  EXPECT_EQ(read(), QByteArray("date,sessions,english,japanese,russian,stories,attract_loops\n"
                               "2026-12-07,41,30,6,6,98,12\n"));
}

TEST_F(UsageLogTest, StoriesOutsideASessionAreNobodys) {
  UsageLog log(path());
  ASSERT_TRUE(log.load());
  log.openStory(kDay);  // the attract loop's own
  log.useLanguage(kDay, Language::Japanese);
  EXPECT_TRUE(log.days().empty());
  EXPECT_FALSE(log.hasUnsavedCounts());
  ASSERT_TRUE(log.save());
  EXPECT_FALSE(QFile::exists(path()));  // nothing to say: no file
}

TEST_F(UsageLogTest, AFolderThatDoesNotExistYetIsMade) {
  const QString nested = folder.filePath(QStringLiteral("var/lib/kiosk/usage.csv"));
  UsageLog log(nested);
  ASSERT_TRUE(log.load());
  log.beginSession(kDay, Language::English);
  QString error;
  ASSERT_TRUE(log.save(&error)) << error.toStdString();
  EXPECT_TRUE(QFile::exists(nested));
}

// Another program's file named by mistake, a row spoiled by hand, bytes that are not text: the
// file stays exactly as it was, the problem names it, the line and the field, and nothing is
// recorded.
TEST_F(UsageLogTest, AFileThatIsNotAUsageLogIsNeverOverwritten) {
  struct Case {
    QByteArray bytes;
    const char* expected;
  };
  const Case cases[] = {
      {"name,email\nAnna,anna@example.org\n", "is not a kiosk usage log"},
      {"date,sessions,english,japanese,russian,stories,attract_loops\n2026-12-07,4,2,1,1,many,0\n",
       "line 2, field stories"},
      {"date,sessions,english,japanese,russian,stories,attract_loops\n2026-02-30,4,2,1,1,3,0\n",
       "line 2, field date"},
      {"date,sessions,english,japanese,russian,stories,attract_loops\n2026-12-07,4,2\n",
       "line 2, field (3 fields"},
      {"date,sessions,english,japanese,russian,stories,attract_loops\n2026-12-07,-1,0,0,0,0,0\n",
       "line 2, field sessions"},
      {QByteArray::fromHex("fffe00640061"), "is not UTF-8 text"},
  };
  for (const Case& c : cases) {
    write(c.bytes);
    UsageLog log(path());
    QStringList problems;
    EXPECT_FALSE(log.load(&problems)) << c.expected;
    ASSERT_EQ(problems.size(), 1) << c.expected;
    EXPECT_TRUE(problems.front().contains(QDir::toNativeSeparators(path())))
        << problems.front().toStdString();
    EXPECT_TRUE(problems.front().contains(QString::fromUtf8(c.expected))) << problems.front().toStdString();
    log.beginSession(kDay, Language::English);
    log.openStory(kDay);
    EXPECT_TRUE(log.save());
    EXPECT_EQ(read(), c.bytes) << c.expected;
  }
}

TEST_F(UsageLogTest, WithoutAPathNothingIsRecorded) {
  UsageLog log;
  EXPECT_FALSE(log.load());
  log.beginSession(kDay, Language::English);
  EXPECT_TRUE(log.days().empty());
  EXPECT_TRUE(log.save());
}

TEST_F(UsageLogTest, AFolderWhereTheFileShouldBeIsReported) {
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("usage.csv")));
  UsageLog log(path());
  QStringList problems;
  EXPECT_FALSE(log.load(&problems));
  ASSERT_EQ(problems.size(), 1);
  EXPECT_TRUE(problems.front().contains(QStringLiteral("cannot be read"))) << problems.front().toStdString();
}

TEST_F(UsageLogTest, AFileThatCannotBeWrittenIsReportedWithItsName) {
  write("not a folder");
  const QString inside = path() + QStringLiteral("/usage.csv");  // under a file: no folder can be made
  UsageLog log(inside);
  ASSERT_TRUE(log.load());
  log.beginSession(kDay, Language::English);
  QString error;
  EXPECT_FALSE(log.save(&error));
  EXPECT_TRUE(error.startsWith(QDir::toNativeSeparators(inside))) << error.toStdString();
  EXPECT_TRUE(log.hasUnsavedCounts());  // kept for the next try
}

}  // namespace
}  // namespace okhotsk::app
