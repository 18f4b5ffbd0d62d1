// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/calendar.h"

#include <gtest/gtest.h>

#include <ctime>

namespace okhotsk {
namespace {

// Reference day numbers computed independently (Python's datetime.date and Julian Day
// Numbers: JDN 2440588 is 1970-01-01).
TEST(GregorianTest, KnownDayNumbers) {
  EXPECT_EQ(daysFromGregorian(1970, 1, 1), 0);
  EXPECT_EQ(daysFromGregorian(1969, 12, 31), -1);
  EXPECT_EQ(daysFromGregorian(1970, 1, 2), 1);
  EXPECT_EQ(daysFromGregorian(2000, 3, 1), 11017);
  EXPECT_EQ(daysFromGregorian(1956, 10, 19), -4822);
  EXPECT_EQ(daysFromGregorian(1900, 1, 1), -25567);
  EXPECT_EQ(daysFromGregorian(1918, 2, 14), -18949);
  EXPECT_EQ(daysFromGregorian(1582, 10, 15), -141427);
  EXPECT_EQ(daysFromGregorian(1, 1, 1), -719162);
  EXPECT_EQ(daysFromGregorian(0, 3, 1), -719468);
  EXPECT_EQ(daysFromGregorian(9999, 12, 31), 2932896);
  EXPECT_EQ(daysFromGregorian(CivilDate{1945, 8, 28}), -8892);
}

TEST(GregorianTest, DaysToCivilDate) {
  EXPECT_EQ(gregorianFromDays(0), (CivilDate{1970, 1, 1}));
  EXPECT_EQ(gregorianFromDays(-1), (CivilDate{1969, 12, 31}));
  EXPECT_EQ(gregorianFromDays(11017), (CivilDate{2000, 3, 1}));
  EXPECT_EQ(gregorianFromDays(11016), (CivilDate{2000, 2, 29}));
  EXPECT_EQ(gregorianFromDays(-4822), (CivilDate{1956, 10, 19}));
  EXPECT_EQ(gregorianFromDays(-719162), (CivilDate{1, 1, 1}));
  EXPECT_EQ(gregorianFromDays(-719163), (CivilDate{0, 12, 31}));
}

TEST(GregorianTest, LeapYears) {
  EXPECT_TRUE(isGregorianLeapYear(2000));
  EXPECT_FALSE(isGregorianLeapYear(1900));
  EXPECT_TRUE(isGregorianLeapYear(1956));
  EXPECT_FALSE(isGregorianLeapYear(1955));
  EXPECT_TRUE(isGregorianLeapYear(0));
  EXPECT_TRUE(isGregorianLeapYear(-4));
  EXPECT_FALSE(isGregorianLeapYear(-1));
  EXPECT_FALSE(isGregorianLeapYear(-100));
  EXPECT_TRUE(isGregorianLeapYear(-400));

  // The day after 28 February: 1 March in 1900, 29 February in 2000.
  EXPECT_EQ(daysFromGregorian(1900, 3, 1) - daysFromGregorian(1900, 2, 28), 1);
  EXPECT_EQ(daysFromGregorian(2000, 3, 1) - daysFromGregorian(2000, 2, 28), 2);
  EXPECT_EQ(gregorianFromDays(daysFromGregorian(1900, 2, 28) + 1), (CivilDate{1900, 3, 1}));
  EXPECT_EQ(gregorianFromDays(daysFromGregorian(2000, 2, 28) + 1), (CivilDate{2000, 2, 29}));
  EXPECT_EQ(daysFromGregorian(2001, 1, 1) - daysFromGregorian(2000, 1, 1), 366);
  EXPECT_EQ(daysFromGregorian(1901, 1, 1) - daysFromGregorian(1900, 1, 1), 365);
}

TEST(GregorianTest, MonthLengthsAndValidity) {
  EXPECT_EQ(daysInGregorianMonth(1956, 1), 31);
  EXPECT_EQ(daysInGregorianMonth(1956, 2), 29);
  EXPECT_EQ(daysInGregorianMonth(1955, 2), 28);
  EXPECT_EQ(daysInGregorianMonth(1900, 2), 28);
  EXPECT_EQ(daysInGregorianMonth(2000, 2), 29);
  EXPECT_EQ(daysInGregorianMonth(1956, 4), 30);
  EXPECT_EQ(daysInGregorianMonth(1956, 12), 31);
  EXPECT_EQ(daysInGregorianMonth(1956, 0), 0);
  EXPECT_EQ(daysInGregorianMonth(1956, 13), 0);

  EXPECT_TRUE(isValidGregorianDate(1956, 10, 19));
  EXPECT_TRUE(isValidGregorianDate(2000, 2, 29));
  EXPECT_FALSE(isValidGregorianDate(1900, 2, 29));
  EXPECT_FALSE(isValidGregorianDate(1956, 2, 30));
  EXPECT_FALSE(isValidGregorianDate(1956, 4, 31));
  EXPECT_FALSE(isValidGregorianDate(1956, 13, 1));
  EXPECT_FALSE(isValidGregorianDate(1956, 0, 1));
  EXPECT_FALSE(isValidGregorianDate(1956, 1, 0));
  EXPECT_FALSE(isValidGregorianDate(1956, 1, 32));
  EXPECT_TRUE(isValidGregorianDate(-500, 3, 1));
}

// Walking day by day from 1 BC-ish to AD 2400 must step through every valid date once.
TEST(GregorianTest, RoundTripsAndStepsThroughEveryDate) {
  const DayNumber begin = daysFromGregorian(-401, 1, 1);
  const DayNumber end = daysFromGregorian(2401, 12, 31);
  CivilDate expected{-401, 1, 1};
  for (DayNumber day = begin; day <= end; ++day) {
    const CivilDate date = gregorianFromDays(day);
    ASSERT_EQ(date, expected) << "day " << day;
    ASSERT_EQ(daysFromGregorian(date), day);
    ++expected.day;
    if (expected.day > daysInGregorianMonth(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
  }
}

TEST(GregorianTest, FarYearsRoundTrip) {
  for (std::int64_t year : {-170000002LL, -1000000LL, 170000002LL, 999999999999LL, -999999999999LL}) {
    const DayNumber first = daysFromGregorian(year, 1, 1);
    EXPECT_EQ(gregorianFromDays(first), (CivilDate{year, 1, 1}));
    EXPECT_EQ(gregorianFromDays(first - 1), (CivilDate{year - 1, 12, 31}));
    EXPECT_EQ(daysFromGregorian(year + 400, 1, 1) - first, 146097);
  }
}

TEST(JulianTest, KnownCorrespondences) {
  // The Treaty of Shimoda: 7 February 1855 (N.S.) = 26 January 1855 (O.S.).
  EXPECT_EQ(daysFromJulian(1855, 1, 26), daysFromGregorian(1855, 2, 7));
  EXPECT_EQ(julianFromDays(daysFromGregorian(1855, 2, 7)), (CivilDate{1855, 1, 26}));
  // Soviet Russia went from 31 January (O.S.) straight to 14 February 1918 (N.S.).
  EXPECT_EQ(julianFromDays(daysFromGregorian(1918, 2, 14)), (CivilDate{1918, 2, 1}));
  EXPECT_EQ(daysFromJulian(1918, 1, 31) + 1, daysFromGregorian(1918, 2, 14));
  // The Gregorian reform: Thursday 4 October 1582 (Julian) was followed by Friday 15 October.
  EXPECT_EQ(daysFromJulian(1582, 10, 4) + 1, daysFromGregorian(1582, 10, 15));
  // JDN 1721424 is 1 January AD 1 in the Julian calendar.
  EXPECT_EQ(daysFromJulian(1, 1, 1), 1721424 - 2440588);
  // 1900 is a leap year in the Julian calendar only.
  EXPECT_EQ(daysFromJulian(1900, 2, 29), daysFromGregorian(1900, 3, 13));
  EXPECT_EQ(julianFromDays(daysFromGregorian(1900, 3, 13)), (CivilDate{1900, 2, 29}));
  // The calendars agree in the third century.
  EXPECT_EQ(daysFromJulian(250, 6, 1), daysFromGregorian(250, 6, 1));
}

TEST(JulianTest, RoundTripsAndStepsThroughEveryDate) {
  const DayNumber begin = daysFromJulian(-9, 1, 1);
  const DayNumber end = daysFromJulian(2101, 12, 31);
  CivilDate expected{-9, 1, 1};
  for (DayNumber day = begin; day <= end; ++day) {
    const CivilDate date = julianFromDays(day);
    ASSERT_EQ(date, expected) << "day " << day;
    ASSERT_EQ(daysFromJulian(date.year, date.month, date.day), day);
    const int length =
        expected.month == 2 && expected.year % 4 == 0 ? 29 : daysInGregorianMonth(1901, expected.month);
    if (++expected.day > length) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
  }
}

TEST(RussianCalendarTest, OldStyleUntilFebruary1918) {
  EXPECT_EQ(russianGregorianAdoptionDay(), daysFromGregorian(1918, 2, 14));
  EXPECT_TRUE(isOldStyleInRussia(daysFromGregorian(1918, 2, 13)));
  EXPECT_FALSE(isOldStyleInRussia(daysFromGregorian(1918, 2, 14)));
  EXPECT_TRUE(isOldStyleInRussia(daysFromGregorian(1855, 2, 7)));
  EXPECT_FALSE(isOldStyleInRussia(daysFromGregorian(1956, 10, 19)));
}

struct EraCase {
  int year;
  int month;
  int day;
  const char* romaji;
  const char* kanji;
  const char* cyrillic;
  int eraYear;
};

class JapaneseEraTest : public ::testing::TestWithParam<EraCase> {};

TEST_P(JapaneseEraTest, EraOfDay) {
  const EraCase& c = GetParam();
  const std::optional<JapaneseEraYear> era = japaneseEra(daysFromGregorian(c.year, c.month, c.day));
  ASSERT_TRUE(era.has_value());
  EXPECT_EQ(era->eraRomaji, c.romaji);
  EXPECT_EQ(era->eraKanji, c.kanji);
  EXPECT_EQ(era->eraCyrillic, c.cyrillic);
  EXPECT_EQ(era->year, c.eraYear);
}

// Every era's first day and the day before it.
INSTANTIATE_TEST_SUITE_P(Boundaries, JapaneseEraTest,
                         ::testing::Values(EraCase{1868, 1, 25, "Meiji", "明治", "Мэйдзи", 1},
                                           EraCase{1868, 12, 31, "Meiji", "明治", "Мэйдзи", 1},
                                           EraCase{1869, 1, 1, "Meiji", "明治", "Мэйдзи", 2},
                                           EraCase{1912, 7, 29, "Meiji", "明治", "Мэйдзи", 45},
                                           EraCase{1912, 7, 30, "Taishō", "大正", "Тайсё", 1},
                                           EraCase{1926, 12, 24, "Taishō", "大正", "Тайсё", 15},
                                           EraCase{1926, 12, 25, "Shōwa", "昭和", "Сёва", 1},
                                           EraCase{1927, 1, 1, "Shōwa", "昭和", "Сёва", 2},
                                           EraCase{1956, 10, 19, "Shōwa", "昭和", "Сёва", 31},
                                           EraCase{1989, 1, 7, "Shōwa", "昭和", "Сёва", 64},
                                           EraCase{1989, 1, 8, "Heisei", "平成", "Хэйсэй", 1},
                                           EraCase{2019, 4, 30, "Heisei", "平成", "Хэйсэй", 31},
                                           EraCase{2019, 5, 1, "Reiwa", "令和", "Рэйва", 1},
                                           EraCase{2024, 1, 1, "Reiwa", "令和", "Рэйва", 6}));

TEST(JapaneseEraBeforeMeijiTest, EmptyBeforeMeiji) {
  EXPECT_FALSE(japaneseEra(daysFromGregorian(1868, 1, 24)).has_value());
  EXPECT_FALSE(japaneseEra(daysFromGregorian(1855, 2, 7)).has_value());
  EXPECT_FALSE(japaneseEra(kDayMin).has_value());
}

TEST(TodayTest, MatchesTheSystemClock) {
  const auto seconds = static_cast<std::int64_t>(std::time(nullptr));
  const DayNumber expected = seconds / 86400;
  const DayNumber day = today();
  // Allow for midnight passing between the two readings.
  EXPECT_GE(day, expected);
  EXPECT_LE(day, expected + 1);
  EXPECT_GT(day, daysFromGregorian(2024, 1, 1));
}

TEST(SentinelTest, RealDaysLieBetweenTheOpenEndSentinels) {
  EXPECT_LT(kDayMin, daysFromGregorian(-9999, 1, 1));
  EXPECT_GT(kDayMax, daysFromGregorian(9999, 12, 31));
}

}  // namespace
}  // namespace okhotsk
