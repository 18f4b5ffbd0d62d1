// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_table_model.h"

#include "chart/trade_chart_text.h"
#include "text/panel_text.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <tuple>

namespace okhotsk::app {

namespace {

std::size_t flowSlot(TradeFlow flow) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return 0;
    case TradeFlow::JapanImports:
      return 1;
    case TradeFlow::Total:
      return 2;
  }
  return 2;
}

}  // namespace

TradeTableModel::TradeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TradeTableModel::setDataset(const Dataset* dataset) {
  beginResetModel();
  m_dataset = dataset;
  m_rows.clear();
  if (dataset != nullptr) {
    for (const TradeSeries& series : dataset->tradeSeries()) {
      // The chart's axis is in US$ million; figures in another unit are not among its figures.
      if (series.unit != "USD_million_current") continue;
      const std::size_t slot = flowSlot(series.flow);
      for (const TradeSeriesPoint& point : series.points) {
        if (!point.value || point.observation == nullptr) continue;
        const TradeObservation& observation = *point.observation;
        // The row of this year and source that has no figure of this flow yet, or a new one.
        auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& candidate) {
          return candidate.year == point.year && candidate.sourceId == series.sourceId &&
                 !candidate.flows[slot].has_value();
        });
        if (row == m_rows.end()) {
          m_rows.push_back({point.year, false, series.sourceId, {}});
          row = std::prev(m_rows.end());
        }
        row->yearUncertain = row->yearUncertain || observation.yearUncertain;
        row->flows[slot] = Cell{*point.value, observation.bound, observation.derived, observation.note};
      }
    }
  }
  std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.year, a.sourceId) < std::tie(b.year, b.sourceId);
  });
  endResetModel();
}

void TradeTableModel::retranslate() {
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TradeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradeTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString TradeTableModel::cellText(const Cell& cell) const {
  const QString number = QLocale().toString(cell.value, 'f', QLocale::FloatingPointShortest);
  // A figure under the series' reporting threshold, briefly: the chart's long wording would
  // make its column as wide as the table.
  QString text =
      cell.bound == TradeBound::BelowThreshold
          ? tr("%1 (below threshold)", "a trade figure under the series' reporting threshold").arg(number)
          : TradeChartText::boundedValue(cell.bound, number);
  if (cell.derived)
    text = tr("%1 (summed)", "a trade figure summed in the dataset from the two flows").arg(text);
  return text;
}

QString TradeTableModel::notesText(const Row& row) const {
  QStringList notes;
  if (row.yearUncertain) notes << tr("year uncertain");
  for (const auto& cell : row.flows)
    if (cell && !cell->note.empty()) notes << panel_text::qs(cell->note);
  notes.removeDuplicates();
  return notes.join(QStringLiteral("; "));
}

QString TradeTableModel::sourceName(const Row& row) const {
  const Source* source = m_dataset != nullptr ? m_dataset->source(row.sourceId) : nullptr;
  return source != nullptr ? panel_text::shortCitation(source->citation) : panel_text::qs(row.sourceId);
}

QVariant TradeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
  const Row& row = m_rows[static_cast<std::size_t>(index.row())];
  const int column = index.column();
  if (column == Year) {
    if (role == Qt::DisplayRole)
      return row.yearUncertain ? tr("%1?", "a year the source gives only loosely").arg(row.year)
                               : QString::number(row.year);
    if (role == kSortRole) return row.year;
    if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  }
  if (column == Exports || column == Imports || column == Total) {
    const auto& cell = row.flows[static_cast<std::size_t>(column - Exports)];
    if (role == Qt::DisplayRole) return cell ? cellText(*cell) : QString();
    if (role == kSortRole) return cell ? cell->value : -std::numeric_limits<double>::infinity();
    if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  }
  if (column == SourceColumn) {
    if (role == Qt::DisplayRole || role == kSortRole) return sourceName(row);
    if (role == Qt::ToolTipRole) {
      const Source* source = m_dataset != nullptr ? m_dataset->source(row.sourceId) : nullptr;
      return source != nullptr ? panel_text::qs(source->citation) : QString();
    }
    return {};
  }
  if (role == Qt::DisplayRole || role == kSortRole || role == Qt::ToolTipRole) return notesText(row);
  return {};
}

QVariant TradeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Year:
      return tr("Year");
    case Exports:
      return tr("Exports (US$ million)", "Japan's exports to Russia / the USSR");
    case Imports:
      return tr("Imports (US$ million)", "Japan's imports from Russia / the USSR");
    case Total:
      return tr("Total (US$ million)");
    case SourceColumn:
      return tr("Source");
    case Notes:
      return tr("Notes");
    default:
      return {};
  }
}

}  // namespace okhotsk::app
