// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/command_line.h"

#include "kiosk/kiosk_settings.h"
#include "session/view_link.h"

#include "okhotsk/language.h"

#include <QCoreApplication>
#include <QUrl>

#include <initializer_list>

namespace okhotsk::app {

namespace {

// The translation context of the viewer's --help.
class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::CommandLine)
};

// Qt's own descriptions of --help and --help-all, which its Japanese catalogue (Debian's
// qt6-translations-l10n 6.4) lacks: the atlas's catalogues carry them under Qt's context.
[[maybe_unused]] constexpr const char* kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// A flag for developers and for the program's own child processes, not listed by --help.
QCommandLineOption hiddenFlag(const char* name) {
  QCommandLineOption option(QString::fromLatin1(name));
  option.setFlags(QCommandLineOption::HiddenFromHelp);
  return option;
}

QCommandLineOption valued(const char* name, const QString& description, const QString& value,
                          const QString& defaultValue = {}) {
  return {QString::fromLatin1(name), description, value, defaultValue};
}

// Qt's own options, which QApplication takes out of argv: known to the first look at the
// arguments (before QApplication exists) so that `-platform wayland` is not taken for a mistake.
void addQtOptions(QCommandLineParser& parser) {
  const auto add = [&parser](std::initializer_list<const char*> names, bool takesValue) {
    for (const char* name : names) {
      QCommandLineOption option(QString::fromLatin1(name));
      if (takesValue) option.setValueName(QStringLiteral("value"));
      parser.addOption(option);
    }
  };
  add({"platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger", "qwindowgeometry",
       "qwindowicon", "qwindowtitle", "session", "display", "geometry", "title", "icon", "name", "style",
       "stylesheet", "visual"},
      true);
  add({"reverse", "widgetcount", "nograb", "dograb", "sync"}, false);
}

// --export-web: beside --export-video, described in the language installed when it is made.
QCommandLineOption exportWebOption() {
  return valued("export-web",
                CommandLine::tr("With --tour: write the tour as web pages in English, Japanese and Russian, "
                                "with a map per stop, into this folder (it opens from a USB stick without "
                                "a server), then quit."),
                CommandLine::tr("folder", "placeholder for a value in --help"));
}

}  // namespace

CommandLineOptions::CommandLineOptions()
    : dataset(valued("dataset",
                     CommandLine::tr("Open this dataset folder or GeoPackage instead of the embedded one."),
                     CommandLine::tr("path", "placeholder for a value in --help"))),
      allowErrors(QStringLiteral("allow-errors"),
                  CommandLine::tr("Open the dataset even if loading it found errors, leaving out what they "
                                  "name. Without it a dataset with errors is refused: the viewer and the "
                                  "kiosk show the embedded one instead, --render and --export write "
                                  "nothing and exit with status 1.")),
      date(valued("date", CommandLine::tr("Start at this date (EDTF)."),
                  CommandLine::tr("date", "placeholder for a value in --help"))),
      lang(valued("lang",
                  CommandLine::tr("Interface language: en, ja or ru (the viewer keeps it for later runs; "
                                  "--render and --export use it for that picture or handout)."),
                  CommandLine::tr("code", "placeholder for a value in --help"))),
      noRestore(QStringLiteral("no-restore"),
                CommandLine::tr("Ignore the layout and preferences saved by earlier runs.")),
      screenshot(valued("screenshot",
                        CommandLine::tr("Save a screenshot of the whole screen to this PNG once the window "
                                        "has settled, then quit (for checking the interface by eye)."),
                        CommandLine::tr("file", "placeholder for a value in --help"))),
      screenshotDelay(valued(
          "screenshot-delay", CommandLine::tr("Milliseconds to wait before --screenshot (default 3000)."),
          CommandLine::tr("ms", "placeholder for a value in --help"), QStringLiteral("3000"))),
      kiosk(QStringLiteral("kiosk"),
            CommandLine::tr("Run as a museum kiosk: full screen, touch, attract loop, no way out "
                            "but the configured exit (see packaging/README.md).")),
      kioskConfig(valued("kiosk-config",
                         CommandLine::tr("Read the kiosk settings from this INI file instead of %1.")
                             .arg(KioskSettings::systemConfigPath()),
                         CommandLine::tr("file", "placeholder for a value in --help"))),
      present(QStringLiteral("present"),
              CommandLine::tr("Lecture mode: projector theme, tours stepped with a clicker.")),
      tour(valued(
          "tour",
          CommandLine::tr("With --present: open this tour (default: the tour shipped with the dataset)."),
          CommandLine::tr("file", "placeholder for a value in --help"))),
      render(
          valued("render",
                 CommandLine::tr("Draw the map on this date into --out (PNG, SVG or PDF) without a window, "
                                 "then quit."),
                 CommandLine::tr("date", "placeholder for a value in --help"))),
      size(valued("size",
                  CommandLine::tr("With --render or --export-frames: the picture's size in pixels, "
                                  "e.g. 1920x1080."),
                  QStringLiteral("WxH"))),
      out(valued("out", CommandLine::tr("With --render: the file to write; its extension picks the format."),
                 CommandLine::tr("file", "placeholder for a value in --help"))),
      view(valued("view",
                  CommandLine::tr("With --render: region, world, habomai, or a box lon1,lat1,lon2,lat2 "
                                  "(default region)."),
                  CommandLine::tr("view", "placeholder for a value in --help"))),
      naming(
          valued("naming",
                 CommandLine::tr("With --render: japanese-first, russian-first or english (which name of a "
                                 "disputed place comes first)."),
                 CommandLine::tr("order", "placeholder for a value in --help"))),
      scale(valued("scale", CommandLine::tr("With --render: multiply the type size by this factor."),
                   CommandLine::tr("factor", "placeholder for a value in --help"))),
      exportHandout(valued("export",
                           CommandLine::tr("With --tour: write the tour's handout to this PDF, then quit."),
                           CommandLine::tr("file", "placeholder for a value in --help"))),
      exportFrames(valued("export-frames",
                          CommandLine::tr("With --tour: write the tour as numbered PNG frames for a video "
                                          "into this folder, then quit."),
                          CommandLine::tr("folder", "placeholder for a value in --help"))),
      handoutNotes(
          QStringLiteral("handout-notes"),
          CommandLine::tr("With --tour and --export: print each stop's speaker notes under its caption.")),
      exportVideo(valued("export-video",
                         CommandLine::tr("With --tour: write the tour as a video (.mp4: H.264, .webm: VP9), "
                                         "with its subtitles in English, Japanese and Russian beside it as "
                                         "WebVTT files, then quit."),
                         CommandLine::tr("file", "placeholder for a value in --help"))),
      fps(valued("fps",
                 CommandLine::tr("With --export-frames or --export-video: frames per second (default 25)."),
                 QStringLiteral("N"))),
      benchmark(QStringLiteral("benchmark"),
                CommandLine::tr("Measure opening and drawing without a window and print the figures as "
                                "JSON, then quit.")),
      benchmarkNoWindow(hiddenFlag("no-window")),
      benchmarkWindowOnly(hiddenFlag("window-only")),
      benchmarkFirstFrameOnly(hiddenFlag("first-frame-only")),
      hashPin(QStringLiteral("hash-pin"),
              CommandLine::tr("Read staff PINs for the kiosk's PIN pad from standard input (one a line, "
                              "not shown when typed) and print the exitPinHash= line for the kiosk "
                              "settings, then quit.")),
      checkKioskConfig(valued("check-kiosk-config",
                              CommandLine::tr("Print what the kiosk would run with from this INI file (each "
                                              "setting and where it came from) and every problem, then "
                                              "quit: status 0 when there is none, 1 otherwise."),
                              CommandLine::tr("file", "placeholder for a value in --help"))) {}

void CommandLineOptions::addTo(QCommandLineParser& parser) const {
  parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  parser.setApplicationDescription(
      CommandLine::tr(
          "Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian "
          "relations.\n\n"
          "Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view "
          "region|world|habomai]\n"
          "Benchmark:       okhotsk-atlas --benchmark\n"
          "Tour handout:    okhotsk-atlas --tour FILE --export HANDOUT.pdf [--handout-notes] [--lang "
          "en|ja|ru]\n"
          "Video frames:    okhotsk-atlas --tour FILE --export-frames DIR --size WxH --fps N\n"
          "Video:           okhotsk-atlas --tour FILE --export-video TALK.mp4|TALK.webm --size WxH --fps N\n"
          "Web pages:       okhotsk-atlas --tour FILE --export-web DIR [--size WxH]") +
      QStringLiteral("\n\n") +
      CommandLine::tr("Exit status: 0 success; 1 the dataset could not be read or has errors (see "
                      "--allow-errors), or a tour or an output file could not be read or written; 2 a "
                      "mistake in the command line."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOptions({dataset,
                     allowErrors,
                     date,
                     lang,
                     noRestore,
                     screenshot,
                     screenshotDelay,
                     kiosk,
                     kioskConfig,
                     present,
                     tour,
                     render,
                     size,
                     out,
                     view,
                     naming,
                     scale,
                     exportHandout,
                     handoutNotes,
                     exportFrames,
                     exportVideo,
                     exportWebOption(),
                     fps,
                     benchmark,
                     hashPin,
                     checkKioskConfig});
  parser.addOptions({benchmarkNoWindow, benchmarkWindowOnly, benchmarkFirstFrameOnly});  // hidden from --help
  parser.addPositionalArgument(
      QStringLiteral("dataset"),
      CommandLine::tr("A dataset folder or GeoPackage to open (the same as --dataset)."),
      CommandLine::tr("[dataset]", "the positional argument in the usage line of --help"));
  parser.addPositionalArgument(
      QStringLiteral("link"),
      CommandLine::tr("A view link (okhotsk:DATE?…) to open: the date, map view, language, layers and "
                      "selection it names. It may stand in place of the dataset or beside it."),
      CommandLine::tr("[okhotsk:…]", "the view link argument in the usage line of --help"));
}

namespace {

// The positional arguments that are datasets (not view links).
// A desktop entry's %u may hand a local dataset over as a file: URL.
QStringList datasetPositionals(const QCommandLineParser& parser) {
  QStringList datasets;
  for (const QString& argument : parser.positionalArguments()) {
    if (isViewLink(argument)) continue;
    const QUrl url(argument);
    datasets.append(url.isLocalFile() ? url.toLocalFile() : argument);
  }
  return datasets;
}

}  // namespace

QString viewLinkArgument(const QCommandLineParser& parser, QString* error) {
  QStringList links;
  for (const QString& argument : parser.positionalArguments())
    if (isViewLink(argument)) links.append(argument);
  if (links.size() > 1) {
    if (error != nullptr)
      *error = CommandLine::tr("one view link at a time: “%1” and “%2” were both given")
                   .arg(links.at(0), links.at(1));
    return {};
  }
  return links.isEmpty() ? QString() : links.constFirst();
}

RunMode runModeOf(const QStringList& arguments) {
  const CommandLineOptions options;
  QCommandLineParser parser;
  options.addTo(parser);
  addQtOptions(parser);
  // A mistake is reported after the application exists, in the interface language; like the
  // help, it needs no display.
  if (!parser.parse(arguments)) return RunMode::Text;
  if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
      parser.isSet(QStringLiteral("version")))
    return RunMode::Text;
  // Mistakes the viewer would find only after opening a window.
  QString error;
  (void)datasetArgument(parser, options, &error);
  if (!error.isEmpty()) return RunMode::Text;
  (void)viewLinkArgument(parser, &error);
  if (!error.isEmpty()) return RunMode::Text;
  if (parser.isSet(options.lang) && !languageFromCode(parser.value(options.lang).toStdString()))
    return RunMode::Text;
  if (parser.isSet(options.hashPin) || parser.isSet(options.checkKioskConfig)) return RunMode::KioskTool;
  if (parser.isSet(options.render)) return RunMode::Render;
  if (parser.isSet(options.benchmark)) return RunMode::Benchmark;
  if (parser.isSet(options.tour) &&
      (parser.isSet(options.exportHandout) || parser.isSet(options.exportFrames) ||
       parser.isSet(options.exportVideo) || parser.isSet(QStringLiteral("export-web"))))
    return RunMode::TourExport;
  return RunMode::Viewer;
}

QString datasetArgument(const QCommandLineParser& parser, const CommandLineOptions& options, QString* error) {
  const QStringList positional = datasetPositionals(parser);
  if (positional.size() > 1) {
    if (error != nullptr)
      *error = CommandLine::tr("one dataset at a time: “%1” and “%2” were both given")
                   .arg(positional.at(0), positional.at(1));
    return {};
  }
  if (!positional.isEmpty() && parser.isSet(options.dataset)) {
    if (error != nullptr)
      *error = CommandLine::tr("one dataset at a time: “%1” and --dataset “%2” were both given")
                   .arg(positional.constFirst(), parser.value(options.dataset));
    return {};
  }
  return positional.isEmpty() ? parser.value(options.dataset) : positional.constFirst();
}

QString helpHint() {
  return CommandLine::tr("Try “okhotsk-atlas --help” for the options.");
}

}  // namespace okhotsk::app
