// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG export draws like the screen in another renderer: its outlines (coastlines,
// territory outlines, the dashed outlines of disputed territories) carry real stroke widths in
// the drawing's own units, never a non-scaling stroke inside the map's tiny scale, which
// rsvg-convert and Inkscape draw as nothing. Checked in the SVG's text and by rasterising it
// with rsvg-convert (librsvg2-bin, installed by .ci/install-deps).
#include "export/picture_export.h"
#include "map/render/map_frame.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace okhotsk::app {
namespace {

class SvgExportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    document = std::make_unique<AtlasDocument>();
    if (document->openEmbedded()) document->waitForCoastlines();
  }
  static void TearDownTestSuite() { document.reset(); }
  void SetUp() override {
    ASSERT_TRUE(directory.isValid());
    ASSERT_NE(document->dataset(), nullptr);
  }

  // The map alone: no furniture, labels or markers to cover the lines.
  static RenderOptions mapOnly() {
    RenderOptions options;
    options.legend = options.dateStamp = options.scaleBar = options.credit = false;
    options.labels = options.events = false;
    return options;
  }

  // Writes the SVG of `viewport` on `day`; its text.
  QByteArray writeSvg(const MapViewport& viewport, DayNumber day, const QString& name) {
    MapRenderer renderer(mapDataOf(*document));
    const QString file = directory.filePath(name);
    QString error;
    EXPECT_TRUE(writeMapPicture(renderer, viewport, mapSceneOf(settings, day), mapOnly(), file, &error))
        << error.toStdString();
    lastLevel = renderer.lastCoastlineLevel();
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
  }

  // The SVG drawn by rsvg-convert at `size`, or a null image.
  QImage rasterise(const QString& svgName, QSize size) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    EXPECT_FALSE(tool.isEmpty()) << "rsvg-convert is missing: install librsvg2-bin (.ci/install-deps)";
    if (tool.isEmpty()) return {};
    const QString png = directory.filePath(svgName + QStringLiteral(".png"));
    QProcess process;
    process.start(tool, {QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                         QString::number(size.height()), QStringLiteral("-b"), QStringLiteral("white"),
                         QStringLiteral("-o"), png, directory.filePath(svgName)});
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QImage(png).convertToFormat(QImage::Format_RGB32);
  }

  // The same view drawn by Qt into pixels, as the window shows it.
  QImage screenPicture(const MapViewport& viewport, DayNumber day, const QString& name) {
    MapRenderer renderer(mapDataOf(*document));
    const QString png = directory.filePath(name);
    EXPECT_TRUE(writeMapPicture(renderer, viewport, mapSceneOf(settings, day), mapOnly(), png));
    return QImage(png).convertToFormat(QImage::Format_RGB32);
  }

  static std::unique_ptr<AtlasDocument> document;
  DisplaySettings settings;
  QTemporaryDir directory;
  std::optional<CoastlineLevel> lastLevel;
};

std::unique_ptr<AtlasDocument> SvgExportTest::document;

// The darkest grey level in the 3×3 pixels around `p`.
int darkestAround(const QImage& image, QPoint p) {
  int darkest = 255;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      const QPoint q = p + QPoint(dx, dy);
      if (image.rect().contains(q)) darkest = std::min(darkest, qGray(image.pixel(q)));
    }
  return darkest;
}

TEST_F(SvgExportTest, NoNonScalingStrokeInsideTheMapsScale) {
  const QByteArray svg = writeSvg(MapViewport::named(NamedView::Region, QSize(640, 400)),
                                  daysFromGregorian(1956, 10, 19), QStringLiteral("region.svg"));
  ASSERT_TRUE(svg.contains("<svg"));
  // Every group drawn through a scale far below one pixel per unit (map metres) fills only.
  const QRegularExpression group(QStringLiteral(R"(<g ([^>]*)transform="matrix\(([-0-9.e+]+),)"));
  int tinyGroups = 0;
  for (auto it = group.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
    const auto match = it.next();
    if (std::abs(match.captured(2).toDouble()) >= 0.01) continue;
    ++tinyGroups;
    const qsizetype start = match.capturedEnd();
    const qsizetype end = svg.indexOf("</g>", start);
    const QByteArray body = svg.mid(start, end - start);
    EXPECT_FALSE(body.contains("non-scaling-stroke")) << body.left(300).toStdString();
    EXPECT_TRUE(match.captured(1).contains(QStringLiteral("stroke=\"none\"")))
        << match.captured(0).toStdString();
  }
  // Its size on paper is its size in pixels at 96 per inch, as on screen: 640 px = 169.33 mm.
  EXPECT_TRUE(svg.contains(R"(width="169.333mm")")) << svg.left(300).toStdString();
  EXPECT_GT(tinyGroups, 0)
      << "the fills are drawn in map units: the check above must have something to check";
}

TEST_F(SvgExportTest, RsvgConvertDrawsTheCoastlines) {
  const QSize size(640, 400);
  const MapViewport viewport = MapViewport::named(NamedView::Region, size);
  const DayNumber day = daysFromGregorian(1956, 10, 19);
  writeSvg(viewport, day, QStringLiteral("coast.svg"));
  ASSERT_TRUE(lastLevel.has_value());
  const QImage image = rasterise(QStringLiteral("coast.svg"), size);
  ASSERT_EQ(image.size(), size);
  const QImage screen = screenPicture(viewport, day, QStringLiteral("coast.png"));

  // The vertices of the coastline the frame drew, away from the picture's edges (where the
  // data's box cuts the land without a shore).
  const Coastline* coastline = document->coastline(*lastLevel);
  ASSERT_NE(coastline, nullptr);
  const QTransform toScreen = mapTransform(viewport);
  const QRectF inner = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(40, 40, -40, -40);
  int checked = 0;
  int dark = 0;
  for (const Polygon& polygon : coastline->projected.polygons) {
    // Every 25th vertex: a spread of points along every shore in view.
    for (std::size_t i = 0; i < polygon.exterior.size(); i += 25) {
      const QPointF p = toScreen.map(QPointF(polygon.exterior[i].x, polygon.exterior[i].y));
      if (!inner.contains(p)) continue;
      // A shore point where the screen shows a line darker than sea and land.
      const int line = darkestAround(screen, p.toPoint());
      if (line >= 200) continue;
      ++checked;
      if (darkestAround(image, p.toPoint()) <= line + 30) ++dark;
    }
  }
  ASSERT_GT(checked, 50);
  EXPECT_GT(dark, checked * 9 / 10) << dark << " of " << checked << " shore points are as dark as on screen";
}

TEST_F(SvgExportTest, RsvgConvertDrawsLikeTheScreen) {
  // The same view drawn by Qt into pixels and by rsvg-convert from the SVG: the lines (dark
  // pixels) are where the screen has them.
  const QSize size(640, 400);
  const MapViewport viewport = MapViewport::named(NamedView::Region, size);
  const DayNumber day = daysFromGregorian(1956, 10, 19);
  writeSvg(viewport, day, QStringLiteral("same.svg"));
  const QImage drawn = rasterise(QStringLiteral("same.svg"), size);
  ASSERT_EQ(drawn.size(), size);
  const QImage screen = screenPicture(viewport, day, QStringLiteral("same.png"));
  int lines = 0;
  int found = 0;
  for (int y = 1; y < size.height() - 1; ++y)
    for (int x = 1; x < size.width() - 1; ++x) {
      if (qGray(screen.pixel(x, y)) >= 150) continue;
      ++lines;
      if (darkestAround(drawn, QPoint(x, y)) < 170) ++found;
    }
  ASSERT_GT(lines, 500);
  EXPECT_GT(found, lines * 9 / 10) << found << " of " << lines << " dark screen pixels are dark in rsvg's";
}

}  // namespace
}  // namespace okhotsk::app
