// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/text_check.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>

namespace okhotsk::loader {

namespace {

bool continuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF) {
  return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence starting at text[at], or 0 when there is
// none (Unicode 15, table 3-7).
std::size_t sequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : static_cast<unsigned char>(0);
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(byte(1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    // E0: no overlong form; ED: no surrogate (U+D800..U+DFFF).
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
    return continuation(byte(1), low, high) && continuation(byte(2)) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    // F0: no overlong form; F4: nothing above U+10FFFF.
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
    return continuation(byte(1), low, high) && continuation(byte(2)) && continuation(byte(3)) ? 4 : 0;
  }
  return 0;  // 80..C1 (a continuation byte or an overlong lead), F5..FF
}

}  // namespace

std::optional<Utf8Problem> findInvalidUtf8(std::string_view text) {
  std::optional<Utf8Problem> problem;
  std::size_t line = 1;
  std::size_t lineStart = 0;
  std::size_t lastBadLine = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = sequenceLength(text, at);
    if (length == 0) {
      if (!problem) {
        problem = Utf8Problem{line, at - lineStart + 1, static_cast<unsigned char>(text[at]), 0};
      } else if (line != lastBadLine) {
        ++problem->furtherLines;
      }
      lastBadLine = line;
      ++at;  // resume at the next byte
      continue;
    }
    if (text[at] == '\n') {
      ++line;
      lineStart = at + 1;
    }
    at += length;
  }
  return problem;
}

std::string describeUtf8Problem(const Utf8Problem& problem) {
  static constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string message = "not valid UTF-8 at line " + std::to_string(problem.line) + ", column " +
                        std::to_string(problem.column) + " (counted in bytes): byte 0x";
  message += kHex.at(problem.byte >> 4U);
  message += kHex.at(problem.byte & 0xFU);
  if (problem.furtherLines == 1) message += "; 1 more line holds invalid UTF-8";
  if (problem.furtherLines > 1)
    message += "; " + std::to_string(problem.furtherLines) + " more lines hold invalid UTF-8";
  return message;
}

void checkTextFile(const std::filesystem::path& file, const std::string& layer, bool csv,
                   Diagnostics& diagnostics) {
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (const auto problem = findInvalidUtf8(text))
    diagnostics.error(file.string(), layer, "", "", describeUtf8Problem(*problem));
  if (!csv) return;
  // GDAL's CSV reader accepts a file cut short inside a quoted field without complaint;
  // an odd number of quotes or a missing final line break gives such a file away.
  const auto quotes = std::count(text.begin(), text.end(), '"');
  if (quotes % 2 != 0)
    diagnostics.error(file.string(), layer, "", "",
                      "a quoted field is never closed: the file is truncated or malformed; the last row "
                      "may be incomplete");
  else if (!text.empty() && text.back() != '\n')
    diagnostics.warning(file.string(), layer, "", "",
                        "the file does not end with a line break; it may be truncated");
}

}  // namespace okhotsk::loader
