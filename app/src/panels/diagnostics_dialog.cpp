// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/diagnostics_dialog.h"

#include "panels/diagnostics_model.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace okhotsk::app {

DiagnosticsDialog::DiagnosticsDialog(const Diagnostics& diagnostics, const QString& origin, QWidget* parent)
    : QDialog(parent) {
  m_model = new DiagnosticsModel(this);
  m_filter = new DiagnosticsFilterModel(this);
  m_filter->setSourceModel(m_model);

  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont summaryFont = m_summary->font();
  summaryFont.setBold(true);
  m_summary->setFont(summaryFont);
  m_advice = new QLabel(this);
  m_advice->setObjectName(QStringLiteral("diagnosticsAdvice"));
  m_advice->setWordWrap(true);
  m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_advice->hide();

  m_showErrors = new QCheckBox(this);
  m_showWarnings = new QCheckBox(this);
  m_showNotes = new QCheckBox(this);
  const auto wireFilter = [this](QCheckBox* box, Severity severity) {
    box->setChecked(true);
    connect(box, &QCheckBox::toggled, this,
            [this, severity](bool on) { m_filter->setSeverityVisible(severity, on); });
  };
  wireFilter(m_showErrors, Severity::Error);
  wireFilter(m_showWarnings, Severity::Warning);
  wireFilter(m_showNotes, Severity::Info);
  auto* filterRow = new QHBoxLayout;
  m_showLabel = new QLabel(this);
  filterRow->addWidget(m_showLabel);
  filterRow->addWidget(m_showErrors);
  filterRow->addWidget(m_showWarnings);
  filterRow->addWidget(m_showNotes);
  filterRow->addStretch(1);

  m_view = new QTableView(this);
  m_view->setModel(m_filter);
  m_view->setSortingEnabled(true);
  m_view->sortByColumn(-1, Qt::AscendingOrder);  // the loader's order until the user sorts
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setAlternatingRowColors(true);
  m_view->setWordWrap(true);
  m_view->verticalHeader()->hide();
  m_view->horizontalHeader()->setStretchLastSection(true);
  m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_copyButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  m_saveButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  connect(m_copyButton, &QPushButton::clicked, this, &DiagnosticsDialog::copyToClipboard);
  connect(m_saveButton, &QPushButton::clicked, this, &DiagnosticsDialog::askAndSaveReport);
  m_openAnywayButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  m_openAnywayButton->setObjectName(QStringLiteral("openWhatIsValid"));
  m_openAnywayButton->hide();
  connect(m_openAnywayButton, &QPushButton::clicked, this, [this] { done(OpenWhatIsValid); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addWidget(m_advice);
  layout->addLayout(filterRow);
  layout->addWidget(m_view, 1);
  layout->addWidget(buttons);

  resize(900, 420);
  retranslate();
  setDiagnostics(diagnostics, origin);
}

void DiagnosticsDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void DiagnosticsDialog::retranslate() {
  setWindowTitle(tr("Dataset diagnostics"));
  m_showLabel->setText(tr("Show:"));
  m_copyButton->setText(tr("&Copy"));
  m_copyButton->setToolTip(tr("Copy the selected rows, or every row shown, as text"));
  m_saveButton->setText(tr("&Save report…"));
  m_openAnywayButton->setText(tr("&Open What Is Valid"));
  m_openAnywayButton->setToolTip(
      tr("Open the dataset without the rows and features the errors name", "a button's tooltip"));
  m_advice->setText(adviceText());
  m_model->retranslate();
  updateCounts();
}

void DiagnosticsDialog::setRefused(bool refused) {
  m_refused = refused;
  m_advice->setText(adviceText());
  m_advice->setVisible(refused);
  m_openAnywayButton->setVisible(refused);
}

QString DiagnosticsDialog::adviceText() const {
  if (!m_refused) return {};
  return tr(
      "Because of these errors the dataset was not opened, and the atlas on screen stays as it was. "
      "Correct the files named below and open the dataset again, or choose Open What Is Valid to open "
      "it without what the errors name.");
}

QString DiagnosticsDialog::errorsText(std::size_t count) {
  return count == 1 ? tr("1 error") : tr("%n errors", nullptr, static_cast<int>(count));
}

QString DiagnosticsDialog::warningsText(std::size_t count) {
  return count == 1 ? tr("1 warning") : tr("%n warnings", nullptr, static_cast<int>(count));
}

QString DiagnosticsDialog::notesText(std::size_t count) {
  return count == 1 ? tr("1 note") : tr("%n notes", nullptr, static_cast<int>(count));
}

QString DiagnosticsDialog::countsText(std::size_t errors, std::size_t warnings, std::size_t notes) {
  QString text = tr("%1, %2", "a list of counts: errors, warnings (, notes)")
                     .arg(errorsText(errors), warningsText(warnings));
  if (notes > 0)
    text = tr("%1, %2", "a list of counts: errors, warnings (, notes)").arg(text, notesText(notes));
  return text;
}

void DiagnosticsDialog::setDiagnostics(const Diagnostics& diagnostics, const QString& origin) {
  m_origin = origin;
  m_model->setDiagnostics(diagnostics);
  m_showNotes->setVisible(diagnostics.size() > diagnostics.errorCount() + diagnostics.warningCount());
  updateCounts();
  for (int column :
       {DiagnosticsModel::SeverityColumn, DiagnosticsModel::FileColumn, DiagnosticsModel::LayerColumn,
        DiagnosticsModel::FeatureColumn, DiagnosticsModel::FieldColumn})
    m_view->resizeColumnToContents(column);
  m_view->resizeRowsToContents();
}

QString DiagnosticsDialog::summary() const {
  const Diagnostics& diagnostics = m_model->diagnostics();
  const QString where = m_origin.isEmpty() ? tr("the dataset") : QDir::toNativeSeparators(m_origin);
  if (diagnostics.empty()) return tr("No problems found in %1").arg(where);
  const std::size_t errors = diagnostics.errorCount();
  const std::size_t warnings = diagnostics.warningCount();
  return tr("%1 in %2").arg(countsText(errors, warnings, diagnostics.size() - errors - warnings), where);
}

void DiagnosticsDialog::updateCounts() {
  const Diagnostics& diagnostics = m_model->diagnostics();
  const std::size_t errors = diagnostics.errorCount();
  const std::size_t warnings = diagnostics.warningCount();
  m_showErrors->setText(errorsText(errors));
  m_showWarnings->setText(warningsText(warnings));
  m_showNotes->setText(notesText(diagnostics.size() - errors - warnings));
  m_summary->setText(summary());
  m_saveButton->setEnabled(true);
}

QString DiagnosticsDialog::reportText() const {
  QString text;
  text += tr("Okhotsk Atlas dataset diagnostics") + QLatin1Char('\n');
  text += tr("Dataset: %1").arg(m_origin.isEmpty() ? tr("(none)") : m_origin) + QLatin1Char('\n');
  text += tr("Written: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + QLatin1Char('\n');
  text += summary() + QStringLiteral("\n\n");
  text += QString::fromStdString(m_model->diagnostics().toText());
  return text;
}

bool DiagnosticsDialog::saveReport(const QString& path, QString* error,
                                   const SaveDeviceFactory& makeDevice) const {
  return writeFileSafely(path, reportText().toUtf8(), error, makeDevice);
}

void DiagnosticsDialog::copyToClipboard() const {
  std::set<int> rows;
  for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) rows.insert(index.row());
  if (rows.empty())
    for (int row = 0; row < m_filter->rowCount(); ++row) rows.insert(row);
  QStringList lines;
  for (int row : rows) lines << m_filter->index(row, 0).data(DiagnosticsModel::ReportLineRole).toString();
  QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void DiagnosticsDialog::askAndSaveReport() {
  const QString suggested = QDir::home().filePath(QStringLiteral("okhotsk-diagnostics.txt"));
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save diagnostics report"), suggested, tr("Text files (*.txt)"));
  if (path.isEmpty()) return;
  QString error;
  if (!saveReport(path, &error)) QMessageBox::warning(this, tr("Save report"), error);  // it names the file
}

}  // namespace okhotsk::app
