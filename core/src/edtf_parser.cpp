// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edtf_parser.h"

#include <array>
#include <string>
#include <utility>

namespace okhotsk {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};

// Beyond this many digits day arithmetic on the year could overflow 64 bits.
constexpr std::size_t kMaxYearDigits = 12;

bool isDigit(char c) noexcept {
  return c >= '0' && c <= '9';
}
bool isQualifier(char c) noexcept {
  return c == '?' || c == '~' || c == '%';
}
bool isSpace(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int twoDigits(char a, char b) noexcept {
  return (a - '0') * 10 + (b - '0');
}

// The first and last day of a season of EDTF level 1 (21 spring … 24 winter, northern
// hemisphere, meteorological: winter runs from December into the next year).
DayRange seasonRange(std::int64_t year, int season) noexcept {
  const int firstMonth = 3 * (season - 21) + 3;  // 3, 6, 9, 12
  const int lastMonth = firstMonth + 2;          // 5, 8, 11, 14 (= February next year)
  const std::int64_t lastYear = lastMonth > 12 ? year + 1 : year;
  const int lastMonthOfYear = lastMonth > 12 ? lastMonth - 12 : lastMonth;
  return {daysFromGregorian(year, firstMonth, 1),
          daysFromGregorian(lastYear, lastMonthOfYear, daysInGregorianMonth(lastYear, lastMonthOfYear))};
}

DayRange yearsRange(std::int64_t firstYear, std::int64_t lastYear) noexcept {
  return {daysFromGregorian(firstYear, 1, 1), daysFromGregorian(lastYear, 12, 31)};
}

}  // namespace

std::optional<Edtf> EdtfParser::parse() {
  if (m_text.empty()) return fail(0, "the text is empty", EdtfErrorKind::Empty);
  const std::size_t slash = m_text.find('/');
  if (slash == std::string_view::npos) {
    if (m_text == "..")
      return fail(0, "'..' (an open end) is allowed only as an end of an interval", EdtfErrorKind::Interval);
    EdtfDate date;
    if (!parseDate(0, m_text.size(), date)) return std::nullopt;
    return Edtf(std::move(date));
  }
  EdtfEndpoint start;
  EdtfEndpoint end;
  if (!parseEndpoint(0, slash, start) || !parseEndpoint(slash + 1, m_text.size(), end)) return std::nullopt;
  return checkInterval(std::move(start), std::move(end), slash);
}

std::optional<Edtf> EdtfParser::checkInterval(EdtfEndpoint start, EdtfEndpoint end, std::size_t slash) {
  const bool startDate = start.kind == EndpointKind::Date;
  const bool endDate = end.kind == EndpointKind::Date;
  if (start.kind == EndpointKind::Unknown && end.kind == EndpointKind::Unknown)
    return fail(0, "an interval needs at least one end; '/' alone has none", EdtfErrorKind::Interval);
  // An unknown end only says the span reaches as far as the other end; with no date
  // there, it says nothing at all.
  if (start.kind == EndpointKind::Unknown && !endDate)
    return fail(0, "an unknown (empty) start needs a date as the end", EdtfErrorKind::Interval);
  if (end.kind == EndpointKind::Unknown && !startDate)
    return fail(slash + 1, "an unknown (empty) end needs a date as the start", EdtfErrorKind::Interval);
  // Imprecise ends may share days ("1950/1950-03"); only a start wholly after the end is wrong.
  if (startDate && endDate && start.date.earliest() > end.date.latest()) {
    return fail(slash + 1,
                "the interval starts (" + start.date.text() + ") after it ends (" + end.date.text() + ")",
                EdtfErrorKind::IntervalOrder);
  }
  return Edtf(std::move(start), std::move(end));
}

std::nullopt_t EdtfParser::fail(std::size_t position, std::string reason, EdtfErrorKind kind) {
  m_error.position = position;
  m_error.reason = std::move(reason);
  m_error.kind = kind;
  return std::nullopt;
}

// The character at `index` of the part [.., end), or '\0' past it.
char EdtfParser::at(std::size_t index, std::size_t end) const noexcept {
  return index < end ? m_text[index] : '\0';
}

// Why the character at `index` cannot be where `expected` was wanted.
bool EdtfParser::unexpected(std::size_t index, std::size_t end, std::string_view expected) {
  if (index >= end) {
    fail(index, "the date ends too early: " + std::string(expected), EdtfErrorKind::Incomplete);
    return false;
  }
  const char c = m_text[index];
  if (isSpace(c)) {
    fail(index, "whitespace is not allowed", EdtfErrorKind::Whitespace);
  } else if (c == 'T') {
    fail(index, "a time of day ('T') needs a complete date before it: year, month and day",
         EdtfErrorKind::TimeOfDay);
  } else if (c == '/') {
    fail(index, "an interval has only one '/'", EdtfErrorKind::Interval);
  } else if (c == 'x') {
    fail(index, "unspecified digits are written as capital 'X'", EdtfErrorKind::Character);
  } else if (static_cast<unsigned char>(c) >= 0x80 || c < 0x20 || c == 0x7f) {
    fail(index, "unexpected non-ASCII or control character; " + std::string(expected),
         EdtfErrorKind::Character);
  } else {
    fail(index, std::string("unexpected character '") + c + "'; " + std::string(expected),
         EdtfErrorKind::Character);
  }
  return false;
}

bool EdtfParser::parseEndpoint(std::size_t begin, std::size_t end, EdtfEndpoint& out) {
  if (begin == end) {
    out.kind = EndpointKind::Unknown;
    return true;
  }
  if (m_text[begin] == '.') {
    if (end - begin < 2 || m_text[begin + 1] != '.') return unexpected(begin, end, "expected a date or '..'");
    if (end - begin > 2) {
      if (m_text[begin + 2] == '/') return unexpected(begin + 2, end, "");
      fail(begin + 2, "'..' (an open end) must stand alone as an end of an interval",
           EdtfErrorKind::Interval);
      return false;
    }
    out.kind = EndpointKind::Open;
    return true;
  }
  out.kind = EndpointKind::Date;
  if (!parseDate(begin, end, out.date)) return false;
  // EDTF level 0 takes intervals of dates only ("time of day is excluded"); level 1 adds open
  // and unknown ends, not times.
  if (out.date.hasTime()) {
    fail(m_text.find('T', begin), "an end of an interval is a date without a time of day",
         EdtfErrorKind::TimeOfDay);
    return false;
  }
  return true;
}

// One date in [begin, end): year, optional month or season, optional day, then either a
// time of day (after a complete date) or an optional qualifier. Level 1 allows unspecified
// digits (X) only from the right.
bool EdtfParser::parseDate(std::size_t begin, std::size_t end, EdtfDate& out) {
  std::size_t i = begin;
  DateParts parts;
  const bool yearRead =
      at(i, end) == 'Y' ? parseLetterYear(begin, i, end, parts) : parseFourDigitYear(begin, i, end, parts);
  if (!yearRead) return false;
  const std::string_view yearText = m_text.substr(begin, i - begin);
  if (at(i, end) == '-') {
    if (!parseMonth(i, end, parts)) return false;
    if (at(i, end) == '-' && !parseDay(i, end, yearText, parts)) return false;
  }
  if (at(i, end) == 'T' && !parseTime(i, end, parts)) return false;
  if (!parseQualifier(i, end, parts)) return false;
  resolve(begin, end, parts, out);
  return true;
}

// "Y" followed by the digits of a year of more than four digits, optionally negative.
bool EdtfParser::parseLetterYear(std::size_t begin, std::size_t& i, std::size_t end, DateParts& parts) {
  parts.letterPrefixed = true;
  ++i;
  bool negative = false;
  if (at(i, end) == '-') {
    negative = true;
    ++i;
  }
  const std::size_t digitsBegin = i;
  while (isDigit(at(i, end))) ++i;
  const std::size_t digits = i - digitsBegin;
  if (digits == 0) return unexpected(i, end, "expected the digits of the year after 'Y'");
  if (digits > kMaxYearDigits) {
    fail(digitsBegin, "years of more than " + std::to_string(kMaxYearDigits) + " digits are not supported",
         EdtfErrorKind::Year);
    return false;
  }
  std::int64_t year = 0;
  for (std::size_t k = digitsBegin; k < i; ++k) year = year * 10 + (m_text[k] - '0');
  if (year <= 9999) {
    fail(begin, "the 'Y' prefix is only for years of more than four digits", EdtfErrorKind::Year);
    return false;
  }
  if (at(i, end) == 'X') {
    fail(i, "unspecified digits (X) cannot be used in a year with the 'Y' prefix", EdtfErrorKind::Year);
    return false;
  }
  parts.year = negative ? -year : year;
  return true;
}

// Four digits, optionally negative, the last ones possibly unspecified ("195X", "19XX").
bool EdtfParser::parseFourDigitYear(std::size_t begin, std::size_t& i, std::size_t end, DateParts& parts) {
  bool negative = false;
  if (at(i, end) == '-') {
    negative = true;
    ++i;
  }
  std::int64_t year = 0;
  for (std::size_t k = 0; k < 4; ++k, ++i) {
    const char c = at(i, end);
    if (isDigit(c)) {
      if (parts.unspecifiedYearDigits > 0) {
        fail(i, "unspecified digits (X) may only end a year (other positions are EDTF level 2)",
             EdtfErrorKind::Unsupported);
        return false;
      }
      year = year * 10 + (c - '0');
    } else if (c == 'X') {
      if (k == 0) {
        fail(i, "the first digit of a year must be given", EdtfErrorKind::Year);
        return false;
      }
      if (negative) {
        fail(i, "unspecified digits (X) are not supported in negative years", EdtfErrorKind::Year);
        return false;
      }
      ++parts.unspecifiedYearDigits;
      year *= 10;
    } else {
      return unexpected(i, end, "a year has four digits");
    }
  }
  if (isDigit(at(i, end)) || at(i, end) == 'X') {
    fail(i, "a year of more than four digits needs the 'Y' prefix (as in Y12345)", EdtfErrorKind::Year);
    return false;
  }
  if (negative && year == 0) {
    fail(begin, "there is no year -0000; year 0 (1 BC) is written 0000", EdtfErrorKind::Year);
    return false;
  }
  parts.year = negative ? -year : year;
  return true;
}

// "-MM": a month (01–12), a season (21–24) or "XX"; `i` is at the '-'.
bool EdtfParser::parseMonth(std::size_t& i, std::size_t end, DateParts& parts) {
  if (parts.letterPrefixed) {
    fail(i, "a year with the 'Y' prefix stands alone, without month or day", EdtfErrorKind::Year);
    return false;
  }
  if (parts.unspecifiedYearDigits > 0) {
    fail(i, "a year with unspecified digits cannot have a month (EDTF level 2)", EdtfErrorKind::Unsupported);
    return false;
  }
  ++i;
  const std::size_t monthBegin = i;
  if (!readTwo(i, end, "a month has two digits (01–12, or 21–24 for a season)", parts.month,
               parts.monthUnspecified))
    return false;
  if (parts.monthUnspecified) return true;
  const int month = parts.month;
  if (month == 0 || (month > 12 && month < 21) || month > 41) {
    fail(monthBegin, "month " + std::string(m_text.substr(monthBegin, 2)) + " does not exist",
         EdtfErrorKind::NoSuchMonth);
    m_error.month = month;
    return false;
  }
  if (month > 24) {
    fail(monthBegin,
         "season " + std::to_string(month) +
             " is EDTF level 2; level 1 has 21–24 (spring, summer, autumn, winter)",
         EdtfErrorKind::Unsupported);
    return false;
  }
  return true;
}

// "-DD": a day of the month read before, or "XX"; `i` is at the '-'.
bool EdtfParser::parseDay(std::size_t& i, std::size_t end, std::string_view yearText, DateParts& parts) {
  if (parts.month >= 21) {
    fail(i, "a season cannot have a day", EdtfErrorKind::Unsupported);
    return false;
  }
  ++i;
  const std::size_t dayBegin = i;
  if (!readTwo(i, end, "a day has two digits", parts.day, parts.dayUnspecified)) return false;
  if (parts.dayUnspecified) return true;
  if (parts.monthUnspecified) {
    fail(dayBegin, "a day cannot follow an unspecified month (EDTF level 2)", EdtfErrorKind::Unsupported);
    return false;
  }
  if (!isValidGregorianDate(parts.year, parts.month, parts.day)) {
    fail(dayBegin,
         "day " + std::string(m_text.substr(dayBegin, 2)) + " does not exist in " +
             std::string(kMonthNames[static_cast<std::size_t>(parts.month - 1)]) + " " +
             std::string(yearText),
         EdtfErrorKind::NoSuchDay);
    m_error.year = parts.year;
    m_error.month = parts.month;
    m_error.day = parts.day;
    return false;
  }
  return true;
}

// "Thh:mm:ss" after a complete date, then an optional shift from UTC (EDTF level 0, which
// writes every time with seconds and none with a fraction of a second); `i` is at the 'T'.
bool EdtfParser::parseTime(std::size_t& i, std::size_t end, DateParts& parts) {
  if (parts.day == 0 || parts.dayUnspecified) {
    fail(i, "a time of day ('T') needs a complete date before it: year, month and day",
         EdtfErrorKind::TimeOfDay);
    return false;
  }
  // What is missing when a part ends where a ':' should follow.
  const auto missing = [this, end](std::size_t index, std::string_view what) {
    const char c = at(index, end);
    if (index >= end || c == 'Z' || c == '+' || c == '-' || isQualifier(c)) {
      fail(index, "a time of day needs " + std::string(what) + ": EDTF writes hh:mm:ss, as in T04:00:00",
           EdtfErrorKind::TimeOfDay);
      return false;
    }
    return timeUnexpected(index, end, "expected ':'");
  };
  const auto outOfRange = [this](std::size_t index, std::string_view what, int last) {
    fail(index,
         std::string(what) + " " + std::string(m_text.substr(index, 2)) + " does not exist; " +
             std::string(what) + "s run from 00 to " + std::to_string(last),
         EdtfErrorKind::TimeOfDay);
    return false;
  };
  EdtfTime time;
  ++i;
  const std::size_t hourBegin = i;
  if (!readClockTwo(i, end, "hour", time.hour)) return false;
  if (time.hour > 23) return outOfRange(hourBegin, "hour", 23);
  if (at(i, end) != ':') return missing(i, "minutes and seconds");
  const std::size_t minuteBegin = ++i;
  if (!readClockTwo(i, end, "minute", time.minute)) return false;
  if (time.minute > 59) return outOfRange(minuteBegin, "minute", 59);
  if (at(i, end) != ':') return missing(i, "seconds");
  const std::size_t secondBegin = ++i;
  if (!readClockTwo(i, end, "second", time.second)) return false;
  if (time.second > 59) return outOfRange(secondBegin, "second", 59);
  if (at(i, end) == '.' || at(i, end) == ',') {
    fail(i, "fractions of a second are not part of EDTF level 0", EdtfErrorKind::TimeOfDay);
    return false;
  }
  if (!parseTimeShift(i, end, time)) return false;
  if (isQualifier(at(i, end))) {
    fail(i, "a time of day cannot be qualified: ?, ~ and % qualify dates only", EdtfErrorKind::TimeOfDay);
    return false;
  }
  parts.time = time;
  return true;
}

// An optional "Z" (UTC), "±hh" or "±hh:mm" after the seconds, at most ±14:00 (the widest
// shift in use).
bool EdtfParser::parseTimeShift(std::size_t& i, std::size_t end, EdtfTime& time) {
  const char sign = at(i, end);
  if (sign == 'Z') {
    time.utc = true;
    time.utcOffsetMinutes = 0;
    ++i;
    return true;
  }
  if (sign != '+' && sign != '-') return true;
  const std::size_t signAt = i++;
  if (isDigit(at(i, end)) && isDigit(at(i + 1, end)) && isDigit(at(i + 2, end))) {
    fail(i + 2, "a shift from UTC is written ±hh:mm, with a colon, or ±hh", EdtfErrorKind::TimeOfDay);
    return false;
  }
  int hours = 0;
  int minutes = 0;
  if (!readClockTwo(i, end, "hour of the shift from UTC", hours)) return false;
  if (at(i, end) == ':') {
    const std::size_t minuteBegin = ++i;
    if (!readClockTwo(i, end, "minute of the shift from UTC", minutes)) return false;
    if (minutes > 59) {
      fail(minuteBegin,
           "minute " + std::string(m_text.substr(minuteBegin, 2)) +
               " of a shift from UTC does not exist; minutes run from 00 to 59",
           EdtfErrorKind::TimeOfDay);
      return false;
    }
  }
  const int total = hours * 60 + minutes;
  if (total > 14 * 60) {
    fail(signAt,
         "a shift from UTC of " + std::string(m_text.substr(signAt, i - signAt)) +
             " is beyond ±14:00, the widest shift there is",
         EdtfErrorKind::TimeOfDay);
    return false;
  }
  time.utcOffsetMinutes = sign == '-' ? -total : total;
  return true;
}

// The two digits of the `what` of a time of day ("hour", "minute", ...).
bool EdtfParser::readClockTwo(std::size_t& i, std::size_t end, std::string_view what, int& value) {
  const std::string twoDigitsReason = "the " + std::string(what) + " has two digits (as in T04:00:00+09:00)";
  const char a = at(i, end);
  const char b = at(i + 1, end);
  if (!isDigit(a)) return timeUnexpected(i, end, "expected the two digits of the " + std::string(what));
  if (!isDigit(b)) {
    if (b == ':' || b == 'Z' || b == '+' || b == '-' || i + 1 >= end) {
      fail(i, twoDigitsReason, EdtfErrorKind::TimeOfDay);  // one digit: "T4:00:00"
      return false;
    }
    return timeUnexpected(i + 1, end, "expected the two digits of the " + std::string(what));
  }
  value = twoDigits(a, b);
  i += 2;
  if (isDigit(at(i, end))) {
    fail(i - 2, twoDigitsReason, EdtfErrorKind::TimeOfDay);
    return false;
  }
  return true;
}

// Why the character at `index` cannot be where `expected` was wanted in a time of day.
bool EdtfParser::timeUnexpected(std::size_t index, std::size_t end, std::string_view expected) {
  const char c = at(index, end);
  if (index < end && (isSpace(c) || c == '/')) return unexpected(index, end, expected);
  std::string found;
  if (index >= end) {
    found = "the time of day ends too early";
  } else if (static_cast<unsigned char>(c) >= 0x80 || c < 0x20 || c == 0x7f) {
    found = "unexpected non-ASCII or control character in the time of day";
  } else {
    found = std::string("unexpected character '") + c + "' in the time of day";
  }
  fail(index, found + "; " + std::string(expected), EdtfErrorKind::TimeOfDay);
  return false;
}

// An optional final ?, ~ or %, which must end the date.
bool EdtfParser::parseQualifier(std::size_t& i, std::size_t end, DateParts& parts) {
  if (isQualifier(at(i, end))) {
    const char q = m_text[i];
    parts.qualifiers.uncertain = q == '?' || q == '%';
    parts.qualifiers.approximate = q == '~' || q == '%';
    ++i;
  }
  if (i >= end) return true;
  const char c = m_text[i];
  if (isQualifier(c)) {
    fail(i, "only one qualifier (?, ~ or %) is allowed; use % for uncertain and approximate",
         EdtfErrorKind::Qualifier);
    return false;
  }
  if (c == 'T' && parts.qualifiers.any()) {
    fail(i - 1, "a time of day cannot be qualified: ?, ~ and % qualify dates only", EdtfErrorKind::TimeOfDay);
    return false;
  }
  if (c == '-' && parts.qualifiers.any()) {
    fail(i - 1, "a qualifier must come at the end of the date (qualifying a part is EDTF level 2)",
         EdtfErrorKind::Qualifier);
    return false;
  }
  return unexpected(i, end, "expected the end of the date");
}

// Two digits, or "XX" (sets `unspecified`); a single X among digits is EDTF level 2.
bool EdtfParser::readTwo(std::size_t& i, std::size_t end, std::string_view what, int& value,
                         bool& unspecified) {
  const char a = at(i, end);
  const char b = at(i + 1, end);
  if (a == 'X' && b == 'X') {
    unspecified = true;
  } else if ((a == 'X' && isDigit(b)) || (isDigit(a) && b == 'X')) {
    fail(a == 'X' ? i : i + 1, "a partly unspecified month or day is EDTF level 2",
         EdtfErrorKind::Unsupported);
    return false;
  } else if (isDigit(a) && isDigit(b)) {
    value = twoDigits(a, b);
  } else if (isDigit(a) && (b == '-' || b == 'T' || b == '\0' || isQualifier(b))) {
    fail(i, std::string(what), EdtfErrorKind::Digits);  // one digit: "1956-1-5", "1956-10-1T10:00:00"
    return false;
  } else {
    return unexpected(isDigit(a) || a == 'X' ? i + 1 : i, end, what);
  }
  i += 2;
  if (isDigit(at(i, end)) || at(i, end) == 'X') {
    fail(i - 2, std::string(what), EdtfErrorKind::Digits);
    return false;
  }
  return true;
}

// The date's days and precision from its parts; the text [begin, end) is kept as written.
void EdtfParser::resolve(std::size_t begin, std::size_t end, const DateParts& parts, EdtfDate& out) const {
  const std::int64_t year = parts.year;
  out = EdtfDate{};
  out.m_qualifiers = parts.qualifiers;
  // A time keeps the date's day as written, in the local time it was written in: the shift
  // from UTC is kept with the time but never moves the day ("1945-08-08T23:00:00-05:00" is
  // 8 August here, although it is 9 August in UTC).
  out.m_time = parts.time;
  out.m_text = std::string(m_text.substr(begin, end - begin));
  out.m_unspecified = parts.unspecifiedYearDigits > 0 || parts.monthUnspecified || parts.dayUnspecified;
  if (parts.unspecifiedYearDigits > 0) {
    static constexpr std::array<std::int64_t, 4> kSpan{1, 10, 100, 1000};
    static constexpr std::array<Precision, 4> kPrecision{Precision::Year, Precision::Decade,
                                                         Precision::Century, Precision::Millennium};
    const auto digits = static_cast<std::size_t>(parts.unspecifiedYearDigits);
    out.m_precision = kPrecision[digits];
    out.m_range = yearsRange(year, year + kSpan[digits] - 1);
  } else if (parts.month == 0 || parts.monthUnspecified) {
    out.m_precision = Precision::Year;
    out.m_range = yearsRange(year, year);
  } else if (parts.month >= 21) {
    out.m_precision = Precision::Season;
    out.m_range = seasonRange(year, parts.month);
  } else if (parts.day == 0 || parts.dayUnspecified) {
    out.m_precision = Precision::Month;
    out.m_range = {daysFromGregorian(year, parts.month, 1),
                   daysFromGregorian(year, parts.month, daysInGregorianMonth(year, parts.month))};
  } else {
    out.m_precision = Precision::Day;
    const DayNumber d = daysFromGregorian(year, parts.month, parts.day);
    out.m_range = {d, d};
  }
}

}  // namespace okhotsk
