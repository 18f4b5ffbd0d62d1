// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exports, on the embedded dataset: the tour's PDF handout (one page per stop; a failure
// names the file and leaves nothing behind), the tour's numbered video frames (count, names,
// size, stops that differ, stopping early, a frame that cannot be written), the command line
// `--tour FILE --export / --export-frames`, a map picture as PNG, SVG and PDF (atomic: a failed
// write keeps the old file), File → Export View (worded again on a language change), and a
// view's spec read back by fromSpec.
#include "export/export_dialog.h"
#include "export/headless.h"
#include "export/picture_export.h"
#include "export/tour_export.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include "visible_texts.h"

#include "embedded_document_test.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <csignal>
#include <memory>
#include <vector>

namespace okhotsk::app {
namespace {

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
  file.write(bytes);
}

// The pages of a PDF written by QPdfWriter, whose object headers are not compressed: the
// "/Type /Page" objects that are not the "/Type /Pages" tree.
int pdfPageCount(const QByteArray& pdf) {
  const QByteArray marker("/Type /Page");
  int pages = 0;
  for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
    const qsizetype after = at + marker.size();
    if (after < pdf.size() && pdf.at(after) == 's') continue;
    ++pages;
  }
  return pages;
}

QStringList filesIn(const QString& folder) {
  return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Limits the size of files this process may write, for the scope; writes beyond it fail (with
// EFBIG: the signal that would end the process is ignored meanwhile). Works as root too.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    m_active = getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
    m_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = m_saved;
    limit.rlim_cur = bytes;
    m_active = m_active && setrlimit(RLIMIT_FSIZE, &limit) == 0;
  }
  ~FileSizeLimit() {
    if (m_active) setrlimit(RLIMIT_FSIZE, &m_saved);
    std::signal(SIGXFSZ, m_handler);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;
  [[nodiscard]] bool active() const { return m_active; }

 private:
  rlimit m_saved{};
  void (*m_handler)(int) = SIG_DFL;
  bool m_active = false;
};

TourStop makeStop(const QString& date, const QString& view, const QString& caption,
                  const QString& eventId = {}) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(date)) << date.toStdString();
  stop.view = view;
  stop.caption.en = caption;
  stop.eventId = eventId;
  stop.holdSeconds = 1.0;
  return stop;
}

// Three short stops with different dates, views (two projections) and captions.
Tour smallTour() {
  Tour tour;
  tour.title.en = QStringLiteral("Small export test");
  tour.stops.push_back(
      makeStop(QStringLiteral("1875-05-07"), QStringLiteral("region"), QStringLiteral("One")));
  tour.stops.push_back(makeStop(QStringLiteral("1945-09-03"), QStringLiteral("habomai"),
                                QStringLiteral("Two"), QStringLiteral("E022")));
  tour.stops.push_back(
      makeStop(QStringLiteral("1951-09-08"), QStringLiteral("world"), QStringLiteral("Three")));
  return tour;
}

class ExportTest : public okhotsk::test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(directory.isValid());
  }

  [[nodiscard]] QString path(const QString& name) const { return directory.filePath(name); }
  [[nodiscard]] QString writeTourFile(const Tour& tour, const QString& name) const {
    QString file = path(name);
    QString error;
    EXPECT_TRUE(writeTour(tour, file, &error)) << error.toStdString();
    return file;
  }

  QTemporaryDir directory;
};

// --- the handout --------------------------------------------------------------------------

TEST_F(ExportTest, HandoutHasOnePagePerStopThenTheBibliography) {
  const QString tourPath = findDefaultTour();
  ASSERT_FALSE(tourPath.isEmpty());
  const TourReadResult read = readTour(tourPath, document->dataset());
  ASSERT_TRUE(read.tour.has_value());
  const QString out = path(QStringLiteral("handout.pdf"));
  QString error;
  ASSERT_TRUE(writeTourHandout(*read.tour, *document, *settings, out, &error)) << error.toStdString();
  const QByteArray pdf = fileBytes(out);
  ASSERT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();
  // One page per stop, then the bibliography (tests/app/share/sources_export_test.cpp reads it).
  EXPECT_GT(pdfPageCount(pdf), static_cast<int>(read.tour->stops.size()));
  EXPECT_EQ(filesIn(directory.path()), QStringList{QStringLiteral("handout.pdf")});  // no temporary left
}

TEST_F(ExportTest, HandoutToAnUnwritablePathFailsNamingIt) {
  const QString blocker = path(QStringLiteral("not-a-folder"));
  writeBytes(blocker, "a regular file");
  const QString out = blocker + QStringLiteral("/handout.pdf");
  QString error;
  EXPECT_FALSE(writeTourHandout(smallTour(), *document, *settings, out, &error));
  EXPECT_TRUE(error.contains(out)) << error.toStdString();
  EXPECT_FALSE(QFileInfo::exists(out));
  EXPECT_EQ(filesIn(directory.path()), QStringList{QStringLiteral("not-a-folder")});
  EXPECT_EQ(fileBytes(blocker), QByteArray("a regular file"));
}

TEST_F(ExportTest, HandoutThatCannotBeWrittenCompletelyKeepsTheOldFile) {
  const QString out = path(QStringLiteral("handout.pdf"));
  writeBytes(out, "the old handout");
  QString error;
  bool written = true;
  {
    const FileSizeLimit limit(2048);  // far less than a handout
    ASSERT_TRUE(limit.active());
    Tour oneStop = smallTour();
    oneStop.stops.resize(1);
    written = writeTourHandout(oneStop, *document, *settings, out, &error);
  }
  EXPECT_FALSE(written);
  EXPECT_TRUE(error.contains(out)) << error.toStdString();
  EXPECT_EQ(fileBytes(out), QByteArray("the old handout"));
  EXPECT_EQ(filesIn(directory.path()), QStringList{QStringLiteral("handout.pdf")});  // no temporary left
}

TEST_F(ExportTest, HandoutOfAnEmptyTourFails) {
  const QString out = path(QStringLiteral("empty.pdf"));
  QString error;
  EXPECT_FALSE(writeTourHandout(Tour{}, *document, *settings, out, &error));
  EXPECT_TRUE(error.contains(out)) << error.toStdString();
  EXPECT_FALSE(QFileInfo::exists(out));
}

// --- the frames ---------------------------------------------------------------------------

TEST_F(ExportTest, FramesAreNumberedSizedAndCounted) {
  const Tour tour = smallTour();
  const int fps = 4;
  const QSize size(160, 90);
  const QString folder = path(QStringLiteral("frames"));  // created by the export
  const int total = tourFrameCount(tour, fps);
  ASSERT_GT(total, 0);
  std::vector<int> reported;
  QString error;
  const int written =
      writeTourFrames(tour, *document, *settings, folder, size, fps, &error, [&](int done, int all) {
        EXPECT_EQ(all, total);
        reported.push_back(done);
        return true;
      });
  EXPECT_EQ(written, total) << error.toStdString();
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
  QStringList expected;
  for (int i = 1; i <= total; ++i) expected << QStringLiteral("frame_%1.png").arg(i, 5, 10, QLatin1Char('0'));
  EXPECT_EQ(filesIn(folder), expected);
  ASSERT_EQ(reported.size(), static_cast<std::size_t>(total));
  for (int i = 0; i < total; ++i) EXPECT_EQ(reported[static_cast<std::size_t>(i)], i + 1);
  for (const QString& name : expected) {
    const QImage frame(QDir(folder).filePath(name));
    ASSERT_FALSE(frame.isNull()) << name.toStdString();
    EXPECT_EQ(frame.size(), size) << name.toStdString();
  }
}

TEST_F(ExportTest, FrameCountFollowsHoldsAndTransitions) {
  const Tour tour = smallTour();
  Tour one;
  one.stops.push_back(tour.stops[0]);
  Tour two = one;
  two.stops.push_back(tour.stops[1]);
  const int fps = 4;
  const int hold = tourFrameCount(one, fps);
  EXPECT_EQ(hold, 4);  // one second at 4 frames per second
  const int transition = tourFrameCount(two, fps) - 2 * hold;
  EXPECT_GT(transition, 0);
  EXPECT_EQ(tourFrameCount(tour, fps), 3 * hold + 2 * transition);
  EXPECT_EQ(tourFrameCount(tour, fps, 0.0), 3 * hold);
  EXPECT_EQ(tourFrameCount(Tour{}, fps), 0);
}

TEST_F(ExportTest, FramesOfDifferentStopsDiffer) {
  const Tour tour = smallTour();
  const int fps = 4;
  const double transitionSeconds = 0.5;
  const QString folder = path(QStringLiteral("frames"));
  Tour one;
  one.stops.push_back(tour.stops[0]);
  Tour two = one;
  two.stops.push_back(tour.stops[1]);
  const int hold = tourFrameCount(one, fps, transitionSeconds);
  const int transition = tourFrameCount(two, fps, transitionSeconds) - 2 * hold;
  ASSERT_EQ(writeTourFrames(tour, *document, *settings, folder, QSize(160, 90), fps, nullptr, {},
                            transitionSeconds),
            tourFrameCount(tour, fps, transitionSeconds));
  auto frame = [&](int number) {
    return QImage(QDir(folder).filePath(QStringLiteral("frame_%1.png").arg(number, 5, 10, QLatin1Char('0'))))
        .convertToFormat(QImage::Format_ARGB32);
  };
  // The first and last frames of each stop's hold.
  const int firstStopEnd = hold;
  const int secondStopStart = hold + transition + 1;
  const int secondStopEnd = 2 * hold + transition;
  const int thirdStopEnd = 3 * hold + 2 * transition;
  EXPECT_EQ(frame(1), frame(firstStopEnd)) << "a stop's hold frames are the same picture";
  EXPECT_EQ(frame(secondStopStart), frame(secondStopEnd));
  EXPECT_NE(frame(firstStopEnd), frame(secondStopEnd));
  EXPECT_NE(frame(secondStopEnd), frame(thirdStopEnd));
  EXPECT_NE(frame(firstStopEnd), frame(thirdStopEnd));
  // A transition frame is neither stop.
  EXPECT_NE(frame(firstStopEnd + 1), frame(firstStopEnd));
}

TEST_F(ExportTest, ProgressReturningFalseStopsEarly) {
  const QString folder = path(QStringLiteral("frames"));
  QString error;
  int calls = 0;
  const int written = writeTourFrames(smallTour(), *document, *settings, folder, QSize(160, 90), 4, &error,
                                      [&](int done, int) {
                                        ++calls;
                                        return done < 3;
                                      });
  EXPECT_EQ(written, 3);
  EXPECT_EQ(calls, 3);
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_EQ(filesIn(folder),
            (QStringList{QStringLiteral("frame_00001.png"), QStringLiteral("frame_00002.png"),
                         QStringLiteral("frame_00003.png")}));
}

TEST_F(ExportTest, FramesWithBadSettingsFail) {
  const QString folder = path(QStringLiteral("frames"));
  QString error;
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, folder, QSize(160, 90), 0, &error), -1);
  EXPECT_FALSE(error.isEmpty());
  error.clear();
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, folder, QSize(160, 90), 121, &error), -1);
  EXPECT_FALSE(error.isEmpty());
  error.clear();
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, folder, QSize(8, 8), 4, &error), -1);
  EXPECT_FALSE(error.isEmpty());
  error.clear();
  EXPECT_EQ(writeTourFrames(Tour{}, *document, *settings, folder, QSize(160, 90), 4, &error), -1);
  EXPECT_FALSE(error.isEmpty());
  const QString blocker = path(QStringLiteral("not-a-folder"));
  writeBytes(blocker, "x");
  error.clear();
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, blocker + QStringLiteral("/frames"),
                            QSize(160, 90), 4, &error),
            -1);
  EXPECT_TRUE(error.contains(blocker)) << error.toStdString();
}

// A frame that cannot be written (its name is taken by a folder) is an error, -1, whether or
// not the caller asked for the reason.
TEST_F(ExportTest, AFrameThatCannotBeWrittenIsAnError) {
  const QString folder = path(QStringLiteral("frames"));
  ASSERT_TRUE(QDir().mkpath(QDir(folder).filePath(QStringLiteral("frame_00002.png"))));
  QString error;
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, folder, QSize(160, 90), 4, &error), -1);
  EXPECT_TRUE(error.contains(QStringLiteral("frame_00002.png"))) << error.toStdString();
  EXPECT_EQ(writeTourFrames(smallTour(), *document, *settings, folder, QSize(160, 90), 4, nullptr), -1)
      << "without an error string the failure is reported as a number of frames written";
}

// --- the command line ---------------------------------------------------------------------

QStringList command(std::initializer_list<QString> arguments) {
  QStringList list{QStringLiteral("okhotsk-atlas")};
  for (const QString& argument : arguments) list << argument;
  return list;
}

TEST_F(ExportTest, CommandWritesTheHandout) {
  const Tour tour = smallTour();
  const QString tourFile = writeTourFile(tour, QStringLiteral("tour.json"));
  const QString out = path(QStringLiteral("out.pdf"));
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export"), out})),
      0);
  const QByteArray pdf = fileBytes(out);
  ASSERT_TRUE(pdf.startsWith("%PDF"));
  EXPECT_GT(pdfPageCount(pdf), static_cast<int>(tour.stops.size()));  // then the bibliography
}

TEST_F(ExportTest, CommandWritesTheFrames) {
  const Tour tour = smallTour();
  const QString tourFile = writeTourFile(tour, QStringLiteral("tour.json"));
  const QString folder = path(QStringLiteral("frames"));
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export-frames"),
                                    folder, QStringLiteral("--size"), QStringLiteral("160x90"),
                                    QStringLiteral("--fps"), QStringLiteral("2")})),
      0);
  const QStringList frames = filesIn(folder);
  EXPECT_EQ(frames.size(), tourFrameCount(tour, 2));
  ASSERT_FALSE(frames.isEmpty());
  EXPECT_EQ(frames.constFirst(), QStringLiteral("frame_00001.png"));
  EXPECT_EQ(QImage(QDir(folder).filePath(frames.constLast())).size(), QSize(160, 90));
}

TEST_F(ExportTest, CommandRefusesABrokenTour) {
  const QString tourFile = path(QStringLiteral("broken.json"));
  writeBytes(tourFile, R"({"format": "okhotsk-atlas-tour", "version": 1, "stops": [
      {"date": "1956-02-30", "view": "region"}]})");
  const QString out = path(QStringLiteral("out.pdf"));
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export"), out})),
      2);
  EXPECT_FALSE(QFileInfo::exists(out));
  const QString missing = path(QStringLiteral("missing.json"));
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), missing, QStringLiteral("--export"), out})), 2);
  EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ExportTest, CommandNeedsExactlyOneOutput) {
  const QString tourFile = writeTourFile(smallTour(), QStringLiteral("tour.json"));
  const QString out = path(QStringLiteral("out.pdf"));
  const QString folder = path(QStringLiteral("frames"));
  EXPECT_EQ(runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export"), out,
                                          QStringLiteral("--export-frames"), folder})),
            2);
  EXPECT_EQ(runTourExportCommand(command({QStringLiteral("--tour"), tourFile})), 2);
  EXPECT_EQ(runTourExportCommand(command({QStringLiteral("--export"), out})), 2);  // no tour
  EXPECT_EQ(runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export"),
                                          path(QStringLiteral("out.png"))})),
            2);  // the handout is a PDF
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export-frames"),
                                    folder, QStringLiteral("--size"), QStringLiteral("160by90")})),
      2);
  EXPECT_EQ(
      runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export-frames"),
                                    folder, QStringLiteral("--fps"), QStringLiteral("0")})),
      2);
  EXPECT_FALSE(QFileInfo::exists(out));
  EXPECT_FALSE(QFileInfo::exists(folder));
}

// --- a map picture ------------------------------------------------------------------------

class PictureTest : public ExportTest {
 protected:
  void SetUp() override {
    ExportTest::SetUp();
    renderer = std::make_unique<MapRenderer>(mapDataOf(*document));
  }
  [[nodiscard]] bool write(const QString& file, QString* error = nullptr, QSize size = QSize(240, 150)) {
    return writeMapPicture(*renderer, MapViewport::named(NamedView::Region, size),
                           mapSceneOf(*settings, daysFromGregorian(1956, 10, 19)), RenderOptions{}, file,
                           error);
  }
  std::unique_ptr<MapRenderer> renderer;
};

TEST_F(PictureTest, WritesPngOfTheViewportsSize) {
  const QString file = path(QStringLiteral("map.png"));
  QString error;
  ASSERT_TRUE(write(file, &error)) << error.toStdString();
  const QImage image(file);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(240, 150));
}

TEST_F(PictureTest, WritesSvg) {
  const QString file = path(QStringLiteral("map.svg"));
  ASSERT_TRUE(write(file));
  const QByteArray svg = fileBytes(file);
  EXPECT_TRUE(svg.contains("<svg")) << svg.left(200).toStdString();
  EXPECT_TRUE(svg.contains("<path"));
}

TEST_F(PictureTest, WritesPdf) {
  const QString file = path(QStringLiteral("map.PDF"));  // the extension in any case
  ASSERT_TRUE(write(file));
  const QByteArray pdf = fileBytes(file);
  EXPECT_TRUE(pdf.startsWith("%PDF"));
  EXPECT_EQ(pdfPageCount(pdf), 1);
}

TEST_F(PictureTest, RefusesAnotherFormatAndKeepsTheOldFile) {
  const QString file = path(QStringLiteral("map.bmp"));
  writeBytes(file, "an old bitmap");
  QString error;
  EXPECT_FALSE(write(file, &error));
  EXPECT_TRUE(error.contains(file)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral(".png"))) << error.toStdString();
  EXPECT_EQ(fileBytes(file), QByteArray("an old bitmap"));
  EXPECT_FALSE(pictureFormatFor(file).has_value());
  EXPECT_EQ(pictureFormatFor(QStringLiteral("a/b.Svg")), PictureFormat::Svg);
}

TEST_F(PictureTest, AFailedWriteKeepsTheOldFile) {
  const QString file = path(QStringLiteral("map.png"));
  const QByteArray old("not really a png, but the user's file");
  writeBytes(file, old);
  QString error;
  bool written = true;
  {
    const FileSizeLimit limit(1024);  // a 480×300 map is far larger
    ASSERT_TRUE(limit.active());
    written = write(file, &error, QSize(480, 300));
  }
  EXPECT_FALSE(written);
  EXPECT_TRUE(error.contains(file)) << error.toStdString();
  EXPECT_EQ(fileBytes(file), old);
  EXPECT_EQ(filesIn(directory.path()), QStringList{QStringLiteral("map.png")});  // no temporary left

  // An empty picture fails before writing anything.
  error.clear();
  EXPECT_FALSE(write(file, &error, QSize(0, 0)));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(fileBytes(file), old);
}

TEST_F(PictureTest, NeverShowsTheSelectionHighlight) {
  // South Sakhalin (in the region view) and an event on the day, both selected: the exported
  // picture is the one without any selection, pixel for pixel.
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(480, 300));
  const DayNumber day = daysFromGregorian(1905, 9, 5);
  const QString plain = path(QStringLiteral("plain.png"));
  const QString selected = path(QStringLiteral("selected.png"));
  ASSERT_TRUE(writeMapPicture(*renderer, viewport, mapSceneOf(*settings, day), RenderOptions{}, plain));
  ASSERT_TRUE(writeMapPicture(*renderer, viewport,
                              mapSceneOf(*settings, day, MapSelection{QStringLiteral("south_sakhalin"), {}}),
                              RenderOptions{}, selected));
  const QImage a(plain);
  const QImage b(selected);
  ASSERT_FALSE(a.isNull());
  EXPECT_EQ(a, b);
  // The highlight is there to be left out: the window's renderer does draw it.
  QImage shown(viewport.size(), QImage::Format_ARGB32_Premultiplied);
  shown.fill(Qt::white);
  {
    QPainter painter(&shown);
    MapRenderer window(mapDataOf(*document));
    window.render(painter, viewport,
                  mapSceneOf(*settings, day, MapSelection{QStringLiteral("south_sakhalin"), {}}));
  }
  EXPECT_NE(shown.convertToFormat(a.format()), a);
}

TEST_F(PictureTest, SvgAndPdfNeverShowTheSelectionEither) {
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(480, 300));
  const DayNumber day = daysFromGregorian(1905, 9, 5);
  for (const char* extension : {"svg", "pdf"}) {
    const QString plain = path(QStringLiteral("plain.") + QLatin1String(extension));
    const QString selected = path(QStringLiteral("selected.") + QLatin1String(extension));
    ASSERT_TRUE(writeMapPicture(*renderer, viewport, mapSceneOf(*settings, day), RenderOptions{}, plain));
    ASSERT_TRUE(writeMapPicture(
        *renderer, viewport, mapSceneOf(*settings, day, MapSelection{QStringLiteral("south_sakhalin"), {}}),
        RenderOptions{}, selected));
    if (QLatin1String(extension) == QLatin1String("svg")) {
      EXPECT_EQ(fileBytes(plain), fileBytes(selected));
    } else {
      // A PDF carries its creation time: compare its size, the drawing being the same.
      EXPECT_EQ(fileBytes(plain).size(), fileBytes(selected).size());
    }
  }
}

TEST_F(PictureTest, DefaultPictureScaleFollowsTheSize) {
  EXPECT_DOUBLE_EQ(defaultPictureScale(QSize(1920, 1080)), 1.0);
  EXPECT_DOUBLE_EQ(defaultPictureScale(QSize(3840, 2160)), 2.0);
  EXPECT_DOUBLE_EQ(defaultPictureScale(QSize(160, 90)), 1.0);
  EXPECT_DOUBLE_EQ(defaultPictureScale(QSize(16384, 16384)), 4.0);
}

// --- File → Export View -------------------------------------------------------------------

TEST_F(ExportTest, ExportViewDialogWritesAPictureOfTheChosenSize) {
  const MapViewport view = MapViewport::named(NamedView::Region, QSize(480, 320));
  ExportViewDialog dialog(*document, *settings, view, daysFromGregorian(1945, 9, 3), RenderOptions{});
  const QString file = path(QStringLiteral("view.png"));
  dialog.setFilePath(file);
  dialog.setPictureSize(QSize(240, 160));
  EXPECT_EQ(dialog.filePath(), file);
  EXPECT_EQ(dialog.pictureSize(), QSize(240, 160));
  // What the window shows fits the new size: the same centre, half the size → twice the metres per pixel.
  const MapViewport picture = dialog.pictureViewport();
  EXPECT_EQ(picture.size(), QSize(240, 160));
  EXPECT_EQ(picture.centre(), view.centre());
  EXPECT_DOUBLE_EQ(picture.metresPerPixel(), view.metresPerPixel() * 2.0);

  ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
  EXPECT_TRUE(dialog.errorText().isEmpty());
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
  const QImage image(file);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(240, 160));
  // Georeferenced as --render does it: the world file of the picture's own viewport beside it.
  QFile worldFile(path(QStringLiteral("view.pgw")));
  ASSERT_TRUE(worldFile.open(QIODevice::ReadOnly)) << "no world file beside the PNG";
  EXPECT_EQ(QString::fromUtf8(worldFile.readAll()), worldFileText(picture));
  EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("view.prj"))));
}

TEST_F(ExportTest, ExportViewDialogNeedsAPath) {
  const MapViewport view = MapViewport::named(NamedView::Region, QSize(480, 320));
  ExportViewDialog dialog(*document, *settings, view, daysFromGregorian(1945, 9, 3), RenderOptions{});
  dialog.setFilePath(QStringLiteral("   "));
  dialog.setPictureSize(QSize(64, 48));
  EXPECT_FALSE(dialog.exportNow());
  EXPECT_FALSE(dialog.errorText().isEmpty());
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  EXPECT_TRUE(filesIn(directory.path()).isEmpty());

  const QString file = path(QStringLiteral("view.gif"));
  dialog.setFilePath(file);
  EXPECT_FALSE(dialog.exportNow());
  EXPECT_TRUE(dialog.errorText().contains(file)) << dialog.errorText().toStdString();
  EXPECT_FALSE(QFileInfo::exists(file));
}

// Every word of the dialog is set again on a language change: the title, the form's labels,
// the presets (the chosen one stays chosen), the unit and the error being shown.
TEST_F(ExportTest, ExportViewDialogIsWordedAgainOnALanguageChange) {
  const MapViewport view = MapViewport::named(NamedView::Region, QSize(480, 320));
  ExportViewDialog dialog(*document, *settings, view, daysFromGregorian(1945, 9, 3), RenderOptions{});
  auto* presets = dialog.findChild<QComboBox*>();
  ASSERT_NE(presets, nullptr);
  presets->setCurrentIndex(3);
  EXPECT_EQ(dialog.pictureSize(), QSize(480, 320));
  dialog.setFilePath(QString());
  EXPECT_FALSE(dialog.exportNow());
  const QString missing = dialog.errorText();
  auto* width = dialog.findChild<QSpinBox*>(QStringLiteral("exportWidth"));
  ASSERT_NE(width, nullptr);

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("⟦Export View⟧"));
  QStringList labels;
  for (const QLabel* label : dialog.findChildren<QLabel*>()) labels << label->text();
  for (const char* text : {"⟦File⟧", "⟦Preset⟧", "⟦Size⟧"})
    EXPECT_TRUE(labels.contains(QString::fromUtf8(text))) << text;
  EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("exportPath"))->placeholderText(),
            QStringLiteral("⟦map.png, map.svg or map.pdf⟧"));
  EXPECT_EQ(presets->currentIndex(), 3);
  EXPECT_EQ(presets->itemText(3), QStringLiteral("⟦As shown 480 × 320⟧"));
  EXPECT_EQ(presets->itemText(0), QStringLiteral("⟦Full HD 1920 × 1080⟧"));
  EXPECT_EQ(width->suffix(), QStringLiteral("⟦ px⟧"));
  EXPECT_EQ(dialog.errorText(), QStringLiteral("⟦") + missing + QStringLiteral("⟧"));
  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();

  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Export View"));
  EXPECT_EQ(dialog.errorText(), missing);
  EXPECT_EQ(presets->itemText(3), QStringLiteral("As shown 480 × 320"));
  EXPECT_EQ(dialog.pictureSize(), QSize(480, 320));
}

// --- a view's spec ------------------------------------------------------------------------

// toSpec() of a Region-projection viewport read back with fromSpec() at the same size is
// nearly the same view: the same projection, the centre within 2% of the view's width and the
// scale within 10%.
void expectSpecRoundTrip(const MapViewport& viewport, const char* what) {
  const QString spec = viewport.toSpec();
  ASSERT_FALSE(spec.isEmpty()) << what;
  QString error;
  const auto back = MapViewport::fromSpec(spec, viewport.size(), &error);
  ASSERT_TRUE(back.has_value()) << what << ": " << spec.toStdString() << ": " << error.toStdString();
  EXPECT_EQ(back->projection(), viewport.projection()) << what << ": " << spec.toStdString();
  const double width = viewport.metresPerPixel() * viewport.size().width();
  EXPECT_LE(QLineF(back->centre(), viewport.centre()).length(), 0.02 * width)
      << what << ": " << spec.toStdString();
  EXPECT_NEAR(back->metresPerPixel() / viewport.metresPerPixel(), 1.0, 0.1)
      << what << ": " << spec.toStdString();
}

TEST(MapViewportSpec, RegionViewsReadBackAsNearlyTheSame) {
  const QSize size(960, 640);
  expectSpecRoundTrip(MapViewport::named(NamedView::Region, size), "the region");
  expectSpecRoundTrip(MapViewport::named(NamedView::Habomai, size), "Habomai");
  MapViewport zoomed = MapViewport::named(NamedView::Region, size);
  zoomed.zoomAround(QPointF(700, 200), 3.0);
  zoomed.panByPixels(QPointF(-90, 40));
  expectSpecRoundTrip(zoomed, "zoomed and panned");
  const auto box = MapViewport::fromSpec(u"144,42.5,149,46", QSize(640, 900));
  ASSERT_TRUE(box.has_value());
  expectSpecRoundTrip(*box, "a tall box");
}

TEST(MapViewportSpec, AnEmptyViewportHasNoSpec) {
  EXPECT_TRUE(MapViewport().toSpec().isEmpty());
}

}  // namespace
}  // namespace okhotsk::app
