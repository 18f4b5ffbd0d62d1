// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event list at scale (#13): what a reset of the list, a language switch and a search
// cost with a dataset of, say, 100,000 events. Each case runs the list as the event panel
// does: the panel itself (its list view shown offscreen), sorted by date.
//
// Run: build/dev/tests/benchmarks/event_list_benchmark --dataset DIR
//        [--benchmark_repetitions=5 --benchmark_report_aggregates_only=true]
//      (without --dataset: the embedded dataset; make a big one with
//      `okhotsk-cli generate DIR --events 100000`). Reports milliseconds per operation; with
//      repetitions, the median, min and max of the repetitions.
//
// Cases:
//   DatasetReset     the document announces a new dataset (the list resets, re-sorts, re-filters)
//   LanguageSwitch   English -> Japanese (and back, untimed)
//   SearchCommon     "timeline" typed at once into the search (most synthetic events have it)
//   SearchRare       "shimoda" typed at once (a handful of events)
//   SearchTyping     "military" typed a letter at a time, each letter filtering
//   SearchClear      the search cleared after "shimoda" (every row comes back)

#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/selection.h"
#include "session/time_controller.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace okhotsk::app {
namespace {

QString g_datasetPath;  // empty: the embedded dataset

struct Fixture {
  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  InterfaceLanguage interfaceLanguage{settings};
  Selection selection;
  std::unique_ptr<EventPanel> panel;

  Fixture() {
    const bool opened = g_datasetPath.isEmpty() ? document.openEmbedded() : document.open(g_datasetPath);
    if (!opened) {
      std::fprintf(stderr, "cannot open the dataset %s\n", qPrintable(g_datasetPath));
      std::exit(1);
    }
    panel = std::make_unique<EventPanel>(controller, document, settings, selection);
    panel->resize(420, 900);
    panel->show();
    (void)QTest::qWaitForWindowExposed(panel.get());
    settle();
  }

  // Lets the list lay out and paint what a change left for later, as the event loop would
  // before the next frame; that cost belongs to the change.
  void settle() {
    QApplication::processEvents();
    QApplication::processEvents();
  }

  // Types `text` into the search and waits for the list to follow (the search may be debounced).
  void search(const QString& text) {
    panel->searchField()->setText(text);
    (void)QTest::qWaitFor([&] { return panel->filterModel()->searchText() == text.trimmed(); }, 5000);
    settle();
  }
};

// Made on first use, deleted by main() while the application still exists.
std::unique_ptr<Fixture> g_fixture;

Fixture& fixture() {
  if (!g_fixture) g_fixture = std::make_unique<Fixture>();
  return *g_fixture;
}

void finish(benchmark::State& state, Fixture& f) {
  state.counters["rows"] = static_cast<double>(f.panel->filterModel()->rowCount());
  state.counters["events"] = static_cast<double>(f.panel->model()->rowCount());
}

void BM_DatasetReset(benchmark::State& state) {
  Fixture& f = fixture();
  f.search(QString());
  for (auto _ : state) {
    Q_EMIT f.document.datasetChanged();
    f.settle();
  }
  finish(state, f);
}

void BM_LanguageSwitch(benchmark::State& state) {
  Fixture& f = fixture();
  f.search(QString());
  for (auto _ : state) {
    f.settings.setLanguage(Language::Japanese);
    f.settle();
    state.PauseTiming();
    f.settings.setLanguage(Language::English);
    f.settle();
    state.ResumeTiming();
  }
  finish(state, f);
}

void searchCase(benchmark::State& state, const QString& word) {
  Fixture& f = fixture();
  f.search(QString());
  for (auto _ : state) {
    f.search(word);
    state.PauseTiming();
    finish(state, f);
    f.search(QString());
    state.ResumeTiming();
  }
}

void BM_SearchCommon(benchmark::State& state) {
  searchCase(state, QStringLiteral("timeline"));
}

void BM_SearchRare(benchmark::State& state) {
  searchCase(state, QStringLiteral("shimoda"));
}

void BM_SearchTyping(benchmark::State& state) {
  Fixture& f = fixture();
  const QString word = QStringLiteral("military");
  f.search(QString());
  for (auto _ : state) {
    for (qsizetype length = 1; length <= word.size(); ++length) f.search(word.left(length));
    state.PauseTiming();
    finish(state, f);
    f.search(QString());
    state.ResumeTiming();
  }
}

void BM_SearchClear(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    state.PauseTiming();
    f.search(QStringLiteral("shimoda"));
    state.ResumeTiming();
    f.search(QString());
  }
  finish(state, f);
}

double minimum(const std::vector<double>& values) {
  return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}
double maximum(const std::vector<double>& values) {
  return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

void configure(benchmark::internal::Benchmark* bench) {
  bench->Unit(benchmark::kMillisecond)->ComputeStatistics("min", minimum)->ComputeStatistics("max", maximum);
}

BENCHMARK(BM_DatasetReset)->Apply(configure);
BENCHMARK(BM_LanguageSwitch)->Apply(configure);
BENCHMARK(BM_SearchCommon)->Apply(configure);
BENCHMARK(BM_SearchRare)->Apply(configure);
BENCHMARK(BM_SearchTyping)->Apply(configure);
BENCHMARK(BM_SearchClear)->Apply(configure);

}  // namespace
}  // namespace okhotsk::app

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // --dataset DIR is ours; the rest is Google Benchmark's.
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dataset") == 0 && i + 1 < argc) {
      okhotsk::app::g_datasetPath = QString::fromLocal8Bit(argv[++i]);
      continue;
    }
    rest.push_back(argv[i]);
  }
  int restCount = static_cast<int>(rest.size());
  QApplication app(restCount, rest.data());
  benchmark::Initialize(&restCount, rest.data());
  if (benchmark::ReportUnrecognizedArguments(restCount, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  okhotsk::app::g_fixture.reset();
  return 0;
}
