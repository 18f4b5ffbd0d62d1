// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QColor>
#include <QString>

namespace okhotsk::app {

/// Colours used by every view. Event categories, and states the dataset gives no colour, take
/// colours of the Okabe–Ito palette (designed for colour-blind readers); the other states take
/// theirs from the dataset's states layer. Every two categories, and every two states of the
/// shipped dataset that exist at the same time (strong colours and fills alike), stay at least
/// 10 CIEDE2000 apart for normal vision and simulated protanopia, deuteranopia and tritanopia
/// (style/colour_vision.h, checked by tests/app/style/palette_colour_vision_test.cpp).
/// States keep the same hue everywhere: map fills, hatching, legends and panels.
namespace palette {
/// The map's colours for a screen, or for a projector (the lecture mode): a projector washes
/// pale tints out and lifts dark ones, so there the sea is deeper, the land lighter, the
/// coastlines dark and the states' fills stronger. The states' strong colours and the
/// categories' colours are the same in both.
enum class Contrast { Screen, Projector };

/// Strong colour of a state (outline, hatching, legend swatch), from the dataset's states
/// layer (`colour`); a state without one takes the Okabe–Ito colour of its place in the layer.
/// Unknown ids, and any id without a dataset, are grey. A function of the dataset it is given:
/// no colour is remembered between datasets.
[[nodiscard]] QColor stateColour(const Dataset* dataset, const QString& stateId);
/// Light fill of land administered by a state.
[[nodiscard]] QColor stateFill(const Dataset* dataset, const QString& stateId,
                               Contrast contrast = Contrast::Screen);
/// The id of the dataset's `index`-th state (for legend samples); empty when there is none.
[[nodiscard]] QString sampleState(const Dataset* dataset, int index);
/// Colour of an event category (timeline marks, map markers, legend).
[[nodiscard]] QColor categoryColour(EventCategory category);

[[nodiscard]] QColor sea(Contrast contrast = Contrast::Screen);
[[nodiscard]] QColor land(
    Contrast contrast = Contrast::Screen);  ///< land outside the territories the atlas follows
[[nodiscard]] QColor coastline(Contrast contrast = Contrast::Screen);
[[nodiscard]] QColor lake(Contrast contrast = Contrast::Screen);
[[nodiscard]] QColor text();
[[nodiscard]] QColor mutedText();
[[nodiscard]] QColor highlight();  ///< the current date, the selection

}  // namespace palette
}  // namespace okhotsk::app
