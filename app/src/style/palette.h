#pragma once

#include "okhotsk/model.h"

#include <QColor>
#include <QString>

namespace okhotsk::app {

/// Colours used by every view, from the Okabe–Ito palette (safe for colour-blind readers).
/// States keep the same hue everywhere: map fills, hatching, legends and panels.
namespace palette {

/// Strong colour of a state (outline, hatching, legend swatch). Unknown ids are grey.
[[nodiscard]] QColor stateColour(const QString& stateId);
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
