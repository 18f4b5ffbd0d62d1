// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/edtf.h"

#include "edtf_parser.h"

#include <algorithm>
#include <array>
#include <utility>

namespace okhotsk {

namespace {

char qualifierChar(Qualifiers qualifiers) noexcept {
  if (qualifiers.uncertain && qualifiers.approximate) return '%';
  if (qualifiers.uncertain) return '?';
  if (qualifiers.approximate) return '~';
  return '\0';
}

// The length in bytes of the UTF-8 space character that `text` starts with, or 0. The set
// is QChar::isSpace()'s: ASCII \t to \r and space, U+0085, and Unicode's space separators
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
std::size_t spaceLength(std::string_view text) noexcept {
  const auto byte = [text](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0U;
  };
  const unsigned first = byte(0);
  if (first == ' ' || (first >= '\t' && first <= '\r')) return 1;
  if (first == 0xC2 && (byte(1) == 0x85 || byte(1) == 0xA0)) return 2;
  const unsigned second = byte(1);
  const unsigned third = byte(2);
  const bool space = (first == 0xE1 && second == 0x9A && third == 0x80) ||
                     (first == 0xE2 && second == 0x80 &&
                      (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) && third >= 0x80) ||
                     (first == 0xE2 && second == 0x81 && third == 0x9F) ||
                     (first == 0xE3 && second == 0x80 && third == 0x80);
  return space ? 3 : 0;
}

std::string_view trimSpaces(std::string_view text) noexcept {
  while (const std::size_t length = spaceLength(text)) text.remove_prefix(length);
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::size_t length = 1; length <= 3 && length <= text.size(); ++length) {
      if (spaceLength(text.substr(text.size() - length)) == length) {
        text.remove_suffix(length);
        trimmed = true;
        break;
      }
    }
  }
  return text;
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

std::optional<DayNumber> Edtf::firstDay() const noexcept {
  if (m_range.first <= kDayMin) return std::nullopt;
  return m_range.first;
}

std::string FirstDayError::message() const {
  if (reason == Reason::OpenStart) return "the date has no first day (its start is open)";
  return edtf.message();
}

std::optional<DayNumber> firstDayOf(std::string_view edtfText, FirstDayError* error) {
  EdtfError parseError;
  const std::optional<Edtf> value = Edtf::parse(trimSpaces(edtfText), &parseError);
  if (!value) {
    if (error != nullptr) *error = {FirstDayError::Reason::NotEdtf, std::move(parseError)};
    return std::nullopt;
  }
  const std::optional<DayNumber> day = value->firstDay();
  if (!day && error != nullptr) *error = {FirstDayError::Reason::OpenStart, {}};
  return day;
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
