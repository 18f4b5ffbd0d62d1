// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QDialog>
#include <QList>

class QAction;
class QEvent;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace okhotsk::app {

class DisplaySettings;

/// Help → Guide (F1): the short user guide in the interface's language, and every keyboard
/// shortcut of the window that opened it, read from its actions so that the list is never out
/// of date. Both follow a language change while open.
class HelpWindow : public QDialog {
  Q_OBJECT

 public:
  /// `actions` are the window's actions whose shortcuts are listed; they must outlive this.
  HelpWindow(const DisplaySettings& settings, QList<QAction*> actions, QWidget* parent = nullptr);

  /// The guide's resource for a language (":/okhotsk/guide/guide_ja.html").
  [[nodiscard]] static QString guideResource(Language language);
  /// Opens the guide (0) or the shortcuts (1).
  void showPage(int page);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void fillShortcuts();

  const DisplaySettings& m_settings;
  QList<QAction*> m_actions;
  QTabWidget* m_tabs = nullptr;
  QTextBrowser* m_guide = nullptr;
  QLineEdit* m_filter = nullptr;
  QTreeWidget* m_shortcuts = nullptr;
};

}  // namespace okhotsk::app
