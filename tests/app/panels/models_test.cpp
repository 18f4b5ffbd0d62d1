// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The item models of the panels on the loader fixture, each watched by QAbstractItemModelTester
// while it resets, filters and marks rows: EventListModel, EventFilterModel,
// ControlHistoryModel, DiagnosticsModel (and its severity filter).
//
// Fixture events in date order: E1 1855-02-07 treaty; E4 1904-02-08/1905-09-05 military;
// E2 1945-08-28 military; E5 "1964?" diplomacy (unconfirmed); E3 "1978-08" diplomacy.
// Territory alpha has cp1 1855-02-07/1945-08-28 (Japan), cp2 1945-08-28/1991-12-26 (USSR,
// claimed by Japan), cp3 1991-12-26/.. (Russian Federation, claimed by Japan); beta changes
// hands in the imprecise year 1905.
#include "panels/control_history_model.h"
#include "panels/diagnostics_model.h"
#include "panels/event_list_model.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/time_controller.h"
#include "text/map_texts.h"

#include "okhotsk/calendar.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

// Copies the valid fixture into `target` and then the files of `overlay` over it.
void copyFixture(const QString& target, const QString& overlay = {}) {
  for (const QString& folder : {kValid, overlay}) {
    if (folder.isEmpty()) continue;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files)) {
      if (name == QLatin1String("expected_diagnostics.txt")) continue;
      QFile::remove(target + QLatin1Char('/') + name);
      ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
    }
  }
}

QStringList ids(const QAbstractItemModel& model) {
  QStringList result;
  for (int row = 0; row < model.rowCount(); ++row)
    result << model.index(row, 0).data(EventListModel::IdRole).toString();
  return result;
}

class ModelsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(document.open(kValid)); }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  // Puts the catalogues in place when a test switches the language, as the session does.
  InterfaceLanguage interfaceLanguage{settings};
};

// --- EventListModel -------------------------------------------------------------------------

TEST_F(ModelsTest, EventListModelListsTheEventsInDateOrder) {
  EventListModel model(document, settings);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

  EXPECT_EQ(model.columnCount(), EventListModel::ColumnCount);
  EXPECT_EQ(ids(model), (QStringList{QStringLiteral("E1"), QStringLiteral("E4"), QStringLiteral("E2"),
                                     QStringLiteral("E5"), QStringLiteral("E3")}));
  const int e5 = model.rowOf(QStringLiteral("E5"));
  ASSERT_EQ(e5, 3);
  EXPECT_EQ(model.index(e5, EventListModel::TitleColumn).data().toString(),
            QStringLiteral("Fixture uncertain offer"));
  EXPECT_EQ(model.index(e5, EventListModel::DateColumn).data().toString(),
            QStringLiteral("1964 (uncertain)"));
  EXPECT_EQ(model.index(e5, EventListModel::CategoryColumn).data().toString(), QStringLiteral("Diplomacy"));
  EXPECT_EQ(model.index(e5, EventListModel::ConfidenceColumn).data().toString(),
            QStringLiteral("Unconfirmed"));
  EXPECT_EQ(model.index(e5, 0).data(EventListModel::CategoryRole).toInt(),
            static_cast<int>(EventCategory::Diplomacy));
  EXPECT_EQ(model.index(e5, 0).data(EventListModel::FirstDayRole).toLongLong(), day(1964, 1, 1));
  EXPECT_EQ(model.index(e5, 0).data(EventListModel::LastDayRole).toLongLong(), day(1964, 12, 31));
  // The category column carries the category's colour as its decoration.
  EXPECT_TRUE(model.index(e5, EventListModel::CategoryColumn).data(Qt::DecorationRole).canConvert<QColor>());
}

// A language switch keeps the rows (nothing is rebuilt per event) and tells the views that
// every cell and header changed; another dataset resets the model.
TEST_F(ModelsTest, EventListModelAnnouncesALanguageAndResetsOnADatasetChange) {
  EventListModel model(document, settings);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

  settings.setLanguage(Language::Japanese);
  EXPECT_EQ(resets.count(), 0);
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
  EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>(), model.index(4, EventListModel::ColumnCount - 1));
  ASSERT_EQ(headers.count(), 1);
  EXPECT_EQ(headers.at(0).at(2).toInt(), EventListModel::ColumnCount - 1);
  EXPECT_EQ(model.index(0, EventListModel::TitleColumn).data().toString(),
            QStringLiteral("フィクスチャ条約"));

  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyFixture(folder.path(), QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/broken/bad_dates"));
  ASSERT_TRUE(document.open(folder.path(), OpenPolicy::WhatIsValid));  // has errors: asked for
  EXPECT_EQ(resets.count(), 1);
  EXPECT_EQ(ids(model), QStringList{QStringLiteral("E5")});  // the four bad dates are dropped
}

// In Japanese and Russian the category column shows no English word: the event list once said
// "Treaty" in a Japanese screen whose timeline said 条約. It names each category as the map
// legend and the timeline do.
TEST_F(ModelsTest, TheCategoryColumnSpeaksTheDisplayLanguage) {
  EventListModel model(document, settings);
  ASSERT_GT(model.rowCount(), 0);
  const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
  for (const Language language : {Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    for (int row = 0; row < model.rowCount(); ++row) {
      const QString shown = model.index(row, EventListModel::CategoryColumn).data().toString();
      EXPECT_FALSE(shown.isEmpty()) << row;
      EXPECT_FALSE(shown.contains(latin)) << shown.toStdString() << " in " << languageCode(language);
      ASSERT_NE(model.eventAt(row), nullptr);
      EXPECT_EQ(shown, eventCategoryName(model.eventAt(row)->category));
    }
  }
}

// --- EventFilterModel -----------------------------------------------------------------------

class EventFilterTest : public ModelsTest {
 protected:
  void SetUp() override {
    ModelsTest::SetUp();
    filter.setSourceModel(&model);
    filter.sort(EventListModel::DateColumn);
  }
  EventListModel model{document, settings};
  EventFilterModel filter{controller};
  QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
  QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(EventFilterTest, FiltersByCategory) {
  filter.setCategoryVisible(EventCategory::Military, false);
  EXPECT_EQ(ids(filter), (QStringList{QStringLiteral("E1"), QStringLiteral("E5"), QStringLiteral("E3")}));
  EXPECT_FALSE(filter.isCategoryVisible(EventCategory::Military));
  filter.setCategoryVisible(EventCategory::Diplomacy, false);
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E1")});
  filter.showAllCategories();
  EXPECT_EQ(filter.rowCount(), 5);
}

TEST_F(EventFilterTest, SearchesTitleAndSummaryInTheLanguageAndInEnglish) {
  filter.setSearchText(QStringLiteral("landing"));  // title of E2
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E2")});
  filter.setSearchText(QStringLiteral("KNOWN TO THE MONTH"));  // summary of E3, any case
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E3")});
  filter.setSearchText(QStringLiteral("no such words"));
  EXPECT_EQ(filter.rowCount(), 0);

  settings.setLanguage(Language::Japanese);
  filter.setSearchText(QStringLiteral("上陸"));  // Japanese title of E2
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E2")});
  filter.setSearchText(QStringLiteral("landing"));  // English still found in Japanese
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E2")});
  filter.setSearchText(QString());
  EXPECT_EQ(filter.rowCount(), 5);
}

TEST_F(EventFilterTest, NearTheCurrentDateFollowsTheController) {
  controller.setCurrentDay(day(1960, 1, 1));
  filter.setNearCurrentDate(true);
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E5")});  // 1964, within 1950–1970

  controller.setCurrentDay(day(1900, 6, 1));
  EXPECT_EQ(ids(filter), QStringList{QStringLiteral("E4")});  // the war 1904–1905 overlaps 1890–1910

  // A date change that leaves the window's events unchanged does not re-filter.
  QSignalSpy filtered(&filter, &EventFilterModel::filterChanged);
  controller.setCurrentDay(day(1900, 6, 2));
  EXPECT_EQ(filtered.count(), 0);

  filter.setNearYears(50);
  EXPECT_EQ(ids(filter), (QStringList{QStringLiteral("E1"), QStringLiteral("E4"), QStringLiteral("E2")}));

  filter.setNearCurrentDate(false);
  EXPECT_EQ(filter.rowCount(), 5);
}

TEST_F(EventFilterTest, FiltersCombine) {
  controller.setCurrentDay(day(1950, 1, 1));
  filter.setNearYears(30);
  filter.setNearCurrentDate(true);  // 1920–1980: E2, E5, E3
  filter.setCategoryVisible(EventCategory::Military, false);
  filter.setSearchText(QStringLiteral("fixture"));
  EXPECT_EQ(ids(filter), (QStringList{QStringLiteral("E5"), QStringLiteral("E3")}));
  ASSERT_NE(filter.eventAt(0), nullptr);
  EXPECT_EQ(filter.eventAt(0)->id, "E5");
}

// --- ControlHistoryModel --------------------------------------------------------------------

TEST_F(ModelsTest, ControlHistoryModelShowsThePeriodsAndMarksTheOneInForce) {
  ControlHistoryModel model(document, settings);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_EQ(model.rowCount(), 0);

  model.setCurrentDay(day(1960, 1, 1));
  model.setTerritory(QStringLiteral("alpha"));
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(model.index(0, ControlHistoryModel::IntervalColumn).data().toString(),
            QStringLiteral("7 February 1855 – 28 August 1945"));
  EXPECT_EQ(model.index(1, ControlHistoryModel::AdministeredByColumn).data().toString(),
            QStringLiteral("Soviet Union"));
  EXPECT_EQ(model.index(1, ControlHistoryModel::ClaimedByColumn).data().toString(),
            QStringLiteral("Japan, Soviet Union"));
  EXPECT_EQ(model.index(1, ControlHistoryModel::KindColumn).data().toString(),
            QStringLiteral("Military occupation"));
  EXPECT_EQ(model.index(1, ControlHistoryModel::BasisColumn).data().toString(),
            QStringLiteral("Fixture landing"));
  EXPECT_EQ(model.index(1, ControlHistoryModel::SourcesColumn).data().toString(),
            QStringLiteral("Example Ministry, Fixture page A; Example Archive, Fixture page B"));
  EXPECT_EQ(model.inForceRow(), 1);
  EXPECT_TRUE(model.index(1, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_FALSE(model.index(0, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(model.index(1, 0).data(Qt::BackgroundRole).isValid());
  EXPECT_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());

  // Moving within the period changes nothing; crossing into the next one touches two rows.
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  model.setCurrentDay(day(1970, 1, 1));
  EXPECT_EQ(changed.count(), 0);
  model.setCurrentDay(day(1995, 1, 1));
  ASSERT_EQ(changed.count(), 2);
  QList<int> rows;
  for (const QList<QVariant>& arguments : changed) {
    const auto topLeft = arguments.at(0).value<QModelIndex>();
    const auto bottomRight = arguments.at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), bottomRight.row());
    rows << topLeft.row();
  }
  std::sort(rows.begin(), rows.end());
  EXPECT_EQ(rows, (QList<int>{1, 2}));
  EXPECT_EQ(model.inForceRow(), 2);
  EXPECT_EQ(model.index(2, 0).data(ControlHistoryModel::FirstDayRole).toLongLong(), day(1991, 12, 26));
}

TEST_F(ModelsTest, ControlHistoryModelMarksBothCandidatesInAnImpreciseHandOver) {
  ControlHistoryModel model(document, settings);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setTerritory(QStringLiteral("beta"));
  ASSERT_EQ(model.rowCount(), 2);
  model.setCurrentDay(day(1905, 6, 1));  // beta changes hands some time in 1905
  EXPECT_TRUE(model.index(0, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(model.index(1, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_GE(model.alternativeRow(), 0);
  model.setCurrentDay(day(1950, 1, 1));
  EXPECT_FALSE(model.index(0, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(model.index(1, 0).data(ControlHistoryModel::InForceRole).toBool());
}

TEST_F(ModelsTest, ControlHistoryModelFollowsLanguageAndUnknownTerritories) {
  ControlHistoryModel model(document, settings);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setTerritory(QStringLiteral("alpha"));
  settings.setLanguage(Language::Russian);
  EXPECT_EQ(model.index(1, ControlHistoryModel::AdministeredByColumn).data().toString(),
            QStringLiteral("СССР"));
  model.setTerritory(QStringLiteral("no_such_territory"));
  EXPECT_EQ(model.rowCount(), 0);
  EXPECT_EQ(model.territory(), nullptr);
}

// --- DiagnosticsModel -----------------------------------------------------------------------

TEST(DiagnosticsModelTest, ListsTheDiagnosticsOfABrokenDataset) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyFixture(folder.path(), QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/broken/bad_dates"));
  AtlasDocument document;
  ASSERT_TRUE(document.open(folder.path(), OpenPolicy::WhatIsValid));  // has errors: asked for
  const Diagnostics& diagnostics = document.diagnostics();
  ASSERT_EQ(diagnostics.errorCount(), 4U);
  ASSERT_EQ(diagnostics.warningCount(), 4U);

  DiagnosticsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setDiagnostics(diagnostics);
  ASSERT_EQ(model.rowCount(), 8);
  EXPECT_EQ(model.columnCount(), DiagnosticsModel::ColumnCount);
  EXPECT_EQ(model.index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
  EXPECT_FALSE(
      model.index(0, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
  EXPECT_EQ(model.index(0, DiagnosticsModel::FileColumn).data().toString(), QStringLiteral("events.csv"));
  EXPECT_EQ(model.index(0, DiagnosticsModel::LayerColumn).data().toString(), QStringLiteral("events"));
  EXPECT_EQ(model.index(0, DiagnosticsModel::FeatureColumn).data().toString(), QStringLiteral("E1"));
  EXPECT_EQ(model.index(0, DiagnosticsModel::FieldColumn).data().toString(), QStringLiteral("date"));
  EXPECT_TRUE(model.index(0, DiagnosticsModel::MessageColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("day 30 does not exist in February 1956")));

  DiagnosticsFilterModel filter;
  filter.setSourceModel(&model);
  QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
  filter.setSeverityVisible(Severity::Warning, false);
  EXPECT_EQ(filter.rowCount(), 4);
  filter.setSeverityVisible(Severity::Error, false);
  EXPECT_EQ(filter.rowCount(), 0);
  filter.setSeverityVisible(Severity::Warning, true);
  ASSERT_EQ(filter.rowCount(), 4);
  EXPECT_EQ(filter.index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));

  model.setDiagnostics(Diagnostics{});
  EXPECT_EQ(filter.rowCount(), 0);
}

// After a change of the interface language the dialog tells the views that every header and
// the severity column read differently now; an empty table has only headers to repaint.
TEST(DiagnosticsModelTest, RetranslateTellsTheViewsWhatChanged) {
  Diagnostics diagnostics;
  diagnostics.error("events.csv", "events", "E1", "date", "a bad date");
  diagnostics.warning("places.csv", "places", "P1", "lat", "a doubtful latitude");
  DiagnosticsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setDiagnostics(diagnostics);
  QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
  QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);

  model.retranslate();
  ASSERT_EQ(headers.count(), 1);
  EXPECT_EQ(headers.front().at(0).value<Qt::Orientation>(), Qt::Horizontal);
  EXPECT_EQ(headers.front().at(1).toInt(), 0);
  EXPECT_EQ(headers.front().at(2).toInt(), DiagnosticsModel::ColumnCount - 1);
  ASSERT_EQ(cells.count(), 1);
  EXPECT_EQ(cells.front().at(0).value<QModelIndex>(), model.index(0, DiagnosticsModel::SeverityColumn));
  EXPECT_EQ(cells.front().at(1).value<QModelIndex>(), model.index(1, DiagnosticsModel::SeverityColumn));
  EXPECT_EQ(cells.front().at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});

  model.setDiagnostics(Diagnostics{});
  model.retranslate();
  EXPECT_EQ(headers.count(), 2);
  EXPECT_EQ(cells.count(), 1);
}

}  // namespace
}  // namespace okhotsk::app
