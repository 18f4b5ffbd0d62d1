// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/territory_panel.h"

#include "panels/control_history_model.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QStringList>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace okhotsk::app {

using panel_text::qs;

namespace {

const QString kMuted = QStringLiteral("#5c636a");

QString escaped(const std::string& text) {
  return qs(text).toHtmlEscaped();
}

QLabel* makeLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
  label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  return label;
}

QString plainText(const QLabel* label) {
  QTextDocument document;
  document.setHtml(label->text());
  return document.toPlainText();
}

// One row of the names table: the usage, then its forms in each script, without repeats.
QString namesRow(const QString& heading, const std::vector<std::string>& forms) {
  QStringList shown;
  for (const std::string& form : forms) {
    const QString text = qs(form).toHtmlEscaped();
    if (!text.isEmpty() && !shown.contains(text)) shown << text;
  }
  if (shown.isEmpty()) return {};
  return QStringLiteral("<tr><td style=\"color:%1; padding-right:8px\">%2</td><td>%3</td></tr>")
      .arg(kMuted, heading.toHtmlEscaped(), shown.join(QStringLiteral(" · ")));
}

}  // namespace

TerritoryPanel::TerritoryPanel(TimeController& controller, const AtlasDocument& document,
                               const DisplaySettings& settings, Selection& selection, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  m_history = new ControlHistoryModel(document, settings, this);
  m_history->setCurrentDay(controller.currentDay());

  m_placeholder = new QLabel(this);
  m_placeholder->setWordWrap(true);
  m_placeholder->setAlignment(Qt::AlignCenter);
  m_placeholder->setContentsMargins(16, 16, 16, 16);

  m_content = new QWidget(this);
  m_title = makeLabel(m_content);
  QFont titleFont = m_title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
  titleFont.setBold(true);
  m_title->setFont(titleFont);
  m_names = makeLabel(m_content);
  m_date = new QLabel(m_content);
  m_date->setTextFormat(Qt::PlainText);
  QFont dateFont = m_date->font();
  dateFont.setBold(true);
  m_date->setFont(dateFont);
  m_state = makeLabel(m_content);
  m_area = makeLabel(m_content);
  m_area->setOpenExternalLinks(true);
  m_historyHeading = new QLabel(m_content);
  m_historyHeading->setFont(dateFont);

  m_table = new QTableView(m_content);
  m_table->setModel(m_history);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setWordWrap(true);
  m_table->setTextElideMode(Qt::ElideRight);
  m_table->verticalHeader()->hide();
  m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
  // The highlighted (in-force) row must stay distinguishable from a selected one.
  QPalette tablePalette = m_table->palette();
  tablePalette.setColor(QPalette::Highlight, palette::text());
  tablePalette.setColor(QPalette::HighlightedText, Qt::white);
  m_table->setPalette(tablePalette);

  auto* contentLayout = new QVBoxLayout(m_content);
  contentLayout->setContentsMargins(6, 6, 6, 6);
  contentLayout->setSpacing(6);
  contentLayout->addWidget(m_title);
  contentLayout->addWidget(m_names);
  contentLayout->addSpacing(4);
  contentLayout->addWidget(m_date);
  contentLayout->addWidget(m_state);
  contentLayout->addWidget(m_area);
  contentLayout->addSpacing(4);
  contentLayout->addWidget(m_historyHeading);
  contentLayout->addWidget(m_table, 1);

  m_stack = new QStackedLayout(this);
  m_stack->addWidget(m_placeholder);
  m_stack->addWidget(m_content);

  connect(&selection, &Selection::territorySelected, this, &TerritoryPanel::onTerritorySelected);
  connect(&selection, &Selection::boundarySelected, this, &TerritoryPanel::onBoundarySelected);
  connect(&controller, &TimeController::currentDayChanged, this, &TerritoryPanel::onCurrentDayChanged);
  connect(&document, &AtlasDocument::datasetChanged, this, &TerritoryPanel::refresh);
  connect(&settings, &DisplaySettings::languageChanged, this, &TerritoryPanel::refresh);
  connect(&settings, &DisplaySettings::namingOrderChanged, this, &TerritoryPanel::refresh);
  connect(m_table, &QTableView::doubleClicked, this, &TerritoryPanel::onRowActivated);
  connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
    m_table->resizeColumnsToContents();
    // Long bases and citations wrap instead of widening the table past the panel.
    for (int column : {ControlHistoryModel::BasisColumn, ControlHistoryModel::PositionsColumn,
                       ControlHistoryModel::SourcesColumn})
      m_table->setColumnWidth(column,
                              std::min(m_table->columnWidth(column), fontMetrics().averageCharWidth() * 28));
  });

  m_boundaryId = selection.boundaryId();
  retranslate();
  onTerritorySelected(selection.territoryId());
}

void TerritoryPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TerritoryPanel::retranslate() {
  m_placeholder->setText(
      tr("Choose a territory on the map to see its names, its state on the current date and its control "
         "history."));
  m_historyHeading->setText(tr("Control history"));
  m_table->setAccessibleName(tr("Control history"));
  m_table->setToolTip(tr("Double-click a period to go to its start"));
  refresh();  // the names, state and area, whose headings and sentences are in the interface language
}

void TerritoryPanel::setExternalLinksEnabled(bool enabled) {
  if (enabled == m_linksEnabled) return;
  m_linksEnabled = enabled;
  m_area->setOpenExternalLinks(enabled);
  m_area->setTextInteractionFlags(enabled ? Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                          : Qt::TextSelectableByMouse);
  refresh();
}

void TerritoryPanel::onTerritorySelected(const QString& territoryId) {
  m_territoryId = territoryId;
  refresh();
}

void TerritoryPanel::onBoundarySelected(const QString& boundaryId) {
  m_boundaryId = boundaryId;
  refresh();
}

bool TerritoryPanel::showBoundary(const Dataset& dataset) {
  const std::string id = m_boundaryId.toStdString();
  const auto boundaries = dataset.boundaries();
  const auto found =
      std::find_if(boundaries.begin(), boundaries.end(), [&](const Boundary& b) { return b.id == id; });
  if (found == boundaries.end()) return false;
  const Boundary& boundary = *found;
  const Language lang = m_settings.language();
  m_stack->setCurrentWidget(m_content);
  m_title->setText(escaped(boundary.name.get(lang).empty() ? boundary.id : boundary.name.get(lang)));
  m_names->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(kMuted, boundary.schematic
                                        ? tr("Boundary, drawn schematically: the source names the "
                                             "line, not its course.")
                                        : tr("Boundary")));
  m_date->setText(tr("In force: %1").arg(qs(formatEdtf(boundary.inForce, lang))));
  QString basis;
  if (!boundary.basis.empty())
    basis = QStringLiteral("<b>%1</b> %2").arg(tr("Basis:"), escaped(boundary.basis.get(lang)));
  if (const Event* event = boundary.basisEventId.empty() ? nullptr : dataset.event(boundary.basisEventId))
    basis += QStringLiteral("<br/><span style=\"color:%1\">%2 %3 (%4)</span>")
                 .arg(kMuted, tr("Basis event:"), escaped(event->title.get(lang)),
                      escaped(formatEdtf(event->date, lang)));
  m_state->setText(basis);
  m_area->setText(
      boundary.sourceIds.empty()
          ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(kMuted, tr("No sources for this boundary in the dataset."))
          : QStringLiteral("<b>%1</b>%2")
                .arg(tr("Sources:"), panel_text::sourcesHtml(dataset, boundary.sourceIds, m_linksEnabled)));
  m_historyHeading->hide();
  m_table->hide();
  m_statePeriod = m_stateAlternative = nullptr;
  m_shownNames = nullptr;
  return true;
}

void TerritoryPanel::onCurrentDayChanged(DayNumber day) {
  m_history->setCurrentDay(day);
  if (!m_boundaryId.isEmpty()) return;  // a boundary's page does not depend on the day
  // A territory renamed on this day (Karafuto from 15 Oct 1905) gets its names rewritten.
  if (const Territory* territory = m_history->territory();
      territory && &territory->namesOn(day) != m_shownNames) {
    refresh();
    return;
  }
  refreshState(false);
}

void TerritoryPanel::onRowActivated(const QModelIndex& index) {
  if (const ControlPeriod* period = m_history->periodAt(index.row()))
    m_controller.setCurrentDay(period->interval.earliest());
}

void TerritoryPanel::refresh() {
  const Dataset* dataset = m_document.dataset();
  if (dataset != nullptr && !m_boundaryId.isEmpty()) {
    m_history->setTerritory(QString());
    if (showBoundary(*dataset)) return;
  }
  m_historyHeading->show();
  m_table->show();
  m_history->setTerritory(m_territoryId);
  const Territory* territory = m_history->territory();
  if (!dataset || !territory) {
    m_stack->setCurrentWidget(m_placeholder);
    m_title->clear();
    m_names->clear();
    m_state->clear();
    m_area->clear();
    m_statePeriod = m_stateAlternative = nullptr;
    m_shownNames = nullptr;
    return;
  }
  m_stack->setCurrentWidget(m_content);
  const Language lang = m_settings.language();
  const NamingOrder order = m_settings.namingOrder();
  const DayNumber day = m_controller.currentDay();
  const PlaceNames& names = territory->namesOn(day);
  m_shownNames = &names;

  m_title->setText(panel_text::bothNames(names, lang, order).toHtmlEscaped());

  // Every form of both usages, so that a reader of either side finds the name they know.
  QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
  table += namesRow(tr("Japanese usage"), {names.japaneseRomaji, names.japanese, names.russianOfJapanese});
  table += namesRow(tr("Russian usage"), {names.russianRomanized, names.russian, names.japaneseOfRussian});
  table += namesRow(tr("English name"), {names.english});
  QStringList parts;
  for (const TerritoryPart& part : territory->parts)
    parts << panel_text::bothNames(part.namesOn(day), lang, order).toHtmlEscaped();
  if (!parts.isEmpty())
    table += QStringLiteral("<tr><td style=\"color:%1; padding-right:8px\">%2</td><td>%3</td></tr>")
                 .arg(kMuted, tr("Parts"), parts.join(QStringLiteral("; ")));
  table += QStringLiteral("</table>");
  m_names->setText(table);

  // Only a published figure is shown: an area measured on the map's simplified coastline
  // would look authoritative and be wrong.
  if (territory->publishedAreaKm2) {
    QString area =
        QStringLiteral("<b>%1</b> %2").arg(tr("Area:"), panel_text::areaText(*territory->publishedAreaKm2));
    if (!territory->areaSourceIds.empty()) {
      QStringList citations;
      for (const std::string& id : territory->areaSourceIds) {
        const Source* source = dataset->source(id);
        QString citation = source ? escaped(source->citation) : qs(id).toHtmlEscaped();
        if (source && m_linksEnabled && !source->urls.empty())
          citation +=
              QStringLiteral(" <a href=\"%1\">%2</a>").arg(escaped(source->urls.front()), tr("(link)"));
        citations << citation;
      }
      area += QStringLiteral("<br/><span style=\"color:%1\">%2 %3</span>")
                  .arg(kMuted, tr("Published by:"), citations.join(QStringLiteral("; ")));
    }
    // Another official figure beside it (the Cabinet Office's), never instead of it.
    if (territory->areaAlt.km2)
      area += QStringLiteral("<br/>%1 %2 <span style=\"color:%3\">(%4)</span>")
                  .arg(tr("Also published:"), panel_text::areaText(*territory->areaAlt.km2), kMuted,
                       panel_text::citationsText(*dataset, territory->areaAlt.sourceIds).toHtmlEscaped());
    m_area->setText(area);
  } else {
    m_area->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(kMuted, tr("No published area for this territory in the dataset.")));
  }
  refreshState(true);
}

void TerritoryPanel::refreshState(bool force) {
  if (!m_boundaryId.isEmpty()) return;
  const Dataset* dataset = m_document.dataset();
  const Territory* territory = m_history->territory();
  if (!dataset || !territory) return;
  const DayNumber day = m_controller.currentDay();
  const Language lang = m_settings.language();
  // The date changes every frame during playback: a plain-text label is cheap to update,
  // the state sentence is rewritten only when the periods in force change.
  m_date->setText(tr("On %1").arg(qs(formatDay(day, lang))));
  const TerritoryState state = dataset->stateOf(*territory, day);
  if (!force && state.period == m_statePeriod && state.alternative == m_stateAlternative) return;
  m_statePeriod = state.period;
  m_stateAlternative = state.alternative;

  // Returns QString explicitly: with QStringBuilder a deduced type would dangle.
  const auto describe = [&](const ControlPeriod& period) -> QString {
    return panel_text::controlSentence(*dataset, period, lang).toHtmlEscaped() +
           QStringLiteral("<br/><span style=\"color:%1\">%2 · %3</span>")
               .arg(kMuted, panel_text::controlKindName(period.kind).toHtmlEscaped(),
                    escaped(formatEdtf(period.interval, lang))) +
           panel_text::basisAndPositionsHtml(*dataset, period, lang);
  };
  if (!state.period) {
    m_state->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(kMuted, tr("No control period recorded for this date.")));
  } else if (state.alternative) {
    m_state->setText(
        tr("The change of control falls within an imprecise interval; on this date either:") +
        QStringLiteral("<ul style=\"margin-top:0; margin-left:-20px\"><li>%1</li><li>%2</li></ul>")
            .arg(describe(*state.period), describe(*state.alternative)));
  } else {
    m_state->setText(describe(*state.period));
  }
}

QString TerritoryPanel::titleText() const {
  return plainText(m_title);
}
QString TerritoryPanel::namesText() const {
  return plainText(m_names);
}
QString TerritoryPanel::stateText() const {
  return plainText(m_date) + QLatin1Char('\n') + plainText(m_state);
}
QString TerritoryPanel::areaText() const {
  return plainText(m_area);
}

}  // namespace okhotsk::app
