// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/diagnostics.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace okhotsk::app {

/// Problems found while loading a dataset (okhotsk::Diagnostics) as a table: severity
/// (with an icon), file, layer, feature, field, message. Owns a copy of the diagnostics, so
/// the document may load another dataset while a dialog still shows the old list.
class DiagnosticsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    SeverityColumn,
    FileColumn,
    LayerColumn,
    FeatureColumn,
    FieldColumn,
    MessageColumn,
    ColumnCount
  };
  enum Role {
    SeverityRole = Qt::UserRole + 1,  ///< int, static_cast of okhotsk::Severity
    ReportLineRole,                   ///< QString, Diagnostic::toString() (for copies and reports)
  };

  explicit DiagnosticsModel(QObject* parent = nullptr);

  void setDiagnostics(const Diagnostics& diagnostics);
  /// Tells the views that the words of the headers and the severity column changed (the
  /// interface language did; the owning dialog calls it on QEvent::LanguageChange).
  void retranslate();
  [[nodiscard]] const Diagnostics& diagnostics() const noexcept { return m_diagnostics; }

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

  [[nodiscard]] static QString severityText(Severity severity);

 private:
  Diagnostics m_diagnostics;
};

/// Shows only the severities asked for (errors, warnings, notes), for the dialog's filter.
class DiagnosticsFilterModel : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  using QSortFilterProxyModel::QSortFilterProxyModel;

  void setSeverityVisible(Severity severity, bool visible);
  [[nodiscard]] bool isSeverityVisible(Severity severity) const noexcept;

 protected:
  [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  unsigned m_hidden = 0;  // bit per Severity
};

}  // namespace okhotsk::app
