// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_document.h"

#include "okhotsk/language.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointF>

#include <optional>

class QAction;
class QLabel;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace okhotsk::app {

struct AtlasSession;
class MapWidget;
class TimelineWidget;
class PlaybackBar;
class TradeChart;
class EventPanel;
class TerritoryPanel;
class ViewActions;
class UserLayers;

/// The desktop window: lays out the map (centre), the timeline with its playback bar, the
/// trade chart and the event and territory panels (docks), and builds the menus. This is
/// the one place where views are wired: each view receives the session's controller,
/// document, settings and selection in its constructor and listens to them itself; the
/// window owns no atlas state beyond its layout. Layout, naming order, language and the
/// last date persist between runs (QSettings). Every word it shows is set again when the
/// interface language changes (retranslate() on QEvent::LanguageChange).
class AtlasWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit AtlasWindow(AtlasSession& session, QWidget* parent = nullptr);
  ~AtlasWindow() override;

  [[nodiscard]] MapWidget* mapWidget() const noexcept { return m_map; }
  [[nodiscard]] TimelineWidget* timelineWidget() const noexcept { return m_timeline; }
  [[nodiscard]] PlaybackBar* playbackBar() const noexcept { return m_playback; }
  [[nodiscard]] TradeChart* tradeChart() const noexcept { return m_chart; }
  [[nodiscard]] EventPanel* eventPanel() const noexcept { return m_events; }
  [[nodiscard]] TerritoryPanel* territoryPanel() const noexcept { return m_territory; }
  /// Compare Dates, view links, bookmarks and the citation of a view (share/view_actions.h).
  [[nodiscard]] ViewActions* viewActions() const noexcept { return m_viewActions; }
  /// The user's own layers (File → Add Layer, the Layers menu), drawn on the map and the timeline.
  [[nodiscard]] UserLayers* userLayers() const noexcept { return m_userLayers; }

  /// Restores layout and preferences saved by an earlier run (call once, after show()).
  /// Returns false when no window geometry was saved (a first run).
  bool restoreSettings();
  /// Saves layout and preferences (also done on close).
  void saveSettings() const;

 public Q_SLOTS:
  void openDatasetFolder();
  void openGeoPackage();
  void openEmbeddedDataset();
  /// Opens a dataset whole. When nothing can be read, or the load found errors, the current
  /// dataset stays and the window shows why (for errors: the diagnostics dialog, from which
  /// the user may open what is valid). Returns whether `path` is now open.
  bool openDataset(const QString& path);
  void showDiagnostics();
  /// Shows why an open failed (AtlasDocument::failure(), or a copy kept from the start-up) and,
  /// for a dataset refused for its errors, opens what is valid if the user asks. Returns
  /// whether the dataset was then opened.
  bool showOpenFailure(const AtlasDocument::Failure& failure);
  /// File → Export View: the map as shown, as PNG, SVG or PDF at a chosen size.
  void exportView();
  void addLayer();
  void jumpToDate();
  void resetLayout();
  void showAbout();
  void showSources();
  /// Help → Guide (page 0, F1) or Keyboard Shortcuts (page 1).
  void showHelp(int page);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // The menus and the actions whose words retranslate() sets (the panels' toggle actions
  // follow their docks' titles; the language entries name each language in itself).
  struct Menus {
    QMenu* file = nullptr;
    QMenu* view = nullptr;
    QMenu* naming = nullptr;
    QMenu* languages = nullptr;
    QMenu* panels = nullptr;
    QMenu* go = nullptr;
    QMenu* help = nullptr;
  };
  struct Actions {
    QAction* openFolder = nullptr;
    QAction* openGeoPackage = nullptr;
    QAction* openEmbedded = nullptr;
    QAction* diagnostics = nullptr;
    QAction* exportView = nullptr;
    QAction* addLayer = nullptr;
    QAction* quit = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* fitRegion = nullptr;
    QAction* fitWorld = nullptr;
    QAction* fitHabomai = nullptr;
    QAction* measure = nullptr;
    QAction* resetLayout = nullptr;
    QAction* play = nullptr;
    QAction* previousEvent = nullptr;
    QAction* nextEvent = nullptr;
    QAction* previousChange = nullptr;
    QAction* nextChange = nullptr;
    QAction* jumpToDate = nullptr;
    QAction* loopStart = nullptr;
    QAction* loopEnd = nullptr;
    QAction* clearLoop = nullptr;
    QAction* guide = nullptr;
    QAction* shortcuts = nullptr;
    QAction* sources = nullptr;
    QAction* about = nullptr;
  };

  void buildDocks();
  void buildMenus();
  void buildFileMenu();
  [[nodiscard]] QMenu* buildViewMenu();
  void buildNamingMenus(QMenu* view);
  void buildGoMenu();
  void buildStatusBar();
  /// Sets every word of the window in the current interface language.
  void retranslate();
  void retranslateFileMenu();
  void retranslateViewMenu();
  void retranslateGoAndHelpMenus();
  void updateTitleAndStatus();
  void updateCoordinates();
  [[nodiscard]] QString namingLabel(NamingOrder order) const;
  [[nodiscard]] QString coordinatesText(double lon, double lat) const;

  AtlasSession& m_session;
  MapWidget* m_map = nullptr;
  TimelineWidget* m_timeline = nullptr;
  PlaybackBar* m_playback = nullptr;
  TradeChart* m_chart = nullptr;
  EventPanel* m_events = nullptr;
  TerritoryPanel* m_territory = nullptr;
  ViewActions* m_viewActions = nullptr;
  UserLayers* m_userLayers = nullptr;
  QDockWidget* m_timelineDock = nullptr;
  QDockWidget* m_chartDock = nullptr;
  QDockWidget* m_eventsDock = nullptr;
  QDockWidget* m_territoryDock = nullptr;
  QLabel* m_coordinates = nullptr;
  QLabel* m_datasetStatus = nullptr;
  QActionGroup* m_namingGroup = nullptr;
  QActionGroup* m_languageGroup = nullptr;
  Menus m_menus;
  Actions m_actions;
  std::optional<QPointF> m_cursor;  // longitude, latitude last under the pointer
  QByteArray m_defaultState;
};

}  // namespace okhotsk::app
