// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/add_layer_dialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace okhotsk::app {

namespace {

// At most this many problems are listed inline; the rest are counted.
constexpr int kProblemLines = 6;

QColor toColour(quint32 rgb) {
  return QColor::fromRgb(static_cast<QRgb>(0xFF000000u | rgb));
}

QString yearText(DayNumber day) {
  const CivilDate date = gregorianFromDays(day);
  return QString::number(date.year);
}

}  // namespace

AddLayerDialog::AddLayerDialog(quint32 colour, QWidget* parent) : QDialog(parent), m_colour(colour) {
  m_fileLabel = new QLabel(this);
  m_path = new QLineEdit(this);
  m_path->setObjectName(QStringLiteral("path"));
  m_browse = new QPushButton(this);
  m_layerLabel = new QLabel(this);
  m_layer = new QComboBox(this);
  m_layer->setObjectName(QStringLiteral("layer"));
  m_startLabel = new QLabel(this);
  m_start = new QComboBox(this);
  m_start->setObjectName(QStringLiteral("start"));
  m_endLabel = new QLabel(this);
  m_end = new QComboBox(this);
  m_end->setObjectName(QStringLiteral("end"));
  m_labelLabel = new QLabel(this);
  m_label = new QComboBox(this);
  m_label->setObjectName(QStringLiteral("label"));
  m_colourLabel = new QLabel(this);
  m_colourButton = new QPushButton(this);
  m_formatNote = new QLabel(this);
  m_formatNote->setWordWrap(true);
  m_summary = new QLabel(this);
  m_summary->setObjectName(QStringLiteral("summary"));
  m_preview = new QTableWidget(this);
  m_preview->setObjectName(QStringLiteral("preview"));
  m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_preview->horizontalHeader()->setStretchLastSection(true);
  m_problems = new QLabel(this);
  m_problems->setObjectName(QStringLiteral("problems"));
  m_problems->setWordWrap(true);
  m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_problems->setStyleSheet(QStringLiteral("color: #B00020;"));
  m_problems->hide();
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(m_path, 1);
  fileRow->addWidget(m_browse);
  auto* form = new QFormLayout;
  form->addRow(m_fileLabel, fileRow);
  form->addRow(m_layerLabel, m_layer);
  form->addRow(m_startLabel, m_start);
  form->addRow(m_endLabel, m_end);
  form->addRow(m_labelLabel, m_label);
  form->addRow(m_colourLabel, m_colourButton);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_formatNote);
  layout->addWidget(m_summary);
  layout->addWidget(m_preview, 1);
  layout->addWidget(m_problems);
  layout->addWidget(m_buttons);

  connect(m_browse, &QPushButton::clicked, this, &AddLayerDialog::browse);
  connect(m_path, &QLineEdit::editingFinished, this, &AddLayerDialog::onPathEdited);
  connect(m_layer, &QComboBox::currentIndexChanged, this, &AddLayerDialog::onLayerChanged);
  for (QComboBox* combo : {m_start, m_end, m_label})
    connect(combo, &QComboBox::currentIndexChanged, this, &AddLayerDialog::reread);
  connect(m_colourButton, &QPushButton::clicked, this, &AddLayerDialog::chooseColour);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  retranslate();
  reread();
  resize(640, 520);
}

AddLayerDialog::~AddLayerDialog() {
  // The fields are destroyed after this part of the dialog and may still signal then (a
  // focused file field losing its focus): their slots must not run on a dialog that is gone.
  for (QWidget* field : std::initializer_list<QWidget*>{m_path, m_layer, m_start, m_end, m_label})
    disconnect(field, nullptr, this, nullptr);
}

void AddLayerDialog::retranslate() {
  setWindowTitle(tr("Add Layer"));
  m_fileLabel->setText(tr("File"));
  m_path->setPlaceholderText(tr("GeoJSON, GeoPackage, Shapefile, KML, CSV…"));
  m_browse->setText(tr("Browse…"));
  m_layerLabel->setText(tr("Layer"));
  m_startLabel->setText(tr("Start date field"));
  m_endLabel->setText(tr("End date field"));
  m_labelLabel->setText(tr("Label field"));
  m_colourLabel->setText(tr("Colour"));
  m_colourButton->setText(toColour(m_colour).name());
  m_formatNote->setText(
      tr("Dates are recognised as they come: EDTF or ISO 8601 (1945-08-28, 1945-08, "
         "1945, 1945~), date-times, or date fields. Without an end field the start "
         "date alone gives the span; an empty end means still in force. Features "
         "without dates are shown on every day."));
  for (QComboBox* combo : {m_start, m_end, m_label})
    if (combo->count() > 0) combo->setItemText(0, tr("(none)", "no field chosen"));
  if (m_data) showPreview();
}

void AddLayerDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void AddLayerDialog::browse() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Add Layer"), m_path->text(),
      tr("Vector data (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.csv *.fgb *.gml *.gpx);;All files (*)"));
  if (!path.isEmpty()) setFilePath(path);
}

void AddLayerDialog::onPathEdited() {
  if (m_path->text() != QString::fromStdString(m_data ? m_data->path : std::string{}) || !m_source.ok)
    setFilePath(m_path->text());
}

void AddLayerDialog::setFilePath(const QString& path) {
  m_path->setText(path);
  m_source = path.isEmpty() ? UserSourceInfo{} : describeUserSource(path.toStdString());
  m_filling = true;
  m_layer->clear();
  for (const UserLayerInfo& layer : m_source.layers) m_layer->addItem(QString::fromStdString(layer.name));
  m_filling = false;
  onLayerChanged();
}

void AddLayerDialog::onLayerChanged() {
  if (m_filling) return;
  const int index = m_layer->currentIndex();
  fillFieldCombos(index >= 0 && index < static_cast<int>(m_source.layers.size())
                      ? m_source.layers[static_cast<std::size_t>(index)]
                      : UserLayerInfo{});
  reread();
}

void AddLayerDialog::fillFieldCombos(const UserLayerInfo& layer) {
  m_filling = true;
  auto fill = [&layer](QComboBox* combo, const std::string& guess) {
    combo->clear();
    combo->addItem(tr("(none)", "no field chosen"), QString());
    for (const UserFieldInfo& field : layer.fields)
      combo->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(field.name),
                                                   QString::fromStdString(field.type)),
                     QString::fromStdString(field.name));
    combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(guess))));
  };
  fill(m_start, layer.guessedStartField);
  fill(m_end, layer.guessedEndField);
  fill(m_label, layer.guessedLabelField);
  m_filling = false;
}

void AddLayerDialog::setLayer(const QString& layer) {
  m_layer->setCurrentIndex(m_layer->findText(layer));
}
void AddLayerDialog::setStartField(const QString& field) {
  m_start->setCurrentIndex(std::max(0, m_start->findData(field)));
}
void AddLayerDialog::setEndField(const QString& field) {
  m_end->setCurrentIndex(std::max(0, m_end->findData(field)));
}
void AddLayerDialog::setLabelField(const QString& field) {
  m_label->setCurrentIndex(std::max(0, m_label->findData(field)));
}

QString AddLayerDialog::comboField(const QComboBox* combo) const {
  return combo->currentData().toString();
}

UserLayerSpec AddLayerDialog::spec() const {
  UserLayerSpec spec;
  spec.path = m_path->text();
  spec.layer = m_layer->currentText();
  spec.startField = comboField(m_start);
  spec.endField = comboField(m_end);
  spec.labelField = comboField(m_label);
  spec.colour = m_colour;
  return spec;
}

void AddLayerDialog::reread() {
  if (m_filling) return;
  if (m_path->text().isEmpty()) {
    m_data.reset();
  } else if (!m_source.ok) {
    auto failed = std::make_shared<UserLayerData>();
    failed->path = m_path->text().toStdString();
    failed->diagnostics = m_source.diagnostics;
    m_data = failed;
  } else {
    m_data = std::make_shared<UserLayerData>(readUserLayer(m_path->text().toStdString(), spec().options()));
  }
  showPreview();
  showProblems(m_data ? m_data->diagnostics : Diagnostics{});
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

bool AddLayerDialog::canAccept() const {
  return m_data && m_data->ok;
}

void AddLayerDialog::showPreview() {
  m_preview->clear();
  m_preview->setRowCount(0);
  m_preview->setColumnCount(0);
  if (!m_data || !m_data->ok) {
    m_summary->setText(m_path->text().isEmpty() ? tr("Choose a file.") : QString());
    return;
  }
  QString summary = tr("Features: %1, with dates: %2", "in the chosen layer")
                        .arg(m_data->features.size())
                        .arg(m_data->datedCount());
  if (const std::optional<DayRange> extent = m_data->dayExtent())
    summary += QStringLiteral(" (%1–%2)").arg(yearText(extent->first), yearText(extent->last));
  m_summary->setText(summary);
  QStringList headers;
  for (const std::string& field : m_data->fields) headers << QString::fromStdString(field);
  m_preview->setColumnCount(static_cast<int>(headers.size()));
  m_preview->setHorizontalHeaderLabels(headers);
  const int rows = std::min(kPreviewRows, static_cast<int>(m_data->features.size()));
  m_preview->setRowCount(rows);
  for (int row = 0; row < rows; ++row)
    for (const auto& [name, value] : m_data->features[static_cast<std::size_t>(row)].attributes) {
      const auto column = headers.indexOf(QString::fromStdString(name));
      if (column >= 0)
        m_preview->setItem(row, static_cast<int>(column),
                           new QTableWidgetItem(QString::fromStdString(value)));
    }
}

void AddLayerDialog::showProblems(const Diagnostics& diagnostics) {
  QStringList lines;
  for (const Diagnostic& d : diagnostics.items()) {
    if (lines.size() == kProblemLines) {
      lines << tr("… and %1 more", "problems not listed")
                   .arg(static_cast<int>(diagnostics.size()) - kProblemLines);
      break;
    }
    lines << QString::fromStdString(d.toString());
  }
  m_problems->setText(lines.join(QLatin1Char('\n')));
  m_problems->setVisible(!lines.isEmpty());
}

QString AddLayerDialog::problemText() const {
  return m_problems->text();
}

QString AddLayerDialog::summaryText() const {
  return m_summary->text();
}

void AddLayerDialog::chooseColour() {
  const QColor chosen = QColorDialog::getColor(toColour(m_colour), this, tr("Layer colour"));
  if (!chosen.isValid()) return;
  m_colour = chosen.rgb() & 0xFFFFFFu;
  m_colourButton->setText(chosen.name());
}

}  // namespace okhotsk::app
