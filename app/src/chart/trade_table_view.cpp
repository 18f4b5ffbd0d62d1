// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_table_view.h"

#include "chart/trade_table_model.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <algorithm>

namespace okhotsk::app {

namespace {

// A cell's text for a TSV line: tabs and line breaks would split it.
QString tsvField(QString text) {
  text.replace(u'\t', u' ');
  text.replace(u'\n', u' ');
  return text;
}

}  // namespace

TradeTableView::TradeTableView(QWidget* parent) : QTableView(parent) {
  m_model = new TradeTableModel(this);
  m_proxy = new QSortFilterProxyModel(this);
  m_proxy->setSourceModel(m_model);
  m_proxy->setSortRole(TradeTableModel::kSortRole);
  setModel(m_proxy);
  setSortingEnabled(true);
  sortByColumn(TradeTableModel::Year, Qt::AscendingOrder);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setAlternatingRowColors(true);
  setWordWrap(false);
  verticalHeader()->hide();
  horizontalHeader()->setStretchLastSection(true);
  setObjectName(QStringLiteral("tradeTable"));
}

QString TradeTableView::selectionAsTsv() const {
  QList<int> rows;
  if (selectionModel() != nullptr)
    for (const QModelIndex& index : selectionModel()->selectedRows()) rows << index.row();
  if (rows.isEmpty())
    for (int row = 0; row < m_proxy->rowCount(); ++row) rows << row;
  std::sort(rows.begin(), rows.end());
  QStringList lines;
  QStringList header;
  for (int column = 0; column < m_proxy->columnCount(); ++column)
    header << tsvField(m_proxy->headerData(column, Qt::Horizontal).toString());
  lines << header.join(u'\t');
  for (int row : rows) {
    QStringList fields;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
      fields << tsvField(m_proxy->index(row, column).data().toString());
    lines << fields.join(u'\t');
  }
  return lines.join(u'\n') + u'\n';
}

void TradeTableView::copySelection() const {
  QApplication::clipboard()->setText(selectionAsTsv());
}

void TradeTableView::keyPressEvent(QKeyEvent* event) {
  if (event->matches(QKeySequence::Copy)) {
    copySelection();
    event->accept();
    return;
  }
  QTableView::keyPressEvent(event);
}

void TradeTableView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) m_model->retranslate();
  QTableView::changeEvent(event);
}

}  // namespace okhotsk::app
