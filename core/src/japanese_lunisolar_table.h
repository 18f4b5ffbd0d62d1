// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file japanese_lunisolar_table.h
/// The months of the Japanese lunisolar (Tenpō) calendar for the lunisolar years 1853–1872
/// and the eras proclaimed in them. Private to core: calendar.cpp turns it into day numbers.

#include <array>
#include <cstdint>
#include <span>

namespace okhotsk::lunisolar {

/// One lunisolar year. `year` is the Gregorian year in which its first day falls (every
/// lunisolar new year of the period falls in January or February).
struct YearRow {
  int year;
  /// 0 for a common year of 12 months; else the number of the month that is followed by an
  /// intercalary month (閏月) of the same number, making 13 months.
  int leapMonth;
  /// The Gregorian date (YYYYMMDD) of the first day of each month, in calendar order (the
  /// intercalary month right after the month it repeats); 0 past the last month.
  std::array<std::int32_t, 13> firstDays;
};

/// A pre-1873 era: from the day it was proclaimed, given as a lunisolar date, on.
struct EraRow {
  int lunisolarYear;  ///< the lunisolar year of the proclamation day; it is year 1 of the era
  int month;          ///< lunisolar month of the proclamation day (never intercalary here)
  int day;
  const char* romaji;
  const char* kanji;
  const char* cyrillic;
};

/// The table, oldest year first, without gaps.
[[nodiscard]] std::span<const YearRow> years() noexcept;

/// The eras in force from the table's first day to 1872-12-31, oldest first. The first
/// one began before the table (its proclamation day is not in it).
[[nodiscard]] std::span<const EraRow> eras() noexcept;

/// The lunisolar calendar's last day: 1872-12-31 (明治5年12月2日), followed by 1873-01-01
/// of the Gregorian calendar.
inline constexpr std::int32_t kLastDay = 18721231;

}  // namespace okhotsk::lunisolar
