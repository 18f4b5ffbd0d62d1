// okhotsk-cli driven through its entry point with string streams.

#include "commands.h"
#include "json_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace okhotsk::cli {
namespace {

const std::string kValid = std::string(OKHOTSK_FIXTURES_DIR) + "/loader/valid";

struct CliRun {
  int status = 0;
  std::string out;
  std::string err;
};

CliRun runCli(std::vector<std::string> arguments) {
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

TEST(Cli, JsonEscapesText) {
  EXPECT_EQ(JsonWriter::escape("a\"b\\c\n\x01"), "a\\\"b\\\\c\\n\\u0001");
}

}  // namespace
}  // namespace okhotsk::cli
