// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live reload: the open dataset is read again when it changes (a file rewritten, a row of the
// database updated), the new version replaces the old with datasetChanged(); a new version
// that cannot be opened keeps the one shown and is reported once; a foreign file is refused
// as such. The PostGIS cases run against OKHOTSK_TEST_PG (.ci/postgis) in a schema of their
// own, and are skipped without it.
#include "session/atlas_document.h"

#include "desktop/application.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");
constexpr int kInterval = 100;    // ms between checks in these tests
constexpr int kPatience = 10000;  // ms to wait for a reload (a PostGIS read takes a few seconds)

void copyValidFixture(const QString& target) {
  const QDir dir(kValid);
  for (const QString& name : dir.entryList(QDir::Files))
    ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
}

// Replaces `from` by `to` in a file, changing its size so that the change shows at once.
void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to) {
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  QByteArray text = file.readAll();
  file.close();
  ASSERT_TRUE(text.contains(from)) << from.toStdString();
  text.replace(from, to);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(text);
}

std::string firstEventTitle(const AtlasDocument& document) {
  return document.dataset() != nullptr && !document.dataset()->events().empty()
             ? document.dataset()->events().front().title.en
             : std::string();
}

TEST(AtlasDocumentReload, AChangedFileIsReadAgainAndReplacesTheDataset) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyValidFixture(folder.path());
  AtlasDocument document;
  ASSERT_TRUE(document.open(folder.path()));
  document.setReloadInterval(kInterval);
  const std::string before = firstEventTitle(document);
  ASSERT_FALSE(before.empty());
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);

  replaceInFile(folder.filePath(QStringLiteral("events.csv")), QByteArray::fromStdString(before),
                QByteArrayLiteral("Renamed while open"));

  ASSERT_TRUE(changed.wait(kPatience));
  EXPECT_EQ(firstEventTitle(document), "Renamed while open");
  EXPECT_TRUE(document.reloadProblem().isEmpty());
  EXPECT_EQ(document.path(), folder.path());
}

TEST(AtlasDocumentReload, ABrokenNewVersionKeepsTheShownOneAndIsReportedOnce) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyValidFixture(folder.path());
  AtlasDocument document;
  ASSERT_TRUE(document.open(folder.path()));
  document.setReloadInterval(kInterval);
  const Dataset* shown = document.dataset();
  const std::string title = firstEventTitle(document);
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  QSignalSpy problem(&document, &AtlasDocument::reloadProblemChanged);
  const QString events = folder.filePath(QStringLiteral("events.csv"));
  QFile original(events);
  ASSERT_TRUE(original.open(QIODevice::ReadOnly));
  const QByteArray good = original.readAll();
  original.close();

  QFile broken(events);  // the header only: every required layer's rows gone is no error, so
  ASSERT_TRUE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));  // break a column
  broken.write(good.left(good.indexOf('\n')).replace("title_en", "headline") + "\nE1,1945,x,y\n");
  broken.close();

  ASSERT_TRUE(problem.wait(kPatience));
  EXPECT_FALSE(document.reloadProblem().isEmpty());
  EXPECT_EQ(document.dataset(), shown);
  EXPECT_EQ(firstEventTitle(document), title);
  EXPECT_EQ(changed.count(), 0);
  // Further checks of the same broken version say nothing more.
  EXPECT_FALSE(problem.wait(10 * kInterval));
  EXPECT_EQ(problem.count(), 1);

  ASSERT_TRUE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
  broken.write(good);
  broken.write("\n");  // a different size than the broken one had
  broken.close();
  ASSERT_TRUE(changed.wait(kPatience));
  EXPECT_TRUE(document.reloadProblem().isEmpty());
  EXPECT_EQ(problem.count(), 2);
}

TEST(AtlasDocumentReload, NoReloadWhenCheckingIsOff) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyValidFixture(folder.path());
  AtlasDocument document;
  document.setReloadInterval(0);
  ASSERT_TRUE(document.open(folder.path()));
  const std::string before = firstEventTitle(document);
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  replaceInFile(folder.filePath(QStringLiteral("events.csv")), QByteArray::fromStdString(before),
                QByteArrayLiteral("Renamed while open"));
  EXPECT_FALSE(changed.wait(10 * kInterval));
  EXPECT_EQ(firstEventTitle(document), before);
}

// A GeoJSON of dated points is no dataset: refused as such, the open one stays.
TEST(AtlasDocumentForeign, AGeoJsonOfPointsIsRefusedAndTheAtlasStays) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  AtlasDocument document;
  ASSERT_TRUE(document.open(kValid));
  const Dataset* shown = document.dataset();
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  const QString points = folder.filePath(QStringLiteral("sightings.geojson"));
  QFile file(points);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"date":"1945-08-30"},)"
      R"("geometry":{"type":"Point","coordinates":[147.5,45.2]}}]})");
  file.close();

  EXPECT_FALSE(document.open(points));
  EXPECT_FALSE(document.open(points, OpenPolicy::WhatIsValid));  // not even what is valid

  EXPECT_TRUE(document.failure().notADataset);
  EXPECT_FALSE(document.failure().refused);
  EXPECT_EQ(document.failure().path, points);
  EXPECT_NE(document.failure().diagnostics.toText().find("not an Okhotsk Atlas dataset"), std::string::npos);
  EXPECT_EQ(document.dataset(), shown);
  EXPECT_EQ(document.path(), kValid);
  EXPECT_EQ(changed.count(), 0);
}

// A foreign file as the start dataset: reported as such; handed over as a file, the window (or
// a kiosk) falls back to the embedded dataset; with --dataset nothing opens and the viewer exits 1.
TEST(AtlasDocumentForeign, AtStartItIsReportedAsForeignAndTheEmbeddedDatasetOpens) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const QString points = folder.filePath(QStringLiteral("sightings.csv"));
  QFile file(points);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("name,date,lon,lat\nShana,1945-08-30,147.5,45.2\n");
  file.close();

  for (const bool kiosk : {false, true}) {
    AtlasDocument document;
    const auto failure = openStartDataset(document, points, OpenPolicy::WhatIsValid, kiosk);
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->notADataset);
    EXPECT_FALSE(failure->refused);
    EXPECT_TRUE(document.isEmbedded());
  }
  // --dataset in the viewer: only reported, nothing opened instead (runViewer exits 1).
  AtlasDocument document;
  const auto failure = openStartDataset(document, points, OpenPolicy::Whole, false, true);
  ASSERT_TRUE(failure.has_value());
  EXPECT_TRUE(failure->notADataset);
  EXPECT_EQ(document.dataset(), nullptr);
}

// --- PostGIS ---

QString testConnection() {
  return qEnvironmentVariable("OKHOTSK_TEST_PG");
}

// Runs SQL through psql on the test database; the connection string without "PG:".
void runSql(const QString& sql) {
  const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
  ASSERT_FALSE(psql.isEmpty()) << "psql not found";
  QProcess process;
  process.start(psql, {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       testConnection().mid(3), QStringLiteral("-c"), sql});
  ASSERT_TRUE(process.waitForFinished(60000));
  ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

// A copy of the embedded dataset's tables in a schema of this test's own, so that changing a
// row there never disturbs the tests reading the public tables.
class AtlasDocumentPostGis : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testConnection().isEmpty())
      GTEST_SKIP()
          << "OKHOTSK_TEST_PG is not set: no PostGIS server to test against (.ci/postgis start makes one)";
    // One schema per process: ctest runs the tests of this fixture in parallel processes.
    schema = QStringLiteral("reload_test_%1").arg(QCoreApplication::applicationPid());
    runSql(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1; "
                          "DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE "
                          "schemaname = 'public' AND tablename <> 'spatial_ref_sys' LOOP EXECUTE format("
                          "'CREATE TABLE %1.%I AS TABLE public.%I', t, t); END LOOP; END $$;")
               .arg(schema));
    connection = testConnection() + QStringLiteral(" schemas=") + schema;
  }
  void TearDown() override {
    if (!testConnection().isEmpty()) runSql(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
  }
  // The rows of `table` in this test's schema, for SQL.
  [[nodiscard]] QString table(const char* name) const {
    return schema + QLatin1Char('.') + QLatin1String(name);
  }
  QString schema;
  QString connection;
};

TEST_F(AtlasDocumentPostGis, AnUpdatedRowShowsWithinTheInterval) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(connection)) << document.failure().diagnostics.toText();
  EXPECT_FALSE(document.isEmbedded());
  document.setReloadInterval(kInterval);
  const std::string id = document.dataset()->events().front().id;
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  QElapsedTimer timer;
  timer.start();

  runSql(QStringLiteral("UPDATE %1 SET title_en = 'Corrected by the curator' WHERE id = '%2'")
             .arg(table("events"), QString::fromStdString(id)));

  ASSERT_TRUE(changed.wait(kPatience));
  std::printf("[ reload  ] a database change was shown after %lld ms\n",
              static_cast<long long>(timer.elapsed()));
  ASSERT_NE(document.dataset()->event(id), nullptr);
  EXPECT_EQ(document.dataset()->event(id)->title.en, "Corrected by the curator");
  EXPECT_EQ(document.path(), connection);
}

TEST_F(AtlasDocumentPostGis, ADroppedTableKeepsTheShownDatasetUntilItIsBack) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(connection)) << document.failure().diagnostics.toText();
  document.setReloadInterval(kInterval);
  const Dataset* shown = document.dataset();
  const std::size_t events = shown->events().size();
  QSignalSpy problem(&document, &AtlasDocument::reloadProblemChanged);
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);

  runSql(QStringLiteral("ALTER TABLE %1 RENAME TO events_away").arg(table("events")));
  ASSERT_TRUE(problem.wait(kPatience));
  EXPECT_FALSE(document.reloadProblem().isEmpty());
  EXPECT_EQ(document.dataset(), shown);
  EXPECT_EQ(changed.count(), 0);

  runSql(QStringLiteral("ALTER TABLE %1 RENAME TO events").arg(table("events_away")));
  ASSERT_TRUE(changed.wait(kPatience));
  EXPECT_TRUE(document.reloadProblem().isEmpty());
  EXPECT_EQ(document.dataset()->events().size(), events);
}

}  // namespace
}  // namespace okhotsk::app

namespace okhotsk::app {
namespace {

TEST_F(AtlasDocumentPostGis, APasswordInTheConnectionIsNeverShown) {
  AtlasDocument document;
  const QString withPassword = connection + QStringLiteral(" password=hunter2");
  ASSERT_TRUE(document.open(withPassword)) << document.failure().diagnostics.toText();
  EXPECT_EQ(document.path(), withPassword) << "the path itself is what reopens it";
  EXPECT_FALSE(document.displayPath().contains(QStringLiteral("hunter2")))
      << document.displayPath().toStdString();
  EXPECT_TRUE(document.displayPath().contains(QStringLiteral("dbname=")))
      << document.displayPath().toStdString();
}

}  // namespace
}  // namespace okhotsk::app
