// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace okhotsk::app {

/// The trade chart's figures as a table: one row per year and source, with Japan's exports,
/// imports and the total (US$ million, current) as the source states them ("nearly 1,900"),
/// the source by short citation (its full citation as the tooltip) and notes (a year the
/// source dates loosely, a total summed here, the dataset's note). The figures are those the
/// chart draws: every figure in US$ million. Qt::UserRole gives each cell's sort key (the year,
/// the value, the source's name); a row without a figure in a column sorts below every figure.
class TradeTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column : int { Year, Exports, Imports, Total, SourceColumn, Notes, ColumnCount };
  /// Qt::UserRole: the sort key.
  static constexpr int kSortRole = Qt::UserRole;

  explicit TradeTableModel(QObject* parent = nullptr);

  /// Shows the figures of `dataset` (nullptr: none). The dataset must outlive its use here.
  void setDataset(const Dataset* dataset);
  /// Says the headers and notes again in the current interface language.
  void retranslate();

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

 private:
  struct Cell {
    double value = 0;
    TradeBound bound = TradeBound::Exact;
    bool derived = false;
    std::string note;
  };
  struct Row {
    int year = 0;
    bool yearUncertain = false;
    std::string sourceId;
    std::array<std::optional<Cell>, 3> flows;  // exports, imports, total
  };

  [[nodiscard]] QString cellText(const Cell& cell) const;
  [[nodiscard]] QString notesText(const Row& row) const;
  [[nodiscard]] QString sourceName(const Row& row) const;

  const Dataset* m_dataset = nullptr;
  std::vector<Row> m_rows;
};

}  // namespace okhotsk::app
