// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/window_benchmark.h"

#include "chart/trade_chart.h"
#include "desktop/atlas_window.h"
#include "export/benchmark_support.h"
#include "map/widget/map_widget.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_session.h"
#include "timeline/playback_bar.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/dataset.h"
#include "okhotsk/loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

namespace okhotsk::app {

namespace {

void printError(const QString& message) {
  QTextStream err(stderr);
  err << "okhotsk-atlas: " << message << Qt::endl;
}

double elapsedMs(const QElapsedTimer& timer) {
  return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QJsonObject figures(const std::vector<double>& values) {
  QJsonObject json;
  json[QStringLiteral("median_ms")] = benchmark::round2(benchmark::percentile(values, 0.5));
  json[QStringLiteral("p95_ms")] = benchmark::round2(benchmark::percentile(values, 0.95));
  json[QStringLiteral("max_ms")] =
      benchmark::round2(values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()));
  return json;
}

// Each view grabbed on its own on some of the scrub dates: where the whole window's time goes.
QJsonObject perViewFigures(AtlasWindow& window, AtlasSession& session, const std::vector<DayNumber>& days) {
  const std::vector<std::pair<QString, QWidget*>> views{
      {QStringLiteral("map"), window.mapWidget()},
      {QStringLiteral("timeline"), window.timelineWidget()},
      {QStringLiteral("playback"), window.playbackBar()},
      {QStringLiteral("chart"), window.tradeChart()},
      {QStringLiteral("events"), window.eventPanel()},
      {QStringLiteral("territory"), window.territoryPanel()}};
  std::vector<std::vector<double>> times(views.size());
  QElapsedTimer timer;
  for (std::size_t i = 0; i < days.size(); i += 6) {
    session.controller.setCurrentDay(days[i]);
    QCoreApplication::processEvents();
    for (std::size_t v = 0; v < views.size(); ++v) {
      timer.start();
      const QPixmap pixmap = views[v].second->grab();
      times[v].push_back(elapsedMs(timer));
    }
  }
  QJsonObject json;
  for (std::size_t v = 0; v < views.size(); ++v) json[views[v].first] = figures(times[v]);
  return json;
}

struct ScrubResult {
  std::vector<double> frames;   ///< setting the date and grabbing the whole window
  std::vector<double> settles;  ///< the event loop afterwards: the window's repaint, deferred work
  QPixmap lastFrame;
};

// Grabs the whole window at each of `days`, after one warm-up pass at both ends (as the
// map-only scrub does).
ScrubResult scrubWholeWindow(AtlasWindow& window, AtlasSession& session, const std::vector<DayNumber>& days) {
  for (const DayNumber day : {days.back(), days.front()}) {
    session.controller.setCurrentDay(day);
    const QPixmap warmUp = window.grab();
    QCoreApplication::processEvents();
  }
  ScrubResult result;
  result.frames.reserve(days.size());
  result.settles.reserve(days.size());
  QElapsedTimer timer;
  for (const DayNumber day : days) {
    timer.start();
    session.controller.setCurrentDay(day);
    result.lastFrame = window.grab();
    result.frames.push_back(elapsedMs(timer));
    timer.start();
    QCoreApplication::processEvents();
    result.settles.push_back(elapsedMs(timer));
  }
  return result;
}

struct WindowArguments {
  QString dataset;
  bool allowErrors = false;
  QSize size;
  QString out;
  bool firstFrameOnly = false;
};

// The command line of --window-only, or empty after saying what is wrong.
std::optional<WindowArguments> parseWindowArguments(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  const QCommandLineOption benchmarkOption(QStringLiteral("benchmark"), QStringLiteral("run the benchmark"));
  const QCommandLineOption windowOnly(QStringLiteral("window-only"), QStringLiteral("the whole window only"));
  const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("dataset"),
                                   QStringLiteral("PATH"));
  const QCommandLineOption allowErrors(QStringLiteral("allow-errors"), QStringLiteral("open what is valid"));
  const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("WxH"),
                                      QStringLiteral("1920x1080"));
  const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PNG of the last scrub frame"),
                                     QStringLiteral("FILE"));
  const QCommandLineOption firstFrameOnly(
      QStringLiteral("first-frame-only"),
      QStringLiteral("stop after the first frame (start-up figures only)"));
  parser.addOptions(
      {benchmarkOption, windowOnly, dataset, allowErrors, sizeOption, outOption, firstFrameOnly});
  static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
  const auto sizeMatch = sizePattern.match(parser.parse(arguments) ? parser.value(sizeOption) : QString());
  if (!sizeMatch.hasMatch() || !parser.positionalArguments().isEmpty()) {
    printError(parser.errorText().isEmpty() ? QStringLiteral("bad arguments") : parser.errorText());
    printError(QStringLiteral(
        "usage: okhotsk-atlas --benchmark --window-only [--dataset PATH] [--allow-errors] [--size WxH] "
        "[--out FILE] [--first-frame-only]"));
    return std::nullopt;
  }
  return WindowArguments{parser.value(dataset), parser.isSet(allowErrors),
                         QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt()),
                         parser.value(outOption), parser.isSet(firstFrameOnly)};
}

}  // namespace

int runWindowBenchmarkCommand(const QStringList& arguments, qint64 processStartMsecsSinceEpoch) {
  const std::optional<qint64> procStart = benchmark::processStartFromProc();
  if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr) {
    printError(QStringLiteral("--window-only needs the widgets of a QApplication"));
    return 1;
  }
  const std::optional<WindowArguments> options = parseWindowArguments(arguments);
  if (!options) return 2;
  const qint64 start = procStart.value_or(processStartMsecsSinceEpoch);

  const qint64 beforeOpen = QDateTime::currentMSecsSinceEpoch();
  AtlasSession session;
  const OpenPolicy policy = options->allowErrors ? OpenPolicy::WhatIsValid : OpenPolicy::Whole;
  const QString& path = options->dataset;
  if (!(path.isEmpty() ? session.document.openEmbedded(policy) : session.document.open(path, policy))) {
    printError(QStringLiteral("cannot open the dataset %1:")
                   .arg(QString::fromStdString(maskedPath(path.toStdString()))));
    std::fputs(session.document.failure().diagnostics.toText().c_str(), stderr);
    return 1;
  }
  const qint64 afterOpen = QDateTime::currentMSecsSinceEpoch();

  // First frame as the viewer shows it: the window built, shown, and drawn whole once.
  AtlasWindow window(session);
  window.resize(options->size);
  window.show();
  QCoreApplication::processEvents();
  const QPixmap firstFrame = window.grab();
  const qint64 firstFrameDone = QDateTime::currentMSecsSinceEpoch();
  if (options->firstFrameOnly) {
    const QJsonObject json{
        {QStringLiteral("open_ms"), static_cast<double>(afterOpen - beforeOpen)},
        {QStringLiteral("first_frame_ms"), start > 0 ? static_cast<double>(firstFrameDone - start) : -1.0},
        {QStringLiteral("first_frame_parts_ms"),
         QJsonObject{{QStringLiteral("start"), static_cast<double>(beforeOpen - start)},
                     {QStringLiteral("open"), static_cast<double>(afterOpen - beforeOpen)},
                     {QStringLiteral("window"), static_cast<double>(firstFrameDone - afterOpen)}}},
        {QStringLiteral("peak_rss_mb"), benchmark::round2(benchmark::peakRssMegabytes())}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
  }

  QElapsedTimer timer;
  timer.start();
  session.document.waitForCoastlines();
  QCoreApplication::processEvents();  // the map takes the coastlines loaded meanwhile
  const double coastlineWaitMs = elapsedMs(timer);

  const std::vector<DayNumber> days = benchmark::scrubDays(240);
  const ScrubResult scrub = scrubWholeWindow(window, session, days);
  const QJsonObject views = perViewFigures(window, session, days);
  // To look at what was measured: the window on the last date of the scrub.
  if (!options->out.isEmpty() && !scrub.lastFrame.save(options->out)) {
    printError(QStringLiteral("cannot write %1").arg(options->out));
    return 1;
  }

  QJsonObject json;
  json[QStringLiteral("size")] =
      QStringLiteral("%1x%2").arg(options->size.width()).arg(options->size.height());
  json[QStringLiteral("device_pixel_ratio")] = window.devicePixelRatio();
  const QSize pixels = scrub.lastFrame.size();
  json[QStringLiteral("pixels")] = QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height());
  json[QStringLiteral("first_frame_pixels")] =
      QStringLiteral("%1x%2").arg(firstFrame.width()).arg(firstFrame.height());
  json[QStringLiteral("open_ms")] = static_cast<double>(afterOpen - beforeOpen);
  json[QStringLiteral("first_frame_ms")] = start > 0 ? static_cast<double>(firstFrameDone - start) : -1.0;
  json[QStringLiteral("first_frame_parts_ms")] =
      QJsonObject{{QStringLiteral("start"), static_cast<double>(beforeOpen - start)},
                  {QStringLiteral("open"), static_cast<double>(afterOpen - beforeOpen)},
                  {QStringLiteral("window"), static_cast<double>(firstFrameDone - afterOpen)}};
  json[QStringLiteral("coastline_wait_ms")] = benchmark::round2(coastlineWaitMs);
  json[QStringLiteral("dates")] = static_cast<int>(days.size());
  json[QStringLiteral("frames")] = figures(scrub.frames);
  json[QStringLiteral("settle")] = figures(scrub.settles);
  json[QStringLiteral("views")] = views;
  json[QStringLiteral("peak_rss_mb")] = benchmark::round2(benchmark::peakRssMegabytes());
  QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
  return 0;
}

}  // namespace okhotsk::app
