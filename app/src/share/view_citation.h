// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace okhotsk::app {

/// The translation context of the citation of a view.
class ViewCitationText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::ViewCitationText)
};

/// What a view shows and cites.
struct CitedView {
  DayNumber day = 0;
  QString link;         ///< the view link (encodeViewLink)
  QString territoryId;  ///< selected territory; empty for none
  QString eventId;      ///< selected event; empty for none
};

/// The sources behind what the view shows: the selected territory's control on that day and
/// the selected event; with nothing selected, the control of every territory of the story
/// (not the context-only ones) on that day. Each source once, in first-cited order.
[[nodiscard]] std::vector<std::string> viewSourceIds(const Dataset& dataset, const CitedView& view);

/// Edit → Copy Citation for This View: the atlas's name and version, the date spelled out,
/// the view link and the sources shown (short citation and address), in `language`:
///
///   Okhotsk Atlas 0.9, map of 30 August 1945.
///   View: okhotsk:1945-08-30?v=1&…
///   Sources shown (Etorofu / Iturup):
///   - Ministry of Foreign Affairs of Japan — https://…
[[nodiscard]] QString viewCitation(const Dataset& dataset, const CitedView& view, const QString& version,
                                   Language language, NamingOrder order);

}  // namespace okhotsk::app
