// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/atlas_window.h"

#include "chart/trade_chart.h"
#include "desktop/add_layer_dialog.h"
#include "desktop/help_window.h"
#include "desktop/user_layer_menu.h"
#include "desktop/window_placement.h"
#include "export/data_export_dialog.h"
#include "export/export_dialog.h"
#include "map/widget/legend_menu.h"
#include "map/widget/map_widget.h"
#include "panels/diagnostics_dialog.h"
#include "panels/event_panel.h"
#include "panels/sources_dialog.h"
#include "panels/territory_panel.h"
#include "session/atlas_session.h"
#include "session/playback_settings.h"
#include "session/user_layers.h"
#include "share/view_actions.h"
#include "timeline/playback_bar.h"
#include "timeline/text_field_keys.h"
#include "timeline/timeline_widget.h"
#include "timeline/view_preferences.h"

#include "okhotsk/edtf.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cmath>

namespace okhotsk::app {

namespace {

// A dock without a title yet: retranslate() gives it one.
QDockWidget* makeDock(const QString& objectName, QWidget* content, QWidget* parent) {
  auto* dock = new QDockWidget(parent);
  dock->setObjectName(objectName);  // restoreState() finds docks by object name
  dock->setWidget(content);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  return dock;
}

QString languageLabel(Language language) {
  switch (language) {
    case Language::English:
      return QStringLiteral("English");
    case Language::Japanese:
      return QStringLiteral("日本語");
    case Language::Russian:
      return QStringLiteral("Русский");
  }
  return {};
}

}  // namespace

AtlasWindow::AtlasWindow(AtlasSession& session, QWidget* parent) : QMainWindow(parent), m_session(session) {
  setObjectName(QStringLiteral("AtlasWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/okhotsk/okhotsk-atlas.svg")));
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);

  m_map = new MapWidget(session.controller, session.document, session.settings, session.selection, this);
  setCentralWidget(m_map);
  m_userLayers = new UserLayers(this);
  m_map->setUserLayers(m_userLayers);
  buildDocks();
  m_timeline->setUserLayers(m_userLayers);
  buildMenus();
  m_viewActions = new ViewActions(session, *m_map, *this);
  m_viewActions->install(*menuBar(), *m_menus.file, *m_menus.view, *m_menus.help);
  m_viewActions->setDateField(m_playback->dateField());
  buildStatusBar();
  retranslate();
  resize(1600, 1000);
  m_defaultState = saveState();

  connect(&session.document, &AtlasDocument::datasetChanged, this, &AtlasWindow::updateTitleAndStatus);
}

AtlasWindow::~AtlasWindow() = default;

void AtlasWindow::buildDocks() {
  AtlasSession& s = m_session;
  auto* timelineBox = new QWidget(this);
  auto* timelineLayout = new QVBoxLayout(timelineBox);
  timelineLayout->setContentsMargins(4, 2, 4, 4);
  timelineLayout->setSpacing(2);
  m_playback = new PlaybackBar(s.controller, s.document, s.settings, timelineBox);
  m_timeline = new TimelineWidget(s.controller, s.document, s.settings, timelineBox);
  // A click on an event's mark selects the event, as a click on its marker on the map does.
  connect(m_timeline, &TimelineWidget::eventActivated, &s.selection, &Selection::selectEvent);
  timelineLayout->addWidget(m_playback);
  timelineLayout->addWidget(m_timeline, 1);
  m_timelineDock = makeDock(QStringLiteral("TimelineDock"), timelineBox, this);
  m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable);  // the slider is never lost
  addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

  m_chart = new TradeChart(s.controller, s.document, s.settings, this);
  m_chartDock = makeDock(QStringLiteral("TradeDock"), m_chart, this);
  addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
  splitDockWidget(m_timelineDock, m_chartDock, Qt::Horizontal);

  m_events = new EventPanel(s.controller, s.document, s.settings, s.selection, this);
  m_eventsDock = makeDock(QStringLiteral("EventsDock"), m_events, this);
  addDockWidget(Qt::RightDockWidgetArea, m_eventsDock);

  m_territory = new TerritoryPanel(s.controller, s.document, s.settings, s.selection, this);
  m_territoryDock = makeDock(QStringLiteral("TerritoryDock"), m_territory, this);
  addDockWidget(Qt::RightDockWidgetArea, m_territoryDock);
  tabifyDockWidget(m_eventsDock, m_territoryDock);
  m_eventsDock->raise();
  resizeDocks({m_eventsDock}, {440}, Qt::Horizontal);
  resizeDocks({m_timelineDock, m_chartDock}, {1000, 560}, Qt::Horizontal);
  resizeDocks({m_timelineDock}, {240}, Qt::Vertical);

  // A clicked territory brings its panel forward; a picked event, the event list.
  connect(&s.selection, &Selection::territorySelected, this, [this](const QString& id) {
    if (!id.isEmpty()) m_territoryDock->raise();
  });
  connect(&s.selection, &Selection::boundarySelected, this, [this](const QString& id) {
    if (!id.isEmpty()) m_territoryDock->raise();
  });
  connect(&s.selection, &Selection::eventSelected, this, [this](const QString& id) {
    if (!id.isEmpty()) m_eventsDock->raise();
  });
}

// The menus' structure: actions with their shortcuts and connections. Their words come from
// retranslate().
void AtlasWindow::buildMenus() {
  buildFileMenu();
  QMenu* view = buildViewMenu();
  buildNamingMenus(view);
  view->addSeparator();
  m_menus.panels = view->addMenu(QString());
  for (QDockWidget* dock : {m_timelineDock, m_chartDock, m_eventsDock, m_territoryDock})
    m_menus.panels->addAction(dock->toggleViewAction());
  m_actions.resetLayout = view->addAction(QString(), this, &AtlasWindow::resetLayout);
  buildGoMenu();
  menuBar()->addMenu(new UserLayerMenu(*m_userLayers, m_actions.addLayer, this));
  m_menus.help = menuBar()->addMenu(QString());
  m_actions.guide =
      m_menus.help->addAction(QString(), QKeySequence::HelpContents, this, [this] { showHelp(0); });
  m_actions.shortcuts =
      m_menus.help->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_F1), this, [this] { showHelp(1); });
  m_menus.help->addSeparator();
  m_actions.sources = m_menus.help->addAction(QString(), this, &AtlasWindow::showSources);
  m_actions.about = m_menus.help->addAction(QString(), this, &AtlasWindow::showAbout);
}

void AtlasWindow::buildFileMenu() {
  QMenu* file = m_menus.file = menuBar()->addMenu(QString());
  Actions& a = m_actions;
  a.openFolder = file->addAction(QString(), this, &AtlasWindow::openDatasetFolder);
  a.openFolder->setShortcut(QKeySequence::Open);
  a.openGeoPackage = file->addAction(QString(), this, &AtlasWindow::openGeoPackage);
  a.openEmbedded = file->addAction(QString(), this, &AtlasWindow::openEmbeddedDataset);
  file->addSeparator();
  a.diagnostics = file->addAction(QString(), this, &AtlasWindow::showDiagnostics);
  file->addSeparator();
  a.exportView = file->addAction(QString(), this, &AtlasWindow::exportView);
  a.exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  // File → Export Data: found by its name when the words are set (retranslateFileMenu).
  QAction* exportData = file->addAction(QString(), this, [this] {
    DataExportDialog dialog(m_session.document,
                            currentExportFilter(*m_events->filterModel(), m_session.controller), this);
    dialog.exec();
  });
  exportData->setObjectName(QStringLiteral("exportData"));
  a.addLayer = file->addAction(QString(), this, &AtlasWindow::addLayer);
  a.addLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
  file->addSeparator();
  a.quit = file->addAction(QString(), this, &QWidget::close);
  a.quit->setShortcut(QKeySequence::Quit);
}

QMenu* AtlasWindow::buildViewMenu() {
  QMenu* view = m_menus.view = menuBar()->addMenu(QString());
  Actions& a = m_actions;
  a.zoomIn = view->addAction(QString(), m_map, &MapWidget::zoomIn);
  a.zoomIn->setShortcut(QKeySequence::ZoomIn);
  a.zoomOut = view->addAction(QString(), m_map, &MapWidget::zoomOut);
  a.zoomOut->setShortcut(QKeySequence::ZoomOut);
  a.fitRegion = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_1), m_map, &MapWidget::fitRegion);
  a.fitWorld = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_2), m_map, &MapWidget::fitWorld);
  a.fitHabomai =
      view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_3), m_map, &MapWidget::fitHabomai);
  a.measure = view->addAction(QString());
  a.measure->setCheckable(true);
  a.measure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
  connect(a.measure, &QAction::toggled, m_map, &MapWidget::setMeasuring);
  auto* legend = new LegendMenu(*m_map, view);  // its words follow the language by themselves
  view->addAction(legend->showAction());
  view->addMenu(legend);
  view->addSeparator();
  return view;
}

// The naming order of disputed places and the language of names and titles: each a group of
// checkable actions that follows the session's settings, whoever changes them.
void AtlasWindow::buildNamingMenus(QMenu* view) {
  const AtlasSession& s = m_session;
  m_menus.naming = view->addMenu(QString());
  m_namingGroup = new QActionGroup(this);
  for (NamingOrder order : {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English}) {
    QAction* action = m_menus.naming->addAction(QString());
    action->setCheckable(true);
    action->setChecked(order == s.settings.namingOrder());
    action->setData(static_cast<int>(order));
    m_namingGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, order] { m_session.settings.setNamingOrder(order); });
  }
  connect(&s.settings, &DisplaySettings::namingOrderChanged, this, [this](NamingOrder order) {
    for (QAction* action : m_namingGroup->actions())
      action->setChecked(action->data().toInt() == static_cast<int>(order));
  });

  m_menus.languages = view->addMenu(QString());
  m_languageGroup = new QActionGroup(this);
  for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
    // Each language is named in itself, whatever the interface language: never translated.
    QAction* action = m_menus.languages->addAction(languageLabel(language));
    action->setCheckable(true);
    action->setChecked(language == s.settings.language());
    action->setData(static_cast<int>(language));
    m_languageGroup->addAction(action);
    connect(action, &QAction::triggered, this,
            [this, language] { m_session.settings.setLanguage(language); });
  }
  connect(&s.settings, &DisplaySettings::languageChanged, this, [this](Language language) {
    for (QAction* action : m_languageGroup->actions())
      action->setChecked(action->data().toInt() == static_cast<int>(language));
  });
}

void AtlasWindow::buildGoMenu() {
  TimeController& controller = m_session.controller;
  QMenu* go = m_menus.go = menuBar()->addMenu(QString());
  Actions& a = m_actions;
  a.play = go->addAction(QString(), &controller, &TimeController::togglePlaying);
  a.play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
  a.previousEvent = go->addAction(QString(), QKeySequence(Qt::ALT | Qt::Key_Left), &controller,
                                  &TimeController::stepToPreviousEvent);
  a.nextEvent = go->addAction(QString(), QKeySequence(Qt::ALT | Qt::Key_Right), &controller,
                              &TimeController::stepToNextEvent);
  a.previousChange = go->addAction(QString(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), &controller,
                                   &TimeController::stepToPreviousControlChange);
  a.nextChange = go->addAction(QString(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), &controller,
                               &TimeController::stepToNextControlChange);
  go->addSeparator();
  a.jumpToDate = go->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_G), this, &AtlasWindow::jumpToDate);
  go->addSeparator();
  a.loopStart = go->addAction(QString(), &controller, &TimeController::setLoopStartAtCurrentDay);
  a.loopEnd = go->addAction(QString(), &controller, &TimeController::setLoopEndAtCurrentDay);
  a.clearLoop = go->addAction(QString(), &controller, &TimeController::clearLoop);
  // The timeline's Page Up/Down keys (named in the playback bar's tooltips) window-wide, except
  // in a text field, which keeps them.
  const QKeySequence pageUp(Qt::Key_PageUp);
  const QKeySequence pageDown(Qt::Key_PageDown);
  const QKeySequence controlPageUp(Qt::CTRL | Qt::Key_PageUp);
  const QKeySequence controlPageDown(Qt::CTRL | Qt::Key_PageDown);
  a.previousEvent->setShortcuts({a.previousEvent->shortcut(), pageUp});
  a.nextEvent->setShortcuts({a.nextEvent->shortcut(), pageDown});
  a.previousChange->setShortcuts({a.previousChange->shortcut(), controlPageUp});
  a.nextChange->setShortcuts({a.nextChange->shortcut(), controlPageDown});
  new TextFieldKeys({pageUp, pageDown, controlPageUp, controlPageDown}, this);
  // The date keys work wherever the focus is, floating panels included.
  for (QAction* action : {a.play, a.previousEvent, a.nextEvent, a.previousChange, a.nextChange, a.jumpToDate})
    action->setShortcutContext(Qt::ApplicationShortcut);
}

void AtlasWindow::buildStatusBar() {
  m_coordinates = new QLabel(this);
  m_datasetStatus = new QLabel(this);
  m_datasetStatus->setTextFormat(Qt::RichText);
  connect(m_datasetStatus, &QLabel::linkActivated, this, &AtlasWindow::showDiagnostics);
  statusBar()->addWidget(m_datasetStatus, 1);
  statusBar()->addPermanentWidget(m_coordinates);
  connect(m_map, &MapWidget::cursorMoved, this, [this](double lon, double lat) {
    m_cursor = QPointF(lon, lat);
    updateCoordinates();
  });
}

// --- words ------------------------------------------------------------------------------------

void AtlasWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void AtlasWindow::retranslate() {
  m_timelineDock->setWindowTitle(tr("Timeline"));
  m_chartDock->setWindowTitle(tr("Trade"));
  m_eventsDock->setWindowTitle(tr("Events"));
  m_territoryDock->setWindowTitle(tr("Territory"));
  retranslateFileMenu();
  retranslateViewMenu();
  retranslateGoAndHelpMenus();
  // Wide enough for the longest reading, in this language's wording.
  m_coordinates->setMinimumWidth(fontMetrics().horizontalAdvance(coordinatesText(-179.9999, -89.9999)));
  updateCoordinates();
  updateTitleAndStatus();
}

void AtlasWindow::retranslateFileMenu() {
  const Actions& a = m_actions;
  m_menus.file->setTitle(tr("&File"));
  a.openFolder->setText(tr("Open Dataset &Folder…"));
  a.openGeoPackage->setText(tr("Open &GeoPackage…"));
  a.openEmbedded->setText(tr("Open &Embedded Dataset"));
  a.diagnostics->setText(tr("Dataset &Diagnostics…"));
  a.exportView->setText(tr("&Export View…"));
  if (auto* exportData = m_menus.file->findChild<QAction*>(QStringLiteral("exportData")))
    exportData->setText(tr("Export D&ata…"));
  a.addLayer->setText(tr("Add &Layer…"));
  a.quit->setText(tr("&Quit"));
}

void AtlasWindow::retranslateViewMenu() {
  const Actions& a = m_actions;
  m_menus.view->setTitle(tr("&View"));
  a.zoomIn->setText(tr("Zoom &In"));
  a.zoomOut->setText(tr("Zoom &Out"));
  a.fitRegion->setText(tr("Fit &Region"));
  a.fitWorld->setText(tr("Fit &World"));
  a.fitHabomai->setText(tr("&Habomai Islets"));
  a.measure->setText(tr("&Measure Distance"));
  m_menus.naming->setTitle(tr("&Names of Disputed Places"));
  for (QAction* action : m_namingGroup->actions())
    action->setText(namingLabel(static_cast<NamingOrder>(action->data().toInt())));
  m_menus.languages->setTitle(tr("&Language", "of the interface and the data together"));
  m_menus.panels->setTitle(tr("&Panels"));
  a.resetLayout->setText(tr("Reset &Layout"));
}

void AtlasWindow::retranslateGoAndHelpMenus() {
  const Actions& a = m_actions;
  m_menus.go->setTitle(tr("&Go"));
  a.play->setText(tr("&Play / Pause"));
  a.previousEvent->setText(tr("&Previous Event"));
  a.nextEvent->setText(tr("&Next Event"));
  a.previousChange->setText(tr("Previous &Control Change"));
  a.nextChange->setText(tr("Next C&ontrol Change"));
  a.jumpToDate->setText(tr("&Jump to Date…"));
  a.loopStart->setText(tr("Set Loop &Start at Current Date"));
  a.loopEnd->setText(tr("Set Loop &End at Current Date"));
  a.clearLoop->setText(tr("C&lear Loop"));
  m_menus.help->setTitle(tr("&Help"));
  a.guide->setText(tr("&Guide"));
  a.shortcuts->setText(tr("&Keyboard Shortcuts"));
  a.sources->setText(tr("Data &Sources and Credits"));
  a.about->setText(tr("&About Okhotsk Atlas"));
}

QString AtlasWindow::namingLabel(NamingOrder order) const {
  switch (order) {
    case NamingOrder::JapaneseFirst:
      return tr("&Japanese Usage First (Etorofu / Iturup)");
    case NamingOrder::RussianFirst:
      return tr("&Russian Usage First (Iturup / Etorofu)");
    case NamingOrder::English:
      return tr("&English Exonyms Where They Exist");
  }
  return {};
}

// "43.5000° N, 146.0000° E", as a whole phrase per hemisphere so that a language may word it
// its own way (北緯…、東経…).
QString AtlasWindow::coordinatesText(double lon, double lat) const {
  const QString latitude = QString::number(std::abs(lat), 'f', 4);
  const QString longitude = QString::number(std::abs(lon), 'f', 4);
  if (lat >= 0) return (lon >= 0 ? tr("%1° N, %2° E") : tr("%1° N, %2° W")).arg(latitude, longitude);
  return (lon >= 0 ? tr("%1° S, %2° E") : tr("%1° S, %2° W")).arg(latitude, longitude);
}

void AtlasWindow::updateCoordinates() {
  if (m_cursor) m_coordinates->setText(coordinatesText(m_cursor->x(), m_cursor->y()));
}

void AtlasWindow::updateTitleAndStatus() {
  const AtlasDocument& document = m_session.document;
  const QString name = document.isEmbedded() ? tr("embedded dataset") : document.displayPath();
  // The desktop adds the application's name ("… — Okhotsk Atlas") to every window's title.
  setWindowTitle(name);
  QString status;
  if (const Dataset* dataset = document.dataset())
    status = tr("Dataset: %1 · %n events", nullptr, static_cast<int>(dataset->events().size()))
                 .arg(name.toHtmlEscaped());
  else
    status = tr("Dataset: %1").arg(name.toHtmlEscaped());
  const Diagnostics& diagnostics = document.diagnostics();
  if (!diagnostics.empty())
    status +=
        QStringLiteral(" · <a href=\"diagnostics\">%1</a>")
            .arg(DiagnosticsDialog::countsText(diagnostics.errorCount(), diagnostics.warningCount(), 0));
  m_datasetStatus->setText(status);
}

bool AtlasWindow::openDataset(const QString& path) {
  if (m_session.document.open(path)) {
    // Warnings only (errors refuse): the status bar's link counts them; no dialog in the way.
    return true;
  }
  return showOpenFailure(m_session.document.failure());
}

bool AtlasWindow::showOpenFailure(const AtlasDocument::Failure& failure) {
  // A database's connection string is shown with its password masked.
  const QString shown = QString::fromStdString(maskedPath(failure.path.toStdString()));
  if (failure.notADataset) {
    // A GeoJSON, Shapefile, CSV, KML or another GeoPackage: refused whole, never half opened.
    QMessageBox box(QMessageBox::Information, tr("Not an Okhotsk Atlas dataset"),
                    tr("%1 is not an Okhotsk Atlas dataset: it has none of the layers events, territories, "
                       "control periods, states, sources and the others an atlas needs. The current dataset "
                       "stays open.\n\nTo show this file on the atlas, use File → Add Layer.")
                        .arg(shown),
                    QMessageBox::Ok, this);
    box.setDetailedText(QString::fromStdString(failure.diagnostics.toText()));
    box.exec();
    return false;
  }
  if (!failure.refused) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot open dataset"),
                    tr("Nothing could be read from %1. The current dataset stays open.").arg(shown),
                    QMessageBox::Ok, this);
    box.setDetailedText(QString::fromStdString(failure.diagnostics.toText()));
    box.exec();
    return false;
  }
  DiagnosticsDialog dialog(failure.diagnostics, shown, this);
  dialog.setRefused(true);
  if (dialog.exec() != DiagnosticsDialog::OpenWhatIsValid) return false;
  // Asked for explicitly: what the errors name is left out (the status bar still counts them).
  const AtlasDocument::Failure kept = failure;  // open() replaces the document's own
  if (m_session.document.open(kept.path, OpenPolicy::WhatIsValid)) return true;
  return showOpenFailure(m_session.document.failure());
}

void AtlasWindow::openDatasetFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"));
  if (!folder.isEmpty()) openDataset(folder);
}

void AtlasWindow::openGeoPackage() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Open GeoPackage"), QString(),
                                                    tr("GeoPackage (*.gpkg);;All files (*)"));
  if (!file.isEmpty()) openDataset(file);
}

void AtlasWindow::openEmbeddedDataset() {
  if (m_session.document.openEmbedded()) return;
  if (m_session.document.failure().path.isEmpty())
    QMessageBox::warning(this, tr("Cannot open dataset"), tr("The embedded dataset was not found."));
  else
    showOpenFailure(m_session.document.failure());
}

void AtlasWindow::showDiagnostics() {
  DiagnosticsDialog dialog(m_session.document.diagnostics(), m_session.document.displayPath(), this);
  dialog.exec();
}

void AtlasWindow::exportView() {
  ExportViewDialog dialog(m_session.document, m_session.settings, m_map->viewport(),
                          m_session.controller.currentDay(), m_map->renderOptions(), this);
  dialog.exec();
}

void AtlasWindow::addLayer() {
  AddLayerDialog dialog(m_userLayers->nextColour(), this);
  if (dialog.exec() != QDialog::Accepted || !dialog.canAccept()) return;
  m_userLayers->add(dialog.spec(), dialog.data());
}

void AtlasWindow::jumpToDate() {
  bool ok = false;
  // The date as it was typed ("1945~") while it is the current one.
  QString current = m_session.controller.typedDateText();
  if (current.isEmpty()) current = QString::fromStdString(isoDate(m_session.controller.currentDay()));
  QString text =
      QInputDialog::getText(this, tr("Jump to Date"), tr("Date (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):"),
                            QLineEdit::Normal, current, &ok);
  while (ok) {
    QString error;
    if (m_session.controller.jumpTo(text, &error, m_session.settings.language())) return;
    text = QInputDialog::getText(this, tr("Jump to Date"), tr("%1\nDate (EDTF):").arg(error),
                                 QLineEdit::Normal, text, &ok);
  }
}

void AtlasWindow::resetLayout() {
  restoreState(m_defaultState);
  for (QDockWidget* dock : {m_timelineDock, m_chartDock, m_eventsDock, m_territoryDock}) dock->show();
  m_map->fitRegion();
}

void AtlasWindow::showAbout() {
  QMessageBox::about(
      this, tr("About Okhotsk Atlas"),
      tr("<h3>Okhotsk Atlas %1</h3><p>An interactive map and timeline of Japanese–Soviet and "
         "Japanese–Russian "
         "relations and the disputed territories.</p><p>The atlas takes no side: disputed places carry both "
         "names, "
         "and who administered and who claimed a territory are shown as separate facts, each with its "
         "source.</p>")
          .arg(QStringLiteral(OKHOTSK_VERSION)));
}

void AtlasWindow::showSources() {
  SourcesDialog dialog(m_session.document.dataset(), this);
  dialog.exec();
}

void AtlasWindow::showHelp(int page) {
  QList<QAction*> actions;
  for (QAction* menu : menuBar()->actions())
    if (menu->menu() != nullptr) actions += menu->menu()->actions();
  HelpWindow help(m_session.settings, actions, this);
  help.showPage(page);
  help.exec();
}

void AtlasWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  m_session.settings.save(settings);
  const QString typed = m_session.controller.typedDateText();
  settings.setValue(
      QStringLiteral("time/lastDate"),
      typed.isEmpty() ? QString::fromStdString(isoDate(m_session.controller.currentDay())) : typed);
  playback_settings::save(settings, m_session.controller);
  view_preferences::save(settings, *m_map, *m_chart, *m_events);
  m_userLayers->save(settings);
}

bool AtlasWindow::restoreSettings() {
  QSettings settings;
  const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  // Qt brings back only a window that is wholly off the screen: the frame must be all on it.
  if (restored) keepFrameOnScreen(*this);
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  const QString lastDate = settings.value(QStringLiteral("time/lastDate")).toString();
  if (!lastDate.isEmpty()) m_session.controller.jumpTo(lastDate);
  playback_settings::restore(settings, m_session.controller);
  view_preferences::restore(settings, *m_map, *m_chart, *m_events);
  // A saved layer whose file is gone is reported here, once: the next save forgets it.
  if (const QStringList gone = m_userLayers->restore(settings); !gone.isEmpty())
    statusBar()->showMessage(gone.join(QStringLiteral("; ")), 30000);
  return restored;
}

void AtlasWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  QMainWindow::closeEvent(event);
}

}  // namespace okhotsk::app
