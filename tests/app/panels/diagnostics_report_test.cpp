// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnostics report cannot lose data: on a full disk (injected after N bytes or at the
// flush), in a folder without write permission, or on a real full tmpfs, "Save report…" keeps
// the old report byte for byte, leaves no temporary file, and says why, naming the file.
#include "panels/diagnostics_dialog.h"

#include "../session/full_disk_device.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace okhotsk::app {
namespace {

using test::bytesOf;
using test::entriesOf;
using test::FullDisk;
using test::putBytes;

const QByteArray kOldReport("an earlier report the user kept\n");

Diagnostics someDiagnostics() {
  Diagnostics diagnostics;
  for (int i = 1; i <= 40; ++i) {
    const std::string id = "E" + std::to_string(i);
    diagnostics.error("events.csv", "events", id, "date", "day 30 does not exist in February 1956");
    diagnostics.warning("events.csv", "events", id, "territory", "unknown territory 'T99'");
  }
  return diagnostics;
}

class DiagnosticsReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(folder.isValid());
    report = folder.filePath(QStringLiteral("report.txt"));
    ASSERT_TRUE(putBytes(report, kOldReport));
  }
  void expectOldReportKeptAlone() const {
    EXPECT_EQ(bytesOf(report), kOldReport);
    EXPECT_EQ(entriesOf(folder.path()), QStringList{QStringLiteral("report.txt")});
    EXPECT_EQ(test::openFilesUnder(folder.path()), 0);
  }

  QTemporaryDir folder;
  QString report;
  DiagnosticsDialog dialog{someDiagnostics(), QStringLiteral("/data/atlas")};
};

TEST_F(DiagnosticsReportTest, AFullDiskKeepsTheOldReport) {
  const QByteArray whole = dialog.reportText().toUtf8();
  ASSERT_GT(whole.size(), 2000);
  for (const bool atFlush : {false, true}) {
    SCOPED_TRACE(atFlush ? "at the flush" : "after 1000 bytes");
    FullDisk disk(1000, atFlush);
    QString error;
    EXPECT_FALSE(dialog.saveReport(report, &error, disk.factory()));
    EXPECT_EQ(disk.made, 1);
    EXPECT_EQ(disk.openAtFailure, 1);  // the temporary file was open when the disk filled up
    expectOldReportKeptAlone();
    EXPECT_TRUE(error.contains(report)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
  }
  // With room, the report replaces the old one whole.
  QString error;
  ASSERT_TRUE(dialog.saveReport(report, &error)) << error.toStdString();
  EXPECT_TRUE(bytesOf(report).contains("unknown territory 'T99'"));
  EXPECT_TRUE(bytesOf(report).endsWith("\n"));
}

TEST_F(DiagnosticsReportTest, AFolderWithoutWritePermissionKeepsTheOldReport) {
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0555), 0);
  QString error;
  bool saved = true;
  {
    const test::AsNobody nobody;  // root would write anyway
    saved = dialog.saveReport(report, &error);
  }
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0700), 0);
  EXPECT_FALSE(saved);
  expectOldReportKeptAlone();
  EXPECT_TRUE(error.contains(report)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("no permission"))) << error.toStdString();
}

TEST_F(DiagnosticsReportTest, ARealFullDiskKeepsTheOldReport) {
  const QString mountPoint = folder.filePath(QStringLiteral("tiny"));
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("tiny")));
  test::TinyTmpfs tmpfs(mountPoint, 64 * 1024);
  if (!tmpfs.mounted()) GTEST_SKIP() << tmpfs.whyNot() << " (needs root with CAP_SYS_ADMIN)";
  const QString onTmpfs = QDir(mountPoint).filePath(QStringLiteral("report.txt"));
  ASSERT_TRUE(putBytes(onTmpfs, kOldReport));
  ASSERT_GT(tmpfs.fill(QStringLiteral("filler")), 0);
  QString error;
  EXPECT_FALSE(dialog.saveReport(onTmpfs, &error));
  EXPECT_EQ(bytesOf(onTmpfs), kOldReport);
  EXPECT_EQ(entriesOf(mountPoint), (QStringList{QStringLiteral("filler"), QStringLiteral("report.txt")}));
  EXPECT_TRUE(error.contains(onTmpfs)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
