// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QObject>

class QSettings;

namespace okhotsk::app {

/// How names and text are shown everywhere: the language of the interface and the data
/// together, and the order of a disputed place's two names. Views read it when they paint
/// and listen to its signals.
///
/// The naming order is a choice of its own; until the user makes it, it follows the language
/// (Japanese-first in Japanese and English, Russian-first in Russian).
class DisplaySettings : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] Language language() const noexcept { return m_language; }
  [[nodiscard]] NamingOrder namingOrder() const noexcept { return m_namingOrder; }
  /// Whether the naming order was chosen rather than taken from the language.
  [[nodiscard]] bool namingOrderChosen() const noexcept { return m_namingOrderChosen; }

  /// The naming order that goes with a language until the user chooses one.
  [[nodiscard]] static NamingOrder defaultNamingOrder(Language language) noexcept;

  /// Restores the language and naming order saved by save(); on a first run the language
  /// follows the system's locale (`systemLanguage`).
  void restore(const QSettings& settings, Language systemLanguage);
  /// Saves the language, and the naming order when it was chosen.
  void save(QSettings& settings) const;

 public Q_SLOTS:
  void setLanguage(okhotsk::Language language);
  /// Chooses the naming order: from now on it no longer follows the language.
  void setNamingOrder(okhotsk::NamingOrder order);

 Q_SIGNALS:
  void languageChanged(okhotsk::Language language);
  void namingOrderChanged(okhotsk::NamingOrder order);

 private:
  void applyNamingOrder(NamingOrder order);

  Language m_language = Language::English;
  NamingOrder m_namingOrder = NamingOrder::JapaneseFirst;
  bool m_namingOrderChosen = false;
};

}  // namespace okhotsk::app
