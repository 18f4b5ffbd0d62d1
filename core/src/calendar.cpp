// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/calendar.h"

#include <array>
#include <chrono>
#include <limits>

namespace okhotsk {

namespace {

// Both calendars are computed on a year that starts on 1 March, so the leap day is the
// last day of the shifted year and month lengths follow the 153-day five-month cycle.
// See Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".

// Day of the March-based year (0 = 1 March) of a month and day.
std::int64_t dayOfShiftedYear(int month, int day) noexcept {
  const std::int64_t shiftedMonth = month > 2 ? month - 3 : month + 9;  // March = 0
  return (153 * shiftedMonth + 2) / 5 + day - 1;
}

// Floor division: the C++ operator truncates towards zero, which is wrong before year 0.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// The civil date of a day of the March-based year `shiftedYear`.
CivilDate fromShiftedYear(std::int64_t shiftedYear, std::int64_t dayOfYear) noexcept {
  const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
  const auto day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
  const auto month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
  return CivilDate{shiftedYear + (month <= 2 ? 1 : 0), month, day};
}

// Day numbers of 0000-03-01 in each calendar (Julian 0000-03-01 is Gregorian 0000-02-28).
constexpr std::int64_t kGregorianEpochShift = 719468;
constexpr std::int64_t kJulianEpochShift = 719470;
constexpr std::int64_t kDaysPer400GregorianYears = 146097;
constexpr std::int64_t kDaysPer4JulianYears = 1461;

struct Era {
  DayNumber firstDay;
  std::int64_t firstGregorianYear;  // the Gregorian year of the era's year 1
  const char* romaji;
  const char* kanji;
  const char* cyrillic;
};

}  // namespace

bool isGregorianLeapYear(std::int64_t year) noexcept {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInGregorianMonth(std::int64_t year, int month) noexcept {
  static constexpr std::array<int, 12> kLengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && isGregorianLeapYear(year)) return 29;
  return kLengths[static_cast<std::size_t>(month - 1)];
}

bool isValidGregorianDate(std::int64_t year, int month, int day) noexcept {
  return day >= 1 && day <= daysInGregorianMonth(year, month);
}

DayNumber daysFromGregorian(std::int64_t year, int month, int day) noexcept {
  const std::int64_t shiftedYear = month <= 2 ? year - 1 : year;
  const std::int64_t era = floorDiv(shiftedYear, 400);
  const std::int64_t yearOfEra = shiftedYear - era * 400;  // [0, 399]
  const std::int64_t dayOfEra =
      yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfShiftedYear(month, day);
  return era * kDaysPer400GregorianYears + dayOfEra - kGregorianEpochShift;
}

DayNumber daysFromGregorian(const CivilDate& date) noexcept {
  return daysFromGregorian(date.year, date.month, date.day);
}

CivilDate gregorianFromDays(DayNumber day) noexcept {
  const std::int64_t z = day + kGregorianEpochShift;
  const std::int64_t era = floorDiv(z, kDaysPer400GregorianYears);
  const std::int64_t dayOfEra = z - era * kDaysPer400GregorianYears;  // [0, 146096]
  const std::int64_t yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;  // [0, 399]
  const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  return fromShiftedYear(yearOfEra + era * 400, dayOfYear);
}

DayNumber daysFromJulian(std::int64_t year, int month, int day) noexcept {
  const std::int64_t shiftedYear = month <= 2 ? year - 1 : year;
  const std::int64_t era = floorDiv(shiftedYear, 4);
  const std::int64_t yearOfEra = shiftedYear - era * 4;  // [0, 3]; year 3 ends with the leap day
  const std::int64_t dayOfEra = yearOfEra * 365 + dayOfShiftedYear(month, day);
  return era * kDaysPer4JulianYears + dayOfEra - kJulianEpochShift;
}

CivilDate julianFromDays(DayNumber day) noexcept {
  const std::int64_t z = day + kJulianEpochShift;
  const std::int64_t era = floorDiv(z, kDaysPer4JulianYears);
  const std::int64_t dayOfEra = z - era * kDaysPer4JulianYears;       // [0, 1460]
  const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460) / 365;  // day 1460 is the leap day
  const std::int64_t dayOfYear = dayOfEra - 365 * yearOfEra;
  return fromShiftedYear(yearOfEra + era * 4, dayOfYear);
}

DayNumber russianGregorianAdoptionDay() noexcept {
  return daysFromGregorian(1918, 2, 14);
}

bool isOldStyleInRussia(DayNumber day) noexcept {
  return day < russianGregorianAdoptionDay();
}

std::optional<JapaneseEraYear> japaneseEra(DayNumber day) {
  // Newest first. Meiji starts at the lunar new year of 1868 because the era was applied
  // retroactively to the whole year; Japan kept the lunisolar calendar until 1872, so for
  // Meiji 1–5 the era year is an approximation by Gregorian year, as is conventional.
  static const std::array<Era, 5> kEras{{
      {daysFromGregorian(2019, 5, 1), 2019, "Reiwa", "令和", "Рэйва"},
      {daysFromGregorian(1989, 1, 8), 1989, "Heisei", "平成", "Хэйсэй"},
      {daysFromGregorian(1926, 12, 25), 1926, "Shōwa", "昭和", "Сёва"},
      {daysFromGregorian(1912, 7, 30), 1912, "Taishō", "大正", "Тайсё"},
      {daysFromGregorian(1868, 1, 25), 1868, "Meiji", "明治", "Мэйдзи"},
  }};
  for (const Era& era : kEras) {
    if (day < era.firstDay) continue;
    const std::int64_t year = gregorianFromDays(day).year - era.firstGregorianYear + 1;
    // Only days millions of years ahead overflow; no era year can honestly be given there.
    if (year > std::numeric_limits<int>::max()) return std::nullopt;
    return JapaneseEraYear{era.romaji, era.kanji, era.cyrillic, static_cast<int>(year)};
  }
  return std::nullopt;
}

DayNumber today() noexcept {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<DayNumber>(now.time_since_epoch().count());
}

}  // namespace okhotsk
