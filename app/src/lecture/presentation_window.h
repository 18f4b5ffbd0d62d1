// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_session.h"

#include "lecture/presenter_view.h"
#include "map/render/map_scene.h"
#include "session/tour_player.h"

#include <QMainWindow>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace okhotsk::app {

class MapWidget;

/// Where the legend goes so that it does not cover `subject` (a point of the map, in the map's
/// pixels, with a margin for its marker): `preferred` when the legend leaves the subject clear
/// there, else the first corner that does (top left, top right, bottom left, bottom right),
/// else `preferred`. `legend` is where the legend was drawn, in corner `current`, on a map of
/// size `map`; in another corner it keeps its size and its distance from the edges.
[[nodiscard]] LegendCorner legendCornerClearOf(QRectF legend, LegendCorner current, QSizeF map,
                                               QPointF subject, LegendCorner preferred);
class TimelineWidget;
class TourEditor;
class TradeChart;

/// The lecture mode (`okhotsk-atlas --present`): the map large on a projector, the tour's
/// caption under it, and what a presenter's clicker sends stepping through the stops
/// (PageDown / → / Space forward, PageUp / ← / Backspace back, Home / End, B or "." blanks
/// the screen). A high-contrast theme with large type that Ctrl + / Ctrl − scale; the
/// timeline and the trade chart fold away. The audience sees only this window; the lecturer's
/// notes, the next stop, the times and the tour editor are in the presenter view (N, E), a
/// window of its own for the lecturer's screen, where the clicker's keys work too.
///
/// Owns its widgets; shares the session's tour player, controller, document, selection and
/// settings like every other window. The player drives the controller and the selection, and
/// its view requests glide the map.
class PresentationWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit PresentationWindow(AtlasSession& session, QWidget* parent = nullptr);
  ~PresentationWindow() override;

  [[nodiscard]] TourPlayer& player() noexcept { return m_session.player; }
  [[nodiscard]] MapWidget* map() const noexcept { return m_map; }
  [[nodiscard]] TourEditor* editor() const noexcept;
  [[nodiscard]] PresenterView* presenter() const noexcept { return m_presenter; }
  [[nodiscard]] bool isBlanked() const;
  /// The size of type and lines relative to the projector theme's default (Ctrl + / −).
  [[nodiscard]] double textScale() const noexcept { return m_textScale; }
  [[nodiscard]] QString captionText() const;
  [[nodiscard]] QString notesText() const;
  /// How long the map and the date glide between stops (0 in tests).
  void setTransitionMs(int milliseconds);

 public Q_SLOTS:
  /// Reads a tour and goes to its first stop; false (current tour kept) on errors.
  bool openTour(const QString& path);
  void setBlanked(bool blanked);
  void toggleBlank();
  void setTextScale(double scale);
  void largerText();
  void smallerText();
  void toggleFullScreen();
  void exportView();
  void exportHandout();
  /// Tour → Export Video…: an MP4 or WebM of the tour, with WebVTT subtitles in three languages.
  void exportVideo();
  void exportFrames();
  /// Tour → Export as Web Pages…: pages in three languages that open from a USB stick.
  void exportWeb();
  /// Shows the presenter view on the lecturer's screen (or hides it).
  void setPresenterShown(bool shown);
  /// With two screens or more: the audience's window full screen on the projector and the
  /// presenter view maximised on the primary screen (chooseLectureScreens). With one, this
  /// window fills it. `swapped` exchanges the two screens.
  void placeOnScreens(bool swapped = false);

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  // The menus and actions, kept for retranslate() to set their words.
  struct MenuItems {
    QMenu* file = nullptr;
    QMenu* tour = nullptr;
    QMenu* view = nullptr;
    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* exportView = nullptr;
    QAction* exportHandout = nullptr;
    QAction* exportVideo = nullptr;
    QAction* exportFrames = nullptr;
    QAction* exportWeb = nullptr;
    QAction* quit = nullptr;
    QAction* next = nullptr;
    QAction* previous = nullptr;
    QAction* first = nullptr;
    QAction* last = nullptr;
    QAction* blank = nullptr;
    QAction* larger = nullptr;
    QAction* smaller = nullptr;
    QAction* projectorColours = nullptr;
    QAction* fullScreen = nullptr;
    QAction* leaveFullScreen = nullptr;
    QAction* presenter = nullptr;
    QAction* editTour = nullptr;
    QAction* swapScreens = nullptr;
    QAction* language = nullptr;
  };

  void buildStage();
  void buildDocks();
  void buildActions();
  void buildViewMenu();
  /// A menu item whose shortcuts work in this window (and, added there, the presenter view).
  template <typename Slot>
  QAction* addMenuAction(QMenu* menu, const QList<QKeySequence>& keys, Slot slot);
  /// Sets every word of the window in the interface's language (at construction and on
  /// QEvent::LanguageChange), as uic's retranslateUi does.
  void retranslate();
  void retranslateMenus();
  void applyTheme();
  void onStopChanged(int index);
  bool confirmDiscard();
  void openTourDialog();
  void saveTourAs();
  [[nodiscard]] LectureScreens lectureScreens() const;
  /// Moves the legend to another corner when, in the stop's view `spec`, it would cover the
  /// stop's event or territory; back to the lecturer's corner when it would not.
  void keepLegendOffTheSubject(const QString& spec);

  AtlasSession& m_session;
  int m_transitionMs = 1200;
  double m_textScale = 1.0;

  QStackedWidget* m_stack = nullptr;  // page 0: the map and caption, page 1: black
  MapWidget* m_map = nullptr;
  QLabel* m_caption = nullptr;
  QLabel* m_counter = nullptr;
  TimelineWidget* m_timeline = nullptr;
  TradeChart* m_chart = nullptr;
  QDockWidget* m_timelineDock = nullptr;
  QDockWidget* m_chartDock = nullptr;
  PresenterView* m_presenter = nullptr;  // a top-level window for the lecturer's screen
  bool m_screensSwapped = false;
  bool m_presenterPlaced = false;
  LegendCorner m_preferredLegendCorner = LegendCorner::BottomRight;  // the lecturer's choice
  bool m_movingLegend = false;  // keepLegendOffTheSubject is moving it, not the lecturer  // sized for its
                                // screen once; then where the lecturer left it
  MenuItems m_menus;
};

}  // namespace okhotsk::app
