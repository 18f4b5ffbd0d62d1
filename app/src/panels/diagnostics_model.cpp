// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/diagnostics_model.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStyle>

namespace okhotsk::app {

namespace {
QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

unsigned severityBit(Severity severity) {
  return 1U << static_cast<unsigned>(severity);
}
}  // namespace

DiagnosticsModel::DiagnosticsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(const Diagnostics& diagnostics) {
  beginResetModel();
  m_diagnostics = diagnostics;
  endResetModel();
}

void DiagnosticsModel::retranslate() {
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (rowCount() > 0)
    Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DisplayRole});
}

QString DiagnosticsModel::severityText(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return tr("Error");
    case Severity::Warning:
      return tr("Warning");
    case Severity::Info:
      return tr("Note");
  }
  return {};
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Diagnostic& item = m_diagnostics.items()[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case SeverityColumn:
          return severityText(item.severity);
        // The file name is enough in the table (all files sit in one dataset folder); the
        // full path is in the tooltip and in the report.
        case FileColumn:
          return QFileInfo(qs(item.file)).fileName();
        case LayerColumn:
          return qs(item.layer);
        case FeatureColumn:
          return qs(item.featureId);
        case FieldColumn:
          return qs(item.field);
        case MessageColumn:
          return qs(item.message);
        default:
          return {};
      }
    case Qt::ToolTipRole:
      if (index.column() == FileColumn) return qs(item.file);
      if (index.column() == MessageColumn) return qs(item.message);
      return {};
    case Qt::DecorationRole:
      if (index.column() != SeverityColumn || !qApp) return {};
      switch (item.severity) {
        case Severity::Error:
          return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
          return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
          return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
      }
      return {};
    case SeverityRole:
      return static_cast<int>(item.severity);
    case ReportLineRole:
      return qs(item.toString());
    default:
      return {};
  }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SeverityColumn:
      return tr("Severity");
    case FileColumn:
      return tr("File");
    case LayerColumn:
      return tr("Layer");
    case FeatureColumn:
      return tr("Feature");
    case FieldColumn:
      return tr("Field");
    case MessageColumn:
      return tr("Message");
    default:
      return {};
  }
}

void DiagnosticsFilterModel::setSeverityVisible(Severity severity, bool visible) {
  const unsigned hidden = visible ? (m_hidden & ~severityBit(severity)) : (m_hidden | severityBit(severity));
  if (hidden == m_hidden) return;
  m_hidden = hidden;
  invalidateFilter();
}

bool DiagnosticsFilterModel::isSeverityVisible(Severity severity) const noexcept {
  return (m_hidden & severityBit(severity)) == 0;
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
  const auto severity = static_cast<Severity>(index.data(DiagnosticsModel::SeverityRole).toInt());
  return isSeverityVisible(severity);
}

}  // namespace okhotsk::app
