// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Print exports: a page of a chosen paper size (mm) and DPI with a title over the map, the date
// and the user's line under it, a north arrow, the scale bar and legend on the map; as PNG (the
// DPI's pixels, recorded in the file), PDF (a page of the paper's size, checked with pdfinfo and
// drawn with pdftoppm) and SVG (its size in millimetres); never with the selection; and the
// export dialog's print settings.
#include "export/print_export.h"
#include "export/export_dialog.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace okhotsk::app {
namespace {

class PrintExportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    document = std::make_unique<AtlasDocument>();
    if (document->openEmbedded()) document->waitForCoastlines();
  }
  static void TearDownTestSuite() { document.reset(); }
  void SetUp() override {
    ASSERT_TRUE(directory.isValid());
    ASSERT_NE(document->dataset(), nullptr);
    renderer = std::make_unique<MapRenderer>(mapDataOf(*document));
  }

  bool write(const PrintLayout& layout, const QString& name, MapSelection selection = {}) {
    QString error;
    const bool written = writePrintPicture(*renderer, shown, mapSceneOf(settings, day, std::move(selection)),
                                           RenderOptions{}, layout, directory.filePath(name), &error);
    EXPECT_TRUE(written) << error.toStdString();
    return written;
  }

  // Runs a poppler tool; its standard output.
  QString run(const QString& tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(tool);
    EXPECT_FALSE(program.isEmpty()) << tool.toStdString() << " is missing: install poppler-utils";
    if (program.isEmpty()) return {};
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
  }

  static std::unique_ptr<AtlasDocument> document;
  DisplaySettings settings;
  QTemporaryDir directory;
  std::unique_ptr<MapRenderer> renderer;
  MapViewport shown = MapViewport::named(NamedView::Region, QSize(960, 600));
  DayNumber day = daysFromGregorian(1956, 10, 19);
};

std::unique_ptr<AtlasDocument> PrintExportTest::document;

// How many pixels of `rect` are dark (text, lines).
int darkPixels(const QImage& image, const QRect& area) {
  const QRect rect = area.intersected(image.rect());
  int dark = 0;
  for (int y = rect.top(); y <= rect.bottom(); ++y)
    for (int x = rect.left(); x <= rect.right(); ++x)
      if (qGray(image.pixel(x, y)) < 110) ++dark;
  return dark;
}

// A page rectangle (1/96 inch) in the pixels of a page `pixels` wide.
QRect inPixels(const QRectF& rect, const PrintLayout& layout, int pixelsWide) {
  const double factor = pixelsWide / printPageSize(layout).width();
  return QRectF(rect.topLeft() * factor, rect.size() * factor).toAlignedRect();
}

TEST_F(PrintExportTest, APngHasThePapersSizeAtItsDpi) {
  PrintLayout layout;
  layout.paperMm = QSizeF(297, 210);
  layout.dpi = 150;
  ASSERT_TRUE(write(layout, QStringLiteral("a4.png")));
  const QImage image(directory.filePath(QStringLiteral("a4.png")));
  ASSERT_FALSE(image.isNull());
  // 297 mm = 11.69 in → 1754 px at 150 dpi; 210 mm → 1240 px.
  EXPECT_EQ(image.size(), QSize(1754, 1240));
  EXPECT_NEAR(image.dotsPerMeterX(), 150 / 0.0254, 1.0);
  EXPECT_EQ(printPixels(PrintLayout{QSizeF(420, 297), 300, {}, {}}), QSize(4961, 3508));  // A3 at 300 dpi
}

TEST_F(PrintExportTest, ThePageHasATitleACaptionANorthArrowAndTheMap) {
  PrintLayout layout;
  layout.paperMm = QSizeF(297, 210);
  layout.dpi = 150;
  layout.title = QStringLiteral("The southern Kurils after the Joint Declaration");
  layout.caption = QStringLiteral("Prepared for the seminar");
  ASSERT_TRUE(write(layout, QStringLiteral("full.png")));
  PrintLayout bare = layout;
  bare.title = QStringLiteral(" ");
  bare.caption.clear();
  ASSERT_TRUE(write(bare, QStringLiteral("bare.png")));
  const QImage full =
      QImage(directory.filePath(QStringLiteral("full.png"))).convertToFormat(QImage::Format_RGB32);
  const QImage plain =
      QImage(directory.filePath(QStringLiteral("bare.png"))).convertToFormat(QImage::Format_RGB32);
  const int width = full.width();
  const QRectF map = printMapRect(layout);
  // Above the map: the title (the default title is shorter than the typed one).
  const QRect titleBand = inPixels(QRectF(map.left(), 0, map.width(), map.top()), layout, width);
  EXPECT_GT(darkPixels(full, titleBand), darkPixels(plain, titleBand) + 200);
  // Under the map: the date on both, the typed line only on the first.
  const QRect captionBand = inPixels(
      QRectF(map.left(), map.bottom() + 2, map.width(), printPageSize(layout).height() - map.bottom() - 2),
      layout, width);
  EXPECT_GT(darkPixels(plain, captionBand), 200);
  EXPECT_GT(darkPixels(full, captionBand), darkPixels(plain, captionBand) + 200);
  // The map itself is the same on both pages, north arrow included, and has one.
  const QRect mapRect = inPixels(map, layout, width);
  EXPECT_EQ(full.copy(mapRect), plain.copy(mapRect));
  EXPECT_GT(darkPixels(full, inPixels(printNorthArrowRect(layout), layout, width)), 100);
  EXPECT_TRUE(mapRect.contains(inPixels(printNorthArrowRect(layout), layout, width)));
}

TEST_F(PrintExportTest, NorthPointsUpTheMeridianThroughTheMapsCentre) {
  // The region's conic projection: north is up at its central meridian and leans away from it.
  EXPECT_NEAR(northAngle(shown), 0.0, 12.0);
  MapViewport westward = shown;
  westward.setCentre(shown.centre() + QPointF(-1500000, 0));
  MapViewport eastward = shown;
  eastward.setCentre(shown.centre() + QPointF(1500000, 0));
  const double west = northAngle(westward);
  const double east = northAngle(eastward);
  EXPECT_LT(west * east, 0.0) << west << " " << east;  // the meridians converge to the north
}

TEST_F(PrintExportTest, APdfPageHasThePapersSize) {
  PrintLayout layout;
  layout.paperMm = QSizeF(420, 297);  // A3 landscape
  layout.dpi = 300;
  ASSERT_TRUE(write(layout, QStringLiteral("a3.pdf")));
  const QString pdf = directory.filePath(QStringLiteral("a3.pdf"));
  const QString info = run(QStringLiteral("pdfinfo"), {pdf});
  const QRegularExpressionMatch size =
      QRegularExpression(QStringLiteral(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)")).match(info);
  ASSERT_TRUE(size.hasMatch()) << info.toStdString();
  EXPECT_NEAR(size.captured(1).toDouble(), 420 / 25.4 * 72, 1.0);  // 1190.55 pt
  EXPECT_NEAR(size.captured(2).toDouble(), 297 / 25.4 * 72, 1.0);  // 841.89 pt
  EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(Pages:\s+1\n)")).match(info).hasMatch())
      << info.toStdString();

  // Drawn by poppler at 30 dpi: the title's and the map's pixels are where the layout puts them.
  run(QStringLiteral("pdftoppm"),
      {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
       directory.filePath(QStringLiteral("a3"))});
  const QImage page =
      QImage(directory.filePath(QStringLiteral("a3.png"))).convertToFormat(QImage::Format_RGB32);
  ASSERT_FALSE(page.isNull());
  EXPECT_NEAR(page.width(), 420 / 25.4 * 30, 2);
  const QRect map = inPixels(printMapRect(layout), layout, page.width());
  // The sea inside the map (light blue) and white paper outside it.
  const QRgb inside = page.pixel(map.left() + 4, map.center().y());
  EXPECT_NE(inside, qRgb(255, 255, 255));
  EXPECT_EQ(page.pixel(2, 2), qRgb(255, 255, 255));
  const QRect titleBand = inPixels(
      QRectF(printMapRect(layout).left(), 0, printMapRect(layout).width(), printMapRect(layout).top()),
      layout, page.width());
  EXPECT_GT(darkPixels(page, titleBand), 20);
}

TEST_F(PrintExportTest, AnSvgHasThePapersSizeInMillimetres) {
  PrintLayout layout;
  layout.paperMm = QSizeF(210, 297);  // A4 portrait
  layout.dpi = 300;
  ASSERT_TRUE(write(layout, QStringLiteral("a4.svg")));
  QFile file(directory.filePath(QStringLiteral("a4.svg")));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray svg = file.readAll();
  const QRegularExpressionMatch size =
      QRegularExpression(QStringLiteral(R"(<svg width="([0-9.]+)mm" height="([0-9.]+)mm")"))
          .match(QString::fromUtf8(svg));
  ASSERT_TRUE(size.hasMatch()) << svg.left(300).toStdString();
  EXPECT_NEAR(size.captured(1).toDouble(), 210, 0.2);
  EXPECT_NEAR(size.captured(2).toDouble(), 297, 0.2);
  EXPECT_FALSE(svg.contains("non-scaling-stroke"));
}

TEST_F(PrintExportTest, NeverShowsTheSelection) {
  PrintLayout layout;
  layout.dpi = 150;
  ASSERT_TRUE(write(layout, QStringLiteral("plain.png")));
  ASSERT_TRUE(
      write(layout, QStringLiteral("selected.png"), MapSelection{QStringLiteral("south_sakhalin"), {}}));
  EXPECT_EQ(QImage(directory.filePath(QStringLiteral("plain.png"))),
            QImage(directory.filePath(QStringLiteral("selected.png"))));
}

TEST_F(PrintExportTest, TheExportDialogWritesAPrintPage) {
  ExportViewDialog dialog(*document, settings, shown, day, RenderOptions{});
  const QString file = directory.filePath(QStringLiteral("dialog.png"));
  dialog.setFilePath(file);
  PrintLayout layout;
  layout.paperMm = QSizeF(210, 297);
  layout.dpi = 150;
  layout.title = QStringLiteral("Title");
  layout.caption = QStringLiteral("Caption");
  dialog.setPrintLayout(layout);
  EXPECT_TRUE(dialog.isPrintLayout());
  EXPECT_EQ(dialog.printLayout().paperMm, QSizeF(210, 297));
  EXPECT_EQ(dialog.printLayout().dpi, 150);
  EXPECT_EQ(dialog.printLayout().title, QStringLiteral("Title"));
  EXPECT_EQ(dialog.printLayout().caption, QStringLiteral("Caption"));
  EXPECT_EQ(dialog.pictureSize(), printPixels(layout));
  ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
  const QImage image(file);
  EXPECT_EQ(image.size(), printPixels(layout));
}

}  // namespace
}  // namespace okhotsk::app
