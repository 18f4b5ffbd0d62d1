// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Data: the dialog's logic driven without the native file dialog; the written
// file is read back as a dataset.
#include "export/data_export_dialog.h"
#include "panels/event_list_model.h"
#include "session/atlas_document.h"
#include "session/time_controller.h"

#include "okhotsk/loader.h"

#include "embedded_document_test.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace okhotsk::app {
namespace {

class DataExportDialogTest : public okhotsk::test::EmbeddedDocumentTest {};

TEST_F(DataExportDialogTest, TheCurrentFiltersAreTheShownCategoriesAndTheVisibleRange) {
  TimeController controller(*document);
  EventFilterModel events(controller);
  EXPECT_TRUE(currentExportFilter(events, controller).categories.empty()) << "every category shown";
  events.setCategoryVisible(EventCategory::Trade, false);
  events.setCategoryVisible(EventCategory::Economy, false);
  const DayRange range{daysFromGregorian({1945, 1, 1}), daysFromGregorian({1956, 12, 31})};
  controller.setVisibleRange(range);
  const ExportFilter filter = currentExportFilter(events, controller);
  ASSERT_TRUE(filter.days);
  EXPECT_EQ(*filter.days, controller.visibleRange());
  EXPECT_EQ(filter.categories.size(), static_cast<std::size_t>(kEventCategoryCount - 2));
  EXPECT_EQ(std::count(filter.categories.begin(), filter.categories.end(), EventCategory::Trade), 0);
  EXPECT_EQ(std::count(filter.categories.begin(), filter.categories.end(), EventCategory::Treaty), 1);
}

TEST_F(DataExportDialogTest, WritesWhatTheFiltersShowAsAGeoPackage) {
  QTemporaryDir temp;
  ASSERT_TRUE(temp.isValid());
  ExportFilter filter;
  filter.days = DayRange{daysFromGregorian({1945, 1, 1}), daysFromGregorian({1945, 12, 31})};
  filter.categories = {EventCategory::Military};
  DataExportDialog dialog(*document, filter);
  dialog.setFormat(ExportFormat::GeoPackage);
  dialog.setFilteredOnly(true);
  const QString path = QDir(temp.path()).filePath(QStringLiteral("atlas.gpkg"));
  dialog.setTarget(path);
  ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
  EXPECT_EQ(dialog.result(), QDialog::Accepted);

  LoadResult loaded = loadDataset(path.toStdString());
  ASSERT_TRUE(loaded.dataset) << loaded.diagnostics.toText();
  const auto exported = loaded.dataset->events();
  ASSERT_FALSE(exported.empty());
  EXPECT_LT(exported.size(), document->dataset()->events().size());
  for (const Event& event : exported) {
    EXPECT_EQ(event.category, EventCategory::Military) << event.id;
    EXPECT_TRUE(filter.days->overlaps(event.date.range())) << event.id;
  }
  // Every military event of 1945 in the document is there.
  std::size_t expected = 0;
  for (const Event& event : document->dataset()->events())
    if (event.category == EventCategory::Military && filter.days->overlaps(event.date.range())) ++expected;
  EXPECT_EQ(exported.size(), expected);
  EXPECT_EQ(loaded.dataset->territories().size(), document->dataset()->territories().size());
}

TEST_F(DataExportDialogTest, TheWholeDatasetAsACsvFolder) {
  QTemporaryDir temp;
  ASSERT_TRUE(temp.isValid());
  ExportFilter filter;
  filter.categories = {EventCategory::Treaty};
  DataExportDialog dialog(*document, filter);
  dialog.setFormat(ExportFormat::Csv);
  EXPECT_FALSE(dialog.isFilteredOnly()) << "the whole dataset unless asked";
  const QString folder = QDir(temp.path()).filePath(QStringLiteral("csv"));
  dialog.setTarget(folder);
  ASSERT_TRUE(dialog.exportNow()) << dialog.errorText().toStdString();
  EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("events.csvt"))));
  LoadResult loaded = loadDataset(folder.toStdString());
  ASSERT_TRUE(loaded.dataset) << loaded.diagnostics.toText();
  EXPECT_EQ(loaded.dataset->events().size(), document->dataset()->events().size());
}

TEST_F(DataExportDialogTest, AFailureKeepsTheDialogOpenAndNamesTheFile) {
  QTemporaryDir temp;
  ASSERT_TRUE(temp.isValid());
  DataExportDialog dialog(*document, {});
  dialog.setFormat(ExportFormat::Kml);
  EXPECT_FALSE(dialog.exportNow()) << "no target";
  EXPECT_FALSE(dialog.errorText().isEmpty());
  const QString path = QDir(temp.path()).filePath(QStringLiteral("missing/atlas.kml"));
  dialog.setTarget(path);
  EXPECT_FALSE(dialog.exportNow());
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  EXPECT_TRUE(dialog.errorText().contains(path)) << dialog.errorText().toStdString();
  EXPECT_TRUE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

}  // namespace
}  // namespace okhotsk::app
