// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-cli export: the embedded dataset exported and loaded again gives the same JSON.

#include "cli_run.h"
#include "commands.h"

#include "../support/temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli {
namespace {

namespace fs = std::filesystem;

using test::CliRun;
using test::runCli;

// The commands whose JSON together print the whole content the CLI shows: every event, every
// trade series, and the state of every territory on days across the control history.
const std::vector<std::vector<std::string>> kWholeContent{{"events", "1500", "2100", "--json"},
                                                          {"trade", "--json"},
                                                          {"state", "1855-02-07", "--json"},
                                                          {"state", "1875-08-22", "--json"},
                                                          {"state", "1905-09-05", "--json"},
                                                          {"state", "1925-05-15", "--json"},
                                                          {"state", "1945-08-30", "--json"},
                                                          {"state", "1946-02-02", "--json"},
                                                          {"state", "1952-04-28", "--json"},
                                                          {"state", "1991-12-26", "--json"},
                                                          {"state", "2026-01-01", "--json"},
                                                          {"--lang=ja", "events", "1500", "2100", "--json"},
                                                          {"--lang=ru", "state", "1945-08-30", "--json"}};

// The original dataset's output of each command, computed once for all formats.
const std::vector<CliRun>& originalContent() {
  static const std::vector<CliRun> outputs = [] {
    std::vector<CliRun> runs;
    runs.reserve(kWholeContent.size());
    for (const std::vector<std::string>& command : kWholeContent) runs.push_back(runCli(command));
    return runs;
  }();
  return outputs;
}

void expectSameContent(const fs::path& exported) {
  for (std::size_t i = 0; i < kWholeContent.size(); ++i) {
    const std::vector<std::string>& command = kWholeContent[i];
    const CliRun& original = originalContent()[i];
    ASSERT_EQ(original.status, 0) << original.err;
    std::vector<std::string> again = command;
    again.insert(again.begin(), {"--dataset", exported.string()});
    const CliRun reloaded = runCli(again);
    EXPECT_EQ(reloaded.status, 0) << reloaded.err;
    EXPECT_EQ(reloaded.err, "") << exported;
    EXPECT_EQ(reloaded.out, original.out) << exported << ": " << command.front() << ' ' << command.at(1);
  }
}

class CliExport : public ::testing::TestWithParam<const char*> {};

TEST_P(CliExport, ExportThenLoadGivesTheSameJson) {
  const testing::TempDir temp;
  const std::string format = GetParam();
  const fs::path out = temp.path() / (format == "gpkg" ? "atlas.gpkg" : "atlas");
  const CliRun exported = runCli({"export", format, out.string()});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_NE(exported.out.find("wrote " + out.string()), std::string::npos) << exported.out;
  expectSameContent(out);
}

INSTANTIATE_TEST_SUITE_P(Formats, CliExport, ::testing::Values("gpkg", "geojson", "csv", "fgb"));

TEST(CliExportFilter, AFilteredExportHoldsWhatTheSameQueryShows) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "filtered.gpkg";
  const CliRun exported =
      runCli({"export", "gpkg", out.string(), "--from", "1945", "--to", "1956", "--category", "military"});
  ASSERT_EQ(exported.status, 0) << exported.err;
  const CliRun query = runCli({"events", "1945", "1956", "--category", "military", "--json"});
  const CliRun fromExport = runCli({"--dataset", out.string(), "events", "1500", "2100", "--json"});
  ASSERT_EQ(fromExport.status, 0) << fromExport.err;
  // The same events; only the echoed FROM and TO differ.
  const auto events = [](const std::string& json) { return json.substr(json.find("\"count\"")); };
  EXPECT_EQ(events(fromExport.out), events(query.out));
  EXPECT_NE(query.out.find("\"count\":"), std::string::npos);
}

TEST(CliExportErrors, UsageErrorsAndFailuresAreReported) {
  const testing::TempDir temp;
  const CliRun format = runCli({"export", "shp", (temp.path() / "x").string()});
  EXPECT_EQ(format.status, 2);
  EXPECT_NE(format.err.find("unknown format 'shp'"), std::string::npos) << format.err;
  const CliRun date = runCli({"export", "gpkg", (temp.path() / "x.gpkg").string(), "--from", "19x5"});
  EXPECT_EQ(date.status, 2);
  EXPECT_NE(date.err.find("19x5"), std::string::npos) << date.err;
  const CliRun order =
      runCli({"export", "gpkg", (temp.path() / "x.gpkg").string(), "--from", "1950", "--to", "1940"});
  EXPECT_EQ(order.status, 2);
  const CliRun category = runCli({"export", "gpkg", (temp.path() / "x.gpkg").string(), "--category", "war"});
  EXPECT_EQ(category.status, 2);
  const fs::path nowhere = temp.path() / "missing" / "atlas.gpkg";
  const CliRun unwritable = runCli({"export", "gpkg", nowhere.string()});
  EXPECT_EQ(unwritable.status, 1);
  EXPECT_NE(unwritable.err.find(nowhere.string()), std::string::npos) << unwritable.err;
  EXPECT_NE(unwritable.err.find("does not exist"), std::string::npos) << unwritable.err;
  EXPECT_FALSE(fs::exists(temp.path() / "missing"));
  EXPECT_FALSE(fs::exists(temp.path() / "x.gpkg"));
}

TEST(CliExportKml, KmlCarriesTimeSpansForDatedEvents) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "atlas.kml";
  const CliRun exported = runCli({"export", "kml", out.string(), "--json"});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_NE(exported.out.find("\"format\":\"kml\""), std::string::npos) << exported.out;
  std::ifstream in(out);
  const std::string kml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(kml.find("<Folder><name>events</name>"), std::string::npos);
  // E001, the Treaty of Shimoda, 1855-02-07.
  EXPECT_NE(kml.find("<TimeSpan><begin>1855-02-07</begin><end>1855-02-07</end></TimeSpan>"),
            std::string::npos);
}

}  // namespace
}  // namespace okhotsk::cli
