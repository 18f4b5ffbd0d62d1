// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-cli driven through its entry point with string streams.

#include "cli_run.h"
#include "commands.h"
#include "json_output.h"

#include "../support/temp_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli {
namespace {

const std::string kValid = std::string(OKHOTSK_FIXTURES_DIR) + "/loader/valid";

using test::CliRun;
using test::runCli;

TEST(Cli, WithoutArgumentsPrintsUsageAndFails) {
  const CliRun r = runCli({});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("Usage: okhotsk-cli [OPTIONS] COMMAND"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(Cli, UnknownCommandsAndOptionsAreUsageErrors) {
  const CliRun command = runCli({"frobnicate"});
  EXPECT_EQ(command.status, 2);
  EXPECT_NE(command.err.find("unknown command 'frobnicate'"), std::string::npos) << command.err;
  for (const std::vector<std::string>& arguments : {std::vector<std::string>{"--colour", "state", "1945"},
                                                    {"state", "1945", "--colour"},
                                                    {"state", "1945", "--colour=red"}}) {
    const CliRun r = runCli(arguments);
    EXPECT_EQ(r.status, 2) << arguments.back();
    EXPECT_NE(r.err.find("--colour"), std::string::npos) << "the message names the option:\n" << r.err;
    EXPECT_EQ(r.out, "");
  }
  const CliRun badCategory = runCli({"events", "1900", "2000", "--category", "war"});
  EXPECT_EQ(badCategory.status, 2);
  EXPECT_NE(badCategory.err.find("unknown category 'war'"), std::string::npos);
  const CliRun missing = runCli({"events", "1900"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("TO is required"), std::string::npos) << missing.err;
  const CliRun extra = runCli({"date", "1945", "1946"});
  EXPECT_EQ(extra.status, 2);
  EXPECT_NE(extra.err.find("1946"), std::string::npos) << extra.err;
  const CliRun year = runCli({"trade", "--from=19x5"});
  EXPECT_EQ(year.status, 2);
  EXPECT_NE(year.err.find("--from"), std::string::npos) << year.err;
  const CliRun language = runCli({"--lang=fr", "date", "1945"});
  EXPECT_EQ(language.status, 2);
  EXPECT_NE(language.err.find("--lang"), std::string::npos) << language.err;
}

TEST(Cli, VersionPrintsTheProjectVersionOnItsFirstLine) {
  const CliRun r = runCli({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, std::string("okhotsk-cli ") + OKHOTSK_VERSION + "\n");
  EXPECT_TRUE(std::regex_match(r.out, std::regex("okhotsk-cli [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST(Cli, HelpListsTheCommandsAndTheExitStatuses) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"--help"}, {"-h"}, {"help"}, {"--dataset", "x", "--help"}}) {
    const CliRun r = runCli(arguments);
    EXPECT_EQ(r.status, 0) << arguments.front();
    EXPECT_EQ(r.out.rfind("Queries and checks", 0), 0U) << r.out;
    for (const char* command : {"state", "events", "trade", "check", "date"})
      EXPECT_NE(r.out.find(std::string("\n  ") + command + " "), std::string::npos) << command << '\n'
                                                                                    << r.out;
    EXPECT_NE(r.out.find("\nExit status:\n  0  success\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n  2  a usage error"), std::string::npos) << r.out;
  }
}

TEST(Cli, EachCommandHasItsOwnHelp) {
  const std::pair<const char*, const char*> usages[] = {
      {"state", "Usage: okhotsk-cli state [OPTIONS] DATE\n"},
      {"events", "Usage: okhotsk-cli events [OPTIONS] FROM TO\n"},
      {"trade", "Usage: okhotsk-cli trade [OPTIONS]\n"},
      {"check", "Usage: okhotsk-cli check [OPTIONS] PATH\n"},
      {"date", "Usage: okhotsk-cli date [OPTIONS] EDTF\n"}};
  for (const auto& [command, usage] : usages) {
    SCOPED_TRACE(command);
    const CliRun r = runCli({command, "--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find(usage), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--json"), std::string::npos) << r.out;
    EXPECT_EQ(runCli({"help", command}).out, r.out) << "'help COMMAND' is 'COMMAND --help'";
  }
  EXPECT_NE(runCli({"events", "--help"}).out.find("--category CATEGORY"), std::string::npos);
  EXPECT_NE(runCli({"trade", "--help"}).out.find("--from YEAR"), std::string::npos);
}

TEST(Cli, OptionsTakeTheirValueAfterASpaceOrAnEqualsSign) {
  const CliRun spaced = runCli(
      {"--dataset", kValid, "--lang", "ja", "events", "1900", "1980", "--category", "military", "--json"});
  ASSERT_EQ(spaced.status, 0) << spaced.err;
  EXPECT_NE(spaced.out.find("\"count\":2"), std::string::npos) << spaced.out;
  EXPECT_NE(spaced.out.find("\"title\":\"上陸\""), std::string::npos) << "Japanese title of E2:\n"
                                                                      << spaced.out;
  // The same with --opt=value, and with the global options after the command.
  const CliRun equals =
      runCli({"--dataset=" + kValid, "--lang=ja", "events", "1900", "1980", "--category=military", "--json"});
  EXPECT_EQ(equals.status, 0) << equals.err;
  EXPECT_EQ(equals.out, spaced.out);
  const CliRun after = runCli(
      {"events", "1900", "1980", "--json", "--category=military", "--lang", "ja", "--dataset=" + kValid});
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(after.out, spaced.out);
  const CliRun years = runCli({"trade", "--from=1970", "--to", "1971", "--dataset=" + kValid});
  ASSERT_EQ(years.status, 0) << years.err;
  EXPECT_NE(years.out.find("  1970  341 "), std::string::npos) << years.out;
  EXPECT_NE(years.out.find("1971  (no figure)"), std::string::npos) << years.out;
  EXPECT_EQ(years.out.find("1972"), std::string::npos) << "--to=1971 ends the series:\n" << years.out;
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

TEST(Cli, DateGivesTheTimeOfADateTimeAsFields) {
  const CliRun r = runCli({"date", "1945-08-08T23:00:00-05:00", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json parsed = Json::parse(r.out);
  // The day as written: the offset never moves it to 9 August.
  EXPECT_EQ(parsed["earliest"], "1945-08-08");
  EXPECT_EQ(parsed["time"]["hour"], 23);
  EXPECT_EQ(parsed["time"]["minute"], 0);
  EXPECT_EQ(parsed["time"]["utc_offset_minutes"], -300);
  EXPECT_EQ(parsed["time"]["utc"], false);
  const CliRun zulu = runCli({"date", "1945-08-09T02:00:00Z", "--json"});
  ASSERT_EQ(zulu.status, 0) << zulu.err;
  EXPECT_EQ(Json::parse(zulu.out)["time"]["utc"], true);
  const CliRun day = runCli({"date", "1945-08-09", "--json"});
  EXPECT_TRUE(Json::parse(day.out)["time"].is_null()) << day.out;
}

TEST(Cli, DateRejectsInvalidInputWithPositionAndReason) {
  const CliRun r = runCli({"date", "1956-02-30", "--json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("\"valid\":false"), std::string::npos);
  // The day "30" starts at the 9th character; JSON and text both count from 1.
  EXPECT_EQ(Json::parse(r.out)["position"], 9) << r.out;
  const CliRun text = runCli({"date", "1956-02-30"});
  EXPECT_NE(text.out.find("at character 9:"), std::string::npos) << text.out;
  const CliRun first = runCli({"date", "x1956", "--json"});
  EXPECT_EQ(Json::parse(first.out)["position"], 1) << first.out;
}

TEST(Cli, DateGivesTheLunisolarDateBefore1873) {
  const CliRun shimoda = runCli({"date", "1855-02-07", "--json"});
  ASSERT_EQ(shimoda.status, 0) << shimoda.err;
  Json era = Json::parse(shimoda.out)["japanese_era"];
  EXPECT_EQ(era["era"], "Ansei");
  EXPECT_EQ(era["era_kanji"], "安政");
  EXPECT_EQ(era["year"], 1);
  EXPECT_EQ(era["lunisolar"]["month"], 12);
  EXPECT_EQ(era["lunisolar"]["leap_month"], false);
  EXPECT_EQ(era["lunisolar"]["day"], 21);
  // 嘉永7年閏7月1日.
  Json leap = Json::parse(runCli({"date", "1854-08-24", "--json"}).out)["japanese_era"];
  EXPECT_EQ(leap["year"], 7);
  EXPECT_EQ(leap["lunisolar"]["month"], 7);
  EXPECT_EQ(leap["lunisolar"]["leap_month"], true);
  // January 1869 is Meiji 1; from 1873 there is no lunisolar date.
  EXPECT_EQ(Json::parse(runCli({"date", "1869-01-01", "--json"}).out)["japanese_era"]["year"], 1);
  Json gregorian = Json::parse(runCli({"date", "1873-01-01", "--json"}).out)["japanese_era"];
  EXPECT_EQ(gregorian["year"], 6);
  EXPECT_TRUE(gregorian["lunisolar"].is_null()) << gregorian.dump();
  const CliRun text = runCli({"date", "1855-02-07"});
  EXPECT_NE(text.out.find("Ansei 1, 12th month 21st day (lunisolar)"), std::string::npos) << text.out;
}

TEST(Cli, StateGivesTheLunisolarEraWithoutBracketsInBrackets) {
  // Before 1873 the era carries its own "(lunisolar)": the heading must not nest it in another pair.
  for (const char* language : {"en", "ja", "ru"}) {
    const CliRun r = runCli({"--dataset", kValid, "state", "1855-02-07", "--lang", language});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string heading = r.out.substr(0, r.out.find('\n'));
    EXPECT_EQ(heading.find("))"), std::string::npos) << heading;
    EXPECT_EQ(heading.find("））"), std::string::npos) << heading;
  }
  const CliRun english = runCli({"--dataset", kValid, "state", "1855-02-07"});
  EXPECT_EQ(english.out.rfind("On 7 February 1855 — Ansei 1, 12th month 21st day (lunisolar):", 0), 0U)
      << english.out;
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

TEST(Cli, JsonEscapesTextAndReplacesInvalidUtf8) {
  EXPECT_EQ(toJsonText(Json("a\"b\\c\n\x01")), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(toJsonText(Json("上陸 Высадка")), "\"上陸 Высадка\"") << "UTF-8 as it is, not \\u escapes";
  EXPECT_EQ(toJsonText(Json("a\xff"
                            "b")),
            "\"a\xef\xbf\xbd"
            "b\"")
      << "U+FFFD for a byte that is not UTF-8";
}

// --- a dataset with a byte that is not UTF-8 -----------------------------------------------

// The valid fixture with one byte 0xFF in the English title of E2, on line 3 of events.csv
// after "E2,1945-08-28,military,Fixture " (31 bytes): at column 32.
class CliInvalidUtf8 : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::copy(kValid, m_temp.path(), std::filesystem::copy_options::recursive);
    const std::filesystem::path events = m_temp.path() / "events.csv";
    std::string text;
    {
      std::ifstream in(events, std::ios::binary);
      text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t at = text.find("E2,1945-08-28,military,Fixture landing");
    ASSERT_NE(at, std::string::npos);
    text.insert(at + std::string("E2,1945-08-28,military,Fixture ").size(), "\xff");
    std::ofstream(events, std::ios::binary) << text;
  }
  [[nodiscard]] std::string path() const { return m_temp.path().string(); }

 private:
  okhotsk::testing::TempDir m_temp;
};

TEST_F(CliInvalidUtf8, CheckReportsAnErrorNamingFileLineAndColumn) {
  const CliRun r = runCli({"check", path()});
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(path() + "/events.csv: error: layer events: not valid UTF-8 at line 3, column 32 "
                                "(counted in bytes): byte 0xFF\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n1 errors, 0 warnings\n"), std::string::npos) << r.out;
  const CliRun json = runCli({"check", path(), "--json"});
  EXPECT_EQ(json.status, 1);
  const Json parsed = Json::parse(json.out);
  EXPECT_EQ(parsed.at("errors"), 1);
  ASSERT_EQ(parsed.at("diagnostics").size(), 1U) << json.out;
  const Json& diagnostic = parsed.at("diagnostics").at(0);
  EXPECT_EQ(diagnostic.at("severity"), "error");
  EXPECT_EQ(diagnostic.at("file"), path() + "/events.csv");
  EXPECT_NE(diagnostic.at("message").get<std::string>().find("line 3, column 32"), std::string::npos);
}

TEST_F(CliInvalidUtf8, EventsJsonIsValidUtf8WithAReplacementCharacter) {
  const CliRun r = runCli({"--dataset", path(), "events", "1900", "1980", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find('\xff'), std::string::npos) << "the byte itself does not reach the output";
  Json parsed;
  ASSERT_NO_THROW(parsed = Json::parse(r.out)) << r.out;  // nlohmann rejects strings that are not UTF-8
  ASSERT_EQ(parsed.at("count"), 4);
  std::string title;
  for (const Json& event : parsed.at("events"))
    if (event.at("id") == "E2") title = event.at("title").get<std::string>();
  EXPECT_EQ(title, "Fixture \xef\xbf\xbdlanding");
  EXPECT_NE(r.err.find("the dataset has 1 error;"), std::string::npos) << r.err;
}

// --- hostile datasets (issue #16): check exits 1 naming the problem, nothing hangs ---------

// The valid fixture with the files of tests/fixtures/loader/broken/<name> (if any) copied over it.
class CliHostile : public ::testing::Test {
 protected:
  void overlay(const std::string& name) {
    std::filesystem::copy(kValid, m_temp.path(), std::filesystem::copy_options::recursive);
    if (name.empty()) return;
    const std::filesystem::path broken = std::filesystem::path(OKHOTSK_FIXTURES_DIR) / "loader/broken" / name;
    for (const auto& entry : std::filesystem::directory_iterator(broken))
      if (entry.path().filename() != "expected_diagnostics.txt")
        std::filesystem::copy_file(entry.path(), m_temp.path() / entry.path().filename(),
                                   std::filesystem::copy_options::overwrite_existing);
  }
  [[nodiscard]] std::string path() const { return m_temp.path().string(); }

 private:
  okhotsk::testing::TempDir m_temp;
};

TEST_F(CliHostile, ATradeYearOf2147483647IsAnErrorAndTheSeriesStayBounded) {
  overlay("trade_year_overflow");
  const CliRun check = runCli({"check", path()});
  EXPECT_EQ(check.status, 1);
  EXPECT_NE(
      check.out.find("feature t4, field year: year 2147483647 is outside the schema's trade years 1800–2100"),
      std::string::npos)
      << check.out;
  const CliRun trade = runCli({"--dataset", path(), "trade", "--json"});  // used to overflow and never end
  EXPECT_EQ(trade.out.find("2147483647"), std::string::npos);
  EXPECT_NE(trade.out.find("\"year\":1970"), std::string::npos) << trade.out;
}

TEST_F(CliHostile, ANanVertexIsAnErrorNamingTheFeature) {
  overlay("nan_coordinates");
  const CliRun check = runCli({"check", path()});
  EXPECT_EQ(check.status, 1);
  EXPECT_NE(
      check.out.find("coastline_intermediate.geojson: error: layer coastline_intermediate, feature #1, "
                     "field geometry: vertex 3 (NaN, 45) is not a finite number; the feature is dropped"),
      std::string::npos)
      << check.out;
}

TEST_F(CliHostile, AFifoAsALayerIsRefusedWithoutBlocking) {
  overlay("");
  const std::filesystem::path events = std::filesystem::path(path()) / "events.csv";
  std::filesystem::remove(events);
  ASSERT_EQ(::mkfifo(events.c_str(), 0600), 0);
  const CliRun check = runCli({"check", path()});
  EXPECT_EQ(check.status, 1);
  EXPECT_NE(check.out.find("events.csv: error: layer events: is a FIFO (named pipe), not a regular file"),
            std::string::npos)
      << check.out;
}

}  // namespace
}  // namespace okhotsk::cli
