// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pure geometry algorithms behind the map's levels of detail, outlines and coastlines.
#include "okhotsk/geometry_algorithms.h"

#include <gtest/gtest.h>

#include <vector>

namespace okhotsk {
namespace {

std::vector<Vec2> simplified(const std::vector<Vec2>& points, double tolerance) {
  std::vector<Vec2> out;
  simplifyPolyline(points, tolerance, out);
  return out;
}

TEST(SimplifyPolyline, DropsPointsWithinTheTolerance) {
  // A line with a 0.4 bump and a 3.0 peak. The peak is kept first; then (2, 0) lies
  // 2/sqrt(2) = 1.41 from the chord (0, 0)-(3, 3) and (1, 0.4) 0.6/sqrt(2) = 0.42 from it.
  const std::vector<Vec2> line{{0, 0}, {1, 0.4}, {2, 0}, {3, 3}, {4, 0}};
  EXPECT_EQ(simplified(line, 1.5), (std::vector<Vec2>{{0, 0}, {3, 3}, {4, 0}}));
  // At 1.0, (2, 0) stays; (1, 0.4) is 0.4 from the chord (0, 0)-(2, 0) and goes.
  EXPECT_EQ(simplified(line, 1.0), (std::vector<Vec2>{{0, 0}, {2, 0}, {3, 3}, {4, 0}}));
  // Below the small bump's height everything stays.
  EXPECT_EQ(simplified(line, 0.3), line);
  // Zero keeps every point.
  EXPECT_EQ(simplified(line, 0.0), line);
}

TEST(SimplifyPolyline, KeepsTheEndsAndAppends) {
  std::vector<Vec2> out{{9, 9}};
  simplifyPolyline(std::vector<Vec2>{{0, 0}, {1, 0.1}, {2, 0}}, 5.0, out);
  EXPECT_EQ(out, (std::vector<Vec2>{{9, 9}, {0, 0}, {2, 0}}));
}

TEST(SimplifyPolyline, AClosedRingNeverCollapses) {
  // A small closed square with a tolerance larger than itself: the first split happens
  // anyway, so a ring of at least three points remains.
  const std::vector<Vec2> ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
  const std::vector<Vec2> out = simplified(ring, 10.0);
  ASSERT_GE(out.size(), 3U);
  EXPECT_EQ(out.front(), (Vec2{0, 0}));
  EXPECT_EQ(out.back(), (Vec2{0, 0}));
  EXPECT_EQ(out[1], (Vec2{1, 1}));  // the farthest vertex from the start
}

std::vector<Vec2> decimated(const std::vector<Vec2>& points, double tolerance) {
  std::vector<Vec2> out;
  decimatePolyline(points, tolerance, [&out](const Vec2& p) { out.push_back(p); });
  return out;
}

TEST(DecimatePolyline, SkipsPointsCloserThanTheToleranceToTheLastKept) {
  const std::vector<Vec2> points{{0, 0}, {0.5, 0}, {1.2, 0}, {1.5, 0}, {2.0, 0}, {2.1, 0}};
  // 0.5 is too close to 0; 1.2 is kept; 1.5 too close to 1.2; 2.0 kept; the last always.
  EXPECT_EQ(decimated(points, 0.7), (std::vector<Vec2>{{0, 0}, {1.2, 0}, {2.0, 0}, {2.1, 0}}));
  EXPECT_EQ(decimated(points, 0.0), points);
  EXPECT_TRUE(decimated({}, 1.0).empty());
  EXPECT_EQ(decimated({{3, 4}}, 1.0), (std::vector<Vec2>{{3, 4}}));
}

MultiPolygon square(double x0, double y0, double x1, double y1) {
  Polygon p;
  p.exterior = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
  MultiPolygon shape;
  shape.polygons.push_back(p);
  return shape;
}

// The same shapes moved by (dx, dy): a stand-in for a projection that keeps the vertices.
MultiPolygon shifted(const MultiPolygon& shape, double dx, double dy) {
  MultiPolygon out = shape;
  for (Polygon& p : out.polygons)
    for (Vec2& v : p.exterior) v = {v.x + dx, v.y + dy};
  return out;
}

TEST(UnsharedOutlines, LeavesOutTheEdgeTwoShapesShare) {
  // Two unit squares side by side share the edge x = 1 (met in opposite directions).
  const MultiPolygon west = square(0, 0, 1, 1);
  const MultiPolygon east = square(1, 0, 2, 1);
  const std::vector<const MultiPolygon*> geographic{&west, &east};
  const MultiPolygon westMap = shifted(west, 100, 0);
  const MultiPolygon eastMap = shifted(east, 100, 0);
  const std::vector<std::vector<const MultiPolygon*>> projections{{&west, &east}, {&westMap, &eastMap}};
  const auto outlines = unsharedOutlines(geographic, projections);
  ASSERT_EQ(outlines.size(), 2U);
  ASSERT_EQ(outlines[0].size(), 2U);
  // West: (0,0)→(1,0) then the shared (1,0)→(1,1) is cut, then (1,1)→(0,1)→(0,0).
  ASSERT_EQ(outlines[0][0].lines.size(), 2U);
  EXPECT_EQ(outlines[0][0].lines[0], (LineString{{0, 0}, {1, 0}}));
  EXPECT_EQ(outlines[0][0].lines[1], (LineString{{1, 1}, {0, 1}, {0, 0}}));
  // East: (1,0)→(2,0)→(2,1)→(1,1), then the shared (1,1)→(1,0) is cut.
  ASSERT_EQ(outlines[0][1].lines.size(), 1U);
  EXPECT_EQ(outlines[0][1].lines[0], (LineString{{1, 0}, {2, 0}, {2, 1}, {1, 1}}));
  // The second projection gets the same runs in its own coordinates.
  ASSERT_EQ(outlines[1][1].lines.size(), 1U);
  EXPECT_EQ(outlines[1][1].lines[0], (LineString{{101, 0}, {102, 0}, {102, 1}, {101, 1}}));
}

TEST(UnsharedOutlines, MatchesSharedVerticesToFiveDecimals) {
  // The east square's shared corners differ by 1e-7 degree: still the same segment.
  const MultiPolygon west = square(0, 0, 1, 1);
  MultiPolygon east = square(1, 0, 2, 1);
  for (Vec2& v : east.polygons[0].exterior)
    if (v.x == 1.0) v.x += 1e-7;
  const std::vector<const MultiPolygon*> geographic{&west, &east};
  const std::vector<std::vector<const MultiPolygon*>> projections{{&west, &east}};
  const auto outlines = unsharedOutlines(geographic, projections);
  EXPECT_EQ(outlines[0][0].lines.size(), 2U);
  EXPECT_EQ(outlines[0][1].lines.size(), 1U);
}

TEST(UnsharedOutlines, ShapesThatShareNothingKeepTheirWholeRing) {
  const MultiPolygon a = square(0, 0, 1, 1);
  const MultiPolygon b = square(5, 5, 6, 6);
  const std::vector<const MultiPolygon*> geographic{&a, &b};
  const std::vector<std::vector<const MultiPolygon*>> projections{{&a, &b}};
  const auto outlines = unsharedOutlines(geographic, projections);
  ASSERT_EQ(outlines[0][0].lines.size(), 1U);
  EXPECT_EQ(outlines[0][0].lines[0], a.polygons[0].exterior);
}

TEST(UnsharedOutlines, KeepsARingWhoseProjectionHasOtherVertices) {
  const MultiPolygon west = square(0, 0, 1, 1);
  const MultiPolygon east = square(1, 0, 2, 1);
  MultiPolygon eastMap = east;
  eastMap.polygons[0].exterior.insert(eastMap.polygons[0].exterior.begin() + 1, Vec2{1.5, 0});
  const std::vector<const MultiPolygon*> geographic{&west, &east};
  const std::vector<std::vector<const MultiPolygon*>> projections{{&west, &eastMap}};
  const auto outlines = unsharedOutlines(geographic, projections);
  ASSERT_EQ(outlines[0][1].lines.size(), 1U);
  EXPECT_EQ(outlines[0][1].lines[0], eastMap.polygons[0].exterior);
}

}  // namespace
}  // namespace okhotsk
