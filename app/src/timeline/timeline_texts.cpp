// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_texts.h"

#include "text/map_texts.h"
#include "timeline/time_axis.h"

#include "okhotsk/dataset.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace okhotsk::app {

namespace {

QString fromStd(const std::string& text) {
  return QString::fromStdString(text);
}

}  // namespace

QString legendWord(LegendWord word) {
  switch (word) {
    case LegendWord::Imprecise:
      return QCoreApplication::translate("okhotsk::app::TimelineWidget", "date imprecise or uncertain",
                                         "timeline legend: a soft, dashed mark");
    case LegendWord::Unconfirmed:
      return QCoreApplication::translate(
          "okhotsk::app::TimelineWidget", "unconfirmed",
          "timeline legend: a hollow mark; an event the sources do not confirm");
    case LegendWord::ControlChange:
      return QCoreApplication::translate("okhotsk::app::TimelineWidget", "control changes",
                                         "timeline legend and tooltip heading: a territory changes hands");
  }
  return {};
}

QString eventsToolTip(const Dataset& dataset, std::span<const EventMark> marks, QPointF position,
                      double reach, Language language) {
  QString text;
  int shown = 0;
  int more = 0;
  for (const EventMark& mark : marks) {
    if (!mark.rect.adjusted(-reach, -reach, reach, reach).contains(position)) continue;
    if (shown == 4) {
      ++more;
      continue;
    }
    const Event& event = dataset.events()[mark.eventIndex];
    if (!text.isEmpty()) text += QStringLiteral("<hr/>");
    text += QStringLiteral("<b>%1</b><br/>%2 · %3")
                .arg(fromStd(event.title.get(language)).toHtmlEscaped(),
                     fromStd(formatEdtf(event.date, language)).toHtmlEscaped(),
                     eventCategoryName(event.category).toHtmlEscaped());
    if (event.confidence == Confidence::Unconfirmed)
      text += QStringLiteral(" · <i>%1</i>").arg(legendWord(LegendWord::Unconfirmed));
    ++shown;
  }
  // Translated in the timeline's context, where the words were before.
  if (more > 0)
    text += QStringLiteral("<br/>") +
            QCoreApplication::translate("okhotsk::app::TimelineWidget", "and %n more", nullptr, more);
  return text;
}

QString densityToolTip(EventCategory category, DayRange days, int count, Language language) {
  if (count <= 0) return {};
  const QString when = days.first == days.last ? dayLabel(days.first, language)
                                               : QStringLiteral("%1 – %2").arg(dayLabel(days.first, language),
                                                                               dayLabel(days.last, language));
  const QString howMany = QCoreApplication::translate(
      "okhotsk::app::TimelineWidget", "%n event(s)",
      "timeline tooltip: how many events one bar of the density view stands for", count);
  return QStringLiteral("<b>%1</b><br/>%2 · %3")
      .arg(howMany.toHtmlEscaped(), eventCategoryName(category).toHtmlEscaped(), when.toHtmlEscaped());
}

QString controlChangesToolTip(const Dataset& dataset, DayNumber day, DayNumber slack, Language language,
                              NamingOrder order) {
  QStringList lines;
  for (const ControlPeriod& period : dataset.controlPeriods()) {
    if (period.interval.start().kind != EndpointKind::Date) continue;
    const DayRange days = period.interval.start().date.range();
    if (days.last < day - slack || days.first > day + slack) continue;
    const Territory* territory = dataset.territory(period.territoryId);
    QStringList administrators;
    for (const std::string& id : period.administeredBy)
      if (const State* state = dataset.state(id)) administrators << fromStd(state->name.get(language));
    lines << QStringLiteral("%1 → %2 (%3)")
                 .arg(territory != nullptr ? fromStd(territory->names.label(language, order)).toHtmlEscaped()
                                           : fromStd(period.territoryId).toHtmlEscaped(),
                      administrators.join(QStringLiteral(", ")).toHtmlEscaped(),
                      fromStd(formatEdtf(Edtf(period.interval.start().date), language)).toHtmlEscaped());
    if (lines.size() == 8) break;
  }
  if (lines.isEmpty()) return {};
  return QStringLiteral("<b>%1</b><br/>").arg(legendWord(LegendWord::ControlChange)) +
         lines.join(QStringLiteral("<br/>"));
}

}  // namespace okhotsk::app
