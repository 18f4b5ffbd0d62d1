#include "okhotsk/edtf.h"

#include <algorithm>
#include <array>
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

char qualifierChar(Qualifiers qualifiers) noexcept {
  if (qualifiers.uncertain && qualifiers.approximate) return '%';
  if (qualifiers.uncertain) return '?';
  if (qualifiers.approximate) return '~';
  return '\0';
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

// The texts of `value` joined would be its toString(); comparing them piecewise keeps
// operator<=> free of allocation (it is noexcept).
using TextPieces = std::array<std::string_view, 3>;

std::string_view endpointText(const EdtfEndpoint& endpoint) noexcept {
  switch (endpoint.kind) {
    case EndpointKind::Open:
      return "..";
    case EndpointKind::Unknown:
      return {};
    case EndpointKind::Date:
      break;
  }
  return endpoint.date.text();
}

TextPieces textPieces(const Edtf& value) noexcept {
  if (!value.isInterval()) return {endpointText(value.start()), {}, {}};
  return {endpointText(value.start()), "/", endpointText(value.end())};
}

// The next character of the concatenated pieces as unsigned (like std::string's
// comparison), or -1 at the end.
int nextChar(const TextPieces& pieces, std::size_t& piece, std::size_t& offset) noexcept {
  while (piece < pieces.size() && offset >= pieces[piece].size()) {
    ++piece;
    offset = 0;
  }
  if (piece >= pieces.size()) return -1;
  return static_cast<unsigned char>(pieces[piece][offset++]);
}

std::weak_ordering compareText(const TextPieces& a, const TextPieces& b) noexcept {
  std::size_t aPiece = 0, aOffset = 0, bPiece = 0, bOffset = 0;
  for (;;) {
    const int ca = nextChar(a, aPiece, aOffset);
    const int cb = nextChar(b, bPiece, bOffset);
    if (ca != cb) return ca < cb ? std::weak_ordering::less : std::weak_ordering::greater;
    if (ca < 0) return std::weak_ordering::equivalent;
  }
}

}  // namespace

/// Reads EDTF text into Edtf values, stopping at the first error. Positions in errors are
/// 0-based byte offsets into the whole text; everything before an error is ASCII, so they
/// are also character offsets.
class EdtfParser {
 public:
  explicit EdtfParser(std::string_view text) : m_text(text) {}

  std::optional<Edtf> parse() {
    if (m_text.empty()) return fail(0, "the text is empty");
    const std::size_t slash = m_text.find('/');
    if (slash == std::string_view::npos) {
      if (m_text == "..") return fail(0, "'..' (an open end) is allowed only as an end of an interval");
      EdtfDate date;
      if (!parseDate(0, m_text.size(), date)) return std::nullopt;
      return Edtf(std::move(date));
    }

    EdtfEndpoint start;
    EdtfEndpoint end;
    if (!parseEndpoint(0, slash, start) || !parseEndpoint(slash + 1, m_text.size(), end)) return std::nullopt;

    const bool startDate = start.kind == EndpointKind::Date;
    const bool endDate = end.kind == EndpointKind::Date;
    if (start.kind == EndpointKind::Unknown && end.kind == EndpointKind::Unknown)
      return fail(0, "an interval needs at least one end; '/' alone has none");
    // An unknown end only says the span reaches as far as the other end; with no date
    // there, it says nothing at all.
    if (start.kind == EndpointKind::Unknown && !endDate)
      return fail(0, "an unknown (empty) start needs a date as the end");
    if (end.kind == EndpointKind::Unknown && !startDate)
      return fail(slash + 1, "an unknown (empty) end needs a date as the start");
    // Imprecise ends may share days ("1950/1950-03"); only a start wholly after the end is wrong.
    if (startDate && endDate && start.date.earliest() > end.date.latest()) {
      return fail(slash + 1,
                  "the interval starts (" + start.date.text() + ") after it ends (" + end.date.text() + ")");
    }
    return Edtf(std::move(start), std::move(end));
  }

  [[nodiscard]] const EdtfError& error() const noexcept { return m_error; }

 private:
  std::nullopt_t fail(std::size_t position, std::string reason) {
    m_error.position = position;
    m_error.reason = std::move(reason);
    return std::nullopt;
  }

  // The character at `index` of the part [.., end), or '\0' past it.
  [[nodiscard]] char at(std::size_t index, std::size_t end) const noexcept {
    return index < end ? m_text[index] : '\0';
  }

  // Why the character at `index` cannot be where `expected` was wanted.
  bool unexpected(std::size_t index, std::size_t end, std::string_view expected) {
    if (index >= end) {
      fail(index, "the date ends too early: " + std::string(expected));
      return false;
    }
    const char c = m_text[index];
    if (isSpace(c)) {
      fail(index, "whitespace is not allowed");
    } else if (c == 'T') {
      fail(index, "times of day are not supported; give a date only");
    } else if (c == '/') {
      fail(index, "an interval has only one '/'");
    } else if (c == 'x') {
      fail(index, "unspecified digits are written as capital 'X'");
    } else if (static_cast<unsigned char>(c) >= 0x80 || c < 0x20 || c == 0x7f) {
      fail(index, "unexpected non-ASCII or control character; " + std::string(expected));
    } else {
      fail(index, std::string("unexpected character '") + c + "'; " + std::string(expected));
    }
    return false;
  }

  bool parseEndpoint(std::size_t begin, std::size_t end, EdtfEndpoint& out) {
    if (begin == end) {
      out.kind = EndpointKind::Unknown;
      return true;
    }
    if (m_text[begin] == '.') {
      if (end - begin < 2 || m_text[begin + 1] != '.')
        return unexpected(begin, end, "expected a date or '..'");
      if (end - begin > 2) {
        if (m_text[begin + 2] == '/') return unexpected(begin + 2, end, "");
        fail(begin + 2, "'..' (an open end) must stand alone as an end of an interval");
        return false;
      }
      out.kind = EndpointKind::Open;
      return true;
    }
    out.kind = EndpointKind::Date;
    return parseDate(begin, end, out.date);
  }

  // One date in [begin, end): year, optional month or season, optional day, optional
  // qualifier. Level 1 allows unspecified digits (X) only from the right.
  bool parseDate(std::size_t begin, std::size_t end, EdtfDate& out) {
    std::size_t i = begin;
    bool negative = false;
    std::int64_t year = 0;
    int unspecifiedYearDigits = 0;
    bool letterPrefixed = false;

    if (at(i, end) == 'Y') {
      letterPrefixed = true;
      ++i;
      if (at(i, end) == '-') {
        negative = true;
        ++i;
      }
      const std::size_t digitsBegin = i;
      while (isDigit(at(i, end))) ++i;
      const std::size_t digits = i - digitsBegin;
      if (digits == 0) return unexpected(i, end, "expected the digits of the year after 'Y'");
      if (digits > kMaxYearDigits) {
        fail(digitsBegin,
             "years of more than " + std::to_string(kMaxYearDigits) + " digits are not supported");
        return false;
      }
      for (std::size_t k = digitsBegin; k < i; ++k) year = year * 10 + (m_text[k] - '0');
      if (year <= 9999) {
        fail(begin, "the 'Y' prefix is only for years of more than four digits");
        return false;
      }
      if (at(i, end) == 'X') {
        fail(i, "unspecified digits (X) cannot be used in a year with the 'Y' prefix");
        return false;
      }
    } else {
      if (at(i, end) == '-') {
        negative = true;
        ++i;
      }
      for (std::size_t k = 0; k < 4; ++k, ++i) {
        const char c = at(i, end);
        if (isDigit(c)) {
          if (unspecifiedYearDigits > 0) {
            fail(i, "unspecified digits (X) may only end a year (other positions are EDTF level 2)");
            return false;
          }
          year = year * 10 + (c - '0');
        } else if (c == 'X') {
          if (k == 0) {
            fail(i, "the first digit of a year must be given");
            return false;
          }
          if (negative) {
            fail(i, "unspecified digits (X) are not supported in negative years");
            return false;
          }
          ++unspecifiedYearDigits;
          year *= 10;
        } else {
          return unexpected(i, end, "a year has four digits");
        }
      }
      if (isDigit(at(i, end)) || at(i, end) == 'X') {
        fail(i, "a year of more than four digits needs the 'Y' prefix (as in Y12345)");
        return false;
      }
      if (negative && year == 0) {
        fail(begin, "there is no year -0000; year 0 (1 BC) is written 0000");
        return false;
      }
    }
    if (negative) year = -year;
    const std::string_view yearText = m_text.substr(begin, i - begin);

    // Month, season or unspecified month.
    int month = 0;  // 0: none given
    bool monthUnspecified = false;
    int day = 0;  // 0: none given
    bool dayUnspecified = false;
    if (at(i, end) == '-') {
      if (letterPrefixed) {
        fail(i, "a year with the 'Y' prefix stands alone, without month or day");
        return false;
      }
      if (unspecifiedYearDigits > 0) {
        fail(i, "a year with unspecified digits cannot have a month (EDTF level 2)");
        return false;
      }
      ++i;
      const std::size_t monthBegin = i;
      if (!readTwo(i, end, "a month has two digits (01–12, or 21–24 for a season)", month, monthUnspecified))
        return false;
      if (!monthUnspecified) {
        if (month == 0 || (month > 12 && month < 21) || month > 41) {
          fail(monthBegin, "month " + std::string(m_text.substr(monthBegin, 2)) + " does not exist");
          return false;
        }
        if (month > 24) {
          fail(monthBegin, "season " + std::to_string(month) +
                               " is EDTF level 2; level 1 has 21–24 (spring, summer, autumn, winter)");
          return false;
        }
      }

      if (at(i, end) == '-') {
        if (month >= 21) {
          fail(i, "a season cannot have a day");
          return false;
        }
        ++i;
        const std::size_t dayBegin = i;
        if (!readTwo(i, end, "a day has two digits", day, dayUnspecified)) return false;
        if (!dayUnspecified) {
          if (monthUnspecified) {
            fail(dayBegin, "a day cannot follow an unspecified month (EDTF level 2)");
            return false;
          }
          if (!isValidGregorianDate(year, month, day)) {
            fail(dayBegin, "day " + std::string(m_text.substr(dayBegin, 2)) + " does not exist in " +
                               std::string(kMonthNames[static_cast<std::size_t>(month - 1)]) + " " +
                               std::string(yearText));
            return false;
          }
        }
      }
    }

    Qualifiers qualifiers;
    if (isQualifier(at(i, end))) {
      const char q = m_text[i];
      qualifiers.uncertain = q == '?' || q == '%';
      qualifiers.approximate = q == '~' || q == '%';
      ++i;
    }
    if (i < end) {
      const char c = m_text[i];
      if (isQualifier(c)) {
        fail(i, "only one qualifier (?, ~ or %) is allowed; use % for uncertain and approximate");
        return false;
      }
      if (c == '-' && qualifiers.any()) {
        fail(i - 1, "a qualifier must come at the end of the date (qualifying a part is EDTF level 2)");
        return false;
      }
      return unexpected(i, end, "expected the end of the date");
    }

    // Resolve to days and precision.
    out = EdtfDate{};
    out.m_qualifiers = qualifiers;
    out.m_text = std::string(m_text.substr(begin, end - begin));
    out.m_unspecified = unspecifiedYearDigits > 0 || monthUnspecified || dayUnspecified;
    if (unspecifiedYearDigits > 0) {
      static constexpr std::array<std::int64_t, 4> kSpan{1, 10, 100, 1000};
      static constexpr std::array<Precision, 4> kPrecision{Precision::Year, Precision::Decade,
                                                           Precision::Century, Precision::Millennium};
      const auto digits = static_cast<std::size_t>(unspecifiedYearDigits);
      out.m_precision = kPrecision[digits];
      out.m_range = yearsRange(year, year + kSpan[digits] - 1);
    } else if (month == 0 || monthUnspecified) {
      out.m_precision = Precision::Year;
      out.m_range = yearsRange(year, year);
    } else if (month >= 21) {
      out.m_precision = Precision::Season;
      out.m_range = seasonRange(year, month);
    } else if (day == 0 || dayUnspecified) {
      out.m_precision = Precision::Month;
      out.m_range = {daysFromGregorian(year, month, 1),
                     daysFromGregorian(year, month, daysInGregorianMonth(year, month))};
    } else {
      out.m_precision = Precision::Day;
      const DayNumber d = daysFromGregorian(year, month, day);
      out.m_range = {d, d};
    }
    return true;
  }

  // Two digits, or "XX" (sets `unspecified`); a single X among digits is EDTF level 2.
  bool readTwo(std::size_t& i, std::size_t end, std::string_view what, int& value, bool& unspecified) {
    const char a = at(i, end);
    const char b = at(i + 1, end);
    if (a == 'X' && b == 'X') {
      unspecified = true;
    } else if ((a == 'X' && isDigit(b)) || (isDigit(a) && b == 'X')) {
      fail(a == 'X' ? i : i + 1, "a partly unspecified month or day is EDTF level 2");
      return false;
    } else if (isDigit(a) && isDigit(b)) {
      value = twoDigits(a, b);
    } else if (isDigit(a) && (b == '-' || b == '\0' || isQualifier(b))) {
      fail(i, std::string(what));  // one digit: "1956-1-5"
      return false;
    } else {
      return unexpected(isDigit(a) || a == 'X' ? i + 1 : i, end, what);
    }
    i += 2;
    if (isDigit(at(i, end)) || at(i, end) == 'X') {
      fail(i - 2, std::string(what));
      return false;
    }
    return true;
  }

  std::string_view m_text;
  EdtfError m_error;
};

std::string_view precisionName(Precision precision) noexcept {
  switch (precision) {
    case Precision::Day:
      return "day";
    case Precision::Month:
      return "month";
    case Precision::Season:
      return "season";
    case Precision::Year:
      return "year";
    case Precision::Decade:
      return "decade";
    case Precision::Century:
      return "century";
    case Precision::Millennium:
      return "millennium";
  }
  return "day";
}

std::string EdtfError::message() const {
  // Positions are 0-based for code; people count characters from 1.
  return "at character " + std::to_string(position + 1) + ": " + reason;
}

EdtfDate EdtfDate::fromDay(DayNumber day, Qualifiers qualifiers) {
  EdtfDate date;
  date.m_range = {day, day};
  date.m_precision = Precision::Day;
  date.m_qualifiers = qualifiers;
  date.m_text = isoDate(day);
  if (const char q = qualifierChar(qualifiers); q != '\0') date.m_text += q;
  return date;
}

Edtf::Edtf(EdtfDate date) : m_start{EndpointKind::Date, std::move(date)} {
  m_end = m_start;
  computeRange();
}

Edtf::Edtf(EdtfEndpoint start, EdtfEndpoint end)
    : m_start(std::move(start)), m_end(std::move(end)), m_interval(true) {
  computeRange();
}

std::optional<Edtf> Edtf::parse(std::string_view text, EdtfError* error) {
  EdtfParser parser(text);
  std::optional<Edtf> result = parser.parse();
  if (!result && error != nullptr) *error = parser.error();
  return result;
}

void Edtf::computeRange() noexcept {
  const bool startDate = m_start.kind == EndpointKind::Date;
  const bool endDate = m_end.kind == EndpointKind::Date;
  DayNumber first = kDayMin;
  DayNumber last = kDayMax;
  if (startDate) {
    first = m_start.date.earliest();
  } else if (m_start.kind == EndpointKind::Unknown && endDate) {
    first = m_end.date.earliest();  // we only know the span reaches the end
  }
  if (endDate) {
    last = m_end.date.latest();
  } else if (m_end.kind == EndpointKind::Unknown && startDate) {
    last = m_start.date.latest();
  }
  // 'Y' years beyond about ten million years lie outside the open-end sentinels; an open end
  // then reaches at least as far as the date so the range stays ordered.
  if (m_start.kind == EndpointKind::Open && endDate) first = std::min(first, m_end.date.earliest());
  if (m_end.kind == EndpointKind::Open && startDate) last = std::max(last, m_start.date.latest());
  m_range = {first, last};
}

bool Edtf::isImprecise() const noexcept {
  const auto imprecise = [](const EdtfEndpoint& endpoint) {
    switch (endpoint.kind) {
      case EndpointKind::Unknown:
        return true;
      case EndpointKind::Open:
        return false;  // an open end is a known fact: it has not ended
      case EndpointKind::Date:
        break;
    }
    return endpoint.date.qualifiers().any() || endpoint.date.precision() != Precision::Day;
  };
  return imprecise(m_start) || (m_interval && imprecise(m_end));
}

std::string Edtf::toString() const {
  const TextPieces pieces = textPieces(*this);
  std::string text;
  for (std::string_view piece : pieces) text += piece;
  return text;
}

std::weak_ordering operator<=>(const Edtf& a, const Edtf& b) noexcept {
  // Compared member by member: a defaulted <=> trips clang-tidy 14's modernize-use-nullptr
  // (a false positive on comparison categories).
  if (a.m_range.first != b.m_range.first)
    return a.m_range.first < b.m_range.first ? std::weak_ordering::less : std::weak_ordering::greater;
  if (a.m_range.last != b.m_range.last)
    return a.m_range.last < b.m_range.last ? std::weak_ordering::less : std::weak_ordering::greater;
  return compareText(textPieces(a), textPieces(b));
}

}  // namespace okhotsk
