// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <gtest/gtest.h>

namespace okhotsk {
namespace {

MultiPolygon squareWithHole() {
  Polygon p;
  p.exterior = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
  p.interiors.push_back({{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}});
  MultiPolygon shape;
  shape.polygons.push_back(p);
  return shape;
}

TEST(Geometry, ContainsRespectsHoles) {
  const MultiPolygon shape = squareWithHole();
  EXPECT_TRUE(shape.contains({1, 1}));
  EXPECT_FALSE(shape.contains({5, 5}));
  EXPECT_FALSE(shape.contains({11, 5}));
}

TEST(Geometry, AreaSubtractsHolesWhateverTheWinding) {
  MultiPolygon shape = squareWithHole();
  EXPECT_DOUBLE_EQ(planarArea(shape), 96.0);
  std::reverse(shape.polygons[0].exterior.begin(), shape.polygons[0].exterior.end());
  EXPECT_DOUBLE_EQ(planarArea(shape), 96.0);
}

TEST(Geometry, BoundsAndVertexCount) {
  const MultiPolygon shape = squareWithHole();
  const Bounds b = shape.bounds();
  EXPECT_DOUBLE_EQ(b.minX, 0.0);
  EXPECT_DOUBLE_EQ(b.maxY, 10.0);
  EXPECT_EQ(shape.vertexCount(), 10U);
  EXPECT_TRUE(MultiPolygon{}.bounds().empty());
  EXPECT_TRUE(b.intersects(Bounds{5, 5, 20, 20}));
  EXPECT_FALSE(b.intersects(Bounds{11, 11, 20, 20}));
}

TEST(Projection, RegionRoundTripsAndIsCentredOnTheKurils) {
  const Projector region(MapProjection::Region);
  const auto centre = region.forward({145.0, 45.0});
  ASSERT_TRUE(centre.has_value());
  EXPECT_NEAR(centre->x, 0.0, 1e-6);
  EXPECT_NEAR(centre->y, 0.0, 1e-6);
  const auto shikotan = region.forward({146.711, 43.796});
  ASSERT_TRUE(shikotan.has_value());
  EXPECT_GT(shikotan->x, 100'000.0);
  EXPECT_LT(shikotan->y, -100'000.0);
  const auto back = region.inverse(*shikotan);
  ASSERT_TRUE(back.has_value());
  EXPECT_NEAR(back->lon, 146.711, 1e-9);
  EXPECT_NEAR(back->lat, 43.796, 1e-9);
}

TEST(Projection, WorldViewIsCentredOnThePacific) {
  const Projector world(MapProjection::World);
  const auto kittery = world.forward({-70.7375, 43.0806});
  const auto moscow = world.forward({37.6175, 55.752});
  const auto tokyo = world.forward({139.6917, 35.6895});
  ASSERT_TRUE(kittery && moscow && tokyo);
  EXPECT_GT(kittery->x, tokyo->x) << "America lies east of Japan in a Pacific-centred view";
  EXPECT_LT(moscow->x, tokyo->x);
}

TEST(Projection, GeodesicAreaOfOneDegreeCellAtTheEquator) {
  MultiPolygon cell;
  cell.polygons.push_back({{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, {}});
  // A 1°×1° cell at the equator on WGS 84 is 12,308.8 km².
  EXPECT_NEAR(geodesicAreaKm2(cell), 12308.8, 5.0);
}

}  // namespace
}  // namespace okhotsk
