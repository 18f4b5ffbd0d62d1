#include "desktop/application.h"

#include "desktop/atlas_window.h"
#include "export/headless.h"
#include "kiosk/kiosk_settings.h"
#include "kiosk/kiosk_window.h"
#include "lecture/presentation_window.h"
#include "lecture/tour_editor.h"
#include "session/atlas_session.h"
#include "session/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace okhotsk::app {

namespace {

// The translation context of the viewer's --help.
class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::CommandLine)
};

// The translation context of the application's own name.
class Application {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::Application)
};

bool hasArgument(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return true;
  return false;
}

void describeApplication() {
  QApplication::setOrganizationName(QStringLiteral("OkhotskAtlas"));
  QApplication::setApplicationName(QStringLiteral("okhotsk-atlas"));
  // In English until the interface language is known (runApplication names it again then).
  QApplication::setApplicationDisplayName(QStringLiteral("Okhotsk Atlas"));
  QApplication::setApplicationVersion(QStringLiteral(OKHOTSK_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("okhotsk-atlas"));
}

// The viewer's command-line options (the headless commands have their own parsers).
struct ViewerOptions {
  const QCommandLineOption datasetOption{
      QStringLiteral("dataset"),
      CommandLine::tr("Open this dataset folder or GeoPackage instead of the embedded one."),
      CommandLine::tr("path", "placeholder for a value in --help")};
  const QCommandLineOption dateOption{QStringLiteral("date"), CommandLine::tr("Start at this date (EDTF)."),
                                      CommandLine::tr("date", "placeholder for a value in --help")};
  const QCommandLineOption freshOption{
      QStringLiteral("no-restore"),
      CommandLine::tr("Ignore the layout and preferences saved by earlier runs.")};
  const QCommandLineOption screenshotOption{
      QStringLiteral("screenshot"),
      CommandLine::tr(
          "Save a screenshot of the whole screen to this PNG once the window has settled, then quit "
          "(for checking the interface by eye)."),
      CommandLine::tr("file", "placeholder for a value in --help")};
  const QCommandLineOption delayOption{
      QStringLiteral("screenshot-delay"),
      CommandLine::tr("Milliseconds to wait before --screenshot (default 3000)."),
      CommandLine::tr("ms", "placeholder for a value in --help"), QStringLiteral("3000")};
  const QCommandLineOption kioskOption{
      QStringLiteral("kiosk"),
      CommandLine::tr("Run as a museum kiosk: full screen, touch, attract loop, no way out "
                      "but the configured exit (see packaging/README.md).")};
  const QCommandLineOption kioskConfigOption{
      QStringLiteral("kiosk-config"),
      CommandLine::tr("Read the kiosk settings from this INI file instead of %1.")
          .arg(KioskSettings::systemConfigPath()),
      CommandLine::tr("file", "placeholder for a value in --help")};
  const QCommandLineOption presentOption{
      QStringLiteral("present"),
      CommandLine::tr("Lecture mode: projector theme, tours stepped with a clicker.")};
  const QCommandLineOption tourOption{
      QStringLiteral("tour"),
      CommandLine::tr("With --present: open this tour (default: the tour shipped with the dataset)."),
      CommandLine::tr("file", "placeholder for a value in --help")};

  void addTo(QCommandLineParser& parser) const {
    parser.addOptions({datasetOption, dateOption, freshOption, screenshotOption, delayOption, kioskOption,
                       kioskConfigOption, presentOption, tourOption});
  }
};

// With --screenshot: grabs the screen once the window has settled, then quits.
void screenshotLater(const QCommandLineParser& parser, const ViewerOptions& options, QWidget& window) {
  if (!parser.isSet(options.screenshotOption)) return;
  const QString file = parser.value(options.screenshotOption);
  QTimer::singleShot(parser.value(options.delayOption).toInt(), &window, [&window, file] {
    const QPixmap shot = window.screen()->grabWindow(0);
    if (!shot.save(file))
      std::fprintf(stderr, "okhotsk-atlas: %s\n",
                   CommandLine::tr("cannot write %1").arg(file).toUtf8().constData());
    QApplication::exit(0);
  });
}

int runPresentation(AtlasSession& session, const QCommandLineParser& parser, const ViewerOptions& options) {
  PresentationWindow window(session);
  const QString tour =
      parser.isSet(options.tourOption) ? parser.value(options.tourOption) : findDefaultTour();
  if (!tour.isEmpty() && !window.openTour(tour))
    std::fprintf(stderr, "okhotsk-atlas: %s\n", window.editor()->statusText().toUtf8().constData());
  if (parser.isSet(options.dateOption)) session.controller.jumpTo(parser.value(options.dateOption));
  // A projector is one screen for the atlas: fill it even where no window manager maximises.
  if (const QScreen* screen = window.screen()) window.setGeometry(screen->availableGeometry());
  window.showMaximized();
  screenshotLater(parser, options, window);
  const int status = QApplication::exec();
  // The lecture remembers its language like the desktop (the kiosk takes its own from its file).
  QSettings settings;
  session.settings.save(settings);
  return status;
}

int runDesktop(AtlasSession& session, const QCommandLineParser& parser, const ViewerOptions& options,
               bool opened) {
  AtlasWindow window(session);
  // A first run (or --no-restore) fills the screen; later runs come back as they were left.
  if (parser.isSet(options.freshOption) || !window.restoreSettings()) {
    // Fill the screen even where no window manager maximises (a bare X server, a kiosk PC).
    if (const QScreen* screen = window.screen()) window.setGeometry(screen->availableGeometry());
    window.showMaximized();
  } else {
    window.show();
  }
  if (parser.isSet(options.dateOption)) {
    QString error;
    if (!session.controller.jumpTo(parser.value(options.dateOption), &error))
      std::fprintf(stderr, "okhotsk-atlas: --date: %s\n", error.toUtf8().constData());
  }
  if (opened && session.document.diagnostics().hasErrors() && !parser.isSet(options.screenshotOption))
    QTimer::singleShot(0, &window, &AtlasWindow::showDiagnostics);
  screenshotLater(parser, options, window);
  return QApplication::exec();
}

int runViewer(const QStringList& arguments, AtlasSession& session) {
  QCommandLineParser parser;
  parser.setApplicationDescription(CommandLine::tr(
      "Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian relations.\n\n"
      "Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai]\n"
      "Benchmark:       okhotsk-atlas --benchmark\n"
      "Tour handout:    okhotsk-atlas --tour FILE --export HANDOUT.pdf [--lang en|ja|ru]\n"
      "Video frames:    okhotsk-atlas --tour FILE --export-frames DIR --size WxH --fps N"));
  // Our own help option: Qt's describes itself in words its Japanese catalogue lacks.
  const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                      CommandLine::tr("Show this help and quit."));
  parser.addOption(helpOption);
  parser.addVersionOption();
  const ViewerOptions options;
  options.addTo(parser);
  parser.process(arguments);
  if (parser.isSet(helpOption)) {
    std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
    return 0;
  }

  // Kiosk mode: asked for on the command line, or switched on in the kiosk settings file.
  QStringList kioskProblems;
  const QString kioskFile = parser.isSet(options.kioskConfigOption) ? parser.value(options.kioskConfigOption)
                                                                    : KioskSettings::systemConfigPath();
  const KioskSettings kiosk = KioskSettings::readFile(kioskFile, &kioskProblems);
  const bool kioskMode = parser.isSet(options.kioskOption) || kiosk.enabled;
  if (kioskMode)
    for (const QString& problem : kioskProblems)
      std::fprintf(stderr, "okhotsk-atlas: %s\n", problem.toUtf8().constData());

  QString datasetPath = parser.value(options.datasetOption);
  if (datasetPath.isEmpty() && kioskMode) datasetPath = kiosk.datasetPath;
  const bool opened =
      !datasetPath.isEmpty() ? session.document.open(datasetPath) : session.document.openEmbedded();
  if (!opened) {
    std::fprintf(stderr, "okhotsk-atlas: %s\n%s",
                 CommandLine::tr("cannot open the dataset").toUtf8().constData(),
                 session.document.diagnostics().toText().c_str());
  }
  if (kioskMode) {
    KioskWindow window(session, kiosk);
    window.showOnConfiguredScreen();
    screenshotLater(parser, options, window);
    return QApplication::exec();
  }
  if (parser.isSet(options.presentOption)) return runPresentation(session, parser, options);
  return runDesktop(session, parser, options, opened);
}

}  // namespace

int runApplication(int argc, char** argv) {
  const qint64 started = QDateTime::currentMSecsSinceEpoch();
  const bool render = hasArgument(argc, argv, "--render");
  const bool benchmark = hasArgument(argc, argv, "--benchmark");
  const bool tourExport = hasArgument(argc, argv, "--tour") &&
                          (hasArgument(argc, argv, "--export") || hasArgument(argc, argv, "--export-frames"));
  const bool textOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                        hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
  // Headless modes (and printing help) need no display: offscreen unless told otherwise.
  if ((render || benchmark || tourExport || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication application(argc, argv);
  describeApplication();
  const QStringList arguments = QApplication::arguments();
  if (render) return runRenderCommand(arguments);
  if (benchmark) return runBenchmarkCommand(arguments, started);
  if (tourExport) return runTourExportCommand(arguments);
  // The language comes first, so that even --help speaks it: the one saved by an earlier run,
  // or the system's on a first run (and with --no-restore).
  AtlasSession session;
  const Language systemLanguage = InterfaceLanguage::forLocale(QLocale::system());
  if (hasArgument(argc, argv, "--no-restore"))
    session.settings.setLanguage(systemLanguage);
  else
    session.settings.restore(QSettings(), systemLanguage);
  // The name the desktop shows beside the windows' titles, in the interface language; the
  // catalogue is installed before this hears of a change (the session made it first).
  const auto nameApplication = [] {
    QApplication::setApplicationDisplayName(Application::tr("Okhotsk Atlas"));
  };
  nameApplication();
  QObject::connect(&session.settings, &DisplaySettings::languageChanged, &application, nameApplication);
  return runViewer(arguments, session);
}

}  // namespace okhotsk::app
