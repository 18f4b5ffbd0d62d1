#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QString>

#include <string_view>

namespace okhotsk::app {

/// The few fixed words the map draws (legend, state descriptions, credit), in the three
/// languages of the atlas. They follow DisplaySettings::language() like the data's own texts,
/// also in headless output where no translator is installed, so they live in a table here
/// rather than in .ts files.
enum class MapPhrase : unsigned char {
  AdministeredBy,
  OccupiedBy,
  ClaimedBy,
  Joint,
  Transition,
  UncertainDay,
  NotRecorded,
  LegendAdministered,
  LegendClaimed,
  LegendDisputed,
  LegendJoint,
  LegendUncertain,
  LegendBoundary,
  LegendSchematic,
  LegendEvents,
  LegendImprecise,
  LegendLater,
  Credit,
  Kilometres,
};

/// The phrase in `language`. Phrases ending in ": " take a state name after them.
[[nodiscard]] QString mapPhrase(MapPhrase phrase, Language language);
/// A state's short name for labels from the states layer ("USSR", "ソ連", "СССР"; the full
/// name where the layer gives no short one); the id itself for a state the dataset lacks.
[[nodiscard]] QString stateShortName(const Dataset& dataset, std::string_view stateId, Language language);
/// "Treaty", "条約", "Договор": the one name of a category, for the map legend, the timeline,
/// the event list and the panels alike.
[[nodiscard]] QString eventCategoryName(EventCategory category, Language language);
/// "administered by USSR · claimed by Japan" for one territory's state.
[[nodiscard]] QString describeTerritoryState(const Dataset& dataset, const TerritoryState& state,
                                             Language language);

}  // namespace okhotsk::app
