// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Levels of detail of a territory's path, without painting.
#include "map/geometry/lod_path.h"

#include <QLineF>
#include <QPainterPath>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

// A circle of radius `r` metres as a ring of `n` vertices (closed), around `centre`.
Ring circle(Vec2 centre, double r, int n) {
  Ring ring;
  for (int i = 0; i <= n; ++i) {
    const double a = 2.0 * std::numbers::pi * (i % n) / n;
    ring.push_back({centre.x + r * std::cos(a), centre.y + r * std::sin(a)});
  }
  return ring;
}

MultiPolygon island() {
  MultiPolygon shape;
  Polygon big;
  big.exterior = circle({0, 0}, 10'000.0, 2000);  // vertices about 31 m apart
  shape.polygons.push_back(big);
  Polygon islet;
  islet.exterior = circle({30'000, 0}, 40.0, 16);  // an islet 80 m across
  shape.polygons.push_back(islet);
  return shape;
}

TEST(LodPath, CoarserLevelsHaveFewerVertices) {
  const MultiPolygon shape = island();
  LodPath path(shape);
  const int source = path.at(1.0).elementCount();  // finer than the finest level: the source
  EXPECT_EQ(source, 2001 + 17);
  const int fine = path.at(16.0).elementCount();
  const int coarse = path.at(1000.0).elementCount();
  EXPECT_LT(fine, source);
  EXPECT_LT(coarse, fine);
  EXPECT_GE(coarse, 3);
}

TEST(LodPath, LevelsAreQuantisedAndKept) {
  const MultiPolygon shape = island();
  LodPath path(shape);
  EXPECT_EQ(path.levelCount(), 0U);
  const QPainterPath& a = path.at(100.0);  // level 3 (64–128 m)
  const QPainterPath& b = path.at(127.0);  // the same level
  EXPECT_EQ(&a, &b);
  EXPECT_EQ(path.levelCount(), 1U);
  (void)path.at(128.0);  // the next level
  EXPECT_EQ(path.levelCount(), 2U);
}

TEST(LodPath, DropsRingsSmallerThanTheTolerance) {
  const MultiPolygon shape = island();
  LodPath path(shape);
  // At 200 m (level 4: 128 m) the 80 m islet is a speck: only the big ring remains.
  EXPECT_LT(path.at(200.0).boundingRect().right(), 20'000.0);
  EXPECT_GT(path.at(1.0).boundingRect().right(), 29'000.0);
  // The bounds of the LodPath are the source's, whatever the level.
  EXPECT_DOUBLE_EQ(path.bounds().right(), 30'040.0);
}

TEST(LodPath, SimplifiesWithinTheTolerance) {
  const MultiPolygon shape = island();
  LodPath path(shape);
  const QPainterPath& coarse = path.at(500.0);  // level 5: 256 m
  // Every kept vertex is a vertex of the circle, and no arc strays from its chord by more
  // than the level's tolerance (plus the source's own 31 m spacing).
  double worst = 0.0;
  for (int i = 0; i < coarse.elementCount(); ++i) {
    const QPointF p = coarse.elementAt(i);
    EXPECT_NEAR(std::hypot(p.x(), p.y()), 10'000.0, 1e-6);
    if (i == 0) continue;
    const double chord = QLineF(QPointF(coarse.elementAt(i - 1)), p).length();
    worst = std::max(worst, 10'000.0 - std::sqrt(10'000.0 * 10'000.0 - chord * chord / 4.0));
  }
  EXPECT_GT(worst, 64.0);  // simplified well beyond the finer levels
  EXPECT_LE(worst, 256.0 + 1.0);
}

TEST(LodPath, OpenLinesStayOpen) {
  MultiLineString lines;
  lines.lines.push_back({{0, 0}, {1000, 1}, {2000, 0}});
  LodPath path(std::move(lines));
  EXPECT_FALSE(path.empty());
  const QPainterPath& simplified = path.at(64.0);
  ASSERT_EQ(simplified.elementCount(), 2);  // the 1 m bump goes
  EXPECT_EQ(QPointF(simplified.elementAt(1)), QPointF(2000, 0));
  EXPECT_TRUE(LodPath().empty());
}

}  // namespace
