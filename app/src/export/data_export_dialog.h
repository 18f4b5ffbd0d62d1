// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/export.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace okhotsk::app {

class AtlasDocument;
class EventFilterModel;
class TimeController;

/// What "what the current filters show" means for a data export: the event list's categories
/// shown and the timeline's visible range. (The list's search text and "near the current
/// date" are not part of it.)
[[nodiscard]] ExportFilter currentExportFilter(const EventFilterModel& events,
                                               const TimeController& controller);

/// File → Export Data: the dataset written for GIS tools (okhotsk/export.h) as GeoPackage,
/// GeoJSON, FlatGeobuf, CSV or KML, whole or as far as the current filters show it, to a
/// file or folder the user chooses. Written atomically; a failure keeps the dialog open with
/// the reason, naming the file, layer and field. Its words follow the interface language.
class DataExportDialog : public QDialog {
  Q_OBJECT

 public:
  DataExportDialog(const AtlasDocument& document, ExportFilter current, QWidget* parent = nullptr);

  void setFormat(ExportFormat format);
  [[nodiscard]] ExportFormat format() const;
  /// True: only what the current filters show; false: the whole dataset.
  void setFilteredOnly(bool filtered);
  [[nodiscard]] bool isFilteredOnly() const;
  void setTarget(const QString& path);
  [[nodiscard]] QString target() const;
  [[nodiscard]] QString errorText() const;

  /// Writes the export; true on success (then the dialog is accepted).
  bool exportNow();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void browse();

  const AtlasDocument& m_document;
  ExportFilter m_current;
  QComboBox* m_format = nullptr;
  QRadioButton* m_whole = nullptr;
  QRadioButton* m_filtered = nullptr;
  QLabel* m_filterSummary = nullptr;
  QLabel* m_formatLabel = nullptr;
  QLabel* m_targetLabel = nullptr;
  QLineEdit* m_target = nullptr;
  QPushButton* m_browse = nullptr;
  QPushButton* m_export = nullptr;
  QPushButton* m_cancel = nullptr;
  QLabel* m_error = nullptr;
};

}  // namespace okhotsk::app
