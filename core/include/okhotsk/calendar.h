// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file calendar.h
/// Day arithmetic in the proleptic Gregorian and Julian calendars, and the
/// Japanese era (nengō) of a day. Everything in core counts time in whole days.

#include <cstdint>
#include <optional>
#include <string>

namespace okhotsk {

/// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before).
using DayNumber = std::int64_t;

/// Sentinels for open interval ends (".."): about ±12 billion years, beyond the largest
/// year the parser accepts (12 digits after 'Y'), so every real day compares strictly
/// between them and day arithmetic on them cannot overflow.
inline constexpr DayNumber kDayMin = -(DayNumber{1} << 52);
inline constexpr DayNumber kDayMax = DayNumber{1} << 52;

/// A calendar date (year, month 1–12, day 1–31). Year 0 is 1 BCE (astronomical numbering,
/// as in ISO 8601 and EDTF).
struct CivilDate {
  std::int64_t year = 1970;
  int month = 1;
  int day = 1;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] bool isGregorianLeapYear(std::int64_t year) noexcept;
[[nodiscard]] int daysInGregorianMonth(std::int64_t year, int month) noexcept;
/// True when year/month/day names a real day of the Gregorian calendar.
[[nodiscard]] bool isValidGregorianDate(std::int64_t year, int month, int day) noexcept;

[[nodiscard]] DayNumber daysFromGregorian(std::int64_t year, int month, int day) noexcept;
[[nodiscard]] DayNumber daysFromGregorian(const CivilDate& date) noexcept;
[[nodiscard]] CivilDate gregorianFromDays(DayNumber day) noexcept;

/// The Julian ("Old Style") calendar, used in Russia until 1918-01-31 O.S.
[[nodiscard]] DayNumber daysFromJulian(std::int64_t year, int month, int day) noexcept;
[[nodiscard]] CivilDate julianFromDays(DayNumber day) noexcept;

/// 1918-02-14, the first day of the Gregorian calendar in Soviet Russia.
[[nodiscard]] DayNumber russianGregorianAdoptionDay() noexcept;
/// True for days before 1918-02-14, when Russian sources date by the Julian calendar.
[[nodiscard]] bool isOldStyleInRussia(DayNumber day) noexcept;

/// A Japanese era year: Meiji 1868–1912, Taishō, Shōwa, Heisei, Reiwa.
struct JapaneseEraYear {
  std::string eraRomaji;    ///< "Shōwa"
  std::string eraKanji;     ///< "昭和"
  std::string eraCyrillic;  ///< "Сёва"
  int year = 0;             ///< 1-based; year 1 is written 元年 in Japanese.
};

/// The Japanese era year of a day, from the start of Meiji (1868-01-25, the first day
/// of Meiji 1 after the era was applied retroactively) on; empty before that.
/// Eras change on their proclaimed Gregorian day (e.g. Shōwa from 1926-12-25).
[[nodiscard]] std::optional<JapaneseEraYear> japaneseEra(DayNumber day);

/// Today's date from the system clock (UTC).
[[nodiscard]] DayNumber today() noexcept;

}  // namespace okhotsk
