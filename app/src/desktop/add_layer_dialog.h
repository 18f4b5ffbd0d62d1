// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/user_layers.h"

#include "okhotsk/user_layer.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace okhotsk::app {

/// File → Add Layer: the user picks a vector file (GeoJSON, GeoPackage, Shapefile, KML, CSV
/// with lon/lat or WKT columns, …), one of its layers, the fields that give each feature's
/// start and end dates (EDTF or ISO dates, recognised as they come) and its label, and a
/// colour. The dialog guesses the fields from their names, reads the layer at each change and
/// shows the first rows, how many features have dates, and any problem inline (naming the
/// file, feature and field). OK is enabled only when the layer can be read.
class AddLayerDialog : public QDialog {
  Q_OBJECT

 public:
  explicit AddLayerDialog(quint32 colour, QWidget* parent = nullptr);
  ~AddLayerDialog() override;
  AddLayerDialog(const AddLayerDialog&) = delete;
  AddLayerDialog& operator=(const AddLayerDialog&) = delete;

  /// Opens `path` as if chosen: lists its layers and fields and reads the first layer.
  void setFilePath(const QString& path);
  void setLayer(const QString& layer);
  void setStartField(const QString& field);
  void setEndField(const QString& field);
  void setLabelField(const QString& field);

  /// What is chosen (for UserLayers::add) and the layer as read with it.
  [[nodiscard]] UserLayerSpec spec() const;
  [[nodiscard]] std::shared_ptr<const UserLayerData> data() const { return m_data; }
  /// The problems shown inline (empty when none), and the summary line.
  [[nodiscard]] QString problemText() const;
  [[nodiscard]] QString summaryText() const;
  [[nodiscard]] bool canAccept() const;

  /// Rows shown in the preview.
  static constexpr int kPreviewRows = 5;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void browse();
  void onPathEdited();
  void onLayerChanged();
  void reread();
  void fillFieldCombos(const UserLayerInfo& layer);
  void showPreview();
  void showProblems(const Diagnostics& diagnostics);
  void chooseColour();
  void retranslate();
  [[nodiscard]] QString comboField(const QComboBox* combo) const;

  UserSourceInfo m_source;
  std::shared_ptr<const UserLayerData> m_data;
  quint32 m_colour;
  bool m_filling = false;

  QLabel* m_fileLabel = nullptr;
  QLineEdit* m_path = nullptr;
  QPushButton* m_browse = nullptr;
  QLabel* m_layerLabel = nullptr;
  QComboBox* m_layer = nullptr;
  QLabel* m_startLabel = nullptr;
  QComboBox* m_start = nullptr;
  QLabel* m_endLabel = nullptr;
  QComboBox* m_end = nullptr;
  QLabel* m_labelLabel = nullptr;
  QComboBox* m_label = nullptr;
  QLabel* m_colourLabel = nullptr;
  QPushButton* m_colourButton = nullptr;
  QLabel* m_formatNote = nullptr;
  QLabel* m_summary = nullptr;
  QTableWidget* m_preview = nullptr;
  QLabel* m_problems = nullptr;
  QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace okhotsk::app
