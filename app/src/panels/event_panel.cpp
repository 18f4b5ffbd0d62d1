// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/event_panel.h"

#include "text/map_texts.h"

#include "panels/event_list_model.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "share/sources_export.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace okhotsk::app {

using panel_text::qs;

namespace {

QString escaped(const std::string& text) {
  return qs(text).toHtmlEscaped();
}

QIcon swatchIcon(const QColor& colour) {
  QPixmap pixmap(24, 24);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(colour.darker(130), 1.5));
  painter.setBrush(colour);
  painter.drawRoundedRect(QRectF(3.5, 3.5, 17, 17), 3, 3);
  return QIcon(pixmap);
}

bool isDayPrecise(const EdtfEndpoint& endpoint) {
  return endpoint.kind == EndpointKind::Date && endpoint.date.precision() == Precision::Day;
}

const QString kMuted = QStringLiteral("#5c636a");

}  // namespace

EventPanel::EventPanel(TimeController& controller, const AtlasDocument& document,
                       const DisplaySettings& settings, Selection& selection, QWidget* parent)
    : QWidget(parent),
      m_controller(controller),
      m_document(document),
      m_settings(settings),
      m_selection(selection) {
  // The filter first: children are deleted in the order they were made, so the filter goes
  // before its list model and never announces that list's end to this half-deleted panel.
  m_filter = new EventFilterModel(controller, this);
  m_model = new EventListModel(document, settings, this);
  m_filter->setSourceModel(m_model);
  m_filter->sort(EventListModel::DateColumn, Qt::AscendingOrder);
  watchFiltering();

  auto* filterRow = new QWidget(this);
  buildFilterRow(filterRow);

  buildList();

  QWidget* detail = buildDetail();

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_list);
  splitter->addWidget(detail);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->setSpacing(4);
  layout->addWidget(filterRow);
  layout->addWidget(splitter, 1);

  // An event is chosen by the user only: a click, Enter, or moving through the list with the
  // keys. Typing in the search only filters.
  connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (m_list->hasFocus()) onCurrentRowChanged(current);
          });
  connect(m_list, &QAbstractItemView::clicked, this, &EventPanel::onCurrentRowChanged);
  connect(m_list, &QAbstractItemView::activated, this, &EventPanel::onCurrentRowChanged);
  connect(&selection, &Selection::eventSelected, this, &EventPanel::onEventSelected);
  // A new dataset resets the list: select the chosen event again and redraw it. Another
  // language keeps the rows (and the list's selection); only the detail is written again.
  connect(m_model, &QAbstractItemModel::modelReset, this, [this] { onEventSelected(m_selection.eventId()); });
  connect(&settings, &DisplaySettings::languageChanged, this, &EventPanel::refreshDetail);
  connect(&settings, &DisplaySettings::namingOrderChanged, this, &EventPanel::refreshDetail);
  connect(m_filter, &EventFilterModel::filterChanged, this, &EventPanel::updateCount);
  // The categories menu shows the filter, whoever set it (restored settings).
  connect(m_filter, &EventFilterModel::filterChanged, this, [this] {
    for (int i = 0; i < kEventCategoryCount; ++i) {
      QAction* action = m_categoryActions[static_cast<std::size_t>(i)];
      const QSignalBlocker blocker(action);
      action->setChecked(m_filter->isCategoryVisible(static_cast<EventCategory>(i)));
    }
  });
  // The filter's rows change only by a reset or with filterChanged (never row by row).
  connect(m_filter, &QAbstractItemModel::modelReset, this, &EventPanel::updateCount);

  retranslate();
  onEventSelected(selection.eventId());
}

void EventPanel::watchFiltering() {
  // While the filter takes rows away or reorders them, the list moves its current row by
  // itself: that is not the user choosing an event. Connected before the list's own
  // selection model, so the flag is up when it moves.
  for (const auto& [begin, end] :
       {std::pair{&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsRemoved},
        std::pair{&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsInserted}}) {
    connect(m_filter, begin, this, [this] { m_filtering = true; });
    connect(m_filter, end, this, [this] { m_filtering = false; });
  }
  connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_filtering = true; });
  connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { m_filtering = false; });
  connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_filtering = true; });
  connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_filtering = false; });
}

void EventPanel::buildList() {
  m_list = new QTreeView(this);
  m_list->setModel(m_filter);
  m_list->setRootIsDecorated(false);
  m_list->setUniformRowHeights(true);
  m_list->setAlternatingRowColors(true);
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_list->setSortingEnabled(true);
  m_list->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
  m_list->setTextElideMode(Qt::ElideRight);
  QHeaderView* header = m_list->header();
  header->setStretchLastSection(false);
  header->setSectionResizeMode(EventListModel::DateColumn, QHeaderView::Interactive);
  header->setSectionResizeMode(EventListModel::TitleColumn, QHeaderView::Stretch);
  // A dock is narrow: the category shows as the title's swatch and an unconfirmed event in
  // italics (with the word in its tooltip and, prominently, in the detail).
  header->hideSection(EventListModel::CategoryColumn);
  header->hideSection(EventListModel::ConfidenceColumn);
  header->resizeSection(EventListModel::DateColumn,
                        fontMetrics().horizontalAdvance(QStringLiteral("00 September 0000")) + 8);
}

QWidget* EventPanel::buildDetail() {
  auto* box = new QWidget(this);
  m_detail = new QTextBrowser(box);
  m_detail->setOpenExternalLinks(true);
  m_detail->document()->setDefaultStyleSheet(
      QStringLiteral("h3 { margin-bottom: 2px; } p { margin-top: 3px; margin-bottom: 3px; }"));

  m_citeButton = new QToolButton(box);
  m_citeButton->setObjectName(QStringLiteral("citeSources"));
  m_citeButton->setPopupMode(QToolButton::InstantPopup);
  m_citeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* menu = new QMenu(m_citeButton);
  const auto copy = [this](CitationFormat format) {
    if (const Dataset* dataset = m_document.dataset()) copySources(*dataset, shownSourceIds(), format);
  };
  m_copyBibtex = menu->addAction(QString(), this, [copy] { copy(CitationFormat::Bibtex); });
  m_copyCslJson = menu->addAction(QString(), this, [copy] { copy(CitationFormat::CslJson); });
  menu->addSeparator();
  m_exportSources = menu->addAction(QString(), this, [this] {
    if (const Dataset* dataset = m_document.dataset())
      exportSourcesInteractively(this, *dataset, shownSourceIds(),
                                 QStringLiteral("sources-%1").arg(m_shownId));
  });
  m_citeButton->setMenu(menu);

  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addStretch(1);
  row->addWidget(m_citeButton);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(m_detail, 1);
  layout->addLayout(row);
  return box;
}

std::vector<std::string> EventPanel::shownSourceIds() const {
  const Dataset* dataset = m_document.dataset();
  const Event* event = dataset && !m_shownId.isEmpty() ? dataset->event(m_shownId.toStdString()) : nullptr;
  return event != nullptr ? event->sourceIds : std::vector<std::string>{};
}

bool EventPanel::exportShownSources(const QString& path, QString* error) const {
  const Dataset* dataset = m_document.dataset();
  if (dataset == nullptr || shownSourceIds().empty()) {
    if (error != nullptr) *error = tr("No event with sources is shown.");
    return false;
  }
  return writeSourcesFile(*dataset, shownSourceIds(), path, error);
}

void EventPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void EventPanel::retranslate() {
  m_search->setPlaceholderText(tr("Search events"));
  m_search->setAccessibleName(tr("Search events"));
  m_list->setAccessibleName(tr("Events", "the list of events, for screen readers"));
  m_detail->setAccessibleName(tr("Event details"));
  m_search->setToolTip(tr("Searches titles and summaries, in the display language and in English"));
  m_showAllAction->setText(tr("Show all"));
  for (int i = 0; i < kEventCategoryCount; ++i)
    m_categoryActions[static_cast<std::size_t>(i)]->setText(eventCategoryName(static_cast<EventCategory>(i)));
  const int years = m_filter->nearYears();
  m_nearButton->setText(tr("±%n years", nullptr, years));
  m_nearButton->setToolTip(tr("Only events within %n years of the current date", nullptr, years));
  m_detail->setPlaceholderText(tr("Choose an event in the list or on the map."));
  m_citeButton->setText(tr("Cite"));
  m_citeButton->setToolTip(tr("Copy or export this event’s sources for a citation manager"));
  m_copyBibtex->setText(tr("Copy Sources as &BibTeX"));
  m_copyCslJson->setText(tr("Copy Sources as &CSL-JSON"));
  m_exportSources->setText(tr("&Export Sources…"));
  updateCount();  // the count and the categories button
  refreshDetail();
}

void EventPanel::buildFilterRow(QWidget* row) {
  m_search = new QLineEdit(row);
  m_search->setClearButtonEnabled(true);
  connect(m_search, &QLineEdit::textChanged, m_filter, &EventFilterModel::setSearchText);
  // Enter in the search chooses the first event found.
  connect(m_search, &QLineEdit::returnPressed, this, [this] {
    if (m_filter->rowCount() > 0) onCurrentRowChanged(m_filter->index(0, 0));
  });

  m_categoryButton = new QToolButton(row);
  m_categoryButton->setPopupMode(QToolButton::InstantPopup);
  m_categoryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* menu = new QMenu(m_categoryButton);
  m_showAllAction = menu->addAction(QString(), this, [this] {
    m_filter->showAllCategories();
    for (QAction* action : m_categoryActions) action->setChecked(true);
  });
  menu->addSeparator();
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    QAction* action = menu->addAction(swatchIcon(palette::categoryColour(category)), QString());
    action->setCheckable(true);
    action->setChecked(true);
    connect(action, &QAction::toggled, this,
            [this, category](bool on) { m_filter->setCategoryVisible(category, on); });
    m_categoryActions[static_cast<std::size_t>(i)] = action;
  }
  m_categoryButton->setMenu(menu);

  m_nearButton = new QToolButton(row);
  m_nearButton->setCheckable(true);
  connect(m_nearButton, &QToolButton::toggled, m_filter, &EventFilterModel::setNearCurrentDate);

  m_count = new QLabel(row);
  QPalette countPalette = m_count->palette();
  countPalette.setColor(QPalette::WindowText, palette::mutedText());
  m_count->setPalette(countPalette);

  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(4);
  layout->addWidget(m_search, 1);
  layout->addWidget(m_categoryButton);
  layout->addWidget(m_nearButton);
  layout->addWidget(m_count);
}

void EventPanel::setExternalLinksEnabled(bool enabled) {
  if (enabled == m_linksEnabled) return;
  m_linksEnabled = enabled;
  m_detail->setOpenExternalLinks(enabled);
  m_detail->setOpenLinks(enabled);
  m_citeButton->setVisible(enabled);
  refreshDetail();
}

void EventPanel::updateCount() {
  const int shown = m_filter->rowCount();
  const int total = m_model->rowCount();
  m_count->setText(shown == total ? tr("%n events", nullptr, total) : tr("%1 of %2").arg(shown).arg(total));
  int hidden = 0;
  for (int i = 0; i < kEventCategoryCount; ++i)
    if (!m_filter->isCategoryVisible(static_cast<EventCategory>(i))) ++hidden;
  m_categoryButton->setText(
      hidden == 0 ? tr("Categories")
                  : tr("Categories (%1/%2)").arg(kEventCategoryCount - hidden).arg(kEventCategoryCount));
}

void EventPanel::onCurrentRowChanged(const QModelIndex& current) {
  if (m_syncing || m_filtering || !current.isValid()) return;
  const Event* event = m_filter->eventAt(current.row());
  if (!event) return;
  m_selection.selectEvent(qs(event->id));
  m_controller.setCurrentDay(event->date.earliest());
}

void EventPanel::onEventSelected(const QString& eventId) {
  displayEvent(eventId);
  const int sourceRow = m_model->rowOf(eventId);
  const QModelIndex proxy =
      sourceRow >= 0 ? m_filter->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
  m_syncing = true;
  if (proxy.isValid()) {
    // Through the view, which then knows a current row was set: when a filter later hides
    // it, focusing the list does not make the first row current (and so choose it).
    m_list->setCurrentIndex(proxy);
    m_list->scrollTo(proxy);
  } else {
    // Filtered out or cleared: the detail still shows it, the list shows no stale row.
    m_list->selectionModel()->clear();
  }
  m_syncing = false;
}

void EventPanel::displayEvent(const QString& eventId) {
  m_shownId = eventId;
  refreshDetail();
}

void EventPanel::refreshDetail() {
  const Dataset* dataset = m_document.dataset();
  const Event* event = dataset && !m_shownId.isEmpty() ? dataset->event(m_shownId.toStdString()) : nullptr;
  m_citeButton->setEnabled(event != nullptr && !event->sourceIds.empty());
  if (!event) {
    m_detail->clear();
    return;
  }
  m_detail->setHtml(detailHtml(*event));
}

// The date in the other calendars of the time: the Old Style date that Russian sources give
// (a day-precise date only) and the Japanese era. Empty when neither applies.
QString EventPanel::calendarsHtml(const Event& event, Language lang) const {
  const DayNumber first = event.date.earliest();
  // Russian sources of the time date by the Julian calendar; only a day-precise date has a
  // meaningful Old Style form.
  QStringList calendars;
  const EdtfEndpoint& start = event.date.start();
  const EdtfEndpoint& end = event.date.end();
  if (isDayPrecise(start) && isOldStyleInRussia(first)) {
    QString oldStyle = qs(formatOldStyle(first, lang).value_or(std::string()));
    if (event.date.isInterval() && isDayPrecise(end) && isOldStyleInRussia(end.date.earliest()))
      oldStyle +=
          QStringLiteral(" – ") + qs(formatOldStyle(end.date.earliest(), lang).value_or(std::string()));
    // The date names its calendar itself ("26 January 1855 O.S.", "(ст. ст.)", "（ユリウス暦）").
    if (!oldStyle.isEmpty()) calendars << oldStyle.toHtmlEscaped();
  }
  if (start.kind == EndpointKind::Date) {
    // A day is given as a day (with its lunisolar date before 1873); anything longer as the
    // span of era years it covers ("Meiji 37–38", "Shōwa 45–54").
    const DayNumber last =
        event.date.isInterval() && end.kind == EndpointKind::Date ? end.date.latest() : start.date.latest();
    const bool oneDay = !event.date.isInterval() && isDayPrecise(start);
    const std::optional<std::string> eras =
        oneDay ? formatJapaneseEra(first, lang) : formatJapaneseEraSpan(first, last, lang);
    if (eras) calendars << tr("Japanese era: %1").arg(qs(*eras).toHtmlEscaped());
  }
  if (calendars.isEmpty()) return {};
  return QStringLiteral("<p style=\"color:%2\">%1</p>").arg(calendars.join(QStringLiteral("<br/>")), kMuted);
}

// "43.50° N, 146.50° E" for an event that has a point but no named place: a whole phrase per
// hemisphere, so that a language may word it its own way (北緯…、東経…).
QString EventPanel::coordinatesText(const GeoPoint& point) {
  const QString latitude = QString::number(std::abs(point.lat), 'f', 2);
  const QString longitude = QString::number(std::abs(point.lon), 'f', 2);
  if (point.lat >= 0)
    return (point.lon >= 0 ? tr("%1° N, %2° E") : tr("%1° N, %2° W")).arg(latitude, longitude);
  return (point.lon >= 0 ? tr("%1° S, %2° E") : tr("%1° S, %2° W")).arg(latitude, longitude);
}

// Where: the place as it was called on the day of the event, and the territories it touched.
QString EventPanel::whereHtml(const Dataset& dataset, const Event& event, Language lang,
                              NamingOrder order) const {
  const DayNumber first = event.date.earliest();
  QString html;
  QString placeText;
  if (const Place* place = event.placeId.empty() ? nullptr : dataset.place(event.placeId)) {
    if (const PlaceNames* names = place->namesOn(first))
      placeText = panel_text::bothNames(*names, lang, order).toHtmlEscaped();
  } else if (event.location) {
    placeText = coordinatesText(*event.location);
  }
  if (!placeText.isEmpty()) html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Place:"), placeText);

  QStringList territories;
  for (const std::string& id : event.territoryIds)
    if (const Territory* territory = dataset.territory(id))
      territories << panel_text::bothNames(territory->names, lang, order).toHtmlEscaped();
  if (!territories.isEmpty())
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Territories:"), territories.join(QStringLiteral("; ")));
  return html;
}

QString EventPanel::detailHtml(const Event& event) const {
  const Dataset& dataset = *m_document.dataset();
  const Language lang = m_settings.language();
  const NamingOrder order = m_settings.namingOrder();
  QString html;

  html += QStringLiteral("<h3>%1</h3>").arg(escaped(event.title.get(lang)));

  // The date as written, then what it means: precision and qualifiers in words.
  html += QStringLiteral("<p><b>%1</b><br/><span style=\"color:%3\">%2</span></p>")
              .arg(escaped(formatEdtf(event.date, lang)),
                   panel_text::dateQualityWords(event.date).toHtmlEscaped(), kMuted);
  html += calendarsHtml(event, lang);

  if (event.confidence == Confidence::Unconfirmed) {
    html +=
        QStringLiteral(
            "<table width=\"100%\" cellpadding=\"5\" style=\"background-color:#fbe3d3; margin-top:4px; "
            "margin-bottom:4px\"><tr><td><b style=\"color:%1\">%2</b> — %3</td></tr></table>")
            .arg(palette::highlight().name(), tr("Unconfirmed").toHtmlEscaped(),
                 tr("not confirmed by the sources read; treat with caution (see the note).").toHtmlEscaped());
  }

  const QColor categoryColour = palette::categoryColour(event.category);
  html += QStringLiteral("<p><span style=\"color:%1\">■</span> %2")
              .arg(categoryColour.name(), eventCategoryName(event.category));
  if (event.confidence == Confidence::Confirmed) html += QStringLiteral(" · ") + tr("confirmed");
  html += QStringLiteral("</p>");

  html += whereHtml(dataset, event, lang, order);

  if (!event.summary.get(lang).empty())
    html += QStringLiteral("<p style=\"margin-top:8px\">%1</p>").arg(escaped(event.summary.get(lang)));
  if (!event.note.empty())
    html += QStringLiteral("<p style=\"color:%3\"><i>%1</i> %2</p>")
                .arg(tr("Note:"), escaped(event.note), kMuted);

  if (!event.sourceIds.empty()) {
    html += QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b></p>").arg(tr("Sources"));
    html += panel_text::sourcesHtml(dataset, event.sourceIds, m_linksEnabled);
  }
  return html;
}

}  // namespace okhotsk::app
