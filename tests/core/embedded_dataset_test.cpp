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
}

TEST_F(EmbeddedDataset, HasTheFourStates) {
  for (const char* id : {"japan", "russian_empire", "ussr", "russian_federation"}) {
    SCOPED_TRACE(id);
    const State* state = dataset().state(id);
    ASSERT_NE(state, nullptr);
    EXPECT_FALSE(state->name.en.empty());
    EXPECT_FALSE(state->name.ja.empty());
    EXPECT_FALSE(state->name.ru.empty());
  }
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

// The Soviet-Russian succession is dated to December 1991 only: days in that month are uncertain.
TEST_F(EmbeddedDataset, SuccessionIn1991IsUncertainWithinTheMonth) {
  const TerritoryState state = stateOn("etorofu", daysFromGregorian(1991, 12, 15));
  ASSERT_TRUE(state.known());
  EXPECT_TRUE(state.uncertain());
  const TerritoryState january = stateOn("etorofu", daysFromGregorian(1992, 1, 15));
  ASSERT_TRUE(january.known());
  EXPECT_FALSE(january.uncertain());
  EXPECT_EQ(asSet(january.period->administeredBy), (std::set<std::string>{"russian_federation"}));
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
  const TradeSeries* totals = series(TradeFlow::Total);
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

}  // namespace
