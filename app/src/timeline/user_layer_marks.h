// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/time_axis.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <vector>

class QPainter;

namespace okhotsk::app {

class UserLayers;

/// One dated feature of a user layer on the timeline: a bar over its days (at least a few
/// pixels wide) in the layer's colour.
struct UserTimelineMark {
  QRectF rect;
  QColor colour;
  int layer = 0;
  std::size_t feature = 0;
};

/// The marks of the shown user layers' dated features that overlap the axis's range, in a
/// row of their own: `row` split into one thin band per shown layer (in the order added).
/// Undated features have no place on a timeline and get no mark. Within a layer the longest
/// come first, so that drawn in order the short ones lie on top. Fills `marks` (cleared).
void userTimelineMarks(const UserLayers& layers, const TimeAxis& axis, const QRectF& row,
                       std::vector<UserTimelineMark>& marks);

void drawUserTimelineMarks(QPainter& painter, const std::vector<UserTimelineMark>& marks);

/// A tooltip naming the user features whose marks lie within `reach` pixels of `position`
/// (label or layer name, and the days: "Zone A — 1945-08-28 – 1946-02-01", an open end as
/// "…"), at most 8 of them; empty when no mark is there.
[[nodiscard]] QString userMarksToolTip(const UserLayers& layers, const std::vector<UserTimelineMark>& marks,
                                       QPointF position, double reach);

}  // namespace okhotsk::app
