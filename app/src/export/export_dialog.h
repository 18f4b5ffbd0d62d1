// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/print_export.h"
#include "map/render/map_renderer.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// File → Export View: the current map view and date (never the selection) written as PNG, SVG or PDF
/// (by the file's extension) at a chosen size, with the date and the credit line stamped on
/// it. The picture shows what the window shows, fitted to the new size; type and lines grow
/// with the size as in --render. Written atomically; a failure keeps the dialog open with the
/// reason, naming the file. Its words follow a change of the interface language.
class ExportViewDialog : public QDialog {
  Q_OBJECT

 public:
  ExportViewDialog(const AtlasDocument& document, const DisplaySettings& settings, const MapViewport& view,
                   DayNumber day, RenderOptions options, QWidget* parent = nullptr);

  void setFilePath(const QString& path);
  void setPictureSize(QSize size);
  [[nodiscard]] QString filePath() const;
  [[nodiscard]] QSize pictureSize() const;
  /// The viewport the picture will have: the shown view's centre, scaled so that what the
  /// window shows fits the new size.
  [[nodiscard]] MapViewport pictureViewport() const;
  [[nodiscard]] QString errorText() const;

  /// For print: the page's paper size (mm), DPI, title and caption; the picture's size in
  /// pixels then follows from them. Off: a picture of the chosen pixels, as on screen.
  void setPrintLayout(const PrintLayout& layout);
  void setPrintLayoutEnabled(bool enabled);
  [[nodiscard]] bool isPrintLayout() const;
  [[nodiscard]] PrintLayout printLayout() const;

  /// Writes the file; true on success (then the dialog is accepted).
  bool exportNow();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  /// Sets every word of the dialog in the current interface language.
  void retranslate();
  void buildPrintGroup(QVBoxLayout* layout);
  void updatePrintPixels();

  const DisplaySettings& m_settings;
  MapRenderer m_renderer;  // its own: exporting at another size leaves the window's caches alone
  MapViewport m_view;
  DayNumber m_day;
  RenderOptions m_options;
  QLineEdit* m_path = nullptr;
  QPushButton* m_browse = nullptr;
  QComboBox* m_preset = nullptr;
  QSpinBox* m_width = nullptr;
  QSpinBox* m_height = nullptr;
  QLabel* m_fileLabel = nullptr;
  QLabel* m_presetLabel = nullptr;
  QLabel* m_sizeLabel = nullptr;
  QLabel* m_error = nullptr;
  QGroupBox* m_print = nullptr;
  QComboBox* m_paper = nullptr;
  QDoubleSpinBox* m_paperWidth = nullptr;
  QDoubleSpinBox* m_paperHeight = nullptr;
  QComboBox* m_dpi = nullptr;
  QLineEdit* m_title = nullptr;
  QLineEdit* m_caption = nullptr;
  QLabel* m_paperLabel = nullptr;
  QLabel* m_paperSizeLabel = nullptr;
  QLabel* m_dpiLabel = nullptr;
  QLabel* m_titleLabel = nullptr;
  QLabel* m_captionLabel = nullptr;
  QLabel* m_pixelsNote = nullptr;
  bool m_pathMissing = false;  // the error shown is "choose a file" (said again in a new language)
};

}  // namespace okhotsk::app
