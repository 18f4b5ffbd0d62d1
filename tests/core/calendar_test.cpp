// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/calendar.h"

#include <gtest/gtest.h>

#include <ctime>
#include <map>
#include <string>
#include <vector>

namespace okhotsk {
namespace {

std::string isoDay(DayNumber day) {
  const CivilDate date = gregorianFromDays(day);
  return std::to_string(date.year) + "-" + std::to_string(date.month) + "-" + std::to_string(date.day);
}

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

// Every era's first day and the day before it. Before 1873 eras start on their proclamation
// day and era years change at the lunisolar new year; the Gregorian days are those given for
// each proclamation and new year by ja.wikipedia.org (era articles, 改元 and 西暦との対照表).
INSTANTIATE_TEST_SUITE_P(
    Boundaries, JapaneseEraTest,
    ::testing::Values(
        EraCase{1853, 2, 8, "Kaei", "嘉永", "Каэй", 6},
        // 1 January 1854 is still in the 12th month of Kaei 6; Kaei 7 begins 1854-01-29.
        EraCase{1854, 1, 1, "Kaei", "嘉永", "Каэй", 6}, EraCase{1854, 1, 29, "Kaei", "嘉永", "Каэй", 7},
        EraCase{1855, 1, 14, "Kaei", "嘉永", "Каэй", 7},
        // Ansei from 嘉永7年11月27日; 1855 is Ansei 1 until the new year of 17 February.
        EraCase{1855, 1, 15, "Ansei", "安政", "Ансэй", 1}, EraCase{1855, 2, 16, "Ansei", "安政", "Ансэй", 1},
        EraCase{1855, 2, 17, "Ansei", "安政", "Ансэй", 2}, EraCase{1860, 4, 7, "Ansei", "安政", "Ансэй", 7},
        EraCase{1860, 4, 8, "Man'en", "万延", "Манъэн", 1},
        EraCase{1861, 2, 9, "Man'en", "万延", "Манъэн", 1},
        EraCase{1861, 2, 10, "Man'en", "万延", "Манъэн", 2},
        EraCase{1861, 3, 28, "Man'en", "万延", "Манъэн", 2},
        EraCase{1861, 3, 29, "Bunkyū", "文久", "Бункю", 1},
        EraCase{1864, 3, 26, "Bunkyū", "文久", "Бункю", 4},
        EraCase{1864, 3, 27, "Genji", "元治", "Гэндзи", 1},
        EraCase{1865, 4, 30, "Genji", "元治", "Гэндзи", 2}, EraCase{1865, 5, 1, "Keiō", "慶応", "Кэйо", 1},
        EraCase{1868, 1, 24, "Keiō", "慶応", "Кэйо", 3},
        // Meiji, proclaimed 1868-10-23, applies from 慶応4年1月1日.
        EraCase{1868, 1, 25, "Meiji", "明治", "Мэйдзи", 1},
        EraCase{1868, 10, 23, "Meiji", "明治", "Мэйдзи", 1},
        EraCase{1868, 12, 31, "Meiji", "明治", "Мэйдзи", 1},
        // January 1869 is still Meiji 1: Meiji 2 begins at the new year of 11 February.
        EraCase{1869, 1, 1, "Meiji", "明治", "Мэйдзи", 1}, EraCase{1869, 2, 10, "Meiji", "明治", "Мэйдзи", 1},
        EraCase{1869, 2, 11, "Meiji", "明治", "Мэйдзи", 2},
        EraCase{1872, 12, 31, "Meiji", "明治", "Мэйдзи", 5},
        EraCase{1873, 1, 1, "Meiji", "明治", "Мэйдзи", 6},
        EraCase{1912, 7, 29, "Meiji", "明治", "Мэйдзи", 45},
        EraCase{1912, 7, 30, "Taishō", "大正", "Тайсё", 1},
        EraCase{1926, 12, 24, "Taishō", "大正", "Тайсё", 15},
        EraCase{1926, 12, 25, "Shōwa", "昭和", "Сёва", 1}, EraCase{1927, 1, 1, "Shōwa", "昭和", "Сёва", 2},
        EraCase{1956, 10, 19, "Shōwa", "昭和", "Сёва", 31}, EraCase{1989, 1, 7, "Shōwa", "昭和", "Сёва", 64},
        EraCase{1989, 1, 8, "Heisei", "平成", "Хэйсэй", 1},
        EraCase{2019, 4, 30, "Heisei", "平成", "Хэйсэй", 31},
        EraCase{2019, 5, 1, "Reiwa", "令和", "Рэйва", 1}, EraCase{2024, 1, 1, "Reiwa", "令和", "Рэйва", 6}));

TEST(JapaneseEraBeforeTheTableTest, EmptyBeforeTheFirstLunisolarDay) {
  EXPECT_EQ(japaneseLunisolarFirstDay(), daysFromGregorian(1853, 2, 8));
  EXPECT_FALSE(japaneseEra(daysFromGregorian(1853, 2, 7)).has_value());
  EXPECT_FALSE(japaneseLunisolarDate(daysFromGregorian(1853, 2, 7)).has_value());
  EXPECT_FALSE(japaneseEra(kDayMin).has_value());
  EXPECT_FALSE(japaneseLunisolarDate(kDayMin).has_value());
}

struct LunisolarCase {
  int year;  // Gregorian
  int month;
  int day;
  const char* era;
  int eraYear;
  int lunisolarMonth;
  bool leap;
  int lunisolarDay;
};

class JapaneseLunisolarTest : public ::testing::TestWithParam<LunisolarCase> {};

TEST_P(JapaneseLunisolarTest, LunisolarDateOfDay) {
  const LunisolarCase& c = GetParam();
  const DayNumber day = daysFromGregorian(c.year, c.month, c.day);
  const std::optional<LunisolarDate> date = japaneseLunisolarDate(day);
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->era.eraRomaji, c.era);
  EXPECT_EQ(date->era.year, c.eraYear);
  EXPECT_EQ(date->month, c.lunisolarMonth);
  EXPECT_EQ(date->leapMonth, c.leap);
  EXPECT_EQ(date->day, c.lunisolarDay);
  EXPECT_EQ(japaneseEra(day), date->era) << "the era year of the day is the lunisolar one";
}

// Anchor days whose lunisolar date is stated by a source independent of the table.
INSTANTIATE_TEST_SUITE_P(
    Anchors, JapaneseLunisolarTest,
    ::testing::Values(
        // ja.wikipedia.org, 嘉永, 西暦との対照表: 嘉永5年12月 begins on 1853-01-10 and is short, so
        // 嘉永6年1月1日 is 1853-02-08.
        LunisolarCase{1853, 2, 8, "Kaei", 6, 1, false, 1},
        // ja.wikipedia.org, 嘉永: Perry at Uraga 6月3日 (7月8日), Putyatin at Nagasaki 7月18日 (8月22日).
        LunisolarCase{1853, 7, 8, "Kaei", 6, 6, false, 3},
        LunisolarCase{1853, 8, 22, "Kaei", 6, 7, false, 18},
        // Treaty of Kanagawa, 嘉永7年3月3日.
        LunisolarCase{1854, 3, 31, "Kaei", 7, 3, false, 3},
        // ja.wikipedia.org, 安政, 西暦との対照表: 閏7月 of 1854 begins on 24 August, 8月 on 22 September.
        LunisolarCase{1854, 8, 24, "Kaei", 7, 7, true, 1}, LunisolarCase{1854, 9, 21, "Kaei", 7, 7, true, 29},
        LunisolarCase{1854, 9, 22, "Kaei", 7, 8, false, 1},
        // 31 December 1854 = 嘉永7年11月12日; the change to Ansei on 11月27日 (1855-01-15).
        LunisolarCase{1854, 12, 31, "Kaei", 7, 11, false, 12},
        LunisolarCase{1855, 1, 15, "Ansei", 1, 11, false, 27},
        // Treaty of Shimoda, 安政元年12月21日; the last day of Ansei 1 and the new year of Ansei 2.
        LunisolarCase{1855, 2, 7, "Ansei", 1, 12, false, 21},
        LunisolarCase{1855, 2, 16, "Ansei", 1, 12, false, 30},
        LunisolarCase{1855, 2, 17, "Ansei", 2, 1, false, 1},
        // Harris lands at Shimoda, 安政3年7月21日 = 1856-08-21 (Shimoda local museum, shimoda-museum.jp).
        LunisolarCase{1856, 8, 21, "Ansei", 3, 7, false, 21},
        // ja.wikipedia.org, 1857年: the Shimoda agreement 5月26日 (6月17日), the Dutch additional
        // treaty 8月29日 (10月16日), Harris received by the shōgun 10月21日 (12月7日).
        LunisolarCase{1857, 6, 17, "Ansei", 4, 5, false, 26},
        LunisolarCase{1857, 10, 16, "Ansei", 4, 8, false, 29},
        LunisolarCase{1857, 12, 7, "Ansei", 4, 10, false, 21},
        // ja.wikipedia.org, 日米修好通商条約: signed 安政5年6月19日 (1858-07-29), in force 安政6年6月5日
        // (1859-07-04).
        LunisolarCase{1858, 7, 29, "Ansei", 5, 6, false, 19},
        LunisolarCase{1859, 7, 4, "Ansei", 6, 6, false, 5},
        // 桜田門外の変, 安政7年3月3日 = 1860-03-24 (ja.wikipedia.org, 安政).
        LunisolarCase{1860, 3, 24, "Ansei", 7, 3, false, 3},
        // 生麦事件, 文久2年8月21日 = 1862-09-14, as commonly given; Matsudaira Katamori made
        // 京都守護職 on 文久2年閏8月1日, given as 1862-09-24 in accounts of his appointment.
        LunisolarCase{1862, 9, 14, "Bunkyū", 2, 8, false, 21},
        LunisolarCase{1862, 9, 24, "Bunkyū", 2, 8, true, 1},
        // 八月十八日の政変, 文久3年8月18日 = 1863-09-30 (ja.wikipedia.org, 八月十八日の政変).
        LunisolarCase{1863, 9, 30, "Bunkyū", 3, 8, false, 18},
        // 大政奉還, 慶応3年10月14日 = 1867-11-09; 王政復古の大号令, 慶応3年12月9日 = 1868-01-03.
        LunisolarCase{1867, 11, 9, "Keiō", 3, 10, false, 14},
        LunisolarCase{1868, 1, 3, "Keiō", 3, 12, false, 9},
        // 慶応4年1月1日 = 1868-01-25, Meiji 1 from that day; the Meiji proclamation, 9月8日 = 1868-10-23.
        LunisolarCase{1868, 1, 25, "Meiji", 1, 1, false, 1},
        LunisolarCase{1868, 10, 23, "Meiji", 1, 9, false, 8},
        // 1 January 1869 = 明治元年11月19日 (ja.wikipedia.org, 明治元年).
        LunisolarCase{1869, 1, 1, "Meiji", 1, 11, false, 19},
        // 版籍奉還, 明治2年6月17日 = 1869-07-25 (ja.wikipedia.org, 版籍奉還).
        LunisolarCase{1869, 7, 25, "Meiji", 2, 6, false, 17},
        // 工部省 set up on 明治3年閏10月20日 = 1870-12-12 (ja.wikipedia.org, 工部省).
        LunisolarCase{1870, 12, 12, "Meiji", 3, 10, true, 20},
        // 廃藩置県, 明治4年7月14日 = 1871-08-29 (ja.wikipedia.org, 廃藩置県).
        LunisolarCase{1871, 8, 29, "Meiji", 4, 7, false, 14},
        // ja.wikipedia.org, 1872年: 学制取調掛 appointed 明治4年12月2日 (1872-01-11); the post opened
        // in Tokyo 明治5年3月1日 (1872-04-08).
        LunisolarCase{1872, 1, 11, "Meiji", 4, 12, false, 2},
        LunisolarCase{1872, 4, 8, "Meiji", 5, 3, false, 1},
        // The calendar reform was proclaimed on 明治5年11月9日 = 1872-12-09 (ja.wikipedia.org, 明治改暦).
        LunisolarCase{1872, 12, 9, "Meiji", 5, 11, false, 9},
        // 明治5年12月2日 = 1872-12-31, the last lunisolar day; 12月1日 the day before.
        LunisolarCase{1872, 12, 30, "Meiji", 5, 12, false, 1},
        LunisolarCase{1872, 12, 31, "Meiji", 5, 12, false, 2}));

// The first days of every month of nine years as ja.wikipedia.org gives them in its era
// articles (安政, 万延, 元治 and 慶応, section 西暦との対照表), a source independent of the table's.
TEST(JapaneseLunisolarTableTest, MonthsAgreeWithAnIndependentConversionTable) {
  struct Month {
    int month;
    bool leap;
    int gregorianYear;
    int gregorianMonth;
    int gregorianDay;
  };
  const std::map<int, std::vector<Month>> years{
      {1854,
       {{1, false, 1854, 1, 29},
        {2, false, 1854, 2, 27},
        {3, false, 1854, 3, 29},
        {4, false, 1854, 4, 27},
        {5, false, 1854, 5, 27},
        {6, false, 1854, 6, 25},
        {7, false, 1854, 7, 25},
        {7, true, 1854, 8, 24},
        {8, false, 1854, 9, 22},
        {9, false, 1854, 10, 22},
        {10, false, 1854, 11, 20},
        {11, false, 1854, 12, 20},
        {12, false, 1855, 1, 18}}},
      {1855,
       {{1, false, 1855, 2, 17},
        {2, false, 1855, 3, 18},
        {3, false, 1855, 4, 17},
        {4, false, 1855, 5, 16},
        {5, false, 1855, 6, 14},
        {6, false, 1855, 7, 14},
        {7, false, 1855, 8, 13},
        {8, false, 1855, 9, 11},
        {9, false, 1855, 10, 11},
        {10, false, 1855, 11, 10},
        {11, false, 1855, 12, 9},
        {12, false, 1856, 1, 8}}},
      {1860,
       {{1, false, 1860, 1, 23},
        {2, false, 1860, 2, 22},
        {3, false, 1860, 3, 22},
        {3, true, 1860, 4, 21},
        {4, false, 1860, 5, 21},
        {5, false, 1860, 6, 19},
        {6, false, 1860, 7, 18},
        {7, false, 1860, 8, 17},
        {8, false, 1860, 9, 15},
        {9, false, 1860, 10, 14},
        {10, false, 1860, 11, 13},
        {11, false, 1860, 12, 12},
        {12, false, 1861, 1, 11}}},
      {1861,
       {{1, false, 1861, 2, 10},
        {2, false, 1861, 3, 11},
        {3, false, 1861, 4, 10},
        {4, false, 1861, 5, 10},
        {5, false, 1861, 6, 8},
        {6, false, 1861, 7, 8},
        {7, false, 1861, 8, 6},
        {8, false, 1861, 9, 5},
        {9, false, 1861, 10, 4},
        {10, false, 1861, 11, 3},
        {11, false, 1861, 12, 2},
        {12, false, 1861, 12, 31}}},
      {1864,
       {{1, false, 1864, 2, 8},
        {2, false, 1864, 3, 8},
        {3, false, 1864, 4, 6},
        {4, false, 1864, 5, 6},
        {5, false, 1864, 6, 4},
        {6, false, 1864, 7, 4},
        {7, false, 1864, 8, 2},
        {8, false, 1864, 9, 1},
        {9, false, 1864, 10, 1},
        {10, false, 1864, 10, 31},
        {11, false, 1864, 11, 29},
        {12, false, 1864, 12, 29}}},
      {1865,
       {{1, false, 1865, 1, 27},
        {2, false, 1865, 2, 26},
        {3, false, 1865, 3, 27},
        {4, false, 1865, 4, 25},
        {5, false, 1865, 5, 25},
        {5, true, 1865, 6, 23},
        {6, false, 1865, 7, 23},
        {7, false, 1865, 8, 21},
        {8, false, 1865, 9, 20},
        {9, false, 1865, 10, 20},
        {10, false, 1865, 11, 18},
        {11, false, 1865, 12, 18},
        {12, false, 1866, 1, 17}}},
      {1866,
       {{1, false, 1866, 2, 15},
        {2, false, 1866, 3, 17},
        {3, false, 1866, 4, 15},
        {4, false, 1866, 5, 15},
        {5, false, 1866, 6, 13},
        {6, false, 1866, 7, 12},
        {7, false, 1866, 8, 10},
        {8, false, 1866, 9, 9},
        {9, false, 1866, 10, 9},
        {10, false, 1866, 11, 7},
        {11, false, 1866, 12, 7},
        {12, false, 1867, 1, 6}}},
      {1867,
       {{1, false, 1867, 2, 5},
        {2, false, 1867, 3, 6},
        {3, false, 1867, 4, 5},
        {4, false, 1867, 5, 4},
        {5, false, 1867, 6, 3},
        {6, false, 1867, 7, 2},
        {7, false, 1867, 7, 31},
        {8, false, 1867, 8, 29},
        {9, false, 1867, 9, 28},
        {10, false, 1867, 10, 27},
        {11, false, 1867, 11, 26},
        {12, false, 1867, 12, 26}}},
      {1868,
       {{1, false, 1868, 1, 25},
        {2, false, 1868, 2, 23},
        {3, false, 1868, 3, 24},
        {4, false, 1868, 4, 23},
        {4, true, 1868, 5, 22},
        {5, false, 1868, 6, 20},
        {6, false, 1868, 7, 20},
        {7, false, 1868, 8, 18},
        {8, false, 1868, 9, 16},
        {9, false, 1868, 10, 16}}},
  };
  for (const auto& [year, months] : years) {
    for (const Month& m : months) {
      EXPECT_EQ(daysFromJapaneseLunisolar(year, m.month, m.leap, 1),
                daysFromGregorian(m.gregorianYear, m.gregorianMonth, m.gregorianDay))
          << year << (m.leap ? " leap " : " ") << m.month;
    }
  }
}

TEST(JapaneseLunisolarTableTest, EndsWhenTheGregorianCalendarBegins) {
  EXPECT_EQ(japaneseGregorianAdoptionDay(), daysFromGregorian(1873, 1, 1));
  EXPECT_EQ(japaneseLunisolarLastDay(), daysFromGregorian(1872, 12, 31));
  EXPECT_FALSE(japaneseLunisolarDate(daysFromGregorian(1873, 1, 1)).has_value());
  EXPECT_FALSE(japaneseLunisolarDate(daysFromGregorian(1956, 10, 19)).has_value());
}

// The proclamation days given by ja.wikipedia.org (articles of each era, section 改元) as
// lunisolar and Gregorian dates: the table must turn the one into the other.
TEST(JapaneseLunisolarTableTest, EraProclamationDaysMatchTheirGregorianDates) {
  EXPECT_EQ(daysFromJapaneseLunisolar(1854, 11, false, 27), daysFromGregorian(1855, 1, 15));  // 安政
  EXPECT_EQ(daysFromJapaneseLunisolar(1860, 3, false, 18), daysFromGregorian(1860, 4, 8));    // 万延
  EXPECT_EQ(daysFromJapaneseLunisolar(1861, 2, false, 19), daysFromGregorian(1861, 3, 29));   // 文久
  EXPECT_EQ(daysFromJapaneseLunisolar(1864, 2, false, 20), daysFromGregorian(1864, 3, 27));   // 元治
  EXPECT_EQ(daysFromJapaneseLunisolar(1865, 4, false, 7), daysFromGregorian(1865, 5, 1));     // 慶応
  EXPECT_EQ(daysFromJapaneseLunisolar(1868, 9, false, 8), daysFromGregorian(1868, 10, 23));   // 明治
}

TEST(JapaneseLunisolarTableTest, RejectsDatesThatDoNotExist) {
  // 安政2年1月 has 29 days (17 February to 17 March 1855).
  EXPECT_EQ(daysFromJapaneseLunisolar(1855, 1, false, 29), daysFromGregorian(1855, 3, 17));
  EXPECT_FALSE(daysFromJapaneseLunisolar(1855, 1, false, 30).has_value());
  EXPECT_FALSE(daysFromJapaneseLunisolar(1855, 1, false, 0).has_value());
  EXPECT_FALSE(daysFromJapaneseLunisolar(1855, 3, true, 1).has_value()) << "1855 has no intercalary month";
  EXPECT_FALSE(daysFromJapaneseLunisolar(1852, 1, false, 1).has_value()) << "before the table";
  EXPECT_FALSE(daysFromJapaneseLunisolar(1873, 1, false, 1).has_value()) << "after the lunisolar calendar";
  EXPECT_FALSE(daysFromJapaneseLunisolar(1872, 12, false, 3).has_value()) << "明治5年12月3日 never was";
}

// Walks every day of the table: months of 29 or 30 days, 12 months a year plus one
// intercalary month in the years the table gives one (the months named here; four of them
// are in the ja.wikipedia tables, two more are confirmed by a dated day inside them, see the
// table's comment), and every date round-trips.
TEST(JapaneseLunisolarTableTest, EveryDayOfTheTableIsConsistent) {
  const std::map<int, int> intercalary{{1854, 7}, {1857, 5}, {1860, 3}, {1862, 8},
                                       {1865, 5}, {1868, 4}, {1870, 10}};
  std::optional<LunisolarDate> previous;
  int lunisolarYear = 1853;
  int monthLength = 0;
  int monthsInYear = 0;
  std::map<int, int> seenIntercalary;
  for (DayNumber day = japaneseLunisolarFirstDay(); day <= japaneseLunisolarLastDay(); ++day) {
    const std::optional<LunisolarDate> date = japaneseLunisolarDate(day);
    ASSERT_TRUE(date.has_value()) << isoDay(day);
    if (previous && date->day == 1) {
      EXPECT_TRUE(monthLength == 29 || monthLength == 30) << isoDay(day) << ": " << monthLength;
      const bool newYear = date->month == 1 && !date->leapMonth;
      if (newYear) {
        EXPECT_EQ(previous->month, 12);
        EXPECT_EQ(monthsInYear, intercalary.contains(lunisolarYear) ? 13 : 12) << lunisolarYear;
        ++lunisolarYear;
        monthsInYear = 0;
      } else if (date->leapMonth) {
        EXPECT_EQ(date->month, previous->month) << isoDay(day);
        seenIntercalary[lunisolarYear] = date->month;
      } else {
        EXPECT_EQ(date->month, previous->month + 1) << isoDay(day);
      }
      monthLength = 0;
    } else if (previous) {
      EXPECT_EQ(date->day, previous->day + 1) << isoDay(day);
      EXPECT_EQ(date->month, previous->month);
      EXPECT_EQ(date->leapMonth, previous->leapMonth);
    }
    if (date->day == 1) ++monthsInYear;
    ++monthLength;
    EXPECT_EQ(daysFromJapaneseLunisolar(lunisolarYear, date->month, date->leapMonth, date->day), day)
        << isoDay(day);
    previous = date;
  }
  EXPECT_EQ(lunisolarYear, 1872);
  EXPECT_EQ(seenIntercalary, intercalary);
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
