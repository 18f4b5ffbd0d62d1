// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include "okhotsk/dataset.h"

#include <QPointF>

namespace okhotsk::app {

class MapShapes;

/// The territory under `screen` (logical pixels of `viewport`), or nullptr. Where the data
/// overlap, the smallest territory (by its bounds) wins.
[[nodiscard]] const Territory* territoryAt(const MapShapes& shapes, const MapViewport& viewport,
                                           QPointF screen);
/// The territory part (an island) under `screen`, or nullptr.
[[nodiscard]] const TerritoryPart* territoryPartAt(const MapShapes& shapes, const MapViewport& viewport,
                                                   QPointF screen);

}  // namespace okhotsk::app
