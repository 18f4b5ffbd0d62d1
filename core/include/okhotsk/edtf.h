// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file edtf.h
/// Dates as historians write them: the Extended Date/Time Format (EDTF, ISO 8601-2),
/// levels 0 and 1, with level 0's date and time. Every date resolves to an inclusive range
/// of days while keeping its precision, qualifiers, time of day and original form.

#include "okhotsk/calendar.h"
#include "okhotsk/language.h"

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace okhotsk {

/// An inclusive range of days [first, last]. Open ends use kDayMin / kDayMax.
struct DayRange {
  DayNumber first = 0;
  DayNumber last = 0;

  [[nodiscard]] bool contains(DayNumber day) const noexcept { return first <= day && day <= last; }
  [[nodiscard]] bool contains(const DayRange& other) const noexcept {
    return first <= other.first && other.last <= last;
  }
  [[nodiscard]] bool overlaps(const DayRange& other) const noexcept {
    return first <= other.last && other.first <= last;
  }
  [[nodiscard]] DayNumber length() const noexcept { return last - first + 1; }
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

/// The finest component a date gives. Unspecified digits widen it:
/// "1956-XX" is Year, "195X" Decade, "19XX" Century.
enum class Precision : unsigned char { Day, Month, Season, Year, Decade, Century, Millennium };

[[nodiscard]] std::string_view precisionName(Precision precision) noexcept;  // "day", "month", ...

/// EDTF level-1 qualifiers: `?` uncertain, `~` approximate, `%` both.
struct Qualifiers {
  bool uncertain = false;
  bool approximate = false;
  [[nodiscard]] bool any() const noexcept { return uncertain || approximate; }
  friend bool operator==(const Qualifiers&, const Qualifiers&) = default;
};

/// A time of day as EDTF level 0 writes it after a complete date, on the 24-hour clock:
/// "T11:02:00" (local), "T11:02:00Z" (UTC), "T11:02:00+09:00" or "T23:20:30-04" (shifted
/// from UTC by hours and minutes, or by hours only).
struct EdtfTime {
  int hour = 0;    ///< 0–23
  int minute = 0;  ///< 0–59
  int second = 0;  ///< 0–59
  /// The shift from UTC in minutes, east positive ("+09:00" 540, "-04" -240, "Z" 0), at most
  /// ±14:00; empty when the time is local and no shift is given.
  std::optional<int> utcOffsetMinutes;
  bool utc = false;  ///< written "Z" (utcOffsetMinutes is then 0)
  friend bool operator==(const EdtfTime&, const EdtfTime&) = default;
};

/// One calendar date of EDTF level 0/1: "1956-10-19", "1978-08", "1945", "-0500",
/// "Y-170000", "2001-21" (season), "195X", "1956-XX-XX", each optionally qualified; or a
/// complete date with a time of day (level 0): "1945-08-09T11:02:00+09:00", never qualified.
class EdtfDate {
 public:
  EdtfDate() = default;

  /// A day-precision date; the caller guarantees it is a valid Gregorian day.
  [[nodiscard]] static EdtfDate fromDay(DayNumber day, Qualifiers qualifiers = {});

  [[nodiscard]] DayNumber earliest() const noexcept { return m_range.first; }
  [[nodiscard]] DayNumber latest() const noexcept { return m_range.last; }
  [[nodiscard]] const DayRange& range() const noexcept { return m_range; }
  [[nodiscard]] Precision precision() const noexcept { return m_precision; }
  [[nodiscard]] Qualifiers qualifiers() const noexcept { return m_qualifiers; }
  /// True when some digits were given as X ("195X", "1956-XX").
  [[nodiscard]] bool hasUnspecifiedDigits() const noexcept { return m_unspecified; }
  /// The time of day written after the date, or empty. A date with a time keeps day
  /// precision, and its range is the day as written: the shift from UTC never moves it.
  [[nodiscard]] const std::optional<EdtfTime>& time() const noexcept { return m_time; }
  [[nodiscard]] bool hasTime() const noexcept { return m_time.has_value(); }
  /// The canonical EDTF text of this date, with its time as written.
  [[nodiscard]] const std::string& text() const noexcept { return m_text; }

  friend bool operator==(const EdtfDate& a, const EdtfDate& b) noexcept { return a.m_text == b.m_text; }

 private:
  friend class EdtfParser;
  DayRange m_range{};
  Precision m_precision = Precision::Day;
  Qualifiers m_qualifiers{};
  bool m_unspecified = false;
  std::optional<EdtfTime> m_time;
  std::string m_text;
};

/// How one end of an interval is given.
enum class EndpointKind : unsigned char {
  Date,     ///< a date
  Open,     ///< ".." — no end (still ongoing, or unbounded)
  Unknown,  ///< empty — the end exists but is not known
};

/// One end of an EDTF interval.
struct EdtfEndpoint {
  EndpointKind kind = EndpointKind::Date;
  EdtfDate date;  ///< meaningful only when kind == Date
};

/// What kind of mistake an EdtfError is, for a program that words it in another language;
/// the English `reason` says the same in more detail.
enum class EdtfErrorKind : unsigned char {
  Other,
  Empty,       ///< nothing was given
  Incomplete,  ///< the text ends before the date does ("1956-")
  Whitespace,  ///< a space inside the date
  /// A time of day that is malformed or impossible ("T25:00:00", "T10:61:00", "+15:00", "T10:00"
  /// without seconds), or one given where EDTF allows none (after a month or a year, at an
  /// end of an interval, with ?, ~ or %).
  TimeOfDay,
  Character,      ///< a character that has no place there
  Digits,         ///< a month or day of one digit, or of three
  NoSuchMonth,    ///< month 13, month 00 (`month` holds it)
  NoSuchDay,      ///< 30 February (`year`, `month` and `day` hold it)
  Year,           ///< a year written in a way EDTF does not allow
  Qualifier,      ///< ?, ~ or % in the wrong place or twice
  Interval,       ///< an interval with a missing, doubled or misplaced end
  IntervalOrder,  ///< an interval that starts after it ends
  Unsupported,    ///< EDTF level 2 and other forms the atlas does not read
};

/// Why a text is not EDTF: the 0-based character position and a reason in English.
struct EdtfError {
  std::size_t position = 0;
  std::string reason;
  EdtfErrorKind kind = EdtfErrorKind::Other;
  std::int64_t year = 0;  ///< with NoSuchDay
  int month = 0;          ///< with NoSuchMonth and NoSuchDay
  int day = 0;            ///< with NoSuchDay
  /// "at character 9: day 30 does not exist in February 1956"
  [[nodiscard]] std::string message() const;
};

/// A parsed EDTF value: either a single date or an interval "start/end".
/// Its `range()` is the whole span of days it may cover:
/// - a single date: [earliest, latest] of that date ("1978-08" → 1978-08-01..1978-08-31);
/// - an interval: [start.earliest, end.latest];
/// - an open end ("..") extends to kDayMin / kDayMax;
/// - an unknown end collapses onto the known end (we only know the span reaches it).
///
/// Values order by (range.first, range.last), then by text.
class Edtf {
 public:
  Edtf() = default;
  explicit Edtf(EdtfDate date);
  Edtf(EdtfEndpoint start, EdtfEndpoint end);

  /// Parses EDTF level 0/1 (a date-time, level 0, stands alone: never an end of an interval).
  /// On failure returns empty and, when `error` is given, fills it.
  [[nodiscard]] static std::optional<Edtf> parse(std::string_view text, EdtfError* error = nullptr);

  [[nodiscard]] bool isInterval() const noexcept { return m_interval; }
  /// For a single date both endpoints are that date.
  [[nodiscard]] const EdtfEndpoint& start() const noexcept { return m_start; }
  [[nodiscard]] const EdtfEndpoint& end() const noexcept { return m_end; }
  [[nodiscard]] const DayRange& range() const noexcept { return m_range; }
  [[nodiscard]] DayNumber earliest() const noexcept { return m_range.first; }
  [[nodiscard]] DayNumber latest() const noexcept { return m_range.last; }
  /// The first day this value may denote, where the atlas goes for it; empty when the start
  /// is open ("../1945"). An unknown start takes the end's first day ("/1945" → 1945-01-01).
  [[nodiscard]] std::optional<DayNumber> firstDay() const noexcept;
  /// True when any part is uncertain, approximate, imprecise (coarser than a day) or unknown.
  [[nodiscard]] bool isImprecise() const noexcept;
  /// The canonical EDTF text ("1904-02-08/1905-09-05", "1991-12/..", "/1945").
  [[nodiscard]] std::string toString() const;

  /// "1978-08" contains "1978-08-12"; containment and overlap compare day ranges.
  [[nodiscard]] bool contains(DayNumber day) const noexcept { return m_range.contains(day); }
  [[nodiscard]] bool contains(const Edtf& other) const noexcept { return m_range.contains(other.m_range); }
  [[nodiscard]] bool overlaps(const Edtf& other) const noexcept { return m_range.overlaps(other.m_range); }
  /// True when every day this value may denote is before every day of `other`.
  [[nodiscard]] bool definitelyBefore(const Edtf& other) const noexcept {
    return m_range.last < other.m_range.first;
  }

  friend bool operator==(const Edtf& a, const Edtf& b) noexcept { return a.toString() == b.toString(); }
  friend std::weak_ordering operator<=>(const Edtf& a, const Edtf& b) noexcept;

 private:
  void computeRange() noexcept;
  EdtfEndpoint m_start;
  EdtfEndpoint m_end;
  DayRange m_range{};
  bool m_interval = false;
};

/// Why firstDayOf() gave no day.
struct FirstDayError {
  enum class Reason : unsigned char {
    NotEdtf,    ///< the text is not EDTF level 0/1; `edtf` says where and why
    OpenStart,  ///< valid EDTF whose start is open ("../1945"): there is no first day
  };
  Reason reason = Reason::NotEdtf;
  EdtfError edtf;  ///< meaningful when reason == NotEdtf
  /// edtf.message(), or "the date has no first day (its start is open)".
  [[nodiscard]] std::string message() const;
};

/// The first day of an EDTF text, as the atlas goes to a typed, configured or scripted date:
/// Edtf::parse() then Edtf::firstDay(). "1978-08" → 1978-08-01, "1945~" → 1945-01-01,
/// "1904-02-08/1905-09-05" → 1904-02-08, "/1945" → 1945-01-01. Whitespace around the text
/// is ignored (ASCII and Unicode spaces, as QString::trimmed() removes them; U+3000 from a
/// Japanese input method too). Empty, with `error` filled when given, when the text is not
/// EDTF (positions in the error count from the first character that is not a space) or its
/// start is open.
[[nodiscard]] std::optional<DayNumber> firstDayOf(std::string_view edtfText, FirstDayError* error = nullptr);

/// A readable form of an EDTF value in one language, with precision and qualifiers
/// spelled out:
/// - en: "19 October 1956", "August 1978", "1945", "about 1945", "1945 (uncertain)",
///       "the 1950s", "spring 2001", "8 February 1904 – 5 September 1905",
///       "from December 1991", "until 1945", "500 BC", "9 August 1945, 11:02 UTC+09:00"
/// - ja: "1956年10月19日", "1978年8月", "1945年頃", "1945年（不確実）", "1950年代",
///       "1904年2月8日～1905年9月5日", "1991年12月以降", "1945年8月9日午前11時2分（UTC+9）"
/// - ru: "19 октября 1956 г.", "август 1978 г.", "около 1945 г.", "1945 г. (?)", "1950-е гг.",
///       "8 февраля 1904 г. – 5 сентября 1905 г.", "с декабря 1991 г.",
///       "9 августа 1945 г., 11:02 (UTC+9)"
/// A time shows its seconds only when they are not zero, and its shift from UTC where one
/// is given ("UTC" for Z).
[[nodiscard]] std::string formatEdtf(const Edtf& value, Language language);

/// A single day spelled out: "19 October 1956" / "1956年10月19日" / "19 октября 1956 г.".
[[nodiscard]] std::string formatDay(DayNumber day, Language language);

/// The Julian (Old Style) form of a day before 1918-02-14, e.g. for 1855-02-07:
/// "26 January 1855 O.S." / "1855年1月26日（ユリウス暦）" / "26 января 1855 г. (ст. ст.)";
/// empty from 1918-02-14 on.
[[nodiscard]] std::optional<std::string> formatOldStyle(DayNumber day, Language language);

/// The Japanese era year: "Shōwa 31" / "昭和31年" / "Сёва 31"; the first year of an era is
/// "元年" in Japanese ("明治元年"). Before 1873, when Japan kept the lunisolar calendar, the
/// era year is the lunisolar one and the lunisolar date follows, labelled as such:
/// "Ansei 1, 12th month 21st day (lunisolar)" / "安政元年12月21日（旧暦）" /
/// "Ансэй 1, 12-й месяц, 21-й день (лунно-солнечный календарь)"; an intercalary month reads
/// "leap 4th month" / "閏4月" / "вставной 4-й месяц". Empty before 1853-02-08 (see japaneseEra).
[[nodiscard]] std::optional<std::string> formatJapaneseEra(DayNumber day, Language language);

/// The Japanese era years a span of days covers, first to last day: one year as
/// formatJapaneseEra gives it without the lunisolar date ("Shōwa 45" / "昭和45年" / "Сёва 45"),
/// years of one era as a range ("Shōwa 45–54" / "昭和45～54年" / "Сёва 45–54"), and across
/// eras both ends ("Taishō 15 – Shōwa 2" / "大正15年～昭和2年" / "Тайсё 15 – Сёва 2"). Before
/// 1873 the years are lunisolar era years. Empty when either day has no era.
[[nodiscard]] std::optional<std::string> formatJapaneseEraSpan(DayNumber first, DayNumber last,
                                                               Language language);

/// ISO 8601 "YYYY-MM-DD" of a day (with a sign and at least four year digits outside 0000–9999).
[[nodiscard]] std::string isoDate(DayNumber day);

}  // namespace okhotsk
