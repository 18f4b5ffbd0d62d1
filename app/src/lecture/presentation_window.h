// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_session.h"

#include "session/tour_player.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace okhotsk::app {

class MapWidget;
class TimelineWidget;
class TourEditor;
class TradeChart;

/// The lecture mode (`okhotsk-atlas --present`): the map large on a projector, the tour's
/// caption under it, and what a presenter's clicker sends stepping through the stops
/// (PageDown / → / Space forward, PageUp / ← / Backspace back, Home / End, B or "." blanks
/// the screen). A high-contrast theme with large type that Ctrl + / Ctrl − scale; the
/// timeline, the trade chart, the tour editor and a speaker-notes window fold away.
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
  [[nodiscard]] TourEditor* editor() const noexcept { return m_editor; }
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
    QAction* quit = nullptr;
    QAction* next = nullptr;
    QAction* previous = nullptr;
    QAction* first = nullptr;
    QAction* last = nullptr;
    QAction* blank = nullptr;
    QAction* larger = nullptr;
    QAction* smaller = nullptr;
    QAction* fullScreen = nullptr;
    QAction* leaveFullScreen = nullptr;
    QAction* notes = nullptr;
    QAction* language = nullptr;
  };

  void buildStage();
  void buildDocks();
  void buildActions();
  /// Sets every word of the window in the interface's language (at construction and on
  /// QEvent::LanguageChange), as uic's retranslateUi does.
  void retranslate();
  void retranslateMenus();
  void applyTheme();
  void onStopChanged(int index);
  bool confirmDiscard();
  void openTourDialog();
  void saveTourAs();

  AtlasSession& m_session;
  int m_transitionMs = 1200;
  double m_textScale = 1.0;

  QStackedWidget* m_stack = nullptr;  // page 0: the map and caption, page 1: black
  MapWidget* m_map = nullptr;
  QLabel* m_caption = nullptr;
  QLabel* m_counter = nullptr;
  TimelineWidget* m_timeline = nullptr;
  TradeChart* m_chart = nullptr;
  TourEditor* m_editor = nullptr;
  QDockWidget* m_timelineDock = nullptr;
  QDockWidget* m_chartDock = nullptr;
  QDockWidget* m_editorDock = nullptr;
  QWidget* m_notesWindow = nullptr;  // a separate window for the lecturer's screen
  QLabel* m_notes = nullptr;
  MenuItems m_menus;
};

}  // namespace okhotsk::app
