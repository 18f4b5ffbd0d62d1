// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The fixed words of okhotsk-cli's text output in the atlas's three languages, so that
/// `--lang ja` and `--lang ru` print no English sentence: the data's own texts (titles,
/// summaries, bases, positions, state names) come in the chosen language from the dataset,
/// and the words around them from here.

#include "okhotsk/language.h"
#include "okhotsk/model.h"

#include <string>
#include <string_view>

namespace okhotsk::cli {

enum class Phrase : unsigned char {
  On,               ///< "On %1" (the date of `state`)
  FirstDayOf,       ///< "; the first day of %1"
  NoPeriod,         ///< no control period covers the day
  Uncertain,        ///< the hand-over falls within an imprecise date
  AdministeredBy,   ///< "administered by %1"
  ClaimedBy,        ///< "claimed by %1"
  Disputed,         ///< "disputed"
  InForce,          ///< "in force: %1"
  Basis,            ///< "basis: %1"
  Sources,          ///< "sources: %1"
  EventsFromTo,     ///< "%1 events from %2 to %3:"
  Unconfirmed,      ///< "(unconfirmed)"
  NoFigure,         ///< "(no figure)"
  Derived,          ///< "derived"
  YearUncertain,    ///< "year uncertain"
  ListSeparator,    ///< ", "
  ClauseSeparator,  ///< "; "
};

/// The phrase in `language`; "%1", "%2", "%3" mark where values go (see fill()).
[[nodiscard]] std::string_view phrase(Phrase phrase, Language language) noexcept;
/// `pattern` with "%1", "%2", "%3" replaced by the values given.
[[nodiscard]] std::string fill(std::string_view pattern, std::string_view a, std::string_view b = {},
                               std::string_view c = {});

/// "sovereignty", "主権", "суверенитет", …
[[nodiscard]] std::string_view controlKindName(ControlKind kind, Language language) noexcept;
/// "treaty", "条約", "договор", …
[[nodiscard]] std::string_view eventCategoryName(EventCategory category, Language language) noexcept;
/// "about", "約", "около", …; empty for Exact.
[[nodiscard]] std::string_view tradeBoundName(TradeBound bound, Language language) noexcept;

}  // namespace okhotsk::cli
