// okhotsk-cli driven through its entry point with string streams.

#include "commands.h"
#include "json_writer.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli {
namespace {

const std::string kValid = std::string(OKHOTSK_FIXTURES_DIR) + "/loader/valid";

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

TEST(Cli, WithoutArgumentsPrintsUsageAndFails) {
  const CliRun r = runCli({});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("usage: okhotsk-cli"), std::string::npos);
}

TEST(Cli, UnknownCommandsAndOptionsAreUsageErrors) {
  EXPECT_EQ(runCli({"frobnicate"}).status, 2);
  EXPECT_EQ(runCli({"state", "1945", "--colour"}).status, 2);
  const CliRun badCategory = runCli({"events", "1900", "2000", "--category", "war"});
  EXPECT_EQ(badCategory.status, 2);
  EXPECT_NE(badCategory.err.find("unknown category 'war'"), std::string::npos);
}

TEST(Cli, DateExplainsHowADateIsUnderstood) {
  const CliRun r = runCli({"date", "1855-02-07"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("7 February 1855"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("26 January 1855"), std::string::npos) << "Old Style:\n" << r.out;
  const CliRun json = runCli({"date", "1978-08", "--json"});
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(json.out.find("\"earliest\":\"1978-08-01\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"latest\":\"1978-08-31\""), std::string::npos);
  EXPECT_NE(json.out.find("\"year\":53"), std::string::npos) << "Shōwa 53:\n" << json.out;
}

TEST(Cli, DateRejectsInvalidInputWithPositionAndReason) {
  const CliRun r = runCli({"date", "1956-02-30", "--json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("\"valid\":false"), std::string::npos);
  EXPECT_NE(r.out.find("\"position\":"), std::string::npos);
}

TEST(Cli, StateListsEveryTerritoryOnADay) {
  const CliRun r = runCli({"--dataset", kValid, "state", "1945-08-30", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"alpha\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"administered_by\":[\"ussr\"]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"claimed_by\":[\"japan\",\"ussr\"]"), std::string::npos);
  EXPECT_NE(r.out.find("\"disputed\":true"), std::string::npos);
  const CliRun text = runCli({"--dataset", kValid, "state", "1905-03-01"});
  EXPECT_NE(text.out.find("uncertain"), std::string::npos) << text.out;
}

TEST(Cli, EventsFilterByIntervalAndCategory) {
  const CliRun all = runCli({"--dataset", kValid, "events", "1900", "1980", "--json"});
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.out.find("\"count\":4"), std::string::npos) << all.out;
  const CliRun military = runCli({"--dataset", kValid, "events", "1900", "1980", "--category", "military"});
  EXPECT_NE(military.out.find("2 events"), std::string::npos) << military.out;
  EXPECT_NE(military.out.find("E4"), std::string::npos);
  EXPECT_EQ(military.out.find("E3 "), std::string::npos);
}

TEST(Cli, TradeShowsMissingYearsAndBounds) {
  const CliRun r = runCli({"--dataset", kValid, "trade", "--from", "1970", "--to", "1972"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1971  (no figure)"), std::string::npos) << r.out;
  const CliRun json = runCli({"--dataset", kValid, "trade", "--json"});
  EXPECT_NE(json.out.find("\"bound\":\"nearly\""), std::string::npos);
  EXPECT_NE(json.out.find("\"year\":1971,\"value\":null"), std::string::npos) << json.out;
}

TEST(Cli, CheckReportsDiagnosticsAndFailsOnErrors) {
  const CliRun good = runCli({"check", kValid});
  EXPECT_EQ(good.status, 0) << good.out;
  EXPECT_NE(good.out.find("0 errors, 0 warnings"), std::string::npos);
  const std::string broken = std::string(OKHOTSK_FIXTURES_DIR) + "/loader/broken/bad_dates";
  const CliRun bad = runCli({"check", broken, "--json"});
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.out.find("\"field\":\"date\""), std::string::npos) << bad.out;
}

// --- the embedded dataset ------------------------------------------------------------------

const std::string kEmbedded = OKHOTSK_DATASET_SOURCE_DIR;

// Runs of three or more Latin words: an English sentence, or part of one. Names in Latin
// letters (a second usage, "Etorofu") are single words or pairs.
std::vector<std::string> latinPhrases(const std::string& text) {
  static const std::regex words(R"([A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){2,})");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), words); it != std::sregex_iterator(); ++it)
    found.push_back(it->str());
  return found;
}

TEST(CliEmbedded, StateOfADisputedTerritoryGivesBothPositions) {
  const CliRun r = runCli({"--dataset", kEmbedded, "state", "1956-12-12"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("administered by USSR (sovereignty disputed), claimed by Japan"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("      Japan holds that the four islands"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("      Russia holds that the islands"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sources: mofa_territory_index"), std::string::npos) << r.out;
  // North Sakhalin in 1905: occupied by Japan, claimed by Russia, not disputed, no positions.
  const CliRun occupied = runCli({"--dataset", kEmbedded, "state", "1905-08-15", "--json"});
  ASSERT_EQ(occupied.status, 0) << occupied.err;
  const std::size_t north = occupied.out.find("\"id\":\"north_sakhalin\"");
  ASSERT_NE(north, std::string::npos);
  const std::string northJson = occupied.out.substr(north, occupied.out.find("]}", north) - north);
  EXPECT_NE(northJson.find("\"kind\":\"military_occupation\""), std::string::npos) << northJson;
  EXPECT_NE(northJson.find("\"administered_by\":[\"japan\"]"), std::string::npos) << northJson;
  EXPECT_NE(northJson.find("\"claimed_by\":[\"russian_empire\"]"), std::string::npos) << northJson;
  EXPECT_NE(northJson.find("\"disputed\":false"), std::string::npos) << northJson;
  EXPECT_NE(northJson.find("\"position_japan\":null"), std::string::npos) << northJson;
}

TEST(CliEmbedded, JapaneseAndRussianOutputHasNoEnglishSentence) {
  for (const char* language : {"ja", "ru"}) {
    SCOPED_TRACE(language);
    std::string all;
    for (const char* date :
         {"1870-01-01", "1905-08-15", "1921-01-01", "1930-01-01", "1945-09-04", "1956-12-12", "2020-01-01"}) {
      const CliRun r = runCli({"--dataset", kEmbedded, "--lang", language, "state", date});
      ASSERT_EQ(r.status, 0) << r.err;
      all += r.out;
    }
    const CliRun events = runCli({"--dataset", kEmbedded, "--lang", language, "events", "1850", "2030"});
    ASSERT_EQ(events.status, 0) << events.err;
    all += events.out;
    const CliRun trade = runCli({"--dataset", kEmbedded, "--lang", language, "trade", "--from", "2020"});
    ASSERT_EQ(trade.status, 0) << trade.err;
    all += trade.out;
    for (const std::string& phrase : latinPhrases(all))
      // Romanised Russian names of the period ("Yuzhnaya chast' Sakhalina") are names, not English.
      if (phrase.find("chast'") == std::string::npos)
        ADD_FAILURE() << "English in --lang " << language << ": " << phrase;
  }
  const CliRun japanese = runCli({"--dataset", kEmbedded, "--lang", "ja", "state", "1930-01-01"});
  EXPECT_NE(japanese.out.find("  樺太 / "), std::string::npos) << "South Sakhalin in 1930:\n" << japanese.out;
  EXPECT_EQ(japanese.out.find("日本政府の立場"), std::string::npos) << "no dispute in 1930";
  const CliRun russian = runCli({"--dataset", kEmbedded, "--lang", "ru", "state", "2020-01-01"});
  EXPECT_NE(russian.out.find("Позиция Японии"), std::string::npos) << russian.out;
  EXPECT_NE(russian.out.find("Позиция России"), std::string::npos) << russian.out;
  EXPECT_NE(russian.out.find("под управлением: Россия"), std::string::npos) << russian.out;
}

TEST(Cli, JsonEscapesText) {
  EXPECT_EQ(JsonWriter::escape("a\"b\\c\n\x01"), "a\\\"b\\\\c\\n\\u0001");
}

}  // namespace
}  // namespace okhotsk::cli
