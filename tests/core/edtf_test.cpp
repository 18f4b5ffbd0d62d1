// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edtf values: construction, precision, relations and order, and the first day of an EDTF
// text (firstDayOf). Parsing itself is tested in edtf_parser_test.cpp.

#include "okhotsk/edtf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <compare>
#include <ostream>
#include <string>
#include <vector>

namespace okhotsk {

// Lets GoogleTest print values in failure messages (see edtf_parser_test.cpp).
static void PrintTo(const Edtf& value, std::ostream* out) {
  *out << "Edtf(\"" << value.toString() << "\")";
}

namespace {

DayNumber day(std::int64_t year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

Edtf parsed(std::string_view text) {
  EdtfError error;
  std::optional<Edtf> value = Edtf::parse(text, &error);
  EXPECT_TRUE(value.has_value()) << "'" << text << "': " << error.message();
  return value.value_or(Edtf{});
}

constexpr Qualifiers kUncertain{true, false};
constexpr Qualifiers kApproximate{false, true};
constexpr Qualifiers kBoth{true, true};

TEST(EdtfValueTest, DefaultIsEmpty) {
  const Edtf value;
  EXPECT_FALSE(value.isInterval());
  EXPECT_EQ(value.toString(), "");
  EXPECT_FALSE(value.isImprecise());
}

TEST(EdtfValueTest, SingleDateConstructor) {
  const Edtf value(EdtfDate::fromDay(day(1956, 10, 19)));
  EXPECT_FALSE(value.isInterval());
  EXPECT_EQ(value.toString(), "1956-10-19");
  EXPECT_EQ(value.range(), (DayRange{day(1956, 10, 19), day(1956, 10, 19)}));
  EXPECT_EQ(value, parsed("1956-10-19"));
}

TEST(EdtfDateTest, FromDay) {
  const EdtfDate plain = EdtfDate::fromDay(day(1956, 10, 19));
  EXPECT_EQ(plain.text(), "1956-10-19");
  EXPECT_EQ(plain.precision(), Precision::Day);
  EXPECT_EQ(plain.range(), (DayRange{day(1956, 10, 19), day(1956, 10, 19)}));
  EXPECT_FALSE(plain.qualifiers().any());
  EXPECT_FALSE(plain.hasUnspecifiedDigits());

  EXPECT_EQ(EdtfDate::fromDay(day(1956, 10, 19), kUncertain).text(), "1956-10-19?");
  EXPECT_EQ(EdtfDate::fromDay(day(1956, 10, 19), kApproximate).text(), "1956-10-19~");
  EXPECT_EQ(EdtfDate::fromDay(day(1956, 10, 19), kBoth).text(), "1956-10-19%");
  EXPECT_EQ(EdtfDate::fromDay(day(1956, 10, 19), kBoth).qualifiers(), kBoth);

  // The text of a day in years -9999..9999 is EDTF and parses back to the same day.
  for (const DayNumber d : {day(-500, 3, 1), day(0, 2, 29), day(1855, 2, 7), day(9999, 12, 31)}) {
    const EdtfDate date = EdtfDate::fromDay(d, kApproximate);
    const Edtf again = parsed(date.text());
    EXPECT_EQ(again.range(), date.range()) << date.text();
    EXPECT_EQ(again.start().date.qualifiers(), kApproximate);
  }
}

TEST(EdtfPrecisionTest, Names) {
  EXPECT_EQ(precisionName(Precision::Day), "day");
  EXPECT_EQ(precisionName(Precision::Month), "month");
  EXPECT_EQ(precisionName(Precision::Season), "season");
  EXPECT_EQ(precisionName(Precision::Year), "year");
  EXPECT_EQ(precisionName(Precision::Decade), "decade");
  EXPECT_EQ(precisionName(Precision::Century), "century");
  EXPECT_EQ(precisionName(Precision::Millennium), "millennium");
}

TEST(EdtfImpreciseTest, PrecisionQualifiersAndUnknownEnds) {
  EXPECT_FALSE(parsed("1956-10-19").isImprecise());
  EXPECT_TRUE(parsed("1956-10-19?").isImprecise());
  EXPECT_TRUE(parsed("1956-10-19~").isImprecise());
  EXPECT_TRUE(parsed("1956-10").isImprecise());
  EXPECT_TRUE(parsed("1945").isImprecise());
  EXPECT_TRUE(parsed("2001-21").isImprecise());
  EXPECT_TRUE(parsed("1985-04-XX").isImprecise());
  EXPECT_TRUE(parsed("1904-02-08/1905").isImprecise());
  EXPECT_TRUE(parsed("1904-02-08/1905-09-05?").isImprecise());
  EXPECT_FALSE(parsed("../1945-08-15").isImprecise());
}

// ---------------------------------------------------------------------------------------
// Containment, overlap and ordering

TEST(EdtfRelationTest, MonthContainsItsDays) {
  const Edtf august = parsed("1978-08");
  EXPECT_TRUE(august.contains(parsed("1978-08-12")));
  EXPECT_TRUE(august.contains(day(1978, 8, 12)));
  EXPECT_TRUE(august.contains(day(1978, 8, 1)));
  EXPECT_TRUE(august.contains(day(1978, 8, 31)));
  EXPECT_FALSE(august.contains(day(1978, 7, 31)));
  EXPECT_FALSE(august.contains(day(1978, 9, 1)));
  EXPECT_FALSE(august.contains(parsed("1978-09-01")));
  EXPECT_FALSE(parsed("1978-08-12").contains(august));
  EXPECT_TRUE(parsed("1978").contains(august));
  EXPECT_TRUE(parsed("197X").contains(parsed("1978")));
  EXPECT_TRUE(parsed("19XX").contains(parsed("197X")));
  EXPECT_TRUE(parsed("1978-22").contains(august));
}

TEST(EdtfRelationTest, ImpreciseDatesOverlapAndOrder) {
  const Edtf year = parsed("1945");
  const Edtf month = parsed("1945-08");
  const Edtf dayValue = parsed("1945-08-28");
  EXPECT_TRUE(year.overlaps(month));
  EXPECT_TRUE(month.overlaps(dayValue));
  EXPECT_TRUE(dayValue.overlaps(year));
  EXPECT_TRUE(year.contains(dayValue));
  EXPECT_TRUE(month.contains(dayValue));
  EXPECT_FALSE(dayValue.contains(month));

  // Same or later first day, and the narrower range first when the first days tie.
  EXPECT_LT(year, month);
  EXPECT_LT(month, dayValue);
  EXPECT_LT(year, dayValue);
  EXPECT_LT(parsed("1945-08-01"), month);  // same first day, shorter
  EXPECT_GT(dayValue, year);

  EXPECT_FALSE(year.definitelyBefore(month));
  EXPECT_FALSE(month.definitelyBefore(year));
  EXPECT_TRUE(parsed("1944").definitelyBefore(year));
  EXPECT_TRUE(parsed("1945-07").definitelyBefore(month));
  EXPECT_FALSE(parsed("1945-07-31").definitelyBefore(parsed("1945-07")));
  EXPECT_FALSE(parsed("1945").overlaps(parsed("1946")));
  EXPECT_TRUE(parsed("1904-02-08/1905-09-05").overlaps(parsed("1905")));
  EXPECT_TRUE(parsed("1991-12/..").overlaps(parsed("2024")));
}

TEST(EdtfRelationTest, EqualRangesOrderByText) {
  const Edtf plain = parsed("1945");
  const Edtf uncertain = parsed("1945?");
  const Edtf unknownStart = parsed("/1945");
  EXPECT_EQ(plain.range(), uncertain.range());
  EXPECT_NE(plain, uncertain);
  EXPECT_LT(plain, uncertain);
  EXPECT_LT(unknownStart, plain);  // '/' sorts before digits
  EXPECT_TRUE(std::is_eq(plain <=> parsed("1945")));
  EXPECT_EQ(plain, parsed("1945"));
  // Ranges decide before text does.
  EXPECT_LT(parsed("1945-12"), parsed("1946-01"));
  EXPECT_LT(parsed("1950"), parsed("195X"));
}

TEST(EdtfRelationTest, SortMixedValues) {
  std::vector<Edtf> values;
  for (const char* text :
       {"1956-10-19", "1945", "1945-08-28", "1991-12/..", "1945-08", "../1945", "1904-02-08/1905-09-05",
        "195X", "1945?", "19XX", "/1945", "1950", "-0500", "../..", "2001-24"})
    values.push_back(parsed(text));
  std::sort(values.begin(), values.end());
  std::vector<std::string> order;
  order.reserve(values.size());
  for (const Edtf& value : values) order.push_back(value.toString());
  const std::vector<std::string> expected{
      "../1945", "../..", "-0500",      "19XX",       "1904-02-08/1905-09-05",
      "/1945",   "1945",  "1945?",      "1945-08",    "1945-08-28",
      "1950",    "195X",  "1956-10-19", "1991-12/..", "2001-24"};
  EXPECT_EQ(order, expected);
}

// ---------------------------------------------------------------------------------------
// The first day of a value and of an EDTF text

TEST(EdtfFirstDayTest, TheFirstDayOfEachKindOfValue) {
  EXPECT_EQ(parsed("1956-10-19").firstDay(), day(1956, 10, 19));
  EXPECT_EQ(parsed("1978-08").firstDay(), day(1978, 8, 1));
  EXPECT_EQ(parsed("1945~").firstDay(), day(1945, 1, 1));
  EXPECT_EQ(parsed("2001-24").firstDay(), day(2001, 12, 1));  // winter starts in December
  EXPECT_EQ(parsed("195X").firstDay(), day(1950, 1, 1));
  EXPECT_EQ(parsed("1904-02-08/1905-09-05").firstDay(), day(1904, 2, 8));
  EXPECT_EQ(parsed("1991-12/..").firstDay(), day(1991, 12, 1));
  EXPECT_EQ(parsed("-0500").firstDay(), day(-500, 1, 1));
  // Every year the parser accepts lies inside the open-end sentinels, so it has a first day.
  EXPECT_EQ(parsed("Y-170000002").firstDay(), day(-170000002, 1, 1));
  EXPECT_EQ(firstDayOf("Y-999999999999"), day(-999999999999, 1, 1));
  // An unknown start only says the span reaches the end: the end's first day is the first known.
  EXPECT_EQ(parsed("/1945").firstDay(), day(1945, 1, 1));
  // An open start has none.
  EXPECT_EQ(parsed("../1945").firstDay(), std::nullopt);
  EXPECT_EQ(parsed("../..").firstDay(), std::nullopt);
}

TEST(EdtfFirstDayTest, FirstDayOfTextParsesAndTakesTheFirstDay) {
  FirstDayError error{FirstDayError::Reason::OpenStart, {7, "untouched"}};
  EXPECT_EQ(firstDayOf("1978-08", &error), day(1978, 8, 1));
  EXPECT_EQ(firstDayOf("1904-02-08/1905-09-05"), day(1904, 2, 8));
  EXPECT_EQ(firstDayOf("/1945"), day(1945, 1, 1));
  // A date with a time is its day as written, whatever its shift from UTC.
  EXPECT_EQ(firstDayOf("1945-08-08T23:00:00-05:00"), day(1945, 8, 8));
  EXPECT_EQ(firstDayOf("\u30001945-08-09T11:02:00+09:00 "), day(1945, 8, 9));
  // Success leaves the error as it was.
  EXPECT_EQ(error.reason, FirstDayError::Reason::OpenStart);
  EXPECT_EQ(error.edtf.reason, "untouched");
}

TEST(EdtfFirstDayTest, SpacesAroundTheTextAreIgnored) {
  EXPECT_EQ(firstDayOf(" 1945~ "), day(1945, 1, 1));
  EXPECT_EQ(firstDayOf("\t1956-10-19\r\n"), day(1956, 10, 19));
  // A Japanese input method's ideographic space (U+3000) and a no-break space (U+00A0).
  EXPECT_EQ(firstDayOf("\u30001956-10-19\u3000"), day(1956, 10, 19));
  EXPECT_EQ(firstDayOf("\u00A01978-08\u00A0\u00A0"), day(1978, 8, 1));
  EXPECT_EQ(firstDayOf("\u2003\u202F1945\u2009"), day(1945, 1, 1));
  // Inside the text a space is still an error, counted from the first non-space character.
  FirstDayError error;
  EXPECT_EQ(firstDayOf("  1956 -10", &error), std::nullopt);
  EXPECT_EQ(error.reason, FirstDayError::Reason::NotEdtf);
  EXPECT_EQ(error.edtf.position, 4U);
  EXPECT_EQ(error.message(), "at character 5: whitespace is not allowed");
  // Other characters that only look alike are not spaces.
  EXPECT_EQ(firstDayOf("\u30011945"), std::nullopt);  // an ideographic comma
  EXPECT_EQ(firstDayOf("1945\u200B"), std::nullopt);  // a zero-width space is not a separator
}

TEST(EdtfFirstDayTest, TextThatIsNotEdtfSaysWhereAndWhy) {
  FirstDayError error;
  EXPECT_EQ(firstDayOf("1956-02-30", &error), std::nullopt);
  EXPECT_EQ(error.reason, FirstDayError::Reason::NotEdtf);
  EXPECT_EQ(error.edtf.position, 8U);
  EXPECT_EQ(error.message(), "at character 9: day 30 does not exist in February 1956");

  EXPECT_EQ(firstDayOf("", &error), std::nullopt);
  EXPECT_EQ(error.message(), "at character 1: the text is empty");
  EXPECT_EQ(firstDayOf(" \u3000 ", &error), std::nullopt);
  EXPECT_EQ(error.message(), "at character 1: the text is empty");
  EXPECT_EQ(firstDayOf("today", &error), std::nullopt);  // a word of the command line, not EDTF
  EXPECT_EQ(error.reason, FirstDayError::Reason::NotEdtf);
  EXPECT_EQ(firstDayOf("1956-13"), std::nullopt);  // no error asked for
}

TEST(EdtfFirstDayTest, AnOpenStartHasNoFirstDay) {
  FirstDayError error;
  EXPECT_EQ(firstDayOf("../1945", &error), std::nullopt);
  EXPECT_EQ(error.reason, FirstDayError::Reason::OpenStart);
  EXPECT_EQ(error.message(), "the date has no first day (its start is open)");
  error = {};
  EXPECT_EQ(firstDayOf(" ../1945-08-15 ", &error), std::nullopt);
  EXPECT_EQ(error.reason, FirstDayError::Reason::OpenStart);
  EXPECT_EQ(firstDayOf("../.."), std::nullopt);
}

}  // namespace
}  // namespace okhotsk
