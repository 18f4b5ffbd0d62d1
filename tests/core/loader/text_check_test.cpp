// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The loader's checks on a text file's bytes (loader/text_check): the CSV scanner and the UTF-8
// check were rewritten for speed (a 90 MB events.csv of 100,000 events), and must say exactly
// what the straightforward versions they replaced said. Those versions are kept here as the
// reference and both are run on random and on hand-made inputs.
#include "loader/text_check.h"

#include "../../support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace okhotsk;
using namespace okhotsk::loader;
using okhotsk::testing::TempDir;

// ---- the reference: the checks as they were before the rewrite ------------------------------

namespace reference {

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

std::optional<Utf8Problem> referenceInvalidUtf8(std::string_view text) {
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
bool checkCsvReference(std::string_view text, const std::string& file, const std::string& layer,
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

}  // namespace reference

// ---- the comparison ---------------------------------------------------------------------------

// checkTextFile's diagnostics for `text` written to a file.
std::string checked(const TempDir& temp, const std::string& text) {
  const auto file = temp.path() / "layer.csv";
  std::ofstream(file, std::ios::binary) << text;
  Diagnostics diagnostics;
  checkTextFile(file, "layer", true, diagnostics);
  return diagnostics.toText();
}

// The reference's diagnostics for a file of ASCII text without NUL (so that only the CSV checks
// speak, as the rewrite left the others alone).
std::string expected(const TempDir& temp, const std::string& text) {
  const auto file = temp.path() / "layer.csv";
  Diagnostics diagnostics;
  if (text.empty()) {
    diagnostics.error(file.string(), "layer", "", "", "the file is empty (0 bytes); the layer is not read");
    return diagnostics.toText();
  }
  reference::checkCsvReference(text, file.string(), "layer", diagnostics);
  return diagnostics.toText();
}

std::string randomText(std::mt19937& random, std::string_view alphabet, std::size_t maxLength) {
  std::uniform_int_distribution<std::size_t> length(0, maxLength);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string text(length(random), ' ');
  for (char& c : text) c = alphabet[pick(random)];
  return text;
}

TEST(CsvCheck, SaysWhatTheRecordSplitterSaidOnRandomText) {
  TempDir temp;
  std::mt19937 random(20261207);
  // Commas, quotes, line ends, and the letters of "id" so that headers name it.
  const std::string_view alphabet = "id,,,\"\"\n\n\r x";
  for (int i = 0; i < 3000; ++i) {
    std::string text = randomText(random, alphabet, 60);
    // Some start with a header of three columns, one of them "id".
    if (i % 3 == 0) text = "id,name,x\n" + text;
    if (i % 3 == 1) text = "a,id,b\r\n" + text;
    ASSERT_EQ(checked(temp, text), expected(temp, text)) << "text: " << text;
  }
}

TEST(CsvCheck, SaysWhatTheRecordSplitterSaidOnHandMadeFiles) {
  TempDir temp;
  const std::vector<std::string> cases{
      "id,name\nE1,Alpha\nE2,Beta\n",
      "id,name\nE1,Alpha,extra\nE2\n",
      "id,name\r\nE1,\"a, b\"\r\nE2,\"line\nbreak\"\r\n",
      "id,name\nE1,\"never closed\n",
      "id,name\nE1,Alpha",
      "\n\nid,name\n\nE1,Alpha\n\n",
      "id,id,,name\nE1,a,b,c\n",
      "name,x\nA,B,C\n",
      "\"\"\nid\nE1\n",
      "id,name\nE1,\"doubled \"\"quote\"\"\"\n\"E\r\",x,y\r\n",
      "id\r\n\r\nE1\r\n",
      "id,name\n" + std::string(kMaxCsvLineBytes + 10, 'x') + "\n",
  };
  for (const std::string& text : cases)
    EXPECT_EQ(checked(temp, text), expected(temp, text)) << text.substr(0, 200);
}

TEST(Utf8Check, FindsWhatTheBytewiseCheckFound) {
  std::mt19937 random(7);
  // ASCII runs (the fast path), line breaks, and bytes that begin, continue or break sequences.
  const std::string_view alphabet = "abcdefgh\n\n\xC3\xA9\xE3\x81\x82\xF0\x9F\x98\x80\xFF\xC0\xED\xA0";
  for (int i = 0; i < 5000; ++i) {
    std::string text = randomText(random, alphabet, 80);
    if (i % 2 == 0) text = std::string(static_cast<std::size_t>(i % 23), 'a') + text;
    const auto actual = findInvalidUtf8(text);
    const auto wanted = reference::referenceInvalidUtf8(text);
    ASSERT_EQ(actual.has_value(), wanted.has_value()) << text;
    if (!actual) continue;
    EXPECT_EQ(actual->line, wanted->line) << text;
    EXPECT_EQ(actual->column, wanted->column) << text;
    EXPECT_EQ(actual->byte, wanted->byte) << text;
    EXPECT_EQ(actual->furtherLines, wanted->furtherLines) << text;
  }
  // A long ASCII text with one bad byte far in: its line and column still count every '\n'.
  std::string text;
  for (int line = 0; line < 1000; ++line) text += "an ASCII line of a CSV file, 42 bytes long\n";
  text +=
      "abc\xFF"
      "def\n";
  const auto problem = findInvalidUtf8(text);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->line, 1001U);
  EXPECT_EQ(problem->column, 4U);
}

}  // namespace
