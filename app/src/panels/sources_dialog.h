// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QEvent;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

/// Help → Data Sources and Credits: every source of the open dataset, with its addresses, in a
/// scrollable list that a search field narrows (by citation, address or id). Sized to the screen
/// it opens on, so that its Close button is always within reach.
class SourcesDialog : public QDialog {
  Q_OBJECT

 public:
  /// `dataset` may be null (no dataset open: only the credits are shown); it must outlive this.
  explicit SourcesDialog(const Dataset* dataset, QWidget* parent = nullptr);

  /// Shows only the sources whose citation, address or id contains `text` (any case).
  void setFilter(const QString& text);
  /// How many sources the list shows now.
  [[nodiscard]] int shownCount() const noexcept { return m_shown; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void fill();

  const Dataset* m_dataset;
  QLineEdit* m_search = nullptr;
  QLabel* m_count = nullptr;
  QTextBrowser* m_list = nullptr;
  int m_shown = 0;
};

}  // namespace okhotsk::app
