#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QDoubleSpinBox;

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

 private:
  void rebuildList();
  void showStop(int index);
  void commitFields();
  void setModified(bool modified);
  void setStatus(const QString& text, bool error);

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
};

}  // namespace okhotsk::app
