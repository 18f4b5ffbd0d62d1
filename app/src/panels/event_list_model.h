// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QString>

#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class TimeController;

/// The dataset's events as a table (date, title, category, confidence), one row per event
/// in the dataset's date order.
///
/// A row is an index into the dataset's events; its texts are made in data() when a view asks
/// for them, so a reset or a language switch costs nothing per row, whatever the dataset's
/// size. Reads the document's dataset and holds a shared reference to it, so rows stay valid
/// between the document swapping datasets and this model's reset. Resets on datasetChanged;
/// on languageChanged the rows stay and every cell and header announce a change
/// (dataChanged, headerDataChanged).
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
  void announceLanguage();

  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  std::shared_ptr<const Dataset> m_dataset;
};

/// The search keys of a dataset's events in one language: per event, its title and summary
/// in that language and in English, case-folded, in one buffer (so a search is one pass of
/// memmem over it). Built when first searched; about the size of the texts in UTF-8.
class EventSearchIndex {
 public:
  /// Folds the events' texts; empty for no dataset.
  void build(const Dataset* dataset, Language language);
  void clear();
  [[nodiscard]] bool isBuilt() const noexcept { return m_built; }
  /// Fills `out` (cleared first) with the indices, ascending, of the events whose key holds
  /// `foldedNeedle` (UTF-8, case-folded as by QString::toCaseFolded; not empty).
  void find(std::string_view foldedNeedle, std::vector<int>& out) const;
  /// The same among `candidates` (ascending) only: after typing one more letter, the events
  /// that matched the shorter text.
  void findAmong(std::string_view foldedNeedle, const std::vector<int>& candidates,
                 std::vector<int>& out) const;
  /// `text` case-folded, in UTF-8, as the keys are.
  [[nodiscard]] static std::string fold(const QString& text);

 private:
  bool m_built = false;
  std::string m_text;                 // each event's fields, each followed by a NUL
  std::vector<std::size_t> m_starts;  // event i's fields start at m_starts[i]; one more at the end
};

/// Filters an EventListModel by category, by a search text and, optionally, to the events
/// within ±N years of the controller's current date; sorts by a column (by date when asked for
/// DateColumn, as SortRole does).
///
/// Made for 100,000 events: it keeps the source rows in sort order and the shown rows in a
/// vector, so a change of filter is one pass over the events and one layoutChanged (the
/// views keep their current and selected rows when these stay shown), and a search scans
/// pre-folded keys (EventSearchIndex) instead of converting every event's text. Listens to
/// the controller for the "near the current date" filter and re-filters only when the set of
/// events in the window changes, so playback does not re-filter every frame.
class EventFilterModel : public QAbstractProxyModel {
  Q_OBJECT

 public:
  explicit EventFilterModel(const TimeController& controller, QObject* parent = nullptr);

  /// Must be an EventListModel (the filter reads its events).
  void setSourceModel(QAbstractItemModel* sourceModel) override;

  [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
  [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] bool hasChildren(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
  [[nodiscard]] QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;
  /// Sorts by a column's SortRole order (ties in date order); column -1 is the date order.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  [[nodiscard]] int sortColumn() const noexcept { return m_sortColumn; }
  [[nodiscard]] Qt::SortOrder sortOrder() const noexcept { return m_sortOrder; }

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

 private:
  void updateNearWindow(bool forceInvalidate);
  /// Recomputes the shown rows inside a layout change and emits filterChanged.
  void refilter();
  /// The shown rows from m_order and the filters (no signals).
  void computeRows();
  /// m_order from the sort column and order (no signals).
  void computeOrder();
  void onSourceReset();
  void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
  /// Replaces the shown rows inside layoutAboutToBeChanged/layoutChanged, moving the
  /// persistent indexes (the views' current and selected rows) with their events.
  template <typename Change>
  void changeLayout(Change&& change,
                    QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
  /// The events overlapping the "near" window, ascending (none while it is off).
  void nearRowsInto(std::vector<std::size_t>& out) const;

  const TimeController& m_controller;
  const EventListModel* m_events = nullptr;
  std::bitset<kEventCategoryCount> m_hiddenCategories;
  QString m_searchText;
  std::string m_foldedSearch;  // m_searchText case-folded, in UTF-8
  bool m_nearEnabled = false;
  int m_nearYears = 10;
  int m_sortColumn = -1;
  Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
  std::vector<int> m_order;             // every source row, in sort order
  std::vector<int> m_rows;              // proxy row -> source row
  std::vector<int> m_proxyRowOf;        // source row -> proxy row, or -1
  std::vector<int> m_matches;           // source rows matching m_matchesFor, ascending
  std::vector<int> m_scratchMatches;    // reused by an incremental search
  std::string m_matchesFor;             // the folded search that m_matches answers; empty: none
  std::vector<unsigned char> m_accept;  // scratch: per source row, the filters that take it
  EventSearchIndex m_search;
  std::vector<std::size_t> m_nearRows;     // events overlapping the window, in row order
  std::vector<std::size_t> m_scratchRows;  // reused to avoid allocating on every date change
};

}  // namespace okhotsk::app
