// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file panel_text.h
/// Wording shared by the event and territory panels, the control-history table and the
/// trade chart: short citations, state names in running text, control kinds, the
/// precision of a date in words, HTML lists of sources. Kept in one place so that the same
/// fact reads the same way in every view. Stateless functions; nothing is owned.

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace okhotsk::app {
/// The translation context of the panels' shared wording.
class PanelText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::PanelText)
};
}  // namespace okhotsk::app

namespace okhotsk::app::panel_text {

[[nodiscard]] inline QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

/// A short form of a citation for legends and table cells; the full citation belongs in a
/// tooltip. Author–year citations become "Barbieri & Keshk 2016"; others keep their first
/// part, and the second when both are short ("TASS, economy news item 724579",
/// "Jamestown Foundation, Monitor").
[[nodiscard]] QString shortCitation(const std::string& citation);

/// A state's name in the display language; the id itself when the state is unknown.
[[nodiscard]] QString stateName(const Dataset& dataset, const std::string& stateId, Language language);
/// The same for use inside an English sentence: "the Russian Federation", "Japan".
[[nodiscard]] QString stateNameInSentence(const Dataset& dataset, const std::string& stateId,
                                          Language language);
/// "Japan", "Japan and the Soviet Union", "A, B and C" (in-sentence forms).
[[nodiscard]] QString stateListInSentence(const Dataset& dataset, const std::vector<std::string>& stateIds,
                                          Language language);
/// "Japan, Soviet Union" (plain names, for table cells).
[[nodiscard]] QString stateList(const Dataset& dataset, const std::vector<std::string>& stateIds,
                                Language language);

/// Both usages of a place's name whatever the naming order ("Alpha-jima / Alfa"); with the
/// English order the exonym comes first and the usages follow in brackets, so that neither
/// usage is ever hidden.
[[nodiscard]] QString bothNames(const PlaceNames& names, Language language, NamingOrder order);

/// "Sovereignty", "Military occupation", ... in the interface's language.
[[nodiscard]] QString controlKindName(ControlKind kind);

/// "known to the day", "known to the month", ... for one date.
[[nodiscard]] QString precisionWords(Precision precision);
/// The precision and qualifiers of a date or interval in words:
/// "known to the year; uncertain", "start known to the day, end known to the year; end approximate".
[[nodiscard]] QString dateQualityWords(const Edtf& date);

/// The state of a territory on a day in neutral words, as two separate facts, in the display
/// language: "Administered by the Russian Federation; claimed by Japan."
[[nodiscard]] QString controlSentence(const Dataset& dataset, const ControlPeriod& period, Language language);

/// A period's basis and, for a disputed period, both legal positions side by side, each
/// attributed to its state and followed by its sources, as HTML in the display language.
/// Empty parts are left out.
[[nodiscard]] QString basisAndPositionsHtml(const Dataset& dataset, const ControlPeriod& period,
                                            Language language);

/// An HTML list of the sources: citation and, when `links` is true, clickable addresses
/// (plain text otherwise, e.g. in the kiosk).
[[nodiscard]] QString sourcesHtml(const Dataset& dataset, const std::vector<std::string>& sourceIds,
                                  bool links);
/// Citations joined by "; " (plain text, for tooltips and copies).
[[nodiscard]] QString citationsText(const Dataset& dataset, const std::vector<std::string>& sourceIds);

/// "9,000 km²" with the locale's digit grouping.
[[nodiscard]] QString areaText(double squareKilometres);

}  // namespace okhotsk::app::panel_text
