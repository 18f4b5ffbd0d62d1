// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QString>
#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
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
/// notes and hold time of the selected stop, and open / save the tour file. The title, the
/// caption and the notes are edited in the language chosen in the editor (English, Japanese
/// or Russian; the interface's language until another is chosen), each language on its own. Saving is atomic
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
  /// The language whose title, caption and notes the fields edit.
  [[nodiscard]] Language editLanguage() const;
  /// True for the tour shipped with the atlas and for a file or folder that is read-only:
  /// Save never writes there, and Save As asks first.
  [[nodiscard]] static bool isProtectedPath(const QString& path);
  /// Where Save As proposes to save: the current file when it may be written, else a new file
  /// (one that does not exist yet) in the user's documents folder, or the atlas's data folder.
  [[nodiscard]] QString suggestedSavePath() const;
  void setEditLanguage(Language language);

 public Q_SLOTS:
  /// Reads a tour file into the player; on errors the current tour stays and the problems
  /// are shown. Returns true when the tour was taken.
  bool openFile(const QString& path);
  /// Writes the tour to `path` atomically; false with the reason shown when it fails.
  bool saveTo(const QString& path);
  /// Saves to filePath(); false (nothing written) when there is none or it is protected
  /// (isProtectedPath): the caller asks for another file.
  bool save();
  /// Writes the sources of every stop (tourSourceIds) to `path`: BibTeX, or CSL-JSON for
  /// ".json". The status line says what was written or why not.
  bool exportSourcesTo(const QString& path);
  /// Asks for a file and exports the tour's sources there (exportSourcesTo).
  void askToExportSources();
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
  void commitTitle();
  /// Shows the title, caption and notes of the edit language (the English ones as hints).
  void showTexts();
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
  // What showStop() put in the hold field, so that a hold the spin box had to round is written
  // back only when the user changed it.
  double m_shownHold = 0.0;

  QLineEdit* m_title = nullptr;
  QListWidget* m_list = nullptr;
  QLineEdit* m_date = nullptr;
  QLineEdit* m_view = nullptr;
  QComboBox* m_editLanguage = nullptr;
  QLineEdit* m_caption = nullptr;
  QPlainTextEdit* m_notes = nullptr;
  QDoubleSpinBox* m_hold = nullptr;
  QLabel* m_status = nullptr;
  std::function<QString()> m_statusText;  // what the status line says, in the current language
  QPushButton* m_add = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_up = nullptr;
  QPushButton* m_down = nullptr;
  QPushButton* m_exportSources = nullptr;
  // The form's labels: date, view, language of the texts, caption, notes, hold.
  std::array<QLabel*, 6> m_fieldLabels{};
};

}  // namespace okhotsk::app
