// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace okhotsk::app {

class DisplaySettings;

/// Puts the interface into DisplaySettings::language(): installs the atlas's own catalogue
/// (resources/translations/okhotsk_<code>.ts, compiled and embedded as :/i18n/okhotsk_<code>.qm)
/// and Qt's own (qtbase_<code>.qm from Qt's translations folder: standard buttons, file
/// dialogs, context menus) on the application. Installing a catalogue sends every widget a
/// LanguageChange event, on which it sets its words again; views that paint their own words
/// repaint on DisplaySettings::languageChanged, which reaches them after the catalogues are in
/// place because the session creates this object first.
///
/// English is the language of the sources: its catalogue holds only the plural forms.
class InterfaceLanguage : public QObject {
  Q_OBJECT

 public:
  /// Follows `settings` from now on and installs its current language.
  explicit InterfaceLanguage(DisplaySettings& settings, QObject* parent = nullptr);
  ~InterfaceLanguage() override;
  InterfaceLanguage(const InterfaceLanguage&) = delete;
  InterfaceLanguage& operator=(const InterfaceLanguage&) = delete;

  /// The language whose catalogues are installed.
  [[nodiscard]] Language installed() const noexcept { return m_installed; }
  /// False when the atlas's catalogue for the language could not be loaded (the interface
  /// then stays in English; the data's own texts still follow the language).
  [[nodiscard]] bool catalogueLoaded() const noexcept { return m_catalogueLoaded; }
  /// Whether Qt's own catalogue for the language was found (Debian: qt6-translations-l10n).
  [[nodiscard]] bool qtCatalogueLoaded() const noexcept { return m_qtCatalogueLoaded; }

  /// The atlas's language for a locale: Japanese for ja, Russian for ru, English otherwise.
  [[nodiscard]] static Language forLocale(const QLocale& locale);
  /// The locale whose conventions (digits, quotes) go with an interface language.
  [[nodiscard]] static QLocale localeFor(Language language);

 private:
  void install(Language language);
  void uninstall();

  QTranslator m_atlas;
  QTranslator m_qt;
  Language m_installed = Language::English;
  bool m_catalogueLoaded = true;
  bool m_qtCatalogueLoaded = true;
  bool m_atlasInstalled = false;
  bool m_qtInstalled = false;
};

}  // namespace okhotsk::app
