// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes that cannot lose data: writeFileSafely checks every write and the flush before it
// commits, so a full disk (injected after N bytes or at the flush, or a real tiny tmpfs), a
// folder without write permission or a read-only file system keep the old file byte for byte,
// leave no temporary file, and give a reason that names the file, in the interface's language.
// The tour save goes through it.
#include "session/safe_write.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/tour.h"

#include "full_disk_device.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cerrno>

namespace okhotsk::app {
namespace {

using test::bytesOf;
using test::entriesOf;
using test::FullDisk;
using test::putBytes;

const QByteArray kOld("{\"the old file\": \"the user's work, which must survive\"}\n");

Tour twoStopTour() {
  Tour tour;
  tour.title.en = QStringLiteral("A tour saved on a full disk");
  for (const char* date : {"1855-02-07", "1956-10-19"}) {
    TourStop stop;
    EXPECT_TRUE(stop.setDate(QString::fromLatin1(date)));
    stop.caption.en = QStringLiteral("A caption long enough to need more than a few bytes of JSON");
    tour.stops.push_back(stop);
  }
  return tour;
}

class SafeWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(folder.isValid());
    target = folder.filePath(QStringLiteral("work.json"));
    ASSERT_TRUE(putBytes(target, kOld));
  }
  // The old file is byte-identical and alone in its folder: no temporary left behind.
  void expectOldFileKeptAlone() const {
    EXPECT_EQ(bytesOf(target), kOld);
    EXPECT_EQ(entriesOf(folder.path()), QStringList{QStringLiteral("work.json")});
  }

  QTemporaryDir folder;
  QString target;
};

TEST_F(SafeWriteTest, WritesEveryByteAndReplacesTheOldFile) {
  QByteArray bytes;
  for (int i = 0; i < 100000; ++i) bytes.append(static_cast<char>('a' + i % 26));  // more than Qt's buffer
  QString error;
  ASSERT_TRUE(writeFileSafely(target, bytes, &error)) << error.toStdString();
  EXPECT_TRUE(error.isEmpty());
  EXPECT_EQ(bytesOf(target), bytes);
  EXPECT_EQ(entriesOf(folder.path()), QStringList{QStringLiteral("work.json")});
}

TEST_F(SafeWriteTest, AFullDiskAfterAnyNumberOfBytesKeepsTheOldFile) {
  const QByteArray bytes(40000, 'n');
  for (const qint64 room : {qint64{0}, qint64{1}, qint64{17}, qint64{16384}, bytes.size() - 1}) {
    SCOPED_TRACE(room);
    FullDisk disk{room};
    QString error;
    EXPECT_FALSE(writeFileSafely(target, bytes, &error, disk.factory()));
    EXPECT_EQ(disk.made, 1);
    // When the disk filled up, the temporary file was open in the folder (with no name, or
    // a name beside the old file)...
    EXPECT_EQ(disk.openAtFailure, 1);
    // ...and afterwards it is closed and gone, and the old file is as it was.
    EXPECT_EQ(test::openFilesUnder(folder.path()), 0);
    expectOldFileKeptAlone();
    EXPECT_TRUE(error.contains(target)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
  }
}

TEST_F(SafeWriteTest, AFullDiskAtTheFlushKeepsTheOldFile) {
  FullDisk disk{0, true};
  QString error;
  EXPECT_FALSE(writeFileSafely(target, QByteArray(5000, 'f'), &error, disk.factory()));
  EXPECT_EQ(disk.openAtFailure, 1);
  EXPECT_EQ(test::openFilesUnder(folder.path()), 0);
  expectOldFileKeptAlone();
  EXPECT_TRUE(error.contains(target)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
}

TEST_F(SafeWriteTest, TourSaveOnAFullDiskKeepsTheOldTour) {
  const Tour tour = twoStopTour();
  ASSERT_GT(serializeTour(tour).size(), 300);
  for (const bool atFlush : {false, true}) {
    SCOPED_TRACE(atFlush ? "at the flush" : "after 300 bytes");
    FullDisk disk{300, atFlush};
    QString error;
    EXPECT_FALSE(writeTour(tour, target, &error, disk.factory()));
    EXPECT_EQ(disk.made, 1);
    expectOldFileKeptAlone();
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write %1: ").arg(target))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
  }
  // The same tour on a disk with room is written whole and reads back.
  QString error;
  ASSERT_TRUE(writeTour(tour, target, &error)) << error.toStdString();
  const TourReadResult read = readTour(target, nullptr);
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(*read.tour, tour);
}

TEST_F(SafeWriteTest, TheReasonIsInTheInterfaceLanguage) {
  DisplaySettings settings;
  InterfaceLanguage language(settings);
  settings.setLanguage(Language::Japanese);
  FullDisk disk{10};
  QString japanese;
  EXPECT_FALSE(writeTour(twoStopTour(), target, &japanese, disk.factory()));
  settings.setLanguage(Language::English);
  expectOldFileKeptAlone();
  EXPECT_TRUE(japanese.contains(target)) << japanese.toStdString();
  EXPECT_TRUE(japanese.contains(QStringLiteral("ディスクがいっぱい"))) << japanese.toStdString();
  EXPECT_FALSE(japanese.contains(QStringLiteral("disk full"))) << japanese.toStdString();
}

TEST_F(SafeWriteTest, AFolderWithoutWritePermissionKeepsTheOldFile) {
  // Checked as "nobody" when the test runs as root, who could write anyway.
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0555), 0);
  QString error;
  bool written = true;
  {
    const test::AsNobody nobody;
    written = writeTour(twoStopTour(), target, &error);
  }
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0700), 0);
  EXPECT_FALSE(written);
  expectOldFileKeptAlone();
  EXPECT_TRUE(error.contains(target)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("no permission"))) << error.toStdString();

  // The same reason when the system says so at the open (injected).
  error.clear();
  EXPECT_FALSE(writeTour(twoStopTour(), target, &error, test::permissionDenied()));
  expectOldFileKeptAlone();
  EXPECT_TRUE(error.contains(QStringLiteral("no permission"))) << error.toStdString();
}

TEST_F(SafeWriteTest, AMissingFolderOrAFileInTheWayIsNamed) {
  const QString missing = folder.filePath(QStringLiteral("no-such-folder"));
  QString error;
  EXPECT_FALSE(writeTour(twoStopTour(), missing + QStringLiteral("/tour.json"), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("the folder %1 does not exist").arg(missing)))
      << error.toStdString();

  EXPECT_FALSE(writeTour(twoStopTour(), target + QStringLiteral("/tour.json"), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("%1 is not a folder").arg(target))) << error.toStdString();

  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("taken.json")));
  EXPECT_FALSE(writeTour(twoStopTour(), folder.filePath(QStringLiteral("taken.json")), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("folder of that name"))) << error.toStdString();
  EXPECT_EQ(bytesOf(target), kOld);
}

TEST(SaveFailureText, SaysWhyForEachSystemError) {
  const QString path = QStringLiteral("/somewhere/tour.json");
  EXPECT_TRUE(saveFailureText(path, ENOSPC, {}).contains(QStringLiteral("disk full")));
  EXPECT_TRUE(saveFailureText(path, EDQUOT, {}).contains(QStringLiteral("disk full")));
  EXPECT_TRUE(saveFailureText(path, EROFS, {}).contains(QStringLiteral("read-only")));
  EXPECT_TRUE(saveFailureText(path, EACCES, {}).contains(QStringLiteral("no permission")));
  EXPECT_TRUE(saveFailureText(path, EFBIG, {}).contains(QStringLiteral("larger than")));
  for (const int systemError : {ENOSPC, EROFS, EACCES, EFBIG, EIO, 0})
    EXPECT_TRUE(saveFailureText(path, systemError, QStringLiteral("detail"))
                    .startsWith(QStringLiteral("cannot write /somewhere/tour.json: ")));
}

// --- a real file system: a tiny tmpfs, when this process may mount one ------------------------

TEST_F(SafeWriteTest, ARealFullDiskKeepsTheOldTour) {
  const QString mountPoint = folder.filePath(QStringLiteral("tiny"));
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("tiny")));
  test::TinyTmpfs tmpfs(mountPoint, 64 * 1024);
  if (!tmpfs.mounted()) GTEST_SKIP() << tmpfs.whyNot() << " (needs root with CAP_SYS_ADMIN)";
  const QString tour = QDir(mountPoint).filePath(QStringLiteral("tour.json"));
  ASSERT_TRUE(putBytes(tour, kOld));
  ASSERT_GT(tmpfs.fill(QStringLiteral("filler")), 0);

  QString error;
  EXPECT_FALSE(writeTour(twoStopTour(), tour, &error));
  EXPECT_EQ(bytesOf(tour), kOld);
  EXPECT_EQ(entriesOf(mountPoint), (QStringList{QStringLiteral("filler"), QStringLiteral("tour.json")}));
  EXPECT_TRUE(error.contains(tour)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();

  // With room again, the same save works.
  ASSERT_TRUE(QFile::remove(QDir(mountPoint).filePath(QStringLiteral("filler"))));
  EXPECT_TRUE(writeTour(twoStopTour(), tour, &error)) << error.toStdString();
  EXPECT_EQ(bytesOf(tour), serializeTour(twoStopTour()));
}

TEST_F(SafeWriteTest, ARealReadOnlyFileSystemKeepsTheOldFile) {
  const QString mountPoint = folder.filePath(QStringLiteral("tiny"));
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("tiny")));
  test::TinyTmpfs tmpfs(mountPoint, 64 * 1024);
  if (!tmpfs.mounted()) GTEST_SKIP() << tmpfs.whyNot() << " (needs root with CAP_SYS_ADMIN)";
  const QString tour = QDir(mountPoint).filePath(QStringLiteral("tour.json"));
  ASSERT_TRUE(putBytes(tour, kOld));
  ASSERT_TRUE(tmpfs.makeReadOnly());

  QString error;
  EXPECT_FALSE(writeTour(twoStopTour(), tour, &error));
  EXPECT_EQ(bytesOf(tour), kOld);
  EXPECT_EQ(entriesOf(mountPoint), QStringList{QStringLiteral("tour.json")});
  EXPECT_TRUE(error.contains(tour)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
