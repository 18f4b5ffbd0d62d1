// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Label placement without painting: the land mask's coverage, the greedy placer and the
// callout candidates.
#include "map/render/labels/label_placement.h"

#include <QPainter>

#include <gtest/gtest.h>

#include <vector>

namespace {

using namespace okhotsk::app;

// A 100×100 logical screen whose left part (x < 48, twelve cells) is land, in 4-pixel cells.
CoverageMask leftHalfLand() {
  CoverageMask mask;
  mask.reset(QSize(100, 100), 4);
  QPainter painter(&mask.image());
  painter.fillRect(QRect(0, 0, 12, 25), Qt::black);
  painter.end();
  mask.finish();
  return mask;
}

TEST(CoverageMask, MeasuresTheLandUnderARectangle) {
  const CoverageMask mask = leftHalfLand();
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(0, 0, 48, 100)), 1.0);
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(52, 0, 48, 100)), 0.0);
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(24, 0, 48, 40)), 0.5);  // columns 6–17, land up to 11
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(9, 9, 2, 2)), 0.0);     // inside one cell: no whole cell
}

TEST(CoverageMask, IsEmptyUntilFinished) {
  CoverageMask mask;
  mask.reset(QSize(100, 100), 4);
  mask.image().fill(255);
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(0, 0, 100, 100)), 0.0);
  mask.finish();
  EXPECT_DOUBLE_EQ(mask.coverage(QRectF(0, 0, 100, 100)), 1.0);
}

TEST(LabelPlacer, TakesTheFirstFreeCandidate) {
  LabelPlacer placer;
  placer.reset(QRectF(0, 0, 100, 100), nullptr);
  placer.addObstacle(QRectF(0, 0, 30, 30));
  const std::vector<QRectF> candidates{QRectF(10, 10, 10, 10), QRectF(-5, 50, 10, 10), QRectF(40, 40, 10, 10),
                                       QRectF(60, 60, 10, 10)};
  // The first hits the obstacle, the second leaves the screen: the third is free.
  EXPECT_EQ(placer.place(candidates, 0.0, false), 2);
  // Now the third is taken by the label just placed: the fourth.
  EXPECT_EQ(placer.place(candidates, 0.0, false), 3);
}

TEST(LabelPlacer, RefusesOrForcesWhenEverythingCollides) {
  LabelPlacer placer;
  placer.reset(QRectF(0, 0, 100, 100), nullptr);
  placer.occupy(QRectF(0, 0, 100, 50));
  // Both collide; the second less (a quarter of it is hidden, against all of the first).
  const std::vector<QRectF> candidates{QRectF(10, 10, 20, 20), QRectF(40, 40, 20, 40)};
  EXPECT_EQ(placer.place(candidates, 0.0, false), -1);
  EXPECT_EQ(placer.place(candidates, 0.0, true), 1);
}

TEST(LabelPlacer, KeepsCalloutsOffTheLand) {
  const CoverageMask mask = leftHalfLand();
  LabelPlacer placer;
  placer.reset(QRectF(0, 0, 100, 100), &mask);
  const std::vector<QRectF> candidates{QRectF(8, 40, 20, 20), QRectF(60, 40, 20, 20)};
  EXPECT_EQ(placer.place(candidates, 3.0, false), 1);  // over the sea
  // A label meant to sit on its territory does not mind the land.
  placer.reset(QRectF(0, 0, 100, 100), &mask);
  const std::vector<QRectF> same{QRectF(8, 10, 20, 20), QRectF(60, 10, 20, 20)};
  EXPECT_EQ(placer.place(same, 0.0, false), 0);
}

TEST(LabelPlacer, KnowsWhenEveryCandidateCollides) {
  LabelPlacer placer;
  placer.reset(QRectF(0, 0, 400, 300), nullptr);
  const std::vector<QRectF> near{QRectF(10, 10, 50, 20), QRectF(10, 40, 50, 20)};
  EXPECT_FALSE(placer.allCollide(near));
  placer.addObstacle(QRectF(0, 0, 70, 35));
  EXPECT_FALSE(placer.allCollide(near));  // the second is still free
  placer.addObstacle(QRectF(0, 35, 70, 30));
  EXPECT_TRUE(placer.allCollide(near));
  // Off the screen counts as taken; a free one farther out does not collide.
  EXPECT_TRUE(placer.allCollide(std::vector<QRectF>{QRectF(380, 10, 50, 20)}));
  EXPECT_FALSE(placer.allCollide(std::vector<QRectF>{QRectF(200, 200, 50, 20)}));
}

TEST(CalloutCandidates, FartherRingsComeAfterTheNearOnes) {
  std::vector<QRectF> out;
  const QRectF target(100, 100, 20, 10);
  farCalloutCandidates(target, QSizeF(30, 8), 5.0, out);
  ASSERT_EQ(out.size(), 16U);
  // East at 10.5 gaps (52.5 px), then at 15 gaps (75 px).
  EXPECT_EQ(out[0], QRectF(172.5, 101, 30, 8));
  EXPECT_EQ(out[8], QRectF(195, 101, 30, 8));
  for (const QRectF& r : out) EXPECT_FALSE(r.intersects(target));
}

TEST(CalloutCandidates, EightDirectionsAtFourGapsEastFirst) {
  std::vector<QRectF> out;
  const QRectF target(100, 100, 20, 10);
  calloutCandidates(target, QSizeF(30, 8), 5.0, out);
  ASSERT_EQ(out.size(), 32U);
  // East, vertically centred, at the first gap.
  EXPECT_EQ(out[0], QRectF(125, 101, 30, 8));
  // South-east next.
  EXPECT_EQ(out[1], QRectF(125, 115, 30, 8));
  // West at the first gap: its right edge 5 px left of the target.
  EXPECT_EQ(out[6], QRectF(65, 101, 30, 8));
  // The second ring is 2.5 times as far: east at 12.5 px.
  EXPECT_EQ(out[8], QRectF(132.5, 101, 30, 8));
  for (const QRectF& r : out) EXPECT_FALSE(r.intersects(target));
}

}  // namespace
