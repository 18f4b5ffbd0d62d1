// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/model.h"

#include <QString>
#include <QWidget>

#include <array>
#include <string>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace okhotsk {
class Dataset;
}  // namespace okhotsk

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class EventFilterModel;
class EventListModel;
class Selection;
class TimeController;

/// The events of the dataset: a filter row (search, categories with their colours, "near
/// the current date"), the list, and the selected event's detail (date with its precision
/// and qualifiers, Old Style and Japanese era, confidence, place as named on that date,
/// territories by both names, summary, note, sources with their addresses).
///
/// An equal listener like the map and the timeline: choosing an event in the list selects
/// it (Selection) and moves the controller to its first day; an event selected elsewhere
/// (a click on the map) is shown and scrolled to here. Owns its models and child widgets;
/// the controller, document, settings and selection belong to the session. Its words follow
/// a change of the interface language (QEvent::LanguageChange).
class EventPanel : public QWidget {
  Q_OBJECT

 public:
  EventPanel(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
             Selection& selection, QWidget* parent = nullptr);

  /// With false, the sources' addresses are shown as plain text and nothing opens a
  /// browser (the kiosk).
  void setExternalLinksEnabled(bool enabled);
  [[nodiscard]] bool externalLinksEnabled() const noexcept { return m_linksEnabled; }

  /// The event whose detail is shown ("" when none).
  [[nodiscard]] const QString& shownEventId() const noexcept { return m_shownId; }

  [[nodiscard]] EventListModel* model() const noexcept { return m_model; }
  [[nodiscard]] EventFilterModel* filterModel() const noexcept { return m_filter; }
  [[nodiscard]] QTreeView* listView() const noexcept { return m_list; }
  [[nodiscard]] QTextBrowser* detailView() const noexcept { return m_detail; }
  [[nodiscard]] QLineEdit* searchField() const noexcept { return m_search; }
  [[nodiscard]] QToolButton* nearDateButton() const noexcept { return m_nearButton; }
  /// "Cite": copies the shown event's sources as BibTeX or CSL-JSON, or exports them to a file.
  /// Disabled when no event with sources is shown; hidden while external links are off (the
  /// kiosk writes no files).
  [[nodiscard]] QToolButton* citeButton() const noexcept { return m_citeButton; }

  /// Writes the shown event's sources to `path` (BibTeX, or CSL-JSON for ".json"); false with
  /// `error` set when no event is shown or the file cannot be written.
  bool exportShownSources(const QString& path, QString* error = nullptr) const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void watchFiltering();
  void buildList();
  void buildFilterRow(QWidget* row);
  /// The detail view with the Cite button under it.
  QWidget* buildDetail();
  /// The shown event's source ids (empty when none is shown).
  [[nodiscard]] std::vector<std::string> shownSourceIds() const;
  /// Sets every word of the panel in the current interface language.
  void retranslate();
  void onCurrentRowChanged(const QModelIndex& current);
  void onEventSelected(const QString& eventId);
  void displayEvent(const QString& eventId);
  void refreshDetail();
  void updateCount();
  [[nodiscard]] QString detailHtml(const Event& event) const;
  [[nodiscard]] QString calendarsHtml(const Event& event, Language lang) const;
  [[nodiscard]] static QString coordinatesText(const GeoPoint& point);
  [[nodiscard]] QString whereHtml(const Dataset& dataset, const Event& event, Language lang,
                                  NamingOrder order) const;

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  Selection& m_selection;

  EventListModel* m_model = nullptr;
  EventFilterModel* m_filter = nullptr;
  QLineEdit* m_search = nullptr;
  QToolButton* m_categoryButton = nullptr;
  QAction* m_showAllAction = nullptr;
  std::array<QAction*, kEventCategoryCount> m_categoryActions{};
  QToolButton* m_nearButton = nullptr;
  QLabel* m_count = nullptr;
  QTreeView* m_list = nullptr;
  QTextBrowser* m_detail = nullptr;
  QToolButton* m_citeButton = nullptr;
  QAction* m_copyBibtex = nullptr;
  QAction* m_copyCslJson = nullptr;
  QAction* m_exportSources = nullptr;

  QString m_shownId;
  bool m_linksEnabled = true;
  bool m_syncing = false;    // true while the list follows the Selection, so it does not echo back
  bool m_filtering = false;  // true while the filter changes the list's rows
};

}  // namespace okhotsk::app
