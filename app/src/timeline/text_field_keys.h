// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace okhotsk::app {

/// Leaves some window-wide keys to text fields: while a field that takes typing has the focus
/// (a line edit such as the date field or the event search, a spin box, an editable text
/// view or a read-only one that scrolls with them), the keys given here go to the field and
/// not to the window's shortcuts. Installed on the application; owned by the window (it stops
/// when destroyed).
class TextFieldKeys : public QObject {
  Q_OBJECT

 public:
  TextFieldKeys(QList<QKeySequence> keys, QObject* parent);

  /// Whether `widget` is a field that keeps the keys.
  [[nodiscard]] static bool keepsKeys(const QObject* widget);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QList<QKeySequence> m_keys;
};

}  // namespace okhotsk::app
