// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Label placement without painting: the land mask's coverage, the greedy placer and the
// callout candidates.
#include "map/render/labels/label_placement.h"

#include <QPainter>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
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

// The placer as it was before its grid: every candidate compared with every rectangle taken.
// The grid must choose the same candidate (the overlap of a refused candidate may be cut short,
// which changes no choice).
class PlainScan {
 public:
  explicit PlainScan(const QRectF& screen) : m_screen(screen) {}
  void occupy(const QRectF& rect) { m_taken.push_back(rect); }
  int place(const std::vector<QRectF>& candidates, bool force) {
    int best = -1;
    double bestCost = std::numeric_limits<double>::infinity();
    int firstFree = -1;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const QRectF& rect = candidates[i];
      if (!m_screen.contains(rect)) continue;
      double overlap = 0.0;
      for (const QRectF& other : m_taken) {
        const QRectF common = rect.intersected(other);
        overlap += common.width() * common.height();
      }
      const double cost =
          10.0 * overlap / std::max(1.0, rect.width() * rect.height()) + 0.004 * static_cast<double>(i);
      if (overlap <= 0.0 && firstFree < 0) firstFree = static_cast<int>(i);
      if (cost < bestCost) {
        bestCost = cost;
        best = static_cast<int>(i);
      }
    }
    if (firstFree >= 0) best = firstFree;
    if (best < 0 || (bestCost >= 0.2 && !force)) return -1;
    m_taken.push_back(candidates[static_cast<std::size_t>(best)]);
    return best;
  }

 private:
  QRectF m_screen;
  std::vector<QRectF> m_taken;
};

TEST(LabelPlacer, ChoosesAsAPlainScanAmongThousandsOfMarkers) {
  std::mt19937 random(13);
  std::uniform_real_distribution<double> x(-40.0, 1960.0);
  std::uniform_real_distribution<double> y(-40.0, 1120.0);
  std::uniform_real_distribution<double> radius(2.0, 14.0);
  for (int scene = 0; scene < 20; ++scene) {
    const QRectF screen(0, 0, 1920, 1080);
    LabelPlacer placer;
    placer.reset(screen, nullptr);
    PlainScan plain(screen);
    // Markers, some in dense clumps, some off the screen's edge.
    const int markers = scene % 2 == 0 ? 3000 : 300;
    for (int m = 0; m < markers; ++m) {
      const double r = radius(random);
      QPointF at(x(random), y(random));
      if (m % 3 == 0) at = QPointF(400 + std::fmod(at.x(), 120.0), 300 + std::fmod(at.y(), 90.0));
      const QRectF rect(at - QPointF(r, r), QSizeF(2 * r, 2 * r));
      placer.occupy(rect);
      plain.occupy(rect);
    }
    int placed = 0;
    for (int label = 0; label < 60; ++label) {
      std::vector<QRectF> candidates;
      const QPointF at(x(random), y(random));
      calloutCandidates(QRectF(at, QSizeF(10, 10)), QSizeF(180 + label % 5 * 30, 36), 4.0, candidates);
      const bool force = label % 7 == 0;
      const int chosen = placer.place(candidates, 0.0, force);
      ASSERT_EQ(chosen, plain.place(candidates, force)) << "scene " << scene << ", label " << label;
      placed += chosen >= 0 ? 1 : 0;
    }
    EXPECT_GT(placed, 0);
  }
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
