// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QRectF>

#include <span>

class QPainter;

namespace okhotsk::app {

class MapShapes;

/// The boundaries in force (`inForce`, from Dataset::boundariesOn) that reach `screenClip`:
/// a dark line on a white casing, dashed when the line is schematic.
void drawBoundaries(QPainter& painter, const Frame& f, const MapShapes& shapes,
                    std::span<const Boundary* const> inForce, const QRectF& screenClip);

}  // namespace okhotsk::app
