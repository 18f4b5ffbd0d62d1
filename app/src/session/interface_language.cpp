// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/interface_language.h"

#include "session/display_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace okhotsk::app {

InterfaceLanguage::InterfaceLanguage(DisplaySettings& settings, QObject* parent) : QObject(parent) {
  connect(&settings, &DisplaySettings::languageChanged, this, &InterfaceLanguage::install);
  install(settings.language());
}

InterfaceLanguage::~InterfaceLanguage() {
  uninstall();
}

Language InterfaceLanguage::forLocale(const QLocale& locale) {
  switch (locale.language()) {
    case QLocale::Japanese:
      return Language::Japanese;
    case QLocale::Russian:
      return Language::Russian;
    default:
      return Language::English;
  }
}

QLocale InterfaceLanguage::localeFor(Language language) {
  switch (language) {
    case Language::Japanese:
      return QLocale(QLocale::Japanese, QLocale::Japan);
    case Language::Russian:
      return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::English:
      break;
  }
  // English keeps the reader's own conventions where the system is English already.
  const QLocale system = QLocale::system();
  return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void InterfaceLanguage::uninstall() {
  if (m_atlasInstalled) QCoreApplication::removeTranslator(&m_atlas);
  if (m_qtInstalled) QCoreApplication::removeTranslator(&m_qt);
  m_atlasInstalled = false;
  m_qtInstalled = false;
}

void InterfaceLanguage::install(Language language) {
  uninstall();
  m_installed = language;
  QLocale::setDefault(localeFor(language));
  m_catalogueLoaded = true;
  m_qtCatalogueLoaded = true;
  const QString code = QString::fromUtf8(languageCode(language).data());
  // English is the source language: its catalogue holds only the plural forms ("1 event").
  if (language == Language::English) {
    m_catalogueLoaded = m_atlas.load(QStringLiteral(":/i18n/okhotsk_en"));
    if (m_catalogueLoaded) m_atlasInstalled = QCoreApplication::installTranslator(&m_atlas);
    return;
  }
  m_qtCatalogueLoaded =
      m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  if (m_qtCatalogueLoaded) m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
  m_catalogueLoaded = m_atlas.load(QStringLiteral(":/i18n/okhotsk_") + code);
  if (m_catalogueLoaded) m_atlasInstalled = QCoreApplication::installTranslator(&m_atlas);
}

}  // namespace okhotsk::app
