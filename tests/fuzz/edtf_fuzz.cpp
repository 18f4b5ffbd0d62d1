// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EDTF parser (core/include/okhotsk/edtf.h). Properties:
// - a rejected text gets a reason and a position inside the text (<= its size);
// - an accepted value has earliest <= latest, as has each of its dates;
// - its canonical text parses again to the same value (range, ends, precision, qualifiers,
//   unspecified digits, time), and that text is its own canonical text;
// - firstDayOf() agrees with Edtf::firstDay(), and each language's readable form is not empty.
#include "fuzz_support.h"

#include "okhotsk/edtf.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using okhotsk::fuzz::printable;
using okhotsk::fuzz::require;

bool sameDate(const okhotsk::EdtfDate& a, const okhotsk::EdtfDate& b) {
  return a.range() == b.range() && a.precision() == b.precision() && a.qualifiers() == b.qualifiers() &&
         a.hasUnspecifiedDigits() == b.hasUnspecifiedDigits() && a.time() == b.time() && a.text() == b.text();
}

bool sameEnd(const okhotsk::EdtfEndpoint& a, const okhotsk::EdtfEndpoint& b) {
  return a.kind == b.kind && (a.kind != okhotsk::EndpointKind::Date || sameDate(a.date, b.date));
}

void checkDates(const okhotsk::Edtf& value, const std::string& input) {
  require(value.earliest() <= value.latest(), "earliest > latest", input);
  for (const okhotsk::EdtfEndpoint* end : {&value.start(), &value.end()})
    if (end->kind == okhotsk::EndpointKind::Date)
      require(end->date.earliest() <= end->date.latest(), "a date of the value has earliest > latest", input);
}

void checkRoundTrip(const okhotsk::Edtf& value, const std::string& input) {
  const std::string canonical = value.toString();
  okhotsk::EdtfError error;
  const auto again = okhotsk::Edtf::parse(canonical, &error);
  require(again.has_value(), "the canonical text does not parse",
          input + " -> " + printable(canonical) + ": " + error.message());
  require(again->range() == value.range() && again->isInterval() == value.isInterval() &&
              sameEnd(again->start(), value.start()) && sameEnd(again->end(), value.end()),
          "parse(toString(x)) differs from x", input + " -> " + printable(canonical));
  require(again->toString() == canonical, "the canonical text is not stable",
          input + " -> " + printable(canonical) + " -> " + printable(again->toString()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = okhotsk::fuzz::asText(data, size);
  okhotsk::EdtfError error;
  const auto value = okhotsk::Edtf::parse(text, &error);
  if (!value) {
    require(error.position <= size, "the error position lies beyond the text",
            printable(text) + ": " + error.message());
    require(!error.reason.empty(), "an error without a reason", printable(text));
    return 0;
  }
  const std::string input = printable(text);
  checkDates(*value, input);
  checkRoundTrip(*value, input);

  okhotsk::FirstDayError firstError;
  const auto first = okhotsk::firstDayOf(text, &firstError);
  require(first == value->firstDay(), "firstDayOf() disagrees with Edtf::firstDay()", input);
  for (const okhotsk::Language language :
       {okhotsk::Language::English, okhotsk::Language::Japanese, okhotsk::Language::Russian})
    require(!okhotsk::formatEdtf(*value, language).empty(), "an empty readable form", input);
  return 0;
}
