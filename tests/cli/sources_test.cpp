// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-cli sources: CSL-JSON, BibTeX and text of the embedded dataset's sources, of events,
// of a date and of the shipped tour; checked against what the events and state commands report.

#include "cli_run.h"
#include "commands.h"
#include "json_output.h"

#include "../support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli {
namespace {

const std::string kTour =
    std::string(OKHOTSK_DATASET_SOURCE_DIR) + "/../tours/japanese-soviet-relations.json";

using test::CliRun;
using test::runCli;

std::vector<std::string> idsOf(const Json& items) {
  std::vector<std::string> ids;
  for (const Json& item : items) ids.push_back(item["id"].get<std::string>());
  return ids;
}

// The source ids the events command gives for one event.
std::vector<std::string> eventSourceIds(const std::string& id, const std::string& date) {
  const CliRun r = runCli({"events", date, date, "--json"});
  EXPECT_EQ(r.status, 0) << r.err;
  const Json parsed = Json::parse(r.out);
  for (const Json& event : parsed["events"])
    if (event["id"] == id) return idsOf(event["sources"]);
  ADD_FAILURE() << "no event " << id << " on " << date;
  return {};
}

// The source ids of a territory's period(s) the state command gives for a day.
std::vector<std::string> periodSourceIds(const std::string& territory, const std::string& date) {
  const CliRun r = runCli({"state", date, "--json"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> ids;
  const Json parsed = Json::parse(r.out);
  for (const Json& t : parsed["territories"])
    if (t["id"] == territory)
      for (const Json& period : t["periods"])
        for (const Json& id : period["source_ids"]) ids.push_back(id.get<std::string>());
  return ids;
}

std::string writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

TEST(CliSources, AnEventsSourcesAsCslJson) {
  const CliRun r = runCli({"sources", "--event", "E033", "--format", "csl-json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json items = Json::parse(r.out);
  ASSERT_TRUE(items.is_array());
  EXPECT_EQ(idsOf(items), eventSourceIds("E033", "1956-10-19"));
  for (const Json& item : items) {
    EXPECT_TRUE(item["type"].is_string());
    EXPECT_FALSE(item["title"].get<std::string>().empty());
  }
  // --json is the same as --format csl-json.
  EXPECT_EQ(runCli({"sources", "--event", "E033", "--json"}).out, r.out);
}

TEST(CliSources, SeveralEventsEachSourceOnce) {
  const CliRun r = runCli({"sources", "--event", "E033", "--event", "E001", "--event", "E033", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> expected = eventSourceIds("E033", "1956-10-19");
  for (const std::string& id : eventSourceIds("E001", "1855-02-07"))
    if (std::find(expected.begin(), expected.end(), id) == expected.end()) expected.push_back(id);
  EXPECT_EQ(idsOf(Json::parse(r.out)), expected);
}

TEST(CliSources, EverySourceAsTextAndBibtex) {
  const CliRun all = runCli({"sources", "--json"});
  ASSERT_EQ(all.status, 0) << all.err;
  const Json items = Json::parse(all.out);
  EXPECT_GT(items.size(), 100U);
  const CliRun text = runCli({"sources"});
  ASSERT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("mofa_territory_index: Ministry of Foreign Affairs of Japan"), std::string::npos)
      << text.out.substr(0, 400);
  const CliRun bibtex = runCli({"sources", "--format", "bibtex"});
  ASSERT_EQ(bibtex.status, 0);
  std::size_t entries = 0;
  for (std::size_t at = bibtex.out.find('@'); at != std::string::npos; at = bibtex.out.find("\n@", at + 1))
    ++entries;
  EXPECT_EQ(entries, items.size());
}

TEST(CliSources, TheShippedTourCitesEveryStop) {
  const CliRun r = runCli({"sources", "--tour", kTour, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<std::string> ids = idsOf(Json::parse(r.out));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "each source once";
  // The first stop: E001 on 1855-02-07 with Etorofu selected; its territory's period first.
  const std::vector<std::string> etorofu = periodSourceIds("etorofu", "1855-02-07");
  ASSERT_FALSE(etorofu.empty());
  ASSERT_GE(ids.size(), etorofu.size());
  EXPECT_TRUE(std::equal(etorofu.begin(), etorofu.end(), ids.begin()));
  // A later stop's event (E033, 1956) is cited too.
  for (const std::string& id : eventSourceIds("E033", "1956-10-19"))
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(CliSources, ADateCitesTheControlOfThatDay) {
  const CliRun r = runCli({"sources", "--date", "1945-08-30", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> ids = idsOf(Json::parse(r.out));
  for (const char* territory : {"etorofu", "kunashiri", "shikotan", "habomai"})
    for (const std::string& id : periodSourceIds(territory, "1945-08-30"))
      EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << territory << ": " << id;
}

TEST(CliSources, BadInputIsNamed) {
  const CliRun unknown = runCli({"sources", "--event", "E999"});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("no event 'E999'"), std::string::npos) << unknown.err;
  EXPECT_EQ(runCli({"sources", "--format", "xml"}).status, 2);
  EXPECT_EQ(runCli({"sources", "--format", "bibtex", "--json"}).status, 2);
  EXPECT_EQ(runCli({"sources", "--date", "19x5"}).status, 2);

  const okhotsk::testing::TempDir dir;
  const std::string badDate =
      writeFile(dir.path() / "bad.json", R"({"format": "okhotsk-atlas-tour", "version": 1,
    "stops": [{"date": "1956-10-19", "event": "E033"}, {"date": "1956-02-30"}]})");
  const CliRun date = runCli({"sources", "--tour", badDate});
  EXPECT_EQ(date.status, 1);
  EXPECT_NE(date.err.find("bad.json: stop 2, field \"date\": "), std::string::npos) << date.err;
  EXPECT_EQ(date.out, "");

  const std::string notTour = writeFile(dir.path() / "points.geojson", R"({"type": "FeatureCollection"})");
  const CliRun foreign = runCli({"sources", "--tour", notTour});
  EXPECT_EQ(foreign.status, 1);
  EXPECT_NE(foreign.err.find("points.geojson: not an Okhotsk Atlas tour file"), std::string::npos)
      << foreign.err;

  const CliRun missing = runCli({"sources", "--tour", (dir.path() / "none.json").string()});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("none.json: cannot be read"), std::string::npos) << missing.err;

  // An event the dataset does not know is left out of its stop with a warning.
  const std::string unknownEvent = writeFile(dir.path() / "unknown.json", R"({"format": "okhotsk-atlas-tour",
    "version": 1, "stops": [{"date": "1956-10-19", "event": "E999", "territory": "etorofu"}]})");
  const CliRun warned = runCli({"sources", "--tour", unknownEvent, "--json"});
  EXPECT_EQ(warned.status, 0) << warned.err;
  EXPECT_NE(warned.err.find("unknown.json: warning: stop 1, field \"event\": no event 'E999'"),
            std::string::npos)
      << warned.err;
  EXPECT_EQ(idsOf(Json::parse(warned.out)), periodSourceIds("etorofu", "1956-10-19"));
}

// pybtex (Debian python3-pybtex) reads what the command writes: every entry, with its title.
TEST(CliSources, PybtexParsesTheBibtex) {
  if (std::system("/usr/bin/python3 -c 'import pybtex' 2>/dev/null") != 0)
    GTEST_SKIP() << "python3-pybtex is not installed";
  const okhotsk::testing::TempDir dir;
  const CliRun bibtex = runCli({"sources", "--format", "bibtex"});
  ASSERT_EQ(bibtex.status, 0);
  const std::string file = writeFile(dir.path() / "sources.bib", bibtex.out);
  const std::size_t count = Json::parse(runCli({"sources", "--json"}).out).size();
  const std::string script = writeFile(dir.path() / "check.py",
                                       "import sys\n"
                                       "from pybtex.database import parse_file\n"
                                       "data = parse_file(sys.argv[1], bib_format='bibtex')\n"
                                       "assert len(data.entries) == int(sys.argv[2]), len(data.entries)\n"
                                       "for key, entry in data.entries.items():\n"
                                       "    assert entry.fields.get('title'), key\n"
                                       "print(len(data.entries))\n");
  const std::string command = "/usr/bin/python3 " + script + " " + file + " " + std::to_string(count);
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

}  // namespace
}  // namespace okhotsk::cli
