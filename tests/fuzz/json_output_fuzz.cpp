// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's JSON output (core/cli/json_output.h), two ways:
// 1. toJsonText() on objects and arrays of arbitrary byte strings and numbers built from the
//    input: the text is valid UTF-8 on one line and parses back (nlohmann) to the same
//    structure, each string with its invalid bytes replaced by U+FFFD (replaceInvalidUtf8, a
//    separate implementation), each number equal, NaN and infinities as null;
// 2. `okhotsk-cli date TEXT --json` (cli::run) on one of those strings that is not an option
//    ("-h"): unless it is a usage error, one line of valid UTF-8 whose "input" is the text so replaced and
//    whose "valid" matches the exit status.
#include "fuzz_support.h"

#include "commands.h"
#include "json_output.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

namespace {

using okhotsk::cli::Json;
using okhotsk::fuzz::printable;
using okhotsk::fuzz::replaceInvalidUtf8;
using okhotsk::fuzz::require;

// One value and what it must read back as.
struct Pair {
  Json written;
  Json expected;
};

Pair stringPair(FuzzedDataProvider& input) {
  std::string text = input.ConsumeRandomLengthString(64);
  Json expected = replaceInvalidUtf8(text);
  return {Json(std::move(text)), std::move(expected)};
}

Pair numberPair(FuzzedDataProvider& input) {
  switch (input.ConsumeIntegralInRange(0, 2)) {
    case 0: {
      const auto value = input.ConsumeIntegral<std::int64_t>();
      return {Json(value), Json(value)};
    }
    case 1: {
      const auto value = input.ConsumeIntegral<std::uint64_t>();
      return {Json(value), Json(value)};
    }
    default: {
      // Any 64 bits, NaN and infinities included (a coordinate the dataset should not have).
      const auto bits = input.ConsumeIntegral<std::uint64_t>();
      double value = 0.0;
      static_assert(sizeof bits == sizeof value);
      std::memcpy(&value, &bits, sizeof value);
      return {Json(value), std::isfinite(value) ? Json(value) : Json(nullptr)};
    }
  }
}

Pair anyPair(FuzzedDataProvider& input, int depth);

Pair containerPair(FuzzedDataProvider& input, int depth, bool object) {
  Pair pair{object ? Json::object() : Json::array(), object ? Json::object() : Json::array()};
  const int count = input.ConsumeIntegralInRange(0, 4);
  for (int i = 0; i < count && input.remaining_bytes() > 0; ++i) {
    Pair item = anyPair(input, depth + 1);
    if (object) {
      // Keys are the CLI's own names (ASCII); dataset text goes into values.
      const std::string key = "k" + std::to_string(i);
      pair.written[key] = std::move(item.written);
      pair.expected[key] = std::move(item.expected);
    } else {
      pair.written.push_back(std::move(item.written));
      pair.expected.push_back(std::move(item.expected));
    }
  }
  return pair;
}

Pair anyPair(FuzzedDataProvider& input, int depth) {
  const int kind = input.ConsumeIntegralInRange(0, depth < 4 ? 5 : 3);
  switch (kind) {
    case 0:
    case 1:
      return stringPair(input);
    case 2:
      return numberPair(input);
    case 3: {
      const bool value = input.ConsumeBool();
      return {Json(value), Json(value)};
    }
    default:
      return containerPair(input, depth, kind == 4);
  }
}

Json parseBack(const std::string& text, const std::string& what) {
  require(okhotsk::fuzz::isValidUtf8(text), "the JSON text is not valid UTF-8",
          what + ": " + printable(text));
  require(text.find('\n') == std::string::npos, "the JSON text is not one line", printable(text));
  try {
    return Json::parse(text);
  } catch (const std::exception& error) {
    okhotsk::fuzz::fail("the JSON text does not parse", what + ": " + printable(text) + ": " + error.what());
  }
}

// "-h", "--version", "--lang=ja": an option to CLI11, which prints help or takes it as one. A
// negative year ("-0500") is a date.
bool isOptionLike(const std::string& text) {
  return text.size() >= 2 && text[0] == '-' && (text[1] < '0' || text[1] > '9');
}

void checkDateCommand(const std::string& text) {
  if (isOptionLike(text)) return;
  std::ostringstream out;
  std::ostringstream err;
  const int status = okhotsk::cli::run({"date", text, "--json"}, out, err);
  if (status == 2) return;  // a usage error ("--help", "-x"): no JSON is promised
  std::string output = out.str();
  require(!output.empty() && output.back() == '\n', "date --json does not end its line", printable(output));
  output.pop_back();
  const Json back = parseBack(output, "date --json " + printable(text));
  require(back.is_object() && back.value("input", Json()) == Json(replaceInvalidUtf8(text)),
          "date --json does not give the input back", printable(text) + " -> " + printable(output));
  require(back.value("valid", Json()) == Json(status == 0),
          "date --json: \"valid\" disagrees with the exit status", printable(output));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  const std::string dateText = input.ConsumeRandomLengthString(40);
  const Pair pair = containerPair(input, 0, true);
  const std::string text = okhotsk::cli::toJsonText(pair.written);
  const Json back = parseBack(text, "toJsonText");
  require(back == pair.expected, "the JSON reads back as another structure",
          printable(text) + " expected " + printable(pair.expected.dump()));
  checkDateCommand(dateText);
  return 0;
}
