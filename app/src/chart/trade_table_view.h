// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace okhotsk::app {

class TradeTableModel;

/// The trade figures as a sortable table (click a header; numbers sort as numbers, years
/// without a figure in that column last). Ctrl+C copies the selected rows, or every row when
/// none is selected, as tab-separated text with a header line, as a spreadsheet pastes it.
class TradeTableView : public QTableView {
  Q_OBJECT

 public:
  explicit TradeTableView(QWidget* parent = nullptr);

  [[nodiscard]] TradeTableModel* tradeModel() const noexcept { return m_model; }
  /// The rows Ctrl+C copies, as tab-separated text (header line first), in the shown order.
  [[nodiscard]] QString selectionAsTsv() const;
  /// Copies selectionAsTsv() to the clipboard.
  void copySelection() const;

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  TradeTableModel* m_model = nullptr;
  QSortFilterProxyModel* m_proxy = nullptr;
};

}  // namespace okhotsk::app
