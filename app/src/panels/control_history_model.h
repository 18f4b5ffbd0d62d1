// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <span>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// The control history of one territory as a table: interval, administered by, claimed
/// by, kind, basis, both legal positions (for a disputed period), sources; one row per
/// control period in date order. Texts are in the display language.
///
/// The row(s) in force on the current day are marked (bold, highlighted background,
/// InForceRole). setCurrentDay() is cheap: it asks the dataset's index for the state on
/// that day and emits dataChanged only for rows whose mark changed, so it can follow
/// playback. Holds a shared reference to the dataset; resets on datasetChanged and
/// languageChanged, and when another territory is chosen.
class ControlHistoryModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    IntervalColumn,
    AdministeredByColumn,
    ClaimedByColumn,
    KindColumn,
    BasisColumn,
    PositionsColumn,  ///< Japan's and Russia's positions, each attributed, one per line
    SourcesColumn,
    ColumnCount
  };
  enum Role {
    PeriodIdRole = Qt::UserRole + 1,  ///< QString
    InForceRole,                      ///< bool: in force (or possibly in force) on the current day
    FirstDayRole,                     ///< qint64: the first day the period may start
  };

  ControlHistoryModel(const AtlasDocument& document, const DisplaySettings& settings,
                      QObject* parent = nullptr);

  /// Shows the history of a territory (by id); an empty or unknown id empties the table.
  void setTerritory(const QString& territoryId);
  [[nodiscard]] const QString& territoryId() const noexcept { return m_territoryId; }
  /// The territory shown, or nullptr.
  [[nodiscard]] const Territory* territory() const noexcept { return m_territory; }

  /// Moves the "in force" mark to the periods in force on `day`.
  void setCurrentDay(DayNumber day);
  [[nodiscard]] DayNumber currentDay() const noexcept { return m_day; }

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

  [[nodiscard]] const ControlPeriod* periodAt(int row) const noexcept;
  /// Rows in force on the current day: the period (and, inside an imprecise hand-over, the
  /// alternative); -1 where none.
  [[nodiscard]] int inForceRow() const noexcept { return m_inForce; }
  [[nodiscard]] int alternativeRow() const noexcept { return m_alternative; }

 private:
  // The cell text and the tooltip of one period (data() for DisplayRole and ToolTipRole).
  [[nodiscard]] QVariant displayText(const ControlPeriod& period, int column, Language lang) const;
  [[nodiscard]] QString toolTipText(const ControlPeriod& period, int row, int column, Language lang) const;
  void reload();
  void emitRowChanged(int row);
  [[nodiscard]] int rowOfPeriod(const ControlPeriod* period) const noexcept;

  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  std::shared_ptr<const Dataset> m_dataset;
  QString m_territoryId;
  const Territory* m_territory = nullptr;
  std::span<const ControlPeriod> m_periods;
  DayNumber m_day = 0;
  int m_inForce = -1;
  int m_alternative = -1;
};

}  // namespace okhotsk::app
