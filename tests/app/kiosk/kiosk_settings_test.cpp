// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's INI file: every key read from a real file in a temporary folder, each bad value
// reported once with its file, group, key and value while its default is kept, typos in key
// names reported, and a missing file being no problem at all.
#include "kiosk/kiosk_settings.h"

#include "kiosk/pin_hash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <ostream>

// Readable failures: GoogleTest finds this by argument-dependent lookup in QString's
// (the global) namespace, also for the elements of a QStringList.
static void PrintTo(const QString& text, std::ostream* out) {
  *out << '"' << text.toStdString() << '"';
}

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

// Every field equal to those of a kiosk configured with nothing.
void expectDefaults(const KioskSettings& settings) {
  const KioskSettings defaults = KioskSettings::defaults();
  EXPECT_EQ(settings.enabled, defaults.enabled);
  EXPECT_EQ(settings.screen, defaults.screen);
  EXPECT_EQ(settings.attractAfter, defaults.attractAfter);
  EXPECT_EQ(settings.resetAfter, defaults.resetAfter);
  EXPECT_EQ(settings.tourPath, defaults.tourPath);
  EXPECT_EQ(settings.exitSequence, defaults.exitSequence);
  EXPECT_EQ(settings.exitPin, defaults.exitPin);
  EXPECT_EQ(settings.exitPinHashes, defaults.exitPinHashes);
  EXPECT_EQ(settings.startDate, defaults.startDate);
  EXPECT_EQ(settings.startView, defaults.startView);
  EXPECT_EQ(settings.language, defaults.language);
  EXPECT_EQ(settings.datasetPath, defaults.datasetPath);
  EXPECT_EQ(settings.warnBefore, defaults.warnBefore);
  EXPECT_EQ(settings.usageLog, defaults.usageLog);
}

class KioskSettingsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(folder.isValid()); }

  // Writes `text` as kiosk.ini in the temporary folder and returns its path.
  QString writeIni(const QString& text, const QString& name = QStringLiteral("kiosk.ini")) {
    QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    return path;
  }

  // Reads a file holding [kiosk] with one line `key=value`. Each call writes a new kiosk.ini in
  // a folder of its own: QSettings caches files by path, and a rewrite of the same path within
  // the same second with the same size ("1.5" after "90s") could be served from that cache.
  KioskSettings readOne(const QString& key, const QString& value, QStringList* problems) {
    const QString subfolder = QStringLiteral("case%1").arg(++m_cases);
    EXPECT_TRUE(QDir(folder.path()).mkpath(subfolder));
    return KioskSettings::readFile(writeIni(QStringLiteral("[kiosk]\n%1=%2\n").arg(key, value),
                                            subfolder + QStringLiteral("/kiosk.ini")),
                                   problems);
  }
  int m_cases = 0;

  QTemporaryDir folder;
};

TEST(KioskSettingsDefaults, AreDocumentedValues) {
  const KioskSettings settings;
  EXPECT_FALSE(settings.enabled);
  EXPECT_TRUE(settings.screen.isEmpty());
  EXPECT_EQ(settings.attractAfter, 90s);
  EXPECT_EQ(settings.resetAfter, 180s);
  EXPECT_TRUE(settings.tourPath.isEmpty());
  EXPECT_EQ(settings.exitSequence, QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q));
  EXPECT_TRUE(settings.exitPin.isEmpty());
  EXPECT_EQ(settings.startDate, QStringLiteral("1945-08-15"));
  EXPECT_EQ(settings.startView, QStringLiteral("region"));
  EXPECT_EQ(settings.language, Language::English);
  EXPECT_TRUE(settings.datasetPath.isEmpty());
  EXPECT_EQ(settings.warnBefore, 20s);
  // A plain value records nothing; a kiosk configured with nothing keeps its counts in its
  // data folder.
  EXPECT_TRUE(settings.usageLog.isEmpty());
  EXPECT_EQ(KioskSettings::defaults().usageLog, KioskSettings::defaultUsageLogPath());
  EXPECT_TRUE(KioskSettings::defaultUsageLogPath().endsWith(QStringLiteral("/kiosk-usage.csv")));
}

TEST_F(KioskSettingsTest, FullValidFileIsReadIntoEveryField) {
  const QString tour = writeIni(QStringLiteral("{}"), QStringLiteral("tour.json"));
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("dataset")));
  const QString dataset = folder.filePath(QStringLiteral("dataset"));
  const QString hash = hashPin(QStringLiteral("4711"));
  ASSERT_FALSE(hash.isEmpty());
  const QString path = writeIni(QStringLiteral("; a museum kiosk\n"
                                               "[kiosk]\n"
                                               "enabled=true\n"
                                               "screen=HDMI-1\n"
                                               "attractAfter=45\n"
                                               "resetAfter=300\n"
                                               "tour=%1\n"
                                               "exitSequence=Ctrl+Alt+K\n"
                                               "exitPinHash=%3\n"
                                               "startDate=1956-10-19\n"
                                               "startView=habomai\n"
                                               "language=ja\n"
                                               "dataset=%2\n"
                                               "warnBefore=30\n"
                                               "usageLog=%4\n")
                                    .arg(tour, dataset, hash, folder.filePath(QStringLiteral("usage.csv"))));
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(path, &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  EXPECT_TRUE(settings.enabled);
  EXPECT_EQ(settings.screen, QStringLiteral("HDMI-1"));
  EXPECT_EQ(settings.attractAfter, 45s);
  EXPECT_EQ(settings.resetAfter, 300s);
  EXPECT_EQ(settings.tourPath, tour);
  EXPECT_EQ(settings.exitSequence, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
  EXPECT_TRUE(settings.exitPin.isEmpty());
  EXPECT_EQ(settings.exitPinHashes, QStringList{hash});
  EXPECT_EQ(settings.startDate, QStringLiteral("1956-10-19"));
  EXPECT_EQ(settings.startView, QStringLiteral("habomai"));
  EXPECT_EQ(settings.language, Language::Japanese);
  EXPECT_EQ(settings.datasetPath, dataset);
  EXPECT_EQ(settings.warnBefore, 30s);
  EXPECT_EQ(settings.usageLog, folder.filePath(QStringLiteral("usage.csv")));
}

TEST_F(KioskSettingsTest, TheUsageLogCanBeTurnedOffButNotPointedAtAFolder) {
  QStringList problems;
  EXPECT_TRUE(readOne(QStringLiteral("usageLog"), QStringLiteral("off"), &problems).usageLog.isEmpty());
  EXPECT_EQ(readOne(QStringLiteral("usageLog"), QString(), &problems).usageLog,
            KioskSettings::defaultUsageLogPath());
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  const KioskSettings folderGiven = readOne(QStringLiteral("usageLog"), folder.path(), &problems);
  EXPECT_EQ(folderGiven.usageLog, KioskSettings::defaultUsageLogPath());
  EXPECT_EQ(
      problems,
      QStringList{
          QStringLiteral("kiosk.ini: [kiosk] usageLog: \"%1\" is a folder, not a file").arg(folder.path())});
}

// The example shipped for technicians documents every key with its default: read as it
// stands it must give no problem and exactly the defaults, or code and file disagree.
TEST(KioskSettingsExample, ShippedExampleReadsAsTheDefaults) {
  const QString path = QStringLiteral(OKHOTSK_FIXTURES_DIR "/../../packaging/kiosk.ini.example");
  ASSERT_TRUE(QFileInfo::exists(path));
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(path, &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  expectDefaults(settings);
  // Every key is in it.
  QSettings file(path, QSettings::IniFormat);
  file.beginGroup(QStringLiteral("kiosk"));
  EXPECT_EQ(file.childKeys().size(), 14);
}

TEST_F(KioskSettingsTest, ReadTakesAnOpenSettingsObjectAndLeavesItsGroupAlone) {
  const QString path = writeIni(QStringLiteral("[kiosk]\nlanguage=ru\nscreen=1\n[other]\nlanguage=xx\n"));
  QSettings settings(path, QSettings::IniFormat);
  QStringList problems;
  const KioskSettings kiosk = KioskSettings::read(settings, &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(kiosk.language, Language::Russian);
  EXPECT_EQ(kiosk.screen, QStringLiteral("1"));
  EXPECT_TRUE(settings.group().isEmpty());
}

// Before, a file without [kiosk] or with other sections gave the defaults in silence.
TEST_F(KioskSettingsTest, AnEmptyOrUnrelatedFileGivesTheDefaultsAndIsReported) {
  QStringList problems;
  expectDefaults(KioskSettings::readFile(writeIni(QString(), QStringLiteral("empty.ini")), &problems));
  EXPECT_EQ(
      problems,
      QStringList{QStringLiteral("empty.ini: no [kiosk] section; the kiosk settings are the defaults")});
  problems.clear();
  expectDefaults(KioskSettings::readFile(
      writeIni(QStringLiteral("stray=1\n[window]\ngeometry=1\n"), QStringLiteral("other.ini")), &problems));
  EXPECT_EQ(
      problems,
      (QStringList{QStringLiteral("other.ini: [window]: unknown section, ignored (only [kiosk] is read)"),
                   QStringLiteral("other.ini: stray: key outside [kiosk], ignored"),
                   QStringLiteral("other.ini: no [kiosk] section; the kiosk settings are the defaults")}));
}

TEST_F(KioskSettingsTest, AnUnknownSectionBesideKioskIsReportedAndKioskStillRead) {
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(
      writeIni(QStringLiteral("[kiosk]\nattractAfter=30\n[kiosks]\nresetAfter=60\n")), &problems);
  EXPECT_EQ(
      problems,
      QStringList{QStringLiteral("kiosk.ini: [kiosks]: unknown section, ignored (only [kiosk] is read)")});
  EXPECT_EQ(settings.attractAfter, 30s);
  EXPECT_EQ(settings.resetAfter, 180s);
}

// A binary dropped where the INI belongs: QSettings would read a few garbled keys from it.
TEST_F(KioskSettingsTest, ABinaryFileIsReportedAndGivesDefaults) {
  const QString path = folder.filePath(QStringLiteral("kiosk.ini"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QByteArray("[kiosk]\nenabled=true\n\xff\xfe\x00\x01attractAfter=5\n", 40));
  file.close();
  QStringList problems;
  expectDefaults(KioskSettings::readFile(path, &problems));
  EXPECT_EQ(problems,
            QStringList{QStringLiteral("kiosk.ini: is not a text file in UTF-8 (%1); the kiosk settings are "
                                       "the defaults")
                            .arg(path)});
}

// One key that a visitor can hit by chance must not end the kiosk.
TEST_F(KioskSettingsTest, AnExitSequenceAStrayKeyCanTypeIsRefused) {
  for (const QString& stray :
       {QStringLiteral("Escape"), QStringLiteral("Q"), QStringLiteral("Ctrl+Q"), QStringLiteral("Shift+Alt"),
        QStringLiteral("Shift+A, Shift+B"), QStringLiteral("F11")}) {
    SCOPED_TRACE(stray.toStdString());
    QStringList problems;
    const KioskSettings settings = readOne(QStringLiteral("exitSequence"), stray, &problems);
    EXPECT_EQ(settings.exitSequence, KioskSettings{}.exitSequence);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("could be typed by chance")))
        << problems.constFirst().toStdString();
  }
  for (const QString& safe : {QStringLiteral("Ctrl+Alt+K"), QStringLiteral("Ctrl+Shift+F12"),
                              QStringLiteral("Ctrl+K, Ctrl+Q"), QStringLiteral("Meta+Alt+X")}) {
    SCOPED_TRACE(safe.toStdString());
    QStringList problems;
    const KioskSettings settings = readOne(QStringLiteral("exitSequence"), safe, &problems);
    EXPECT_EQ(settings.exitSequence, QKeySequence::fromString(safe, QKeySequence::PortableText));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  }
}

TEST_F(KioskSettingsTest, AcceptsTheOtherSpellingsOfValues) {
  QStringList problems;
  for (const QString& yes : {QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("TRUE")})
    EXPECT_TRUE(readOne(QStringLiteral("enabled"), yes, &problems).enabled) << yes.toStdString();
  for (const QString& no : {QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false")})
    EXPECT_FALSE(readOne(QStringLiteral("enabled"), no, &problems).enabled) << no.toStdString();
  EXPECT_EQ(readOne(QStringLiteral("attractAfter"), QStringLiteral("0"), &problems).attractAfter, 0s);
  EXPECT_EQ(readOne(QStringLiteral("resetAfter"), QStringLiteral("86400"), &problems).resetAfter, 86400s);
  EXPECT_EQ(readOne(QStringLiteral("language"), QStringLiteral("RU"), &problems).language, Language::Russian);
  EXPECT_EQ(readOne(QStringLiteral("startDate"), QStringLiteral("1978-08"), &problems).startDate,
            QStringLiteral("1978-08"));
  EXPECT_EQ(readOne(QStringLiteral("startView"), QStringLiteral("world"), &problems).startView,
            QStringLiteral("world"));
  // Empty optional values mean "none".
  EXPECT_TRUE(readOne(QStringLiteral("exitPin"), QString(), &problems).exitPin.isEmpty());
  EXPECT_TRUE(readOne(QStringLiteral("tour"), QString(), &problems).tourPath.isEmpty());
  EXPECT_TRUE(readOne(QStringLiteral("screen"), QString(), &problems).screen.isEmpty());
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

// QSettings hands an unquoted INI value with commas back as a list.
TEST_F(KioskSettingsTest, ValuesWithCommasAreReadWhole) {
  QStringList problems;
  EXPECT_EQ(readOne(QStringLiteral("startView"), QStringLiteral("139, 41, 157, 52"), &problems).startView,
            QStringLiteral("139,41,157,52"));
  EXPECT_EQ(readOne(QStringLiteral("exitSequence"), QStringLiteral("Ctrl+K, Ctrl+Q"), &problems).exitSequence,
            QKeySequence(Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_Q));
  EXPECT_EQ(readOne(QStringLiteral("exitSequence"), QStringLiteral("Ctrl+Alt+,"), &problems).exitSequence,
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma));
  const QString tour = writeIni(QStringLiteral("{}"), QStringLiteral("a,b.json"));
  EXPECT_EQ(readOne(QStringLiteral("tour"), QStringLiteral("\"%1\"").arg(tour), &problems).tourPath, tour);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

struct BadValue {
  const char16_t* key;
  const char16_t* value;
  const char16_t* problem;  ///< after "kiosk.ini: [kiosk] "
};

TEST_F(KioskSettingsTest, EachBadValueKeepsItsDefaultAndIsReportedOnce) {
  const BadValue cases[] = {
      {u"enabled", u"maybe", u"enabled: \"maybe\" is not true or false (true/false, yes/no, 1/0)"},
      {u"enabled", u"", u"enabled: \"\" is not true or false (true/false, yes/no, 1/0)"},
      {u"attractAfter", u"soon", u"attractAfter: \"soon\" is not a whole number of seconds (0 to 86400)"},
      {u"attractAfter", u"-5", u"attractAfter: \"-5\" is not a whole number of seconds (0 to 86400)"},
      {u"attractAfter", u"1.5", u"attractAfter: \"1.5\" is not a whole number of seconds (0 to 86400)"},
      {u"attractAfter", u"90s", u"attractAfter: \"90s\" is not a whole number of seconds (0 to 86400)"},
      {u"attractAfter", u"", u"attractAfter: \"\" is not a whole number of seconds (0 to 86400)"},
      {u"resetAfter", u"86401", u"resetAfter: \"86401\" is not a whole number of seconds (0 to 86400)"},
      {u"resetAfter", u"99999999999",
       u"resetAfter: \"99999999999\" is not a whole number of seconds (0 to 86400)"},
      {u"exitSequence", u"Ctrl+Foo",
       u"exitSequence: \"Ctrl+Foo\" is not a key sequence such as Ctrl+Alt+Shift+Q"},
      {u"exitSequence", u"Ctrl+Q, Foo",
       u"exitSequence: \"Ctrl+Q,Foo\" is not a key sequence such as Ctrl+Alt+Shift+Q"},
      {u"exitSequence", u"", u"exitSequence: \"\" is not a key sequence such as Ctrl+Alt+Shift+Q"},
      {u"exitPin", u"12a4", u"exitPin: \"12a4\" is not a PIN of 4 to 12 digits"},
      {u"exitPin", u"123", u"exitPin: \"123\" is not a PIN of 4 to 12 digits"},
      {u"exitPin", u"1234567890123", u"exitPin: \"1234567890123\" is not a PIN of 4 to 12 digits"},
      {u"exitPin", u"١٢٣٤", u"exitPin: \"١٢٣٤\" is not a PIN of 4 to 12 digits"},
      {u"exitPinHash", u"4711",
       u"exitPinHash: \"4711\" is not a PIN hash (write one with okhotsk-atlas --hash-pin)"},
      {u"exitPinHash", u"$y$j9T$a b$c",
       u"exitPinHash: \"$y$j9T$a b$c\" is not a PIN hash (write one with okhotsk-atlas --hash-pin)"},
      {u"startDate", u"1945-13-01",
       u"startDate: \"1945-13-01\" is not an EDTF date (at character 6: month 13 does not exist)"},
      {u"startDate", u"soon",
       u"startDate: \"soon\" is not an EDTF date (at character 1: unexpected character 's'; a year has four "
       u"digits)"},
      {u"startDate", u"../1945", u"startDate: \"../1945\" has no first day to start on"},
      {u"startView", u"narnia",
       u"startView: view \"narnia\" is neither region, world, habomai nor lon1,lat1,lon2,lat2"},
      {u"startView", u"139,41,157,95",
       u"startView: view extent \"139,41,157,95\": latitudes must lie in [-90, 90]"},
      {u"language", u"de", u"language: \"de\" is not a language code (en, ja or ru)"},
      {u"language", u"", u"language: \"\" is not a language code (en, ja or ru)"},
      {u"warnBefore", u"601", u"warnBefore: \"601\" is more than 600 seconds"},
      {u"warnBefore", u"soon", u"warnBefore: \"soon\" is not a whole number of seconds (0 to 86400)"},
      {u"usageLog", u"usage.csv", u"usageLog: \"usage.csv\" is not an absolute path (or off)"},
  };
  for (const BadValue& bad : cases) {
    const QString key = QString::fromUtf16(bad.key);
    const QString value = QString::fromUtf16(bad.value);
    SCOPED_TRACE(QStringLiteral("%1=%2").arg(key, value).toStdString());
    QStringList problems;
    const KioskSettings settings = readOne(key, value, &problems);
    EXPECT_EQ(problems, QStringList{QStringLiteral("kiosk.ini: [kiosk] ") + QString::fromUtf16(bad.problem)});
    expectDefaults(settings);
  }
}

TEST_F(KioskSettingsTest, AMissingTourOrDatasetIsReportedButKept) {
  const QString tour = folder.filePath(QStringLiteral("missing-tour.json"));
  const QString dataset = folder.filePath(QStringLiteral("missing-dataset"));
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(
      writeIni(QStringLiteral("[kiosk]\ntour=%1\ndataset=%2\n").arg(tour, dataset)), &problems);
  EXPECT_EQ(problems,
            (QStringList{QStringLiteral("kiosk.ini: [kiosk] tour: \"%1\" does not exist").arg(tour),
                         QStringLiteral("kiosk.ini: [kiosk] dataset: \"%1\" does not exist").arg(dataset)}));
  EXPECT_EQ(settings.tourPath, tour);
  EXPECT_EQ(settings.datasetPath, dataset);
}

TEST_F(KioskSettingsTest, UnknownKeysAreReportedAndIgnored) {
  QStringList problems;
  const KioskSettings settings =
      KioskSettings::readFile(writeIni(QStringLiteral("[kiosk]\natractAfter=30\nenabled=yes\ntour/path=x\n"),
                                       QStringLiteral("museum.ini")),
                              &problems);
  const QString known = QStringLiteral(
      "(known keys: enabled, screen, attractAfter, resetAfter, warnBefore, tour, exitSequence, exitPinHash, "
      "exitPin, startDate, startView, language, dataset, usageLog)");
  EXPECT_EQ(problems, (QStringList{QStringLiteral("museum.ini: [kiosk] atractAfter: unknown key ") + known,
                                   QStringLiteral("museum.ini: [kiosk] tour/path: unknown key ") + known}));
  EXPECT_EQ(settings.attractAfter, 90s);
  EXPECT_TRUE(settings.tourPath.isEmpty());
  // The good key beside them is still read.
  EXPECT_TRUE(settings.enabled);
}

TEST_F(KioskSettingsTest, BadValuesDoNotStopTheGoodOnes) {
  QStringList problems;
  const KioskSettings settings = KioskSettings::readFile(
      writeIni(QStringLiteral("[kiosk]\nattractAfter=soon\nresetAfter=600\nlanguage=de\nexitPin=2468\n")),
      &problems);
  EXPECT_EQ(
      problems,
      (QStringList{
          QStringLiteral(
              "kiosk.ini: [kiosk] attractAfter: \"soon\" is not a whole number of seconds (0 to 86400)"),
          QStringLiteral("kiosk.ini: [kiosk] exitPin: a PIN in plain text is insecure; replace it with the "
                         "exitPinHash= line that okhotsk-atlas --hash-pin prints"),
          QStringLiteral("kiosk.ini: [kiosk] language: \"de\" is not a language code (en, ja or ru)")}));
  EXPECT_EQ(settings.attractAfter, 90s);
  EXPECT_EQ(settings.resetAfter, 600s);
  EXPECT_EQ(settings.language, Language::English);
  EXPECT_EQ(settings.exitPin, QStringLiteral("2468"));
}

// Several members of staff: one hash each, comma-separated; a line that is not a hash is
// reported and left out while the good ones still open the pad.
TEST_F(KioskSettingsTest, SeveralPinHashesAreReadAndABadOneIsLeftOut) {
  const QString first = hashPin(QStringLiteral("4711"));
  const QString second = hashPin(QStringLiteral("280655"));
  ASSERT_FALSE(first.isEmpty());
  ASSERT_FALSE(second.isEmpty());
  QStringList problems;
  KioskSettings settings =
      readOne(QStringLiteral("exitPinHash"), QStringLiteral("%1, %2").arg(first, second), &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(settings.exitPinHashes, (QStringList{first, second}));
  EXPECT_TRUE(settings.hasExitPin());
  EXPECT_TRUE(verifyPinAgainstAny(QStringLiteral("280655"), settings.exitPinHashes));

  settings = readOne(QStringLiteral("exitPinHash"), QStringLiteral("%1,1234").arg(first), &problems);
  EXPECT_EQ(settings.exitPinHashes, QStringList{first});
  EXPECT_EQ(problems, QStringList{QStringLiteral("kiosk.ini: [kiosk] exitPinHash: \"1234\" is not a PIN hash "
                                                 "(write one with okhotsk-atlas --hash-pin)")});
}

// A plain PIN keeps a kiosk configured before hashes reachable, but is reported every time,
// without repeating the PIN itself (the report goes to the journal).
TEST_F(KioskSettingsTest, APlainPinStillWorksButIsReportedAsInsecure) {
  for (const QString& pin : {QStringLiteral("0000"), QStringLiteral("123456789012")}) {
    QStringList problems;
    const KioskSettings settings = readOne(QStringLiteral("exitPin"), pin, &problems);
    EXPECT_EQ(settings.exitPin, pin);
    EXPECT_TRUE(settings.hasExitPin());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("insecure")))
        << problems.constFirst().toStdString();
    EXPECT_FALSE(problems.constFirst().contains(pin)) << problems.constFirst().toStdString();
  }
  QStringList problems;
  EXPECT_FALSE(readOne(QStringLiteral("exitPin"), QString(), &problems).hasExitPin());
  EXPECT_TRUE(problems.isEmpty());
}

TEST_F(KioskSettingsTest, ProblemsMayBeIgnored) {
  const KioskSettings settings = readOne(QStringLiteral("attractAfter"), QStringLiteral("soon"), nullptr);
  EXPECT_EQ(settings.attractAfter, 90s);
}

// Before, a missing file said nothing; the program prints this in kiosk mode only, where a
// kiosk without its settings is worth a line in the journal.
TEST_F(KioskSettingsTest, AMissingFileGivesDefaultsAndIsReported) {
  QStringList problems;
  const QString path = folder.filePath(QStringLiteral("no-such.ini"));
  expectDefaults(KioskSettings::readFile(path, &problems));
  EXPECT_EQ(
      problems,
      QStringList{
          QStringLiteral("no-such.ini: does not exist (%1); the kiosk settings are the defaults").arg(path)});
}

TEST_F(KioskSettingsTest, AMalformedFileIsReportedAndGivesDefaults) {
  const QString path = writeIni(QStringLiteral("[kiosk\nenabled=true\nattractAfter=5\n"));
  QStringList problems;
  expectDefaults(KioskSettings::readFile(path, &problems));
  EXPECT_EQ(problems,
            QStringList{QStringLiteral("kiosk.ini: is not a valid INI file (%1); the kiosk settings are "
                                       "the defaults")
                            .arg(path)});
}

TEST_F(KioskSettingsTest, AnUnreadableFileIsReportedAndGivesDefaults) {
  // A folder where the file should be cannot be read whoever runs the test (root reads
  // files whatever their permissions).
  ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("kiosk.ini")));
  const QString path = folder.filePath(QStringLiteral("kiosk.ini"));
  QStringList problems;
  expectDefaults(KioskSettings::readFile(path, &problems));
  EXPECT_EQ(
      problems,
      QStringList{
          QStringLiteral("kiosk.ini: cannot be read (%1); the kiosk settings are the defaults").arg(path)});
}

// QStandardPaths reads XDG_CONFIG_DIRS on every call; test mode keeps the user's own
// ~/.config out of the search.
class SystemConfigPathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(folder.isValid());
    m_hadConfigDirs = qEnvironmentVariableIsSet("XDG_CONFIG_DIRS");
    m_savedConfigDirs = qgetenv("XDG_CONFIG_DIRS");
    QStandardPaths::setTestModeEnabled(true);
  }
  void TearDown() override {
    QStandardPaths::setTestModeEnabled(false);
    if (m_hadConfigDirs)
      qputenv("XDG_CONFIG_DIRS", m_savedConfigDirs);
    else
      qunsetenv("XDG_CONFIG_DIRS");
  }

  QTemporaryDir folder;

 private:
  bool m_hadConfigDirs = false;
  QByteArray m_savedConfigDirs;
};

TEST_F(SystemConfigPathTest, IsTheFirstConfigFolderThatHoldsTheFile) {
  QTemporaryDir empty;
  ASSERT_TRUE(QDir(folder.path()).mkpath(QStringLiteral("OkhotskAtlas")));
  const QString path = folder.filePath(QStringLiteral("OkhotskAtlas/kiosk.ini"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.close();
  qputenv("XDG_CONFIG_DIRS", QFile::encodeName(empty.path() + QLatin1Char(':') + folder.path()));
  EXPECT_EQ(KioskSettings::systemConfigPath(), path);
}

TEST_F(SystemConfigPathTest, FallsBackToEtcXdgWhenNoFolderHoldsIt) {
  qputenv("XDG_CONFIG_DIRS", QFile::encodeName(folder.path()));
  EXPECT_EQ(KioskSettings::systemConfigPath(), QStringLiteral("/etc/xdg/OkhotskAtlas/kiosk.ini"));
}

TEST_F(SystemConfigPathTest, IgnoresTheUsersOwnConfigFolder) {
  // A file a user (or a visitor with a keyboard) leaves in ~/.config must not steer the kiosk.
  const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
  ASSERT_TRUE(QDir(userFolder).mkpath(QStringLiteral("OkhotskAtlas")));
  const QString userFile = QDir(userFolder).filePath(QStringLiteral("OkhotskAtlas/kiosk.ini"));
  QFile file(userFile);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.close();
  qputenv("XDG_CONFIG_DIRS", QFile::encodeName(folder.path()));
  EXPECT_EQ(KioskSettings::systemConfigPath(), QStringLiteral("/etc/xdg/OkhotskAtlas/kiosk.ini"));
  QFile::remove(userFile);
}

}  // namespace
}  // namespace okhotsk::app
