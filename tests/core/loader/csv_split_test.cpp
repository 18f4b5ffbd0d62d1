// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A large events.csv is read as two halves on two threads (loader/csv_split, readEvents). The
// cut must fall where a record starts, with the count of records before it that GDAL would
// return, and the split read must give what one read gives: the same events in the same
// order, and the same diagnostics, row numbers included.
#include "loader/csv_split.h"
#include "okhotsk/loader.h"

#include "../../support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace okhotsk;
using namespace okhotsk::loader;
namespace fs = std::filesystem;
using okhotsk::testing::TempDir;

// ---- a reference: a CSV read record by record, as GDAL's reader joins lines -----------------

struct Record {
  std::size_t start = 0;  // the byte offset of its first line
  int fields = 0;
};

// Splits well-formed text (line feeds, optional CR before them, no blank lines) into records.
std::vector<Record> records(std::string_view text) {
  std::vector<Record> found;
  bool inQuotes = false;
  Record current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') inQuotes = !inQuotes;
    if (c == ',' && !inQuotes) ++current.fields;
    if (c == '\n' && !inQuotes) {
      ++current.fields;
      found.push_back(current);
      current = Record{i + 1, 0};
    }
  }
  return found;
}

// A random CSV of `rows` records of `width` fields (some rows wider or narrower), with quoted
// commas, doubled quotes and quoted line breaks; CRLF line ends when `crlf`.
std::string randomCsv(std::mt19937& random, int rows, int width, bool crlf) {
  const std::string end = crlf ? "\r\n" : "\n";
  std::string text;
  for (int f = 0; f < width; ++f) text += (f ? "," : "") + std::string("h") + std::to_string(f);
  text += end;
  std::uniform_int_distribution<int> pick(0, 9);
  for (int r = 0; r < rows; ++r) {
    const int fields = pick(random) == 0 ? width + pick(random) % 3 - 1 : width;
    for (int f = 0; f < fields; ++f) {
      if (f) text += ',';
      switch (pick(random)) {
        case 0:
          text += "\"a, b\"";
          break;
        case 1:
          text += "\"say \"\"yes\"\"\"";
          break;
        case 2:
          text += "\"two" + end + "lines\"";
          break;
        case 3:
          break;
        default:
          text += "v" + std::to_string(r) + "_" + std::to_string(f);
      }
    }
    text += end;
  }
  return text;
}

void expectARecordBoundary(std::string_view text, int width, const CsvSplit& split) {
  const std::vector<Record> all = records(text);
  long long before = 0;
  const Record* at = nullptr;
  for (std::size_t i = 1; i < all.size(); ++i) {
    if (all[i].start == split.offset) {
      at = &all[i];
      break;
    }
    ++before;
  }
  ASSERT_NE(at, nullptr) << "the cut at " << split.offset << " is not where a record starts";
  EXPECT_EQ(split.recordsBefore, before);
  EXPECT_EQ(at->fields, width) << "the second half starts with a record as wide as the header";
  const std::size_t next = at + 1 < all.data() + all.size() ? (at + 1)->start : text.size();
  EXPECT_EQ(text.substr(split.offset, next - split.offset).find('\n'), next - split.offset - 1)
      << "and on one line";
  EXPECT_GE(split.offset, text.size() / 2);
  EXPECT_EQ(split.size, text.size());
}

TEST(CsvSplit, CutsWhereARecordStartsAndCountsTheRecordsBefore) {
  std::mt19937 random(20261208);
  int found = 0;
  for (int round = 0; round < 400; ++round) {
    const int width = 2 + round % 6;
    const std::string text = randomCsv(random, 4 + round % 97, width, round % 3 == 0);
    const auto split = findCsvSplit(text, width);
    if (!split) continue;
    ++found;
    SCOPED_TRACE("round " + std::to_string(round));
    expectARecordBoundary(text, width, *split);
  }
  EXPECT_GT(found, 300) << "most random files can be cut";
}

TEST(CsvSplit, AQuotedLineBreakAtTheMiddleIsNotACut) {
  std::string text = "id,text\n";
  for (int i = 0; i < 10; ++i) text += "r" + std::to_string(i) + ",plain\n";
  const std::size_t quoted = text.size();
  text += "q,\"" + std::string(200, 'x') + "\n" + std::string(200, 'y') + "\"\n";
  const std::size_t after = text.size();
  for (int i = 0; i < 10; ++i) text += "s" + std::to_string(i) + ",plain\n";
  ASSERT_GT(text.size() / 2, quoted);
  ASSERT_LT(text.size() / 2, after);
  const auto split = findCsvSplit(text, 2);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->offset, after);
  EXPECT_EQ(split->recordsBefore, 11);
}

TEST(CsvSplit, RefusesWhatGdalMightCountOtherwise) {
  const std::string rows = "a,1\nb,2\nc,3\nd,4\ne,5\nf,6\n";
  EXPECT_TRUE(findCsvSplit("id,v\n" + rows, 2));
  EXPECT_FALSE(findCsvSplit("id,v\na,1\n\nb,2\n" + rows, 2)) << "a blank line: GDAL skips it";
  EXPECT_FALSE(findCsvSplit("id,v\na,1\rb,2\n" + rows, 2)) << "a lone carriage return ends a line for GDAL";
  EXPECT_FALSE(findCsvSplit("id,v,w\n" + rows, 2)) << "a header of another width";
  EXPECT_FALSE(findCsvSplit("id,v\na,1\n", 2)) << "no record after the middle";
  std::string narrow = "id,v\n";
  for (int i = 0; i < 10; ++i) narrow += "a,1\n";
  for (int i = 0; i < 80; ++i) narrow += "narrow\n";
  EXPECT_FALSE(findCsvSplit(narrow, 2)) << "no record as wide as the header among the next 64";
  const auto crlf = findCsvSplit("id,v\r\na,1\r\nb,2\r\nc,3\r\nd,4\r\n", 2);
  ASSERT_TRUE(crlf);
  EXPECT_EQ(crlf->offset, 16U);
  EXPECT_EQ(crlf->recordsBefore, 2);
}

TEST(CsvSplit, TheFileIsCutAsItsTextIsAcrossReadChunks) {
  TempDir temp;
  std::mt19937 random(7);
  // Over 2 MiB, so that records cross the 1 MiB chunks the file is read in.
  std::string text = randomCsv(random, 60000, 5, false);
  ASSERT_GT(text.size(), std::size_t{2} << 20U);
  const fs::path file = temp.path() / "events.csv";
  std::ofstream(file, std::ios::binary) << text;
  const auto fromText = findCsvSplit(text, 5);
  const auto fromFile = findCsvFileSplit(file, 5, 0);
  ASSERT_TRUE(fromText);
  ASSERT_TRUE(fromFile);
  EXPECT_EQ(fromFile->offset, fromText->offset);
  EXPECT_EQ(fromFile->recordsBefore, fromText->recordsBefore);
  EXPECT_EQ(fromFile->size, text.size());
  EXPECT_FALSE(findCsvFileSplit(file, 5, text.size() + 1)) << "smaller than the threshold";
  EXPECT_FALSE(findCsvFileSplit(temp.path() / "absent.csv", 5, 0));
}

// ---- the loader: two halves read as one --------------------------------------------------

const fs::path kValid = fs::path(OKHOTSK_FIXTURES_DIR) / "loader" / "valid";

// Events with the faults a historian's file has, spread over both halves: no id, an
// impossible date, an unknown category, lon without lat, a quoted comma and line break,
// doubled quotes, and some rows with a field too few or too many.
std::string eventsCsv(int rows, bool crlf) {
  const std::string end = crlf ? "\r\n" : "\n";
  std::string text =
      "id,date,category,title_en,title_ja,title_ru,summary_en,summary_ja,summary_ru,place_id,lon,lat,"
      "territories,source_ids,confidence,note" +
      end;
  for (int r = 0; r < rows; ++r) {
    const std::string n = std::to_string(r);
    const std::string id = r % 97 == 5 ? "" : "G" + n;
    const std::string date =
        r % 89 == 3 ? "1956-02-30" : std::to_string(1855 + r % 150) + "-0" + std::to_string(1 + r % 9);
    const std::string category = r % 83 == 7 ? "weather" : "diplomacy";
    const std::string lonLat = r % 79 == 11 ? "146.5," : "146." + std::to_string(r % 10) + ",43.5";
    const std::string summary =
        r % 7 == 0 ? "\"Talks, then a \"\"note\"\"," + end + "on two lines\"" : "Talks " + n;
    std::string row;
    for (const std::string& value : {id, date, category, "Event " + n, "出来事" + n, "Событие " + n, summary,
                                     std::string(), std::string(), std::string(), lonLat,
                                     std::string("alpha"), std::string("src_a"), std::string("confirmed")}) {
      row += value;
      row += ',';
    }
    if (r % 101 == 50) row += ",extra";
    if (r % 103 == 60) row.pop_back();  // drops the last comma: a field short
    text += row;
    text += end;
  }
  return text;
}

std::vector<std::string> describe(const LoadResult& result) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : result.diagnostics.items()) lines.push_back(d.toString());
  if (result.dataset)
    for (const Event& e : result.dataset->events()) {
      std::ostringstream line;
      line << e.id << '|' << e.date.toString() << '|' << e.title.en << '|' << e.title.ja << '|'
           << e.summary.en << '|'
           << (e.location ? std::to_string(e.location->lon) + "," + std::to_string(e.location->lat) : "-");
      lines.push_back(line.str());
    }
  return lines;
}

// The fixture dataset with `events` as its events.csv, loaded once whole and once in halves.
struct BothReads {
  std::vector<std::string> whole;
  std::vector<std::string> halves;
  bool cut = false;  // whether the file can be cut, so that the split read runs
};

BothReads loadBothWays(const std::string& events) {
  TempDir temp;
  const fs::path root = temp.path() / "dataset";
  fs::copy(kValid, root, fs::copy_options::recursive);
  std::ofstream(root / "events.csv", std::ios::binary | std::ios::trunc) << events;
  LoadOptions whole;
  whole.coastlineLevels.clear();
  whole.readEventsInHalvesFrom = UINTMAX_MAX;
  LoadOptions halves = whole;
  halves.readEventsInHalvesFrom = 0;
  return {describe(loadDataset(root, whole)), describe(loadDataset(root, halves)),
          findCsvFileSplit(root / "events.csv", 16, 0).has_value()};
}

class SplitRead : public ::testing::TestWithParam<bool> {};

TEST_P(SplitRead, GivesWhatOneReadGives) {
  const BothReads reads = loadBothWays(eventsCsv(3000, GetParam()));
  ASSERT_TRUE(reads.cut);
  const std::vector<std::string>& one = reads.whole;
  ASSERT_GT(one.size(), 2900U);
  ASSERT_EQ(reads.halves.size(), one.size());
  for (std::size_t i = 0; i < one.size(); ++i) ASSERT_EQ(reads.halves[i], one[i]) << "line " << i;
  const auto rowNumbered = std::count_if(one.begin(), one.end(), [](const std::string& line) {
    return line.find("feature #") != std::string::npos;
  });
  EXPECT_GT(rowNumbered, 20) << "rows without an id are named by number in both halves";
}

INSTANTIATE_TEST_SUITE_P(LineEnds, SplitRead, ::testing::Values(false, true),
                         [](const auto& param) { return param.param ? "Crlf" : "Lf"; });

TEST(SplitReadFallback, AFileWithABlankLineIsReadWholeAndTheSame) {
  std::string text = eventsCsv(400, false);
  text.insert(text.find('\n', 1000) + 1, "\n");
  const BothReads reads = loadBothWays(text);
  EXPECT_FALSE(reads.cut);
  EXPECT_EQ(reads.halves, reads.whole);
}

// A blank line after the cut: the file is cut, the own reader refuses the second half, and
// both halves are read through GDAL instead (the second opened again without its header).
TEST(SplitReadFallback, ABlankLineInTheSecondHalfIsReadThroughGdalAndTheSame) {
  std::string text = eventsCsv(2000, false);
  const std::size_t late = text.find("\nG1990,");
  ASSERT_NE(late, std::string::npos);
  text.insert(late + 1, "\n");
  const BothReads reads = loadBothWays(text);
  EXPECT_TRUE(reads.cut);
  ASSERT_GT(reads.whole.size(), 1900U);
  EXPECT_EQ(reads.halves, reads.whole);
}

TEST(SplitReadFallback, ATruncatedSecondHalfIsReportedAsInOneRead) {
  std::string text = eventsCsv(2000, false);
  text.resize(text.size() - 40);  // cut inside the last row
  text += ",\"an unclosed quote";
  const BothReads reads = loadBothWays(text);
  ASSERT_TRUE(reads.cut);
  EXPECT_EQ(reads.halves, reads.whole);
  EXPECT_TRUE(std::any_of(reads.whole.begin(), reads.whole.end(),
                          [](const std::string& line) { return line.find("error") != std::string::npos; }));
}

}  // namespace
