// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading EDTF text (levels 0 and 1, with level 0's date and time) into Edtf values, for
// Edtf::parse. Private to core/src.

#include "okhotsk/edtf.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace okhotsk {

/// Reads EDTF text into Edtf values, stopping at the first error. Positions in errors are
/// 0-based byte offsets into the whole text; everything before an error is ASCII, so they
/// are also character offsets.
class EdtfParser {
 public:
  explicit EdtfParser(std::string_view text) : m_text(text) {}

  /// The value of the whole text: a date or an interval "start/end"; empty on error.
  std::optional<Edtf> parse();

  [[nodiscard]] const EdtfError& error() const noexcept { return m_error; }

 private:
  // The pieces of one date as written, before they are resolved to days.
  struct DateParts {
    std::int64_t year = 0;
    int unspecifiedYearDigits = 0;  // trailing X digits of the year
    bool letterPrefixed = false;    // 'Y' year
    int month = 0;                  // 0: none given; 21–24: a season
    bool monthUnspecified = false;  // "XX"
    int day = 0;                    // 0: none given
    bool dayUnspecified = false;    // "XX"
    std::optional<EdtfTime> time;   // "Thh:mm:ss" after a complete date
    Qualifiers qualifiers;
  };

  std::optional<Edtf> checkInterval(EdtfEndpoint start, EdtfEndpoint end, std::size_t slash);
  std::nullopt_t fail(std::size_t position, std::string reason, EdtfErrorKind kind);
  [[nodiscard]] char at(std::size_t index, std::size_t end) const noexcept;
  bool unexpected(std::size_t index, std::size_t end, std::string_view expected);
  bool parseEndpoint(std::size_t begin, std::size_t end, EdtfEndpoint& out);
  bool parseDate(std::size_t begin, std::size_t end, EdtfDate& out);
  bool parseLetterYear(std::size_t begin, std::size_t& i, std::size_t end, DateParts& parts);
  bool parseFourDigitYear(std::size_t begin, std::size_t& i, std::size_t end, DateParts& parts);
  bool parseMonth(std::size_t& i, std::size_t end, DateParts& parts);
  bool parseDay(std::size_t& i, std::size_t end, std::string_view yearText, DateParts& parts);
  bool parseTime(std::size_t& i, std::size_t end, DateParts& parts);
  bool parseTimeShift(std::size_t& i, std::size_t end, EdtfTime& time);
  bool readClockTwo(std::size_t& i, std::size_t end, std::string_view what, int& value);
  bool timeUnexpected(std::size_t index, std::size_t end, std::string_view expected);
  bool parseQualifier(std::size_t& i, std::size_t end, DateParts& parts);
  bool readTwo(std::size_t& i, std::size_t end, std::string_view what, int& value, bool& unspecified);
  void resolve(std::size_t begin, std::size_t end, const DateParts& parts, EdtfDate& out) const;

  std::string_view m_text;
  EdtfError m_error;
};

}  // namespace okhotsk
