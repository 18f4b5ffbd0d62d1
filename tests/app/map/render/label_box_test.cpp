// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Label boxes from kept pictures (LabelBoxSprites): the same box as the path they stand for, kept
// and reused by size and colour, never used for vector output.
#include "map/render/labels/label_box.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPicture>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace {

using namespace okhotsk::app;

QImage drawBox(const QRectF& rect, double ratio, const QColor& accent, LabelBoxSprites* sprites) {
  QImage image(QSize(400, 200) * ratio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(ratio);
  image.fill(QColor(195, 205, 214));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  LabelText text;  // the box alone: the text is drawn the same way with or without sprites
  drawLabelBox(painter, rect, QFont(), QFont(), text, accent, ratio, 1.0, sprites);
  painter.end();
  return image;
}

// Mean and largest difference of two images, per channel, 0-255.
std::pair<double, int> difference(const QImage& a, const QImage& b) {
  double sum = 0.0;
  int largest = 0;
  for (int y = 0; y < a.height(); ++y) {
    const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
    for (int x = 0; x < a.width(); ++x)
      for (const int d : {std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                          std::abs(qBlue(pa[x]) - qBlue(pb[x]))}) {
        sum += d;
        largest = std::max(largest, d);
      }
  }
  return {sum / (3.0 * a.width() * a.height()), largest};
}

TEST(LabelBoxSprites, DrawTheBoxThePathDraws) {
  for (const double ratio : {1.0, 2.0}) {
    // On whole device pixels the picture is the path's, to rounding; off them it moves by at most
    // half a device pixel.
    for (const QRectF rect : {QRectF(20, 30, 180, 40), QRectF(20.3, 30.6, 180.2, 40.4)}) {
      LabelBoxSprites sprites;
      const QImage path = drawBox(rect, ratio, QColor(30, 80, 160), nullptr);
      const QImage sprite = drawBox(rect, ratio, QColor(30, 80, 160), &sprites);
      EXPECT_EQ(sprites.built(), 1);
      const auto [mean, largest] = difference(path, sprite);
      EXPECT_LT(mean, 0.5) << "ratio " << ratio;
      if (rect.x() == std::floor(rect.x())) {
        EXPECT_LE(largest, 3) << "ratio " << ratio;
      }
      // And it is a box: the middle is the box's near-white, not the background.
      const QRgb middle = sprite.pixel(QPointF(rect.center() * ratio).toPoint());
      EXPECT_GT(qRed(middle), 235);
    }
  }
}

TEST(LabelBoxSprites, KeepsABoxBySizeAndColourAndForgetsTheLeastRecentlyUsed) {
  LabelBoxSprites sprites;
  const QImage& first = sprites.box(QSize(100, 30), Qt::red, 1.0, 1.0, 1.0);
  const qint64 key = first.cacheKey();
  EXPECT_EQ(sprites.box(QSize(100, 30), Qt::red, 1.0, 1.0, 1.0).cacheKey(), key);
  EXPECT_EQ(sprites.built(), 1);
  (void)sprites.box(QSize(100, 30), Qt::blue, 1.0, 1.0, 1.0);
  (void)sprites.box(QSize(101, 30), Qt::red, 1.0, 1.0, 1.0);
  (void)sprites.box(QSize(100, 30), Qt::red, 2.0, 1.0, 2.0);
  EXPECT_EQ(sprites.built(), 4);
  // Filled up with other sizes, the red box (used again just now) stays; the blue one goes.
  (void)sprites.box(QSize(100, 30), Qt::red, 1.0, 1.0, 1.0);
  for (int i = 0; sprites.size() < LabelBoxSprites::kMaxBoxes; ++i)
    (void)sprites.box(QSize(200 + i, 30), Qt::red, 1.0, 1.0, 1.0);
  (void)sprites.box(QSize(1000, 30), Qt::red, 1.0, 1.0, 1.0);
  EXPECT_EQ(sprites.size(), LabelBoxSprites::kMaxBoxes);
  const int built = sprites.built();
  (void)sprites.box(QSize(100, 30), Qt::red, 1.0, 1.0, 1.0);
  EXPECT_EQ(sprites.built(), built);
  (void)sprites.box(QSize(100, 30), Qt::blue, 1.0, 1.0, 1.0);
  EXPECT_EQ(sprites.built(), built + 1);
}

TEST(LabelBoxSprites, VectorOutputGetsThePath) {
  LabelBoxSprites sprites;
  QPicture picture;
  QPainter painter(&picture);
  drawLabelBox(painter, QRectF(10, 10, 120, 30), QFont(), QFont(), LabelText{}, Qt::red, 1.0, 1.0, &sprites);
  // And a painter that scales (a print preview's zoom) gets it too.
  QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
  QPainter scaled(&image);
  scaled.scale(1.5, 1.5);
  drawLabelBox(scaled, QRectF(10, 10, 100, 30), QFont(), QFont(), LabelText{}, Qt::red, 1.0, 1.0, &sprites);
  EXPECT_EQ(sprites.built(), 0);
}

}  // namespace
