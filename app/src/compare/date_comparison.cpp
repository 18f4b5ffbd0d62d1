// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/date_comparison.h"

#include "text/panel_text.h"

#include "okhotsk/edtf.h"

#include <algorithm>
#include <utility>

namespace okhotsk::app {

namespace {

const std::vector<std::string>& administrators(const ControlPeriod* period) {
  static const std::vector<std::string> kNone;
  return period != nullptr ? period->administeredBy : kNone;
}

const std::vector<std::string>& claimants(const ControlPeriod* period) {
  static const std::vector<std::string> kNone;
  return period != nullptr ? period->claimedBy : kNone;
}

QString statesOrNone(const Dataset& dataset, const std::vector<std::string>& ids, Language language) {
  if (ids.empty()) return CompareText::tr("none recorded");
  return panel_text::stateList(dataset, ids, language);
}

}  // namespace

std::vector<std::string> sortedStates(const std::vector<std::string>& ids) {
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return sorted;
}

bool TerritoryChange::administratorChanged() const {
  return sortedStates(administrators(before)) != sortedStates(administrators(after));
}

bool TerritoryChange::claimantsChanged() const {
  return sortedStates(claimants(before)) != sortedStates(claimants(after));
}

DateComparison compareDates(const Dataset& dataset, DayNumber first, DayNumber second) {
  DateComparison result;
  result.earlier = std::min(first, second);
  result.later = std::max(first, second);
  const std::vector<TerritoryState> before = dataset.stateOn(result.earlier);
  const std::vector<TerritoryState> after = dataset.stateOn(result.later);
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    TerritoryChange change{before[i].territory, before[i].period, after[i].period, before[i].alternative,
                           after[i].alternative};
    if (change.administratorChanged() || change.claimantsChanged()) result.territories.push_back(change);
  }

  const std::vector<const Boundary*> boundariesBefore = dataset.boundariesOn(result.earlier);
  const std::vector<const Boundary*> boundariesAfter = dataset.boundariesOn(result.later);
  const auto holds = [](const std::vector<const Boundary*>& list, const Boundary* boundary) {
    return std::find(list.begin(), list.end(), boundary) != list.end();
  };
  for (const Boundary* boundary : boundariesBefore)
    if (!holds(boundariesAfter, boundary)) result.boundaries.push_back({boundary, false});
  for (const Boundary* boundary : boundariesAfter)
    if (!holds(boundariesBefore, boundary)) result.boundaries.push_back({boundary, true});

  if (result.later > result.earlier)
    result.events = dataset.eventsIn(DayRange{result.earlier + 1, result.later});
  return result;
}

ComparisonText describeComparison(const Dataset& dataset, const DateComparison& comparison, Language language,
                                  NamingOrder order) {
  ComparisonText text;
  for (const TerritoryChange& change : comparison.territories) {
    QStringList parts;
    using States = const std::vector<std::string>& (*)(const ControlPeriod*);
    // One side's states; both candidates when the day is uncertain and they differ.
    const auto side = [&](States states, const ControlPeriod* period, const ControlPeriod* alternative) {
      QString named = statesOrNone(dataset, states(period), language);
      if (alternative == nullptr || sortedStates(states(alternative)) == sortedStates(states(period)))
        return named;
      return CompareText::tr("%1 or %2 (the day is uncertain)")
          .arg(named, statesOrNone(dataset, states(alternative), language));
    };
    if (change.administratorChanged())
      parts << CompareText::tr("administered by: %1 → %2")
                   .arg(side(administrators, change.before, change.beforeAlternative),
                        side(administrators, change.after, change.afterAlternative));
    if (change.claimantsChanged())
      parts << CompareText::tr("claimed by: %1 → %2")
                   .arg(side(claimants, change.before, change.beforeAlternative),
                        side(claimants, change.after, change.afterAlternative));
    const QString name = panel_text::bothNames(change.territory->namesOn(comparison.later), language, order);
    text.territories << CompareText::tr("%1 — %2", "territory — what changed")
                            .arg(name, parts.join(CompareText::tr("; ", "between two changes")));
  }
  for (const BoundaryChange& change : comparison.boundaries) {
    const QString name = panel_text::qs(change.boundary->name.get(language));
    text.boundaries << (change.cameIntoForce ? CompareText::tr("came into force: %1").arg(name)
                                             : CompareText::tr("no longer in force: %1").arg(name));
  }
  for (const Event* event : comparison.events)
    text.events << CompareText::tr("%1 — %2", "event date — title")
                       .arg(panel_text::qs(formatEdtf(event->date, language)),
                            panel_text::qs(event->title.get(language)));
  return text;
}

}  // namespace okhotsk::app
