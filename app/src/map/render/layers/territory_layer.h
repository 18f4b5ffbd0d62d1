// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QRectF>

class QPainter;

namespace okhotsk::app {

class HatchPatterns;
class LabelPlacer;
class MapShapes;

/// Territory fills for f.day: a state's fill, a joint regime's stripes, cross-hatching for an
/// uncertain day, hatching for a claimant that does not administer; the outline (the shore
/// only, or dashed in the claimant's colour when disputed, or the highlight when selected).
/// Only the territories that reach `screenClip` are drawn.
void drawTerritories(QPainter& painter, const Frame& f, MapShapes& shapes, HatchPatterns& patterns,
                     const QRectF& screenClip);

/// The "?" badges on large territories whose owner on f.day is uncertain (small ones carry it
/// in their label instead); each badge is reserved in `placer`.
void drawQuestionMarks(QPainter& painter, const Frame& f, const MapShapes& shapes, LabelPlacer& placer);

}  // namespace okhotsk::app
