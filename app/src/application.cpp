#include "application.h"

#include "atlas_session.h"
#include "atlas_window.h"
#include "headless.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstring>

// The resources live in the static okhotsk_app library; the linker keeps them only if
// something refers to their initialiser (must be called outside any namespace).
static void initialiseResources() {
  Q_INIT_RESOURCE(resources);
}

namespace okhotsk::app {

namespace {

bool hasArgument(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return true;
  return false;
}

void describeApplication() {
  QApplication::setOrganizationName(QStringLiteral("OkhotskAtlas"));
  QApplication::setApplicationName(QStringLiteral("okhotsk-atlas"));
  QApplication::setApplicationDisplayName(QStringLiteral("Okhotsk Atlas"));
  QApplication::setApplicationVersion(QStringLiteral(OKHOTSK_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("okhotsk-atlas"));
}

int runViewer(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian relations.\n\n"
      "Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai]\n"
      "Benchmark:       okhotsk-atlas --benchmark"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption datasetOption(
      QStringLiteral("dataset"),
      QStringLiteral("Open this dataset folder or GeoPackage instead of the "
                     "embedded one."),
      QStringLiteral("path"));
  const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("Start at this date (EDTF)."),
                                      QStringLiteral("date"));
  const QCommandLineOption freshOption(
      QStringLiteral("no-restore"),
      QStringLiteral("Ignore the layout and preferences saved by earlier runs."));
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QStringLiteral(
          "Save a screenshot of the whole screen to this PNG once the window has settled, then quit "
          "(for checking the interface by eye)."),
      QStringLiteral("file"));
  const QCommandLineOption delayOption(
      QStringLiteral("screenshot-delay"),
      QStringLiteral("Milliseconds to wait before --screenshot (default 3000)."), QStringLiteral("ms"),
      QStringLiteral("3000"));
  parser.addOptions({datasetOption, dateOption, freshOption, screenshotOption, delayOption});
  parser.process(arguments);

  AtlasSession session;
  AtlasWindow window(session);
  const bool opened = parser.isSet(datasetOption) ? session.document.open(parser.value(datasetOption))
                                                  : session.document.openEmbedded();
  if (!opened) {
    QString details;
    for (const Diagnostic& d : session.document.diagnostics().items())
      details += QString::fromStdString(d.toString()) + QLatin1Char('\n');
    std::fprintf(stderr, "okhotsk-atlas: cannot open the dataset\n%s", details.toUtf8().constData());
  }
  // A first run (or --no-restore) fills the screen; later runs come back as they were left.
  if (parser.isSet(freshOption) || !window.restoreSettings())
    window.showMaximized();
  else
    window.show();
  if (parser.isSet(dateOption)) {
    QString error;
    if (!session.controller.jumpTo(parser.value(dateOption), &error))
      std::fprintf(stderr, "okhotsk-atlas: --date: %s\n", error.toUtf8().constData());
  }
  if (opened && session.document.diagnostics().hasErrors() && !parser.isSet(screenshotOption))
    QTimer::singleShot(0, &window, &AtlasWindow::showDiagnostics);
  if (parser.isSet(screenshotOption)) {
    const QString file = parser.value(screenshotOption);
    QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, file] {
      const QPixmap shot = window.screen()->grabWindow(0);
      if (!shot.save(file))
        std::fprintf(stderr, "okhotsk-atlas: cannot write %s\n", file.toUtf8().constData());
      QApplication::quit();
    });
  }
  return QApplication::exec();
}

}  // namespace

int runApplication(int argc, char** argv) {
  const qint64 started = QDateTime::currentMSecsSinceEpoch();
  const bool render = hasArgument(argc, argv, "--render");
  const bool benchmark = hasArgument(argc, argv, "--benchmark");
  // Headless modes need no display: render offscreen unless told otherwise.
  if ((render || benchmark) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication application(argc, argv);
  initialiseResources();
  describeApplication();
  const QStringList arguments = QApplication::arguments();
  if (render) return runRenderCommand(arguments);
  if (benchmark) return runBenchmarkCommand(arguments, started);
  return runViewer(arguments);
}

}  // namespace okhotsk::app
