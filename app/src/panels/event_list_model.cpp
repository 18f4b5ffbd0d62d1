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
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>

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
  connect(&settings, &DisplaySettings::languageChanged, this, &EventListModel::announceLanguage);
}

void EventListModel::announceLanguage() {
  // The same rows in another language: views redraw what they show, filters and sorts that
  // read the texts refresh (EventFilterModel), and nothing is built per row here.
  Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  const int rows = rowCount();
  if (rows > 0) Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
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

// --- EventSearchIndex -----------------------------------------------------------------

namespace {

// Appends `text` case-folded, then a NUL (so no match spans two fields). ASCII, most of the
// English text, is folded here byte by byte; the rest through QString, as the search text is.
void appendFolded(std::string& out, const std::string& text) {
  const std::size_t start = out.size();
  out += text;
  bool ascii = true;
  for (char* c = out.data() + start; c != out.data() + out.size(); ++c) {
    const auto byte = static_cast<unsigned char>(*c);
    if (byte >= 0x80) {
      ascii = false;
      break;
    }
    if (byte >= 'A' && byte <= 'Z') *c = static_cast<char>(byte - 'A' + 'a');
  }
  if (!ascii) {
    out.resize(start);
    out += QString::fromStdString(text).toCaseFolded().toStdString();
  }
  out.push_back('\0');
}

}  // namespace

std::string EventSearchIndex::fold(const QString& text) {
  return text.toCaseFolded().toStdString();
}

void EventSearchIndex::clear() {
  m_built = false;
  m_text = std::string();
  m_starts = std::vector<std::size_t>();
}

void EventSearchIndex::build(const Dataset* dataset, Language language) {
  clear();
  m_built = true;
  const auto events = dataset ? dataset->events() : std::span<const Event>();
  // A language without its own text shows the English one: that is searched once.
  const auto fields = [language](const Event& event) {
    std::array<const std::string*, 4> texts{&event.title.get(language), &event.summary.get(language), nullptr,
                                            nullptr};
    if (&event.title.en != texts[0]) texts[2] = &event.title.en;
    if (&event.summary.en != texts[1]) texts[3] = &event.summary.en;
    return texts;
  };
  std::size_t size = 0;
  for (const Event& event : events)
    for (const std::string* text : fields(event))
      if (text) size += text->size() + 1;
  m_text.reserve(size);
  m_starts.reserve(events.size() + 1);
  for (const Event& event : events) {
    m_starts.push_back(m_text.size());
    for (const std::string* text : fields(event))
      if (text) appendFolded(m_text, *text);
  }
  m_starts.push_back(m_text.size());
}

void EventSearchIndex::find(std::string_view foldedNeedle, std::vector<int>& out) const {
  out.clear();
  if (foldedNeedle.empty() || m_starts.size() < 2) return;
  const std::string_view text(m_text);
  std::size_t from = 0;
  while (true) {
    const std::size_t at = text.find(foldedNeedle, from);
    if (at == std::string_view::npos) break;
    // The event whose fields hold the match; the search goes on from the next event.
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), at);
    out.push_back(static_cast<int>(next - m_starts.begin()) - 1);
    if (next == m_starts.end()) break;
    from = *next;
  }
}

void EventSearchIndex::findAmong(std::string_view foldedNeedle, const std::vector<int>& candidates,
                                 std::vector<int>& out) const {
  out.clear();
  if (foldedNeedle.empty() || m_starts.size() < 2) return;
  const std::string_view text(m_text);
  for (const int event : candidates) {
    const auto at = static_cast<std::size_t>(event);
    if (at + 1 >= m_starts.size()) continue;
    if (text.substr(m_starts[at], m_starts[at + 1] - m_starts[at]).find(foldedNeedle) !=
        std::string_view::npos)
      out.push_back(event);
  }
}

// --- EventFilterModel -----------------------------------------------------------------

EventFilterModel::EventFilterModel(const TimeController& controller, QObject* parent)
    : QAbstractProxyModel(parent), m_controller(controller) {
  connect(&controller, &TimeController::currentDayChanged, this, [this] {
    if (m_nearEnabled) updateNearWindow(false);
  });
}

void EventFilterModel::setSourceModel(QAbstractItemModel* sourceModel) {
  beginResetModel();
  if (m_events) disconnect(m_events, nullptr, this, nullptr);
  m_events = qobject_cast<const EventListModel*>(sourceModel);
  Q_ASSERT(m_events || !sourceModel);
  QAbstractProxyModel::setSourceModel(sourceModel);
  if (m_events) {
    // An EventListModel changes by resets (another dataset) and by dataChanged (another
    // language); it never inserts, removes or moves rows.
    connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_events, &QAbstractItemModel::modelReset, this, &EventFilterModel::onSourceReset);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &EventFilterModel::onSourceDataChanged);
    connect(m_events, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // A panel deletes its models in turn: this one must not read a deleted list meanwhile.
    connect(m_events, &QObject::destroyed, this, [this] {
      beginResetModel();
      m_events = nullptr;
      m_order.clear();
      m_rows.clear();
      m_proxyRowOf.clear();
      m_search.clear();
      m_matchesFor.clear();
      endResetModel();
    });
  }
  onSourceReset();
}

void EventFilterModel::onSourceReset() {
  m_search.clear();
  m_matchesFor.clear();
  nearRowsInto(m_nearRows);
  computeOrder();
  computeRows();
  endResetModel();
  Q_EMIT filterChanged();
}

void EventFilterModel::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles) {
  if (!topLeft.isValid() || !bottomRight.isValid()) return;
  // The texts changed (another language): the search keys are rebuilt when next searched, and
  // the rows follow if the search or the sort reads the texts.
  if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(EventListModel::SortRole)) {
    m_search.clear();
    m_matchesFor.clear();
    const bool resort = m_sortColumn == EventListModel::TitleColumn;
    if (resort || !m_foldedSearch.empty()) {
      changeLayout([this, resort] {
        if (resort) computeOrder();
        computeRows();
      });
      Q_EMIT filterChanged();
    }
  }
  int first = std::numeric_limits<int>::max();
  int last = -1;
  for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
    const int proxyRow = static_cast<std::size_t>(row) < m_proxyRowOf.size()
                             ? m_proxyRowOf[static_cast<std::size_t>(row)]
                             : -1;
    if (proxyRow < 0) continue;
    first = std::min(first, proxyRow);
    last = std::max(last, proxyRow);
  }
  if (last >= first)
    Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex EventFilterModel::index(int row, int column, const QModelIndex& parent) const {
  if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return {};
  return createIndex(row, column);
}

QModelIndex EventFilterModel::parent(const QModelIndex& /*child*/) const {
  return {};
}

QModelIndex EventFilterModel::sibling(int row, int column, const QModelIndex& idx) const {
  return idx.isValid() ? index(row, column) : QModelIndex();
}

int EventFilterModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventFilterModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !m_events ? 0 : m_events->columnCount();
}

bool EventFilterModel::hasChildren(const QModelIndex& parent) const {
  return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex EventFilterModel::mapToSource(const QModelIndex& proxyIndex) const {
  if (!m_events || !proxyIndex.isValid() || proxyIndex.model() != this) return {};
  const auto row = static_cast<std::size_t>(proxyIndex.row());
  return row < m_rows.size() ? m_events->index(m_rows[row], proxyIndex.column()) : QModelIndex();
}

QModelIndex EventFilterModel::mapFromSource(const QModelIndex& sourceIndex) const {
  if (!m_events || !sourceIndex.isValid() || sourceIndex.model() != m_events) return {};
  const auto row = static_cast<std::size_t>(sourceIndex.row());
  const int proxyRow = row < m_proxyRowOf.size() ? m_proxyRowOf[row] : -1;
  return proxyRow >= 0 ? index(proxyRow, sourceIndex.column()) : QModelIndex();
}

QVariant EventFilterModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (!m_events) return {};
  // Columns are the source's; the base class would map them through row 0, which a search
  // that finds nothing does not have.
  if (orientation == Qt::Horizontal) return m_events->headerData(section, orientation, role);
  const auto row = static_cast<std::size_t>(section);
  return section >= 0 && row < m_rows.size() ? m_events->headerData(m_rows[row], orientation, role)
                                             : QVariant();
}

void EventFilterModel::sort(int column, Qt::SortOrder order) {
  if (column == m_sortColumn && order == m_sortOrder) return;
  changeLayout(
      [this, column, order] {
        m_sortColumn = column;
        m_sortOrder = order;
        computeOrder();
        computeRows();
      },
      QAbstractItemModel::VerticalSortHint);
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
  m_foldedSearch = EventSearchIndex::fold(trimmed);
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
  if (!m_events || proxyRow < 0 || static_cast<std::size_t>(proxyRow) >= m_rows.size()) return nullptr;
  return m_events->eventAt(m_rows[static_cast<std::size_t>(proxyRow)]);
}

void EventFilterModel::refilter() {
  changeLayout([this] { computeRows(); });
  Q_EMIT filterChanged();
}

template <typename Change>
void EventFilterModel::changeLayout(Change&& change, QAbstractItemModel::LayoutChangeHint hint) {
  Q_EMIT layoutAboutToBeChanged({}, hint);
  // The persistent indexes (a view's current row, its selection) follow their events; those
  // filtered out become invalid.
  const QModelIndexList before = persistentIndexList();
  std::vector<int> sourceRows;
  sourceRows.reserve(static_cast<std::size_t>(before.size()));
  for (const QModelIndex& index : before) {
    const auto row = static_cast<std::size_t>(index.row());
    sourceRows.push_back(index.isValid() && row < m_rows.size() ? m_rows[row] : -1);
  }
  std::forward<Change>(change)();
  QModelIndexList after;
  after.reserve(before.size());
  for (qsizetype i = 0; i < before.size(); ++i) {
    const int sourceRow = sourceRows[static_cast<std::size_t>(i)];
    const int proxyRow = sourceRow >= 0 ? m_proxyRowOf[static_cast<std::size_t>(sourceRow)] : -1;
    after << (proxyRow >= 0 ? index(proxyRow, before[i].column()) : QModelIndex());
  }
  changePersistentIndexList(before, after);
  Q_EMIT layoutChanged({}, hint);
}

void EventFilterModel::computeOrder() {
  const int count = m_events ? m_events->rowCount() : 0;
  m_order.resize(static_cast<std::size_t>(count));
  std::iota(m_order.begin(), m_order.end(), 0);
  if (count == 0) return;
  const bool descending = m_sortOrder == Qt::DescendingOrder;
  // Ties keep the date order, in either direction (a stable sort, as SortRole's row number).
  const auto sortBy = [this, descending](const auto& key) {
    std::stable_sort(m_order.begin(), m_order.end(), [&key, descending](int a, int b) {
      return descending ? key(b) < key(a) : key(a) < key(b);
    });
  };
  switch (m_sortColumn) {
    case EventListModel::DateColumn:  // the rows are in date order
      if (descending) std::reverse(m_order.begin(), m_order.end());
      break;
    case EventListModel::TitleColumn: {
      const Language lang = m_events->language();
      std::vector<QString> titles;
      titles.reserve(m_order.size());
      for (int row = 0; row < count; ++row) titles.push_back(qs(m_events->eventAt(row)->title.get(lang)));
      sortBy([&titles](int row) -> const QString& { return titles[static_cast<std::size_t>(row)]; });
      break;
    }
    case EventListModel::CategoryColumn:
      sortBy([this](int row) { return static_cast<int>(m_events->eventAt(row)->category); });
      break;
    case EventListModel::ConfidenceColumn:
      sortBy([this](int row) { return static_cast<int>(m_events->eventAt(row)->confidence); });
      break;
    default:  // -1: the source's order, which is the date order
      break;
  }
}

void EventFilterModel::computeRows() {
  m_rows.clear();
  const int count = m_events ? m_events->rowCount() : 0;
  m_proxyRowOf.assign(static_cast<std::size_t>(count), -1);
  if (count == 0) return;
  // m_accept[row] reaches `needed` when every active filter but the category takes the row.
  const bool searching = !m_foldedSearch.empty();
  m_accept.assign(static_cast<std::size_t>(count), searching ? 0 : 1);
  if (searching) {
    if (!m_search.isBuilt()) {
      m_search.build(m_events->dataset(), m_events->language());
      m_matchesFor.clear();
    }
    if (m_matchesFor != m_foldedSearch) {
      // A text holding the previous one (one more letter typed) matches only events that
      // the previous one matched: only those are searched again.
      if (!m_matchesFor.empty() && m_foldedSearch.find(m_matchesFor) != std::string::npos) {
        m_search.findAmong(m_foldedSearch, m_matches, m_scratchMatches);
        m_matches.swap(m_scratchMatches);
      } else {
        m_search.find(m_foldedSearch, m_matches);
      }
      m_matchesFor = m_foldedSearch;
    }
    for (const int row : m_matches) m_accept[static_cast<std::size_t>(row)] = 1;
  }
  unsigned char needed = 1;
  if (m_nearEnabled) {
    for (const std::size_t row : m_nearRows)
      if (row < m_accept.size() && m_accept[row] == 1) m_accept[row] = 2;
    needed = 2;
  }
  const auto events = m_events->dataset()->events();
  for (const int row : m_order) {
    const auto at = static_cast<std::size_t>(row);
    if (m_accept[at] != needed || m_hiddenCategories.test(static_cast<std::size_t>(events[at].category)))
      continue;
    m_proxyRowOf[at] = static_cast<int>(m_rows.size());
    m_rows.push_back(row);
  }
}

void EventFilterModel::nearRowsInto(std::vector<std::size_t>& out) const {
  out.clear();
  const Dataset* dataset = m_events ? m_events->dataset() : nullptr;
  if (!m_nearEnabled || !dataset) return;
  const auto halfWidth = static_cast<DayNumber>(std::llround(m_nearYears * kDaysPerYear));
  const DayNumber day = m_controller.currentDay();
  dataset->eventIndicesIn(DayRange{day - halfWidth, day + halfWidth}, out);
  std::sort(out.begin(), out.end());
}

void EventFilterModel::updateNearWindow(bool forceInvalidate) {
  nearRowsInto(m_scratchRows);
  if (!forceInvalidate && m_scratchRows == m_nearRows) return;
  m_nearRows.swap(m_scratchRows);
  refilter();
}

}  // namespace okhotsk::app
