// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's layers on the map, rendered offscreen: a dated polygon in its colour on a day it
// is in force and not on a day it is not; an undated point on every day; a hidden layer not
// at all; features projected once, not per frame; hits on what is drawn only.
#include "map/render/user_layer_painter.h"

#include "session/user_layers.h"

#include "okhotsk/projection.h"
#include "okhotsk/user_layer.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

std::shared_ptr<const UserLayerData> zoneData() {
  auto data = std::make_shared<UserLayerData>();
  data->ok = true;
  UserFeature zone;
  zone.fid = 1;
  zone.polygons.polygons.push_back(Polygon{{{145, 43}, {146, 43}, {146, 44}, {145, 44}, {145, 43}}, {}});
  zone.days = DayRange{day(1945, 8, 28), day(1946, 2, 1)};
  data->features.push_back(zone);
  return data;
}

std::shared_ptr<const UserLayerData> pointData() {
  auto data = std::make_shared<UserLayerData>();
  data->ok = true;
  UserFeature point;
  point.fid = 7;
  point.points.push_back({143.5, 42.5});
  data->features.push_back(point);
  return data;
}

UserLayerSpec specWithColour(quint32 colour) {
  UserLayerSpec spec;
  spec.path = QStringLiteral("memory.geojson");
  spec.colour = colour;
  return spec;
}

struct Scene {
  UserLayers layers;
  UserLayerPainter painter;
  MapViewport viewport =
      *MapViewport::fittedGeographic(MapProjection::Region, 142.0, 41.5, 147.5, 45.5, QSize(400, 300));

  Scene() {
    layers.add(specWithColour(0x00'00'FFu), zoneData());
    layers.add(specWithColour(0xFF'00'00u), pointData());
  }
  QImage render(DayNumber on) {
    QImage image(viewport.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.draw(p, viewport, on, layers);
    return image;
  }
  QPoint screenOf(double lon, double lat) const {
    const Projector projector(MapProjection::Region);
    const std::optional<Vec2> map = projector.forward(GeoPoint{lon, lat});
    return map ? viewport.toScreen(*map).toPoint() : QPoint(-1, -1);
  }
};

bool bluish(QRgb pixel) {
  return qBlue(pixel) > qRed(pixel) + 60 && qBlue(pixel) > qGreen(pixel) + 60;
}
bool reddish(QRgb pixel) {
  return qRed(pixel) > qBlue(pixel) + 100 && qRed(pixel) > qGreen(pixel) + 100;
}

TEST(UserLayerPainterTest, DatedPolygonOnlyOnItsDaysUndatedPointAlways) {
  Scene scene;
  const QPoint zone = scene.screenOf(145.5, 43.5);
  const QPoint point = scene.screenOf(143.5, 42.5);
  ASSERT_TRUE(QRect(QPoint(0, 0), scene.viewport.size()).contains(zone));
  const QImage during = scene.render(day(1945, 12, 1));
  EXPECT_TRUE(bluish(during.pixel(zone))) << std::hex << during.pixel(zone);
  EXPECT_TRUE(reddish(during.pixel(point))) << std::hex << during.pixel(point);
  const QImage after = scene.render(day(1946, 2, 2));
  EXPECT_EQ(after.pixel(zone), qRgb(255, 255, 255));
  EXPECT_TRUE(reddish(after.pixel(point)));
  const QImage before = scene.render(day(1945, 8, 27));
  EXPECT_EQ(before.pixel(zone), qRgb(255, 255, 255));
  // Three frames, two layers: each projected once.
  EXPECT_EQ(scene.painter.projectionCount(), 2);
}

TEST(UserLayerPainterTest, HiddenLayerIsNotDrawnNorHit) {
  Scene scene;
  const QPoint point = scene.screenOf(143.5, 42.5);
  ASSERT_TRUE(scene.layers.setShown(1, false));
  EXPECT_EQ(scene.render(day(1950, 1, 1)).pixel(point), qRgb(255, 255, 255));
  EXPECT_FALSE(scene.painter.featureAt(scene.viewport, point, day(1950, 1, 1), scene.layers));
}

TEST(UserLayerPainterTest, FeatureAtFindsWhatIsInForce) {
  Scene scene;
  const QPoint zone = scene.screenOf(145.5, 43.5);
  const auto hit = scene.painter.featureAt(scene.viewport, zone, day(1946, 1, 1), scene.layers);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 0);
  EXPECT_EQ(hit->feature, 0U);
  EXPECT_FALSE(scene.painter.featureAt(scene.viewport, zone, day(1950, 1, 1), scene.layers));
  const auto onPoint = scene.painter.featureAt(scene.viewport, scene.screenOf(143.5, 42.5) + QPoint(2, 1),
                                               day(1950, 1, 1), scene.layers);
  ASSERT_TRUE(onPoint);
  EXPECT_EQ(onPoint->layer, 1);
}

TEST(UserLayerPainterTest, ALabelIsDrawnBesideItsFeature) {
  auto render = [](const std::string& label) {
    auto data = std::make_shared<UserLayerData>();
    data->ok = true;
    UserFeature point;
    point.points.push_back({143.5, 42.5});
    point.label = label;
    data->features.push_back(point);
    Scene scene;
    while (scene.layers.count() > 0) scene.layers.remove(0);
    scene.layers.add(specWithColour(0x00'00'FFu), data);
    return std::make_pair(scene.render(day(1950, 1, 1)), scene.screenOf(143.5, 42.5));
  };
  const auto [labelled, at] = render("WWWW");
  const auto [plain, unused] = render("");
  int differing = 0;
  for (int x = at.x() + 8; x < at.x() + 40; ++x)
    for (int y = at.y() - 20; y < at.y(); ++y)
      if (labelled.pixel(x, y) != plain.pixel(x, y)) ++differing;
  EXPECT_GT(differing, 20);
}

TEST(UserLayerPainterTest, ARemovedLayerIsForgotten) {
  Scene scene;
  (void)scene.render(day(1945, 12, 1));
  ASSERT_TRUE(scene.layers.remove(0));
  const QImage image = scene.render(day(1945, 12, 1));
  EXPECT_EQ(image.pixel(scene.screenOf(145.5, 43.5)), qRgb(255, 255, 255));
}

}  // namespace
}  // namespace okhotsk::app
