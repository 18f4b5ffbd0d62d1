// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/event_list_model.h"

#include "text/map_texts.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {
constexpr double kDaysPerYear = 365.2425;

QString qs(const std::string& text) {
  return QString::fromStdString(text);
}
}  // namespace

// --- EventListModel -------------------------------------------------------------------

EventListModel::EventListModel(const AtlasDocument& document, const DisplaySettings& settings,
                               QObject* parent)
    : QAbstractTableModel(parent),
      m_document(document),
      m_settings(settings),
      m_dataset(document.sharedDataset()) {
  connect(&document, &AtlasDocument::datasetChanged, this, &EventListModel::reload);
  connect(&settings, &DisplaySettings::languageChanged, this, &EventListModel::reload);
}

void EventListModel::reload() {
  beginResetModel();
  m_dataset = m_document.sharedDataset();
  endResetModel();
}

Language EventListModel::language() const noexcept {
  return m_settings.language();
}

int EventListModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !m_dataset) return 0;
  return static_cast<int>(m_dataset->events().size());
}

int EventListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

const Event* EventListModel::eventAt(int row) const noexcept {
  if (!m_dataset || row < 0) return nullptr;
  const auto events = m_dataset->events();
  const auto index = static_cast<std::size_t>(row);
  return index < events.size() ? &events[index] : nullptr;
}

int EventListModel::rowOf(const QString& eventId) const {
  if (!m_dataset || eventId.isEmpty()) return -1;
  return static_cast<int>(m_dataset->eventIndex(eventId.toStdString()));
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Event* event = eventAt(index.row());
  if (!event) return {};
  const Language lang = language();
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case DateColumn:
          return qs(formatEdtf(event->date, lang));
        case TitleColumn:
          return qs(event->title.get(lang));
        case CategoryColumn:
          return eventCategoryName(event->category);
        case ConfidenceColumn:
          return event->confidence == Confidence::Unconfirmed ? tr("Unconfirmed") : tr("Confirmed");
        default:
          return {};
      }
    case Qt::ToolTipRole:
      if (index.column() == TitleColumn) {
        QString tip = qs(event->summary.get(lang));
        if (event->confidence == Confidence::Unconfirmed) tip = tr("Unconfirmed.") + QLatin1Char(' ') + tip;
        return tip;
      }
      if (index.column() == DateColumn) return qs(event->date.toString());
      return {};
    case Qt::DecorationRole:
      // A QColor decoration is drawn as a swatch: the same colour as on the map and timeline.
      // The title carries it too, for lists too narrow for the category column.
      if (index.column() == CategoryColumn || index.column() == TitleColumn)
        return palette::categoryColour(event->category);
      return {};
    case Qt::ForegroundRole:
      if (index.column() == ConfidenceColumn && event->confidence == Confidence::Unconfirmed)
        return palette::highlight();
      return {};
    case Qt::FontRole:
      if (event->confidence != Confidence::Unconfirmed) return {};
      if (index.column() == ConfidenceColumn) {
        QFont font;
        font.setBold(true);
        return font;
      }
      if (index.column() == TitleColumn) {  // unconfirmed events stand out even without that column
        QFont font;
        font.setItalic(true);
        return font;
      }
      return {};
    case IdRole:
      return qs(event->id);
    case CategoryRole:
      return static_cast<int>(event->category);
    case ConfidenceRole:
      return static_cast<int>(event->confidence);
    case FirstDayRole:
      return static_cast<qint64>(event->date.earliest());
    case LastDayRole:
      return static_cast<qint64>(event->date.latest());
    case SortRole:
      switch (index.column()) {
        // Rows are in date order already; the row number breaks ties by the dataset's order.
        case DateColumn:
          return index.row();
        case TitleColumn:
          return qs(event->title.get(lang));
        case CategoryColumn:
          return static_cast<int>(event->category);
        case ConfidenceColumn:
          return static_cast<int>(event->confidence);
        default:
          return {};
      }
    default:
      return {};
  }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case DateColumn:
      return tr("Date");
    case TitleColumn:
      return tr("Event");
    case CategoryColumn:
      return tr("Category");
    case ConfidenceColumn:
      return tr("Confidence");
    default:
      return {};
  }
}

QHash<int, QByteArray> EventListModel::roleNames() const {
  QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
  names.insert(IdRole, "eventId");
  names.insert(CategoryRole, "category");
  names.insert(ConfidenceRole, "confidence");
  names.insert(FirstDayRole, "firstDay");
  names.insert(LastDayRole, "lastDay");
  names.insert(SortRole, "sortKey");
  return names;
}

// --- EventFilterModel -----------------------------------------------------------------

EventFilterModel::EventFilterModel(const TimeController& controller, QObject* parent)
    : QSortFilterProxyModel(parent), m_controller(controller) {
  setSortRole(EventListModel::SortRole);
  setDynamicSortFilter(true);
  connect(&controller, &TimeController::currentDayChanged, this, [this] {
    if (m_nearEnabled) updateNearWindow(false);
  });
}

void EventFilterModel::setSourceModel(QAbstractItemModel* sourceModel) {
  if (m_events) disconnect(m_events, nullptr, this, nullptr);
  m_events = qobject_cast<const EventListModel*>(sourceModel);
  Q_ASSERT(m_events || !sourceModel);
  QSortFilterProxyModel::setSourceModel(sourceModel);
  if (m_events) {
    // After a reset the rows are another dataset's events: the near window holds row
    // numbers, so it is recomputed (the base class has already re-filtered by then, with the
    // stale window; filtering again is cheap and happens only on a dataset or language change).
    connect(m_events, &QAbstractItemModel::modelReset, this, [this] { updateNearWindow(true); });
  }
  updateNearWindow(true);
}

void EventFilterModel::setCategoryVisible(EventCategory category, bool visible) {
  const auto bit = static_cast<std::size_t>(category);
  if (m_hiddenCategories.test(bit) == !visible) return;
  m_hiddenCategories.set(bit, !visible);
  refilter();
}

bool EventFilterModel::isCategoryVisible(EventCategory category) const noexcept {
  return !m_hiddenCategories.test(static_cast<std::size_t>(category));
}

void EventFilterModel::showAllCategories() {
  if (m_hiddenCategories.none()) return;
  m_hiddenCategories.reset();
  refilter();
}

void EventFilterModel::setSearchText(const QString& text) {
  const QString trimmed = text.trimmed();
  if (trimmed == m_searchText) return;
  m_searchText = trimmed;
  refilter();
}

void EventFilterModel::setNearCurrentDate(bool enabled) {
  if (enabled == m_nearEnabled) return;
  m_nearEnabled = enabled;
  updateNearWindow(true);
}

void EventFilterModel::setNearYears(int years) {
  years = std::max(0, years);
  if (years == m_nearYears) return;
  m_nearYears = years;
  if (m_nearEnabled) updateNearWindow(true);
}

const Event* EventFilterModel::eventAt(int proxyRow) const {
  if (!m_events) return nullptr;
  const QModelIndex source = mapToSource(index(proxyRow, 0));
  return source.isValid() ? m_events->eventAt(source.row()) : nullptr;
}

void EventFilterModel::refilter() {
  invalidateFilter();
  Q_EMIT filterChanged();
}

void EventFilterModel::updateNearWindow(bool forceInvalidate) {
  m_scratchRows.clear();
  const Dataset* dataset = m_events ? m_events->dataset() : nullptr;
  if (m_nearEnabled && dataset) {
    const auto halfWidth = static_cast<DayNumber>(std::llround(m_nearYears * kDaysPerYear));
    const DayNumber day = m_controller.currentDay();
    dataset->eventIndicesIn(DayRange{day - halfWidth, day + halfWidth}, m_scratchRows);
    std::sort(m_scratchRows.begin(), m_scratchRows.end());
  }
  if (!forceInvalidate && m_scratchRows == m_nearRows) return;
  m_nearRows.swap(m_scratchRows);
  refilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  if (sourceParent.isValid() || !m_events) return false;
  const Event* event = m_events->eventAt(sourceRow);
  if (!event) return false;
  if (m_hiddenCategories.test(static_cast<std::size_t>(event->category))) return false;
  if (m_nearEnabled &&
      !std::binary_search(m_nearRows.begin(), m_nearRows.end(), static_cast<std::size_t>(sourceRow)))
    return false;
  if (!m_searchText.isEmpty()) {
    const Language lang = m_events->language();
    const auto matches = [this](const std::string& text) {
      return !text.empty() && QString::fromStdString(text).contains(m_searchText, Qt::CaseInsensitive);
    };
    const bool found =
        matches(event->title.get(lang)) || matches(event->summary.get(lang)) ||
        (lang != Language::English && (matches(event->title.en) || matches(event->summary.en)));
    if (!found) return false;
  }
  return true;
}

}  // namespace okhotsk::app
