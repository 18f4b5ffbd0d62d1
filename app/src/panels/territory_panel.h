// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QString>
#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedLayout;
class QTableView;

namespace okhotsk::app {

class AtlasDocument;
class ControlHistoryModel;
class DisplaySettings;
class Selection;
class TimeController;

/// The selected territory: its names in every form (Japanese usage, Russian usage, their
/// scripts, an English exonym) as they were on the current date (Karafuto in 1930), its
/// state on that date in neutral words ("Administered by the Russian Federation; claimed by
/// Japan." — two separate facts) with the basis and, for a disputed period, both legal
/// positions with their sources, its published areas with the sources that publish them
/// (never an area computed from the map), and its control history as a table with the row
/// in force highlighted.
///
/// A selected boundary (Selection::boundarySelected) is shown in the same panel: its name,
/// the dates it was in force, whether it is drawn schematically, its basis (the treaty and its
/// event) and its sources, in the display language as the dataset gives them.
///
/// Follows Selection::territorySelected and the controller's date; on a date change it only
/// re-asks the dataset's index for the state and touches the rows whose mark changed.
/// Double-clicking a history row moves the controller to the start of that period. Owns its
/// model and child widgets; the rest belongs to the session. Its words follow a change of the
/// interface language (QEvent::LanguageChange).
class TerritoryPanel : public QWidget {
  Q_OBJECT

 public:
  TerritoryPanel(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
                 Selection& selection, QWidget* parent = nullptr);

  /// With false, source addresses are plain text and nothing opens a browser (the kiosk).
  void setExternalLinksEnabled(bool enabled);
  [[nodiscard]] bool externalLinksEnabled() const noexcept { return m_linksEnabled; }

  /// The territory shown ("" when none).
  [[nodiscard]] const QString& territoryId() const noexcept { return m_territoryId; }
  /// The boundary shown ("" when none).
  [[nodiscard]] const QString& boundaryId() const noexcept { return m_boundaryId; }

  [[nodiscard]] ControlHistoryModel* historyModel() const noexcept { return m_history; }
  [[nodiscard]] QTableView* historyView() const noexcept { return m_table; }
  /// The texts shown, for tests and accessibility (plain text, tags removed).
  [[nodiscard]] QString titleText() const;
  [[nodiscard]] QString namesText() const;
  [[nodiscard]] QString stateText() const;
  [[nodiscard]] QString areaText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  /// Sets every word of the panel in the current interface language.
  void retranslate();
  void onTerritorySelected(const QString& territoryId);
  void onBoundarySelected(const QString& boundaryId);
  /// Fills the panel with the selected boundary; false when the dataset has none such.
  bool showBoundary(const Dataset& dataset);
  void onCurrentDayChanged(DayNumber day);
  void onRowActivated(const QModelIndex& index);
  void refresh();
  void refreshState(bool force);

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;

  ControlHistoryModel* m_history = nullptr;
  QStackedLayout* m_stack = nullptr;
  QLabel* m_placeholder = nullptr;
  QWidget* m_content = nullptr;
  QLabel* m_title = nullptr;
  QLabel* m_names = nullptr;
  QLabel* m_date = nullptr;
  QLabel* m_state = nullptr;
  QLabel* m_area = nullptr;
  QLabel* m_historyHeading = nullptr;
  QTableView* m_table = nullptr;

  QString m_territoryId;
  QString m_boundaryId;
  bool m_linksEnabled = true;
  // The periods the state line was written for; the line is rewritten only when they change.
  const ControlPeriod* m_statePeriod = nullptr;
  const ControlPeriod* m_stateAlternative = nullptr;
  // The names the title and names table were written for; rewritten when the day's differ.
  const PlaceNames* m_shownNames = nullptr;
};

}  // namespace okhotsk::app
