// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exports cannot lose data: a map picture (PNG, SVG, PDF), the tour's handout and its video
// frames are drawn into memory and written through writeFileSafely. On a full disk (injected
// after N bytes or at the flush, or a real tiny tmpfs) and in a folder without write
// permission the old file stays byte for byte, no temporary is left, and the reason names the
// file; a frame that cannot be written stops the export, and the frames before it stay.
#include "export/picture_export.h"
#include "export/tour_export.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour.h"
#include "session/view/map_viewport.h"

#include "../session/full_disk_device.h"

#include "okhotsk/calendar.h"

#include "embedded_document_test.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <memory>

namespace okhotsk::app {
namespace {

using test::bytesOf;
using test::entriesOf;
using test::FullDisk;
using test::putBytes;

const QByteArray kOld("the user's earlier file, which a failed export must not touch");

TourStop stopAt(const char* date, const char* view, const char* caption) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(QString::fromLatin1(date)));
  stop.view = QString::fromLatin1(view);
  stop.caption.en = QString::fromLatin1(caption);
  stop.holdSeconds = 1.0;
  return stop;
}

Tour twoStops() {
  Tour tour;
  tour.title.en = QStringLiteral("Exports on a full disk");
  tour.stops.push_back(stopAt("1875-05-07", "region", "One"));
  tour.stops.push_back(stopAt("1956-10-19", "habomai", "Two"));
  return tour;
}

class ExportWritesTest : public okhotsk::test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(folder.isValid());
    renderer = std::make_unique<MapRenderer>(mapDataOf(*document));
  }
  [[nodiscard]] QString path(const QString& name) const { return folder.filePath(name); }
  bool picture(const QString& file, QString* error, const SaveDeviceFactory& device = {}) {
    return writeMapPicture(*renderer, MapViewport::named(NamedView::Region, QSize(320, 200)),
                           mapSceneOf(*settings, daysFromGregorian(1956, 10, 19)), RenderOptions{}, file,
                           error, device);
  }
  // `file` holds the old bytes and is alone in the folder, and nothing there is open.
  void expectOldFileKeptAlone(const QString& file) const {
    EXPECT_EQ(bytesOf(file), kOld);
    EXPECT_EQ(entriesOf(folder.path()), QStringList{QFileInfo(file).fileName()});
    EXPECT_EQ(test::openFilesUnder(folder.path()), 0);
  }

  QTemporaryDir folder;
  std::unique_ptr<MapRenderer> renderer;
};

TEST_F(ExportWritesTest, APictureOnAFullDiskKeepsTheOldFile) {
  for (const char* name : {"map.png", "map.svg", "map.pdf"}) {
    for (const bool atFlush : {false, true}) {
      SCOPED_TRACE(std::string(name) + (atFlush ? " at the flush" : " after 2000 bytes"));
      const QString file = path(QString::fromLatin1(name));
      ASSERT_TRUE(putBytes(file, kOld));
      FullDisk disk(2000, atFlush);
      QString error;
      EXPECT_FALSE(picture(file, &error, disk.factory()));
      EXPECT_EQ(disk.made, 1);
      EXPECT_EQ(disk.openAtFailure, 1);  // the temporary file was open when the disk filled up
      expectOldFileKeptAlone(file);
      EXPECT_TRUE(error.contains(file)) << error.toStdString();
      EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
      ASSERT_TRUE(QFile::remove(file));
    }
  }
  // With room, each is written whole, and each is larger than the room the full disk had.
  for (const char* name : {"map.png", "map.svg", "map.pdf"}) {
    const QString file = path(QString::fromLatin1(name));
    QString error;
    ASSERT_TRUE(picture(file, &error)) << error.toStdString();
    EXPECT_GT(QFileInfo(file).size(), 2000) << name;
  }
}

TEST_F(ExportWritesTest, APictureInAFolderWithoutWritePermissionKeepsTheOldFile) {
  const QString file = path(QStringLiteral("map.svg"));
  ASSERT_TRUE(putBytes(file, kOld));
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0555), 0);
  QString error;
  bool written = true;
  {
    const test::AsNobody nobody;  // root would write anyway
    written = picture(file, &error);
  }
  ASSERT_EQ(::chmod(QFile::encodeName(folder.path()).constData(), 0700), 0);
  EXPECT_FALSE(written);
  expectOldFileKeptAlone(file);
  EXPECT_TRUE(error.contains(file)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("no permission"))) << error.toStdString();
}

TEST_F(ExportWritesTest, AHandoutOnAFullDiskKeepsTheOldFile) {
  const QString file = path(QStringLiteral("handout.pdf"));
  ASSERT_TRUE(putBytes(file, kOld));
  for (const bool atFlush : {false, true}) {
    SCOPED_TRACE(atFlush ? "at the flush" : "after 4096 bytes");
    FullDisk disk(4096, atFlush);
    QString error;
    EXPECT_FALSE(writeTourHandout(twoStops(), *document, *settings, file, &error, disk.factory()));
    EXPECT_EQ(disk.made, 1);
    EXPECT_EQ(disk.openAtFailure, 1);
    expectOldFileKeptAlone(file);
    EXPECT_TRUE(error.contains(file)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
  }
}

TEST_F(ExportWritesTest, AFrameOnAFullDiskStopsTheExportAndTheEarlierFramesStay) {
  for (const bool atFlush : {false, true}) {
    SCOPED_TRACE(atFlush ? "at the flush" : "after 100 bytes");
    const QString frames = path(atFlush ? QStringLiteral("frames-flush") : QStringLiteral("frames-write"));
    FullDisk disk(100, atFlush, 3);  // frames 1 to 3 are written, the 4th meets a full disk
    int reported = 0;
    QString error;
    const int written = writeTourFrames(
        twoStops(), *document, *settings, frames, QSize(160, 90), 4, &error,
        [&reported](int done, int /*total*/) { return (reported = done), true; }, 1.5, disk.factory());
    EXPECT_EQ(written, -1);
    EXPECT_EQ(disk.made, 4) << "no frame is tried after the one that failed";
    EXPECT_EQ(reported, 3);
    const QString failed = QDir(frames).filePath(QStringLiteral("frame_00004.png"));
    EXPECT_TRUE(error.contains(failed)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("frames 1 to 3"))) << error.toStdString();
    EXPECT_TRUE(error.contains(frames)) << error.toStdString();
    // The frames before it are whole pictures; nothing else is in the folder.
    EXPECT_EQ(entriesOf(frames),
              (QStringList{QStringLiteral("frame_00001.png"), QStringLiteral("frame_00002.png"),
                           QStringLiteral("frame_00003.png")}));
    for (const QString& name : entriesOf(frames))
      EXPECT_EQ(QImage(QDir(frames).filePath(name)).size(), QSize(160, 90)) << name.toStdString();
    EXPECT_EQ(test::openFilesUnder(frames), 0);
  }
}

TEST_F(ExportWritesTest, AnSvgOnARealFullDiskKeepsTheOldSvg) {
  const QString mountPoint = path(QStringLiteral("tiny"));
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("tiny")));
  test::TinyTmpfs tmpfs(mountPoint, 512 * 1024);
  if (!tmpfs.mounted()) GTEST_SKIP() << tmpfs.whyNot() << " (needs root with CAP_SYS_ADMIN)";
  // A good SVG first, then a disk with no room: the next export of it must keep it.
  const QString file = QDir(mountPoint).filePath(QStringLiteral("map.svg"));
  QString error;
  ASSERT_TRUE(picture(file, &error)) << error.toStdString();
  const QByteArray good = bytesOf(file);
  ASSERT_TRUE(good.contains("</svg>"));
  ASSERT_GT(tmpfs.fill(QStringLiteral("filler")), 0);
  settings->setLanguage(Language::English);
  EXPECT_FALSE(picture(file, &error));
  EXPECT_EQ(bytesOf(file), good);
  EXPECT_EQ(entriesOf(mountPoint), (QStringList{QStringLiteral("filler"), QStringLiteral("map.svg")}));
  EXPECT_TRUE(error.contains(file)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("disk full"))) << error.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
