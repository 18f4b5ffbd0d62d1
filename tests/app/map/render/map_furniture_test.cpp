// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map's frame and furniture at the edges of use: the coastlines' data box seen from far
// out, the projection named in the credit, the legend hidden or moved to another corner.
#include "map/render/layers/map_furniture.h"
#include "map/render/map_frame.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/calendar.h"
#include "okhotsk/projection.h"

#include <QImage>
#include <QPainter>
#include <QPen>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

const QString kFixture = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

int colourDistance(QColor a, QColor b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

class Furniture : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kFixture));
    renderer.setData(mapDataOf(document));
  }
  QImage render(const MapViewport& viewport, const RenderOptions& options = {}) {
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.render(painter, viewport, mapSceneOf(settings, daysFromGregorian(1950, 1, 1)), options);
    painter.end();
    return image;
  }
  QPointF screenOf(const MapViewport& viewport, GeoPoint point) const {
    const Projector projector(viewport.projection());
    return viewport.toScreen(projector.forward(point).value_or(Vec2{}));
  }
  AtlasDocument document;
  DisplaySettings settings;
  MapRenderer renderer;
};

RenderOptions bare() {
  RenderOptions options;
  options.legend = options.dateStamp = options.scaleBar = options.credit = options.labels = options.events =
      false;
  return options;
}

// --- item: the data box seen from far out -------------------------------------------------------

TEST_F(Furniture, OutsideTheDataBoxIsPaperNotSeaOrLand) {
  // The farthest a regional view can be zoomed out to: the data box is a small block.
  const MapViewport viewport(MapProjection::Region, QPointF(0, 0), MapViewport::kMaxMetresPerPixel / 20.0,
                             QSize(640, 480));
  const QImage image = render(viewport, bare());
  // Past the box's corners (125°E 28°N, 163°E 62°N) and at the view's corners: paper.
  for (const QPointF at : {screenOf(viewport, {125.0, 28.0}), screenOf(viewport, {163.0, 62.0}),
                           QPointF(3, 3), QPointF(636, 476)}) {
    ASSERT_TRUE(image.rect().contains(at.toPoint()));
    const QColor colour = image.pixelColor(at.toPoint());
    EXPECT_LE(colourDistance(colour, paperColour()), 6) << at.x() << "," << at.y();
    EXPECT_GT(colourDistance(colour, palette::sea()), 30);
    EXPECT_GT(colourDistance(colour, palette::land()), 30);
  }
  // Inside the box the sea is still the sea (the fixture has no land at 152.3°E 41.7°N, off the graticule).
  EXPECT_LE(colourDistance(image.pixelColor(screenOf(viewport, {152.3, 41.7}).toPoint()), palette::sea()), 6);
  // And the box's edge is drawn: a line, darker than both, across the 160°E meridian.
  const QPointF edge = screenOf(viewport, {160.0, 45.0});
  bool line = false;
  for (int dx = -2; dx <= 2; ++dx) {
    const QColor c = image.pixelColor(edge.toPoint() + QPoint(dx, 0));
    line = line || (colourDistance(c, paperColour()) > 40 && colourDistance(c, palette::sea()) > 40);
  }
  EXPECT_TRUE(line);
}

// The lecture mode's projector colours: a deeper sea and a darker coast than the screen's, in
// the same place, from the same renderer (its cached base image follows the option).
TEST_F(Furniture, TheProjectorColoursDeepenTheSeaAndDarkenTheCoast) {
  const MapViewport viewport(MapProjection::Region, QPointF(0, 0), MapViewport::kMaxMetresPerPixel / 20.0,
                             QSize(640, 480));
  const QPoint sea = screenOf(viewport, {152.3, 41.7}).toPoint();
  RenderOptions projector = bare();
  projector.projector = true;
  for (int round = 0; round < 2; ++round) {  // screen, projector, screen, projector: no stale cache
    const QImage screenImage = render(viewport, bare());
    EXPECT_LE(colourDistance(screenImage.pixelColor(sea), palette::sea()), 6);
    const QImage projectorImage = render(viewport, projector);
    EXPECT_LE(colourDistance(projectorImage.pixelColor(sea), palette::sea(palette::Contrast::Projector)), 6);
    EXPECT_GT(colourDistance(projectorImage.pixelColor(sea), screenImage.pixelColor(sea)), 60);
  }
  // The projector's sea and land are further apart than the screen's, and its coast darker.
  EXPECT_GT(
      colourDistance(palette::sea(palette::Contrast::Projector), palette::land(palette::Contrast::Projector)),
      colourDistance(palette::sea(), palette::land()) + 60);
  EXPECT_LT(palette::coastline(palette::Contrast::Projector).lightness(),
            palette::coastline().lightness() - 60);
  // No state's projector fill can be taken for the sea (the Russian states are blues).
  const Dataset* dataset = document.dataset();
  ASSERT_NE(dataset, nullptr);
  ASSERT_FALSE(dataset->states().empty());
  for (const auto& state : dataset->states()) {
    const QColor fill =
        palette::stateFill(dataset, QString::fromStdString(state.id), palette::Contrast::Projector);
    EXPECT_GT(colourDistance(fill, palette::sea(palette::Contrast::Projector)), 60) << state.id;
    EXPECT_GT(colourDistance(fill, palette::land(palette::Contrast::Projector)), 60) << state.id;
  }
}

TEST(DataBox, ARegionViewZoomsOutOnlyUntilTheBoxFits) {
  const QSize size(800, 600);
  const double limit = MapViewport::maxRegionMetresPerPixel(size);
  const Bounds& box = MapViewport::dataExtent();
  // The whole box fits at the limit, and one axis exactly.
  EXPECT_NEAR(std::max(box.width() / size.width(), box.height() / size.height()), limit, 1e-6);
  EXPECT_LT(limit, MapViewport::kMaxMetresPerPixel);
  // 32° of longitude at 45°N is about 2,500 km: the box is a few thousand kilometres across.
  EXPECT_GT(box.width(), 2'000'000.0);
  EXPECT_LT(box.width(), 4'000'000.0);
}

}  // namespace

namespace {

// --- item: the projection named -------------------------------------------------------------------

TEST(ProjectionText, NamesTheProjectionsWithTheParametersOfCore) {
  // Core's definitions are the facts; the words must carry every parameter of them.
  ASSERT_NE(projectionDefinition(MapProjection::Region).find("+proj=lcc"), std::string_view::npos);
  const QString region = projectionText(MapProjection::Region);
  EXPECT_TRUE(region.contains(QStringLiteral("Lambert conformal conic"))) << region.toStdString();
  EXPECT_TRUE(region.contains(QStringLiteral("38° N and 52° N"))) << region.toStdString();
  EXPECT_TRUE(region.contains(QStringLiteral("central meridian 145° E"))) << region.toStdString();
  EXPECT_TRUE(region.contains(QStringLiteral("WGS 84"))) << region.toStdString();
  const QString world = projectionText(MapProjection::World);
  EXPECT_TRUE(world.contains(QStringLiteral("Equal Earth, central meridian 150° E"))) << world.toStdString();
  EXPECT_TRUE(world.contains(QStringLiteral("WGS 84")));
  EXPECT_EQ(degreesText(-20.5, true), QStringLiteral("20.5° S"));
  EXPECT_EQ(degreesText(-75, false), QStringLiteral("75° W"));
}

TEST_F(Furniture, TheCreditNamesTheViewsProjection) {
  const QSize size(900, 600);
  RenderOptions options = bare();
  options.credit = true;
  const QImage region = render(MapViewport::named(NamedView::Region, size), options);
  EXPECT_EQ(renderer.lastProjectionText(), projectionText(MapProjection::Region));
  // Drawn: the credit box's upper line (the projection) has text pixels, as many as a line
  // of that length needs.
  const QRectF box = renderer.lastCreditRect();
  ASSERT_FALSE(box.isEmpty());
  int ink = 0;
  const QRect upper = QRectF(box.topLeft(), QSizeF(box.width(), box.height() / 2)).toAlignedRect();
  for (int y = upper.top(); y <= upper.bottom(); ++y)
    for (int x = upper.left(); x <= upper.right(); ++x)
      if (colourDistance(region.pixelColor(x, y), palette::mutedText()) < 120) ++ink;
  EXPECT_GT(ink, renderer.lastProjectionText().size() * 3);
  (void)render(MapViewport::named(NamedView::World, size), options);
  EXPECT_EQ(renderer.lastProjectionText(), projectionText(MapProjection::World));
  options.credit = false;
  (void)render(MapViewport::named(NamedView::Region, size), options);
  EXPECT_TRUE(renderer.lastProjectionText().isEmpty());
}

}  // namespace

namespace {

// --- item: the legend hidden or moved ------------------------------------------------------------

// How many pixels of `rect` are the legend panel's near-white.
int panelPixels(const QImage& image, const QRectF& rect) {
  int count = 0;
  const QRect r = rect.toAlignedRect().intersected(image.rect());
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x)
      if (colourDistance(image.pixelColor(x, y), QColor(250, 250, 250)) < 20) ++count;
  return count;
}

TEST_F(Furniture, AHiddenLegendIsNotPainted) {
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(1200, 900));
  RenderOptions options;
  const QImage shown = render(viewport, options);
  const QRectF where = renderer.lastLegendRect();
  ASSERT_FALSE(where.isEmpty());
  EXPECT_GT(panelPixels(shown, where), where.width() * where.height() / 3);
  options.legend = false;
  const QImage hidden = render(viewport, options);
  EXPECT_TRUE(renderer.lastLegendRect().isEmpty());
  // Where it was, the map: hardly any panel white (a label may pass there).
  EXPECT_LT(panelPixels(hidden, where), where.width() * where.height() / 20);
}

TEST_F(Furniture, AMovedLegendIsPaintedInItsCorner) {
  const QSize size(1200, 900);
  const MapViewport viewport = MapViewport::named(NamedView::Region, size);
  RenderOptions options;
  const QRectF bottomRight = (render(viewport, options), renderer.lastLegendRect());
  ASSERT_FALSE(bottomRight.isEmpty());
  EXPECT_GT(bottomRight.center().x(), size.width() / 2.0);
  EXPECT_GT(bottomRight.center().y(), size.height() / 2.0);
  for (LegendCorner corner : {LegendCorner::TopLeft, LegendCorner::TopRight, LegendCorner::BottomLeft}) {
    options.legendCorner = corner;
    const QImage image = render(viewport, options);
    const QRectF rect = renderer.lastLegendRect();
    ASSERT_FALSE(rect.isEmpty());
    const bool left = corner != LegendCorner::TopRight;
    const bool top = corner != LegendCorner::BottomLeft;
    EXPECT_EQ(rect.center().x() < size.width() / 2.0, left);
    EXPECT_EQ(rect.center().y() < size.height() / 2.0, top);
    EXPECT_FALSE(rect.intersects(renderer.lastDateStampRect()));
    EXPECT_FALSE(rect.intersects(renderer.lastCreditRect()));
    EXPECT_TRUE(QRectF(QPointF(0, 0), QSizeF(size)).contains(rect));
    // Painted there, and no longer at the bottom right.
    EXPECT_GT(panelPixels(image, rect), rect.width() * rect.height() / 3);
    if (!rect.intersects(bottomRight)) {
      EXPECT_LT(panelPixels(image, bottomRight), bottomRight.width() * bottomRight.height() / 20);
    }
  }
}

// The scale bar and credit line come from kept pictures (FurniturePictures): the same pixels as
// drawn in place, on fractional positions too, drawn again only when their key or the frame's
// look changes, and never for vector output.
QImage furnitureFrame(FurniturePictures* pictures, const Frame& f, const QRectF& rect, const QString& key) {
  QImage image(QSize(320, 200) * f.dpr, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(f.dpr);
  image.fill(QColor(195, 205, 214));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  const auto paint = [&](QPainter& p) {
    p.setPen(QPen(Qt::black, 1.5 * f.scale));
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRoundedRect(rect, 3.0, 3.0);
    p.drawLine(rect.bottomLeft() + QPointF(8, -5), rect.bottomRight() + QPointF(-8, -5));
  };
  if (pictures != nullptr)
    pictures->draw(painter, f, FurniturePictures::ScaleBarSlot, rect, key, paint);
  else
    paint(painter);
  painter.end();
  return image;
}

TEST(FurniturePictures, GiveThePixelsDrawnInPlaceAndAreKeptUntilTheKeyChanges) {
  for (const double dpr : {1.0, 2.0}) {
    Frame f;
    f.scale = dpr;
    f.dpr = dpr;
    FurniturePictures pictures;
    for (const QRectF rect : {QRectF(20, 30, 160, 34), QRectF(20.25, 30.5, 160, 34)}) {
      const QImage direct = furnitureFrame(nullptr, f, rect, QString());
      const QImage kept = furnitureFrame(&pictures, f, rect, QStringLiteral("100 km"));
      int largest = 0;
      for (int y = 0; y < direct.height(); ++y)
        for (int x = 0; x < direct.width(); ++x) {
          const QRgb a = direct.pixel(x, y);
          const QRgb b = kept.pixel(x, y);
          largest = std::max({largest, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
        }
      EXPECT_LE(largest, 2) << "dpr " << dpr << " at " << rect.x();
    }
    // The two positions' pictures differ (a fractional offset is part of the key): two drawn.
    EXPECT_EQ(pictures.built(), 2);
    (void)furnitureFrame(&pictures, f, QRectF(20.25, 30.5, 160, 34), QStringLiteral("100 km"));
    EXPECT_EQ(pictures.built(), 2);
    (void)furnitureFrame(&pictures, f, QRectF(20.25, 30.5, 160, 34), QStringLiteral("200 km"));
    EXPECT_EQ(pictures.built(), 3);
    f.contrast = palette::Contrast::Projector;
    (void)furnitureFrame(&pictures, f, QRectF(20.25, 30.5, 160, 34), QStringLiteral("200 km"));
    EXPECT_EQ(pictures.built(), 4);
    // Vector output draws in place.
    f.vector = true;
    (void)furnitureFrame(&pictures, f, QRectF(20.25, 30.5, 160, 34), QStringLiteral("300 km"));
    EXPECT_EQ(pictures.built(), 4);
  }
}

}  // namespace
