// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/map_description.h"

#include "text/map_texts.h"
#include "text/panel_text.h"

#include "okhotsk/edtf.h"

#include <QStringList>

namespace okhotsk::app {

QString mapDescription(const Dataset& dataset, DayNumber day, Language language, NamingOrder order) {
  QStringList parts;
  parts << MapText::tr("Map on %1.", "for screen readers; %1 is the date")
               .arg(QString::fromStdString(formatDay(day, language)));
  const std::vector<TerritoryState> states = dataset.stateOn(day);
  const std::span<const Territory> territories = dataset.territories();
  for (std::size_t i = 0; i < territories.size() && i < states.size(); ++i)
    parts << MapText::tr("%1: %2.", "for screen readers: a territory's names, then its state on the day")
                 .arg(panel_text::bothNames(territories[i].names, language, order),
                      describeTerritoryState(dataset, states[i], language));
  return parts.join(QLatin1Char(' '));
}

}  // namespace okhotsk::app
