// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/sources_dialog.h"

#include "okhotsk/dataset.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace okhotsk::app {

namespace {

bool matches(const Source& source, const QString& filter) {
  if (filter.isEmpty()) return true;
  if (QString::fromStdString(source.citation).contains(filter, Qt::CaseInsensitive)) return true;
  if (QString::fromStdString(source.id).contains(filter, Qt::CaseInsensitive)) return true;
  for (const std::string& url : source.urls)
    if (QString::fromStdString(url).contains(filter, Qt::CaseInsensitive)) return true;
  return false;
}

QString sourceHtml(const Source& source) {
  QString html = QStringLiteral("<li>") + QString::fromStdString(source.citation).toHtmlEscaped();
  for (const std::string& url : source.urls) {
    const QString address = QString::fromStdString(url).toHtmlEscaped();
    html += QStringLiteral("<br/><a href=\"%1\">%1</a>").arg(address);
  }
  return html + QStringLiteral("</li>");
}

}  // namespace

SourcesDialog::SourcesDialog(const Dataset* dataset, QWidget* parent) : QDialog(parent), m_dataset(dataset) {
  setObjectName(QStringLiteral("SourcesDialog"));
  auto* layout = new QVBoxLayout(this);
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("sourceSearch"));
  m_search->setClearButtonEnabled(true);
  m_count = new QLabel(this);
  m_list = new QTextBrowser(this);
  m_list->setObjectName(QStringLiteral("sources"));
  m_list->setOpenExternalLinks(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_search, &QLineEdit::textChanged, this, &SourcesDialog::setFilter);
  layout->addWidget(m_search);
  layout->addWidget(m_count);
  layout->addWidget(m_list, 1);
  layout->addWidget(buttons);
  // The list scrolls; the dialog itself never grows past the screen it opens on.
  resize(820, 680);
  if (const QScreen* s = parent != nullptr ? parent->screen() : screen())
    resize(size().boundedTo(s->availableGeometry().size() * 9 / 10));
  retranslate();
}

void SourcesDialog::setFilter(const QString& text) {
  if (m_search->text() != text)
    m_search->setText(text);  // fills through textChanged
  else
    fill();
}

void SourcesDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void SourcesDialog::retranslate() {
  setWindowTitle(tr("Data Sources and Credits"));
  m_search->setPlaceholderText(tr("Search the sources"));
  m_search->setAccessibleName(tr("Search the sources"));
  m_list->setAccessibleName(tr("Sources of the dataset"));
  fill();
}

void SourcesDialog::fill() {
  const QString filter = m_search->text().trimmed();
  QString html =
      QStringLiteral("<p>%1</p><ol>").arg(tr("Coastlines: GSHHG 2.3.7, Wessel &amp; Smith (1996), LGPL-3+."));
  m_shown = 0;
  const int total = m_dataset != nullptr ? static_cast<int>(m_dataset->sources().size()) : 0;
  if (m_dataset != nullptr) {
    for (const Source& source : m_dataset->sources()) {
      if (!matches(source, filter)) continue;
      html += sourceHtml(source);
      ++m_shown;
    }
  }
  html += QStringLiteral("</ol>");
  m_list->setHtml(html);
  m_count->setText(filter.isEmpty()
                       ? tr("%n source(s)", "sources in the dataset", total)
                       : tr("%1 of %n source(s)", "sources matching a search", total).arg(m_shown));
}

}  // namespace okhotsk::app
