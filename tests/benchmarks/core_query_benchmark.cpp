// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Query speed on a synthetic dataset of 100,000 events and 10,000 control periods
// (100 territories × 100 periods); event lengths mixed as in the real data (90% single
// days, 8% weeks to months, 2% two to three years). Target: state-on-a-date and events-in-an-interval
// answer in ≤ 10 µs median. Run: build/release/tests/benchmarks/core_query_benchmark

#include "okhotsk/dataset.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace okhotsk;

constexpr int kEvents = 100'000;
constexpr int kTerritories = 100;
constexpr int kPeriodsPerTerritory = 100;

const DayNumber kFirstDay = daysFromGregorian(1850, 1, 1);
const DayNumber kLastDay = daysFromGregorian(2025, 12, 31);

Edtf dayInterval(DayNumber first, DayNumber lastExclusive) {
  return Edtf(EdtfEndpoint{EndpointKind::Date, EdtfDate::fromDay(first)},
              EdtfEndpoint{EndpointKind::Date, EdtfDate::fromDay(lastExclusive)});
}

const Dataset& syntheticDataset() {
  static const std::unique_ptr<Dataset> dataset = [] {
    DatasetContent content;
    content.origin = "synthetic";
    content.sources.push_back({"s", "synthetic", {"https://example.org"}});
    content.states.push_back({"a", {"A", "", ""}});
    content.states.push_back({"b", {"B", "", ""}});
    std::mt19937 random(42);
    std::uniform_int_distribution<DayNumber> anyDay(kFirstDay, kLastDay);
    std::uniform_int_distribution<int> lengthKind(0, 99);
    for (int i = 0; i < kEvents; ++i) {
      Event e;
      e.id = "E" + std::to_string(i);
      const DayNumber start = anyDay(random);
      const int kind = lengthKind(random);
      // As in the real data: most events are single days (90%), some last weeks or months
      // (8%: 8 to 36 weeks — a war, a negotiation), a few last years (2%: two or three years).
      const DayNumber length = kind < 90 ? 0 : kind < 98 ? 7 * (kind - 88) * 4 : 365 * (kind - 96);
      e.date = length == 0 ? Edtf(EdtfDate::fromDay(start)) : dayInterval(start, start + length);
      e.title.en = e.id;
      e.sourceIds = {"s"};
      content.events.push_back(std::move(e));
    }
    const DayNumber span = (kLastDay - kFirstDay) / kPeriodsPerTerritory;
    for (int t = 0; t < kTerritories; ++t) {
      Territory territory;
      territory.id = "t" + std::to_string(t);
      territory.names.english = territory.id;
      content.territories.push_back(territory);
      for (int p = 0; p < kPeriodsPerTerritory; ++p) {
        ControlPeriod period;
        period.id = territory.id + "_" + std::to_string(p);
        period.territoryId = territory.id;
        period.interval = dayInterval(kFirstDay + p * span, kFirstDay + (p + 1) * span);
        period.administeredBy = {p % 2 == 0 ? "a" : "b"};
        period.claimedBy = {"a", "b"};
        period.sourceIds = {"s"};
        content.controlPeriods.push_back(std::move(period));
      }
    }
    Diagnostics diagnostics;
    auto built = Dataset::build(std::move(content), diagnostics);
    if (!diagnostics.empty()) std::abort();
    return built;
  }();
  return *dataset;
}

std::vector<DayNumber> queryDays() {
  std::mt19937 random(7);
  std::uniform_int_distribution<DayNumber> anyDay(kFirstDay, kLastDay);
  std::vector<DayNumber> days(4096);
  for (DayNumber& d : days) d = anyDay(random);
  return days;
}

void StateOfEveryTerritoryOnADay(benchmark::State& state) {
  const Dataset& dataset = syntheticDataset();
  const auto days = queryDays();
  std::size_t i = 0;
  for (auto _ : state) {
    auto states = dataset.stateOn(days[i++ % days.size()]);
    benchmark::DoNotOptimize(states.data());
  }
  state.counters["territories"] = kTerritories;
}

void StateOfOneTerritoryOnADay(benchmark::State& state) {
  const Dataset& dataset = syntheticDataset();
  const auto days = queryDays();
  const Territory& territory = dataset.territories()[37];
  std::size_t i = 0;
  for (auto _ : state) {
    auto result = dataset.stateOf(territory, days[i++ % days.size()]);
    benchmark::DoNotOptimize(result.period);
  }
}

// Events overlapping a window of `range(0)` days, as a list of pointers.
void EventsInAnInterval(benchmark::State& state) {
  const Dataset& dataset = syntheticDataset();
  const auto days = queryDays();
  const DayNumber window = state.range(0);
  std::size_t i = 0;
  std::size_t found = 0;
  for (auto _ : state) {
    const DayNumber first = days[i++ % days.size()];
    auto events = dataset.eventsIn({first, first + window - 1});
    found += events.size();
    benchmark::DoNotOptimize(events.data());
  }
  state.counters["events_found"] =
      benchmark::Counter(static_cast<double>(found), benchmark::Counter::kAvgIterations);
}

// The same without allocating: the per-frame form the viewer uses.
void EventIndicesInAnInterval(benchmark::State& state) {
  const Dataset& dataset = syntheticDataset();
  const auto days = queryDays();
  const DayNumber window = state.range(0);
  std::vector<std::size_t> out;
  out.reserve(8192);
  std::size_t i = 0;
  for (auto _ : state) {
    const DayNumber first = days[i++ % days.size()];
    dataset.eventIndicesIn({first, first + window - 1}, out);
    benchmark::DoNotOptimize(out.data());
  }
}

void NextEventAndControlChange(benchmark::State& state) {
  const Dataset& dataset = syntheticDataset();
  const auto days = queryDays();
  std::size_t i = 0;
  for (auto _ : state) {
    const DayNumber d = days[i++ % days.size()];
    benchmark::DoNotOptimize(dataset.nextEventStart(d));
    benchmark::DoNotOptimize(dataset.previousControlChange(d));
  }
}

BENCHMARK(StateOfEveryTerritoryOnADay)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(StateOfOneTerritoryOnADay)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(EventsInAnInterval)
    ->Arg(1)
    ->Arg(31)
    ->Arg(365)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(EventIndicesInAnInterval)
    ->Arg(365)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(NextEventAndControlChange)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
