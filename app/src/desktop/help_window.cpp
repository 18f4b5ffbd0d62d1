// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/help_window.h"

#include "session/display_settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace okhotsk::app {

HelpWindow::HelpWindow(const DisplaySettings& settings, QList<QAction*> actions, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_actions(std::move(actions)) {
  setObjectName(QStringLiteral("HelpWindow"));
  auto* layout = new QVBoxLayout(this);
  m_tabs = new QTabWidget(this);
  m_guide = new QTextBrowser(m_tabs);
  m_guide->setObjectName(QStringLiteral("guide"));
  m_guide->setOpenExternalLinks(false);
  m_tabs->addTab(m_guide, QString());

  auto* shortcutsPage = new QWidget(m_tabs);
  auto* shortcutsLayout = new QVBoxLayout(shortcutsPage);
  m_filter = new QLineEdit(shortcutsPage);
  m_filter->setClearButtonEnabled(true);
  m_shortcuts = new QTreeWidget(shortcutsPage);
  m_shortcuts->setObjectName(QStringLiteral("shortcuts"));
  m_shortcuts->setRootIsDecorated(false);
  m_shortcuts->setColumnCount(2);
  m_shortcuts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  shortcutsLayout->addWidget(m_filter);
  shortcutsLayout->addWidget(m_shortcuts);
  m_tabs->addTab(shortcutsPage, QString());
  connect(m_filter, &QLineEdit::textChanged, this, &HelpWindow::fillShortcuts);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(m_tabs);
  layout->addWidget(buttons);
  // Readable at once, and never taller than the screen it opens on.
  resize(720, 640);
  if (const QScreen* s = parent != nullptr ? parent->screen() : screen())
    resize(size().boundedTo(s->availableGeometry().size() * 9 / 10));
  retranslate();
}

QString HelpWindow::guideResource(Language language) {
  return QStringLiteral(":/okhotsk/guide/guide_%1.html")
      .arg(QString::fromUtf8(languageCode(language).data()));
}

void HelpWindow::showPage(int page) {
  m_tabs->setCurrentIndex(page);
}

void HelpWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void HelpWindow::retranslate() {
  setWindowTitle(tr("Help"));  // the desktop adds " — Okhotsk Atlas"
  m_tabs->setTabText(0, tr("Guide"));
  m_tabs->setTabText(1, tr("Keyboard Shortcuts"));
  m_guide->setAccessibleName(tr("User guide"));
  m_filter->setPlaceholderText(tr("Find a command or a key"));
  m_filter->setAccessibleName(tr("Find a shortcut"));
  m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
  m_shortcuts->setHeaderLabels({tr("Command"), tr("Keys")});
  QFile guide(guideResource(m_settings.language()));
  if (!guide.open(QIODevice::ReadOnly)) guide.setFileName(guideResource(Language::English));
  if (guide.isOpen() || guide.open(QIODevice::ReadOnly)) m_guide->setHtml(QString::fromUtf8(guide.readAll()));
  fillShortcuts();
}

void HelpWindow::fillShortcuts() {
  m_shortcuts->clear();
  const QString filter = m_filter->text().trimmed();
  for (const QAction* action : std::as_const(m_actions)) {
    if (action == nullptr || action->shortcuts().isEmpty()) continue;
    // Without the accelerator: "&Guide" and Japanese "ガイド(&G)" alike.
    static const QRegularExpression accelerator(QStringLiteral(R"(\(&\w\)|&(?=\S))"));
    QString command = action->text();
    command.remove(accelerator);
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts()) keys << key.toString(QKeySequence::NativeText);
    const QString keyText = keys.join(QStringLiteral(", "));
    if (!filter.isEmpty() && !command.contains(filter, Qt::CaseInsensitive) &&
        !keyText.contains(filter, Qt::CaseInsensitive))
      continue;
    m_shortcuts->addTopLevelItem(new QTreeWidgetItem({command, keyText}));
  }
}

}  // namespace okhotsk::app
