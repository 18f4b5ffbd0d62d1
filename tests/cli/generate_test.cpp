// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-cli generate: the embedded dataset plus synthetic rows, loadable without a diagnostic,
// in the counts asked for, with the mix of EDTF precisions of a chronicle, the same for a seed.

#include "commands.h"

#include "../support/temp_dir.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli {
namespace {

namespace fs = std::filesystem;

const std::string kEmbedded = OKHOTSK_DATASET_SOURCE_DIR;

struct CliRun {
  int status = 0;
  std::string out;
  std::string err;
};

CliRun runCli(const std::vector<std::string>& arguments) {
  std::ostringstream out;
  std::ostringstream err;
  const int status = run(arguments, out, err);
  return {status, out.str(), err.str()};
}

CliRun generate(const fs::path& out, int events, int polygons, int seed) {
  return runCli({"--dataset", kEmbedded, "generate", "--events", std::to_string(events), "--polygons",
                 std::to_string(polygons), "--seed", std::to_string(seed), out.string()});
}

LoadResult load(const fs::path& path) {
  LoadOptions options;
  options.coastlineLevels.clear();
  return loadDataset(path, options);
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool isSynthetic(const Event& event) {
  return event.id.size() == 8 && event.id.starts_with("E1");
}

TEST(CliGenerate, AddsTheCountsAskedForAndLoadsWithoutDiagnostics) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "generated";
  const CliRun generated = generate(out, 600, 25, 7);
  ASSERT_EQ(generated.status, 0) << generated.err;
  const LoadResult base = load(kEmbedded);
  const LoadResult result = load(out);
  ASSERT_TRUE(result.dataset) << result.diagnostics.toText();
  EXPECT_EQ(result.diagnostics.errorCount(), 0U) << result.diagnostics.toText();
  EXPECT_EQ(result.diagnostics.warningCount(), 0U) << result.diagnostics.toText();
  const Dataset& before = *base.dataset;
  const Dataset& after = *result.dataset;
  EXPECT_EQ(after.events().size(), before.events().size() + 600);
  EXPECT_EQ(after.territories().size(), before.territories().size() + 25);
  EXPECT_GE(after.controlPeriods().size(), before.controlPeriods().size() + 25);  // one or more each
  EXPECT_GT(after.places().size(), before.places().size());
  EXPECT_GT(after.sources().size(), before.sources().size());
  // Every synthetic territory has a control history from its start to the open end.
  for (const Territory& territory : after.territories()) {
    if (!territory.id.starts_with("synthetic_t")) continue;
    const auto history = after.controlHistory(territory);
    ASSERT_FALSE(history.empty()) << territory.id;
    EXPECT_EQ(history.back().interval.toString().substr(history.back().interval.toString().size() - 3), "/..")
        << territory.id;
  }
  // The base's rows are all still there, unchanged in number per layer.
  for (const Event& event : before.events()) EXPECT_NE(after.event(event.id), nullptr) << event.id;

  // okhotsk-cli check agrees: no error, no warning.
  const CliRun check = runCli({"check", out.string()});
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("\n0 errors, 0 warnings\n"), std::string::npos) << check.out;
}

TEST(CliGenerate, SyntheticRowsCiteOnlySyntheticSourcesAndSaySoInEveryLanguage) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "generated";
  ASSERT_EQ(generate(out, 300, 10, 3).status, 0);
  const LoadResult result = load(out);
  ASSERT_TRUE(result.dataset);
  int synthetic = 0;
  for (const Event& event : result.dataset->events()) {
    if (!isSynthetic(event)) continue;
    ++synthetic;
    ASSERT_FALSE(event.sourceIds.empty()) << event.id;
    for (const std::string& id : event.sourceIds)
      EXPECT_TRUE(id.starts_with("synthetic_source_")) << event.id;
    EXPECT_TRUE(event.title.en.starts_with("Synthetic event")) << event.id;
    EXPECT_FALSE(event.title.ja.empty()) << event.id;
    EXPECT_FALSE(event.title.ru.empty()) << event.id;
  }
  EXPECT_EQ(synthetic, 300);
  for (const ControlPeriod& period : result.dataset->controlPeriods()) {
    if (!period.territoryId.starts_with("synthetic_t")) continue;
    for (const std::string& id : period.sourceIds)
      EXPECT_TRUE(id.starts_with("synthetic_source_")) << period.id;
    EXPECT_FALSE(period.isDisputed()) << period.id;  // no invented legal positions
  }
}

TEST(CliGenerate, DatesMixThePrecisionsOfAChronicleOverTheWholeSpan) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "generated";
  ASSERT_EQ(generate(out, 2000, 0, 11).status, 0);
  const LoadResult result = load(out);
  ASSERT_TRUE(result.dataset);
  std::set<Precision> precisions;
  int intervals = 0;
  int uncertain = 0;
  int approximate = 0;
  int unspecified = 0;
  int located = 0;
  int before1900 = 0;
  int after1990 = 0;
  std::set<EventCategory> categories;
  for (const Event& event : result.dataset->events()) {
    if (!isSynthetic(event)) continue;
    const EdtfDate& start = event.date.start().date;
    precisions.insert(start.precision());
    if (event.date.isInterval()) ++intervals;
    if (start.qualifiers().uncertain) ++uncertain;
    if (start.qualifiers().approximate) ++approximate;
    if (start.hasUnspecifiedDigits()) ++unspecified;
    if (event.location) ++located;
    if (event.date.earliest() < daysFromGregorian(1900, 1, 1)) ++before1900;
    if (event.date.earliest() >= daysFromGregorian(1990, 1, 1)) ++after1990;
    categories.insert(event.category);
  }
  EXPECT_TRUE(precisions.contains(Precision::Day));
  EXPECT_TRUE(precisions.contains(Precision::Month));
  EXPECT_TRUE(precisions.contains(Precision::Year));
  EXPECT_GT(intervals, 100);
  EXPECT_GT(uncertain, 50);
  EXPECT_GT(approximate, 50);
  EXPECT_GT(unspecified, 30);  // decades (196X) and unspecified months (1956-XX)
  EXPECT_GT(before1900, 100);
  EXPECT_GT(after1990, 100);
  EXPECT_EQ(categories.size(), static_cast<std::size_t>(kEventCategoryCount));
  EXPECT_GT(located, 1400);  // most events have a point; some have none
  EXPECT_LT(located, 2000);
}

TEST(CliGenerate, TheSameSeedWritesTheSameFilesAndAnotherSeedOthers) {
  const testing::TempDir temp;
  ASSERT_EQ(generate(temp.path() / "a", 400, 30, 42).status, 0);
  ASSERT_EQ(generate(temp.path() / "b", 400, 30, 42).status, 0);
  ASSERT_EQ(generate(temp.path() / "c", 400, 30, 43).status, 0);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(temp.path() / "a"))
    names.push_back(entry.path().filename().string());
  ASSERT_FALSE(names.empty());
  for (const std::string& name : names) {
    EXPECT_EQ(contents(temp.path() / "a" / name), contents(temp.path() / "b" / name)) << name;
  }
  EXPECT_NE(contents(temp.path() / "a" / "events.csv"), contents(temp.path() / "c" / "events.csv"));
  EXPECT_NE(contents(temp.path() / "a" / "territories.fgb"), contents(temp.path() / "c" / "territories.fgb"));
}

TEST(CliGenerate, TerritoriesDoNotDependOnTheNumberOfEvents) {
  // Datasets of 1k, 10k and 100k events from one seed share their territories, so that the
  // benchmark compares the cost of the events alone.
  const testing::TempDir temp;
  ASSERT_EQ(generate(temp.path() / "small", 100, 40, 9).status, 0);
  ASSERT_EQ(generate(temp.path() / "large", 3000, 40, 9).status, 0);
  EXPECT_EQ(contents(temp.path() / "small" / "territories.fgb"),
            contents(temp.path() / "large" / "territories.fgb"));
  EXPECT_NE(contents(temp.path() / "small" / "events.csv"), contents(temp.path() / "large" / "events.csv"));
}

TEST(CliGenerate, RefusesAFolderThatHoldsFilesAndBadCounts) {
  const testing::TempDir temp;
  const fs::path out = temp.path() / "taken";
  fs::create_directories(out);
  std::ofstream(out / "keep.txt") << "mine";
  const CliRun refused = generate(out, 10, 0, 1);
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("not an empty folder"), std::string::npos) << refused.err;
  EXPECT_EQ(contents(out / "keep.txt"), "mine");
  EXPECT_FALSE(fs::exists(out / "events.csv"));

  const CliRun negative = runCli({"generate", "--events", "-5", (temp.path() / "x").string()});
  EXPECT_EQ(negative.status, 2) << negative.err;
  EXPECT_FALSE(fs::exists(temp.path() / "x"));
  const CliRun missing = runCli({"generate", "--events", "5"});
  EXPECT_EQ(missing.status, 2) << missing.err;
}

TEST(CliGenerate, JsonSaysWhatWasAdded) {
  const testing::TempDir temp;
  const CliRun generated = runCli({"--dataset", kEmbedded, "generate", "--events", "50", "--polygons", "4",
                                   "--json", (temp.path() / "g").string()});
  ASSERT_EQ(generated.status, 0) << generated.err;
  EXPECT_NE(generated.out.find("\"added\":{\"events\":50,"), std::string::npos) << generated.out;
  EXPECT_NE(generated.out.find("\"territories\":4"), std::string::npos) << generated.out;
  EXPECT_NE(generated.out.find("\"seed\":1"), std::string::npos) << generated.out;
}

}  // namespace
}  // namespace okhotsk::cli
