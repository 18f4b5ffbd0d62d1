// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecture/presentation_window.h"

#include "chart/trade_chart.h"
#include "export/export_dialog.h"
#include "export/tour_export.h"
#include "export/video_export.h"
#include "export/web_export.h"
#include "lecture/presenter_view.h"
#include "lecture/tour_editor.h"
#include "map/widget/legend_menu.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "style/screen_scale.h"

#include "okhotsk/dataset.h"
#include "okhotsk/projection.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

constexpr double kMinTextScale = 0.6;
constexpr double kMaxTextScale = 3.0;
constexpr double kTextScaleStep = 1.15;

// Type and lines for a projector: 1.5× the desktop's, and more on a screen larger than full HD.
double projectorBaseScale(const QWidget* widget) {
  return 1.5 * largeScreenFactor(widget->screen());
}

bool isLeft(LegendCorner corner) {
  return corner == LegendCorner::TopLeft || corner == LegendCorner::BottomLeft;
}

bool isTop(LegendCorner corner) {
  return corner == LegendCorner::TopLeft || corner == LegendCorner::TopRight;
}

// Where the stop's subject is on the map of `view`: its event's place, else its territory's
// label point.
std::optional<QPointF> subjectOnScreen(const TourStop& stop, const Dataset& dataset,
                                       const MapViewport& view) {
  const bool region = view.projection() == MapProjection::Region;
  if (!stop.eventId.isEmpty())
    if (const Event* event = dataset.event(stop.eventId.toStdString()); event != nullptr && event->location)
      return view.toScreen(region ? event->region : event->world);
  if (!stop.territoryId.isEmpty())
    if (const Territory* territory = dataset.territory(stop.territoryId.toStdString()))
      if (const auto projected = Projector(view.projection()).forward(territory->labelPoint))
        return view.toScreen(*projected);
  return std::nullopt;
}

}  // namespace

LegendCorner legendCornerClearOf(QRectF legend, LegendCorner current, QSizeF map, QPointF subject,
                                 LegendCorner preferred) {
  constexpr double kMarkerMargin = 24.0;  // a marker and its halo around the point
  const QRectF around(subject - QPointF(kMarkerMargin, kMarkerMargin),
                      QSizeF(2 * kMarkerMargin, 2 * kMarkerMargin));
  const double marginX = isLeft(current) ? legend.left() : map.width() - legend.right();
  const double marginY = isTop(current) ? legend.top() : map.height() - legend.bottom();
  const auto placed = [&](LegendCorner corner) {
    const double x = isLeft(corner) ? marginX : map.width() - marginX - legend.width();
    const double y = isTop(corner) ? marginY : map.height() - marginY - legend.height();
    return QRectF(QPointF(x, y), legend.size());
  };
  if (!placed(preferred).intersects(around)) return preferred;
  for (const LegendCorner corner :
       {LegendCorner::TopLeft, LegendCorner::TopRight, LegendCorner::BottomLeft, LegendCorner::BottomRight})
    if (!placed(corner).intersects(around)) return corner;
  return preferred;
}

PresentationWindow::PresentationWindow(AtlasSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session) {
  setObjectName(QStringLiteral("PresentationWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/okhotsk/okhotsk-atlas.svg")));
  buildStage();
  buildDocks();
  buildActions();
  retranslate();
  connect(&m_session.player, &TourPlayer::stopChanged, this, &PresentationWindow::onStopChanged);
  connect(&m_session.player, &TourPlayer::tourChanged, this,
          [this] { onStopChanged(m_session.player.currentIndex()); });
  connect(&m_session.player, &TourPlayer::viewRequested, this, [this](const QString& spec) {
    // Fit the view to the map as it is laid out now that the caption has changed.
    if (QLayout* layout = m_map->parentWidget()->layout()) layout->activate();
    keepLegendOffTheSubject(spec);
    m_map->showView(spec, m_transitionMs);
  });
  m_preferredLegendCorner = m_map->legendCorner();
  connect(m_map, &MapWidget::renderOptionsChanged, this, [this] {
    if (!m_movingLegend) m_preferredLegendCorner = m_map->legendCorner();
  });
  connect(&m_session.settings, &DisplaySettings::languageChanged, this,
          [this] { onStopChanged(m_session.player.currentIndex()); });
  m_session.player.setTransition(std::chrono::milliseconds(m_transitionMs));
  resize(1600, 1000);
  applyTheme();
  onStopChanged(-1);
}

PresentationWindow::~PresentationWindow() {
  delete m_presenter;  // a top-level window of its own, not a child; its editor goes first
  m_presenter = nullptr;
}

TourEditor* PresentationWindow::editor() const noexcept {
  return m_presenter->editor();
}

void PresentationWindow::buildStage() {
  m_stack = new QStackedWidget(this);
  auto* stage = new QWidget(m_stack);
  stage->setObjectName(QStringLiteral("stage"));
  auto* layout = new QVBoxLayout(stage);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  m_map =
      new MapWidget(m_session.controller, m_session.document, m_session.settings, m_session.selection, stage);
  layout->addWidget(m_map, 1);
  // The map's view is session state: the tour editor reads it there, not from the widget.
  connect(m_map, &MapWidget::viewportChanged, this,
          [this] { m_session.view.setViewport(m_map->viewport()); });
  m_session.view.setViewport(m_map->viewport());
  auto* captionBar = new QWidget(stage);
  captionBar->setObjectName(QStringLiteral("captionBar"));
  auto* captionLayout = new QHBoxLayout(captionBar);
  m_caption = new QLabel(captionBar);
  m_caption->setObjectName(QStringLiteral("caption"));
  m_caption->setWordWrap(true);
  m_caption->setTextFormat(Qt::PlainText);
  m_counter = new QLabel(captionBar);
  m_counter->setObjectName(QStringLiteral("counter"));
  m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  captionLayout->addWidget(m_caption, 1);
  captionLayout->addWidget(m_counter);
  layout->addWidget(captionBar);
  m_stack->addWidget(stage);

  auto* blank = new QWidget(m_stack);
  blank->setObjectName(QStringLiteral("blank"));
  blank->setAutoFillBackground(true);
  QPalette black = blank->palette();
  black.setColor(QPalette::Window, Qt::black);
  blank->setPalette(black);
  m_stack->addWidget(blank);
  setCentralWidget(m_stack);
}

void PresentationWindow::buildDocks() {
  AtlasSession& s = m_session;
  auto dock = [this](const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(this);
    d->setObjectName(name);
    d->setWidget(content);
    addDockWidget(area, d);
    return d;
  };
  m_timeline = new TimelineWidget(s.controller, s.document, s.settings, this);
  m_timelineDock = dock(QStringLiteral("TimelineDock"), m_timeline, Qt::BottomDockWidgetArea);
  m_chart = new TradeChart(s.controller, s.document, s.settings, this);
  m_chartDock = dock(QStringLiteral("TradeDock"), m_chart, Qt::BottomDockWidgetArea);
  m_chartDock->hide();
  // The lecturer's window: notes, next stop, times and the tour editor, never on the projector.
  m_presenter = new PresenterView(m_session);
  connect(m_presenter->editor(), &TourEditor::modifiedChanged, this, [this](bool modified) {
    setWindowModified(modified);
    m_presenter->setWindowModified(modified);
  });
}

template <typename Slot>
QAction* PresentationWindow::addMenuAction(QMenu* menu, const QList<QKeySequence>& keys, Slot slot) {
  // The words are set by retranslateMenus().
  QAction* a = menu->addAction(QString());
  a->setShortcuts(keys);
  a->setShortcutContext(Qt::WindowShortcut);
  connect(a, &QAction::triggered, this, slot);
  addAction(a);  // shortcuts keep working when the menu bar is hidden (full screen)
  return a;
}

void PresentationWindow::buildActions() {
  const auto action = [this](QMenu* menu, const QList<QKeySequence>& keys, auto slot) {
    return addMenuAction(menu, keys, slot);
  };
  MenuItems& m = m_menus;

  m.file = menuBar()->addMenu(QString());
  m.open = action(m.file, {QKeySequence::Open}, &PresentationWindow::openTourDialog);
  m.save = action(m.file, {QKeySequence::Save}, [this] {
    if (!editor()->save()) saveTourAs();
  });
  m.saveAs = action(m.file, {QKeySequence::SaveAs}, &PresentationWindow::saveTourAs);
  m.file->addSeparator();
  m.exportView =
      action(m.file, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, &PresentationWindow::exportView);
  m.exportHandout = action(m.file, {}, &PresentationWindow::exportHandout);
  m.exportVideo = action(m.file, {}, &PresentationWindow::exportVideo);
  m.exportFrames = action(m.file, {}, &PresentationWindow::exportFrames);
  m.exportWeb = action(m.file, {}, &PresentationWindow::exportWeb);
  m.file->addSeparator();
  m.quit = action(m.file, {QKeySequence::Quit}, [this] { close(); });

  m.tour = menuBar()->addMenu(QString());
  m.next = action(m.tour,
                  {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space)},
                  [this] { m_session.player.next(); });
  m.previous = action(
      m.tour, {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Backspace)},
      [this] { m_session.player.previous(); });
  m.first = action(m.tour, {QKeySequence(Qt::Key_Home)}, [this] { m_session.player.first(); });
  m.last = action(m.tour, {QKeySequence(Qt::Key_End)}, [this] { m_session.player.last(); });
  m.tour->addSeparator();
  m.tour->addAction(m.exportVideo);  // where a lecturer looks for them, as well as under File
  m.tour->addAction(m.exportWeb);
  m.tour->addSeparator();
  m.blank = action(m.tour, {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)},
                   &PresentationWindow::toggleBlank);

  buildViewMenu();
  // The clicker's keys, and every other shortcut, work in the presenter view too.
  m_presenter->addActions(actions());
  m_presenter->setStepActions(m.previous, m.next, m.blank);
}

void PresentationWindow::buildViewMenu() {
  const auto action = [this](QMenu* menu, const QList<QKeySequence>& keys, auto slot) {
    return addMenuAction(menu, keys, slot);
  };
  MenuItems& m = m_menus;
  m.view = menuBar()->addMenu(QString());
  m.larger = action(m.view, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                    &PresentationWindow::largerText);
  m.smaller = action(m.view, {QKeySequence::ZoomOut}, &PresentationWindow::smallerText);
  m.fullScreen = action(m.view, {QKeySequence(Qt::Key_F11), QKeySequence(Qt::Key_F5)},
                        &PresentationWindow::toggleFullScreen);
  m.leaveFullScreen = action(m.view, {QKeySequence(Qt::Key_Escape)}, [this] {
    if (isFullScreen()) toggleFullScreen();
  });
  // H: the projector's high-contrast map colours (on), or the screen's.
  m.projectorColours = action(m.view, {QKeySequence(Qt::Key_H)}, [this] { applyTheme(); });
  m.projectorColours->setCheckable(true);
  m.projectorColours->setChecked(true);
  // G: the legend off the map, or into another corner, when it covers the stop's subject.
  auto* legend = new LegendMenu(*m_map, m.view);  // its words follow the language by themselves
  legend->showAction()->setShortcut(QKeySequence(Qt::Key_G));
  m.view->addAction(legend->showAction());
  m.view->addMenu(legend);
  addAction(legend->showAction());
  m.view->addSeparator();
  // The docks' toggle actions take their words from the docks' titles.
  auto toggle = [&](QDockWidget* dock, const QKeySequence& key) {
    QAction* a = dock->toggleViewAction();
    a->setShortcut(key);
    m.view->addAction(a);
    addAction(a);
  };
  toggle(m_timelineDock, QKeySequence(Qt::Key_T));
  toggle(m_chartDock, QKeySequence(Qt::Key_C));
  m.view->addSeparator();
  m.presenter = action(m.view, {QKeySequence(Qt::Key_N)}, [this](bool shown) { setPresenterShown(shown); });
  m.presenter->setCheckable(true);
  connect(m_presenter, &PresenterView::shownChanged, m.presenter, &QAction::setChecked);
  m.editTour = action(m.view, {QKeySequence(Qt::Key_E)}, [this] {
    setPresenterShown(true);
    m_presenter->showEditorPage();
  });
  m.swapScreens = action(m.view, {QKeySequence(Qt::Key_S)}, [this] { placeOnScreens(!m_screensSwapped); });
  // L: the next of the three languages, for the interface and the data together.
  m.language = m.view->addAction(QString());
  m.language->setShortcut(QKeySequence(Qt::Key_L));
  connect(m.language, &QAction::triggered, this, [this] {
    const Language now = m_session.settings.language();
    m_session.settings.setLanguage(now == Language::English    ? Language::Japanese
                                   : now == Language::Japanese ? Language::Russian
                                                               : Language::English);
  });
  addAction(m.language);
}

void PresentationWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void PresentationWindow::retranslate() {
  setWindowTitle(tr("Lecture[*]"));  // the desktop adds " — Okhotsk Atlas"
  m_timelineDock->setWindowTitle(tr("Timeline"));
  m_chartDock->setWindowTitle(tr("Trade"));
  retranslateMenus();
  onStopChanged(m_session.player.currentIndex());  // the caption and notes of the current stop
}

void PresentationWindow::retranslateMenus() {
  const MenuItems& m = m_menus;
  m.file->setTitle(tr("&File"));
  m.open->setText(tr("&Open Tour…"));
  m.save->setText(tr("&Save Tour"));
  m.saveAs->setText(tr("Save Tour &As…"));
  m.exportView->setText(tr("Export &View…"));
  m.exportHandout->setText(tr("Export Tour as &Handout (PDF)…"));
  m.exportVideo->setText(tr("Export Tour as &Video…"));
  m.exportFrames->setText(tr("Export Tour as &Frames for Video…"));
  m.exportWeb->setText(
      tr("Export Tour as &Web Pages…", "pages in three languages for students, opened from a USB stick"));
  m.quit->setText(tr("&Quit"));

  m.tour->setTitle(tr("&Tour"));
  m.next->setText(tr("&Next Stop"));
  m.previous->setText(tr("&Previous Stop"));
  m.first->setText(tr("&First Stop"));
  m.last->setText(tr("&Last Stop"));
  m.blank->setText(tr("&Blank Screen"));

  m.view->setTitle(tr("&View"));
  m.larger->setText(tr("&Larger Text"));
  m.smaller->setText(tr("&Smaller Text"));
  m.projectorColours->setText(
      tr("&High-Contrast Colours",
         "lecture: map colours for a projector: deeper sea, dark coasts, strong fills"));
  m.fullScreen->setText(tr("&Full Screen"));
  m.leaveFullScreen->setText(tr("Leave Full Screen"));
  m.presenter->setText(tr("&Presenter View", "the lecturer's window: notes, next stop, times, editor"));
  m.editTour->setText(tr("&Edit Tour"));
  m.swapScreens->setText(tr("S&wap Screens", "exchange the projector's and the lecturer's screens"));
  m.language->setText(tr("Next &Language", "English → Japanese → Russian, for the interface and the data"));
}

void PresentationWindow::applyTheme() {
  // Projector theme: near-black surroundings, white type, large fonts; the map keeps its own
  // colours (they are chosen for colour-blind readers) but its type and lines grow.
  const double scale = projectorBaseScale(this) * m_textScale;
  QPalette dark = palette();
  dark.setColor(QPalette::Window, QColor(18, 18, 18));
  dark.setColor(QPalette::WindowText, Qt::white);
  dark.setColor(QPalette::Base, QColor(30, 30, 30));
  dark.setColor(QPalette::AlternateBase, QColor(40, 40, 40));
  dark.setColor(QPalette::Text, Qt::white);
  dark.setColor(QPalette::Button, QColor(45, 45, 45));
  dark.setColor(QPalette::ButtonText, Qt::white);
  dark.setColor(QPalette::Highlight, QColor(255, 200, 60));
  dark.setColor(QPalette::HighlightedText, Qt::black);
  setPalette(dark);
  QFont base = QApplication::font();
  base.setPointSizeF(14.0 * 0.75 * scale);
  setFont(base);
  QFont captionFont = base;
  captionFont.setPointSizeF(22.0 * 0.75 * scale);
  m_caption->setFont(captionFont);
  m_counter->setFont(base);
  m_caption->setContentsMargins(static_cast<int>(12 * scale), static_cast<int>(6 * scale), 0,
                                static_cast<int>(6 * scale));
  // Room for three lines whatever the stop says: the map keeps its size from stop to stop, so
  // each stop's view is fitted to the map the audience sees.
  m_caption->setFixedHeight(QFontMetrics(captionFont).lineSpacing() * 3 + static_cast<int>(12 * scale));
  RenderOptions options = m_map->renderOptions();
  options.scale = scale;
  options.projector = m_menus.projectorColours == nullptr || m_menus.projectorColours->isChecked();
  m_map->setRenderOptions(options);
  // The timeline grows with the type so that its marks stay readable from the back of a hall.
  m_timeline->setMinimumHeight(static_cast<int>(std::lround(80.0 * scale)));
}

void PresentationWindow::setTextScale(double scale) {
  const double clamped = std::clamp(scale, kMinTextScale, kMaxTextScale);
  if (clamped == m_textScale) return;
  m_textScale = clamped;
  applyTheme();
}

void PresentationWindow::largerText() {
  setTextScale(m_textScale * kTextScaleStep);
}

void PresentationWindow::smallerText() {
  setTextScale(m_textScale / kTextScaleStep);
}

void PresentationWindow::setTransitionMs(int milliseconds) {
  m_transitionMs = std::max(0, milliseconds);
  m_session.player.setTransition(std::chrono::milliseconds(m_transitionMs));
}

bool PresentationWindow::isBlanked() const {
  return m_stack->currentIndex() == 1;
}

void PresentationWindow::setBlanked(bool blanked) {
  // A blank screen is black everywhere the audience looks: the docks fold with it.
  if (blanked == isBlanked()) return;
  for (QDockWidget* dock : {m_timelineDock, m_chartDock}) {
    if (blanked) {
      dock->setProperty("shownBeforeBlank", dock->isVisible());
      dock->hide();
    } else if (dock->property("shownBeforeBlank").toBool()) {
      dock->show();
    }
  }
  m_stack->setCurrentIndex(blanked ? 1 : 0);
}

void PresentationWindow::toggleBlank() {
  setBlanked(!isBlanked());
}

void PresentationWindow::toggleFullScreen() {
  if (isFullScreen()) {
    menuBar()->show();
    showNormal();
  } else {
    menuBar()->hide();
    showFullScreen();
  }
}

QString PresentationWindow::captionText() const {
  return m_caption->text();
}

QString PresentationWindow::notesText() const {
  return m_presenter->notesText();
}

void PresentationWindow::onStopChanged(int index) {
  const Language language = m_session.settings.language();
  const TourStop* stop = m_session.player.currentStop();
  if (stop == nullptr || index < 0) {
    m_caption->setText(m_session.player.count() == 0
                           ? tr("No tour loaded: File → Open Tour, or add stops in the tour "
                                "editor (E).")
                           : tr("Press PageDown or → to start the tour."));
    m_counter->setText(m_session.player.count() > 0 ? QStringLiteral("0 / %1").arg(m_session.player.count())
                                                    : QString());
    return;
  }
  m_caption->setText(stop->caption.get(language));
  m_counter->setText(QStringLiteral("%1 / %2").arg(index + 1).arg(m_session.player.count()));
}

bool PresentationWindow::openTour(const QString& path) {
  if (!editor()->openFile(path)) return false;
  m_session.player.goTo(0);
  return true;
}

bool PresentationWindow::confirmDiscard() {
  if (!editor()->isModified()) return true;
  const auto answer = QMessageBox::question(this, tr("Unsaved tour"),
                                            tr("The tour has changes that are not saved. Save them?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Cancel) return false;
  if (answer == QMessageBox::Save) {
    if (editor()->save()) return true;
    saveTourAs();
    return !editor()->isModified();
  }
  return true;
}

void PresentationWindow::openTourDialog() {
  if (!confirmDiscard()) return;
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Tour"), QFileInfo(editor()->filePath()).path(),
                                   tr("Okhotsk Atlas tours (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  if (!openTour(path)) {
    setPresenterShown(true);  // the editor's status line says what is wrong
    m_presenter->showEditorPage();
    QMessageBox::warning(this, tr("Cannot open tour"), editor()->statusText());
  }
}

void PresentationWindow::saveTourAs() {
  // A new file in the user's documents when the tour came from the shipped or a read-only
  // file, so that one Enter never overwrites it.
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Tour"), editor()->suggestedSavePath(),
                                                    tr("Okhotsk Atlas tours (*.json)"));
  if (path.isEmpty()) return;
  if (TourEditor::isProtectedPath(path) &&
      QMessageBox::question(this, tr("Protected tour file"),
                            tr("%1 is the tour shipped with the atlas or a read-only file. Write over it "
                               "anyway?")
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
    return;
  if (!editor()->saveTo(path)) QMessageBox::warning(this, tr("Tour not saved"), editor()->statusText());
}

void PresentationWindow::exportView() {
  RenderOptions options = m_map->renderOptions();
  options.scale = 1.0;
  ExportViewDialog dialog(m_session.document, m_session.settings, m_map->viewport(),
                          m_session.controller.currentDay(), options, this);
  dialog.exec();
}

void PresentationWindow::exportHandout() {
  if (m_session.player.count() == 0) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Handout"), QString(), tr("PDF (*.pdf)"));
  if (path.isEmpty()) return;
  // The notes are the lecturer's: on the handout only when asked for.
  const auto& stops = m_session.player.tour().stops;
  const bool hasNotes = std::any_of(stops.begin(), stops.end(), [](const TourStop& stop) {
    return !stop.notes.get(Language::English).trimmed().isEmpty();
  });
  const bool withNotes =
      hasNotes && QMessageBox::question(
                      this, tr("Speaker Notes"), tr("Print each stop's speaker notes under its caption?"),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
  QString error;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const bool written = writeTourHandout(m_session.player.tour(), m_session.document, m_session.settings, path,
                                        &error, {}, withNotes);
  QApplication::restoreOverrideCursor();
  if (!written) QMessageBox::warning(this, tr("Handout not written"), error);
}

void PresentationWindow::exportVideo() {
  const Tour& tour = m_session.player.tour();
  if (m_session.player.count() == 0) return;
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
  const QString name = tour.title.isEmpty() ? tr("tour", "default file name of an exported video")
                                            : tour.title.get(m_session.settings.language());
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Tour as Video"),
                                                    QDir(folder).filePath(name + QStringLiteral(".mp4")),
                                                    tr("MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)"));
  if (path.isEmpty()) return;
  bool ok = false;
  const QStringList sizes{QStringLiteral("1920x1080"), QStringLiteral("3840x2160"),
                          QStringLiteral("1280x720")};
  const QString sizeText = QInputDialog::getItem(this, tr("Video Size"), tr("Size:"), sizes, 0, false, &ok);
  if (!ok) return;
  TourVideoOptions options;
  options.framesPerSecond =
      QInputDialog::getInt(this, tr("Frame Rate"), tr("Frames per second:"), 25, 1, 120, 1, &ok);
  if (!ok) return;
  const QStringList parts = sizeText.split(QLatin1Char('x'));
  options.size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
  const int total = tourFrameCount(tour, options.framesPerSecond, options.transitionSeconds);
  QProgressDialog progress(tr("Encoding %n frame(s)…", nullptr, total), tr("Stop"), 0, total, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(0);
  QString error;
  QStringList written;
  const bool done = writeTourVideo(
      tour, m_session.document, m_session.settings, path, options, &error,
      [&progress](int frame, int) {
        progress.setValue(frame);
        return !progress.wasCanceled();
      },
      &written);
  progress.reset();
  if (!done) {
    QMessageBox::warning(this, tr("Video not written"), error);
    return;
  }
  statusBar()->showMessage(tr("Video written: %1, with subtitles in English, Japanese and Russian beside it")
                               .arg(QDir::toNativeSeparators(path)),
                           10000);
}

void PresentationWindow::exportFrames() {
  if (m_session.player.count() == 0) return;
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Frames into Folder"));
  if (folder.isEmpty()) return;
  bool ok = false;
  const QStringList sizes{QStringLiteral("1920x1080"), QStringLiteral("3840x2160"),
                          QStringLiteral("1280x720")};
  const QString sizeText = QInputDialog::getItem(this, tr("Frame Size"), tr("Size:"), sizes, 0, false, &ok);
  if (!ok) return;
  const int fps = QInputDialog::getInt(this, tr("Frame Rate"), tr("Frames per second:"), 25, 1, 120, 1, &ok);
  if (!ok) return;
  const QStringList parts = sizeText.split(QLatin1Char('x'));
  const QSize size(parts.value(0).toInt(), parts.value(1).toInt());
  const int total = tourFrameCount(m_session.player.tour(), fps);
  QProgressDialog progress(tr("Writing %1 frames…").arg(total), tr("Stop"), 0, total, this);
  progress.setWindowModality(Qt::WindowModal);
  QString error;
  const int written = writeTourFrames(m_session.player.tour(), m_session.document, m_session.settings, folder,
                                      size, fps, &error, [&progress](int done, int) {
                                        progress.setValue(done);
                                        return !progress.wasCanceled();
                                      });
  if (written < 0) QMessageBox::warning(this, tr("Frames not written"), error);
}

void PresentationWindow::keepLegendOffTheSubject(const QString& spec) {
  const TourStop* stop = m_session.player.currentStop();
  const Dataset* dataset = m_session.document.dataset();
  const QRectF legend = m_map->renderer().lastLegendRect();
  if (stop == nullptr || dataset == nullptr || !m_map->legendVisible() || legend.isEmpty()) return;
  const auto view = MapViewport::fromSpec(spec, m_map->size());
  if (!view) return;
  const auto subject = subjectOnScreen(*stop, *dataset, *view);
  if (!subject) return;
  const LegendCorner corner = legendCornerClearOf(legend, m_map->legendCorner(), QSizeF(m_map->size()),
                                                  *subject, m_preferredLegendCorner);
  if (corner == m_map->legendCorner()) return;
  m_movingLegend = true;
  m_map->setLegendCorner(corner);
  m_movingLegend = false;
}

void PresentationWindow::setPresenterShown(bool shown) {
  if (!shown) {
    m_presenter->hide();
    return;
  }
  // Beside the projector's picture when there is a second screen, else where it was left.
  const LectureScreens screens = lectureScreens();
  if (screens.twoScreens && !m_presenter->isVisible()) {
    m_presenter->setGeometry(QGuiApplication::screens().at(screens.presenter)->availableGeometry());
  } else if (!m_presenterPlaced && screen() != nullptr) {
    // On the one screen: two thirds of it, over the projector's picture, the first time.
    const QRect area = screen()->availableGeometry();
    m_presenter->setGeometry(QRect(area.topLeft(), area.size() * 2 / 3));
  }
  m_presenterPlaced = true;
  m_presenter->show();
  m_presenter->raise();
  m_presenter->activateWindow();
}

LectureScreens PresentationWindow::lectureScreens() const {
  const QList<QScreen*> all = QGuiApplication::screens();
  LectureScreens screens = chooseLectureScreens(
      static_cast<int>(all.size()), static_cast<int>(all.indexOf(QGuiApplication::primaryScreen())));
  if (m_screensSwapped && screens.twoScreens) std::swap(screens.audience, screens.presenter);
  return screens;
}

void PresentationWindow::placeOnScreens(bool swapped) {
  m_screensSwapped = swapped;
  const QList<QScreen*> all = QGuiApplication::screens();
  if (all.isEmpty()) return;
  const LectureScreens screens = lectureScreens();
  QScreen* audience = all.at(screens.audience);
  if (!screens.twoScreens) {
    // A projector is one screen for the atlas: fill it even where no window manager maximises.
    setGeometry(audience->availableGeometry());
    showMaximized();
    return;
  }
  if (isFullScreen()) showNormal();
  setGeometry(audience->geometry());
  menuBar()->hide();
  showFullScreen();
  m_presenter->hide();
  m_presenter->setGeometry(all.at(screens.presenter)->availableGeometry());
  m_presenter->showMaximized();
  m_presenter->activateWindow();
}

void PresentationWindow::exportWeb() {
  const Tour& tour = m_session.player.tour();
  if (m_session.player.count() == 0) return;
  // An empty or new folder, or one that holds an earlier web export (writeTourWeb refuses any
  // other, and says so).
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Tour as Web Pages into Folder"));
  if (folder.isEmpty()) return;
  const int total = 3 * (m_session.player.count() + 1);  // a map per stop and a page, per language
  QProgressDialog progress(tr("Writing the web pages…"), tr("Stop"), 0, total, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(0);
  QString error;
  const bool done = writeTourWeb(tour, m_session.document, m_session.settings, folder, TourWebOptions{},
                                 &error, [&progress](int written, int all) {
                                   progress.setMaximum(all);
                                   progress.setValue(written);
                                   return !progress.wasCanceled();
                                 });
  progress.reset();
  if (!done) {
    QMessageBox::warning(this, tr("Web pages not written"), error);
    return;
  }
  statusBar()->showMessage(
      tr("Web pages written: open %1 in a browser")
          .arg(QDir::toNativeSeparators(QDir(folder).filePath(tourWebPageName(Language::English)))),
      10000);
}

void PresentationWindow::closeEvent(QCloseEvent* event) {
  if (!confirmDiscard()) {
    event->ignore();
    return;
  }
  m_presenter->close();
  QMainWindow::closeEvent(event);
}

}  // namespace okhotsk::app
