// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/view_actions.h"

#include "compare/compare_view.h"
#include "map/render/map_scene.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "share/sources_export.h"
#include "share/view_citation.h"

#include "okhotsk/edtf.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace okhotsk::app {

namespace {

// The translation context of the sharing and comparing actions.
class ViewActionsText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::ViewActions)
};

unsigned hiddenLayersOf(const RenderOptions& options) {
  unsigned hidden = 0;
  const auto hide = [&hidden](bool shown, ViewLayer layer) {
    if (!shown) hidden |= static_cast<unsigned>(layer);
  };
  hide(options.legend, ViewLayer::Legend);
  hide(options.events, ViewLayer::Events);
  hide(options.labels, ViewLayer::Labels);
  hide(options.dateStamp, ViewLayer::DateStamp);
  hide(options.scaleBar, ViewLayer::ScaleBar);
  hide(options.credit, ViewLayer::Credit);
  return hidden;
}

RenderOptions withHiddenLayers(RenderOptions options, unsigned hidden) {
  const auto shown = [hidden](ViewLayer layer) { return (hidden & static_cast<unsigned>(layer)) == 0U; };
  options.legend = shown(ViewLayer::Legend);
  options.events = shown(ViewLayer::Events);
  options.labels = shown(ViewLayer::Labels);
  options.dateStamp = shown(ViewLayer::DateStamp);
  options.scaleBar = shown(ViewLayer::ScaleBar);
  options.credit = shown(ViewLayer::Credit);
  return options;
}

}  // namespace

ViewActions::ViewActions(AtlasSession& session, MapWidget& map, QWidget& window)
    : QObject(&window), m_session(session), m_map(map), m_window(window) {
  QSettings settings;
  m_bookmarks.load(settings);
  connect(&m_bookmarks, &Bookmarks::changed, this, [this] {
    QSettings saved;
    m_bookmarks.save(saved);
    rebuildBookmarksMenu();
  });
}

ViewActions::~ViewActions() {
  delete m_compare;
}

void ViewActions::install(QMenuBar& bar, QMenu& file, QMenu& view, QMenu& help) {
  m_openLink = new QAction(this);
  m_openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  connect(m_openLink, &QAction::triggered, this, &ViewActions::askForLink);
  // Before the export and quit entries' separator: with the other ways of opening.
  QAction* diagnostics = nullptr;
  const QList<QAction*> fileActions = file.actions();
  for (QAction* action : fileActions)
    if (action->isSeparator()) {
      diagnostics = action;
      break;
    }
  file.insertAction(diagnostics, m_openLink);

  m_compareDates = new QAction(this);
  m_compareDates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
  connect(m_compareDates, &QAction::triggered, this, &ViewActions::compareDates);
  const QList<QAction*> viewActions = view.actions();
  QAction* firstSeparator = nullptr;
  for (QAction* action : viewActions)
    if (action->isSeparator()) {
      firstSeparator = action;
      break;
    }
  view.insertAction(firstSeparator, m_compareDates);

  m_edit = new QMenu(&bar);
  // Not a widget itself: it hears of a new catalogue through its menu, as the widgets do.
  m_edit->installEventFilter(this);
  m_edit->setObjectName(QStringLiteral("EditMenu"));
  m_copyLink = m_edit->addAction(QString(), this, &ViewActions::copyLink);
  m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
  m_copyCitation = m_edit->addAction(QString(), this, &ViewActions::copyCitation);
  m_edit->addSeparator();
  m_copySourcesBibtex = m_edit->addAction(QString(), this, &ViewActions::copySourcesAsBibtex);
  m_copySourcesBibtex->setObjectName(QStringLiteral("copyViewSourcesBibtex"));
  m_copySourcesCslJson = m_edit->addAction(QString(), this, &ViewActions::copySourcesAsCslJson);
  m_copySourcesCslJson->setObjectName(QStringLiteral("copyViewSourcesCslJson"));
  m_exportSources = m_edit->addAction(QString(), this, &ViewActions::askToExportSources);
  m_exportSources->setObjectName(QStringLiteral("exportViewSources"));
  const QList<QAction*> menus = bar.actions();
  const qsizetype fileIndex = menus.indexOf(file.menuAction());
  bar.insertMenu(fileIndex >= 0 && fileIndex + 1 < menus.size() ? menus.at(fileIndex + 1) : nullptr, m_edit);

  m_bookmarksMenu = new QMenu(&bar);
  m_bookmarksMenu->setObjectName(QStringLiteral("BookmarksMenu"));
  m_addBookmark = new QAction(this);
  m_addBookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
  connect(m_addBookmark, &QAction::triggered, this, &ViewActions::askToAddBookmark);
  m_manageBookmarks = new QAction(this);
  connect(m_manageBookmarks, &QAction::triggered, this, &ViewActions::manageBookmarks);
  bar.insertMenu(help.menuAction(), m_bookmarksMenu);
  rebuildBookmarksMenu();
  retranslate();
}

bool ViewActions::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_edit && event->type() == QEvent::LanguageChange) retranslate();
  return QObject::eventFilter(watched, event);
}

void ViewActions::retranslate() {
  if (m_edit == nullptr) return;
  m_edit->setTitle(ViewActionsText::tr("&Edit"));
  m_bookmarksMenu->setTitle(ViewActionsText::tr("&Bookmarks"));
  m_openLink->setText(ViewActionsText::tr("Open &Link…"));
  m_compareDates->setText(ViewActionsText::tr("&Compare Dates…"));
  m_copyLink->setText(ViewActionsText::tr("Copy &Link to This View"));
  m_copyCitation->setText(ViewActionsText::tr("Copy &Citation for This View"));
  m_copySourcesBibtex->setText(ViewActionsText::tr("Copy Sources of This View as &BibTeX"));
  m_copySourcesCslJson->setText(ViewActionsText::tr("Copy Sources of This View as CSL-&JSON"));
  m_exportSources->setText(ViewActionsText::tr("&Export Sources of This View…"));
  m_addBookmark->setText(ViewActionsText::tr("&Add Bookmark…"));
  m_manageBookmarks->setText(ViewActionsText::tr("&Manage Bookmarks…"));
}

void ViewActions::rebuildBookmarksMenu() {
  if (m_bookmarksMenu == nullptr) return;
  m_bookmarksMenu->clear();
  m_bookmarksMenu->addAction(m_addBookmark);
  m_bookmarksMenu->addAction(m_manageBookmarks);
  m_manageBookmarks->setEnabled(!m_bookmarks.list().empty());
  if (!m_bookmarks.list().empty()) m_bookmarksMenu->addSeparator();
  for (const Bookmark& bookmark : m_bookmarks.list()) {
    // A name's "&" is shown, not taken for a mnemonic.
    QAction* action = m_bookmarksMenu->addAction(QString(bookmark.name).replace(u'&', QStringLiteral("&&")));
    action->setToolTip(bookmark.link);
    const QString link = bookmark.link;
    connect(action, &QAction::triggered, this, [this, link] { openLinkAndReport(link); });
  }
}

void ViewActions::setDateField(QLineEdit* field) {
  m_dateField = field;
}

ViewLink ViewActions::currentView() const {
  ViewLink link;
  const DayNumber today = m_session.controller.currentDay();
  link.date = QString::fromStdString(isoDate(today));
  if (m_dateField != nullptr) {
    const QString typed = m_dateField->text().trimmed();
    if (firstDayOf(typed.toStdString()) == today) link.date = typed;
  }
  link.view = m_map.viewport().toSpec();
  link.language = m_session.settings.language();
  if (m_session.settings.namingOrderChosen()) link.namingOrder = m_session.settings.namingOrder();
  link.hiddenLayers = hiddenLayersOf(m_map.renderOptions());
  link.territoryId = m_session.selection.territoryId();
  link.eventId = m_session.selection.eventId();
  return link;
}

QString ViewActions::currentLink() const {
  return encodeViewLink(currentView());
}

QString ViewActions::currentCitation() const {
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) return {};
  const CitedView view{m_session.controller.currentDay(), currentLink(), m_session.selection.territoryId(),
                       m_session.selection.eventId()};
  return viewCitation(*dataset, view, QStringLiteral(OKHOTSK_VERSION), m_session.settings.language(),
                      m_session.settings.namingOrder());
}

std::vector<std::string> ViewActions::currentSourceIds() const {
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) return {};
  const CitedView view{m_session.controller.currentDay(), QString(), m_session.selection.territoryId(),
                       m_session.selection.eventId()};
  return viewSourceIds(*dataset, view);
}

bool ViewActions::exportViewSources(const QString& path, QString* error) const {
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) {
    if (error != nullptr) *error = ViewActionsText::tr("cannot write %1: no dataset is open").arg(path);
    return false;
  }
  return writeSourcesFile(*dataset, currentSourceIds(), path, error);
}

QStringList ViewActions::openLink(const QString& text) {
  ViewLinkReadResult read = decodeViewLink(text, m_session.settings.language());
  if (!read.link) return read.problems;
  // The language first, so that what follows is reported in it.
  if (read.link->language && *read.link->language != m_session.settings.language()) {
    m_session.settings.setLanguage(*read.link->language);
    read = decodeViewLink(text, m_session.settings.language());
  }
  const ViewLink& link = *read.link;
  if (link.namingOrder) m_session.settings.setNamingOrder(*link.namingOrder);
  if (link.hiddenLayers) m_map.setRenderOptions(withHiddenLayers(m_map.renderOptions(), *link.hiddenLayers));
  if (!link.date.isEmpty()) {
    QString error;
    if (!m_session.controller.jumpTo(link.date, &error, m_session.settings.language()))
      read.problems << error;
  }
  // The selection before the view: selecting an event centres the map on it.
  const Dataset* dataset = m_session.document.dataset();
  const auto known = [dataset](const QString& id, bool territory) {
    if (dataset == nullptr) return false;
    return territory ? dataset->territory(id.toStdString()) != nullptr
                     : dataset->event(id.toStdString()) != nullptr;
  };
  // A link that names no selection clears it; one that names something this dataset lacks
  // leaves the selection as it is.
  const bool territoryKnown = link.territoryId.isEmpty() || known(link.territoryId, true);
  const bool eventKnown = link.eventId.isEmpty() || known(link.eventId, false);
  if (!territoryKnown)
    read.problems
        << ViewActionsText::tr("the link’s territory “%1” is not in this dataset").arg(link.territoryId);
  if (!eventKnown)
    read.problems << ViewActionsText::tr("the link’s event “%1” is not in this dataset").arg(link.eventId);
  if (territoryKnown && eventKnown) {
    m_session.selection.clear();
    if (!link.territoryId.isEmpty()) m_session.selection.selectTerritory(link.territoryId);
    if (!link.eventId.isEmpty()) m_session.selection.selectEvent(link.eventId);
  }
  if (!link.view.isEmpty()) {
    if (const auto viewport = MapViewport::fromSpec(link.view, m_map.size())) m_map.setViewport(*viewport);
  }
  return read.problems;
}

void ViewActions::openLinkAndReport(const QString& text) {
  showLinkProblems(openLink(text));
}

void ViewActions::showLinkProblems(const QStringList& problems) {
  if (problems.isEmpty()) return;
  auto* box =
      new QMessageBox(QMessageBox::Warning, ViewActionsText::tr("Open Link"),
                      ViewActionsText::tr("Part of the link could not be used:"), QMessageBox::Ok, &m_window);
  box->setObjectName(QStringLiteral("viewLinkProblems"));
  box->setInformativeText(problems.join(u'\n'));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void ViewActions::copyLink() {
  QApplication::clipboard()->setText(currentLink());
}

void ViewActions::copyCitation() {
  QApplication::clipboard()->setText(currentCitation());
}

void ViewActions::copySourcesAsBibtex() {
  if (const Dataset* dataset = m_session.document.dataset())
    copySources(*dataset, currentSourceIds(), CitationFormat::Bibtex);
}

void ViewActions::copySourcesAsCslJson() {
  if (const Dataset* dataset = m_session.document.dataset())
    copySources(*dataset, currentSourceIds(), CitationFormat::CslJson);
}

void ViewActions::askToExportSources() {
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) return;
  const QString day = QString::fromStdString(isoDate(m_session.controller.currentDay()));
  exportSourcesInteractively(&m_window, *dataset, currentSourceIds(), QStringLiteral("sources-%1").arg(day));
}

void ViewActions::askForLink() {
  bool ok = false;
  const QString clipboard = QApplication::clipboard()->text().trimmed();
  const QString text = QInputDialog::getText(
      &m_window, ViewActionsText::tr("Open Link"), ViewActionsText::tr("A view link (okhotsk:…):"),
      QLineEdit::Normal, isViewLink(clipboard) ? clipboard : QString(), &ok);
  if (ok && !text.trimmed().isEmpty()) openLinkAndReport(text);
}

void ViewActions::addBookmarkNamed(const QString& name) {
  const QString fallback =
      QString::fromStdString(formatDay(m_session.controller.currentDay(), m_session.settings.language()));
  m_bookmarks.add({name.trimmed().isEmpty() ? fallback : name, currentLink()});
}

void ViewActions::askToAddBookmark() {
  bool ok = false;
  const QString name = QInputDialog::getText(
      &m_window, ViewActionsText::tr("Add Bookmark"), ViewActionsText::tr("Name:"), QLineEdit::Normal,
      QString::fromStdString(formatDay(m_session.controller.currentDay(), m_session.settings.language())),
      &ok);
  if (ok) addBookmarkNamed(name);
}

void ViewActions::manageBookmarks() {
  QDialog dialog(&m_window);
  dialog.setWindowTitle(ViewActionsText::tr("Manage Bookmarks"));
  auto* layout = new QVBoxLayout(&dialog);
  auto* list = new QListWidget(&dialog);
  const auto fill = [this, list] {
    list->clear();
    for (const Bookmark& bookmark : m_bookmarks.list()) {
      auto* item = new QListWidgetItem(bookmark.name, list);
      item->setToolTip(bookmark.link);
      item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
  };
  fill();
  connect(list, &QListWidget::itemChanged, &dialog,
          [this, list](QListWidgetItem* item) { m_bookmarks.rename(list->row(item), item->text()); });
  auto* row = new QHBoxLayout;
  auto* remove = new QPushButton(ViewActionsText::tr("&Remove"), &dialog);
  auto* open = new QPushButton(ViewActionsText::tr("&Open"), &dialog);
  connect(remove, &QPushButton::clicked, &dialog, [this, list, fill] {
    if (m_bookmarks.remove(list->currentRow())) fill();
  });
  connect(open, &QPushButton::clicked, &dialog, [this, list, &dialog] {
    const int index = list->currentRow();
    if (index < 0 || index >= static_cast<int>(m_bookmarks.list().size())) return;
    const QString link = m_bookmarks.list()[static_cast<std::size_t>(index)].link;
    dialog.accept();
    openLinkAndReport(link);
  });
  row->addWidget(open);
  row->addWidget(remove);
  row->addStretch(1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  row->addWidget(buttons);
  layout->addWidget(list);
  layout->addLayout(row);
  dialog.resize(520, 360);
  dialog.exec();
}

void ViewActions::compareDates() {
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) return;
  const DayNumber today = m_session.controller.currentDay();
  // The date shown now beside the next change of control (or the one before, at the end).
  DayNumber other = today;
  if (const auto next = dataset->nextControlChange(today))
    other = *next;
  else if (const auto previous = dataset->previousControlChange(today))
    other = *previous;
  const MapViewport viewport = m_map.viewport();
  if (m_compare == nullptr) {
    m_compare =
        new CompareView(m_session.document, m_session.settings, viewport.projection(), viewport.mapBounds(),
                        std::min(today, other), std::max(today, other), &m_window);
    m_compare->setWindowFlag(Qt::Window);
    m_compare->setAttribute(Qt::WA_DeleteOnClose);
    m_compare->resize(m_window.size() * 0.9);
  } else {
    for (ComparePane* pane : {m_compare->leftPane(), m_compare->rightPane()})
      pane->setExtent(viewport.projection(), viewport.mapBounds());
    m_compare->setDays(std::min(today, other), std::max(today, other));
  }
  m_compare->setRenderOptions(m_map.renderOptions());
  m_compare->show();
  m_compare->raise();
  m_compare->activateWindow();
}

}  // namespace okhotsk::app
