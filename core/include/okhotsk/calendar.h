// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file calendar.h
/// Day arithmetic in the proleptic Gregorian and Julian calendars, the Japanese lunisolar
/// date of a day before 1873 and the Japanese era (nengō) of a day. Everything in core
/// counts time in whole days.

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

/// A Japanese era year: Kaei … Keiō before Meiji, then Meiji 1868–1912, Taishō, Shōwa,
/// Heisei, Reiwa.
struct JapaneseEraYear {
  std::string eraRomaji;    ///< "Shōwa"
  std::string eraKanji;     ///< "昭和"
  std::string eraCyrillic;  ///< "Сёва"
  int year = 0;             ///< 1-based; year 1 is written 元年 in Japanese.
  friend bool operator==(const JapaneseEraYear&, const JapaneseEraYear&) = default;
};

/// The first day of the Gregorian calendar in Japan: 1873-01-01 (明治6年1月1日), which
/// followed 明治5年12月2日 of the lunisolar calendar.
[[nodiscard]] DayNumber japaneseGregorianAdoptionDay() noexcept;

/// The first and last day for which the lunisolar date is known here: 1853-02-08
/// (嘉永6年1月1日) and 1872-12-31 (明治5年12月2日).
[[nodiscard]] DayNumber japaneseLunisolarFirstDay() noexcept;
[[nodiscard]] DayNumber japaneseLunisolarLastDay() noexcept;

/// A day of the Japanese lunisolar (Tenpō) calendar, used until 1872-12-31.
struct LunisolarDate {
  JapaneseEraYear era;     ///< the era and the era year of that day
  int month = 1;           ///< 1–12
  bool leapMonth = false;  ///< the intercalary month (閏月) that repeats `month`
  int day = 1;             ///< 1–30
  friend bool operator==(const LunisolarDate&, const LunisolarDate&) = default;
};

/// The lunisolar date of a day from 1853-02-08 to 1872-12-31, from a table of the first day
/// of every month (core/src/japanese_lunisolar_table.cpp names its sources); empty outside.
[[nodiscard]] std::optional<LunisolarDate> japaneseLunisolarDate(DayNumber day);

/// The day of a lunisolar date, if it is in the table and exists (a 29-day month has no 30th
/// day; only the year's intercalary month, if any, can be `leapMonth`). `year` names the
/// lunisolar year by the Gregorian year of its first day (安政2年 is 1855).
[[nodiscard]] std::optional<DayNumber> daysFromJapaneseLunisolar(int year, int month, bool leapMonth,
                                                                 int day);

/// The Japanese era year of a day, from 1853-02-08 on; empty before.
/// - Before 1873 the era year is counted in lunisolar years: it changes at the lunisolar new
///   year, not on 1 January (January 1869 is still Meiji 1), and an era applies from the day
///   it was proclaimed (Ansei from 1855-01-15, 嘉永7年11月27日; the rest of that lunisolar
///   year is Ansei 1). Meiji, proclaimed on 1868-10-23, applies from 1868-01-25 (慶応4年1月1日)
///   because it was given to the whole year.
/// - From 1873 on, eras change on their proclaimed Gregorian day (e.g. Shōwa from 1926-12-25)
///   and the era year on 1 January.
[[nodiscard]] std::optional<JapaneseEraYear> japaneseEra(DayNumber day);

/// Today's date from the system clock (UTC).
[[nodiscard]] DayNumber today() noexcept;

}  // namespace okhotsk
