// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/edtf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <compare>
#include <ostream>
#include <string>
#include <vector>

namespace okhotsk {

// Lets GoogleTest print values in failure messages. It must be in okhotsk itself for
// argument-dependent lookup (an unnamed namespace is not searched), and static so it cannot
// clash with another test file's printer.
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

// ---------------------------------------------------------------------------------------
// Valid single dates

struct DateCase {
  const char* text;
  CivilDate earliest;
  CivilDate latest;
  Precision precision;
  Qualifiers qualifiers;
  bool unspecified;
};

std::ostream& operator<<(std::ostream& out, const DateCase& c) {
  return out << c.text;
}

class ValidDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(ValidDateTest, RangePrecisionQualifiersAndRoundTrip) {
  const DateCase& c = GetParam();
  const Edtf value = parsed(c.text);
  EXPECT_FALSE(value.isInterval());
  const EdtfDate& date = value.start().date;
  EXPECT_EQ(value.start().kind, EndpointKind::Date);
  EXPECT_EQ(value.end().kind, EndpointKind::Date);
  EXPECT_EQ(value.end().date, date);
  EXPECT_EQ(date.earliest(), daysFromGregorian(c.earliest));
  EXPECT_EQ(date.latest(), daysFromGregorian(c.latest));
  EXPECT_EQ(value.range(), date.range());
  EXPECT_EQ(value.earliest(), date.earliest());
  EXPECT_EQ(value.latest(), date.latest());
  EXPECT_EQ(precisionName(date.precision()), precisionName(c.precision));
  EXPECT_EQ(date.qualifiers(), c.qualifiers);
  EXPECT_EQ(date.hasUnspecifiedDigits(), c.unspecified);
  EXPECT_EQ(date.text(), c.text);
  EXPECT_EQ(value.toString(), c.text);
  const std::optional<Edtf> again = Edtf::parse(value.toString());
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(*again, value);
  EXPECT_EQ(again->range(), value.range());
}

constexpr Qualifiers kNone{};
constexpr Qualifiers kUncertain{true, false};
constexpr Qualifiers kApproximate{false, true};
constexpr Qualifiers kBoth{true, true};

INSTANTIATE_TEST_SUITE_P(
    Level0, ValidDateTest,
    ::testing::Values(DateCase{"1956-10-19", {1956, 10, 19}, {1956, 10, 19}, Precision::Day, kNone, false},
                      DateCase{"2000-02-29", {2000, 2, 29}, {2000, 2, 29}, Precision::Day, kNone, false},
                      DateCase{"1978-08", {1978, 8, 1}, {1978, 8, 31}, Precision::Month, kNone, false},
                      DateCase{"1956-02", {1956, 2, 1}, {1956, 2, 29}, Precision::Month, kNone, false},
                      DateCase{"1900-02", {1900, 2, 1}, {1900, 2, 28}, Precision::Month, kNone, false},
                      DateCase{"1945", {1945, 1, 1}, {1945, 12, 31}, Precision::Year, kNone, false},
                      DateCase{"0000", {0, 1, 1}, {0, 12, 31}, Precision::Year, kNone, false},
                      DateCase{"0001", {1, 1, 1}, {1, 12, 31}, Precision::Year, kNone, false}));

INSTANTIATE_TEST_SUITE_P(
    NegativeAndLongYears, ValidDateTest,
    ::testing::Values(
        DateCase{"-0500", {-500, 1, 1}, {-500, 12, 31}, Precision::Year, kNone, false},
        DateCase{"-0499-03", {-499, 3, 1}, {-499, 3, 31}, Precision::Month, kNone, false},
        DateCase{"-0500-03-01", {-500, 3, 1}, {-500, 3, 1}, Precision::Day, kNone, false},
        DateCase{"-0004-02-29", {-4, 2, 29}, {-4, 2, 29}, Precision::Day, kNone, false},
        DateCase{"Y12345", {12345, 1, 1}, {12345, 12, 31}, Precision::Year, kNone, false},
        DateCase{"Y170000002", {170000002, 1, 1}, {170000002, 12, 31}, Precision::Year, kNone, false},
        DateCase{"Y-170000002", {-170000002, 1, 1}, {-170000002, 12, 31}, Precision::Year, kNone, false},
        DateCase{"Y-10000?", {-10000, 1, 1}, {-10000, 12, 31}, Precision::Year, kUncertain, false}));

INSTANTIATE_TEST_SUITE_P(
    Seasons, ValidDateTest,
    ::testing::Values(DateCase{"2001-21", {2001, 3, 1}, {2001, 5, 31}, Precision::Season, kNone, false},
                      DateCase{"2001-22", {2001, 6, 1}, {2001, 8, 31}, Precision::Season, kNone, false},
                      DateCase{"2001-23", {2001, 9, 1}, {2001, 11, 30}, Precision::Season, kNone, false},
                      DateCase{"2001-24", {2001, 12, 1}, {2002, 2, 28}, Precision::Season, kNone, false},
                      DateCase{"2003-24", {2003, 12, 1}, {2004, 2, 29}, Precision::Season, kNone, false},
                      DateCase{
                          "1945-22~", {1945, 6, 1}, {1945, 8, 31}, Precision::Season, kApproximate, false}));

INSTANTIATE_TEST_SUITE_P(
    Qualified, ValidDateTest,
    ::testing::Values(DateCase{"1945?", {1945, 1, 1}, {1945, 12, 31}, Precision::Year, kUncertain, false},
                      DateCase{"1945~", {1945, 1, 1}, {1945, 12, 31}, Precision::Year, kApproximate, false},
                      DateCase{"1945%", {1945, 1, 1}, {1945, 12, 31}, Precision::Year, kBoth, false},
                      DateCase{
                          "1956-10-19~", {1956, 10, 19}, {1956, 10, 19}, Precision::Day, kApproximate, false},
                      DateCase{"1978-08?", {1978, 8, 1}, {1978, 8, 31}, Precision::Month, kUncertain, false},
                      DateCase{"-0500%", {-500, 1, 1}, {-500, 12, 31}, Precision::Year, kBoth, false}));

INSTANTIATE_TEST_SUITE_P(
    UnspecifiedDigits, ValidDateTest,
    ::testing::Values(DateCase{"201X", {2010, 1, 1}, {2019, 12, 31}, Precision::Decade, kNone, true},
                      DateCase{"195X", {1950, 1, 1}, {1959, 12, 31}, Precision::Decade, kNone, true},
                      DateCase{"20XX", {2000, 1, 1}, {2099, 12, 31}, Precision::Century, kNone, true},
                      DateCase{"19XX", {1900, 1, 1}, {1999, 12, 31}, Precision::Century, kNone, true},
                      DateCase{"1XXX", {1000, 1, 1}, {1999, 12, 31}, Precision::Millennium, kNone, true},
                      DateCase{"2004-XX", {2004, 1, 1}, {2004, 12, 31}, Precision::Year, kNone, true},
                      DateCase{"1985-04-XX", {1985, 4, 1}, {1985, 4, 30}, Precision::Month, kNone, true},
                      DateCase{"1985-XX-XX", {1985, 1, 1}, {1985, 12, 31}, Precision::Year, kNone, true},
                      DateCase{"195X?", {1950, 1, 1}, {1959, 12, 31}, Precision::Decade, kUncertain, true},
                      DateCase{
                          "1956-XX~", {1956, 1, 1}, {1956, 12, 31}, Precision::Year, kApproximate, true}));

// ---------------------------------------------------------------------------------------
// Dates with a time of day (EDTF level 0: hh:mm:ss, then nothing, Z, ±hh or ±hh:mm)

struct DateTimeCase {
  const char* text;
  CivilDate day;  // the day as written, whatever the shift from UTC
  int hour;
  int minute;
  int second;
  std::optional<int> utcOffsetMinutes;
  bool utc;
};

std::ostream& operator<<(std::ostream& out, const DateTimeCase& c) {
  return out << c.text;
}

class ValidDateTimeTest : public ::testing::TestWithParam<DateTimeCase> {};

TEST_P(ValidDateTimeTest, TheDayAsWrittenAndTheTimeKept) {
  const DateTimeCase& c = GetParam();
  const Edtf value = parsed(c.text);
  EXPECT_FALSE(value.isInterval());
  const EdtfDate& date = value.start().date;
  const DayNumber expectedDay = daysFromGregorian(c.day);
  EXPECT_EQ(date.range(), (DayRange{expectedDay, expectedDay}));
  EXPECT_EQ(value.range(), date.range());
  EXPECT_EQ(value.firstDay(), expectedDay);
  EXPECT_EQ(precisionName(date.precision()), "day");
  EXPECT_FALSE(date.qualifiers().any());
  EXPECT_FALSE(date.hasUnspecifiedDigits());
  EXPECT_FALSE(value.isImprecise());
  ASSERT_TRUE(date.hasTime());
  const EdtfTime& time = *date.time();
  EXPECT_EQ(time.hour, c.hour);
  EXPECT_EQ(time.minute, c.minute);
  EXPECT_EQ(time.second, c.second);
  EXPECT_EQ(time.utcOffsetMinutes, c.utcOffsetMinutes);
  EXPECT_EQ(time.utc, c.utc);
  // The text keeps the time as written, and reads back to the same value.
  EXPECT_EQ(date.text(), c.text);
  EXPECT_EQ(value.toString(), c.text);
  const std::optional<Edtf> again = Edtf::parse(value.toString());
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(*again, value);
  ASSERT_TRUE(again->start().date.time().has_value());
  EXPECT_EQ(*again->start().date.time(), time);
}

INSTANTIATE_TEST_SUITE_P(
    Level0, ValidDateTimeTest,
    ::testing::Values(DateTimeCase{"1945-08-09T04:00:00", {1945, 8, 9}, 4, 0, 0, std::nullopt, false},
                      DateTimeCase{"1985-04-12T23:20:30Z", {1985, 4, 12}, 23, 20, 30, 0, true},
                      DateTimeCase{"1945-08-09T11:02:00+09:00", {1945, 8, 9}, 11, 2, 0, 540, false},
                      DateTimeCase{"1985-04-12T23:20:30+04:30", {1985, 4, 12}, 23, 20, 30, 270, false},
                      DateTimeCase{"1941-12-07T07:48:00-10:30", {1941, 12, 7}, 7, 48, 0, -630, false},
                      DateTimeCase{"1985-04-12T23:20:30-04", {1985, 4, 12}, 23, 20, 30, -240, false},
                      DateTimeCase{"1945-08-15T12:00:00+09", {1945, 8, 15}, 12, 0, 0, 540, false},
                      DateTimeCase{"1956-10-19T00:00:00+00:00", {1956, 10, 19}, 0, 0, 0, 0, false},
                      DateTimeCase{"2000-02-29T23:59:59+14:00", {2000, 2, 29}, 23, 59, 59, 840, false},
                      DateTimeCase{"2000-02-29T00:00:01-14:00", {2000, 2, 29}, 0, 0, 1, -840, false}));

// The shift from UTC never moves the day: the text names a day in the local time it was
// written in, and that is the day the atlas puts the date on.
INSTANTIATE_TEST_SUITE_P(
    ShiftsDoNotMoveTheDay, ValidDateTimeTest,
    ::testing::Values(
        DateTimeCase{"1945-08-08T23:00:00-05:00", {1945, 8, 8}, 23, 0, 0, -300, false},  // 9 Aug in UTC
        DateTimeCase{"1945-08-09T01:00:00+09:00", {1945, 8, 9}, 1, 0, 0, 540, false},    // 8 Aug in UTC
        DateTimeCase{"1999-12-31T23:59:59-12", {1999, 12, 31}, 23, 59, 59, -720, false},
        DateTimeCase{"-0499-03-01T06:00:00", {-499, 3, 1}, 6, 0, 0, std::nullopt, false}));

TEST(EdtfDateTimeTest, ADateTimeIsItsDayButNotTheSameValue) {
  const Edtf day = parsed("1945-08-09");
  const Edtf withTime = parsed("1945-08-09T11:02:00+09:00");
  EXPECT_FALSE(day.start().date.hasTime());
  EXPECT_EQ(day.start().date.time(), std::nullopt);
  EXPECT_EQ(withTime.range(), day.range());
  EXPECT_NE(withTime, day);  // equality is on the text
  EXPECT_NE(withTime, parsed("1945-08-09T11:02:00+09"));
  EXPECT_LT(day, withTime);  // equal ranges order by text
  EXPECT_TRUE(parsed("1945-08").contains(withTime));
  EXPECT_TRUE(withTime.contains(day));
  EXPECT_TRUE(parsed("1945-08-08/1945-08-10").contains(withTime));
  EXPECT_TRUE(withTime.definitelyBefore(parsed("1945-08-10")));
}

// ---------------------------------------------------------------------------------------
// Valid intervals

// Each error says what kind of mistake it is, so that the viewer can word it in Japanese or
// Russian; a day or month that does not exist carries its numbers.
TEST(EdtfErrorKindTest, EachMistakeHasItsKindAndTheNumbersOfAMissingDay) {
  const auto kindOf = [](const char* text) {
    EdtfError error;
    EXPECT_FALSE(Edtf::parse(text, &error).has_value()) << text;
    return error;
  };
  EXPECT_EQ(kindOf("").kind, EdtfErrorKind::Empty);
  EXPECT_EQ(kindOf("1956-").kind, EdtfErrorKind::Incomplete);
  EXPECT_EQ(kindOf("1956 10").kind, EdtfErrorKind::Whitespace);
  EXPECT_EQ(kindOf("1956-10-19T10:00").kind, EdtfErrorKind::TimeOfDay);  // no seconds
  EXPECT_EQ(kindOf("1956-10-19T25:00:00").kind, EdtfErrorKind::TimeOfDay);
  EXPECT_EQ(kindOf("1956-1O").kind, EdtfErrorKind::Character);
  EXPECT_EQ(kindOf("1956-1-5").kind, EdtfErrorKind::Digits);
  EXPECT_EQ(kindOf("12345").kind, EdtfErrorKind::Year);
  EXPECT_EQ(kindOf("1956?~").kind, EdtfErrorKind::Qualifier);
  EXPECT_EQ(kindOf("1956/1957/1958").kind, EdtfErrorKind::Interval);
  EXPECT_EQ(kindOf("1957/1956").kind, EdtfErrorKind::IntervalOrder);
  EXPECT_EQ(kindOf("1956-25").kind, EdtfErrorKind::Unsupported);
  const EdtfError month = kindOf("1956-13");
  EXPECT_EQ(month.kind, EdtfErrorKind::NoSuchMonth);
  EXPECT_EQ(month.month, 13);
  const EdtfError day = kindOf("1956-02-30");
  EXPECT_EQ(day.kind, EdtfErrorKind::NoSuchDay);
  EXPECT_EQ(day.year, 1956);
  EXPECT_EQ(day.month, 2);
  EXPECT_EQ(day.day, 30);
  EXPECT_EQ(day.message(), "at character 9: day 30 does not exist in February 1956");
}

TEST(EdtfIntervalTest, TwoDates) {
  const Edtf war = parsed("1904-02-08/1905-09-05");
  EXPECT_TRUE(war.isInterval());
  EXPECT_EQ(war.start().kind, EndpointKind::Date);
  EXPECT_EQ(war.end().kind, EndpointKind::Date);
  EXPECT_EQ(war.start().date.text(), "1904-02-08");
  EXPECT_EQ(war.end().date.text(), "1905-09-05");
  EXPECT_EQ(war.range(), (DayRange{day(1904, 2, 8), day(1905, 9, 5)}));
  EXPECT_EQ(war.toString(), "1904-02-08/1905-09-05");
  EXPECT_FALSE(war.isImprecise());
}

TEST(EdtfIntervalTest, ImpreciseEndsSpanTheirWholeRanges) {
  const Edtf value = parsed("1984?/2004-06~");
  EXPECT_EQ(value.range(), (DayRange{day(1984, 1, 1), day(2004, 6, 30)}));
  EXPECT_EQ(value.start().date.qualifiers(), kUncertain);
  EXPECT_EQ(value.end().date.qualifiers(), kApproximate);
  EXPECT_EQ(value.end().date.precision(), Precision::Month);
  EXPECT_EQ(value.toString(), "1984?/2004-06~");
  EXPECT_TRUE(value.isImprecise());

  const Edtf decades = parsed("195X/196X");
  EXPECT_EQ(decades.range(), (DayRange{day(1950, 1, 1), day(1969, 12, 31)}));
}

TEST(EdtfIntervalTest, EndsMayShareDays) {
  // The start is not wholly after the end, so these are accepted.
  EXPECT_EQ(parsed("1950/1950-03").range(), (DayRange{day(1950, 1, 1), day(1950, 3, 31)}));
  EXPECT_EQ(parsed("1945/1945").range(), (DayRange{day(1945, 1, 1), day(1945, 12, 31)}));
  EXPECT_EQ(parsed("1945-08-15/1945-08-15").range().length(), 1);
}

TEST(EdtfIntervalTest, OpenEnd) {
  const Edtf value = parsed("1991-12/..");
  EXPECT_TRUE(value.isInterval());
  EXPECT_EQ(value.start().kind, EndpointKind::Date);
  EXPECT_EQ(value.end().kind, EndpointKind::Open);
  EXPECT_EQ(value.range(), (DayRange{day(1991, 12, 1), kDayMax}));
  EXPECT_EQ(value.toString(), "1991-12/..");
  EXPECT_TRUE(value.isImprecise());                     // month precision
  EXPECT_FALSE(parsed("1991-12-26/..").isImprecise());  // open is not unknown
  EXPECT_TRUE(value.contains(today()));
}

TEST(EdtfIntervalTest, OpenStart) {
  const Edtf value = parsed("../1945");
  EXPECT_EQ(value.start().kind, EndpointKind::Open);
  EXPECT_EQ(value.end().kind, EndpointKind::Date);
  EXPECT_EQ(value.range(), (DayRange{kDayMin, day(1945, 12, 31)}));
  EXPECT_EQ(value.toString(), "../1945");
}

TEST(EdtfIntervalTest, OpenBothEnds) {
  // Decision: "../.." is valid and covers every day.
  const Edtf value = parsed("../..");
  EXPECT_EQ(value.start().kind, EndpointKind::Open);
  EXPECT_EQ(value.end().kind, EndpointKind::Open);
  EXPECT_EQ(value.range(), (DayRange{kDayMin, kDayMax}));
  EXPECT_EQ(value.toString(), "../..");
  EXPECT_FALSE(value.isImprecise());
  EXPECT_TRUE(value.contains(day(-9999, 1, 1)));
}

TEST(EdtfIntervalTest, UnknownStartCollapsesOntoTheEnd) {
  const Edtf value = parsed("/1945");
  EXPECT_EQ(value.start().kind, EndpointKind::Unknown);
  EXPECT_EQ(value.end().kind, EndpointKind::Date);
  EXPECT_EQ(value.range(), (DayRange{day(1945, 1, 1), day(1945, 12, 31)}));
  EXPECT_EQ(value.toString(), "/1945");
  EXPECT_TRUE(value.isImprecise());
  EXPECT_TRUE(parsed("/1946-07-04").isImprecise());
  EXPECT_EQ(parsed("/1946-07-04").range(), (DayRange{day(1946, 7, 4), day(1946, 7, 4)}));
}

TEST(EdtfIntervalTest, UnknownEndCollapsesOntoTheStart) {
  const Edtf value = parsed("1945/");
  EXPECT_EQ(value.start().kind, EndpointKind::Date);
  EXPECT_EQ(value.end().kind, EndpointKind::Unknown);
  EXPECT_EQ(value.range(), (DayRange{day(1945, 1, 1), day(1945, 12, 31)}));
  EXPECT_EQ(value.toString(), "1945/");
  EXPECT_TRUE(value.isImprecise());
}

TEST(EdtfIntervalTest, LetterPrefixedYearsBeyondTheSentinelsKeepRangesOrdered) {
  // Y-years of more than about ten million years lie beyond kDayMin / kDayMax.
  const Edtf future = parsed("Y170000002/..");
  EXPECT_EQ(future.earliest(), day(170000002, 1, 1));
  EXPECT_LE(future.earliest(), future.latest());
  EXPECT_GE(future.latest(), kDayMax);
  const Edtf past = parsed("../Y-170000002");
  EXPECT_EQ(past.latest(), day(-170000002, 12, 31));
  EXPECT_LE(past.earliest(), past.latest());
  EXPECT_LE(past.earliest(), kDayMin);
  const Edtf both = parsed("Y-170000002/Y170000002");
  EXPECT_EQ(both.range(), (DayRange{day(-170000002, 1, 1), day(170000002, 12, 31)}));
}

TEST(EdtfIntervalTest, ConstructedFromEndpoints) {
  const Edtf value(EdtfEndpoint{EndpointKind::Date, EdtfDate::fromDay(day(1945, 8, 28))},
                   EdtfEndpoint{EndpointKind::Date, EdtfDate::fromDay(day(1946, 2, 2))});
  EXPECT_TRUE(value.isInterval());
  EXPECT_EQ(value.toString(), "1945-08-28/1946-02-02");
  EXPECT_EQ(value, parsed("1945-08-28/1946-02-02"));
  EXPECT_EQ(value.range(), parsed("1945-08-28/1946-02-02").range());

  // Forms the parser rejects still get a defined range when built in code.
  const Edtf nothing(EdtfEndpoint{EndpointKind::Unknown, {}}, EdtfEndpoint{EndpointKind::Unknown, {}});
  EXPECT_EQ(nothing.range(), (DayRange{kDayMin, kDayMax}));
  EXPECT_EQ(nothing.toString(), "/");
  EXPECT_TRUE(nothing.isImprecise());
}

// ---------------------------------------------------------------------------------------
// Invalid texts

struct ErrorCase {
  const char* text;
  std::size_t position;
  const char* reason;  // a substring of the reason
};

std::ostream& operator<<(std::ostream& out, const ErrorCase& c) {
  return out << "'" << c.text << "'";
}

class InvalidEdtfTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(InvalidEdtfTest, RejectedWithPositionAndReason) {
  const ErrorCase& c = GetParam();
  EdtfError error;
  const std::optional<Edtf> value = Edtf::parse(c.text, &error);
  ASSERT_FALSE(value.has_value()) << "parsed as " << value->toString();
  EXPECT_EQ(error.position, c.position) << error.message();
  EXPECT_NE(error.reason.find(c.reason), std::string::npos) << error.message();
  EXPECT_FALSE(Edtf::parse(c.text).has_value());  // no error out-parameter needed
}

INSTANTIATE_TEST_SUITE_P(
    Structure, InvalidEdtfTest,
    ::testing::Values(ErrorCase{"", 0, "empty"}, ErrorCase{"abcd", 0, "unexpected character 'a'"},
                      ErrorCase{"195", 3, "ends too early"}, ErrorCase{"-", 1, "ends too early"},
                      ErrorCase{"+1945", 0, "unexpected character '+'"},
                      ErrorCase{"19560", 4, "needs the 'Y' prefix"},
                      ErrorCase{"1956-10-19abc", 10, "unexpected character 'a'"},
                      ErrorCase{"1956-10-19Z", 10, "unexpected character 'Z'"},
                      ErrorCase{"1956-10-19-", 10, "unexpected character '-'"},
                      ErrorCase{"1945年", 4, "non-ASCII"}, ErrorCase{"1945x", 4, "capital 'X'"}));

INSTANTIATE_TEST_SUITE_P(
    Whitespace, InvalidEdtfTest,
    ::testing::Values(ErrorCase{" 1945", 0, "whitespace"}, ErrorCase{"1945 ", 4, "whitespace"},
                      ErrorCase{"1945\n", 4, "whitespace"}, ErrorCase{"1956- 10", 5, "whitespace"},
                      ErrorCase{"1945 / 1950", 4, "whitespace"}, ErrorCase{"1945/ 1950", 5, "whitespace"},
                      ErrorCase{"\t", 0, "whitespace"}));

// A time of day that is malformed, impossible or where EDTF allows none: each says where,
// why, and that it is a mistake in a time of day (unless the mistake is a space, or a
// character after a whole time).
struct TimeErrorCase {
  const char* text;
  std::size_t position;
  EdtfErrorKind kind;
  const char* reason;  // a substring of the reason
};

std::ostream& operator<<(std::ostream& out, const TimeErrorCase& c) {
  return out << "'" << c.text << "'";
}

class InvalidTimeTest : public ::testing::TestWithParam<TimeErrorCase> {};

TEST_P(InvalidTimeTest, RejectedWithPositionKindAndReason) {
  const TimeErrorCase& c = GetParam();
  EdtfError error;
  const std::optional<Edtf> value = Edtf::parse(c.text, &error);
  ASSERT_FALSE(value.has_value()) << "parsed as " << value->toString();
  EXPECT_EQ(error.position, c.position) << error.message();
  EXPECT_EQ(error.kind, c.kind) << error.message();
  EXPECT_NE(error.reason.find(c.reason), std::string::npos) << error.message();
}

constexpr EdtfErrorKind kTime = EdtfErrorKind::TimeOfDay;

INSTANTIATE_TEST_SUITE_P(
    Impossible, InvalidTimeTest,
    ::testing::Values(TimeErrorCase{"1956-10-19T24:00:00", 11, kTime, "hour 24 does not exist"},
                      TimeErrorCase{"1956-10-19T25:00:00", 11, kTime, "hours run from 00 to 23"},
                      TimeErrorCase{"1956-10-19T10:60:00", 14, kTime, "minute 60 does not exist"},
                      TimeErrorCase{"1956-10-19T10:61:00", 14, kTime, "minute 61 does not exist"},
                      TimeErrorCase{"1956-10-19T10:00:60", 17, kTime, "second 60 does not exist"},
                      TimeErrorCase{"1956-10-19T10:00:99Z", 17, kTime, "second 99 does not exist"},
                      TimeErrorCase{"1956-10-19T10:00:00+15:00", 19, kTime, "+15:00 is beyond"},
                      TimeErrorCase{"1956-10-19T10:00:00+14:01", 19, kTime, "is beyond ±14:00"},
                      TimeErrorCase{"1956-10-19T10:00:00-15", 19, kTime, "-15 is beyond"},
                      TimeErrorCase{"1956-10-19T10:00:00+09:60", 23, kTime,
                                    "minute 60 of a shift from UTC"}));

INSTANTIATE_TEST_SUITE_P(
    Malformed, InvalidTimeTest,
    ::testing::Values(
        TimeErrorCase{"1956-10-19T10:00", 16, kTime, "needs seconds"},
        TimeErrorCase{"1956-10-19T10:00Z", 16, kTime, "needs seconds"},
        TimeErrorCase{"1956-10-19T10:00+09:00", 16, kTime, "needs seconds"},
        TimeErrorCase{"1956-10-19T10", 13, kTime, "needs minutes and seconds"},
        TimeErrorCase{"1956-10-19T", 11, kTime, "the time of day ends too early"},
        TimeErrorCase{"1956-10-19T10:", 14, kTime, "ends too early; expected the two digits of the minute"},
        TimeErrorCase{"1956-10-19T4:00:00", 11, kTime, "the hour has two digits"},
        TimeErrorCase{"1956-10-19T100:00:00", 11, kTime, "the hour has two digits"},
        TimeErrorCase{"1956-10-19T10:5:00", 14, kTime, "the minute has two digits"},
        TimeErrorCase{"1956-10-19T10:0a:00", 15, kTime, "unexpected character 'a' in the time of day"},
        TimeErrorCase{"1956-10-19T10.00.00", 13, kTime, "unexpected character '.' in the time of day"},
        TimeErrorCase{"1956-10-19T10:00:00.5", 19, kTime, "fractions of a second"},
        TimeErrorCase{"1956-10-19T10:00:00,5", 19, kTime, "fractions of a second"},
        TimeErrorCase{"1956-10-19T10:00:00+0900", 22, kTime, "with a colon"},
        TimeErrorCase{"1956-10-19T10:00:00+9", 20, kTime, "the hour of the shift from UTC has two digits"},
        TimeErrorCase{"1956-10-19T10:00:00+09:0", 23, kTime,
                      "the minute of the shift from UTC has two digits"},
        TimeErrorCase{"1956-10-19T10:00:00+", 20, kTime, "ends too early"},
        TimeErrorCase{"1956-10-19T10:00:00+09:", 23, kTime, "ends too early"},
        TimeErrorCase{"1956-10-19T10:00:00ZZ", 20, EdtfErrorKind::Character, "unexpected character 'Z'"},
        TimeErrorCase{"1956-10-19t10:00:00", 10, EdtfErrorKind::Character, "unexpected character 't'"},
        TimeErrorCase{"1956-10-19 10:00:00", 10, EdtfErrorKind::Whitespace, "whitespace"},
        TimeErrorCase{"1956-10-19T10: 00:00", 14, EdtfErrorKind::Whitespace, "whitespace"},
        TimeErrorCase{"1956-10-19T10:00:00 Z", 19, EdtfErrorKind::Whitespace, "whitespace"}));

// Only a complete date takes a time; a time takes no qualifier and is no end of an interval
// (EDTF level 0: "time of day is excluded" from intervals).
INSTANTIATE_TEST_SUITE_P(
    NotAllowedThere, InvalidTimeTest,
    ::testing::Values(
        TimeErrorCase{"1956-10T10:00:00", 7, kTime, "needs a complete date"},
        TimeErrorCase{"1956T10:00:00", 4, kTime, "needs a complete date"},
        TimeErrorCase{"1956T", 4, kTime, "needs a complete date"},
        TimeErrorCase{"1956-10-XXT10:00:00", 10, kTime, "needs a complete date"},
        TimeErrorCase{"2001-21T10:00:00", 7, kTime, "needs a complete date"},
        TimeErrorCase{"Y12345T10:00:00", 6, kTime, "needs a complete date"},
        TimeErrorCase{"1956-10-1T10:00:00", 8, EdtfErrorKind::Digits, "a day has two digits"},
        TimeErrorCase{"1956-10-19T10:00:00?", 19, kTime, "cannot be qualified"},
        TimeErrorCase{"1956-10-19T10:00:00Z~", 20, kTime, "cannot be qualified"},
        TimeErrorCase{"1956-10-19T10:00:00+09:00%", 25, kTime, "cannot be qualified"},
        TimeErrorCase{"1956-10-19?T10:00:00", 10, kTime, "cannot be qualified"},
        TimeErrorCase{"1956-10-19T10:00:00Z/1956-10-20", 10, kTime,
                      "an end of an interval is a date without"},
        TimeErrorCase{"1956-10-19/1956-10-20T10:00:00", 21, kTime, "an end of an interval is a date without"},
        TimeErrorCase{"../1956-10-20T10:00:00+09:00", 13, kTime, "an end of an interval is a date without"},
        TimeErrorCase{"1956-10-19T10:00:00/..", 10, kTime, "an end of an interval is a date without"},
        TimeErrorCase{"1956-10-19T10:00/..", 16, kTime, "needs seconds"}));

INSTANTIATE_TEST_SUITE_P(
    MonthsAndDays, InvalidEdtfTest,
    ::testing::Values(
        ErrorCase{"1956-02-30", 8, "day 30 does not exist in February 1956"},
        ErrorCase{"1955-02-29", 8, "day 29 does not exist in February 1955"},
        ErrorCase{"1900-02-29", 8, "day 29 does not exist in February 1900"},
        ErrorCase{"1956-04-31", 8, "day 31 does not exist in April 1956"},
        ErrorCase{"1956-01-00", 8, "day 00 does not exist"},
        ErrorCase{"1956-01-32", 8, "day 32 does not exist"},
        ErrorCase{"-0500-02-29", 9, "day 29 does not exist in February -0500"},
        ErrorCase{"1956-13", 5, "month 13 does not exist"},
        ErrorCase{"1956-00", 5, "month 00 does not exist"},
        ErrorCase{"1956-20", 5, "month 20 does not exist"},
        ErrorCase{"1956-42", 5, "month 42 does not exist"},
        ErrorCase{"1956-25", 5, "season 25 is EDTF level 2"},
        ErrorCase{"1956-41", 5, "season 41 is EDTF level 2"},
        ErrorCase{"1956-1-5", 5, "a month has two digits"}, ErrorCase{"1956-1", 5, "a month has two digits"},
        ErrorCase{"1956-123", 5, "a month has two digits"}, ErrorCase{"1956-", 5, "ends too early"},
        ErrorCase{"1956-10-5", 8, "a day has two digits"},
        ErrorCase{"1956-10-195", 8, "a day has two digits"}, ErrorCase{"1956-10-", 8, "ends too early"},
        ErrorCase{"2001-21-05", 7, "a season cannot have a day"}));

INSTANTIATE_TEST_SUITE_P(Years, InvalidEdtfTest,
                         ::testing::Values(ErrorCase{"-0000", 0, "no year -0000"},
                                           ErrorCase{"-0000-01-01", 0, "no year -0000"},
                                           ErrorCase{"Y1234", 0, "more than four digits"},
                                           ErrorCase{"Y01234", 0, "more than four digits"},
                                           ErrorCase{"Y", 1, "digits of the year"},
                                           ErrorCase{"Y-", 2, "digits of the year"},
                                           ErrorCase{"Y12345-01", 6, "stands alone"},
                                           ErrorCase{"Y1234567890123", 1, "not supported"},
                                           ErrorCase{"Y12345X", 6, "'Y' prefix"}));

INSTANTIATE_TEST_SUITE_P(
    UnspecifiedDigits, InvalidEdtfTest,
    ::testing::Values(ErrorCase{"1985-XX-12", 8, "EDTF level 2"}, ErrorCase{"1985-X4", 5, "EDTF level 2"},
                      ErrorCase{"1985-1X", 6, "EDTF level 2"}, ErrorCase{"1985-04-1X", 9, "EDTF level 2"},
                      ErrorCase{"1985-04-X1", 8, "EDTF level 2"},
                      ErrorCase{"201X-05", 4, "cannot have a month"},
                      ErrorCase{"195X-XX", 4, "cannot have a month"}, ErrorCase{"19X5", 3, "only end a year"},
                      ErrorCase{"X945", 0, "first digit"}, ErrorCase{"XXXX", 0, "first digit"},
                      ErrorCase{"-019X", 4, "negative years"},
                      ErrorCase{"195XX", 4, "needs the 'Y' prefix"}));

INSTANTIATE_TEST_SUITE_P(Qualifiers, InvalidEdtfTest,
                         ::testing::Values(ErrorCase{"1945??", 5, "only one qualifier"},
                                           ErrorCase{"1945?~", 5, "only one qualifier"},
                                           ErrorCase{"1945?-08", 4, "at the end of the date"},
                                           ErrorCase{"?1945", 0, "unexpected character '?'"},
                                           ErrorCase{"..?/1945", 2, "stand alone"}));

INSTANTIATE_TEST_SUITE_P(
    Intervals, InvalidEdtfTest,
    ::testing::Values(ErrorCase{"/", 0, "at least one end"},
                      ErrorCase{"../", 3, "unknown (empty) end needs a date"},
                      ErrorCase{"/..", 0, "unknown (empty) start needs a date"},
                      ErrorCase{"..", 0, "only as an end of an interval"},
                      ErrorCase{"1960/1950", 5, "starts (1960) after it ends (1950)"},
                      ErrorCase{"1950-06/1950-03", 8, "starts (1950-06) after it ends (1950-03)"},
                      ErrorCase{"1945-08-15/1945-08-14", 11, "after it ends"},
                      ErrorCase{"1945/1950/1960", 9, "only one '/'"}, ErrorCase{"1945//", 5, "only one '/'"},
                      ErrorCase{"../../..", 5, "only one '/'"}, ErrorCase{"1945/...", 7, "stand alone"},
                      ErrorCase{"1945/.x", 5, "unexpected character '.'"},
                      ErrorCase{"..1945", 0, "unexpected character '.'"},
                      ErrorCase{"1956-02-30/1957", 8, "day 30 does not exist"},
                      ErrorCase{"1956/1957-13", 10, "month 13 does not exist"}));

TEST(EdtfErrorTest, MessageCountsCharactersFromOne) {
  EdtfError error;
  ASSERT_FALSE(Edtf::parse("1956-02-30", &error).has_value());
  EXPECT_EQ(error.position, 8U);
  EXPECT_EQ(error.message(), "at character 9: day 30 does not exist in February 1956");
  EXPECT_EQ((EdtfError{0, "the text is empty"}).message(), "at character 1: the text is empty");
}

TEST(EdtfErrorTest, SuccessLeavesTheErrorUntouched) {
  EdtfError error{42, "previous"};
  ASSERT_TRUE(Edtf::parse("1945", &error).has_value());
  EXPECT_EQ(error.position, 42U);
  EXPECT_EQ(error.reason, "previous");
}

}  // namespace
}  // namespace okhotsk
