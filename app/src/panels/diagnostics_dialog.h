// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/safe_write.h"

#include "okhotsk/diagnostics.h"

#include <QDialog>
#include <QString>

#include <cstddef>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace okhotsk::app {

class DiagnosticsModel;
class DiagnosticsFilterModel;

/// Lists the problems found while loading a dataset: a summary ("3 errors, 5 warnings in
/// /path"), a table filtered by severity, copying to the clipboard and saving a text report
/// (written atomically and checked with writeFileSafely, so a failed write, even on a full
/// disk, never leaves half a report).
///
/// For a dataset refused because of its errors (setRefused()), it says so above the table and
/// offers "Open What Is Valid", which ends exec() with OpenWhatIsValid.
///
/// Owns copies of the diagnostics (through its model); the caller may open another dataset
/// while the dialog is shown. Its words follow a change of the interface language.
class DiagnosticsDialog : public QDialog {
  Q_OBJECT

 public:
  /// What exec() returns when the user chose to open the refused dataset anyway.
  static constexpr int OpenWhatIsValid = 2;

  DiagnosticsDialog(const Diagnostics& diagnostics, const QString& origin, QWidget* parent = nullptr);

  /// The diagnostics are those of a dataset that was not opened because of its errors: the
  /// dialog says so, suggests what to do and shows the "Open What Is Valid" button.
  void setRefused(bool refused);
  [[nodiscard]] bool isRefused() const noexcept { return m_refused; }
  /// The button that opens a refused dataset anyway (hidden unless setRefused(true)).
  [[nodiscard]] QPushButton* openWhatIsValidButton() const noexcept { return m_openAnywayButton; }
  /// The line above the table that says what happened and what to do (empty unless refused).
  [[nodiscard]] QString adviceText() const;

  void setDiagnostics(const Diagnostics& diagnostics, const QString& origin);

  /// "3 errors, 5 warnings in /path"; "No problems found in /path".
  [[nodiscard]] QString summary() const;
  /// "1 error, 5 warnings" (and ", 2 notes" when there are notes), in the interface language.
  [[nodiscard]] static QString countsText(std::size_t errors, std::size_t warnings, std::size_t notes);
  /// The report saved by "Save report…": a header naming the dataset, the summary, and one
  /// line per diagnostic (all of them, whatever the filter shows).
  [[nodiscard]] QString reportText() const;
  /// Writes reportText() to `path` atomically and checked (writeFileSafely): on any failure, a
  /// full disk included, the old file stays and no temporary is left; returns false and sets
  /// `error` to the reason, naming the file. `makeDevice` is for tests (see SaveDevice).
  bool saveReport(const QString& path, QString* error = nullptr,
                  const SaveDeviceFactory& makeDevice = {}) const;
  /// Copies the selected rows, or every row shown when none is selected, one line each.
  void copyToClipboard() const;

  [[nodiscard]] DiagnosticsModel* model() const noexcept { return m_model; }
  [[nodiscard]] DiagnosticsFilterModel* filterModel() const noexcept { return m_filter; }
  [[nodiscard]] QTableView* view() const noexcept { return m_view; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void askAndSaveReport();
  /// Sets every word of the dialog in the current interface language.
  void retranslate();
  /// The words that count the diagnostics: the filter boxes and the summary.
  void updateCounts();
  // "1 error", "4 errors": the singular spelt out, as English has no catalogue to choose it.
  [[nodiscard]] static QString errorsText(std::size_t count);
  [[nodiscard]] static QString warningsText(std::size_t count);
  [[nodiscard]] static QString notesText(std::size_t count);

  QString m_origin;
  DiagnosticsModel* m_model = nullptr;
  DiagnosticsFilterModel* m_filter = nullptr;
  QLabel* m_summary = nullptr;
  QLabel* m_advice = nullptr;
  QLabel* m_showLabel = nullptr;
  QCheckBox* m_showErrors = nullptr;
  QCheckBox* m_showWarnings = nullptr;
  QCheckBox* m_showNotes = nullptr;
  QTableView* m_view = nullptr;
  QPushButton* m_copyButton = nullptr;
  QPushButton* m_saveButton = nullptr;
  QPushButton* m_openAnywayButton = nullptr;
  bool m_refused = false;
};

}  // namespace okhotsk::app
