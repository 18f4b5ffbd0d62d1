// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/application.h"

#include "desktop/atlas_window.h"
#include "desktop/command_line.h"
#include "desktop/window_benchmark.h"
#include "export/headless.h"
#include "kiosk/kiosk_commands.h"
#include "kiosk/kiosk_settings.h"
#include "kiosk/kiosk_window.h"
#include "lecture/presentation_window.h"
#include "lecture/tour_editor.h"
#include "session/atlas_session.h"
#include "session/tour.h"
#include "share/view_actions.h"
#include "style/screen_scale.h"

#include "okhotsk/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace okhotsk::app {

namespace {

// The translation context of the viewer's --help and its messages.
class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::CommandLine)
};

// The translation context of the application's own name.
class Application {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::Application)
};

// The desktop entry's and the AppStream component's id (reverse DNS, packaging/).
constexpr auto kDesktopId = "io.github.okhotsk_atlas.OkhotskAtlas";

void describeApplication() {
  QApplication::setOrganizationName(QStringLiteral("OkhotskAtlas"));
  QApplication::setApplicationName(QStringLiteral("okhotsk-atlas"));
  // In English until the interface language is known (runApplication names it again then).
  QApplication::setApplicationDisplayName(QStringLiteral("Okhotsk Atlas"));
  QApplication::setApplicationVersion(QStringLiteral(OKHOTSK_VERSION));
  QApplication::setDesktopFileName(QString::fromLatin1(kDesktopId));
}

void printLine(const QString& text) {
  std::fprintf(stderr, "okhotsk-atlas: %s\n", text.toUtf8().constData());
}

// With --screenshot: grabs the screen once the window has settled, then quits.
void screenshotLater(const QCommandLineParser& parser, const CommandLineOptions& options, QWidget& window) {
  if (!parser.isSet(options.screenshot)) return;
  const QString file = parser.value(options.screenshot);
  QTimer::singleShot(parser.value(options.screenshotDelay).toInt(), &window, [&window, file] {
    const QPixmap shot = window.screen()->grabWindow(0);
    if (!shot.save(file))
      std::fprintf(stderr, "okhotsk-atlas: %s\n",
                   CommandLine::tr("cannot write %1").arg(file).toUtf8().constData());
    QApplication::exit(0);
  });
}

int runPresentation(AtlasSession& session, const QCommandLineParser& parser,
                    const CommandLineOptions& options) {
  // No desktop scales a projector: the interface's type grows with the lecturer's screen.
  scaleApplicationFontFor(QGuiApplication::primaryScreen());
  PresentationWindow window(session);
  const QString tour = parser.isSet(options.tour) ? parser.value(options.tour) : findDefaultTour();
  if (!tour.isEmpty() && !window.openTour(tour))
    std::fprintf(stderr, "okhotsk-atlas: %s\n", window.editor()->statusText().toUtf8().constData());
  if (parser.isSet(options.date)) session.controller.jumpTo(parser.value(options.date));
  // The audience's window on the projector and the presenter view on the lecturer's screen when
  // there are two; else the audience's window fills the one screen and N brings the presenter view.
  window.placeOnScreens();
  screenshotLater(parser, options, window);
  const int status = QApplication::exec();
  // The lecture remembers its language like the desktop (the kiosk takes its own from its file).
  QSettings settings;
  session.settings.save(settings);
  return status;
}

int runDesktop(AtlasSession& session, const QCommandLineParser& parser, const CommandLineOptions& options,
               const std::optional<AtlasDocument::Failure>& startFailure) {
  AtlasWindow window(session);
  // A first run (or --no-restore) fills the screen; later runs come back as they were left.
  if (parser.isSet(options.noRestore) || !window.restoreSettings()) {
    // Fill the screen even where no window manager maximises (a bare X server, a kiosk PC).
    if (const QScreen* screen = window.screen()) window.setGeometry(screen->availableGeometry());
    window.showMaximized();
  } else {
    window.show();
  }
  if (parser.isSet(options.date)) {
    QString error;
    if (!session.controller.jumpTo(parser.value(options.date), &error))
      std::fprintf(stderr, "okhotsk-atlas: --date: %s\n", error.toUtf8().constData());
  }
  // A view link (okhotsk:…, from the command line or the desktop's URL handler) once the map
  // has its size, so that its view fits the window; what could not be used is said on stderr
  // and in the window.
  const QString link = viewLinkArgument(parser, nullptr);
  if (!link.isEmpty()) {
    const bool quiet = parser.isSet(options.screenshot);
    QTimer::singleShot(0, &window, [&window, link, quiet] {
      const QStringList problems = window.viewActions()->openLink(link);
      for (const QString& problem : problems) printLine(problem);
      if (!quiet) window.viewActions()->showLinkProblems(problems);
    });
  }
  // What went wrong at the start is shown once the window is up: the dataset refused (from
  // there the user may open what is valid) or, with --allow-errors, the errors left out.
  if (!parser.isSet(options.screenshot)) {
    if (startFailure)
      QTimer::singleShot(0, &window, [&window, startFailure] { window.showOpenFailure(*startFailure); });
    else if (session.document.diagnostics().hasErrors())
      QTimer::singleShot(0, &window, &AtlasWindow::showDiagnostics);
  }
  screenshotLater(parser, options, window);
  return QApplication::exec();
}

void printDiagnostics(const Diagnostics& diagnostics) {
  std::fputs(diagnostics.toText().c_str(), stderr);
}

int runViewer(const QCommandLineParser& parser, const CommandLineOptions& options, AtlasSession& session) {
  QString argumentError;
  QString datasetPath = datasetArgument(parser, options, &argumentError);
  if (argumentError.isEmpty()) (void)viewLinkArgument(parser, &argumentError);
  if (!argumentError.isEmpty()) {
    printLine(argumentError);
    printLine(helpHint());
    return 2;
  }
  // Kiosk mode: asked for on the command line, or switched on in the kiosk settings file.
  QStringList kioskProblems;
  const QString kioskFile = parser.isSet(options.kioskConfig) ? parser.value(options.kioskConfig)
                                                              : KioskSettings::systemConfigPath();
  const KioskSettings kiosk = KioskSettings::readFile(kioskFile, &kioskProblems);
  const bool kioskMode = parser.isSet(options.kiosk) || kiosk.enabled;
  if (kioskMode)
    for (const QString& problem : kioskProblems) printLine(problem);

  if (datasetPath.isEmpty() && kioskMode) datasetPath = kiosk.datasetPath;
  const OpenPolicy policy = parser.isSet(options.allowErrors) ? OpenPolicy::WhatIsValid : OpenPolicy::Whole;
  const bool stopOnForeign = parser.isSet(options.dataset) && !kioskMode;
  const auto startFailure = openStartDataset(session.document, datasetPath, policy, kioskMode, stopOnForeign);
  // A foreign file (a GeoJSON, Shapefile, CSV, …) given with --dataset is a mistake to say and
  // stop at; its message is on stderr. Handed over as a file (a file manager's "Open with"), the
  // window opens on the embedded dataset and says why, as for any dataset that fails; a kiosk
  // always starts.
  if (startFailure && startFailure->notADataset && stopOnForeign) return 1;
  if (kioskMode) {
    KioskWindow window(session, kiosk);
    window.showOnConfiguredScreen();
    screenshotLater(parser, options, window);
    return QApplication::exec();
  }
  if (parser.isSet(options.present)) return runPresentation(session, parser, options);
  return runDesktop(session, parser, options, startFailure);
}

// The interface language for this run: --lang, else the one saved by an earlier run, or the
// system's on a first run (and with --no-restore). Returns false when --lang names none.
bool chooseLanguage(const QCommandLineParser& parser, const CommandLineOptions& options,
                    AtlasSession& session) {
  const Language systemLanguage = InterfaceLanguage::forLocale(QLocale::system());
  if (parser.isSet(options.noRestore))
    session.settings.setLanguage(systemLanguage);
  else
    session.settings.restore(QSettings(), systemLanguage);
  if (!parser.isSet(options.lang)) return true;
  const auto chosen = languageFromCode(parser.value(options.lang).toStdString());
  if (chosen) session.settings.setLanguage(*chosen);
  return chosen.has_value();
}

}  // namespace

std::optional<AtlasDocument::Failure> openStartDataset(AtlasDocument& document, const QString& path,
                                                       OpenPolicy policy, bool kiosk, bool stopOnForeign) {
  if (path.isEmpty() ? document.openEmbedded(policy) : document.open(path, policy)) return std::nullopt;
  AtlasDocument::Failure failure = document.failure();
  const QString name =
      QString::fromStdString(maskedPath((failure.path.isEmpty() ? path : failure.path).toStdString()));
  if (failure.refused)
    printLine(CommandLine::tr("%1 has errors and was not opened; correct them, or start with --allow-errors "
                              "to open what is valid:")
                  .arg(name));
  else
    printLine(CommandLine::tr("cannot open the dataset") + QStringLiteral(" ") + name);
  printDiagnostics(failure.diagnostics);
  if (failure.notADataset && stopOnForeign) return failure;
  const bool fallback = !path.isEmpty() && document.openEmbedded();
  if (fallback) printLine(CommandLine::tr("showing the embedded dataset instead"));
  if (kiosk && document.dataset() == nullptr && document.openEmbedded(OpenPolicy::WhatIsValid)) {
    printLine(CommandLine::tr("the embedded dataset has errors too; the kiosk shows what of it is valid:"));
    printDiagnostics(document.diagnostics());
  }
  return failure;
}

int runApplication(int argc, char** argv) {
  const qint64 started = QDateTime::currentMSecsSinceEpoch();
  QStringList rawArguments;
  for (int i = 0; i < argc; ++i) rawArguments.append(QString::fromLocal8Bit(argv[i]));
  const RunMode mode = runModeOf(rawArguments);
  // Help, a mistake and the headless commands need no display: offscreen unless told otherwise.
  if (mode != RunMode::Viewer && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication application(argc, argv);
  describeApplication();
  const QStringList arguments = QApplication::arguments();
  if (mode == RunMode::Render) return runRenderCommand(arguments);
  // --benchmark measures the whole window in child processes of its own, with --window-only.
  if (mode == RunMode::Benchmark)
    return arguments.contains(QStringLiteral("--window-only")) ? runWindowBenchmarkCommand(arguments, started)
                                                               : runBenchmarkCommand(arguments, started);
  if (mode == RunMode::TourExport) return runTourExportCommand(arguments);

  // The language comes before the options are described, so that even --help speaks it.
  AtlasSession session;
  QCommandLineParser firstLook;
  const CommandLineOptions untranslated;
  untranslated.addTo(firstLook);
  const bool parsed = firstLook.parse(arguments);
  const bool languageKnown = chooseLanguage(firstLook, untranslated, session);
  // The name the desktop shows beside the windows' titles, in the interface language; the
  // catalogue is installed before this hears of a change (the session made it first).
  const auto nameApplication = [] {
    QApplication::setApplicationDisplayName(Application::tr("Okhotsk Atlas"));
  };
  nameApplication();
  QObject::connect(&session.settings, &DisplaySettings::languageChanged, &application, nameApplication);

  QCommandLineParser parser;
  const CommandLineOptions options;
  options.addTo(parser);
  if (!parser.parse(arguments) || !parsed) {
    printLine(parser.errorText());
    printLine(helpHint());
    return 2;
  }
  // --help, --help-all and --version: Qt prints them and ends the process with status 0.
  if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
      parser.isSet(QStringLiteral("version")))
    parser.process(arguments);
  if (!languageKnown) {
    printLine(CommandLine::tr("--lang “%1” is not en, ja or ru").arg(parser.value(options.lang)));
    printLine(helpHint());
    return 2;
  }
  if (parser.isSet(options.hashPin)) return runHashPinCommand();
  if (parser.isSet(options.checkKioskConfig))
    return runCheckKioskConfigCommand(parser.value(options.checkKioskConfig));
  return runViewer(parser, options, session);
}

}  // namespace okhotsk::app
