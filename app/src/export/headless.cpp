// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/headless.h"

#include "export/benchmark_support.h"
#include "export/picture_export.h"
#include "export/tour_export.h"
#include "export/video_encoder.h"
#include "export/video_export.h"
#include "export/web_export.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/tour.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"
#include "okhotsk/loader.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace okhotsk::app {

namespace {

void printError(const QString& message) {
  QTextStream err(stderr);
  err << "okhotsk-atlas: " << message << Qt::endl;
}

// --render and --benchmark run before any window exists; the caller normally made an
// offscreen QGuiApplication, but a test or a script calling in directly may not have.
std::unique_ptr<QGuiApplication> ensureGuiApplication() {
  if (QCoreApplication::instance() != nullptr) return nullptr;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  static int argc = 1;
  static char name[] = "okhotsk-atlas";
  static char* argv[] = {name, nullptr};
  return std::make_unique<QGuiApplication>(argc, argv);
}

// Opens the dataset of a headless command; on failure says why on stderr, every diagnostic
// included. A dataset with errors is refused (nothing is drawn or written from half of it)
// unless `allowErrors`; then its diagnostics are printed too, so that a script's log shows
// what was left out.
bool openDocument(AtlasDocument& document, const QString& datasetPath, bool allowErrors) {
  const OpenPolicy policy = allowErrors ? OpenPolicy::WhatIsValid : OpenPolicy::Whole;
  const bool opened =
      datasetPath.isEmpty() ? document.openEmbedded(policy) : document.open(datasetPath, policy);
  const QString name = datasetPath.isEmpty() ? QStringLiteral("(embedded)")
                                             : QString::fromStdString(maskedPath(datasetPath.toStdString()));
  const Diagnostics& diagnostics = opened ? document.diagnostics() : document.failure().diagnostics;
  if (opened) {
    if (!diagnostics.hasErrors()) return true;  // warnings alone: a whole dataset, nothing to say
    printError(QStringLiteral("--allow-errors: using what is valid in %1; %2 error(s) leave out what they "
                              "name:")
                   .arg(name)
                   .arg(diagnostics.errorCount()));
    std::fputs(diagnostics.toText().c_str(), stderr);
    return true;
  }
  if (document.failure().refused)
    printError(QStringLiteral("the dataset %1 has %2 error(s), so nothing was written; correct them, or "
                              "run again with --allow-errors to use what is valid:")
                   .arg(name)
                   .arg(diagnostics.errorCount()));
  else
    printError(QStringLiteral("cannot open the dataset %1:").arg(name));
  std::fputs(diagnostics.toText().c_str(), stderr);
  return false;
}

// Prints what is wrong and how the command is used; 2 is the status of a bad command line.
int usageError(const QString& message, const QString& usage) {
  printError(message);
  printError(usage);
  return 2;
}

// Parses `arguments`; what is wrong with them (an unknown option, a stray argument), if anything.
std::optional<QString> commandLineProblem(QCommandLineParser& parser, const QStringList& arguments) {
  if (!parser.parse(arguments)) return parser.errorText();
  if (!parser.positionalArguments().isEmpty())
    return QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
  return std::nullopt;
}

std::optional<QSize> parseSize(const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
  const auto match = pattern.match(text.trimmed());
  if (!match.hasMatch()) return std::nullopt;
  const int width = match.captured(1).toInt();
  const int height = match.captured(2).toInt();
  if (width < 16 || height < 16 || width > 16384 || height > 16384) return std::nullopt;
  return QSize(width, height);
}

std::optional<DayNumber> parseDay(const QString& text, QString& error) {
  if (text.trimmed().compare(QLatin1String("today"), Qt::CaseInsensitive) == 0) return today();
  FirstDayError dayError;
  const auto day = firstDayOf(text.toStdString(), &dayError);
  if (!day)
    error = dayError.reason == FirstDayError::Reason::OpenStart
                ? QStringLiteral("the date has no first day")
                : QString::fromStdString(dayError.edtf.message());
  return day;
}

// Writes the picture of --render; a PNG gets its georeference beside it (world file, .prj,
// GDAL's .aux.xml), a GeoTIFF holds its own. On failure says why on stderr.
bool writeRenderedPicture(MapRenderer& renderer, const MapViewport& viewport, const MapScene& scene,
                          const RenderOptions& options, const QString& outPath) {
  QString error;
  const bool written =
      writeMapPicture(renderer, viewport, scene, options, outPath, &error) &&
      (pictureFormatFor(outPath) != PictureFormat::Png || writeWorldFiles(viewport, outPath, &error));
  if (!written) printError(error);
  return written;
}

}  // namespace

int runRenderCommand(const QStringList& arguments) {
  const auto application = ensureGuiApplication();
  QCommandLineParser parser;
  parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  const QCommandLineOption render(QStringLiteral("render"), QStringLiteral("EDTF date"),
                                  QStringLiteral("DATE"));
  const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("WxH"));
  const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("FILE"));
  const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("view"), QStringLiteral("VIEW"),
                                QStringLiteral("region"));
  const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("LANG"),
                                QStringLiteral("en"));
  const QCommandLineOption naming(QStringLiteral("naming"), QStringLiteral("naming order"),
                                  QStringLiteral("ORDER"), QStringLiteral("japanese-first"));
  const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("dataset"),
                                   QStringLiteral("PATH"));
  const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("type size"), QStringLiteral("F"));
  const QCommandLineOption allowErrors(QStringLiteral("allow-errors"), QStringLiteral("open what is valid"));
  parser.addOptions({render, size, out, view, lang, naming, dataset, scale, allowErrors});
  const QString usage = QStringLiteral(
      "usage: okhotsk-atlas --render DATE --size WxH --out FILE.(png|svg|pdf|tif) "
      "[--view region|world|habomai|lon1,lat1,lon2,lat2] [--lang en|ja|ru] "
      "[--naming japanese-first|russian-first|english] [--dataset PATH] [--scale F] [--allow-errors]");
  auto bad = [&usage](const QString& message) { return usageError(message, usage); };
  if (const auto problem = commandLineProblem(parser, arguments)) return bad(*problem);
  if (!parser.isSet(render)) return bad(QStringLiteral("--render DATE is required"));
  if (!parser.isSet(size)) return bad(QStringLiteral("--size WxH is required"));
  if (!parser.isSet(out)) return bad(QStringLiteral("--out FILE is required"));

  QString dateError;
  const auto day = parseDay(parser.value(render), dateError);
  if (!day)
    return bad(
        QStringLiteral("--render \"%1\" is not an EDTF date: %2").arg(parser.value(render), dateError));
  const auto pixels = parseSize(parser.value(size));
  if (!pixels)
    return bad(QStringLiteral("--size \"%1\" is not WIDTHxHEIGHT (16 to 16384 pixels each)")
                   .arg(parser.value(size)));
  const QString outPath = parser.value(out);
  if (!pictureFormatFor(outPath))
    return bad(
        QStringLiteral("--out \"%1\": the file must end in .png, .svg, .pdf, .tif or .tiff").arg(outPath));
  const auto language = languageFromCode(parser.value(lang).toStdString());
  if (!language) return bad(QStringLiteral("--lang \"%1\" is not en, ja or ru").arg(parser.value(lang)));
  const auto order = namingOrderFromCode(parser.value(naming).toStdString());
  if (!order)
    return bad(QStringLiteral("--naming \"%1\" is not japanese-first, russian-first or english")
                   .arg(parser.value(naming)));
  QString viewError;
  const auto viewport = MapViewport::fromSpec(parser.value(view), *pixels, &viewError);
  if (!viewport) return bad(QStringLiteral("--view: %1").arg(viewError));
  double typeScale = defaultPictureScale(*pixels);
  if (parser.isSet(scale)) {
    bool ok = false;
    typeScale = parser.value(scale).toDouble(&ok);
    if (!ok || !(typeScale >= 0.25 && typeScale <= 8.0))
      return bad(QStringLiteral("--scale \"%1\" is not a number from 0.25 to 8").arg(parser.value(scale)));
  }

  AtlasDocument document;
  if (!openDocument(document, parser.value(dataset), parser.isSet(allowErrors))) return 1;
  document.waitForCoastlines();
  DisplaySettings settings;
  settings.setLanguage(*language);
  const InterfaceLanguage interfaceLanguage(settings);  // the legend's and credit's words
  settings.setNamingOrder(*order);
  MapRenderer renderer(mapDataOf(document));
  RenderOptions options;
  options.scale = typeScale;
  return writeRenderedPicture(renderer, *viewport, mapSceneOf(settings, *day), options, outPath) ? 0 : 1;
}

namespace {

using benchmark::percentile;
using benchmark::round2;

struct BenchmarkCase {
  QSize logical;
  double dpr;
  double scale;
};

// Draws every day of the scrub at one size and returns its figures; `p95` is set to the 95th
// percentile frame time.
QJsonObject measureScrub(MapRenderer& renderer, const DisplaySettings& settings,
                         const std::vector<DayNumber>& days, const BenchmarkCase& c, double& p95) {
  const QSize physical(static_cast<int>(c.logical.width() * c.dpr),
                       static_cast<int>(c.logical.height() * c.dpr));
  QImage image(physical, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(c.dpr);
  image.fill(Qt::white);
  const MapViewport viewport = MapViewport::named(NamedView::Region, c.logical);
  RenderOptions options;
  options.coastlineLevel = CoastlineLevel::Full;
  options.scale = c.scale;
  QPainter painter(&image);
  QElapsedTimer timer;
  timer.start();
  renderer.render(painter, viewport, mapSceneOf(settings, days.front()), options);  // builds the base image
  const double baseMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  // One warm-up pass builds each territory's path at this level of detail (once per zoom).
  renderer.render(painter, viewport, mapSceneOf(settings, days.back()), options);
  std::vector<double> frames;
  frames.reserve(days.size());
  for (const DayNumber day : days) {
    timer.restart();
    renderer.render(painter, viewport, mapSceneOf(settings, day), options);
    frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  painter.end();
  p95 = percentile(frames, 0.95);
  QJsonObject result;
  result[QStringLiteral("size")] = QStringLiteral("%1x%2").arg(c.logical.width()).arg(c.logical.height());
  result[QStringLiteral("device_pixel_ratio")] = c.dpr;
  result[QStringLiteral("pixels")] = QStringLiteral("%1x%2").arg(physical.width()).arg(physical.height());
  result[QStringLiteral("scale")] = c.scale;
  result[QStringLiteral("median_ms")] = round2(percentile(frames, 0.5));
  result[QStringLiteral("p95_ms")] = round2(p95);
  result[QStringLiteral("max_ms")] = round2(*std::max_element(frames.begin(), frames.end()));
  result[QStringLiteral("base_image_ms")] = round2(baseMs);
  return result;
}

// The first frame as the viewer makes it: the region at 1920×1080 with the intermediate coastline.
void drawFirstFrame(MapRenderer& renderer, const DisplaySettings& settings) {
  const QSize size(1920, 1080);
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  renderer.render(painter, MapViewport::named(NamedView::Region, size), mapSceneOf(settings, today()));
}

// The map alone at 1920×1080, 3840×2160 (type at 2) and 1920×1080 at 2×; `met` becomes false
// when a p95 misses its target.
QJsonArray measureMapScrubs(MapRenderer& renderer, const DisplaySettings& settings,
                            const std::vector<DayNumber>& days, bool& met) {
  QJsonArray results;
  const std::vector<BenchmarkCase> cases{
      {{1920, 1080}, 1.0, 1.0}, {{3840, 2160}, 1.0, 2.0}, {{1920, 1080}, 2.0, 1.0}};
  for (const BenchmarkCase& c : cases) {
    double p95 = 0.0;
    results.append(measureScrub(renderer, settings, days, c, p95));
    const bool large = c.logical.width() * c.dpr >= 3840;
    met = met && p95 <= (large ? 16.0 : 8.0);
  }
  return results;
}

// What the dataset holds, for comparing runs on datasets of different sizes.
QJsonObject datasetFigures(const Dataset& data, const QString& path) {
  return {{QStringLiteral("path"), path.isEmpty() ? QStringLiteral("(embedded)")
                                                  : QString::fromStdString(maskedPath(path.toStdString()))},
          {QStringLiteral("events"), static_cast<int>(data.events().size())},
          {QStringLiteral("territories"), static_cast<int>(data.territories().size())},
          {QStringLiteral("control_periods"), static_cast<int>(data.controlPeriods().size())},
          {QStringLiteral("places"), static_cast<int>(data.places().size())}};
}

// One whole-window measurement (desktop/window_benchmark.h) in a child process of this program,
// at device pixel ratio `dpr`: Qt reads QT_SCALE_FACTOR only when it starts. Its settings go to a
// temporary folder, never the user's. The child's JSON, or {"error": why}.
QJsonObject measureWholeWindow(const QString& datasetPath, bool allowErrors, double dpr) {
  const QString program = QCoreApplication::applicationFilePath();
  if (QFileInfo(program).baseName() != QLatin1String("okhotsk-atlas"))
    return {
        {QStringLiteral("error"), QStringLiteral("the whole-window figures need the okhotsk-atlas program")}};
  QTemporaryDir settings;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(dpr));
  environment.remove(QStringLiteral("QT_SCREEN_SCALE_FACTORS"));
  environment.remove(QStringLiteral("QT_ENABLE_HIGHDPI_SCALING"));
  environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
  QStringList arguments{QStringLiteral("--benchmark"), QStringLiteral("--window-only")};
  if (!datasetPath.isEmpty()) arguments << QStringLiteral("--dataset") << datasetPath;
  if (allowErrors) arguments << QStringLiteral("--allow-errors");
  QProcess child;
  child.setProcessEnvironment(environment);
  child.start(program, arguments);
  const bool finished = child.waitForStarted() && child.waitForFinished(-1);
  const QByteArray out = child.readAllStandardOutput().trimmed();
  const QByteArray lastLine = out.mid(out.lastIndexOf('\n') + 1);
  const QJsonDocument document = QJsonDocument::fromJson(lastLine);
  if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 ||
      !document.isObject())
    return {{QStringLiteral("error"), QString::fromUtf8(child.readAllStandardError()).trimmed()}};
  return document.object();
}

QString cell(const QJsonObject& figures, const QString& key) {
  return QString::number(figures.value(key).toDouble(), 'f', 1).rightJustified(8);
}

// The figures as a table for a person at a terminal (stderr; stdout keeps its one JSON line).
void printTable(const QJsonObject& json) {
  QTextStream err(stderr);
  const QJsonObject dataset = json.value(QStringLiteral("dataset")).toObject();
  err << "dataset " << dataset.value(QStringLiteral("path")).toString() << ": "
      << dataset.value(QStringLiteral("events")).toInt() << " events, "
      << dataset.value(QStringLiteral("territories")).toInt() << " territories\n";
  err << "open " << json.value(QStringLiteral("open_ms")).toDouble() << " ms; map-only first frame "
      << json.value(QStringLiteral("first_frame_ms")).toDouble() << " ms; peak RSS (map-only) "
      << json.value(QStringLiteral("peak_rss_mb")).toDouble() << " MB\n";
  err << QStringLiteral("%1%2%3%4  %5")
             .arg(QStringLiteral("scrub frame, ms"), -44)
             .arg(QStringLiteral("p50"), 8)
             .arg(QStringLiteral("p95"), 8)
             .arg(QStringLiteral("max"), 8)
             .arg(QStringLiteral("first frame, RSS"))
      << '\n';
  for (const auto& value : json.value(QStringLiteral("frames")).toArray()) {
    const QJsonObject frame = value.toObject();
    err << QStringLiteral("map %1 at %2x, scale %3")
               .arg(frame.value(QStringLiteral("size")).toString())
               .arg(frame.value(QStringLiteral("device_pixel_ratio")).toDouble())
               .arg(frame.value(QStringLiteral("scale")).toDouble())
               .leftJustified(44)
        << cell(frame, QStringLiteral("median_ms")) << cell(frame, QStringLiteral("p95_ms"))
        << cell(frame, QStringLiteral("max_ms")) << '\n';
  }
  for (const auto& value : json.value(QStringLiteral("whole_window")).toArray()) {
    const QJsonObject window = value.toObject();
    if (window.contains(QStringLiteral("error"))) {
      err << "whole window: " << window.value(QStringLiteral("error")).toString() << '\n';
      continue;
    }
    // The real frame (dirty regions repainted, as on a screen), then the whole window grabbed.
    for (const auto& [key, name] : {std::pair{QStringLiteral("real_frames"), QStringLiteral("frame")},
                                    std::pair{QStringLiteral("grab_frames"), QStringLiteral("grab")}}) {
      const QJsonObject frames = window.value(key).toObject();
      err << QStringLiteral("window %1 at %2x (%3), %4")
                 .arg(window.value(QStringLiteral("size")).toString())
                 .arg(window.value(QStringLiteral("device_pixel_ratio")).toDouble())
                 .arg(window.value(QStringLiteral("pixels")).toString(), name)
                 .leftJustified(44)
          << cell(frames, QStringLiteral("median_ms")) << cell(frames, QStringLiteral("p95_ms"))
          << cell(frames, QStringLiteral("max_ms"));
      if (key == QLatin1String("real_frames"))
        err << "  " << window.value(QStringLiteral("first_frame_ms")).toDouble() << " ms, "
            << window.value(QStringLiteral("peak_rss_mb")).toDouble() << " MB";
      err << '\n';
    }
  }
  err.flush();
}

}  // namespace

int runBenchmarkCommand(const QStringList& arguments, qint64 processStartMsecsSinceEpoch) {
  // Read /proc first: creating an application below takes time that belongs to the start.
  const std::optional<qint64> procStart = benchmark::processStartFromProc();
  const auto application = ensureGuiApplication();
  QCommandLineParser parser;
  parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  const QCommandLineOption benchmarkOption(QStringLiteral("benchmark"), QStringLiteral("run the benchmark"));
  const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("dataset"),
                                   QStringLiteral("PATH"));
  const QCommandLineOption allowErrors(QStringLiteral("allow-errors"), QStringLiteral("open what is valid"));
  const QCommandLineOption noWindow(QStringLiteral("no-window"),
                                    QStringLiteral("the map-only figures alone"));
  parser.addOptions({benchmarkOption, dataset, allowErrors, noWindow});
  if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
    printError(parser.errorText().isEmpty() ? QStringLiteral("unexpected argument") : parser.errorText());
    printError(
        QStringLiteral("usage: okhotsk-atlas --benchmark [--dataset PATH] [--allow-errors] [--no-window]"));
    return 2;
  }
  qint64 start = procStart.value_or(processStartMsecsSinceEpoch);
  const QString startSource = procStart ? QStringLiteral("proc") : QStringLiteral("argument");

  // First frame as the viewer makes it: open, draw the region with the intermediate coastline.
  const qint64 beforeOpen = QDateTime::currentMSecsSinceEpoch();
  AtlasDocument document;
  if (!openDocument(document, parser.value(dataset), parser.isSet(allowErrors))) return 1;
  const qint64 afterOpen = QDateTime::currentMSecsSinceEpoch();
  DisplaySettings settings;
  MapRenderer renderer(mapDataOf(document));
  drawFirstFrame(renderer, settings);
  const qint64 firstFrameDone = QDateTime::currentMSecsSinceEpoch();
  const double firstFrameMs = start > 0 ? static_cast<double>(firstFrameDone - start) : -1.0;

  QElapsedTimer timer;
  timer.start();
  document.waitForCoastlines();
  const double coastlineWaitMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  const bool hasFull = document.coastline(CoastlineLevel::Full) != nullptr;
  renderer.setData(mapDataOf(document));  // with the coastlines loaded meanwhile

  const std::vector<DayNumber> days = benchmark::scrubDays(240);
  bool met = firstFrameMs >= 0.0 && firstFrameMs <= 500.0;
  const QJsonArray results = measureMapScrubs(renderer, settings, days, met);
  const double rss = benchmark::peakRssMegabytes();  // before the children: this process's own
  met = met && rss <= 200.0;

  // The whole window as the user sees it, at 1920×1080 and at the same size on a 2× display.
  QJsonArray wholeWindow;
  if (!parser.isSet(noWindow))
    for (const double dpr : {1.0, 2.0})
      wholeWindow.append(measureWholeWindow(parser.value(dataset), parser.isSet(allowErrors), dpr));

  QJsonObject json;
  json[QStringLiteral("dataset")] = datasetFigures(*document.dataset(), parser.value(dataset));
  json[QStringLiteral("open_ms")] = static_cast<double>(afterOpen - beforeOpen);
  json[QStringLiteral("first_frame_ms")] = round2(firstFrameMs);
  json[QStringLiteral("first_frame_clock")] = startSource;
  // Where the first frame's time goes: process and Qt start, opening the dataset, drawing.
  json[QStringLiteral("first_frame_parts_ms")] =
      QJsonObject{{QStringLiteral("start"), static_cast<double>(beforeOpen - start)},
                  {QStringLiteral("open"), static_cast<double>(afterOpen - beforeOpen)},
                  {QStringLiteral("draw"), static_cast<double>(firstFrameDone - afterOpen)}};
  json[QStringLiteral("coastline_wait_ms")] = round2(coastlineWaitMs);
  json[QStringLiteral("coastline")] = hasFull ? QStringLiteral("full") : QStringLiteral("full-not-available");
  json[QStringLiteral("view")] = QStringLiteral("region");
  json[QStringLiteral("dates")] = static_cast<int>(days.size());
  json[QStringLiteral("scrub")] = QStringLiteral("%1/%2").arg(QString::fromStdString(isoDate(days.front())),
                                                              QString::fromStdString(isoDate(days.back())));
  json[QStringLiteral("frames")] = results;
  json[QStringLiteral("peak_rss_mb")] = round2(rss);
  json[QStringLiteral("targets_met")] = met;
  json[QStringLiteral("whole_window")] = wholeWindow;
  QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
  printTable(json);
  return 0;
}

namespace {

// The options of `--tour FILE --export…`.
struct TourExportOptions {
  QCommandLineOption tour{QStringLiteral("tour"), QStringLiteral("tour file"), QStringLiteral("FILE")};
  QCommandLineOption handout{QStringLiteral("export"), QStringLiteral("handout PDF"), QStringLiteral("FILE")};
  QCommandLineOption frames{QStringLiteral("export-frames"), QStringLiteral("frame folder"),
                            QStringLiteral("DIR")};
  QCommandLineOption notes{QStringLiteral("handout-notes"), QStringLiteral("speaker notes")};
  QCommandLineOption video{QStringLiteral("export-video"), QStringLiteral("video file"),
                           QStringLiteral("FILE")};
  QCommandLineOption web{QStringLiteral("export-web"), QStringLiteral("web export folder"),
                         QStringLiteral("DIR")};
  QCommandLineOption size{QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("WxH"),
                          QStringLiteral("1920x1080")};
  QCommandLineOption fps{QStringLiteral("fps"), QStringLiteral("frames per second"), QStringLiteral("N"),
                         QStringLiteral("25")};
  QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("LANG"),
                          QStringLiteral("en")};
  QCommandLineOption dataset{QStringLiteral("dataset"), QStringLiteral("dataset"), QStringLiteral("PATH")};
  QCommandLineOption allowErrors{QStringLiteral("allow-errors"), QStringLiteral("open what is valid")};

  void addTo(QCommandLineParser& parser) const {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({tour, handout, notes, frames, video, web, size, fps, lang, dataset, allowErrors});
  }
};

// What is wrong with the tour export's output options: not exactly one output, a handout that is
// not a PDF, a video that is neither MP4 nor WebM.
std::optional<QString> outputProblem(const QCommandLineParser& parser, const TourExportOptions& options) {
  if (static_cast<int>(parser.isSet(options.handout)) + static_cast<int>(parser.isSet(options.frames)) +
          static_cast<int>(parser.isSet(options.video)) + static_cast<int>(parser.isSet(options.web)) !=
      1)
    return QStringLiteral(
        "give exactly one of --export HANDOUT.pdf, --export-frames DIR, --export-video OUT.mp4|OUT.webm and "
        "--export-web DIR");
  if (parser.isSet(options.handout) && pictureFormatFor(parser.value(options.handout)) != PictureFormat::Pdf)
    return QStringLiteral("--export \"%1\": the handout is a PDF; the file must end in .pdf")
        .arg(parser.value(options.handout));
  if (parser.isSet(options.video) && !videoFormatFor(parser.value(options.video)))
    return QStringLiteral("--export-video \"%1\": a video file ends in .mp4 (H.264) or .webm (VP9)")
        .arg(parser.value(options.video));
  return std::nullopt;
}

// A line of progress on stderr every tenth of the way ("120/1200 frames"): a long export shows
// it is moving.
std::function<bool(int, int)> progressEveryTenth(const char* unit) {
  return [unit](int done, int total) {
    if (done == total || done % std::max(1, total / 10) == 0)
      QTextStream(stderr) << done << "/" << total << " " << unit << Qt::endl;
    return true;
  };
}

// The end of an export: the files written on stdout and status 0, or the error and status 1.
int reportWritten(bool done, const QString& error, const QStringList& written) {
  if (!done) {
    printError(error);
    return 1;
  }
  for (const QString& file : written) QTextStream(stdout) << "written: " << file << Qt::endl;
  return 0;
}

// --export-video: the video and its subtitles, with a line of progress every tenth of the way
// on stderr (a long video shows it is moving) and the files written on stdout.
int exportTourVideo(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& path, QSize size, int fps) {
  TourVideoOptions video;
  video.size = size;
  video.framesPerSecond = fps;
  QStringList written;
  QString error;
  const bool done =
      writeTourVideo(tour, document, settings, path, video, &error, progressEveryTenth("frames"), &written);
  return reportWritten(done, error, written);
}

// --export-web: the pages and their maps, with a line of progress every tenth of the way on
// stderr and the files written on stdout.
int exportTourWeb(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                  const QString& folder, std::optional<QSize> size) {
  TourWebOptions web;
  if (size) web.imageSize = *size;
  QStringList written;
  QString error;
  const bool done =
      writeTourWeb(tour, document, settings, folder, web, &error, progressEveryTenth("files"), &written);
  return reportWritten(done, error, written);
}

}  // namespace

int runTourExportCommand(const QStringList& arguments) {
  const auto application = ensureGuiApplication();
  QCommandLineParser parser;
  const TourExportOptions options;
  options.addTo(parser);
  const QString usage = QStringLiteral(
      "usage: okhotsk-atlas --tour FILE --export HANDOUT.pdf [--handout-notes] [--lang en|ja|ru] [--dataset "
      "PATH] "
      "[--allow-errors]\n"
      "       okhotsk-atlas --tour FILE --export-frames DIR [--size WxH] [--fps N] [--lang en|ja|ru] "
      "[--dataset PATH] [--allow-errors]\n"
      "       okhotsk-atlas --tour FILE --export-video OUT.mp4|OUT.webm [--size WxH] [--fps N] "
      "[--lang en|ja|ru] [--dataset PATH] [--allow-errors]\n"
      "       okhotsk-atlas --tour FILE --export-web DIR [--size WxH] [--dataset PATH] [--allow-errors]");
  auto bad = [&usage](const QString& message) { return usageError(message, usage); };
  if (const auto problem = commandLineProblem(parser, arguments)) return bad(*problem);
  if (!parser.isSet(options.tour)) return bad(QStringLiteral("--tour FILE is required"));
  if (const auto problem = outputProblem(parser, options)) return bad(*problem);
  const auto language = languageFromCode(parser.value(options.lang).toStdString());
  if (!language)
    return bad(QStringLiteral("--lang \"%1\" is not en, ja or ru").arg(parser.value(options.lang)));
  const auto pixels = parseSize(parser.value(options.size));
  if (!pixels)
    return bad(QStringLiteral("--size \"%1\" is not WIDTHxHEIGHT (16 to 16384 pixels each)")
                   .arg(parser.value(options.size)));
  bool fpsOk = false;
  const int fps = parser.value(options.fps).toInt(&fpsOk);
  if (!fpsOk || fps < 1 || fps > 120)
    return bad(
        QStringLiteral("--fps \"%1\" is not a whole number from 1 to 120").arg(parser.value(options.fps)));

  AtlasDocument document;
  if (!openDocument(document, parser.value(options.dataset), parser.isSet(options.allowErrors))) return 1;
  const TourReadResult read = readTour(parser.value(options.tour), document.dataset());
  for (const TourProblem& problem : read.problems) printError(problem.toString());
  if (!read.tour) return 2;
  document.waitForCoastlines();
  DisplaySettings settings;
  settings.setLanguage(*language);
  const InterfaceLanguage interfaceLanguage(settings);  // the legend's and credit's words

  QString error;
  if (parser.isSet(options.handout)) {
    if (!writeTourHandout(*read.tour, document, settings, parser.value(options.handout), &error, {},
                          parser.isSet(options.notes))) {
      printError(error);
      return 1;
    }
    return 0;
  }
  if (parser.isSet(options.video))
    return exportTourVideo(*read.tour, document, settings, parser.value(options.video), *pixels, fps);
  if (parser.isSet(options.web))
    return exportTourWeb(*read.tour, document, settings, parser.value(options.web),
                         parser.isSet(options.size) ? pixels : std::nullopt);
  const int frames =
      writeTourFrames(*read.tour, document, settings, parser.value(options.frames), *pixels, fps, &error);
  if (frames < 0) {
    printError(error);
    return 1;
  }
  QTextStream(stdout) << frames << " frames written to " << parser.value(options.frames) << Qt::endl;
  return 0;
}

}  // namespace okhotsk::app
