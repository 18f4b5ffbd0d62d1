// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/display_settings.h"

#include <QSettings>

namespace okhotsk::app {

namespace {
const QString kLanguageKey = QStringLiteral("display/language");
const QString kNamingOrderKey = QStringLiteral("display/namingOrder");
}  // namespace

NamingOrder DisplaySettings::defaultNamingOrder(Language language) noexcept {
  return language == Language::Russian ? NamingOrder::RussianFirst : NamingOrder::JapaneseFirst;
}

void DisplaySettings::setLanguage(Language language) {
  if (language == m_language) return;
  m_language = language;
  // The order changes first, so that listeners to the language see the matching order.
  if (!m_namingOrderChosen) applyNamingOrder(defaultNamingOrder(language));
  Q_EMIT languageChanged(language);
}

void DisplaySettings::setNamingOrder(NamingOrder order) {
  m_namingOrderChosen = true;
  applyNamingOrder(order);
}

void DisplaySettings::applyNamingOrder(NamingOrder order) {
  if (order == m_namingOrder) return;
  m_namingOrder = order;
  Q_EMIT namingOrderChanged(order);
}

void DisplaySettings::restore(const QSettings& settings, Language systemLanguage) {
  const std::string language = settings.value(kLanguageKey).toString().toStdString();
  setLanguage(languageFromCode(language).value_or(systemLanguage));
  const std::string order = settings.value(kNamingOrderKey).toString().toStdString();
  if (const auto parsed = namingOrderFromCode(order)) setNamingOrder(*parsed);
}

void DisplaySettings::save(QSettings& settings) const {
  settings.setValue(kLanguageKey, QString::fromUtf8(languageCode(m_language).data()));
  if (m_namingOrderChosen)
    settings.setValue(kNamingOrderKey, QString::fromUtf8(namingOrderCode(m_namingOrder).data()));
  else
    settings.remove(kNamingOrderKey);
}

}  // namespace okhotsk::app
