// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/text_check.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

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

namespace {

// The encoding a byte-order mark or the NUL pattern of the first bytes gives away, or
// nothing: UTF-16 and UTF-32 text, which GDAL reads as bytes and cuts at the first NUL.
std::optional<std::string> wideEncoding(std::string_view text) {
  const auto at = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100U;
  };
  if (at(0) == 0xFF && at(1) == 0xFE)
    return at(2) == 0 && at(3) == 0 ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
  if (at(0) == 0xFE && at(1) == 0xFF) return "UTF-16 (big-endian)";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32 (big-endian)";
  if (text.size() >= 2 && at(0) != 0 && at(1) == 0) return "UTF-16 (little-endian, no byte-order mark)";
  if (text.size() >= 2 && at(0) == 0 && at(1) != 0) return "UTF-16 (big-endian, no byte-order mark)";
  return std::nullopt;
}

// Line and column (1-based, in bytes) of offset `at`.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t at) {
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(
                                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  const std::size_t lineStart = at == 0 ? 0 : text.rfind('\n', at - 1);
  return {line, lineStart == std::string_view::npos || at == 0 ? at + 1 : at - lineStart};
}

// GDAL ends a field at a NUL byte and loses the rest of the row: report where.
void checkNulBytes(std::string_view text, const std::string& file, const std::string& layer,
                   Diagnostics& diagnostics) {
  const std::size_t first = text.find('\0');
  if (first == std::string_view::npos) return;
  const auto [line, column] = lineAndColumn(text, first);
  const auto count = std::count(text.begin(), text.end(), '\0');
  std::string message = "NUL byte at line " + std::to_string(line) + ", column " + std::to_string(column) +
                        " (counted in bytes): the text is cut there and the rest of the row is lost";
  if (count > 1) message += "; " + std::to_string(count - 1) + " more NUL bytes in the file";
  diagnostics.error(file, layer, "", "", std::move(message));
}

// One CSV record: the line it starts on, and its values (unquoted).
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> values;
};

// Splits `text` into records as RFC 4180 does (a quoted value may hold commas, line breaks
// and doubled quotes; CRLF ends a line like LF; blank lines are skipped). Sets `unclosed`
// when the text ends inside quotes, and `longRecord` to the line of the first record over
// kMaxCsvLineBytes (0 when none).
std::vector<CsvRecord> splitCsv(std::string_view text, bool& unclosed, std::size_t& longRecord) {
  std::vector<CsvRecord> records;
  CsvRecord record{1, {""}};
  bool quoted = false;
  std::size_t line = 1;
  std::size_t recordStart = 0;
  longRecord = 0;
  const auto finish = [&](std::size_t end) {
    if (longRecord == 0 && end - recordStart > kMaxCsvLineBytes) longRecord = record.line;
    if (record.values.size() > 1 || !record.values.back().empty()) records.push_back(std::move(record));
  };
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\n') ++line;
    if (c == '"') {
      if (quoted && at + 1 < text.size() && text[at + 1] == '"') {
        record.values.back() += '"';
        ++at;
      } else {
        quoted = !quoted;
      }
    } else if (!quoted && c == ',') {
      record.values.emplace_back();
    } else if (!quoted && c == '\n') {
      if (!record.values.back().empty() && record.values.back().back() == '\r')
        record.values.back().pop_back();
      finish(at);
      record = CsvRecord{line, {""}};
      recordStart = at + 1;
    } else {
      record.values.back() += c;
    }
  }
  unclosed = quoted;
  if (!quoted) finish(text.size());
  return records;
}

// Header columns repeated or without a name; rows with more or fewer values than the header.
void checkCsvRecords(const std::vector<CsvRecord>& records, const std::string& file, const std::string& layer,
                     Diagnostics& diagnostics) {
  if (records.empty()) return;
  const std::vector<std::string>& header = records.front().values;
  std::size_t idColumn = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "id" && idColumn == header.size()) idColumn = i;
    if (header[i].empty()) {
      diagnostics.error(file, layer, "", "",
                        "column " + std::to_string(i + 1) + " of the header (line 1) has no name");
      continue;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (header[j] == header[i]) {
        diagnostics.error(file, layer, "", header[i],
                          "the header (line 1) names column '" + header[i] + "' twice (columns " +
                              std::to_string(j + 1) + " and " + std::to_string(i + 1) +
                              "); only the first is read");
        break;
      }
  }
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    if (record.values.size() == header.size()) continue;
    const std::string id = idColumn < record.values.size() ? record.values[idColumn] : std::string();
    diagnostics.error(file, layer, id.empty() ? "" : id, "",
                      "line " + std::to_string(record.line) + " has " + std::to_string(record.values.size()) +
                          " values, the header has " + std::to_string(header.size()) +
                          (record.values.size() > header.size() ? "; the extra values are lost"
                                                                : "; the missing ones are read as empty"));
  }
}

// The CSV-only checks; false when the file must not be read.
bool checkCsv(std::string_view text, const std::string& file, const std::string& layer,
              Diagnostics& diagnostics) {
  bool unclosed = false;
  std::size_t longRecord = 0;
  const std::vector<CsvRecord> records = splitCsv(text, unclosed, longRecord);
  if (longRecord != 0) {
    diagnostics.error(file, layer, "", "",
                      "the row at line " + std::to_string(longRecord) + " is longer than " +
                          std::to_string(kMaxCsvLineBytes) +
                          " bytes, the loader's limit for a CSV row; the layer is not read");
    return false;
  }
  checkCsvRecords(records, file, layer, diagnostics);
  // GDAL's CSV reader accepts a file cut short inside a quoted field without complaint.
  if (unclosed)
    diagnostics.error(file, layer, "", "",
                      "a quoted field is never closed: the file is truncated or malformed; the last row "
                      "may be incomplete");
  else if (!text.empty() && text.back() != '\n')
    diagnostics.warning(file, layer, "", "", "the file does not end with a line break; it may be truncated");
  return true;
}

}  // namespace

bool checkTextFile(const std::filesystem::path& file, const std::string& layer, bool csv,
                   Diagnostics& diagnostics) {
  const std::string name = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    diagnostics.error(name, layer, "", "", std::string("cannot be read: ") + std::strerror(errno));
    return false;
  }
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (content.empty()) {
    diagnostics.error(name, layer, "", "", "the file is empty (0 bytes); the layer is not read");
    return false;
  }
  if (const auto encoding = wideEncoding(content)) {
    diagnostics.error(name, layer, "", "",
                      "the file is " + *encoding + ", convert it to UTF-8; the layer is not read");
    return false;
  }
  std::string_view text = content;
  if (text.starts_with("\xEF\xBB\xBF")) {
    diagnostics.warning(name, layer, "", "",
                        "the file starts with a UTF-8 byte-order mark, which is ignored");
    text.remove_prefix(3);
  }
  // Positions count from the file's first byte, the byte-order mark included.
  checkNulBytes(content, name, layer, diagnostics);
  if (const auto problem = findInvalidUtf8(content))
    diagnostics.error(name, layer, "", "", describeUtf8Problem(*problem));
  return !csv || checkCsv(text, name, layer, diagnostics);
}

}  // namespace okhotsk::loader
