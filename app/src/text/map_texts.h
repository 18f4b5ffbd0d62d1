// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/language.h"
#include "okhotsk/projection.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace okhotsk::app {

/// The words the map draws (legend, credit, scale) and the one-line state of a territory.
/// The fixed words come from the interface's translation catalogue (tr(), .ts files under
/// resources/translations), so they follow the same language switch as the rest of the
/// interface; the states' names come from the dataset in `language`.
class MapText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::MapText)
};

enum class MapPhrase : unsigned char {
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
  Credit,            ///< both: GSHHG's coastlines and the dataset's features are drawn
  CreditCoastlines,  ///< GSHHG's coastlines only (a dataset without features)
  CreditData,        ///< the dataset's features only (no coastline level loaded)
};

/// The phrase in the interface's language.
[[nodiscard]] QString mapPhrase(MapPhrase phrase);
/// The credit line for what a frame draws: GSHHG only when its coastlines are drawn, the
/// data's sources only when the dataset has features; empty when neither is drawn.
[[nodiscard]] QString creditText(bool coastlinesDrawn, bool dataDrawn);
/// The projection of a map plane by its name and parameters, read from core's definition
/// (okhotsk/projection.h): "Lambert conformal conic, standard parallels 38° N and 52° N,
/// central meridian 145° E; WGS 84". For the map's credit and the exports' furniture.
[[nodiscard]] QString projectionText(MapProjection projection);
/// "38° N", "145° E", "20.5° S": a whole or decimal angle with its hemisphere.
[[nodiscard]] QString degreesText(double degrees, bool latitude);
/// "43°30′00″ N, 146°30′00″ E": a position in degrees, minutes and whole seconds.
[[nodiscard]] QString dmsText(double lon, double lat);
/// "12 km": a distance on the map's scale bar and the measuring tool.
[[nodiscard]] QString kilometresText(const QString& number);
/// A state's short name for labels from the states layer ("USSR", "ソ連", "СССР"; the full
/// name where the layer gives no short one); the id itself for a state the dataset lacks.
[[nodiscard]] QString stateShortName(const Dataset& dataset, std::string_view stateId, Language language);
/// "Treaty", "条約", "Договор": the one name of a category, for the map legend, the timeline,
/// the event list and the panels alike.
[[nodiscard]] QString eventCategoryName(EventCategory category);
/// "administered by USSR · claimed by Japan" for one territory's state: the sentence from the
/// interface's catalogue, the states' names in `language`.
[[nodiscard]] QString describeTerritoryState(const Dataset& dataset, const TerritoryState& state,
                                             Language language);

}  // namespace okhotsk::app
