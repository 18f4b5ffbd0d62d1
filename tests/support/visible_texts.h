// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a user can read in a window: the texts of its visible widgets, menus and actions,
// dock titles, item-view headers and cells. For the tests that check the interface speaks the
// chosen language (no English left in Japanese or Russian, nothing left untranslated after a
// language switch).

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <vector>

class QWidget;

namespace okhotsk::test {

struct VisibleText {
  QString where;  ///< class and object name of the widget or action, for the failure message
  QString text;   ///< as shown, with HTML tags and accelerator ampersands removed
};

/// Every text a user can read in `window` and its visible children (menus included, hidden
/// widgets and closed dialogs left out). Widgets whose object name is in `skipObjects` are
/// skipped with their children (e.g. a list of cited sources, which stay in their language).
[[nodiscard]] std::vector<VisibleText> visibleTexts(const QWidget& window,
                                                    const QStringList& skipObjects = {});

/// The English words (three or more Latin letters) in `text` that are not in `allowed`
/// (proper names such as "GSHHG", "EDTF", "PNG").
[[nodiscard]] QStringList englishWords(const QString& text, const QStringList& allowed);

/// The source texts of the atlas's catalogue (resources/translations/okhotsk_ja.ts), with
/// accelerators removed: the strings that must never be shown as they are in ja or ru.
[[nodiscard]] QStringList catalogueSources(const QString& tsFile);

/// A translator that marks every string it translates ("⟦text⟧"), so that a test can see
/// which visible texts went through tr() and were set again after a language change.
class MarkingTranslator : public QTranslator {
 public:
  [[nodiscard]] bool isEmpty() const override { return false; }
  [[nodiscard]] QString translate(const char* context, const char* sourceText, const char* disambiguation,
                                  int n) const override;
};

/// Installs a MarkingTranslator for its scope and delivers the LanguageChange events it causes,
/// on installing and on removing.
class MarkedLanguage {
 public:
  MarkedLanguage();
  ~MarkedLanguage();
  MarkedLanguage(const MarkedLanguage&) = delete;
  MarkedLanguage& operator=(const MarkedLanguage&) = delete;

 private:
  MarkingTranslator m_translator;
};

}  // namespace okhotsk::test
