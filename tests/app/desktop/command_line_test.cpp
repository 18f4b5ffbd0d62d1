// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-atlas's command line: the mode each command line asks for (decided before any
// application exists), the dataset it names, and the program itself run with no display at all.
#include "desktop/command_line.h"

#include "kiosk/kiosk_settings.h"
#include "kiosk/pin_hash.h"
#include "temp_dir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

namespace okhotsk::app {
namespace {

QStringList argv(std::initializer_list<const char*> words) {
  QStringList list{QStringLiteral("okhotsk-atlas")};
  for (const char* word : words) list << QString::fromUtf8(word);
  return list;
}

TEST(CommandLine, TheModeIsReadFromTheArgumentsAsGiven) {
  EXPECT_EQ(runModeOf(argv({})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"--present", "--tour", "t.json"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"--help"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"-h"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--help-all"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--version"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--render=1945-08-30", "--size=64x64", "--out=x.png"})), RunMode::Render);
  EXPECT_EQ(runModeOf(argv({"--render", "1945-08-30"})), RunMode::Render);
  EXPECT_EQ(runModeOf(argv({"-render", "1945"})), RunMode::Render);
  EXPECT_EQ(runModeOf(argv({"--benchmark"})), RunMode::Benchmark);
  EXPECT_EQ(runModeOf(argv({"--tour=t.json", "--export=h.pdf"})), RunMode::TourExport);
  EXPECT_EQ(runModeOf(argv({"--tour", "t.json", "--export-frames", "dir"})), RunMode::TourExport);
  // --tour alone opens the tour in the viewer (with --present).
  EXPECT_EQ(runModeOf(argv({"--tour", "t.json"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"--hash-pin"})), RunMode::KioskTool);
  EXPECT_EQ(runModeOf(argv({"--check-kiosk-config", "kiosk.ini"})), RunMode::KioskTool);
}

TEST(CommandLine, QtsOwnOptionsAreNotTakenForMistakes) {
  EXPECT_EQ(runModeOf(argv({"-platform", "wayland"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"-style", "fusion", "--present"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"-reverse"})), RunMode::Viewer);
}

TEST(CommandLine, MistakesAreReportedWithoutAWindow) {
  EXPECT_EQ(runModeOf(argv({"--no-such-option"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--date"})), RunMode::Text);  // a value is missing
  EXPECT_EQ(runModeOf(argv({"one", "two"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--dataset", "one", "two"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--lang", "fr"})), RunMode::Text);
  EXPECT_EQ(runModeOf(argv({"--lang=ja"})), RunMode::Viewer);
}

TEST(CommandLine, ThePositionalArgumentIsTheDataset) {
  const CommandLineOptions options;
  const auto datasetOf = [&options](const QStringList& arguments, QString* error) {
    QCommandLineParser parser;
    options.addTo(parser);
    EXPECT_TRUE(parser.parse(arguments)) << parser.errorText().toStdString();
    return datasetArgument(parser, options, error);
  };
  QString error;
  EXPECT_EQ(datasetOf(argv({"/data/atlas.gpkg"}), &error), QStringLiteral("/data/atlas.gpkg"));
  EXPECT_TRUE(error.isEmpty());
  EXPECT_EQ(datasetOf(argv({"--dataset=/data/a"}), &error), QStringLiteral("/data/a"));
  EXPECT_EQ(datasetOf(argv({"--dataset", "/data/a"}), &error), QStringLiteral("/data/a"));
  EXPECT_TRUE(datasetOf(argv({}), &error).isEmpty());
  EXPECT_TRUE(error.isEmpty());
  EXPECT_TRUE(datasetOf(argv({"--dataset", "/data/a", "/data/b"}), &error).isEmpty());
  EXPECT_TRUE(error.contains(QStringLiteral("/data/a")) && error.contains(QStringLiteral("/data/b")))
      << error.toStdString();
}

TEST(CommandLine, AViewLinkIsNeverTakenForTheDataset) {
  const CommandLineOptions options;
  const auto parse = [&options](const QStringList& arguments, QString* datasetError, QString* linkError) {
    QCommandLineParser parser;
    options.addTo(parser);
    EXPECT_TRUE(parser.parse(arguments)) << parser.errorText().toStdString();
    return std::pair{datasetArgument(parser, options, datasetError), viewLinkArgument(parser, linkError)};
  };
  QString datasetError;
  QString linkError;
  const QString link = QStringLiteral("okhotsk:1945-08-30?v=1&lang=ja");
  EXPECT_EQ(parse(argv({"okhotsk:1945-08-30?v=1&lang=ja"}), &datasetError, &linkError),
            std::pair(QString(), link));
  EXPECT_EQ(parse(argv({"/data/a", "okhotsk:1945-08-30?v=1&lang=ja"}), &datasetError, &linkError),
            std::pair(QStringLiteral("/data/a"), link));
  EXPECT_EQ(
      parse(argv({"--dataset", "/data/a", "okhotsk:1945-08-30?v=1&lang=ja"}), &datasetError, &linkError),
      std::pair(QStringLiteral("/data/a"), link));
  EXPECT_TRUE(datasetError.isEmpty() && linkError.isEmpty());
  // The desktop entry's %u may give a local dataset as a file: URL.
  EXPECT_EQ(parse(argv({"file:///data/atlas%20two.gpkg"}), &datasetError, &linkError),
            std::pair(QStringLiteral("/data/atlas two.gpkg"), QString()));
  (void)parse(argv({"okhotsk:1904", "okhotsk:1906"}), &datasetError, &linkError);
  EXPECT_TRUE(linkError.contains(QStringLiteral("okhotsk:1906"))) << linkError.toStdString();

  EXPECT_EQ(runModeOf(argv({"okhotsk:1945-08-30?v=1"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"/data/a", "okhotsk:1945-08-30"})), RunMode::Viewer);
  EXPECT_EQ(runModeOf(argv({"okhotsk:1904", "okhotsk:1906"})), RunMode::Text);
}

TEST(CommandLine, HelpListsEveryOptionTheProgramTakes) {
  const CommandLineOptions options;
  QCommandLineParser parser;
  options.addTo(parser);
  const QString help = parser.helpText();
  for (const char* name : {"--dataset",
                           "--allow-errors",
                           "--date",
                           "--lang",
                           "--no-restore",
                           "--screenshot",
                           "--screenshot-delay",
                           "--kiosk",
                           "--kiosk-config",
                           "--present",
                           "--tour",
                           "--render",
                           "--size",
                           "--out",
                           "--view",
                           "--naming",
                           "--scale",
                           "--export",
                           "--export-frames",
                           "--fps",
                           "--benchmark",
                           "--hash-pin",
                           "--check-kiosk-config",
                           "--help",
                           "--help-all",
                           "--version",
                           "Exit status"})
    EXPECT_TRUE(help.contains(QString::fromLatin1(name))) << name;
}

// The program itself, with no display of any kind: what a package's post-install check, a
// man-page generator or a script on a server sees.
struct ProcessResult {
  int exitCode = -1;
  QString out;
  QString err;
};

// `platform`: none at all (the default), or a Qt platform plugin such as "offscreen" for a
// viewer window that nobody sees.
ProcessResult runAtlas(const QStringList& arguments, const QString& configHome,
                       const QString& platform = {}) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
    environment.remove(QString::fromLatin1(name));
  if (!platform.isEmpty()) environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
  environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
  environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
  environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(OKHOTSK_ATLAS_BINARY), arguments);
  if (!process.waitForFinished(120000)) return {};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

// As runAtlas, with `input` written to the program's standard input (then closed).
ProcessResult runAtlasWithInput(const QStringList& arguments, const QString& configHome,
                                const QByteArray& input) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
    environment.remove(QString::fromLatin1(name));
  environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
  environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
  environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(OKHOTSK_ATLAS_BINARY), arguments);
  if (!process.waitForStarted(30000)) return {};
  process.write(input);
  process.closeWriteChannel();
  if (!process.waitForFinished(120000)) return {};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

class CommandLineWithoutDisplay : public ::testing::Test {
 protected:
  okhotsk::testing::TempDir folder;
  [[nodiscard]] QString config() const { return QString::fromStdString((folder.path() / "config").string()); }
  [[nodiscard]] QString file(const char* name) const {
    return QString::fromStdString((folder.path() / name).string());
  }
};

TEST_F(CommandLineWithoutDisplay, HelpHelpAllAndVersionPrintAndSucceed) {
  const ProcessResult help = runAtlas({QStringLiteral("--help")}, config());
  EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
  EXPECT_TRUE(help.out.contains(QStringLiteral("--render <date>"))) << help.out.toStdString();
  const ProcessResult all = runAtlas({QStringLiteral("--help-all")}, config());
  EXPECT_EQ(all.exitCode, 0) << all.err.toStdString();
  EXPECT_TRUE(all.out.contains(QStringLiteral("--platform"))) << all.out.toStdString();
  const ProcessResult version = runAtlas({QStringLiteral("--version")}, config());
  EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
  EXPECT_TRUE(version.out.startsWith(QStringLiteral("okhotsk-atlas ") + QStringLiteral(OKHOTSK_VERSION)))
      << version.out.toStdString();
}

TEST_F(CommandLineWithoutDisplay, RenderTakesOptionsWithAnEqualsSign) {
  const QString out = file("map.png");
  const ProcessResult run = runAtlas(
      {QStringLiteral("--render=1945-08-30"), QStringLiteral("--size=96x64"), QStringLiteral("--out=") + out},
      config());
  EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_GT(QFileInfo(out).size(), 0);
}

TEST_F(CommandLineWithoutDisplay, MistakesExitWithStatusTwoAndSayWhat) {
  const ProcessResult unknown = runAtlas({QStringLiteral("--no-such-option")}, config());
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_TRUE(unknown.err.contains(QStringLiteral("no-such-option"))) << unknown.err.toStdString();
  EXPECT_TRUE(unknown.err.contains(QStringLiteral("--help"))) << unknown.err.toStdString();
  const ProcessResult two = runAtlas({QStringLiteral("first"), QStringLiteral("second")}, config());
  EXPECT_EQ(two.exitCode, 2);
  EXPECT_TRUE(two.err.contains(QStringLiteral("second"))) << two.err.toStdString();
  const ProcessResult language = runAtlas({QStringLiteral("--lang=fr")}, config());
  EXPECT_EQ(language.exitCode, 2);
  EXPECT_TRUE(language.err.contains(QStringLiteral("fr"))) << language.err.toStdString();
}

// The blank map: an empty folder has no layer at all, and --render used to draw an
// empty map crediting GSHHG and exit 0. Now nothing is written, the status is 1 and every
// diagnostic is on stderr with the way out; --allow-errors is that way out.
TEST_F(CommandLineWithoutDisplay, RenderRefusesADatasetWithErrorsUnlessAllowed) {
  const QString empty = file("empty");
  ASSERT_TRUE(QDir().mkpath(empty));
  const QString out = file("blank.png");
  const QStringList render{QStringLiteral("--render=1945-08-30"), QStringLiteral("--size=96x64"),
                           QStringLiteral("--out=") + out, QStringLiteral("--dataset=") + empty};
  const ProcessResult refused = runAtlas(render, config());
  EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
  EXPECT_FALSE(QFileInfo::exists(out));
  EXPECT_TRUE(refused.err.contains(empty)) << refused.err.toStdString();
  EXPECT_TRUE(refused.err.contains(QStringLiteral("--allow-errors"))) << refused.err.toStdString();
  EXPECT_TRUE(refused.err.contains(QStringLiteral("error: layer events"))) << refused.err.toStdString();

  const ProcessResult allowed = runAtlas(render + QStringList{QStringLiteral("--allow-errors")}, config());
  EXPECT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
  EXPECT_GT(QFileInfo(out).size(), 0);
  EXPECT_TRUE(allowed.err.contains(QStringLiteral("error: layer events"))) << allowed.err.toStdString();
}

TEST_F(CommandLineWithoutDisplay, TourExportsRefuseADatasetWithErrors) {
  const QString empty = file("empty");
  ASSERT_TRUE(QDir().mkpath(empty));
  const QString handout = file("handout.pdf");
  const ProcessResult pdf =
      runAtlas({QStringLiteral("--tour=") + file("any.json"), QStringLiteral("--export=") + handout,
                QStringLiteral("--dataset=") + empty},
               config());
  EXPECT_EQ(pdf.exitCode, 1) << pdf.err.toStdString();
  EXPECT_FALSE(QFileInfo::exists(handout));
  EXPECT_TRUE(pdf.err.contains(QStringLiteral("--allow-errors"))) << pdf.err.toStdString();
  const QString frames = file("frames");
  const ProcessResult video =
      runAtlas({QStringLiteral("--tour=") + file("any.json"), QStringLiteral("--export-frames=") + frames,
                QStringLiteral("--dataset=") + empty},
               config());
  EXPECT_EQ(video.exitCode, 1) << video.err.toStdString();
  EXPECT_FALSE(QFileInfo::exists(frames));
}

// A desktop user who starts the viewer on a dataset with errors (from a file manager, say)
// gets the atlas, not a process that ends: the embedded dataset opens, stderr says why, and
// the window shows the diagnostics (skipped here: --screenshot shows no dialog).
TEST_F(CommandLineWithoutDisplay, TheViewerStartsOnTheEmbeddedDatasetWhenTheOneGivenHasErrors) {
  const QString empty = file("empty");
  ASSERT_TRUE(QDir().mkpath(empty));
  const QString shot = file("shot.png");
  const ProcessResult run =
      runAtlas({empty, QStringLiteral("--screenshot=") + shot, QStringLiteral("--screenshot-delay=100")},
               config(), QStringLiteral("offscreen"));
  EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.err.contains(empty + QStringLiteral(" has errors and was not opened")))
      << run.err.toStdString();
  EXPECT_TRUE(run.err.contains(QStringLiteral("showing the embedded dataset instead")))
      << run.err.toStdString();
  EXPECT_TRUE(run.err.contains(QStringLiteral("error: layer events"))) << run.err.toStdString();
}

// `okhotsk-atlas 'okhotsk:…'` (what the desktop's URL handler runs) opens the view it names:
// the link's language is applied before its bad date is reported, so the report is in Russian.
TEST_F(CommandLineWithoutDisplay, TheViewerOpensAViewLinkAndSaysWhatItCouldNotUse) {
  const QString shot = file("link.png");
  const ProcessResult bad = runAtlas(
      {QStringLiteral("okhotsk:1956-02-30?v=1&lang=ru&territory=atlantis"), QStringLiteral("--no-restore"),
       QStringLiteral("--screenshot=") + shot, QStringLiteral("--screenshot-delay=300")},
      config(), QStringLiteral("offscreen"));
  EXPECT_EQ(bad.exitCode, 0) << bad.err.toStdString();
  const QStringList lines = bad.err.split(u'\n');
  const auto dateLine = std::find_if(lines.begin(), lines.end(), [](const QString& line) {
    return line.contains(QStringLiteral("1956-02-30"));
  });
  ASSERT_NE(dateLine, lines.end()) << bad.err.toStdString();
  EXPECT_TRUE(dateLine->contains(QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}]"))))
      << "worded in the link's language: " << dateLine->toStdString();
  EXPECT_TRUE(bad.err.contains(QStringLiteral("atlantis"))) << bad.err.toStdString();

  const ProcessResult good =
      runAtlas({QStringLiteral("okhotsk:1945-08-30?v=1&view=habomai&territory=etorofu"),
                QStringLiteral("--no-restore"), QStringLiteral("--screenshot=") + shot,
                QStringLiteral("--screenshot-delay=300")},
               config(), QStringLiteral("offscreen"));
  EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
  EXPECT_FALSE(good.err.contains(QStringLiteral("left out"))) << good.err.toStdString();
  EXPECT_FALSE(good.err.contains(QStringLiteral("not in this dataset"))) << good.err.toStdString();

  const ProcessResult two =
      runAtlas({QStringLiteral("okhotsk:1904"), QStringLiteral("okhotsk:1906")}, config());
  EXPECT_EQ(two.exitCode, 2);
  EXPECT_TRUE(two.err.contains(QStringLiteral("okhotsk:1906"))) << two.err.toStdString();
}

// The line --hash-pin prints, pasted into a kiosk.ini, is read back as the same hashes, and the
// PIN appears nowhere in what the program prints.
TEST_F(CommandLineWithoutDisplay, HashPinPrintsTheIniLineForThePinsOnStdin) {
  const ProcessResult run =
      runAtlasWithInput({QStringLiteral("--hash-pin")}, config(), QByteArrayLiteral("4711\n280655\n"));
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QString line = run.out.trimmed();
  ASSERT_TRUE(line.startsWith(QStringLiteral("exitPinHash=$y$"))) << line.toStdString();
  EXPECT_FALSE(run.out.contains(QStringLiteral("4711")) || run.err.contains(QStringLiteral("4711")));
  const QString ini = file("kiosk.ini");
  QFile out(ini);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QStringLiteral("[kiosk]\n%1\n").arg(line).toUtf8());
  out.close();
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(ini, &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  ASSERT_EQ(settings.exitPinHashes.size(), 2);
  EXPECT_TRUE(verifyPin(QStringLiteral("4711"), settings.exitPinHashes.at(0)));
  EXPECT_TRUE(verifyPin(QStringLiteral("280655"), settings.exitPinHashes.at(1)));
}

TEST_F(CommandLineWithoutDisplay, HashPinRefusesAPinThatIsNotFourToTwelveDigits) {
  const ProcessResult bad =
      runAtlasWithInput({QStringLiteral("--hash-pin")}, config(), QByteArrayLiteral("12\n"));
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_TRUE(bad.out.isEmpty()) << bad.out.toStdString();
  EXPECT_TRUE(bad.err.contains(QStringLiteral("4 to 12 digits"))) << bad.err.toStdString();
  const ProcessResult none = runAtlasWithInput({QStringLiteral("--hash-pin")}, config(), QByteArray());
  EXPECT_EQ(none.exitCode, 1);
  EXPECT_TRUE(none.out.isEmpty()) << none.out.toStdString();
}

// For IT: what the kiosk would run with, each setting with where it came from, and every
// problem; status 0 for a clean file, 1 otherwise.
TEST_F(CommandLineWithoutDisplay, CheckKioskConfigPrintsTheEffectiveSettingsAndStatusZeroWhenClean) {
  const QString ini = file("good.ini");
  QFile out(ini);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write("[kiosk]\nattractAfter=30\nlanguage=ja\nexitSequence=Ctrl+Alt+K\n");
  out.close();
  const ProcessResult run = runAtlas({QStringLiteral("--check-kiosk-config"), ini}, config());
  EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("attractAfter = 30 s  (from the file)")))
      << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("language = ja  (from the file)"))) << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("exitSequence = Ctrl+Alt+K  (from the file)")))
      << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("resetAfter = 180 s  (default)"))) << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("warnBefore = 20 s  (default)"))) << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("dataset = the embedded dataset  (default)")))
      << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("No problems."))) << run.out.toStdString();
}

TEST_F(CommandLineWithoutDisplay, CheckKioskConfigListsEveryProblemAndExitsWithOne) {
  const QString ini = file("bad.ini");
  QFile out(ini);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(
      "[kiosk]\nexitSequence=Escape\ntour=/no/such/tour.json\ndataset=/no/such/dataset\n"
      "atractAfter=5\n[extra]\nx=1\n");
  out.close();
  const ProcessResult run = runAtlas({QStringLiteral("--check-kiosk-config"), ini}, config());
  EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
  for (const char* expected :
       {"exitSequence = Ctrl+Alt+Shift+Q  (default: the file's value is refused)",
        "dataset = the embedded dataset  (default: the file's value is refused)", "tour = the shipped tour",
        "bad.ini: [kiosk] exitSequence: \"Escape\" could be typed by chance",
        "bad.ini: [kiosk] tour: \"/no/such/tour.json\" does not exist",
        "bad.ini: [kiosk] dataset: \"/no/such/dataset\" does not exist",
        "bad.ini: [kiosk] atractAfter: unknown key", "bad.ini: [extra]: unknown section", "Problems (5):"})
    EXPECT_TRUE(run.out.contains(QString::fromUtf8(expected))) << expected << "\n" << run.out.toStdString();

  const ProcessResult missing =
      runAtlas({QStringLiteral("--check-kiosk-config"), file("none.ini")}, config());
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_TRUE(missing.out.contains(QStringLiteral("none.ini: does not exist"))) << missing.out.toStdString();
}

// The usage log IT named is another program's file: said, and the file is left alone.
TEST_F(CommandLineWithoutDisplay, CheckKioskConfigSaysWhenTheUsageLogIsNotOne) {
  const QString foreign = file("visitors.csv");
  QFile csv(foreign);
  ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
  csv.write("name,email\n");
  csv.close();
  const QString ini = file("usage.ini");
  QFile out(ini);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QStringLiteral("[kiosk]\nusageLog=%1\nwarnBefore=0\n").arg(foreign).toUtf8());
  out.close();
  const ProcessResult run = runAtlas({QStringLiteral("--check-kiosk-config"), ini}, config());
  EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
  for (const QString& expected :
       {QStringLiteral("usageLog = %1  (from the file)").arg(foreign),
        QStringLiteral("warnBefore = no warning  (from the file)"),
        QStringLiteral("%1: is not a kiosk usage log").arg(foreign), QStringLiteral("Problems (1):")})
    EXPECT_TRUE(run.out.contains(expected)) << expected.toStdString() << "\n" << run.out.toStdString();
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  EXPECT_EQ(csv.readAll(), QByteArray("name,email\n"));
}

}  // namespace
}  // namespace okhotsk::app
