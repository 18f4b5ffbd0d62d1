#include "desktop/atlas_window.h"

#include "chart/trade_chart.h"
#include "export/export_dialog.h"
#include "map/widget/map_widget.h"
#include "panels/diagnostics_dialog.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_session.h"
#include "timeline/playback_bar.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/edtf.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace okhotsk::app {

namespace {

QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content, QWidget* parent) {
  auto* dock = new QDockWidget(title, parent);
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
  buildDocks();
  buildMenus();
  buildStatusBar();
  resize(1600, 1000);
  m_defaultState = saveState();

  connect(&session.document, &AtlasDocument::datasetChanged, this, &AtlasWindow::updateTitleAndStatus);
  updateTitleAndStatus();
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
  timelineLayout->addWidget(m_playback);
  timelineLayout->addWidget(m_timeline, 1);
  m_timelineDock = makeDock(tr("Timeline"), QStringLiteral("TimelineDock"), timelineBox, this);
  m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable);  // the slider is never lost
  addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

  m_chart = new TradeChart(s.controller, s.document, s.settings, this);
  m_chartDock = makeDock(tr("Trade"), QStringLiteral("TradeDock"), m_chart, this);
  addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
  splitDockWidget(m_timelineDock, m_chartDock, Qt::Horizontal);

  m_events = new EventPanel(s.controller, s.document, s.settings, s.selection, this);
  m_eventsDock = makeDock(tr("Events"), QStringLiteral("EventsDock"), m_events, this);
  addDockWidget(Qt::RightDockWidgetArea, m_eventsDock);

  m_territory = new TerritoryPanel(s.controller, s.document, s.settings, s.selection, this);
  m_territoryDock = makeDock(tr("Territory"), QStringLiteral("TerritoryDock"), m_territory, this);
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
  connect(&s.selection, &Selection::eventSelected, this, [this](const QString& id) {
    if (!id.isEmpty()) m_eventsDock->raise();
  });
}

void AtlasWindow::buildMenus() {
  buildFileMenu();
  QMenu* view = buildViewMenu();
  buildNamingMenus(view);
  view->addSeparator();
  QMenu* panels = view->addMenu(tr("&Panels"));
  for (QDockWidget* dock : {m_timelineDock, m_chartDock, m_eventsDock, m_territoryDock})
    panels->addAction(dock->toggleViewAction());
  view->addAction(tr("Reset &Layout"), this, &AtlasWindow::resetLayout);
  buildGoMenu();
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Data &Sources and Credits"), this, &AtlasWindow::showSources);
  help->addAction(tr("&About Okhotsk Atlas"), this, &AtlasWindow::showAbout);
}

void AtlasWindow::buildFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* openFolder = file->addAction(tr("Open Dataset &Folder…"), this, &AtlasWindow::openDatasetFolder);
  openFolder->setShortcut(QKeySequence::Open);
  file->addAction(tr("Open &GeoPackage…"), this, &AtlasWindow::openGeoPackage);
  file->addAction(tr("Open &Embedded Dataset"), this, &AtlasWindow::openEmbeddedDataset);
  file->addSeparator();
  file->addAction(tr("Dataset &Diagnostics…"), this, &AtlasWindow::showDiagnostics);
  file->addSeparator();
  QAction* exportView = file->addAction(tr("&Export View…"), this, &AtlasWindow::exportView);
  exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
}

QMenu* AtlasWindow::buildViewMenu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* zoomIn = view->addAction(tr("Zoom &In"), m_map, &MapWidget::zoomIn);
  zoomIn->setShortcut(QKeySequence::ZoomIn);
  QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_map, &MapWidget::zoomOut);
  zoomOut->setShortcut(QKeySequence::ZoomOut);
  view->addAction(tr("Fit &Region"), QKeySequence(Qt::CTRL | Qt::Key_1), m_map, &MapWidget::fitRegion);
  view->addAction(tr("Fit &World"), QKeySequence(Qt::CTRL | Qt::Key_2), m_map, &MapWidget::fitWorld);
  view->addAction(tr("&Habomai Islets"), QKeySequence(Qt::CTRL | Qt::Key_3), m_map, &MapWidget::fitHabomai);
  QAction* measure = view->addAction(tr("&Measure Distance"));
  measure->setCheckable(true);
  measure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
  connect(measure, &QAction::toggled, m_map, &MapWidget::setMeasuring);
  view->addSeparator();
  return view;
}

// The naming order of disputed places and the language of names and titles: each a group of
// checkable actions that follows the session's settings, whoever changes them.
void AtlasWindow::buildNamingMenus(QMenu* view) {
  const AtlasSession& s = m_session;
  QMenu* naming = view->addMenu(tr("&Names of Disputed Places"));
  m_namingGroup = new QActionGroup(this);
  const std::pair<NamingOrder, QString> orders[] = {
      {NamingOrder::JapaneseFirst, tr("&Japanese Usage First (Etorofu / Iturup)")},
      {NamingOrder::RussianFirst, tr("&Russian Usage First (Iturup / Etorofu)")},
      {NamingOrder::English, tr("&English Exonyms Where They Exist")}};
  for (const auto& entry : orders) {
    const NamingOrder order = entry.first;
    const QString& label = entry.second;
    QAction* action = naming->addAction(label);
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

  QMenu* languages = view->addMenu(tr("&Language of Names and Titles"));
  m_languageGroup = new QActionGroup(this);
  for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
    QAction* action = languages->addAction(languageLabel(language));
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
  AtlasSession& s = m_session;
  QMenu* go = menuBar()->addMenu(tr("&Go"));
  QAction* play = go->addAction(tr("&Play / Pause"), &s.controller, &TimeController::togglePlaying);
  play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
  go->addAction(tr("&Previous Event"), QKeySequence(Qt::ALT | Qt::Key_Left), &s.controller,
                &TimeController::stepToPreviousEvent);
  go->addAction(tr("&Next Event"), QKeySequence(Qt::ALT | Qt::Key_Right), &s.controller,
                &TimeController::stepToNextEvent);
  go->addAction(tr("Previous &Control Change"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
                &s.controller, &TimeController::stepToPreviousControlChange);
  go->addAction(tr("Next C&ontrol Change"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), &s.controller,
                &TimeController::stepToNextControlChange);
  go->addSeparator();
  go->addAction(tr("&Jump to Date…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, &AtlasWindow::jumpToDate);
}

void AtlasWindow::buildStatusBar() {
  m_coordinates = new QLabel(this);
  m_coordinates->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.0000° N, 000.0000° E")));
  m_datasetStatus = new QLabel(this);
  m_datasetStatus->setTextFormat(Qt::RichText);
  connect(m_datasetStatus, &QLabel::linkActivated, this, &AtlasWindow::showDiagnostics);
  statusBar()->addWidget(m_datasetStatus, 1);
  statusBar()->addPermanentWidget(m_coordinates);
  connect(m_map, &MapWidget::cursorMoved, this, [this](double lon, double lat) {
    m_coordinates->setText(QStringLiteral("%1° %2, %3° %4")
                               .arg(std::abs(lat), 0, 'f', 4)
                               .arg(lat >= 0 ? QStringLiteral("N") : QStringLiteral("S"))
                               .arg(std::abs(lon), 0, 'f', 4)
                               .arg(lon >= 0 ? QStringLiteral("E") : QStringLiteral("W")));
  });
}

void AtlasWindow::updateTitleAndStatus() {
  const AtlasDocument& document = m_session.document;
  const QString name = document.isEmbedded() ? tr("embedded dataset") : document.path();
  setWindowTitle(tr("Okhotsk Atlas — %1").arg(name));
  const Diagnostics& diagnostics = document.diagnostics();
  QString status = tr("Dataset: %1").arg(name.toHtmlEscaped());
  if (const Dataset* dataset = document.dataset())
    status += tr(" · %n events", nullptr, static_cast<int>(dataset->events().size()));
  if (!diagnostics.empty())
    status +=
        QStringLiteral(" · <a href=\"diagnostics\">%1</a>")
            .arg(tr("%1 errors, %2 warnings").arg(diagnostics.errorCount()).arg(diagnostics.warningCount()));
  m_datasetStatus->setText(status);
}

bool AtlasWindow::openDataset(const QString& path) {
  if (!m_session.document.open(path)) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot open dataset"),
                    tr("Nothing could be read from %1. The current dataset stays open.").arg(path),
                    QMessageBox::Ok, this);
    box.setDetailedText(QString::fromStdString(m_session.document.diagnostics().toText()));
    box.exec();
    return false;
  }
  if (m_session.document.diagnostics().hasErrors()) showDiagnostics();
  return true;
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
  if (!m_session.document.openEmbedded())
    QMessageBox::warning(this, tr("Cannot open dataset"), tr("The embedded dataset was not found."));
}

void AtlasWindow::showDiagnostics() {
  DiagnosticsDialog dialog(m_session.document.diagnostics(), m_session.document.path(), this);
  dialog.exec();
}

void AtlasWindow::exportView() {
  const MapSelection selection{m_session.selection.territoryId(), m_session.selection.eventId()};
  ExportViewDialog dialog(m_session.document, m_session.settings, m_map->viewport(),
                          m_session.controller.currentDay(), m_map->renderOptions(), selection, this);
  dialog.exec();
}

void AtlasWindow::jumpToDate() {
  bool ok = false;
  const QString current = QString::fromStdString(isoDate(m_session.controller.currentDay()));
  QString text =
      QInputDialog::getText(this, tr("Jump to Date"), tr("Date (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):"),
                            QLineEdit::Normal, current, &ok);
  while (ok) {
    QString error;
    if (m_session.controller.jumpTo(text, &error)) return;
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
  const Dataset* dataset = m_session.document.dataset();
  QString html =
      tr("<h3>Data sources</h3><p>Coastlines: GSHHG 2.3.7, Wessel &amp; Smith (1996), LGPL-3+.</p><ul>");
  if (dataset != nullptr) {
    for (const Source& source : dataset->sources()) {
      html += QStringLiteral("<li>") + QString::fromStdString(source.citation).toHtmlEscaped();
      for (const std::string& url : source.urls) {
        const QString u = QString::fromStdString(url).toHtmlEscaped();
        html += QStringLiteral(" <a href=\"%1\">%1</a>").arg(u);
      }
      html += QStringLiteral("</li>");
    }
  }
  html += QStringLiteral("</ul>");
  QMessageBox box(QMessageBox::Information, tr("Data Sources and Credits"), QString(), QMessageBox::Ok, this);
  box.setTextFormat(Qt::RichText);
  box.setText(html);
  box.exec();
}

void AtlasWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  m_session.settings.save(settings);
  settings.setValue(QStringLiteral("time/lastDate"),
                    QString::fromStdString(isoDate(m_session.controller.currentDay())));
}

bool AtlasWindow::restoreSettings() {
  QSettings settings;
  const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  const QString lastDate = settings.value(QStringLiteral("time/lastDate")).toString();
  if (!lastDate.isEmpty()) m_session.controller.jumpTo(lastDate);
  return restored;
}

void AtlasWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  QMainWindow::closeEvent(event);
}

}  // namespace okhotsk::app
