// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvRecordReader must split a CSV into the values GDAL's CSV driver reads from it: it is run
// against GDAL's own CSVReadParseLine3L (with the driver's arguments) on random texts full of
// what trips CSV readers, and wherever it does not refuse a text, every record must match.
#include "loader/csv_records.h"

#include "../../support/temp_dir.h"

#include <cpl_csv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using okhotsk::loader::CsvRecordReader;
using okhotsk::testing::TempDir;
using Records = std::vector<std::vector<std::string>>;

// GDAL's records of `text`, as OGRCSVLayer reads them (records without values skipped).
Records gdalRecords(const std::string& text) {
  const std::string name = "/vsimem/okhotsk_csv_records_test.csv";
  VSILFILE* memory =
      VSIFileFromMemBuffer(name.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(text.data())),
                           static_cast<vsi_l_offset>(text.size()), FALSE);
  (void)VSIFCloseL(memory);
  VSILFILE* file = VSIFOpenL(name.c_str(), "rb");
  Records records;
  while (char** tokens = CSVReadParseLine3L(file, 10'000'000, ",", true, false, false, true)) {
    std::vector<std::string> values;
    for (char** token = tokens; *token != nullptr; ++token) values.emplace_back(*token);
    CSLDestroy(tokens);
    if (!values.empty()) records.push_back(std::move(values));
  }
  (void)VSIFCloseL(file);
  (void)VSIUnlink(name.c_str());
  return records;
}

// Ours, or nothing when the reader refuses the text.
std::optional<Records> ourRecords(const std::filesystem::path& file, std::uintmax_t size) {
  CsvRecordReader reader(file, 0, size);
  Records records;
  std::vector<std::string> values;
  while (true) {
    switch (reader.next(values)) {
      case CsvRecordReader::Result::Record:
        records.push_back(values);
        break;
      case CsvRecordReader::Result::End:
        return records;
      case CsvRecordReader::Result::Refused:
        return std::nullopt;
    }
  }
}

std::string randomText(std::mt19937& random) {
  // Mostly ordinary bytes, with quotes, commas, line ends and UTF-8 in every position.
  static const std::vector<std::string> pieces{"a",  "bc",   "Итуруп", "択捉", " ",    ",",   ",",       "\"",
                                               "\"", "\"\"", "\n",     "\n",   "\r\n", "x,y", "\"q,r\"", "'"};
  static const std::vector<std::string> rare{"\r", "\n\n", "\xEF\xBB\xBF", std::string(1, '\0'), "\n\r"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  std::string text;
  const int length = std::uniform_int_distribution<int>(1, 60)(random);
  for (int i = 0; i < length; ++i) {
    if (percent(random) < 2)
      text += rare[std::uniform_int_distribution<std::size_t>(0, rare.size() - 1)(random)];
    else
      text += pieces[pick(random)];
  }
  if (percent(random) < 70) text += "\n";
  return text;
}

TEST(CsvRecordReader, ReadsEveryRecordAsGdalDoesOrRefuses) {
  TempDir temp;
  std::mt19937 random(20261208);
  int accepted = 0;
  int refused = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(random);
    const auto file = temp.path() / "events.csv";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    const std::optional<Records> ours = ourRecords(file, text.size());
    if (!ours) {
      ++refused;
      continue;
    }
    ++accepted;
    ASSERT_EQ(*ours, gdalRecords(text)) << "round " << round << ", text: " << ::testing::PrintToString(text);
  }
  EXPECT_GT(accepted, 5000) << "many texts are read, not refused";
  EXPECT_GT(refused, 500) << "blank lines, lone carriage returns and NUL bytes are refused";
}

TEST(CsvRecordReader, RefusesWhatGdalSkipsOrCutsAndReadsARange) {
  TempDir temp;
  const auto write = [&](const std::string& text) {
    const auto file = temp.path() / "t.csv";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    return ourRecords(file, text.size());
  };
  EXPECT_FALSE(write("a,b\n\nc,d\n")) << "a blank line";
  EXPECT_FALSE(write("a,b\rc,d\n")) << "a lone carriage return";
  EXPECT_FALSE(write(std::string("a,b\nc", 5) + std::string(1, '\0') + "d\n")) << "a NUL byte";
  EXPECT_FALSE(
      write("a,b\n\xEF\xBB\xBF"
            "c,d\n"))
      << "a byte-order mark where a later record starts";
  const auto unclosed = write("a,\"b\nc,d\n");
  ASSERT_TRUE(unclosed);
  EXPECT_EQ(*unclosed, Records({{"a", "b\nc,d"}})) << "an unclosed quote takes the rest, as GDAL does";

  const std::string text = "h1,h2\nr1,\"x\r\ny\"\nr2,z,\n";
  const auto file = temp.path() / "range.csv";
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  CsvRecordReader second(file, text.find("r2"), text.size());
  std::vector<std::string> values;
  ASSERT_EQ(second.next(values), CsvRecordReader::Result::Record);
  EXPECT_EQ(values, (std::vector<std::string>{"r2", "z", ""}));
  EXPECT_EQ(second.next(values), CsvRecordReader::Result::End);
  CsvRecordReader first(file, 0, text.find("r2"));
  ASSERT_EQ(first.next(values), CsvRecordReader::Result::Record);
  ASSERT_EQ(first.next(values), CsvRecordReader::Result::Record);
  EXPECT_EQ(values, (std::vector<std::string>{"r1", "x\ny"})) << "CRLF inside quotes joins as a line feed";
  EXPECT_EQ(first.next(values), CsvRecordReader::Result::End) << "the range ends where the second starts";
}

}  // namespace
