// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/data_export_dialog.h"

#include "panels/event_list_model.h"
#include "session/atlas_document.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace okhotsk::app {

ExportFilter currentExportFilter(const EventFilterModel& events, const TimeController& controller) {
  ExportFilter filter;
  filter.days = controller.visibleRange();
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    if (events.isCategoryVisible(category)) filter.categories.push_back(category);
  }
  // Every category shown is no category filter; none shown exports no event.
  if (filter.categories.size() == static_cast<std::size_t>(kEventCategoryCount)) filter.categories.clear();
  return filter;
}

DataExportDialog::DataExportDialog(const AtlasDocument& document, ExportFilter current, QWidget* parent)
    : QDialog(parent), m_document(document), m_current(std::move(current)) {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  m_format = new QComboBox(this);
  for (int i = 0; i < kExportFormatCount; ++i) m_format->addItem(QString(), i);
  m_formatLabel = new QLabel(this);
  form->addRow(m_formatLabel, m_format);
  m_target = new QLineEdit(this);
  m_browse = new QPushButton(this);
  auto* targetRow = new QHBoxLayout;
  targetRow->addWidget(m_target, 1);
  targetRow->addWidget(m_browse);
  m_targetLabel = new QLabel(this);
  form->addRow(m_targetLabel, targetRow);
  layout->addLayout(form);
  m_whole = new QRadioButton(this);
  m_filtered = new QRadioButton(this);
  m_whole->setChecked(true);
  m_filterSummary = new QLabel(this);
  m_filterSummary->setWordWrap(true);
  layout->addWidget(m_whole);
  layout->addWidget(m_filtered);
  layout->addWidget(m_filterSummary);
  m_error = new QLabel(this);
  m_error->setWordWrap(true);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_error);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  m_export = new QPushButton(this);
  m_export->setDefault(true);
  m_cancel = new QPushButton(this);
  buttons->addWidget(m_export);
  buttons->addWidget(m_cancel);
  layout->addLayout(buttons);
  connect(m_browse, &QPushButton::clicked, this, &DataExportDialog::browse);
  connect(m_export, &QPushButton::clicked, this, &DataExportDialog::exportNow);
  connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] { retranslate(); });
  retranslate();
}

void DataExportDialog::setFormat(ExportFormat format) {
  m_format->setCurrentIndex(static_cast<int>(format));
}

ExportFormat DataExportDialog::format() const {
  return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void DataExportDialog::setFilteredOnly(bool filtered) {
  (filtered ? m_filtered : m_whole)->setChecked(true);
}

bool DataExportDialog::isFilteredOnly() const {
  return m_filtered->isChecked();
}

void DataExportDialog::setTarget(const QString& path) {
  m_target->setText(path);
}

QString DataExportDialog::target() const {
  return m_target->text().trimmed();
}

QString DataExportDialog::errorText() const {
  return m_error->text();
}

bool DataExportDialog::exportNow() {
  const Dataset* dataset = m_document.dataset();
  if (dataset == nullptr) {
    m_error->setText(tr("No dataset is open."));
    return false;
  }
  if (target().isEmpty()) {
    m_error->setText(exportWritesFolder(format()) ? tr("Choose a folder to write to.")
                                                  : tr("Choose a file to write to."));
    return false;
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const ExportResult result = exportDataset(*dataset, format(), target().toStdString(),
                                            isFilteredOnly() ? m_current : ExportFilter{});
  QApplication::restoreOverrideCursor();
  if (!result.ok()) {
    m_error->setText(tr("The data could not be exported; nothing was written.") + QLatin1Char('\n') +
                     QString::fromStdString(result.diagnostics.toText()).trimmed());
    return false;
  }
  m_error->clear();
  accept();
  return true;
}

void DataExportDialog::browse() {
  const QString start = target();
  QString chosen;
  if (exportWritesFolder(format())) {
    chosen = QFileDialog::getExistingDirectory(this, tr("Export Data to Folder"), start);
  } else {
    const bool kml = format() == ExportFormat::Kml;
    chosen = QFileDialog::getSaveFileName(this, tr("Export Data"), start,
                                          kml ? tr("KML (*.kml)") : tr("GeoPackage (*.gpkg)"));
  }
  if (!chosen.isEmpty()) m_target->setText(chosen);
}

void DataExportDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void DataExportDialog::retranslate() {
  setWindowTitle(tr("Export Data"));
  m_formatLabel->setText(tr("Format:"));
  const QString names[kExportFormatCount] = {tr("GeoPackage (one file, every layer)"),
                                             tr("GeoJSON (a folder, one file per layer)"),
                                             tr("FlatGeobuf (a folder, one file per layer)"),
                                             tr("CSV with column types (a folder, one file per layer)"),
                                             tr("KML for Google Earth (one file, with time spans)")};
  for (int i = 0; i < kExportFormatCount; ++i) m_format->setItemText(i, names[i]);
  const bool folder = exportWritesFolder(format());
  m_targetLabel->setText(folder ? tr("Folder:") : tr("File:"));
  m_browse->setText(tr("Choose…"));
  m_whole->setText(tr("The whole dataset"));
  m_filtered->setText(tr("What the current filters show"));
  QString range;
  if (m_current.days)
    range = tr("%1 to %2")
                .arg(QString::fromStdString(isoDate(m_current.days->first)),
                     QString::fromStdString(isoDate(m_current.days->last)));
  m_filterSummary->setText(
      tr("Events of the categories shown in the event list, and control periods, boundaries and names, "
         "within the timeline's visible range (%1); the other layers whole.")
          .arg(range.isEmpty() ? tr("every date") : range));
  m_export->setText(tr("Export"));
  m_cancel->setText(tr("Cancel"));
}

}  // namespace okhotsk::app
