// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_dialog.h"

#include "export/picture_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace okhotsk::app {

namespace {

// The paper sizes offered, in millimetres (the last entry is "custom": the spin boxes).
const std::array<QSizeF, 4> kPapers{QSizeF(297, 210), QSizeF(210, 297), QSizeF(420, 297), QSizeF(297, 420)};
constexpr std::array<int, 3> kDpis{150, 300, 600};

}  // namespace

ExportViewDialog::ExportViewDialog(const AtlasDocument& document, const DisplaySettings& settings,
                                   const MapViewport& view, DayNumber day, RenderOptions options,
                                   QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_renderer(mapDataOf(document)),
      m_view(view),
      m_day(day),
      m_options(options) {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;

  auto* pathRow = new QHBoxLayout;
  m_path = new QLineEdit(this);
  m_path->setObjectName(QStringLiteral("exportPath"));
  m_browse = new QPushButton(this);
  connect(m_browse, &QPushButton::clicked, this, [this] {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export View"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif *.tiff)"));
    if (!chosen.isEmpty()) m_path->setText(chosen);
  });
  pathRow->addWidget(m_path, 1);
  pathRow->addWidget(m_browse);
  m_fileLabel = new QLabel(this);
  form->addRow(m_fileLabel, pathRow);

  // The presets' names come from retranslate(), by index.
  m_preset = new QComboBox(this);
  for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160), QSize(1280, 720), view.size()})
    m_preset->addItem(QString(), size);
  m_presetLabel = new QLabel(this);
  form->addRow(m_presetLabel, m_preset);
  m_width = new QSpinBox(this);
  m_height = new QSpinBox(this);
  for (QSpinBox* box : {m_width, m_height}) {
    box->setRange(16, 16384);
  }
  m_width->setObjectName(QStringLiteral("exportWidth"));
  m_height->setObjectName(QStringLiteral("exportHeight"));
  auto* sizeRow = new QHBoxLayout;
  sizeRow->addWidget(m_width);
  sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
  sizeRow->addWidget(m_height);
  m_sizeLabel = new QLabel(this);
  form->addRow(m_sizeLabel, sizeRow);
  connect(m_preset, &QComboBox::currentIndexChanged, this,
          [this](int index) { setPictureSize(m_preset->itemData(index).toSize()); });
  setPictureSize(QSize(1920, 1080));
  layout->addLayout(form);
  buildPrintGroup(layout);

  m_error = new QLabel(this);
  m_error->setObjectName(QStringLiteral("exportError"));
  m_error->setWordWrap(true);
  m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
  layout->addWidget(m_error);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &ExportViewDialog::exportNow);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  retranslate();
}

void ExportViewDialog::buildPrintGroup(QVBoxLayout* layout) {
  m_print = new QGroupBox(this);
  m_print->setCheckable(true);
  m_print->setChecked(false);
  m_print->setObjectName(QStringLiteral("exportPrint"));
  auto* form = new QFormLayout(m_print);
  m_paper = new QComboBox(m_print);
  for (std::size_t i = 0; i <= kPapers.size(); ++i) m_paper->addItem(QString());  // named by retranslate()
  m_paperLabel = new QLabel(m_print);
  form->addRow(m_paperLabel, m_paper);
  m_paperWidth = new QDoubleSpinBox(m_print);
  m_paperHeight = new QDoubleSpinBox(m_print);
  for (QDoubleSpinBox* box : {m_paperWidth, m_paperHeight}) {
    box->setRange(50, 2000);
    box->setDecimals(1);
  }
  auto* paperRow = new QHBoxLayout;
  paperRow->addWidget(m_paperWidth);
  paperRow->addWidget(new QLabel(QStringLiteral("×"), m_print));
  paperRow->addWidget(m_paperHeight);
  m_paperSizeLabel = new QLabel(m_print);
  form->addRow(m_paperSizeLabel, paperRow);
  m_dpi = new QComboBox(m_print);
  for (int dpi : kDpis) m_dpi->addItem(QString::number(dpi), dpi);
  m_dpiLabel = new QLabel(m_print);
  form->addRow(m_dpiLabel, m_dpi);
  m_title = new QLineEdit(m_print);
  m_titleLabel = new QLabel(m_print);
  form->addRow(m_titleLabel, m_title);
  m_caption = new QLineEdit(m_print);
  m_captionLabel = new QLabel(m_print);
  form->addRow(m_captionLabel, m_caption);
  m_pixelsNote = new QLabel(m_print);
  form->addRow(m_pixelsNote);
  layout->addWidget(m_print);

  connect(m_paper, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index >= 0 && static_cast<std::size_t>(index) < kPapers.size()) {
      const QSignalBlocker a(m_paperWidth);
      const QSignalBlocker b(m_paperHeight);
      m_paperWidth->setValue(kPapers[static_cast<std::size_t>(index)].width());
      m_paperHeight->setValue(kPapers[static_cast<std::size_t>(index)].height());
    }
    updatePrintPixels();
  });
  for (QDoubleSpinBox* box : {m_paperWidth, m_paperHeight})
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
      // A size typed by hand is a paper of its own unless it is one of the list's.
      const QSizeF typed(m_paperWidth->value(), m_paperHeight->value());
      const auto known = std::find(kPapers.begin(), kPapers.end(), typed);
      const QSignalBlocker blocker(m_paper);
      m_paper->setCurrentIndex(static_cast<int>(known - kPapers.begin()));
      updatePrintPixels();
    });
  connect(m_dpi, &QComboBox::currentIndexChanged, this, &ExportViewDialog::updatePrintPixels);
  connect(m_print, &QGroupBox::toggled, this, &ExportViewDialog::updatePrintPixels);
  m_paper->setCurrentIndex(0);
  m_paperWidth->setValue(kPapers[0].width());
  m_paperHeight->setValue(kPapers[0].height());
  m_dpi->setCurrentIndex(1);  // 300 dpi
}

void ExportViewDialog::updatePrintPixels() {
  const bool print = isPrintLayout();
  m_preset->setEnabled(!print);
  m_width->setEnabled(!print);
  m_height->setEnabled(!print);
  if (print) setPictureSize(printPixels(printLayout()));
  const QSize pixels = printPixels(printLayout());
  m_pixelsNote->setText(
      tr("%1 × %2 pixels; the PDF page has the paper's size").arg(pixels.width()).arg(pixels.height()));
}

void ExportViewDialog::setPrintLayout(const PrintLayout& layout) {
  m_paperWidth->setValue(layout.paperMm.width());
  m_paperHeight->setValue(layout.paperMm.height());
  const int dpi = m_dpi->findData(layout.dpi);
  if (dpi < 0) m_dpi->addItem(QString::number(layout.dpi), layout.dpi);
  m_dpi->setCurrentIndex(dpi >= 0 ? dpi : m_dpi->count() - 1);
  m_title->setText(layout.title);
  m_caption->setText(layout.caption);
  setPrintLayoutEnabled(true);
  updatePrintPixels();
}

void ExportViewDialog::setPrintLayoutEnabled(bool enabled) {
  m_print->setChecked(enabled);
}

bool ExportViewDialog::isPrintLayout() const {
  return m_print->isChecked();
}

PrintLayout ExportViewDialog::printLayout() const {
  PrintLayout layout;
  layout.paperMm = QSizeF(m_paperWidth->value(), m_paperHeight->value());
  layout.dpi = m_dpi->currentData().toInt();
  layout.title = m_title->text();
  layout.caption = m_caption->text();
  return layout;
}

void ExportViewDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void ExportViewDialog::retranslate() {
  setWindowTitle(tr("Export View"));
  m_fileLabel->setText(tr("File"));
  m_path->setPlaceholderText(tr("map.png, map.svg or map.pdf"));
  m_browse->setText(tr("Browse…"));
  m_presetLabel->setText(tr("Preset"));
  m_preset->setItemText(0, tr("Full HD 1920 × 1080"));
  m_preset->setItemText(1, tr("4K 3840 × 2160"));
  m_preset->setItemText(2, tr("HD 1280 × 720"));
  const QSize shown = m_view.size();
  m_preset->setItemText(3, tr("As shown %1 × %2").arg(shown.width()).arg(shown.height()));
  m_sizeLabel->setText(tr("Size"));
  for (QSpinBox* box : {m_width, m_height}) box->setSuffix(tr(" px"));
  m_print->setTitle(tr("For print: a page with title, caption, north arrow and scale bar"));
  m_paperLabel->setText(tr("Paper"));
  m_paper->setItemText(0, tr("A4 landscape (297 × 210 mm)"));
  m_paper->setItemText(1, tr("A4 portrait (210 × 297 mm)"));
  m_paper->setItemText(2, tr("A3 landscape (420 × 297 mm)"));
  m_paper->setItemText(3, tr("A3 portrait (297 × 420 mm)"));
  m_paper->setItemText(4, tr("Custom"));
  m_paperSizeLabel->setText(tr("Paper size"));
  for (QDoubleSpinBox* box : {m_paperWidth, m_paperHeight}) box->setSuffix(tr(" mm"));
  m_dpiLabel->setText(tr("Resolution (dpi)"));
  m_titleLabel->setText(tr("Title"));
  m_title->setPlaceholderText(tr("Okhotsk Atlas", "the default title of a printed map"));
  m_captionLabel->setText(tr("Caption"));
  m_caption->setPlaceholderText(tr("A line under the date (optional)"));
  updatePrintPixels();
  if (m_pathMissing) m_error->setText(tr("Choose a file to write."));
}

void ExportViewDialog::setFilePath(const QString& path) {
  m_path->setText(path);
}

void ExportViewDialog::setPictureSize(QSize size) {
  m_width->setValue(size.width());
  m_height->setValue(size.height());
}

QString ExportViewDialog::filePath() const {
  return m_path->text().trimmed();
}

QSize ExportViewDialog::pictureSize() const {
  return {m_width->value(), m_height->value()};
}

QString ExportViewDialog::errorText() const {
  return m_error->text();
}

MapViewport ExportViewDialog::pictureViewport() const {
  const QSize size = pictureSize();
  MapViewport viewport = m_view;
  viewport.setSize(size);
  if (m_view.isValid()) {
    // What the window shows must fit: scale by the tighter of the two sides.
    const double factor = std::max(static_cast<double>(m_view.size().width()) / size.width(),
                                   static_cast<double>(m_view.size().height()) / size.height());
    viewport.setMetresPerPixel(m_view.metresPerPixel() * factor);
  }
  return viewport;
}

bool ExportViewDialog::exportNow() {
  const QString path = filePath();
  m_pathMissing = path.isEmpty();
  if (m_pathMissing) {
    m_error->setText(tr("Choose a file to write."));
    return false;
  }
  QString error;
  if (isPrintLayout()) {
    if (!writePrintPicture(m_renderer, m_view, mapSceneOf(m_settings, m_day), m_options, printLayout(), path,
                           &error)) {
      m_error->setText(error);
      return false;
    }
    m_error->clear();
    accept();
    return true;
  }
  RenderOptions options = m_options;
  options.scale = m_options.scale * defaultPictureScale(pictureSize());
  // A PNG gets its georeference beside it (world file, .prj, GDAL's .aux.xml), as --render
  // writes it, so that QGIS or GDAL place the picture; a GeoTIFF holds its own.
  const MapViewport viewport = pictureViewport();
  if (!writeMapPicture(m_renderer, viewport, mapSceneOf(m_settings, m_day), options, path, &error) ||
      (pictureFormatFor(path) == PictureFormat::Png && !writeWorldFiles(viewport, path, &error))) {
    m_error->setText(error);
    return false;
  }
  m_error->clear();
  accept();
  return true;
}

}  // namespace okhotsk::app
