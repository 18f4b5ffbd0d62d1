// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QDoubleSpinBox;
class QVBoxLayout;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;
class MapViewState;
class TimeController;
class TourPlayer;
class Selection;

/// The lecturer's tour editor: the list of stops of the TourPlayer's tour, "add the current
/// state as a stop" (date, map view and selection), reorder, remove, edit the date, caption,
/// notes and hold time of the selected stop, and open / save the tour file. Saving is atomic
/// (writeTour); a failed save or a broken file is reported in the editor's status line naming
/// file, stop and field, and nothing is lost.
///
/// It edits the player's tour; the controller, selection, map and document belong to the window.
class TourEditor : public QWidget {
  Q_OBJECT

 public:
  TourEditor(TourPlayer& player, const TimeController& controller, const Selection& selection,
             const MapViewState& view, const AtlasDocument& document, const DisplaySettings& settings,
             QWidget* parent = nullptr);

  /// The file the tour was read from or last saved to; empty for a new tour.
  [[nodiscard]] const QString& filePath() const noexcept { return m_filePath; }
  [[nodiscard]] bool isModified() const noexcept { return m_modified; }
  /// The last message of the status line (errors of loading and saving; tests read it).
  [[nodiscard]] QString statusText() const;

 public Q_SLOTS:
  /// Reads a tour file into the player; on errors the current tour stays and the problems
  /// are shown. Returns true when the tour was taken.
  bool openFile(const QString& path);
  /// Writes the tour to `path` atomically; false with the reason shown when it fails.
  bool saveTo(const QString& path);
  bool save();
  void addCurrentState();
  void removeSelected();
  void moveSelectedUp();
  void moveSelectedDown();

 Q_SIGNALS:
  void modifiedChanged(bool modified);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void buildButtons(QVBoxLayout* layout);
  void buildForm(QVBoxLayout* layout);
  /// Sets every word of the editor in the interface's language, the status line included.
  void retranslate();
  void rebuildList();
  void showStop(int index);
  void commitFields();
  void setModified(bool modified);
  /// The status line; `text` is asked again when the interface's language changes.
  void setStatus(std::function<QString()> text, bool error);

  TourPlayer& m_player;
  const TimeController& m_controller;
  const Selection& m_selection;
  const MapViewState& m_mapView;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;
  QString m_filePath;
  bool m_modified = false;
  bool m_updating = false;
  // What showStop() put in the fields, so that only what the user changed is written back
  // (a caption shown through the English fallback, a hold the spin box had to round).
  QString m_shownCaption;
  double m_shownHold = 0.0;

  QLineEdit* m_title = nullptr;
  QListWidget* m_list = nullptr;
  QLineEdit* m_date = nullptr;
  QLineEdit* m_view = nullptr;
  QLineEdit* m_caption = nullptr;
  QPlainTextEdit* m_notes = nullptr;
  QDoubleSpinBox* m_hold = nullptr;
  QLabel* m_status = nullptr;
  std::function<QString()> m_statusText;  // what the status line says, in the current language
  QPushButton* m_add = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_up = nullptr;
  QPushButton* m_down = nullptr;
  // The form's labels: date, view, caption, notes, hold.
  std::array<QLabel*, 5> m_fieldLabels{};
};

}  // namespace okhotsk::app
