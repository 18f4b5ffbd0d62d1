// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace okhotsk::app {

/// The words of a label box: a title, an optional second line, and an optional "?" badge.
struct LabelText {
  QString title;
  QString detail;
  bool question = false;  ///< an uncertain day or a transition: a "?" badge before the title
};

/// The size of the box drawLabelBox() draws for `text`.
[[nodiscard]] QSizeF labelBoxSize(const QFont& titleFont, const QFont& detailFont, const LabelText& text,
                                  double scale);

/// A rounded white box with an accent-coloured edge, the title and the detail line.
void drawLabelBox(QPainter& painter, const QRectF& rect, const QFont& titleFont, const QFont& detailFont,
                  const LabelText& text, const QColor& accent, double scale, double opacity = 1.0);

/// The point of `rect` nearest to `p`.
[[nodiscard]] QPointF nearestPoint(const QRectF& rect, QPointF p);

/// A thin line from what is labelled (a dot at `from`) to the nearest point of its label.
void drawLeader(QPainter& painter, QPointF from, const QRectF& to, double scale);

}  // namespace okhotsk::app
