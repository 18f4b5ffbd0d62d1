// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visible_texts.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QXmlStreamReader>

namespace okhotsk::test {

namespace {

QString plain(const QString& text) {
  QString result = text;
  if (Qt::mightBeRichText(result)) {
    QTextDocument document;
    document.setHtml(result);
    result = document.toPlainText();
  }
  result.remove(QRegularExpression(QStringLiteral(R"(&(?=[^&\s]))")));
  result.remove(QRegularExpression(QStringLiteral(R"(\(\&?[A-Z]\))")));
  return result.simplified();
}

QString nameOf(const QObject& object) {
  return QString::fromUtf8(object.metaObject()->className()) + QLatin1Char('#') + object.objectName();
}

class Collector {
 public:
  explicit Collector(const QStringList& skip) : m_skip(skip) {}

  void add(const QObject& where, const QString& text) {
    const QString shown = plain(text);
    if (!shown.isEmpty()) m_texts.push_back({nameOf(where), shown});
  }

  void menu(const QMenu& menu) {
    add(menu, menu.title());
    for (const QAction* action : menu.actions()) {
      if (!action->isVisible() || action->isSeparator()) continue;
      add(*action, action->text());
      if (action->menu() != nullptr) this->menu(*action->menu());
    }
  }

  void model(const QAbstractItemView& view) {
    const QAbstractItemModel* model = view.model();
    if (model == nullptr) return;
    for (int c = 0; c < model->columnCount(); ++c)
      add(view, model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    const int rows = std::min(model->rowCount(), 40);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < model->columnCount(); ++c)
        add(view, model->data(model->index(r, c), Qt::DisplayRole).toString());
  }

  void widget(const QWidget& widget) {
    if (m_skip.contains(widget.objectName())) return;
    if (widget.isWindow() || qobject_cast<const QDockWidget*>(&widget) != nullptr)
      add(widget, widget.windowTitle());
    if (const auto* label = qobject_cast<const QLabel*>(&widget)) add(widget, label->text());
    if (const auto* button = qobject_cast<const QAbstractButton*>(&widget)) add(widget, button->text());
    if (const auto* group = qobject_cast<const QGroupBox*>(&widget)) add(widget, group->title());
    if (const auto* edit = qobject_cast<const QLineEdit*>(&widget)) add(widget, edit->placeholderText());
    if (const auto* text = qobject_cast<const QTextEdit*>(&widget)) add(widget, text->toPlainText());
    if (const auto* combo = qobject_cast<const QComboBox*>(&widget))
      for (int i = 0; i < combo->count(); ++i) add(widget, combo->itemText(i));
    if (const auto* tabs = qobject_cast<const QTabBar*>(&widget))
      for (int i = 0; i < tabs->count(); ++i) add(widget, tabs->tabText(i));
    if (const auto* view = qobject_cast<const QAbstractItemView*>(&widget)) model(*view);
    if (const auto* window = qobject_cast<const QMainWindow*>(&widget))
      if (window->menuWidget() != nullptr)
        if (const auto* bar = qobject_cast<const QMenuBar*>(window->menuWidget()))
          for (const QAction* action : bar->actions())
            if (action->menu() != nullptr) menu(*action->menu());
    for (const QObject* child : widget.children()) {
      const auto* childWidget = qobject_cast<const QWidget*>(child);
      if (childWidget == nullptr || childWidget->isWindow() || qobject_cast<const QMenu*>(child) != nullptr)
        continue;
      if (!childWidget->isVisibleTo(&widget) && qobject_cast<const QHeaderView*>(child) == nullptr) continue;
      this->widget(*childWidget);
    }
  }

  std::vector<VisibleText> take() { return std::move(m_texts); }

 private:
  QStringList m_skip;
  std::vector<VisibleText> m_texts;
};

}  // namespace

std::vector<VisibleText> visibleTexts(const QWidget& window, const QStringList& skipObjects) {
  Collector collector(skipObjects);
  collector.widget(window);
  return collector.take();
}

QStringList englishWords(const QString& text, const QStringList& allowed) {
  static const QRegularExpression word(QStringLiteral(R"(\b[A-Za-z][A-Za-z'’]{2,}\b)"));
  QStringList found;
  for (auto it = word.globalMatch(text); it.hasNext();) {
    const QString w = it.next().captured(0);
    if (!allowed.contains(w, Qt::CaseInsensitive)) found << w;
  }
  return found;
}

QStringList catalogueSources(const QString& tsFile) {
  QFile file(tsFile);
  QStringList sources;
  if (!file.open(QIODevice::ReadOnly)) return sources;
  QXmlStreamReader xml(&file);
  while (!xml.atEnd()) {
    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("source"))
      sources << plain(xml.readElementText());
  }
  return sources;
}

QString MarkingTranslator::translate(const char* /*context*/, const char* sourceText,
                                     const char* /*disambiguation*/, int /*n*/) const {
  return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
}

MarkedLanguage::MarkedLanguage() {
  QCoreApplication::installTranslator(&m_translator);
  QCoreApplication::processEvents();
}

MarkedLanguage::~MarkedLanguage() {
  QCoreApplication::removeTranslator(&m_translator);
  QCoreApplication::processEvents();
}

}  // namespace okhotsk::test
