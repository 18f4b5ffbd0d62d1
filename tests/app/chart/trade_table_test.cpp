// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trade figures as a table beside the chart: one row per year and source with the three
// flows as the source states them, checked by QAbstractItemModelTester; sorting by a column
// sorts numbers as numbers; Ctrl+C copies the selected rows as tab-separated text; the chart's
// Table toggle shows and hides it.
#include "chart/trade_chart.h"
#include "chart/trade_table_model.h"
#include "chart/trade_table_view.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <limits>
#include <set>

namespace okhotsk::app {
namespace {

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

// The row of the model whose year column reads `year` and source column `source`, or -1.
int rowOf(const QAbstractItemModel& model, const QString& year, const QString& source) {
  for (int row = 0; row < model.rowCount(); ++row)
    if (model.index(row, TradeTableModel::Year).data().toString() == year &&
        model.index(row, TradeTableModel::SourceColumn).data().toString() == source)
      return row;
  return -1;
}

TEST(TradeTableModelTest, GivesEachYearAndSourceARowWithItsFlows) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(kValid));
  TradeTableModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setDataset(document.dataset());
  EXPECT_EQ(model.columnCount(), 6);
  // src_a: exports 1970, 1972–1975; src_b: a total "nearly 6,000" in 1988.
  ASSERT_EQ(model.rowCount(), 6);
  const int row1970 =
      rowOf(model, QStringLiteral("1970"), QStringLiteral("Example Ministry, Fixture page A"));
  ASSERT_GE(row1970, 0);
  EXPECT_EQ(model.index(row1970, TradeTableModel::Exports).data().toString(), QStringLiteral("341"));
  EXPECT_EQ(model.index(row1970, TradeTableModel::Exports).data(TradeTableModel::kSortRole).toDouble(),
            341.0);
  EXPECT_TRUE(model.index(row1970, TradeTableModel::Imports).data().toString().isEmpty());
  const int row1988 = rowOf(model, QStringLiteral("1988"), QStringLiteral("Example Archive, Fixture page B"));
  ASSERT_GE(row1988, 0);
  EXPECT_EQ(model.index(row1988, TradeTableModel::Total).data().toString(), QStringLiteral("nearly 6,000"));
  EXPECT_FALSE(
      model.index(row1988, TradeTableModel::SourceColumn).data(Qt::ToolTipRole).toString().isEmpty());
  EXPECT_EQ(model.headerData(TradeTableModel::Year, Qt::Horizontal).toString(), QStringLiteral("Year"));

  model.setDataset(nullptr);
  EXPECT_EQ(model.rowCount(), 0);
}

TEST(TradeTableModelTest, HoldsEveryFigureTheChartDrawsOnTheEmbeddedDataset) {
  AtlasDocument document;
  ASSERT_TRUE(document.openEmbedded());
  TradeTableModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setDataset(document.dataset());
  int figures = 0;
  for (const TradeSeries& series : document.dataset()->tradeSeries())
    if (series.unit == "USD_million_current")
      for (const TradeSeriesPoint& point : series.points)
        if (point.value && point.observation != nullptr) ++figures;
  int cells = 0;
  for (int row = 0; row < model.rowCount(); ++row)
    for (int column : {TradeTableModel::Exports, TradeTableModel::Imports, TradeTableModel::Total})
      if (!model.index(row, column).data().toString().isEmpty()) ++cells;
  EXPECT_GT(figures, 100);
  EXPECT_EQ(cells, figures);
  EXPECT_LT(model.rowCount(), figures);  // the flows of a year and source share a row
}

class TradeTableViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.openEmbedded());
    view.tradeModel()->setDataset(document.dataset());
    view.resize(800, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
  }
  AtlasDocument document;
  TradeTableView view;
};

TEST_F(TradeTableViewTest, SortsAColumnsFiguresAsNumbers) {
  QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  view.sortByColumn(TradeTableModel::Total, Qt::DescendingOrder);
  const QAbstractItemModel& shown = *view.model();
  double previous = std::numeric_limits<double>::infinity();
  int figures = 0;
  for (int row = 0; row < shown.rowCount(); ++row) {
    const QModelIndex index = shown.index(row, TradeTableModel::Total);
    const double value = index.data(TradeTableModel::kSortRole).toDouble();
    EXPECT_LE(value, previous) << "row " << row;
    previous = value;
    if (!index.data().toString().isEmpty()) ++figures;
  }
  ASSERT_GT(figures, 10);
  // The largest total first: larger than the second, whatever their digits (not "9" > "10").
  EXPECT_GT(shown.index(0, TradeTableModel::Total).data(TradeTableModel::kSortRole).toDouble(),
            shown.index(figures - 1, TradeTableModel::Total).data(TradeTableModel::kSortRole).toDouble());
  view.sortByColumn(TradeTableModel::Year, Qt::AscendingOrder);
  for (int row = 1; row < shown.rowCount(); ++row)
    EXPECT_LE(shown.index(row - 1, 0).data(TradeTableModel::kSortRole).toInt(),
              shown.index(row, 0).data(TradeTableModel::kSortRole).toInt());
}

TEST_F(TradeTableViewTest, CtrlCCopiesTheSelectedRowsAsTabSeparatedText) {
  view.sortByColumn(TradeTableModel::Year, Qt::AscendingOrder);
  view.selectionModel()->select(view.model()->index(2, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
  view.selectionModel()->select(view.model()->index(4, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
  QApplication::clipboard()->clear();
  QTest::keySequence(&view, QKeySequence::Copy);
  const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 3) << QApplication::clipboard()->text().toStdString();
  EXPECT_EQ(lines[0].split(u'\t').size(), 6);
  EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Year\t")));
  for (int i : {1, 2}) {
    const QStringList fields = lines[i].split(u'\t');
    ASSERT_EQ(fields.size(), 6) << lines[i].toStdString();
    const int row = i == 1 ? 2 : 4;
    for (int column = 0; column < 6; ++column)
      EXPECT_EQ(fields[column], view.model()->index(row, column).data().toString().replace(u'\n', u' '));
  }
}

TEST(TradeChartTableTest, TheChartsToggleShowsTheTableBesideIt) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(kValid));
  TimeController controller(document);
  DisplaySettings settings;
  TradeChart chart(controller, document, settings);
  chart.resize(900, 360);
  chart.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
  ASSERT_NE(chart.tableView(), nullptr);
  EXPECT_FALSE(chart.isTableShown());
  EXPECT_FALSE(chart.tableView()->isVisible());
  chart.tableToggle()->click();
  QApplication::processEvents();
  EXPECT_TRUE(chart.isTableShown());
  EXPECT_TRUE(chart.tableView()->isVisible());
  EXPECT_EQ(chart.tableView()->model()->rowCount(), 6);
  // Beside the chart, not over it.
  const QRect table(chart.tableView()->mapTo(&chart, QPoint(0, 0)), chart.tableView()->size());
  const QRect plot(chart.chartView()->mapTo(&chart, QPoint(0, 0)), chart.chartView()->size());
  EXPECT_FALSE(table.intersects(plot));
  // The chart keeps the larger part of the width.
  EXPECT_GT(plot.width(), table.width());
  chart.tableToggle()->click();
  QApplication::processEvents();
  EXPECT_FALSE(chart.tableView()->isVisible());
}

}  // namespace
}  // namespace okhotsk::app
