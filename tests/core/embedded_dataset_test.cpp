// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the historical content of the embedded dataset (geodata/dataset): it loads
// cleanly through the core API, every event is complete and sourced, every dated
// statement and figure of the seed article is present with the date or bound the
// sources support, and the control history gives the right states on key days.
//
// The seed-article tables below are the mapping made when the dataset was written:
// one row per dated statement (seed phrase -> event and its EDTF date) and per figure
// (seed phrase -> trade observation). Change them only together with the data.

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"
#include "okhotsk/loader.h"
#include "okhotsk/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace okhotsk;

std::set<std::string> asSet(const std::vector<std::string>& ids) {
  return {ids.begin(), ids.end()};
}

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const TradeObservation* findTrade(const Dataset& dataset, std::string_view sourceId, int year,
                                  TradeFlow flow);

class EmbeddedDataset : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_result = new LoadResult(loadDataset(OKHOTSK_DATASET_SOURCE_DIR)); }
  static void TearDownTestSuite() {
    delete s_result;
    s_result = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(s_result, nullptr);
    ASSERT_NE(s_result->dataset, nullptr)
        << "the embedded dataset could not be read at all from " << OKHOTSK_DATASET_SOURCE_DIR;
  }

  static const Dataset& dataset() { return *s_result->dataset; }

  static const Territory& territory(std::string_view id) {
    const Territory* found = dataset().territory(id);
    if (found == nullptr) throw std::runtime_error("unknown territory " + std::string(id));
    return *found;
  }

  static TerritoryState stateOn(std::string_view territoryId, DayNumber day) {
    return dataset().stateOf(territory(territoryId), day);
  }

  static LoadResult* s_result;
};

LoadResult* EmbeddedDataset::s_result = nullptr;

// ------------------------------------------------------------------------------------
// Loading

TEST_F(EmbeddedDataset, LoadsWithoutErrors) {
  const Diagnostics& diagnostics = s_result->diagnostics;
  for (const Diagnostic& d : diagnostics.items()) {
    if (d.severity == Severity::Error)
      ADD_FAILURE() << d.toString();
    else
      std::printf("[diagnostic] %s\n", d.toString().c_str());
  }
  EXPECT_EQ(diagnostics.errorCount(), 0u);
  EXPECT_EQ(diagnostics.warningCount(), 0u) << "okhotsk-cli check must find nothing to warn of";
}

// The states as they existed, each with its days, its short names and its colour.
TEST_F(EmbeddedDataset, HasTheStatesThatExisted) {
  struct Expected {
    const char* id;
    const char* valid;
  };
  for (const Expected& e :
       {Expected{"japan", "../.."}, Expected{"russian_empire", "1721-11-02/1917-03-15"},
        Expected{"russian_provisional_government", "1917-03-15/1917-11-08"},
        Expected{"rsfsr", "1917-11-08/1922-12-30"}, Expected{"far_eastern_republic", "1920-04-06/1922-11-15"},
        Expected{"ussr", "1922-12-30/1991-12-26"}, Expected{"russian_federation", "1991-12-26/.."}}) {
    SCOPED_TRACE(e.id);
    const State* state = dataset().state(e.id);
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->valid.toString(), e.valid);
    for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
      EXPECT_FALSE(state->name.get(language).empty());
      EXPECT_FALSE(state->shortName.get(language).empty());
    }
    EXPECT_NE(state->name.ja, state->name.en);
    EXPECT_NE(state->name.ru, state->name.en);
    EXPECT_TRUE(state->colour.has_value());
  }
  EXPECT_EQ(dataset().state("ussr")->shortLabel(Language::Japanese), "ソ連");
  // Each side's term for the dispute is given as that side's term.
  EXPECT_EQ(dataset().state("japan")->disputeTerm.ja, "北方領土");
  EXPECT_EQ(dataset().state("russian_federation")->disputeTerm.ru, "Южные Курилы");
}

// ------------------------------------------------------------------------------------
// Events

TEST_F(EmbeddedDataset, HasAtLeastSeventyEventsIncludingTheReferenceIds) {
  EXPECT_GE(dataset().events().size(), 70u);
  for (int i = 1; i <= 72; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "E%03d", i);
    EXPECT_NE(dataset().event(id), nullptr) << id;
  }
}

TEST_F(EmbeddedDataset, EveryEventIsCompleteAndSourced) {
  for (const Event& event : dataset().events()) {
    SCOPED_TRACE(event.id);
    EXPECT_FALSE(event.title.en.empty());
    EXPECT_FALSE(event.title.ja.empty());
    EXPECT_FALSE(event.title.ru.empty());
    EXPECT_FALSE(event.summary.en.empty());
    // Written for readers of each language, not the English left in place.
    EXPECT_FALSE(event.summary.ja.empty());
    EXPECT_FALSE(event.summary.ru.empty());
    EXPECT_NE(event.title.ja, event.title.en);
    EXPECT_NE(event.title.ru, event.title.en);
    EXPECT_NE(event.summary.ja, event.summary.en);
    EXPECT_NE(event.summary.ru, event.summary.en);
    EXPECT_FALSE(eventCategoryCode(event.category).empty());
    ASSERT_FALSE(event.sourceIds.empty());
    for (const std::string& sourceId : event.sourceIds) {
      const Source* source = dataset().source(sourceId);
      ASSERT_NE(source, nullptr) << "unresolved source " << sourceId;
      EXPECT_FALSE(source->citation.empty()) << sourceId;
      EXPECT_FALSE(source->urls.empty()) << sourceId;
    }
    for (const std::string& territoryId : event.territoryIds)
      EXPECT_NE(dataset().territory(territoryId), nullptr) << territoryId;
    if (!event.placeId.empty()) {
      EXPECT_NE(dataset().place(event.placeId), nullptr) << event.placeId;
    }
  }
}

TEST_F(EmbeddedDataset, UnconfirmedEventsHaveImpreciseDates) {
  int unconfirmed = 0;
  for (const Event& event : dataset().events()) {
    if (event.confidence != Confidence::Unconfirmed) continue;
    ++unconfirmed;
    EXPECT_TRUE(event.date.isImprecise()) << event.id << " " << event.date.toString();
  }
  EXPECT_GE(unconfirmed, 3);  // the reference's three, plus seed-only statements
}

// Treaty of Shimoda: the atlas stores the Gregorian day; the Old Style date that Russian
// sources give (26 Jan 1855) is computed from it.
TEST_F(EmbeddedDataset, ShimodaIsDatedInTheGregorianCalendar) {
  const Event* shimoda = dataset().event("E001");
  ASSERT_NE(shimoda, nullptr);
  EXPECT_EQ(shimoda->date.toString(), "1855-02-07");
  EXPECT_EQ(julianFromDays(shimoda->date.earliest()), (CivilDate{1855, 1, 26}));
}

// One row per dated statement of the seed article.
struct SeedStatement {
  const char* phrase;        ///< the seed article's words (shortened)
  const char* eventId;       ///< the event it maps to
  const char* expectedDate;  ///< the event's EDTF date, as sharp as the sources allow
  const char* seedDate;      ///< the seed's own (coarse) date as EDTF
};

constexpr SeedStatement kSeedStatements[] = {
    {"the Russo-Japanese War of 1904-5", "E003", "1904-02-08/1905-09-05", "1904/1905"},
    {"the Japanese-Soviet Neutrality Pact of 1941", "E010", "1941-04-13", "1941"},
    {"the Soviet declaration of war on Japan in the last days of World War II", "E013",
     "1945-08-08/1945-08-09", "1945"},
    {"Etorofu ... seized by the Soviets in the last days of World War II", "E018", "1945-08-28", "1945"},
    {"Kunashiri ... seized by the Soviets in the last days of World War II", "E019", "1945-09-01/1945-09-04",
     "1945"},
    {"the smaller island of Shikotan ... seized by the Soviets", "E020", "1945-09-01", "1945"},
    {"the Habomai Islands ... seized by the Soviets", "E022", "1945-09-03/1945-09-05", "1945"},
    {"refused ... to sign the 1951 peace treaty", "E028", "1951-09-08", "1951"},
    {"During the first half of the 1950s ... fishing rights ... repatriation of Japanese prisoners of war",
     "E027", "1950~/1956", "1950/1955"},
    {"Negotiation of these issues broke down early in 1956", "E073", "1956-03", "1956"},
    {"a joint declaration in October 1956 providing for the restoration of diplomatic relations", "E033",
     "1956-10-19", "1956-10"},
    {"the Soviet Union pledged to support Japan for UN membership", "E036", "1956-12-18", "1956"},
    {"The second half of the 1950s saw an increase in cultural exchanges", "E077", "1955~/1959~",
     "1955/1959"},
    {"As early as 1956, it hinted at ... the return of the Habomai Islands and Shikotan", "E035", "1956",
     "1956"},
    {"In 1960, the Soviet government warned Japan against signing the Treaty of Mutual Cooperation and "
     "Security",
     "E038", "1960-01-19", "1960"},
    {"after the treaty was signed, declared that it would not hand over the Habomai Islands and Shikotan",
     "E039", "1960-01-27", "1960"},
    {"In 1964, the Soviet Union offered to return these islands unconditionally", "E074", "1964?", "1964"},
    {"a five-year trade agreement in January 1966 and a civil aviation agreement as well", "E044",
     "1966-01-21", "1966-01"},
    {"Economic cooperation expanded rapidly during the 1970s", "E078", "1970", "197X"},
    {"Gromyko ... visited Tokyo in January 1972", "E045", "1972-01", "1972-01"},
    {"an October 1973 meeting between Prime Minister Tanaka Kakuei and Leonid I. Brezhnev", "E047",
     "1973-10-07/1973-10-10", "1973-10"},
    {"Moscow began to propose a treaty of friendship and goodwill as an interim step", "E076", "197X",
     "1973/1976"},
    {"After 1975, the Soviet Union began openly to warn that the Japanese peace treaty with China", "E075",
     "1975~/1978-08", "1975/1978"},
    {"In January 1976, Gromyko again visited Tokyo", "E048", "1976-01-09/1976-01-13", "1976-01"},
    {"The signing of the Sino-Japanese peace treaty in mid-1978", "E049", "1978-08-12", "1978"},
    {"In 1979, the Japanese government specifically protested a build up in Soviet forces", "E050", "1979-10",
     "1979"},
    {"the December 1979 Soviet invasion of Afghanistan", "E051", "1979-12", "1979-12"},
    {"Japan's decision in 1980 to participate in sanctions against the Soviet Union", "E052", "1980", "1980"},
    {"The advent of the Mikhail Gorbachev regime in Moscow in 1985", "E053", "1985-03", "1985"},
    {"The 1980s Soviet military buildup in the Pacific was a case in point", "E085", "198X", "198X"},
    {"In 1987 the United States discovered that Toshiba Machine Tool had shipped machine tools", "E055",
     "1987", "1987"},
    {"In January 1990, the Japanese Ministry of Foreign Affairs shifted its position", "E057", "1990-01?",
     "1990-01"},
    {"By 1990, the Soviet government had altered its tactics", "E079", "1990?", "1990"},
    {"the announcement in 1990 that Gorbachev would visit Japan", "E080", "1990?", "1990"},
    {"Gorbachev would visit Japan in 1991", "E058", "1991-04-16/1991-04-19", "1991"},
    {"The government of Boris Yeltsin took power in Russia in late 1991 when the Soviet Union was dissolved",
     "E081", "1991-12-26", "1991"},
    {"In September 1992, Russian president Boris Yeltsin postponed a scheduled visit to Japan", "E060",
     "1992-09-09", "1992-09"},
    {"The visit finally took place in October 1993", "E062", "1993-10-11/1993-10-13", "1993-10"},
    {"Vladimir Vinogradov - 1962-1966", "E042", "1962/1966", "1962/1966"},
};

TEST_F(EmbeddedDataset, EveryDatedSeedStatementIsAnEvent) {
  for (const SeedStatement& item : kSeedStatements) {
    SCOPED_TRACE(item.phrase);
    const Event* event = dataset().event(item.eventId);
    ASSERT_NE(event, nullptr) << item.eventId;
    EXPECT_EQ(event->date.toString(), item.expectedDate) << item.eventId;
    const std::optional<Edtf> seedDate = Edtf::parse(item.seedDate);
    ASSERT_TRUE(seedDate.has_value()) << item.seedDate;
    EXPECT_TRUE(event->date.overlaps(*seedDate))
        << item.eventId << " " << event->date.toString() << " does not meet the seed's " << item.seedDate;
    EXPECT_TRUE(contains(event->sourceIds, "seed_article"))
        << item.eventId << " should cite the seed article";
  }
}

// Where a later source sharpens the seed's date, the event carries the sharper date.
TEST_F(EmbeddedDataset, SharperDatesFromLaterSourcesAreUsed) {
  struct Sharpened {
    const char* eventId;
    DayNumber day;
  };
  const Sharpened cases[] = {
      {"E049", daysFromGregorian(1978, 8, 12)},   // "mid-1978"
      {"E060", daysFromGregorian(1992, 9, 9)},    // "September 1992"
      {"E033", daysFromGregorian(1956, 10, 19)},  // "October 1956"
      {"E044", daysFromGregorian(1966, 1, 21)},   // "January 1966"
  };
  for (const Sharpened& c : cases) {
    const Event* event = dataset().event(c.eventId);
    ASSERT_NE(event, nullptr) << c.eventId;
    EXPECT_EQ(event->date.range(), (DayRange{c.day, c.day})) << c.eventId;
  }
  for (const char* id : {"E074", "E057"}) {  // unconfirmed seed statements stay unconfirmed
    const Event* event = dataset().event(id);
    ASSERT_NE(event, nullptr) << id;
    EXPECT_EQ(event->confidence, Confidence::Unconfirmed) << id;
    EXPECT_TRUE(event->date.start().date.qualifiers().uncertain) << id;
  }
}

// ------------------------------------------------------------------------------------
// Control of the territories

TEST_F(EmbeddedDataset, ControlHistoriesAreContiguousFrom1855ToToday) {
  const DayNumber shimoda = daysFromGregorian(1855, 2, 7);
  for (const char* id : {"south_sakhalin", "north_sakhalin", "northern_kurils", "etorofu", "kunashiri",
                         "shikotan", "habomai", "hokkaido"}) {
    SCOPED_TRACE(id);
    const std::span<const ControlPeriod> history = dataset().controlHistory(territory(id));
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.front().interval.start().kind, EndpointKind::Date);
    EXPECT_EQ(history.front().interval.start().date.earliest(), shimoda);
    EXPECT_EQ(history.back().interval.end().kind, EndpointKind::Open);
    for (std::size_t i = 1; i < history.size(); ++i) {
      const ControlPeriod& before = history[i - 1];
      const ControlPeriod& after = history[i];
      ASSERT_EQ(before.interval.end().kind, EndpointKind::Date) << before.id;
      ASSERT_EQ(after.interval.start().kind, EndpointKind::Date) << after.id;
      EXPECT_EQ(before.interval.end().date.text(), after.interval.start().date.text())
          << before.id << " -> " << after.id;
    }
    for (const ControlPeriod& period : history) {
      EXPECT_FALSE(period.basis.en.empty()) << period.id;
      EXPECT_FALSE(period.sourceIds.empty()) << period.id;
      for (const std::string& sourceId : period.sourceIds)
        EXPECT_NE(dataset().source(sourceId), nullptr) << sourceId;
      if (!period.basisEventId.empty()) {
        EXPECT_NE(dataset().event(period.basisEventId), nullptr) << period.id;
      }
    }
  }
}

struct ExpectedState {
  const char* territory;
  int year, month, day;
  std::set<std::string> administeredBy;
  std::set<std::string> claimedBy;
  bool disputed;
};

TEST_F(EmbeddedDataset, StatesOnKeyDays) {
  const std::vector<ExpectedState> cases = {
      // undivided Sakhalin under the Treaty of Shimoda
      {"south_sakhalin", 1870, 6, 1, {"japan", "russian_empire"}, {"japan", "russian_empire"}, false},
      {"north_sakhalin", 1870, 6, 1, {"japan", "russian_empire"}, {"japan", "russian_empire"}, false},
      // Uruppu and the islands to its north, Japanese after the 1875 exchange
      {"northern_kurils", 1880, 1, 1, {"japan"}, {"japan"}, false},
      // Karafuto after Portsmouth
      {"south_sakhalin", 1920, 6, 1, {"japan"}, {"japan"}, false},
      // the day before and after the landing on Etorofu (28 Aug 1945)
      {"etorofu", 1945, 8, 27, {"japan"}, {"japan"}, false},
      {"etorofu", 1945, 8, 30, {"ussr"}, {"japan", "ussr"}, true},
      // the Habomai hand-over, 3-5 Sep 1945
      {"habomai", 1945, 9, 2, {"japan"}, {"japan"}, false},
      {"habomai", 1945, 9, 6, {"ussr"}, {"japan", "ussr"}, true},
  };
  for (const ExpectedState& c : cases) {
    SCOPED_TRACE(std::string(c.territory) + " " + isoDate(daysFromGregorian(c.year, c.month, c.day)));
    const TerritoryState state = stateOn(c.territory, daysFromGregorian(c.year, c.month, c.day));
    ASSERT_TRUE(state.known());
    EXPECT_FALSE(state.uncertain());
    EXPECT_EQ(asSet(state.period->administeredBy), c.administeredBy);
    EXPECT_EQ(asSet(state.period->claimedBy), c.claimedBy);
    EXPECT_EQ(state.disputed(), c.disputed);
  }
}

TEST_F(EmbeddedDataset, SakhalinWasJointlyHeldUntil1875) {
  const TerritoryState state = stateOn("south_sakhalin", daysFromGregorian(1870, 6, 1));
  ASSERT_TRUE(state.known());
  EXPECT_EQ(state.period->kind, ControlKind::Joint);
}

TEST_F(EmbeddedDataset, TheFourIslandsTodayAreAdministeredByRussiaAndClaimedByJapan) {
  const DayNumber now = today();
  for (const char* id : {"etorofu", "kunashiri", "shikotan", "habomai"}) {
    SCOPED_TRACE(id);
    const TerritoryState state = stateOn(id, now);
    ASSERT_TRUE(state.known());
    EXPECT_FALSE(state.uncertain());
    EXPECT_EQ(asSet(state.period->administeredBy), (std::set<std::string>{"russian_federation"}));
    EXPECT_TRUE(contains(state.period->claimedBy, "japan"));
    EXPECT_TRUE(state.disputed());
  }
  // Japan renounced South Sakhalin and the islands north of Uruppu and does not claim them.
  for (const char* id : {"south_sakhalin", "northern_kurils", "north_sakhalin"}) {
    SCOPED_TRACE(id);
    const TerritoryState state = stateOn(id, now);
    ASSERT_TRUE(state.known());
    EXPECT_EQ(asSet(state.period->administeredBy), (std::set<std::string>{"russian_federation"}));
    EXPECT_FALSE(state.disputed());
  }
  const TerritoryState hokkaido = stateOn("hokkaido", now);
  ASSERT_TRUE(hokkaido.known());
  EXPECT_EQ(asSet(hokkaido.period->administeredBy), (std::set<std::string>{"japan"}));
}

TEST_F(EmbeddedDataset, HabomaiChangesHandsWithinAnInterval) {
  const TerritoryState before = stateOn("habomai", daysFromGregorian(1945, 9, 2));
  const TerritoryState during = stateOn("habomai", daysFromGregorian(1945, 9, 4));
  const TerritoryState after = stateOn("habomai", daysFromGregorian(1945, 9, 6));
  ASSERT_TRUE(before.known());
  ASSERT_TRUE(during.known());
  ASSERT_TRUE(after.known());
  EXPECT_NE(before.period, after.period);
  EXPECT_NE(asSet(before.period->administeredBy), asSet(after.period->administeredBy));
  EXPECT_EQ(during.period->kind, ControlKind::Transition);
  EXPECT_EQ(during.period->interval.toString(), "1945-09-03/1945-09-05");
}

// The USSR ceased to exist on 26 December 1991: a day, not a month of uncertainty.
TEST_F(EmbeddedDataset, SuccessionOn26December1991) {
  for (const char* id : {"etorofu", "kunashiri", "shikotan", "habomai", "south_sakhalin", "north_sakhalin",
                         "northern_kurils"}) {
    SCOPED_TRACE(id);
    const TerritoryState last = stateOn(id, daysFromGregorian(1991, 12, 25));
    const TerritoryState first = stateOn(id, daysFromGregorian(1991, 12, 26));
    ASSERT_TRUE(last.known());
    ASSERT_TRUE(first.known());
    EXPECT_FALSE(last.uncertain());
    EXPECT_FALSE(first.uncertain());
    EXPECT_EQ(asSet(last.period->administeredBy), (std::set<std::string>{"ussr"}));
    EXPECT_EQ(asSet(first.period->administeredBy), (std::set<std::string>{"russian_federation"}));
  }
}

// The state on the days around each change of the second edition: 1905 (landing, surrender,
// Portsmouth in force), 1917-1925 (the states that existed), August-September 1945.
TEST_F(EmbeddedDataset, StatesOnTheDaysAroundEachChange) {
  struct Around {
    const char* territory;
    int year, month, day;
    std::set<std::string> administeredBy;
    std::set<std::string> claimedBy;
    ControlKind kind;
    bool disputed;
  };
  using K = ControlKind;
  const std::vector<Around> cases = {
      // Japan lands near Korsakov on 7 Jul 1905; the Russian forces surrender on 31 Jul.
      {"south_sakhalin", 1905, 7, 6, {"russian_empire"}, {"russian_empire"}, K::Sovereignty, false},
      {"south_sakhalin", 1905, 7, 7, {"japan", "russian_empire"}, {"russian_empire"}, K::Transition, false},
      {"south_sakhalin", 1905, 7, 30, {"japan", "russian_empire"}, {"russian_empire"}, K::Transition, false},
      {"south_sakhalin", 1905, 7, 31, {"japan"}, {"russian_empire"}, K::MilitaryOccupation, false},
      // Portsmouth counts from its entry into force (15 Oct 1905), not its signature (5 Sep).
      {"south_sakhalin", 1905, 9, 5, {"japan"}, {"russian_empire"}, K::MilitaryOccupation, false},
      {"south_sakhalin", 1905, 10, 14, {"japan"}, {"russian_empire"}, K::MilitaryOccupation, false},
      {"south_sakhalin", 1905, 10, 15, {"japan"}, {"japan"}, K::Sovereignty, false},
      // Japan held the whole island: the north too, from Aleksandrovsk (24 Jul) to the peace.
      {"north_sakhalin", 1905, 7, 6, {"russian_empire"}, {"russian_empire"}, K::Sovereignty, false},
      {"north_sakhalin", 1905, 7, 24, {"japan", "russian_empire"}, {"russian_empire"}, K::Transition, false},
      {"north_sakhalin", 1905, 7, 31, {"japan"}, {"russian_empire"}, K::MilitaryOccupation, false},
      {"north_sakhalin", 1905, 10, 14, {"japan"}, {"russian_empire"}, K::MilitaryOccupation, false},
      {"north_sakhalin", 1905, 10, 15, {"japan", "russian_empire"}, {"russian_empire"}, K::Transition, false},
      // 1917-1925: the Provisional Government, Soviet Russia, the Far Eastern Republic, the USSR.
      {"north_sakhalin",
       1917,
       3,
       15,
       {"russian_provisional_government"},
       {"russian_provisional_government"},
       K::Sovereignty,
       false},
      {"north_sakhalin", 1917, 11, 8, {"rsfsr"}, {"rsfsr"}, K::Transition, false},
      {"north_sakhalin", 1921, 6, 1, {"japan"}, {"far_eastern_republic"}, K::MilitaryOccupation, false},
      {"north_sakhalin", 1922, 12, 29, {"japan"}, {"rsfsr"}, K::MilitaryOccupation, false},
      {"north_sakhalin", 1922, 12, 30, {"japan"}, {"ussr"}, K::MilitaryOccupation, false},
      {"north_sakhalin", 1925, 5, 15, {"ussr"}, {"ussr"}, K::Sovereignty, false},
      // August-September 1945
      {"south_sakhalin", 1945, 8, 10, {"japan"}, {"japan"}, K::Sovereignty, false},
      {"south_sakhalin", 1945, 8, 11, {"ussr", "japan"}, {"japan", "ussr"}, K::Transition, true},
      {"south_sakhalin", 1945, 8, 25, {"ussr"}, {"japan", "ussr"}, K::MilitaryOccupation, true},
      {"northern_kurils", 1945, 8, 17, {"japan"}, {"japan"}, K::Sovereignty, false},
      {"northern_kurils", 1945, 8, 18, {"ussr", "japan"}, {"japan", "ussr"}, K::Transition, true},
      {"etorofu", 1945, 8, 27, {"japan"}, {"japan"}, K::Sovereignty, false},
      {"etorofu", 1945, 8, 28, {"ussr"}, {"japan", "ussr"}, K::MilitaryOccupation, true},
      {"kunashiri", 1945, 8, 31, {"japan"}, {"japan"}, K::Sovereignty, false},
      {"kunashiri", 1945, 9, 1, {"ussr"}, {"japan", "ussr"}, K::MilitaryOccupation, true},
      {"shikotan", 1945, 8, 31, {"japan"}, {"japan"}, K::Sovereignty, false},
      {"shikotan", 1945, 9, 1, {"ussr"}, {"japan", "ussr"}, K::MilitaryOccupation, true},
      {"habomai", 1945, 9, 3, {"japan", "ussr"}, {"japan", "ussr"}, K::Transition, true},
      {"habomai", 1945, 9, 5, {"ussr"}, {"japan", "ussr"}, K::MilitaryOccupation, true},
      // The decree of 2 Feb 1946 is an act; what follows is administration under dispute.
      {"etorofu", 1946, 2, 2, {"ussr"}, {"japan", "ussr"}, K::AdministeredDisputed, true},
      {"etorofu",
       1991,
       12,
       26,
       {"russian_federation"},
       {"japan", "russian_federation"},
       K::AdministeredDisputed,
       true},
  };
  for (const Around& c : cases) {
    SCOPED_TRACE(std::string(c.territory) + " " + isoDate(daysFromGregorian(c.year, c.month, c.day)));
    const TerritoryState state = stateOn(c.territory, daysFromGregorian(c.year, c.month, c.day));
    ASSERT_TRUE(state.known());
    EXPECT_FALSE(state.uncertain());
    EXPECT_EQ(asSet(state.period->administeredBy), c.administeredBy);
    EXPECT_EQ(asSet(state.period->claimedBy), c.claimedBy);
    EXPECT_EQ(state.period->kind, c.kind);
    EXPECT_EQ(state.disputed(), c.disputed);
  }
}

// Japan occupied North Sakhalin in 1905 and claimed nothing there: an occupation, no dispute.
TEST_F(EmbeddedDataset, NorthSakhalinIn1905IsOccupiedByJapanAndNotDisputed) {
  const TerritoryState state = stateOn("north_sakhalin", daysFromGregorian(1905, 8, 15));
  ASSERT_TRUE(state.known());
  EXPECT_EQ(state.period->kind, ControlKind::MilitaryOccupation);
  EXPECT_EQ(asSet(state.period->administeredBy), (std::set<std::string>{"japan"}));
  EXPECT_FALSE(contains(state.period->claimedBy, "japan"));
  EXPECT_FALSE(state.disputed());
}

// No "USSR" before 30 December 1922, in the periods or the trade partners; more generally no
// state named for days it did not exist.
TEST_F(EmbeddedDataset, NoStateIsNamedBeforeItExistedOrAfterItEnded) {
  const DayNumber ussrBegins = daysFromGregorian(1922, 12, 30);
  EXPECT_EQ(dataset().state("ussr")->validDays().first, ussrBegins);
  for (const ControlPeriod& period : dataset().controlPeriods()) {
    SCOPED_TRACE(period.id);
    const DayRange days = period.certainDays();
    for (const auto* list : {&period.administeredBy, &period.claimedBy})
      for (const std::string& id : *list) {
        EXPECT_TRUE(dataset().state(id)->validDays().contains(days)) << id;
        if (id == "ussr") {
          EXPECT_GE(days.first, ussrBegins);
        }
      }
  }
  for (const TradeObservation& observation : dataset().trade()) {
    SCOPED_TRACE(observation.id);
    const DayRange year{daysFromGregorian(observation.year, 1, 1),
                        daysFromGregorian(observation.year, 12, 31)};
    EXPECT_TRUE(dataset().state(observation.partnerStateId)->validDays().overlaps(year));
    if (observation.year <= 1922) {
      EXPECT_NE(observation.partnerStateId, "ussr");
    }
  }
  const TradeObservation* provisional = findTrade(dataset(), "cow_v4", 1917, TradeFlow::JapanExports);
  ASSERT_NE(provisional, nullptr);
  EXPECT_EQ(provisional->partnerStateId, "russian_provisional_government");
  for (int year = 1918; year <= 1922; ++year) {
    const TradeObservation* soviet = findTrade(dataset(), "cow_v4", year, TradeFlow::JapanExports);
    ASSERT_NE(soviet, nullptr) << year;
    EXPECT_EQ(soviet->partnerStateId, "rsfsr") << year;
  }
}

// Kinds describe what is observed; a disputed status gives both legal positions, attributed,
// in the three languages, each with sources that exist.
TEST_F(EmbeddedDataset, DisputedPeriodsStateBothPositionsInThreeLanguages) {
  int administeredDisputed = 0;
  for (const ControlPeriod& period : dataset().controlPeriods()) {
    SCOPED_TRACE(period.id);
    EXPECT_FALSE(controlKindCode(period.kind).empty());
    EXPECT_FALSE(period.basis.ja.empty());
    EXPECT_FALSE(period.basis.ru.empty());
    EXPECT_NE(period.basis.ja, period.basis.en);
    EXPECT_NE(period.basis.ru, period.basis.en);
    if (period.kind != ControlKind::AdministeredDisputed) continue;
    ++administeredDisputed;
    EXPECT_TRUE(period.isDisputed());
    for (const LocalizedText* position : {&period.positionJapan, &period.positionRussia})
      for (Language language : {Language::English, Language::Japanese, Language::Russian})
        EXPECT_FALSE(position->get(language).empty());
    EXPECT_EQ(period.positionJapan.en.rfind("Japan ", 0), 0U) << "attributed: " << period.positionJapan.en;
    EXPECT_EQ(period.positionRussia.en.rfind("Russia ", 0), 0U) << "attributed: " << period.positionRussia.en;
    EXPECT_NE(period.positionJapan.ja.find("日本"), std::string::npos);
    EXPECT_NE(period.positionRussia.ru.find("Росси"), std::string::npos);
    for (const auto* ids : {&period.positionJapanSourceIds, &period.positionRussiaSourceIds}) {
      ASSERT_FALSE(ids->empty());
      for (const std::string& id : *ids) EXPECT_NE(dataset().source(id), nullptr) << id;
    }
  }
  EXPECT_GE(administeredDisputed, 10);
  // Today, for the four islands: administered by Russia, claimed by Japan, both positions given.
  for (const char* id : {"etorofu", "kunashiri", "shikotan", "habomai"})
    EXPECT_EQ(stateOn(id, today()).period->kind, ControlKind::AdministeredDisputed) << id;
}

// Names per period and language: South Sakhalin was Karafuto (樺太) from 1905 to 1946, never
// "Minami Karafuto" before the partition; Toyohara was Vladimirovka before 1905.
TEST_F(EmbeddedDataset, SakhalinIsNamedAsInEachPeriodAndLanguage) {
  const Territory& south = territory("south_sakhalin");
  const PlaceNames& in1930 = south.namesOn(daysFromGregorian(1930, 1, 1));
  EXPECT_EQ(in1930.japanese, "樺太");
  EXPECT_EQ(in1930.japaneseRomaji, "Karafuto");
  EXPECT_NE(in1930.russian.find("Южный Сахалин"), std::string::npos);
  const std::string japaneseLabel = in1930.label(Language::Japanese, NamingOrder::JapaneseFirst);
  EXPECT_EQ(japaneseLabel.rfind("樺太", 0), 0U) << japaneseLabel;
  EXPECT_EQ(japaneseLabel.find("南樺太"), std::string::npos) << japaneseLabel;
  for (const int year : {1860, 1880, 1900}) {
    const PlaceNames& before = south.namesOn(daysFromGregorian(year, 6, 1));
    for (Language language : {Language::English, Language::Japanese, Language::Russian})
      for (NamingOrder order :
           {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English}) {
        const std::string label = before.label(language, order);
        EXPECT_EQ(label.find("南樺太"), std::string::npos) << year << " " << label;
        EXPECT_EQ(label.find("Minami Karafuto"), std::string::npos) << year << " " << label;
      }
  }
  EXPECT_EQ(south.namesOn(daysFromGregorian(1905, 10, 14)).japanese, "樺太南部");
  EXPECT_EQ(south.namesOn(daysFromGregorian(1905, 10, 15)).japanese, "樺太");
  EXPECT_EQ(south.namesOn(daysFromGregorian(1946, 2, 1)).japanese, "樺太");
  EXPECT_EQ(south.namesOn(daysFromGregorian(1946, 2, 2)).japanese, "南樺太");
  EXPECT_EQ(south.namesOn(daysFromGregorian(2000, 1, 1)).russian, "Южный Сахалин");
  EXPECT_EQ(territory("north_sakhalin").namesOn(daysFromGregorian(1921, 1, 1)).japanese, "北樺太");
  const Place* toyohara = dataset().place("toyohara");
  ASSERT_NE(toyohara, nullptr);
  EXPECT_EQ(toyohara->namesOn(daysFromGregorian(1900, 1, 1))->russian, "Владимировка");
}

// Every Habomai islet has an English name; Moemoshiri, left unnamed before, is a part.
TEST_F(EmbeddedDataset, EveryHabomaiIsletIsNamed) {
  const Territory& habomai = territory("habomai");
  std::set<std::string> ids;
  for (const TerritoryPart& part : habomai.parts) {
    SCOPED_TRACE(part.id);
    ids.insert(part.id);
    EXPECT_FALSE(part.names.english.empty());
    EXPECT_FALSE(part.names.japanese.empty());
    EXPECT_FALSE(part.names.russian.empty());
    EXPECT_FALSE(part.nameSourceIds.empty());
  }
  EXPECT_TRUE(ids.contains("moemoshiri"));
  // MOFA's areas are shown, with the Cabinet Office's beside them where it gives one.
  const Territory& etorofu = territory("etorofu");
  EXPECT_EQ(etorofu.publishedAreaKm2, std::optional<double>(3168.0));
  EXPECT_EQ(etorofu.areaAlt.km2, std::optional<double>(3166.6));
}

// Every source says what kind of source it is.
TEST_F(EmbeddedDataset, EverySourceHasAQuality) {
  std::size_t primary = 0;
  for (const Source& source : dataset().sources()) {
    EXPECT_TRUE(source.quality.has_value()) << source.id;
    if (source.quality == SourceQuality::Primary) ++primary;
  }
  EXPECT_GT(primary, 0U);
  EXPECT_EQ(dataset().source("okhotsk_derived_cow")->quality, SourceQuality::Derived);
}

// Treaties count from entry into force: the event, the boundary and the periods agree.
TEST_F(EmbeddedDataset, PortsmouthComesIntoForceOnOneDayEverywhere) {
  const Event* inForce = dataset().event("E090");
  ASSERT_NE(inForce, nullptr);
  EXPECT_EQ(inForce->date.toString(), "1905-10-15");
  EXPECT_TRUE(contains(inForce->sourceIds, "frus_1905_d908"));
  EXPECT_TRUE(contains(inForce->sourceIds, "frus_1905_d909"));
  const DayNumber day = inForce->date.earliest();
  for (const Boundary& boundary : dataset().boundaries())
    if (boundary.id == "sakhalin_50n") {
      EXPECT_EQ(boundary.certainDays().first, day);
    }
  EXPECT_EQ(stateOn("south_sakhalin", day).period->interval.start().date.earliest(), day);
  EXPECT_EQ(stateOn("north_sakhalin", day).period->interval.start().date.earliest(), day);
}

// ------------------------------------------------------------------------------------
// Places

TEST_F(EmbeddedDataset, ToyoharaIsRenamedOnFourthJuly1946) {
  const Place* place = dataset().place("toyohara");
  ASSERT_NE(place, nullptr);
  const PlaceNames* before = place->namesOn(daysFromGregorian(1946, 7, 3));
  const PlaceNames* after = place->namesOn(daysFromGregorian(1946, 7, 4));
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->japanese, "豊原");
  EXPECT_EQ(after->russian, "Южно-Сахалинск");
}

// ------------------------------------------------------------------------------------
// Trade

const TradeObservation* findTrade(const Dataset& dataset, std::string_view sourceId, int year,
                                  TradeFlow flow) {
  for (const TradeObservation& observation : dataset.trade())
    if (observation.sourceId == sourceId && observation.year == year && observation.flow == flow)
      return &observation;
  return nullptr;
}

struct SeedFigure {
  const char* phrase;
  const char* sourceId;
  int year;
  TradeFlow flow;
  double value;  ///< US$ million
  TradeBound bound;
  bool yearUncertain;
};

constexpr SeedFigure kSeedFigures[] = {
    {"By 1979 overall trade had reached US$4.4 billion annually", "seed_article", 1979, TradeFlow::Total,
     4400, TradeBound::Exact, false},
    {"Japan-Soviet trade in 1988 was valued at nearly US$6 billion", "seed_article", 1988, TradeFlow::Total,
     6000, TradeBound::Nearly, false},
    {"Imports ... declined during the first half of the 1980s, from nearly US$1.9 billion", "seed_article",
     1980, TradeFlow::JapanImports, 1900, TradeBound::Nearly, true},
    {"... to less than US$1.5 billion", "seed_article", 1985, TradeFlow::JapanImports, 1500,
     TradeBound::LessThan, true},
    {"... and then recovered to almost US$3.4 billion by 1990", "seed_article", 1990, TradeFlow::JapanImports,
     3400, TradeBound::Nearly, false},
    {"Exports ... grew modestly, to over US$3.1 billion in 1988", "seed_article", 1988,
     TradeFlow::JapanExports, 3100, TradeBound::Over, false},
    {"... before declining to US$2.6 billion in 1990", "seed_article", 1990, TradeFlow::JapanExports, 2600,
     TradeBound::Exact, false},
    // the same 1980s statements in the Library of Congress study the seed article is taken from
    {"LOC: from nearly US$1.9 billion", "loc_japan_study", 1980, TradeFlow::JapanImports, 1900,
     TradeBound::Nearly, true},
    {"LOC: to less than US$1.5 billion", "loc_japan_study", 1985, TradeFlow::JapanImports, 1500,
     TradeBound::LessThan, true},
    {"LOC: almost US$3.4 billion by 1990", "loc_japan_study", 1990, TradeFlow::JapanImports, 3400,
     TradeBound::Nearly, false},
    {"LOC: over US$3.1 billion in 1988", "loc_japan_study", 1988, TradeFlow::JapanExports, 3100,
     TradeBound::Over, false},
    {"LOC: US$2.6 billion in 1990", "loc_japan_study", 1990, TradeFlow::JapanExports, 2600, TradeBound::Exact,
     false},
};

TEST_F(EmbeddedDataset, SeedTradeFiguresArePresentWithTheirBounds) {
  for (const SeedFigure& figure : kSeedFigures) {
    SCOPED_TRACE(figure.phrase);
    const TradeObservation* observation = findTrade(dataset(), figure.sourceId, figure.year, figure.flow);
    ASSERT_NE(observation, nullptr);
    EXPECT_DOUBLE_EQ(observation->value, figure.value);
    EXPECT_EQ(observation->bound, figure.bound);
    EXPECT_EQ(observation->yearUncertain, figure.yearUncertain);
    EXPECT_EQ(observation->unit, "USD_million_current");
    EXPECT_EQ(observation->partnerStateId, "ussr");
    EXPECT_FALSE(observation->derived);
    if (figure.bound != TradeBound::Exact) {
      EXPECT_TRUE(observation->approximate);
    }
  }
}

TEST_F(EmbeddedDataset, EveryTradeObservationIsSourced) {
  ASSERT_FALSE(dataset().trade().empty());
  for (const TradeObservation& observation : dataset().trade()) {
    SCOPED_TRACE(observation.id);
    EXPECT_NE(dataset().source(observation.sourceId), nullptr);
    EXPECT_NE(dataset().state(observation.partnerStateId), nullptr);
    if (observation.bound != TradeBound::Exact) {
      EXPECT_TRUE(observation.approximate);
    }
  }
}

TEST_F(EmbeddedDataset, CowSeriesKeepsMissingYearsMissing) {
  const std::vector<TradeSeries> all = dataset().tradeSeries();
  auto series = [&](TradeFlow flow) -> const TradeSeries* {
    for (const TradeSeries& s : all)
      if (s.sourceId == "cow_v4" && s.flow == flow) return &s;
    return nullptr;
  };
  auto point = [](const TradeSeries& s, int year) -> const TradeSeriesPoint* {
    for (const TradeSeriesPoint& p : s.points)
      if (p.year == year) return &p;
    return nullptr;
  };

  const TradeSeries* exports = series(TradeFlow::JapanExports);
  const TradeSeries* imports = series(TradeFlow::JapanImports);
  // The totals are the atlas's sums, under the atlas's own source id.
  const TradeSeries* totals = nullptr;
  for (const TradeSeries& s : all)
    if (s.sourceId == "okhotsk_derived_cow" && s.flow == TradeFlow::Total) totals = &s;
  ASSERT_NE(exports, nullptr);
  ASSERT_NE(imports, nullptr);
  ASSERT_NE(totals, nullptr);
  EXPECT_TRUE(exports->annual);

  // one point per year 1887-2014, missing years explicit
  ASSERT_EQ(exports->points.size(), 2014u - 1887u + 1u);
  EXPECT_EQ(exports->points.front().year, 1887);
  EXPECT_EQ(exports->points.back().year, 2014);

  // 1905: COW has imports but no exports, hence no total; 1908: exports but no imports
  const TradeSeriesPoint* exports1905 = point(*exports, 1905);
  ASSERT_NE(exports1905, nullptr);
  EXPECT_FALSE(exports1905->value.has_value());
  ASSERT_NE(point(*imports, 1905), nullptr);
  EXPECT_EQ(point(*imports, 1905)->value, std::optional<double>(1.0));
  ASSERT_NE(point(*totals, 1905), nullptr);
  EXPECT_FALSE(point(*totals, 1905)->value.has_value());
  ASSERT_NE(point(*imports, 1908), nullptr);
  EXPECT_FALSE(point(*imports, 1908)->value.has_value());
  EXPECT_EQ(point(*exports, 1908)->value, std::optional<double>(3.0));

  // neighbours are present (zero is a value, not a gap)
  EXPECT_EQ(point(*exports, 1904)->value, std::optional<double>(0.0));
  EXPECT_EQ(point(*exports, 1906)->value, std::optional<double>(5.0));

  // no COW dyad rows 1942-1951
  for (int year = 1942; year <= 1951; ++year) {
    ASSERT_NE(point(*exports, year), nullptr) << year;
    EXPECT_FALSE(point(*exports, year)->value.has_value()) << year;
  }

  // checks against figures quoted in facts: 1970 total 822, 1979 total 4,338, 1990 imports 3,370
  EXPECT_EQ(point(*totals, 1970)->value, std::optional<double>(822.0));
  EXPECT_EQ(point(*totals, 1979)->value, std::optional<double>(4338.0));
  EXPECT_EQ(point(*imports, 1990)->value, std::optional<double>(3370.0));
  ASSERT_NE(point(*totals, 1979)->observation, nullptr);
  EXPECT_TRUE(point(*totals, 1979)->observation->derived);
  EXPECT_EQ(point(*totals, 1979)->observation->derivedFrom, std::vector<std::string>{"cow_v4"});
}

// COW's zeros are below what the series can report, not measured zeros.
TEST_F(EmbeddedDataset, CowZerosAreBelowTheThreshold) {
  for (int year : {1920, 1921, 1922, 1930, 1939, 1940, 1941, 1952}) {
    const TradeObservation* exports = findTrade(dataset(), "cow_v4", year, TradeFlow::JapanExports);
    ASSERT_NE(exports, nullptr) << year;
    EXPECT_EQ(exports->bound, TradeBound::BelowThreshold) << year;
    EXPECT_DOUBLE_EQ(exports->value, 0.0) << year;
    EXPECT_TRUE(exports->approximate) << year;
  }
  for (const TradeObservation& observation : dataset().trade())
    if (observation.value == 0.0 && observation.sourceId == "cow_v4") {
      EXPECT_EQ(observation.bound, TradeBound::BelowThreshold) << observation.id;
    }
}

// TASS's 2023 figures: yen as published (exact), dollars converted at a 2024 rate (about),
// two series that do not collide.
TEST_F(EmbeddedDataset, TheYenFiguresOf2023AreASeriesOfTheirOwn) {
  int yen = 0;
  int dollars = 0;
  for (const TradeSeries& s : dataset().tradeSeries(2023, 2023)) {
    if (s.sourceId != "tass_1736657") continue;
    ASSERT_EQ(s.points.size(), 1U);
    ASSERT_NE(s.points[0].observation, nullptr);
    if (s.unit == "JPY_billion_current") {
      ++yen;
      EXPECT_EQ(s.points[0].observation->bound, TradeBound::Exact);
    } else {
      ++dollars;
      EXPECT_EQ(s.unit, "USD_million_current");
      EXPECT_TRUE(s.points[0].observation->approximate);
    }
  }
  EXPECT_EQ(yen, 3);
  EXPECT_EQ(dollars, 3);
}

TEST_F(EmbeddedDataset, TradePartnerFollowsTheState) {
  struct Case {
    int year;
    const char* partner;
  };
  for (const Case& c : {Case{1900, "russian_empire"}, Case{1960, "ussr"}, Case{2000, "russian_federation"}}) {
    const TradeObservation* observation = findTrade(dataset(), "cow_v4", c.year, TradeFlow::JapanImports);
    ASSERT_NE(observation, nullptr) << c.year;
    EXPECT_EQ(observation->partnerStateId, c.partner) << c.year;
  }
}

// ------------------------------------------------------------------------------------
// Structured sources (issue #11): the fields say in parts what the citation says whole.

TEST_F(EmbeddedDataset, EverySourceHasAType) {
  ASSERT_GT(dataset().sources().size(), 200U);
  for (const Source& source : dataset().sources()) EXPECT_TRUE(source.type.has_value()) << source.id;
}

TEST_F(EmbeddedDataset, EveryPrimarySourceHasATitle) {
  int primary = 0;
  for (const Source& source : dataset().sources()) {
    if (source.quality != SourceQuality::Primary) continue;
    ++primary;
    EXPECT_FALSE(source.title.empty()) << source.id;
  }
  EXPECT_GT(primary, 60);
}

// Each structured part is found in the citation: nothing was added that the citation does
// not say. Authors by family name ("Hara, Kimie" in "Kimie Hara, …"), `issued` by its years
// (in the citation or an address: "1987/1988" may be written "1987/88").
TEST_F(EmbeddedDataset, StructuredSourceFieldsAreFoundInTheCitation) {
  const auto found = [](const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
  };
  for (const Source& source : dataset().sources()) {
    const std::string& cite = source.citation;
    for (const std::string* part : {&source.title, &source.container, &source.publisher, &source.pages,
                                    &source.archive, &source.volume, &source.number, &source.doi})
      EXPECT_TRUE(found(cite, *part)) << source.id << ": '" << *part << "' is not in the citation";
    std::vector<std::string> persons = source.authors;
    persons.insert(persons.end(), source.editors.begin(), source.editors.end());
    for (const std::string& author : persons) {
      const std::string family = author.substr(0, author.find(','));
      EXPECT_TRUE(found(cite, family)) << source.id << ": author " << author;
      if (author.find(',') != std::string::npos) {
        EXPECT_NE(author.find(", "), std::string::npos) << source.id << ": a person is 'Family, Given'";
      }
    }
    std::string addresses = cite;
    for (const std::string& url : source.urls) addresses += " " + url;
    if (!source.issued.empty()) {
      EXPECT_TRUE(Edtf::parse(source.issued).has_value()) << source.id << ": " << source.issued;
      for (std::size_t at = 0; at + 4 <= source.issued.size(); ++at) {
        const std::string_view year = std::string_view(source.issued).substr(at, 4);
        if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        EXPECT_TRUE(found(addresses, year) || found(addresses, "/" + std::string(year.substr(2))))
            << source.id << ": issued " << source.issued;
        at += 3;
      }
    }
  }
}

// The type files a source the way its quality grades it: a primary source is a treaty
// text, an archival record or an official statement, a press source is press, and so on.
TEST_F(EmbeddedDataset, SourceTypeAgreesWithQuality) {
  using enum SourceType;
  const auto allowed = [](SourceQuality quality) -> std::set<SourceType> {
    switch (quality) {
      case SourceQuality::Primary:
        return {TreatyText, ArchivalRecord, OfficialStatement};
      case SourceQuality::Scholarly:
        return {ScholarlyWork, ReferenceWork, Dataset};
      case SourceQuality::Press:
        return {Press};
      case SourceQuality::Reference:
        return {ReferenceWork};
      case SourceQuality::Derived:
        return {Dataset};
    }
    return {};
  };
  for (const Source& source : dataset().sources()) {
    ASSERT_TRUE(source.quality.has_value()) << source.id;
    ASSERT_TRUE(source.type.has_value()) << source.id;
    EXPECT_TRUE(allowed(*source.quality).contains(*source.type))
        << source.id << ": type " << sourceTypeCode(*source.type) << " with quality "
        << sourceQualityCode(*source.quality);
  }
}

TEST_F(EmbeddedDataset, SourceLanguagesAreTheWorksOwn) {
  const Source* mofaJa = dataset().source("cao_hoppo_sugata");
  const Source* mofaEn = dataset().source("mofa_northern_territories");
  const Source* lavrov = dataset().source("rg_2019_lavrov_art107");
  ASSERT_TRUE(mofaJa != nullptr && mofaEn != nullptr && lavrov != nullptr);
  EXPECT_EQ(mofaJa->language, "ja");
  EXPECT_EQ(mofaEn->language, "en");
  EXPECT_EQ(lavrov->language, "ru");
  for (const Source& source : dataset().sources())
    EXPECT_TRUE(source.accessed.empty()) << source.id << ": no access day is recorded in the dataset";
}

}  // namespace
