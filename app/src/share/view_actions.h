// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/compare_view.h"
#include "session/bookmarks.h"
#include "session/view_link.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QAction;
class QLineEdit;
class QMenu;
class QMenuBar;
class QWidget;

namespace okhotsk::app {

struct AtlasSession;
class MapWidget;

/// The desktop window's ways of sharing and comparing views, kept out of the window's own
/// code: View → Compare Dates…, Edit → Copy Link to This View and Copy Citation for This View,
/// File → Open Link…, and the Bookmarks menu (Add Bookmark…, the bookmarks, Manage
/// Bookmarks…). Reads and sets the session and the map widget it is given; the bookmarks are
/// kept in the settings (QSettings) as soon as they change.
class ViewActions : public QObject {
  Q_OBJECT

 public:
  /// `window` parents the dialogs and the compare view.
  ViewActions(AtlasSession& session, MapWidget& map, QWidget& window);
  ~ViewActions() override;

  /// Adds the menus and actions: Open Link… to `file`, Compare Dates… to `view`, an Edit menu
  /// after `file` and a Bookmarks menu before `help` in `bar`.
  void install(QMenuBar& bar, QMenu& file, QMenu& view, QMenu& help);

  /// The field where the user types the date (the playback bar's): when its text is a date
  /// whose first day is the day shown ("1945~", "1956-10-19/1956-12-12"), links keep the date
  /// as typed rather than the bare day.
  void setDateField(QLineEdit* field);

  /// The view shown now: date, map view, language, naming order, layers, selection.
  [[nodiscard]] ViewLink currentView() const;
  [[nodiscard]] QString currentLink() const;
  /// The citation of the view shown now, in the interface language.
  [[nodiscard]] QString currentCitation() const;
  /// The ids of the sources behind the view shown now (viewSourceIds), as the citation lists them.
  [[nodiscard]] std::vector<std::string> currentSourceIds() const;
  /// Writes the sources of the view shown now to `path` (BibTeX, or CSL-JSON for ".json");
  /// false with `error` naming the file when it cannot be written.
  bool exportViewSources(const QString& path, QString* error = nullptr) const;

  /// Shows the view a link names: every part that reads applies, the rest stays as it is. A
  /// text that is not a link changes nothing. Returns the problems, worded for the user (a
  /// bad value, an unknown territory or event); empty when the whole link applied.
  QStringList openLink(const QString& text);
  /// openLink() and, when something was wrong, a message saying what (showLinkProblems()).
  void openLinkAndReport(const QString& text);
  /// A message listing `problems` (not modal; object name "viewLinkProblems"); none when empty.
  void showLinkProblems(const QStringList& problems);

  [[nodiscard]] Bookmarks& bookmarks() noexcept { return m_bookmarks; }
  /// Adds the view shown now as a bookmark named `name` (the date when empty).
  void addBookmarkNamed(const QString& name);
  /// The compare view, when it has been opened (and not closed).
  [[nodiscard]] CompareView* compareView() const noexcept { return m_compare; }

 public Q_SLOTS:
  void copyLink();
  void copyCitation();
  void copySourcesAsBibtex();
  void copySourcesAsCslJson();
  /// Asks for a file and writes the view's sources there (exportViewSources).
  void askToExportSources();
  void askForLink();
  void askToAddBookmark();
  void manageBookmarks();
  void compareDates();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslate();
  void rebuildBookmarksMenu();

  AtlasSession& m_session;
  MapWidget& m_map;
  QWidget& m_window;
  Bookmarks m_bookmarks;
  QPointer<CompareView> m_compare;
  QPointer<QLineEdit> m_dateField;
  QMenu* m_edit = nullptr;
  QMenu* m_bookmarksMenu = nullptr;
  QAction* m_openLink = nullptr;
  QAction* m_copyLink = nullptr;
  QAction* m_copyCitation = nullptr;
  QAction* m_copySourcesBibtex = nullptr;
  QAction* m_copySourcesCslJson = nullptr;
  QAction* m_exportSources = nullptr;
  QAction* m_compareDates = nullptr;
  QAction* m_addBookmark = nullptr;
  QAction* m_manageBookmarks = nullptr;
};

}  // namespace okhotsk::app
