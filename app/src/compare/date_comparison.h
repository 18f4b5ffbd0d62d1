// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file date_comparison.h
/// What changed between two dates, from the dataset's own queries: the territories whose
/// administrator or claimants differ (from → to), the boundaries that came into force or
/// lapsed, and the events in between. The words for it, in the display language, too.

#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace okhotsk::app {

/// The translation context of the compare view's words.
class CompareText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::CompareText)
};

/// One territory whose control differs between the two dates.
struct TerritoryChange {
  const Territory* territory = nullptr;
  const ControlPeriod* before = nullptr;  ///< in force on the earlier date (nullptr: none recorded)
  const ControlPeriod* after = nullptr;   ///< in force on the later date (nullptr: none recorded)
  /// On a date inside an imprecise hand-over, the later candidate period (TerritoryState).
  const ControlPeriod* beforeAlternative = nullptr;
  const ControlPeriod* afterAlternative = nullptr;
  [[nodiscard]] bool administratorChanged() const;
  [[nodiscard]] bool claimantsChanged() const;
};

/// One boundary in force on one date and not on the other.
struct BoundaryChange {
  const Boundary* boundary = nullptr;
  bool cameIntoForce = false;  ///< true: in force on the later date only; false: the earlier only
};

/// The difference between two days (ordered: `earlier` <= `later` whatever order they came in).
struct DateComparison {
  DayNumber earlier = 0;
  DayNumber later = 0;
  std::vector<TerritoryChange> territories;  ///< in territories() order
  std::vector<BoundaryChange> boundaries;    ///< lapsed first, then new, each in dataset order
  std::vector<const Event*> events;          ///< overlapping (earlier, later], in date order
  [[nodiscard]] bool empty() const noexcept {
    return territories.empty() && boundaries.empty() && events.empty();
  }
};

/// Compares the state of the dataset on two days. Only the periods' administering and
/// claiming states count as a change of control (a new period with the same states, such as
/// a change of kind from occupation to administration, is not listed as one).
[[nodiscard]] DateComparison compareDates(const Dataset& dataset, DayNumber first, DayNumber second);

/// The words of a comparison, one line per item, in the display language.
struct ComparisonText {
  /// "Etorofu / Iturup — administered by: Japan → Soviet Union; …"; on a date inside an
  /// imprecise hand-over both candidates are named ("Japan, Russian Empire or Russian Empire
  /// (the day is uncertain)").
  QStringList territories;
  QStringList boundaries;  ///< "came into force: …" / "no longer in force: …"
  QStringList events;      ///< "28 August 1945 — Soviet landing on Etorofu"
};
[[nodiscard]] ComparisonText describeComparison(const Dataset& dataset, const DateComparison& comparison,
                                                Language language, NamingOrder order);

/// The state ids administering / claiming under a period (empty for none), sorted, for comparing.
[[nodiscard]] std::vector<std::string> sortedStates(const std::vector<std::string>& ids);

}  // namespace okhotsk::app
