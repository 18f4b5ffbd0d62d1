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
#include <QPaintEvent>
#include <QPixmap>
#include <QRegion>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

// The parts of the window measured on their own, by name.
std::vector<std::pair<QString, QWidget*>> viewsOf(AtlasWindow& window) {
  return {{QStringLiteral("map"), window.mapWidget()},
          {QStringLiteral("timeline"), window.timelineWidget()},
          {QStringLiteral("playback"), window.playbackBar()},
          {QStringLiteral("chart"), window.tradeChart()},
          {QStringLiteral("events"), window.eventPanel()},
          {QStringLiteral("territory"), window.territoryPanel()}};
}

// Each view grabbed on its own on some of the scrub dates: where the whole window's grab goes.
QJsonObject perViewGrabFigures(AtlasWindow& window, AtlasSession& session,
                               const std::vector<DayNumber>& days) {
  const std::vector<std::pair<QString, QWidget*>> views = viewsOf(window);
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

// Watches what the window paints while it is installed on the application: each widget's
// Paint event (when, and which region, in the window's coordinates) and each UpdateRequest the
// window handles (one per repaint of its dirty regions into the backing store).
class PaintWatcher : public QObject {
 public:
  struct Paint {
    qint64 atNs = 0;
    QWidget* widget = nullptr;
    QRegion region;  ///< in the window's logical pixels
  };

  PaintWatcher(QWidget& window, const QElapsedTimer& clock) : m_window(window), m_clock(clock) {}

  [[nodiscard]] int updateRequests() const noexcept { return m_updateRequests; }
  [[nodiscard]] const std::vector<Paint>& paints() const noexcept { return m_paints; }
  void clearPaints() { m_paints.clear(); }

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
      auto* widget = static_cast<QWidget*>(watched);
      m_paints.push_back(
          {m_clock.nsecsElapsed(), widget,
           static_cast<QPaintEvent*>(event)->region().translated(widget->mapTo(&m_window, QPoint(0, 0)))});
    } else if (event->type() == QEvent::UpdateRequest && watched == &m_window) {
      ++m_updateRequests;
    }
    return false;
  }

 private:
  QWidget& m_window;
  const QElapsedTimer& m_clock;
  std::vector<Paint> m_paints;
  int m_updateRequests = 0;
};

// Delivers the posted events until a pass paints nothing more: the layout requests and the
// window's UpdateRequest, which repaints only the dirty regions into the backing store and
// flushes them, as on a screen. A widget that asks for another update while painting costs
// another pass (at most a few).
void deliverUntilPainted(const PaintWatcher& watcher) {
  constexpr int kMaxPasses = 8;
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    const int before = watcher.updateRequests();
    QCoreApplication::sendPostedEvents();
    if (watcher.updateRequests() == before) return;
  }
}

// This thread's processor time in ms: unlike the wall clock, not counting the time other
// processes on a loaded machine take the processor away.
double threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

long area(const QRegion& region) {
  long pixels = 0;
  for (const QRect& rect : region) pixels += static_cast<long>(rect.width()) * rect.height();
  return pixels;
}

// What the real frames repainted, per view (and the rest of the window: dock titles, status
// bar): on how many frames, how large a share of the view, for roughly how long (from its
// widgets' Paint events to the next widget's, or to the end of the frame); and the slowest
// frames (by processor time) with their dates and views.
class RepaintTally {
 public:
  RepaintTally(const QWidget& window, std::vector<std::pair<QString, QWidget*>> views)
      : m_window(window),
        m_views(std::move(views)),
        m_ms(m_views.size() + 1),
        m_painted(m_views.size() + 1, 0),
        m_share(m_views.size() + 1, 0.0) {}

  void add(DayNumber day, const std::vector<PaintWatcher::Paint>& paints, qint64 endNs, double frameMs,
           double cpuMs) {
    std::vector<double> ms(m_ms.size(), 0.0);
    std::vector<QRegion> regions(m_ms.size());
    for (std::size_t i = 0; i < paints.size(); ++i) {
      const std::size_t v = viewOf(paints[i].widget);
      ms[v] +=
          static_cast<double>((i + 1 < paints.size() ? paints[i + 1].atNs : endNs) - paints[i].atNs) / 1e6;
      regions[v] += paints[i].region;
    }
    QJsonObject slow{{QStringLiteral("date"), QString::fromStdString(isoDate(day))},
                     {QStringLiteral("ms"), benchmark::round2(frameMs)},
                     {QStringLiteral("cpu_ms"), benchmark::round2(cpuMs)}};
    for (std::size_t v = 0; v < m_ms.size(); ++v) {
      m_ms[v].push_back(ms[v]);
      if (regions[v].isEmpty()) continue;
      ++m_painted[v];
      const QWidget* whole = v < m_views.size() ? m_views[v].second : &m_window;
      const auto wholeArea = static_cast<double>(whole->width()) * whole->height();
      m_share[v] += wholeArea > 0 ? static_cast<double>(area(regions[v])) / wholeArea : 0.0;
      slow[nameOf(v)] = benchmark::round2(ms[v]);
    }
    // Ranked by processor time: on a loaded machine the wall clock's maxima are mostly other
    // processes' turns.
    m_slowest.emplace_back(cpuMs, slow);
    std::sort(m_slowest.begin(), m_slowest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    if (m_slowest.size() > kSlowest) m_slowest.pop_back();
  }

  [[nodiscard]] QJsonObject repaints() const {
    QJsonObject json;
    for (std::size_t v = 0; v < m_ms.size(); ++v) {
      QJsonObject view = figures(m_ms[v]);
      view[QStringLiteral("frames_painted")] = m_painted[v];
      // The mean share of the view repainted on the frames it repainted (1 = all of it).
      view[QStringLiteral("area_share")] =
          benchmark::round2(m_painted[v] > 0 ? m_share[v] / m_painted[v] : 0.0);
      json[nameOf(v)] = view;
    }
    return json;
  }

  [[nodiscard]] QJsonArray slowest() const {
    QJsonArray json;
    for (const auto& frame : m_slowest) json.append(frame.second);
    return json;
  }

 private:
  static constexpr std::size_t kSlowest = 5;

  // Which view a widget belongs to (its index), or m_views.size() for the rest of the window.
  [[nodiscard]] std::size_t viewOf(const QWidget* widget) const {
    for (; widget != nullptr; widget = widget->parentWidget())
      for (std::size_t v = 0; v < m_views.size(); ++v)
        if (m_views[v].second == widget) return v;
    return m_views.size();
  }
  [[nodiscard]] QString nameOf(std::size_t v) const {
    return v < m_views.size() ? m_views[v].first : QStringLiteral("rest");
  }

  const QWidget& m_window;
  std::vector<std::pair<QString, QWidget*>> m_views;
  std::vector<std::vector<double>> m_ms;
  std::vector<int> m_painted;
  std::vector<double> m_share;
  std::vector<std::pair<double, QJsonObject>> m_slowest;
};

struct ScrubResult {
  std::vector<double> frames;   ///< from setting the date to the frame done (grabbed, or painted)
  std::vector<double> cpu;      ///< this thread's processor time in that frame
  std::vector<double> settles;  ///< the event loop afterwards: whatever work is left
  QPixmap lastFrame;            ///< the grab only
  QJsonObject repaints;         ///< real frames only: what each view repainted
  QJsonArray slowest;           ///< real frames only: the slowest (processor time), with dates and views
};

// The real frame at each of `days`: the date set and the event loop run until the window's
// dirty regions are repainted (nothing is grabbed), after one warm-up pass at both ends.
ScrubResult scrubRealFrames(AtlasWindow& window, AtlasSession& session, const std::vector<DayNumber>& days) {
  QElapsedTimer clock;
  clock.start();
  PaintWatcher watcher(window, clock);
  qApp->installEventFilter(&watcher);
  // Ends on the last date, so that the first measured frame changes the date too.
  for (const DayNumber day : {days.front(), days.back()}) {
    session.controller.setCurrentDay(day);
    deliverUntilPainted(watcher);
    QCoreApplication::processEvents();
  }
  RepaintTally tally(window, viewsOf(window));
  ScrubResult result;
  result.frames.reserve(days.size());
  result.cpu.reserve(days.size());
  result.settles.reserve(days.size());
  for (const DayNumber day : days) {
    watcher.clearPaints();
    const double cpuStart = threadCpuMs();
    const qint64 start = clock.nsecsElapsed();
    session.controller.setCurrentDay(day);
    deliverUntilPainted(watcher);
    const qint64 end = clock.nsecsElapsed();
    result.cpu.push_back(threadCpuMs() - cpuStart);
    result.frames.push_back(static_cast<double>(end - start) / 1e6);
    tally.add(day, watcher.paints(), end, result.frames.back(), result.cpu.back());
    const qint64 settleStart = clock.nsecsElapsed();
    QCoreApplication::processEvents();
    result.settles.push_back(static_cast<double>(clock.nsecsElapsed() - settleStart) / 1e6);
  }
  qApp->removeEventFilter(&watcher);
  result.repaints = tally.repaints();
  result.slowest = tally.slowest();
  return result;
}

// Grabs the whole window at each of `days` (QWidget::grab() paints every widget in full,
// whatever changed), after one warm-up pass at both ends (as the map-only scrub does).
ScrubResult scrubGrabbedFrames(AtlasWindow& window, AtlasSession& session,
                               const std::vector<DayNumber>& days) {
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

// When the process started, the dataset was opened and the first frame drawn (ms since the epoch).
struct StartTimes {
  qint64 start = 0;  ///< 0 when unknown
  qint64 beforeOpen = 0;
  qint64 afterOpen = 0;
  qint64 firstFrameDone = 0;
};

// open_ms, first_frame_ms (-1 when the start is unknown) and the parts of the first frame.
QJsonObject startFigures(const StartTimes& t) {
  return QJsonObject{
      {QStringLiteral("open_ms"), static_cast<double>(t.afterOpen - t.beforeOpen)},
      {QStringLiteral("first_frame_ms"),
       t.start > 0 ? static_cast<double>(t.firstFrameDone - t.start) : -1.0},
      {QStringLiteral("first_frame_parts_ms"),
       QJsonObject{{QStringLiteral("start"), static_cast<double>(t.beforeOpen - t.start)},
                   {QStringLiteral("open"), static_cast<double>(t.afterOpen - t.beforeOpen)},
                   {QStringLiteral("window"), static_cast<double>(t.firstFrameDone - t.afterOpen)}}}};
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
  const StartTimes times{start, beforeOpen, afterOpen, firstFrameDone};
  if (options->firstFrameOnly) {
    QJsonObject json = startFigures(times);
    json[QStringLiteral("peak_rss_mb")] = benchmark::round2(benchmark::peakRssMegabytes());
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
  }

  QElapsedTimer timer;
  timer.start();
  session.document.waitForCoastlines();
  QCoreApplication::processEvents();  // the map takes the coastlines loaded meanwhile
  const double coastlineWaitMs = elapsedMs(timer);

  const std::vector<DayNumber> days = benchmark::scrubDays(240);
  const ScrubResult real = scrubRealFrames(window, session, days);
  // The peak as a user scrubbing leaves it: the grabs below keep whole-window pixmaps that
  // only the benchmark makes.
  const double realFramesRss = benchmark::peakRssMegabytes();
  const ScrubResult scrub = scrubGrabbedFrames(window, session, days);
  const QJsonObject views = perViewGrabFigures(window, session, days);
  // To look at what was measured: the window on the last date of the scrub.
  if (!options->out.isEmpty() && !scrub.lastFrame.save(options->out)) {
    printError(QStringLiteral("cannot write %1").arg(options->out));
    return 1;
  }

  QJsonObject json = startFigures(times);
  json[QStringLiteral("size")] =
      QStringLiteral("%1x%2").arg(options->size.width()).arg(options->size.height());
  json[QStringLiteral("device_pixel_ratio")] = window.devicePixelRatio();
  const QSize pixels = scrub.lastFrame.size();
  json[QStringLiteral("pixels")] = QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height());
  json[QStringLiteral("first_frame_pixels")] =
      QStringLiteral("%1x%2").arg(firstFrame.width()).arg(firstFrame.height());
  json[QStringLiteral("coastline_wait_ms")] = benchmark::round2(coastlineWaitMs);
  json[QStringLiteral("dates")] = static_cast<int>(days.size());
  // What the user sees: the date set and the window's dirty regions repainted.
  json[QStringLiteral("real_frames")] = figures(real.frames);
  json[QStringLiteral("real_frames_cpu")] = figures(real.cpu);
  json[QStringLiteral("real_settle")] = figures(real.settles);
  json[QStringLiteral("repaints")] = real.repaints;
  json[QStringLiteral("slowest_real_frames")] = real.slowest;
  // Every widget painted in full by QWidget::grab(), whatever changed.
  json[QStringLiteral("grab_frames")] = figures(scrub.frames);
  json[QStringLiteral("grab_settle")] = figures(scrub.settles);
  json[QStringLiteral("grab_views")] = views;
  json[QStringLiteral("peak_rss_mb")] = benchmark::round2(benchmark::peakRssMegabytes());
  json[QStringLiteral("peak_rss_real_frames_mb")] = benchmark::round2(realFramesRss);
  QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
  return 0;
}

}  // namespace okhotsk::app
