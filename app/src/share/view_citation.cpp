// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/view_citation.h"

#include "text/panel_text.h"

#include "okhotsk/edtf.h"

#include <QStringList>

#include <algorithm>

namespace okhotsk::app {

namespace {

void addOnce(std::vector<std::string>& ids, const std::vector<std::string>& more) {
  for (const std::string& id : more)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

void addState(std::vector<std::string>& ids, const TerritoryState& state) {
  if (state.period != nullptr) addOnce(ids, state.period->sourceIds);
  if (state.alternative != nullptr) addOnce(ids, state.alternative->sourceIds);
}

}  // namespace

std::vector<std::string> viewSourceIds(const Dataset& dataset, const CitedView& view) {
  std::vector<std::string> ids;
  const Territory* territory = dataset.territory(view.territoryId.toStdString());
  const Event* event = dataset.event(view.eventId.toStdString());
  if (territory != nullptr) addState(ids, dataset.stateOf(*territory, view.day));
  if (event != nullptr) addOnce(ids, event->sourceIds);
  if (territory == nullptr && event == nullptr)
    for (const TerritoryState& state : dataset.stateOn(view.day))
      if (state.territory != nullptr && !state.territory->contextOnly) addState(ids, state);
  return ids;
}

QString viewCitation(const Dataset& dataset, const CitedView& view, const QString& version, Language language,
                     NamingOrder order) {
  const QString atlas = QCoreApplication::translate("okhotsk::app::Application", "Okhotsk Atlas");
  QStringList lines;
  lines << ViewCitationText::tr("%1 %2, map of %3.")
               .arg(atlas, version, QString::fromStdString(formatDay(view.day, language)));
  lines << ViewCitationText::tr("View: %1").arg(view.link);

  QStringList shown;
  if (const Territory* territory = dataset.territory(view.territoryId.toStdString()))
    shown << panel_text::bothNames(territory->namesOn(view.day), language, order);
  if (const Event* event = dataset.event(view.eventId.toStdString()))
    shown << QString::fromStdString(event->title.get(language));
  lines << (shown.isEmpty()
                ? ViewCitationText::tr("Sources shown (control of the territories on this date):")
                : ViewCitationText::tr("Sources shown (%1):").arg(shown.join(QStringLiteral("; "))));
  for (const std::string& id : viewSourceIds(dataset, view)) {
    const Source* source = dataset.source(id);
    if (source == nullptr) continue;
    QString line = QStringLiteral("- ") + panel_text::shortCitation(source->citation);
    if (!source->urls.empty()) line += QStringLiteral(" — ") + QString::fromStdString(source->urls.front());
    lines << line;
  }
  return lines.join(u'\n');
}

}  // namespace okhotsk::app
