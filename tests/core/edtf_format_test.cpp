// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/edtf.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace okhotsk {
namespace {

DayNumber day(std::int64_t year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

struct FormatCase {
  const char* edtf;
  const char* en;
  const char* ja;
  const char* ru;
};

std::ostream& operator<<(std::ostream& out, const FormatCase& c) {
  return out << c.edtf;
}

class FormatEdtfTest : public ::testing::TestWithParam<FormatCase> {};

TEST_P(FormatEdtfTest, InAllThreeLanguages) {
  const FormatCase& c = GetParam();
  EdtfError error;
  const std::optional<Edtf> value = Edtf::parse(c.edtf, &error);
  ASSERT_TRUE(value.has_value()) << error.message();
  EXPECT_EQ(formatEdtf(*value, Language::English), c.en);
  EXPECT_EQ(formatEdtf(*value, Language::Japanese), c.ja);
  EXPECT_EQ(formatEdtf(*value, Language::Russian), c.ru);
}

INSTANTIATE_TEST_SUITE_P(
    Precisions, FormatEdtfTest,
    ::testing::Values(FormatCase{"1956-10-19", "19 October 1956", "1956年10月19日", "19 октября 1956 г."},
                      FormatCase{"1905-09-05", "5 September 1905", "1905年9月5日", "5 сентября 1905 г."},
                      FormatCase{"1978-08", "August 1978", "1978年8月", "август 1978 г."},
                      FormatCase{"1991-12", "December 1991", "1991年12月", "декабрь 1991 г."},
                      FormatCase{"1985-04-XX", "April 1985", "1985年4月", "апрель 1985 г."},
                      FormatCase{"1945", "1945", "1945年", "1945 г."},
                      FormatCase{"2004-XX", "2004", "2004年", "2004 г."},
                      FormatCase{"1985-XX-XX", "1985", "1985年", "1985 г."},
                      FormatCase{"2001-21", "spring 2001", "2001年春", "весна 2001 г."},
                      FormatCase{"2001-22", "summer 2001", "2001年夏", "лето 2001 г."},
                      FormatCase{"2001-23", "autumn 2001", "2001年秋", "осень 2001 г."},
                      FormatCase{"2001-24", "winter 2001–2002", "2001年～2002年冬", "зима 2001–2002 гг."},
                      FormatCase{"195X", "the 1950s", "1950年代", "1950-е гг."},
                      FormatCase{"200X", "the 2000s", "2000年代", "2000-е гг."},
                      FormatCase{"18XX", "the 19th century", "19世紀", "XIX век"},
                      FormatCase{"19XX", "the 20th century", "20世紀", "XX век"},
                      FormatCase{"20XX", "the 21st century", "21世紀", "XXI век"},
                      FormatCase{"1XXX", "the 2nd millennium", "2千年紀", "II тысячелетие"}));

INSTANTIATE_TEST_SUITE_P(CenturyOrdinals, FormatEdtfTest,
                         ::testing::Values(FormatCase{"00XX", "the 1st century", "1世紀", "I век"},
                                           FormatCase{"01XX", "the 2nd century", "2世紀", "II век"},
                                           FormatCase{"02XX", "the 3rd century", "3世紀", "III век"},
                                           FormatCase{"03XX", "the 4th century", "4世紀", "IV век"},
                                           FormatCase{"10XX", "the 11th century", "11世紀", "XI век"},
                                           FormatCase{"11XX", "the 12th century", "12世紀", "XII век"},
                                           FormatCase{"12XX", "the 13th century", "13世紀", "XIII век"},
                                           FormatCase{"13XX", "the 14th century", "14世紀", "XIV век"},
                                           FormatCase{"0XXX", "the 1st millennium", "1千年紀",
                                                      "I тысячелетие"}));

INSTANTIATE_TEST_SUITE_P(
    BeforeChrist, FormatEdtfTest,
    ::testing::Values(FormatCase{"-0499", "500 BC", "紀元前500年", "500 г. до н. э."},
                      FormatCase{"0000", "1 BC", "紀元前1年", "1 г. до н. э."},
                      FormatCase{"0001", "1", "1年", "1 г."},
                      FormatCase{"-0499-03-01", "1 March 500 BC", "紀元前500年3月1日",
                                 "1 марта 500 г. до н. э."},
                      FormatCase{"-0499-03", "March 500 BC", "紀元前500年3月", "март 500 г. до н. э."},
                      FormatCase{"Y-170000002", "170000003 BC", "紀元前170000003年", "170000003 г. до н. э."},
                      FormatCase{"Y170000002", "170000002", "170000002年", "170000002 г."}));

INSTANTIATE_TEST_SUITE_P(
    Qualifiers, FormatEdtfTest,
    ::testing::Values(
        FormatCase{"1945~", "about 1945", "1945年頃", "около 1945 г."},
        FormatCase{"1945?", "1945 (uncertain)", "1945年（不確実）", "1945 г. (?)"},
        FormatCase{"1945%", "about 1945 (uncertain)", "1945年頃（不確実）", "около 1945 г. (?)"},
        // "около" takes the genitive.
        FormatCase{"1978-08~", "about August 1978", "1978年8月頃", "около августа 1978 г."},
        FormatCase{"1978-08?", "August 1978 (uncertain)", "1978年8月（不確実）", "август 1978 г. (?)"},
        FormatCase{"195X~", "about the 1950s", "1950年代頃", "около 1950-х гг."},
        FormatCase{"1956-10-19?", "19 October 1956 (uncertain)", "1956年10月19日（不確実）",
                   "19 октября 1956 г. (?)"}));

INSTANTIATE_TEST_SUITE_P(
    Intervals, FormatEdtfTest,
    ::testing::Values(
        FormatCase{"1904-02-08/1905-09-05", "8 February 1904 – 5 September 1905",
                   "1904年2月8日～1905年9月5日", "8 февраля 1904 г. – 5 сентября 1905 г."},
        FormatCase{"1978-08/1979-03", "August 1978 – March 1979", "1978年8月～1979年3月",
                   "август 1978 г. – март 1979 г."},
        FormatCase{"1945~/1950?", "about 1945 – 1950 (uncertain)", "1945年頃～1950年（不確実）",
                   "около 1945 г. – 1950 г. (?)"},
        // Open ends and unknown ends read alike: from the known start, until the known end.
        FormatCase{"1991-12/..", "from December 1991", "1991年12月以降", "с декабря 1991 г."},
        FormatCase{"1991-12-26/..", "from 26 December 1991", "1991年12月26日以降", "с 26 декабря 1991 г."},
        FormatCase{"1945/", "from 1945", "1945年以降", "с 1945 г."},
        FormatCase{"/1945", "until 1945", "1945年まで", "до 1945 г."},
        FormatCase{"../1945", "until 1945", "1945年まで", "до 1945 г."},
        FormatCase{"../1945-08", "until August 1945", "1945年8月まで", "до августа 1945 г."},
        FormatCase{"195X/..", "from the 1950s", "1950年代以降", "с 1950-х гг."},
        FormatCase{"../18XX", "until the 19th century", "19世紀まで", "до XIX века"},
        FormatCase{"2001-21/..", "from spring 2001", "2001年春以降", "с весны 2001 г."},
        FormatCase{"1991-12~/..", "from about December 1991", "1991年12月頃以降",
                   "примерно с декабря 1991 г."},
        FormatCase{"/1945?", "until 1945 (uncertain)", "1945年（不確実）まで", "до 1945 г. (?)"},
        FormatCase{"../..", "all time", "全期間", "всё время"}));

// A time follows the day: seconds only when not zero, the shift from UTC where one is given
// ("UTC" for Z and for a zero shift). Japanese writes the caption clock (午前/午後, 正午),
// the minus of a shift is U+2212.
INSTANTIATE_TEST_SUITE_P(
    DatesAndTimes, FormatEdtfTest,
    ::testing::Values(
        FormatCase{"1945-08-09T04:00:00", "9 August 1945, 04:00", "1945年8月9日午前4時",
                   "9 августа 1945 г., 04:00"},
        FormatCase{"1945-08-09T11:02:00+09:00", "9 August 1945, 11:02 UTC+09:00",
                   "1945年8月9日午前11時2分（UTC+9）", "9 августа 1945 г., 11:02 (UTC+9)"},
        FormatCase{"1945-08-15T12:00:00+09", "15 August 1945, 12:00 UTC+09:00", "1945年8月15日正午（UTC+9）",
                   "15 августа 1945 г., 12:00 (UTC+9)"},
        FormatCase{"1985-04-12T23:20:30Z", "12 April 1985, 23:20:30 UTC",
                   "1985年4月12日午後11時20分30秒（UTC）", "12 апреля 1985 г., 23:20:30 (UTC)"},
        FormatCase{"1985-04-12T23:20:30-04", "12 April 1985, 23:20:30 UTC−04:00",
                   "1985年4月12日午後11時20分30秒（UTC−4）", "12 апреля 1985 г., 23:20:30 (UTC−4)"},
        FormatCase{"1985-04-12T10:15:00+05:30", "12 April 1985, 10:15 UTC+05:30",
                   "1985年4月12日午前10時15分（UTC+5:30）", "12 апреля 1985 г., 10:15 (UTC+5:30)"},
        FormatCase{"1941-12-07T07:48:00-10:30", "7 December 1941, 07:48 UTC−10:30",
                   "1941年12月7日午前7時48分（UTC−10:30）", "7 декабря 1941 г., 07:48 (UTC−10:30)"},
        FormatCase{"1956-10-19T12:30:00", "19 October 1956, 12:30", "1956年10月19日午後0時30分",
                   "19 октября 1956 г., 12:30"},
        FormatCase{"1956-10-19T00:00:00", "19 October 1956, 00:00", "1956年10月19日午前0時",
                   "19 октября 1956 г., 00:00"},
        FormatCase{"1956-10-19T00:00:05+00:00", "19 October 1956, 00:00:05 UTC",
                   "1956年10月19日午前0時0分5秒（UTC）", "19 октября 1956 г., 00:00:05 (UTC)"},
        FormatCase{"-0499-03-01T06:00:00", "1 March 500 BC, 06:00", "紀元前500年3月1日午前6時",
                   "1 марта 500 г. до н. э., 06:00"}));

TEST(FormatEdtfValueTest, EmptyValueFormatsAsNothing) {
  EXPECT_EQ(formatEdtf(Edtf{}, Language::English), "");
  EXPECT_EQ(formatEdtf(Edtf{}, Language::Russian), "");
}

TEST(FormatEdtfValueTest, BothEndsUnknownWhenBuiltInCode) {
  const Edtf nothing(EdtfEndpoint{EndpointKind::Unknown, {}}, EdtfEndpoint{EndpointKind::Unknown, {}});
  EXPECT_EQ(formatEdtf(nothing, Language::English), "unknown");
  EXPECT_EQ(formatEdtf(nothing, Language::Japanese), "不明");
  EXPECT_EQ(formatEdtf(nothing, Language::Russian), "неизвестно");
}

TEST(FormatEdtfValueTest, FromDayFormatsLikeAParsedDay) {
  const Edtf value(EdtfDate::fromDay(day(1945, 8, 28), Qualifiers{false, true}));
  EXPECT_EQ(formatEdtf(value, Language::English), "about 28 August 1945");
  EXPECT_EQ(formatEdtf(value, Language::Japanese), "1945年8月28日頃");
  EXPECT_EQ(formatEdtf(value, Language::Russian), "около 28 августа 1945 г.");
}

TEST(FormatDayTest, AllLanguages) {
  EXPECT_EQ(formatDay(day(1956, 10, 19), Language::English), "19 October 1956");
  EXPECT_EQ(formatDay(day(1956, 10, 19), Language::Japanese), "1956年10月19日");
  EXPECT_EQ(formatDay(day(1956, 10, 19), Language::Russian), "19 октября 1956 г.");
  EXPECT_EQ(formatDay(0, Language::English), "1 January 1970");
  EXPECT_EQ(formatDay(day(2000, 2, 29), Language::Russian), "29 февраля 2000 г.");
  EXPECT_EQ(formatDay(day(1875, 5, 7), Language::Japanese), "1875年5月7日");
  EXPECT_EQ(formatDay(day(-499, 7, 4), Language::English), "4 July 500 BC");
  for (int month = 1; month <= 12; ++month) {
    static constexpr const char* kEnglish[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
    static constexpr const char* kRussian[] = {"января",   "февраля", "марта",  "апреля",
                                               "мая",      "июня",    "июля",   "августа",
                                               "сентября", "октября", "ноября", "декабря"};
    const auto index = static_cast<std::size_t>(month - 1);
    EXPECT_EQ(formatDay(day(1950, month, 2), Language::English),
              std::string("2 ") + kEnglish[index] + " 1950");
    EXPECT_EQ(formatDay(day(1950, month, 2), Language::Russian),
              std::string("2 ") + kRussian[index] + " 1950 г.");
    EXPECT_EQ(formatDay(day(1950, month, 2), Language::Japanese), "1950年" + std::to_string(month) + "月2日");
  }
}

TEST(FormatOldStyleTest, JulianFormBeforeFebruary1918) {
  const DayNumber shimoda = day(1855, 2, 7);
  EXPECT_EQ(formatOldStyle(shimoda, Language::English), "26 January 1855 O.S.");
  EXPECT_EQ(formatOldStyle(shimoda, Language::Japanese), "1855年1月26日（ユリウス暦）");
  EXPECT_EQ(formatOldStyle(shimoda, Language::Russian), "26 января 1855 г. (ст. ст.)");
  // The last Old Style day, 31 January 1918 (O.S.) = 13 February (N.S.).
  EXPECT_EQ(formatOldStyle(day(1918, 2, 13), Language::English), "31 January 1918 O.S.");
  // Portsmouth: 5 September 1905 (N.S.) = 23 August (O.S.).
  EXPECT_EQ(formatOldStyle(day(1905, 9, 5), Language::Russian), "23 августа 1905 г. (ст. ст.)");
}

TEST(FormatOldStyleTest, EmptyFromTheAdoptionDay) {
  EXPECT_FALSE(formatOldStyle(day(1918, 2, 14), Language::English).has_value());
  EXPECT_FALSE(formatOldStyle(day(1918, 2, 14), Language::Russian).has_value());
  EXPECT_FALSE(formatOldStyle(day(1956, 10, 19), Language::Japanese).has_value());
}

TEST(FormatJapaneseEraTest, AllLanguages) {
  const DayNumber declaration = day(1956, 10, 19);
  EXPECT_EQ(formatJapaneseEra(declaration, Language::English), "Shōwa 31");
  EXPECT_EQ(formatJapaneseEra(declaration, Language::Japanese), "昭和31年");
  EXPECT_EQ(formatJapaneseEra(declaration, Language::Russian), "Сёва 31");
  EXPECT_EQ(formatJapaneseEra(day(1875, 5, 7), Language::English), "Meiji 8");
  EXPECT_EQ(formatJapaneseEra(day(1905, 9, 5), Language::Japanese), "明治38年");
  EXPECT_EQ(formatJapaneseEra(day(1925, 1, 20), Language::Russian), "Тайсё 14");
}

TEST(FormatJapaneseEraTest, FirstYearIsGannen) {
  EXPECT_EQ(formatJapaneseEra(day(1868, 1, 25), Language::Japanese), "明治元年1月1日（旧暦）");
  EXPECT_EQ(formatJapaneseEra(day(1868, 1, 25), Language::English), "Meiji 1, 1st month 1st day (lunisolar)");
  EXPECT_EQ(formatJapaneseEra(day(1868, 1, 25), Language::Russian),
            "Мэйдзи 1, 1-й месяц, 1-й день (лунно-солнечный календарь)");
  EXPECT_EQ(formatJapaneseEra(day(1912, 7, 30), Language::Japanese), "大正元年");
  EXPECT_EQ(formatJapaneseEra(day(1926, 12, 25), Language::Japanese), "昭和元年");
  EXPECT_EQ(formatJapaneseEra(day(1989, 1, 8), Language::Japanese), "平成元年");
  EXPECT_EQ(formatJapaneseEra(day(2019, 5, 1), Language::Japanese), "令和元年");
  EXPECT_EQ(formatJapaneseEra(day(2020, 1, 1), Language::Japanese), "令和2年");
}

TEST(FormatJapaneseEraTest, EmptyBeforeTheLunisolarTable) {
  EXPECT_FALSE(formatJapaneseEra(day(1853, 2, 7), Language::Japanese).has_value());
  EXPECT_FALSE(formatJapaneseEra(day(1800, 1, 1), Language::English).has_value());
  EXPECT_FALSE(formatJapaneseEra(kDayMin, Language::Russian).has_value());
}

TEST(IsoDateTest, FourDigitYears) {
  EXPECT_EQ(isoDate(0), "1970-01-01");
  EXPECT_EQ(isoDate(day(1956, 10, 19)), "1956-10-19");
  EXPECT_EQ(isoDate(day(2000, 2, 29)), "2000-02-29");
  EXPECT_EQ(isoDate(day(1, 1, 1)), "0001-01-01");
  EXPECT_EQ(isoDate(day(0, 12, 31)), "0000-12-31");
  EXPECT_EQ(isoDate(day(9999, 12, 31)), "9999-12-31");
}

TEST(IsoDateTest, SignedOutsideFourDigits) {
  EXPECT_EQ(isoDate(day(-1, 12, 31)), "-0001-12-31");
  EXPECT_EQ(isoDate(day(-500, 3, 1)), "-0500-03-01");
  EXPECT_EQ(isoDate(day(-12345, 6, 7)), "-12345-06-07");
  EXPECT_EQ(isoDate(day(10000, 1, 1)), "+10000-01-01");
}

}  // namespace
}  // namespace okhotsk

namespace okhotsk {
namespace {

// Before 1873 the lunisolar era year and date, labelled; the dates are those of the sources
// named in tests/core/calendar_test.cpp.
TEST(FormatJapaneseEraTest, LunisolarDateBefore1873) {
  const DayNumber shimoda = day(1855, 2, 7);  // 安政元年12月21日
  EXPECT_EQ(formatJapaneseEra(shimoda, Language::English), "Ansei 1, 12th month 21st day (lunisolar)");
  EXPECT_EQ(formatJapaneseEra(shimoda, Language::Japanese), "安政元年12月21日（旧暦）");
  EXPECT_EQ(formatJapaneseEra(shimoda, Language::Russian),
            "Ансэй 1, 12-й месяц, 21-й день (лунно-солнечный календарь)");
  // January 1869 is Meiji 1 (11th month); the last lunisolar day is 明治5年12月2日.
  EXPECT_EQ(formatJapaneseEra(day(1869, 1, 1), Language::Japanese), "明治元年11月19日（旧暦）");
  EXPECT_EQ(formatJapaneseEra(day(1872, 12, 31), Language::English),
            "Meiji 5, 12th month 2nd day (lunisolar)");
  EXPECT_EQ(formatJapaneseEra(day(1873, 1, 1), Language::English), "Meiji 6");
  EXPECT_EQ(formatJapaneseEra(day(1873, 1, 1), Language::Japanese), "明治6年");
  // Perry at Uraga, 嘉永6年6月3日.
  EXPECT_EQ(formatJapaneseEra(day(1853, 7, 8), Language::English), "Kaei 6, 6th month 3rd day (lunisolar)");
  EXPECT_FALSE(formatJapaneseEra(day(1853, 2, 7), Language::English).has_value());
}

TEST(FormatJapaneseEraTest, IntercalaryMonthIsNamed) {
  const DayNumber leap = day(1854, 8, 24);  // 嘉永7年閏7月1日
  EXPECT_EQ(formatJapaneseEra(leap, Language::English), "Kaei 7, leap 7th month 1st day (lunisolar)");
  EXPECT_EQ(formatJapaneseEra(leap, Language::Japanese), "嘉永7年閏7月1日（旧暦）");
  EXPECT_EQ(formatJapaneseEra(leap, Language::Russian),
            "Каэй 7, вставной 7-й месяц, 1-й день (лунно-солнечный календарь)");
  // The ordinary 7th month before it is not called leap.
  EXPECT_EQ(formatJapaneseEra(day(1854, 8, 23), Language::Japanese), "嘉永7年7月30日（旧暦）");
}

TEST(FormatJapaneseEraSpanTest, OneYear) {
  EXPECT_EQ(formatJapaneseEraSpan(day(1970, 1, 1), day(1970, 12, 31), Language::English), "Shōwa 45");
  EXPECT_EQ(formatJapaneseEraSpan(day(1970, 1, 1), day(1970, 12, 31), Language::Japanese), "昭和45年");
  EXPECT_EQ(formatJapaneseEraSpan(day(1970, 1, 1), day(1970, 12, 31), Language::Russian), "Сёва 45");
  // One lunisolar year: no lunisolar date in a span.
  EXPECT_EQ(formatJapaneseEraSpan(day(1869, 1, 1), day(1869, 2, 10), Language::Japanese), "明治元年");
}

TEST(FormatJapaneseEraSpanTest, YearsOfOneEra) {
  // 197X: 1970–1979.
  const DayNumber first = day(1970, 1, 1);
  const DayNumber last = day(1979, 12, 31);
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::English), "Shōwa 45–54");
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::Japanese), "昭和45～54年");
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::Russian), "Сёва 45–54");
  // 1868 to 1872 in lunisolar years: Meiji 1 to 5, the first year 元.
  EXPECT_EQ(formatJapaneseEraSpan(day(1868, 1, 25), day(1872, 12, 31), Language::Japanese), "明治元～5年");
  EXPECT_EQ(formatJapaneseEraSpan(day(1868, 1, 25), day(1872, 12, 31), Language::English), "Meiji 1–5");
}

TEST(FormatJapaneseEraSpanTest, AcrossEras) {
  const DayNumber first = day(1926, 1, 1);
  const DayNumber last = day(1927, 12, 31);
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::English), "Taishō 15 – Shōwa 2");
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::Japanese), "大正15年～昭和2年");
  EXPECT_EQ(formatJapaneseEraSpan(first, last, Language::Russian), "Тайсё 15 – Сёва 2");
  // 1855: Kaei 7 (to 14 January), Ansei 1, then Ansei 2 from 17 February.
  EXPECT_EQ(formatJapaneseEraSpan(day(1855, 1, 1), day(1855, 12, 31), Language::English), "Kaei 7 – Ansei 2");
  EXPECT_EQ(formatJapaneseEraSpan(day(1855, 1, 15), day(1855, 12, 31), Language::English), "Ansei 1–2");
}

TEST(FormatJapaneseEraSpanTest, EmptyWhereAnEndHasNoEra) {
  EXPECT_FALSE(formatJapaneseEraSpan(day(1850, 1, 1), day(1859, 12, 31), Language::English).has_value());
  EXPECT_FALSE(formatJapaneseEraSpan(kDayMin, day(1970, 1, 1), Language::English).has_value());
}

}  // namespace
}  // namespace okhotsk
