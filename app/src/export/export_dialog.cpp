// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_dialog.h"

#include "export/picture_export.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace okhotsk::app {

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
        this, tr("Export View"), m_path->text(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
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
  RenderOptions options = m_options;
  options.scale = m_options.scale * defaultPictureScale(pictureSize());
  QString error;
  if (!writeMapPicture(m_renderer, pictureViewport(), mapSceneOf(m_settings, m_day), options, path, &error)) {
    m_error->setText(error);
    return false;
  }
  m_error->clear();
  accept();
  return true;
}

}  // namespace okhotsk::app
