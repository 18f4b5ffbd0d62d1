// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/view_citation.h"

#include "text/panel_text.h"

#include "okhotsk/citation_export.h"
#include "okhotsk/edtf.h"

#include <QStringList>

namespace okhotsk::app {

// The rule lives in core (viewCitedSourceIds), shared with okhotsk-cli sources --date and the
// tour's bibliography, so that every way of citing a view names the same sources.
std::vector<std::string> viewSourceIds(const Dataset& dataset, const CitedView& view) {
  return viewCitedSourceIds(
      dataset, CitedSelection{view.day, view.territoryId.toStdString(), view.eventId.toStdString()});
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
