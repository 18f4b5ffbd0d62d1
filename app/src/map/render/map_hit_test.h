// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include "okhotsk/dataset.h"

#include <QPointF>

#include <span>

namespace okhotsk::app {

class MapShapes;

/// The territory under `screen` (logical pixels of `viewport`), or nullptr. Where the data
/// overlap, the smallest territory (by its bounds) wins.
[[nodiscard]] const Territory* territoryAt(const MapShapes& shapes, const MapViewport& viewport,
                                           QPointF screen);
/// The boundary among `inForce` whose line passes within `tolerance` logical pixels of
/// `screen` (the nearest), or nullptr. Boundaries are hit before the areas they divide.
[[nodiscard]] const Boundary* boundaryAt(const MapShapes& shapes, const MapViewport& viewport,
                                         std::span<const Boundary* const> inForce, QPointF screen,
                                         double tolerance);
/// The territory part (an island) under `screen`, or nullptr.
[[nodiscard]] const TerritoryPart* territoryPartAt(const MapShapes& shapes, const MapViewport& viewport,
                                                   QPointF screen);

}  // namespace okhotsk::app
