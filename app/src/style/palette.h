#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QColor>
#include <QString>

namespace okhotsk::app {

/// Colours used by every view, from the Okabe–Ito palette (safe for colour-blind readers).
/// States keep the same hue everywhere: map fills, hatching, legends and panels.
namespace palette {

/// Takes the states' colours from the dataset's states layer (`colour`); a state without one
/// gets the next colour of the Okabe–Ito set, in the layer's order. Called when a dataset is
/// opened (AtlasDocument::open); safe to read from any thread meanwhile.
void useStateColours(const Dataset& dataset);
/// Strong colour of a state (outline, hatching, legend swatch). Unknown ids are grey.
[[nodiscard]] QColor stateColour(const QString& stateId);
/// The id of the `index`-th state of the dataset in use (for legend samples); empty when
/// there is none.
[[nodiscard]] QString sampleState(int index);
/// Light fill of land administered by a state.
[[nodiscard]] QColor stateFill(const QString& stateId);
/// Colour of an event category (timeline marks, map markers, legend).
[[nodiscard]] QColor categoryColour(EventCategory category);

[[nodiscard]] QColor sea();
[[nodiscard]] QColor land();  ///< land outside the territories the atlas follows
[[nodiscard]] QColor coastline();
[[nodiscard]] QColor lake();
[[nodiscard]] QColor text();
[[nodiscard]] QColor mutedText();
[[nodiscard]] QColor highlight();  ///< the current date, the selection

}  // namespace palette
}  // namespace okhotsk::app
