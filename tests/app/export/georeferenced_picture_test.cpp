// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Georeferenced pictures, read back by GDAL as a GIS program reads them: a PNG with its world
// file, .prj and .aux.xml, and a GeoTIFF. A known point (the label point of Etorofu / Iturup)
// put through GDAL's reading of the files (PROJ from WGS 84 to the file's CRS, then the
// inverse geotransform) must land on the pixel where the atlas draws it, and the atlas's own
// hit test must find Etorofu there. Also --render's side files and a GeoTIFF that cannot be
// written.
#include "export/headless.h"
#include "export/picture_export.h"
#include "map/render/map_renderer.h"
#include "map/render/map_scene.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/projection.h"

#include "embedded_document_test.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <string>

namespace okhotsk::app {
namespace {

struct GdalCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using GdalDataset = std::unique_ptr<GDALDataset, GdalCloser>;

GdalDataset openRaster(const QString& path) {
  GDALAllRegister();
  return GdalDataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                       nullptr, nullptr));
}

// Where GDAL puts a lon/lat in the raster: through the file's own CRS and geotransform, as a
// GIS program overlays it. Pixel coordinates, (0, 0) at the top left corner of the image.
std::optional<QPointF> gdalPixelOf(GDALDataset& dataset, const GeoPoint& point) {
  std::array<double, 6> gt{};
  const OGRSpatialReference* fileSrs = dataset.GetSpatialRef();
  if (dataset.GetGeoTransform(gt.data()) != CE_None || fileSrs == nullptr) return std::nullopt;
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const std::unique_ptr<OGRCoordinateTransformation> transform(
      OGRCreateCoordinateTransformation(&wgs84, fileSrs));
  double x = point.lon;
  double y = point.lat;
  if (!transform || !transform->Transform(1, &x, &y)) return std::nullopt;
  // A north-up image: no rotation terms.
  return QPointF((x - gt[0]) / gt[1], (y - gt[3]) / gt[5]);
}

// Where the atlas draws the point in `viewport` (logical pixels = image pixels).
QPointF atlasPixelOf(const MapViewport& viewport, const GeoPoint& point) {
  const Projector projector(viewport.projection());
  const auto map = projector.forward(point);
  return map ? viewport.toScreen(*map) : QPointF(-1e9, -1e9);
}

OGRSpatialReference projectionSrs(MapProjection projection) {
  OGRSpatialReference srs;
  srs.importFromProj4(std::string(projectionDefinition(projection)).c_str());
  return srs;
}

OGRSpatialReference regionSrs() {
  return projectionSrs(MapProjection::Region);
}

class GeoreferencedPicture : public test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    ASSERT_TRUE(dir.isValid());
    etorofu = document->dataset()->territory("etorofu");
    ASSERT_NE(etorofu, nullptr);
  }

  // Writes the map of 1950-01-01 in `viewport` to `name` (by its extension); a PNG gets its
  // side files. The renderer stays for hit tests.
  QString write(const MapViewport& viewport, const QString& name) {
    QString path = dir.filePath(name);
    QString error;
    const MapScene scene = mapSceneOf(*settings, daysFromGregorian(1950, 1, 1));
    EXPECT_TRUE(writeMapPicture(renderer, viewport, scene, RenderOptions{}, path, &error))
        << error.toStdString();
    if (pictureFormatFor(path) == PictureFormat::Png) {
      EXPECT_TRUE(writeWorldFiles(viewport, path, &error)) << error.toStdString();
    }
    return path;
  }

  // Checks that GDAL puts Etorofu's label point on the pixel the atlas draws it at, and that the
  // atlas's hit test finds Etorofu on that pixel.
  void expectEtorofuWhereDrawn(const QString& path, const MapViewport& viewport) {
    const GdalDataset dataset = openRaster(path);
    ASSERT_TRUE(dataset) << path.toStdString();
    EXPECT_EQ(dataset->GetRasterXSize(), viewport.size().width());
    EXPECT_EQ(dataset->GetRasterYSize(), viewport.size().height());
    const auto read = gdalPixelOf(*dataset, etorofu->labelPoint);
    ASSERT_TRUE(read) << "GDAL read no georeference from " << path.toStdString();
    const QPointF drawn = atlasPixelOf(viewport, etorofu->labelPoint);
    ASSERT_TRUE(QRectF(QPointF(0, 0), QSizeF(viewport.size())).contains(drawn));
    // The same pixel, and far closer than one: a world file half a pixel off would fail here.
    EXPECT_EQ(std::floor(read->x()), std::floor(drawn.x()));
    EXPECT_EQ(std::floor(read->y()), std::floor(drawn.y()));
    EXPECT_NEAR(read->x(), drawn.x(), 0.01);
    EXPECT_NEAR(read->y(), drawn.y(), 0.01);
    const Territory* hit =
        renderer.territoryAt(viewport, QPointF(std::floor(read->x()) + 0.5, std::floor(read->y()) + 0.5));
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->id, "etorofu");
  }

  QTemporaryDir dir;
  MapRenderer renderer{mapDataOf(*document)};
  const Territory* etorofu = nullptr;
};

TEST_F(GeoreferencedPicture, PngWorldFilePutsEtorofuOnTheDrawnPixel) {
  const MapViewport region = MapViewport::named(NamedView::Region, QSize(1200, 900));
  const QString png = write(region, QStringLiteral("region.png"));
  for (const char* side : {"region.pgw", "region.prj", "region.png.aux.xml"})
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QString::fromLatin1(side)))) << side;
  expectEtorofuWhereDrawn(png, region);

  // Zoomed in on the island, where a pixel is a few hundred metres.
  const auto close = MapViewport::fromSpec(u"147.9,45.0,120km", QSize(800, 600));
  ASSERT_TRUE(close);
  expectEtorofuWhereDrawn(write(*close, QStringLiteral("close.png")), *close);
}

TEST_F(GeoreferencedPicture, PngSideFilesNameTheRegionProjection) {
  const MapViewport region = MapViewport::named(NamedView::Region, QSize(640, 480));
  const QString png = write(region, QStringLiteral("map.png"));
  const OGRSpatialReference expected = regionSrs();

  const GdalDataset dataset = openRaster(png);
  ASSERT_TRUE(dataset);
  ASSERT_NE(dataset->GetSpatialRef(), nullptr);
  EXPECT_TRUE(dataset->GetSpatialRef()->IsSame(&expected));

  // The .prj alone, as ESRI WKT (the dialect other programs expect of it).
  char** lines = CSLLoad(dir.filePath(QStringLiteral("map.prj")).toUtf8().constData());
  ASSERT_NE(lines, nullptr);
  EXPECT_NE(std::string(lines[0]).find("Lambert_Conformal_Conic"), std::string::npos) << lines[0];
  OGRSpatialReference fromPrj;
  EXPECT_EQ(fromPrj.importFromESRI(lines), OGRERR_NONE);
  CSLDestroy(lines);
  EXPECT_TRUE(fromPrj.IsSame(&expected));

  // The world file names the centre of the top left pixel.
  QFile world(dir.filePath(QStringLiteral("map.pgw")));
  ASSERT_TRUE(world.open(QIODevice::ReadOnly));
  const QStringList values = QString::fromUtf8(world.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  ASSERT_EQ(values.size(), 6);
  const QPointF centre = region.toMap(QPointF(0.5, 0.5));
  EXPECT_NEAR(values[0].toDouble(), region.metresPerPixel(), 1e-6);
  EXPECT_EQ(values[1].toDouble(), 0.0);
  EXPECT_EQ(values[2].toDouble(), 0.0);
  EXPECT_NEAR(values[3].toDouble(), -region.metresPerPixel(), 1e-6);
  EXPECT_NEAR(values[4].toDouble(), centre.x(), 1e-3);
  EXPECT_NEAR(values[5].toDouble(), centre.y(), 1e-3);
}

TEST_F(GeoreferencedPicture, WorldViewInEqualEarth) {
  const MapViewport world = MapViewport::named(NamedView::World, QSize(1600, 800));
  const OGRSpatialReference expected = projectionSrs(MapProjection::World);
  for (const QString& name : {QStringLiteral("world.png"), QStringLiteral("world.tif")}) {
    const GdalDataset dataset = openRaster(write(world, name));
    ASSERT_TRUE(dataset) << name.toStdString();
    ASSERT_NE(dataset->GetSpatialRef(), nullptr) << name.toStdString();
    EXPECT_TRUE(dataset->GetSpatialRef()->IsSame(&expected)) << name.toStdString();
    const auto read = gdalPixelOf(*dataset, etorofu->labelPoint);
    ASSERT_TRUE(read) << name.toStdString();
    const QPointF drawn = atlasPixelOf(world, etorofu->labelPoint);
    EXPECT_NEAR(read->x(), drawn.x(), 0.01) << name.toStdString();
    EXPECT_NEAR(read->y(), drawn.y(), 0.01) << name.toStdString();
  }
  // The .prj in ESRI's dialect names the projection as ESRI does.
  QFile prj(dir.filePath(QStringLiteral("world.prj")));
  ASSERT_TRUE(prj.open(QIODevice::ReadOnly));
  EXPECT_TRUE(prj.readAll().contains("PROJECTION[\"Equal_Earth\"]"));
}

TEST_F(GeoreferencedPicture, GeoTiffHoldsThePngsPixelsAndGeoreference) {
  const auto close = MapViewport::fromSpec(u"146.5,44.2,400km", QSize(700, 500));
  ASSERT_TRUE(close);
  const QString tif = write(*close, QStringLiteral("map.tif"));
  const QString png = write(*close, QStringLiteral("map.png"));
  EXPECT_FALSE(QFileInfo::exists(tif + QStringLiteral(".aux.xml")));  // all inside the file

  const GdalDataset dataset = openRaster(tif);
  ASSERT_TRUE(dataset);
  EXPECT_STREQ(dataset->GetDriver()->GetDescription(), "GTiff");
  ASSERT_EQ(dataset->GetRasterCount(), 3);
  const OGRSpatialReference expected = regionSrs();
  ASSERT_NE(dataset->GetSpatialRef(), nullptr);
  EXPECT_TRUE(dataset->GetSpatialRef()->IsSame(&expected));
  expectEtorofuWhereDrawn(tif, *close);

  // The same picture as the PNG, pixel for pixel.
  const QImage image = QImage(png).convertToFormat(QImage::Format_RGB888);
  ASSERT_EQ(image.size(), close->size());
  const auto width = static_cast<std::size_t>(image.width());
  std::vector<unsigned char> pixels(width * static_cast<std::size_t>(image.height()) * 3);
  ASSERT_EQ(dataset->RasterIO(GF_Read, 0, 0, image.width(), image.height(), pixels.data(), image.width(),
                              image.height(), GDT_Byte, 3, nullptr, 3,
                              static_cast<GSpacing>(image.width()) * 3, 1, nullptr),
            CE_None);
  int differing = 0;
  for (int row = 0; row < image.height(); ++row) {
    const uchar* line = image.constScanLine(row);
    for (std::size_t byte = 0; byte < width * 3; ++byte)
      if (line[byte] != pixels[static_cast<std::size_t>(row) * width * 3 + byte]) ++differing;
  }
  EXPECT_EQ(differing, 0);
}

TEST_F(GeoreferencedPicture, GeoTiffThatCannotBeWrittenNamesTheFile) {
  const MapViewport region = MapViewport::named(NamedView::Region, QSize(200, 150));
  const QString path = dir.filePath(QStringLiteral("missing/map.tif"));
  QString error;
  const MapScene scene = mapSceneOf(*settings, daysFromGregorian(1950, 1, 1));
  EXPECT_FALSE(writeMapPicture(renderer, region, scene, RenderOptions{}, path, &error));
  EXPECT_TRUE(error.contains(path)) << error.toStdString();
  EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

TEST_F(GeoreferencedPicture, RenderCommandWritesSideFilesOrAGeoTiff) {
  auto render = [&](const QString& name, const QString& view) {
    return runRenderCommand({QStringLiteral("okhotsk-atlas"), QStringLiteral("--render"),
                             QStringLiteral("1945-08-30"), QStringLiteral("--size"),
                             QStringLiteral("900x600"), QStringLiteral("--view"), view,
                             QStringLiteral("--out"), dir.filePath(name)});
  };
  ASSERT_EQ(render(QStringLiteral("cli.png"), QStringLiteral("region")), 0);
  for (const char* side : {"cli.pgw", "cli.prj", "cli.png.aux.xml"})
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QString::fromLatin1(side)))) << side;
  expectEtorofuWhereDrawn(dir.filePath(QStringLiteral("cli.png")),
                          MapViewport::named(NamedView::Region, QSize(900, 600)));

  ASSERT_EQ(render(QStringLiteral("cli.tif"), QStringLiteral("147.9,45.0,200km")), 0);
  const auto close = MapViewport::fromSpec(u"147.9,45.0,200km", QSize(900, 600));
  ASSERT_TRUE(close);
  expectEtorofuWhereDrawn(dir.filePath(QStringLiteral("cli.tif")), *close);

  // An SVG has no georeference: no side files.
  ASSERT_EQ(render(QStringLiteral("cli.svg"), QStringLiteral("region")), 0);
  EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("cli.svg.aux.xml"))));
}

}  // namespace
}  // namespace okhotsk::app
