// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QString>

#include <bitset>
#include <memory>
#include <vector>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class TimeController;

/// The dataset's events as a table (date, title, category, confidence), one row per event
/// in the dataset's date order.
///
/// Reads the document's dataset and holds a shared reference to it, so rows stay valid
/// between the document swapping datasets and this model's reset. Resets on datasetChanged
/// and languageChanged (every displayed text depends on the language).
class EventListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { DateColumn, TitleColumn, CategoryColumn, ConfidenceColumn, ColumnCount };
  enum Role {
    IdRole = Qt::UserRole + 1,  ///< QString, the event id ("E013")
    CategoryRole,               ///< int, static_cast of EventCategory
    ConfidenceRole,             ///< int, static_cast of Confidence
    FirstDayRole,               ///< qint64, the first day the date may denote
    LastDayRole,                ///< qint64, the last day the date may denote
    SortRole,                   ///< a per-column key that sorts as a historian expects (dates by day)
  };

  EventListModel(const AtlasDocument& document, const DisplaySettings& settings, QObject* parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  /// The event of a row, or nullptr.
  [[nodiscard]] const Event* eventAt(int row) const noexcept;
  /// The row of an event id, or -1.
  [[nodiscard]] int rowOf(const QString& eventId) const;
  [[nodiscard]] const Dataset* dataset() const noexcept { return m_dataset.get(); }
  [[nodiscard]] Language language() const noexcept;

 private:
  void reload();

  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  std::shared_ptr<const Dataset> m_dataset;
};

/// Filters an EventListModel by category, by a search text and, optionally, to the events
/// within ±N years of the controller's current date; sorts by date (SortRole).
///
/// Listens to the controller for the "near the current date" filter and re-filters only when
/// the set of events in the window changes, so playback does not re-filter every frame.
class EventFilterModel : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  explicit EventFilterModel(const TimeController& controller, QObject* parent = nullptr);

  /// Must be an EventListModel (the filter reads its events).
  void setSourceModel(QAbstractItemModel* sourceModel) override;

  void setCategoryVisible(EventCategory category, bool visible);
  [[nodiscard]] bool isCategoryVisible(EventCategory category) const noexcept;
  /// Shows every category again.
  void showAllCategories();

  /// Case-insensitive text searched in the title and summary, in the display language and
  /// in English; empty shows everything.
  void setSearchText(const QString& text);
  [[nodiscard]] const QString& searchText() const noexcept { return m_searchText; }

  void setNearCurrentDate(bool enabled);
  [[nodiscard]] bool isNearCurrentDate() const noexcept { return m_nearEnabled; }
  /// The half-width of the "near" window in years (default 10).
  void setNearYears(int years);
  [[nodiscard]] int nearYears() const noexcept { return m_nearYears; }

  /// The event of a proxy row, or nullptr.
  [[nodiscard]] const Event* eventAt(int proxyRow) const;

 Q_SIGNALS:
  void filterChanged();

 protected:
  [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  void updateNearWindow(bool forceInvalidate);
  void refilter();

  const TimeController& m_controller;
  const EventListModel* m_events = nullptr;
  std::bitset<kEventCategoryCount> m_hiddenCategories;
  QString m_searchText;
  bool m_nearEnabled = false;
  int m_nearYears = 10;
  std::vector<std::size_t> m_nearRows;     // events overlapping the window, in row order
  std::vector<std::size_t> m_scratchRows;  // reused to avoid allocating on every date change
};

}  // namespace okhotsk::app
