// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/text_field_keys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <utility>

namespace okhotsk::app {

TextFieldKeys::TextFieldKeys(QList<QKeySequence> keys, QObject* parent)
    : QObject(parent), m_keys(std::move(keys)) {
  qApp->installEventFilter(this);
}

bool TextFieldKeys::keepsKeys(const QObject* widget) {
  return qobject_cast<const QLineEdit*>(widget) != nullptr ||
         qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
         qobject_cast<const QTextEdit*>(widget) != nullptr ||
         qobject_cast<const QPlainTextEdit*>(widget) != nullptr;
}

bool TextFieldKeys::eventFilter(QObject* watched, QEvent* event) {
  // Before a shortcut fires, the focus widget is asked whether it wants the key itself
  // (ShortcutOverride); accepting it for a text field sends it the key instead.
  if (event->type() != QEvent::ShortcutOverride || !keepsKeys(watched)) return false;
  const auto* key = static_cast<QKeyEvent*>(event);
  const QKeySequence pressed(key->keyCombination());
  for (const QKeySequence& sequence : std::as_const(m_keys)) {
    if (sequence.matches(pressed) == QKeySequence::ExactMatch) {
      event->accept();
      return false;
    }
  }
  return false;
}

}  // namespace okhotsk::app
