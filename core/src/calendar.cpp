// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/calendar.h"

#include "japanese_lunisolar_table.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>
#include <vector>

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

namespace {

DayNumber dayFromYyyymmdd(std::int32_t yyyymmdd) noexcept {
  return daysFromGregorian(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

// One month of the lunisolar table as day numbers.
struct LunisolarMonth {
  DayNumber firstDay;
  int year;  // the lunisolar year, named by the Gregorian year of its first day
  int month;
  bool leap;
};

// Every month of the table, oldest first, followed by a sentinel month that starts the day
// after the last lunisolar day.
const std::vector<LunisolarMonth>& lunisolarMonths() {
  static const std::vector<LunisolarMonth> months = [] {
    std::vector<LunisolarMonth> result;
    for (const lunisolar::YearRow& row : lunisolar::years()) {
      int month = 0;
      for (std::size_t i = 0; i < row.firstDays.size() && row.firstDays[i] != 0; ++i) {
        // The intercalary month follows the month it repeats and keeps its number.
        const bool leap =
            row.leapMonth != 0 && month == row.leapMonth && i == static_cast<std::size_t>(month);
        if (!leap) ++month;
        result.push_back({dayFromYyyymmdd(row.firstDays[i]), row.year, month, leap});
      }
    }
    result.push_back({dayFromYyyymmdd(lunisolar::kLastDay) + 1, 0, 0, false});
    return result;
  }();
  return months;
}

// The era in force on a day of the lunisolar table, with the lunisolar year it began in.
struct LunisolarEra {
  DayNumber firstDay;
  const lunisolar::EraRow* row;
};

const std::vector<LunisolarEra>& lunisolarEras() {
  static const std::vector<LunisolarEra> eras = [] {
    std::vector<LunisolarEra> result;
    for (const lunisolar::EraRow& row : lunisolar::eras()) {
      // An era proclaimed before the table starts is in force from the table's first day.
      const std::optional<DayNumber> first =
          daysFromJapaneseLunisolar(row.lunisolarYear, row.month, false, row.day);
      result.push_back({first.value_or(japaneseLunisolarFirstDay()), &row});
    }
    return result;
  }();
  return eras;
}

struct Era {
  DayNumber firstDay;
  std::int64_t firstGregorianYear;  // the Gregorian year of the era's year 1
  const char* romaji;
  const char* kanji;
  const char* cyrillic;
};

}  // namespace

DayNumber japaneseGregorianAdoptionDay() noexcept {
  return daysFromGregorian(1873, 1, 1);
}

DayNumber japaneseLunisolarFirstDay() noexcept {
  return dayFromYyyymmdd(lunisolar::years().front().firstDays.front());
}

DayNumber japaneseLunisolarLastDay() noexcept {
  return dayFromYyyymmdd(lunisolar::kLastDay);
}

std::optional<DayNumber> daysFromJapaneseLunisolar(int year, int month, bool leapMonth, int day) {
  const std::vector<LunisolarMonth>& months = lunisolarMonths();
  for (std::size_t i = 0; i + 1 < months.size(); ++i) {
    const LunisolarMonth& m = months[i];
    if (m.year != year || m.month != month || m.leap != leapMonth) continue;
    const DayNumber length = months[i + 1].firstDay - m.firstDay;
    if (day < 1 || day > length) return std::nullopt;
    return m.firstDay + day - 1;
  }
  return std::nullopt;
}

std::optional<LunisolarDate> japaneseLunisolarDate(DayNumber day) {
  if (day < japaneseLunisolarFirstDay() || day > japaneseLunisolarLastDay()) return std::nullopt;
  const std::vector<LunisolarMonth>& months = lunisolarMonths();
  // The last month that starts on or before the day (the sentinel starts after every day).
  const auto next = std::upper_bound(months.begin(), months.end(), day,
                                     [](DayNumber d, const LunisolarMonth& m) { return d < m.firstDay; });
  const LunisolarMonth& month = *std::prev(next);
  const std::vector<LunisolarEra>& eras = lunisolarEras();
  const auto eraAfter = std::upper_bound(eras.begin(), eras.end(), day,
                                         [](DayNumber d, const LunisolarEra& e) { return d < e.firstDay; });
  const lunisolar::EraRow& era = *std::prev(eraAfter)->row;
  LunisolarDate date;
  date.era = JapaneseEraYear{era.romaji, era.kanji, era.cyrillic, month.year - era.lunisolarYear + 1};
  date.month = month.month;
  date.leapMonth = month.leap;
  date.day = static_cast<int>(day - month.firstDay) + 1;
  return date;
}

std::optional<JapaneseEraYear> japaneseEra(DayNumber day) {
  if (day < japaneseGregorianAdoptionDay()) {
    if (auto date = japaneseLunisolarDate(day)) return date->era;
    return std::nullopt;
  }
  // Newest first. From 1873 the era year follows the Gregorian year; Meiji 6 is 1873.
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
