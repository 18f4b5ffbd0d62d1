// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecture/tour_editor.h"

#include "export/tour_export.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/tour_player.h"
#include "session/view/map_view_state.h"
#include "share/sources_export.h"

#include "okhotsk/edtf.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okhotsk::app {

namespace {

QString& captionIn(TourText& text, Language language) {
  switch (language) {
    case Language::Japanese:
      return text.ja;
    case Language::Russian:
      return text.ru;
    case Language::English:
      break;
  }
  return text.en;
}

// The text in exactly that language (no English fallback).
const QString& textIn(const TourText& text, Language language) {
  switch (language) {
    case Language::Japanese:
      return text.ja;
    case Language::Russian:
      return text.ru;
    case Language::English:
      break;
  }
  return text.en;
}

// Puts `text` in a field only when it differs: a field that already holds it keeps its cursor,
// selection and undo history. Each keystroke in a field changes the tour and so shows the stop
// again; setting the same text would move the cursor to the start of the field.
void showText(QLineEdit* field, const QString& text) {
  if (field->text() != text) field->setText(text);
}

void showText(QPlainTextEdit* field, const QString& text) {
  if (field->toPlainText() != text) field->setPlainText(text);
}

}  // namespace

TourEditor::TourEditor(TourPlayer& player, const TimeController& controller, const Selection& selection,
                       const MapViewState& view, const AtlasDocument& document,
                       const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent),
      m_player(player),
      m_controller(controller),
      m_selection(selection),
      m_mapView(view),
      m_document(document),
      m_settings(settings) {
  auto* layout = new QVBoxLayout(this);
  m_title = new QLineEdit(this);
  m_title->setObjectName(QStringLiteral("tourTitle"));
  layout->addWidget(m_title);

  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("tourStops"));
  layout->addWidget(m_list, 1);
  buildButtons(layout);
  buildForm(layout);

  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("tourStatus"));
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_status);

  connect(m_title, &QLineEdit::editingFinished, this, &TourEditor::commitTitle);
  for (QLineEdit* edit : {m_date, m_view, m_caption})
    connect(edit, &QLineEdit::editingFinished, this, &TourEditor::commitFields);
  connect(m_notes, &QPlainTextEdit::textChanged, this, &TourEditor::commitFields);
  connect(m_hold, &QDoubleSpinBox::valueChanged, this, &TourEditor::commitFields);
  connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
    if (m_updating || row < 0) return;
    m_player.goTo(row);
  });
  connect(&m_player, &TourPlayer::tourChanged, this, &TourEditor::rebuildList);
  connect(&m_player, &TourPlayer::stopChanged, this, &TourEditor::showStop);
  // The texts are edited in the interface's language until the lecturer chooses another.
  connect(&m_settings, &DisplaySettings::languageChanged, this, [this](Language language) {
    setEditLanguage(language);
    rebuildList();
  });
  connect(m_editLanguage, &QComboBox::currentIndexChanged, this, [this] {
    if (!m_updating) showTexts();
  });
  setEditLanguage(m_settings.language());
  retranslate();
  rebuildList();
}

void TourEditor::buildButtons(QVBoxLayout* layout) {
  auto* buttons = new QHBoxLayout;
  auto button = [this, buttons](const QString& name, auto slot) {
    auto* b = new QPushButton(this);
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, slot);
    buttons->addWidget(b);
    return b;
  };
  m_add = button(QStringLiteral("addStop"), &TourEditor::addCurrentState);
  m_remove = button(QStringLiteral("removeStop"), &TourEditor::removeSelected);
  m_up = button(QStringLiteral("moveUp"), &TourEditor::moveSelectedUp);
  m_down = button(QStringLiteral("moveDown"), &TourEditor::moveSelectedDown);
  buttons->addStretch(1);
  m_exportSources = button(QStringLiteral("exportTourSources"), &TourEditor::askToExportSources);
  layout->addLayout(buttons);
}

void TourEditor::buildForm(QVBoxLayout* layout) {
  auto* form = new QFormLayout;
  m_date = new QLineEdit(this);
  m_date->setObjectName(QStringLiteral("stopDate"));
  m_date->setPlaceholderText(QStringLiteral("1956-10-19"));
  m_view = new QLineEdit(this);
  m_view->setObjectName(QStringLiteral("stopView"));
  // The words of a view spec are typed as they are in every language.
  m_view->setPlaceholderText(QStringLiteral("region | world | habomai | lon1,lat1,lon2,lat2"));
  m_editLanguage = new QComboBox(this);
  m_editLanguage->setObjectName(QStringLiteral("editLanguage"));
  // Each language by its own name, as in every language menu of the atlas.
  m_editLanguage->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
  m_editLanguage->addItem(QStringLiteral("日本語"), static_cast<int>(Language::Japanese));
  m_editLanguage->addItem(QStringLiteral("Русский"), static_cast<int>(Language::Russian));
  m_caption = new QLineEdit(this);
  m_caption->setObjectName(QStringLiteral("stopCaption"));
  m_notes = new QPlainTextEdit(this);
  m_notes->setObjectName(QStringLiteral("stopNotes"));
  m_notes->setMaximumHeight(120);
  m_hold = new QDoubleSpinBox(this);
  m_hold->setObjectName(QStringLiteral("stopHold"));
  m_hold->setRange(0.1, 600.0);
  m_hold->setDecimals(1);
  const std::array<QWidget*, 6> fields{m_date, m_view, m_editLanguage, m_caption, m_notes, m_hold};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    m_fieldLabels[i] = new QLabel(this);
    m_fieldLabels[i]->setBuddy(fields[i]);
    form->addRow(m_fieldLabels[i], fields[i]);
  }
  layout->addLayout(form);
}

void TourEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TourEditor::retranslate() {
  m_add->setText(tr("Add Current State"));
  m_remove->setText(tr("Remove"));
  m_up->setText(tr("Up"));
  m_down->setText(tr("Down"));
  m_exportSources->setText(tr("Export Sources…"));
  m_exportSources->setToolTip(
      tr("Every source the tour’s stops cite, as BibTeX or CSL-JSON for a citation manager"));
  m_hold->setSuffix(tr(" s"));
  m_fieldLabels[0]->setText(tr("Date (EDTF)"));
  m_fieldLabels[1]->setText(tr("View"));
  m_fieldLabels[2]->setText(tr("Language of the texts",
                               "tour editor: which language's title, caption "
                               "and notes the fields edit"));
  m_fieldLabels[3]->setText(tr("Caption"));
  m_fieldLabels[4]->setText(tr("Speaker notes"));
  m_fieldLabels[5]->setText(tr("Hold (attract loop, video)"));
  if (m_statusText) m_status->setText(m_statusText());
  showTexts();  // the placeholders
}

Language TourEditor::editLanguage() const {
  return static_cast<Language>(m_editLanguage->currentData().toInt());
}

void TourEditor::setEditLanguage(Language language) {
  const int index = m_editLanguage->findData(static_cast<int>(language));
  if (index >= 0) m_editLanguage->setCurrentIndex(index);
}

QString TourEditor::statusText() const {
  return m_status->text();
}

void TourEditor::setStatus(std::function<QString()> text, bool error) {
  m_statusText = std::move(text);
  m_status->setText(m_statusText ? m_statusText() : QString());
  m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void TourEditor::setModified(bool modified) {
  if (modified == m_modified) return;
  m_modified = modified;
  Q_EMIT modifiedChanged(modified);
}

void TourEditor::rebuildList() {
  m_updating = true;
  m_list->clear();
  const Language language = m_settings.language();
  int number = 1;
  for (const TourStop& stop : m_player.tour().stops) {
    m_list->addItem(QStringLiteral("%1. %2 — %3").arg(number++).arg(stop.date, stop.caption.get(language)));
  }
  m_list->setCurrentRow(m_player.currentIndex());
  m_updating = false;
  showStop(m_player.currentIndex());
}

void TourEditor::showStop(int index) {
  m_updating = true;
  const bool valid = index >= 0 && index < m_player.count();
  for (QWidget* field : std::initializer_list<QWidget*>{m_date, m_view, m_caption, m_notes, m_hold})
    field->setEnabled(valid);
  if (valid) {
    const TourStop& stop = m_player.tour().stops[static_cast<std::size_t>(index)];
    m_list->setCurrentRow(index);
    showText(m_date, stop.date);
    showText(m_view, stop.view);
    m_hold->setValue(stop.holdSeconds);
    m_shownHold = m_hold->value();
  } else {
    m_date->clear();
    m_view->clear();
  }
  m_updating = false;
  showTexts();
}

void TourEditor::showTexts() {
  const bool updating = m_updating;
  m_updating = true;
  const Language language = editLanguage();
  // A field shows its language's own text only; the English text is the hint of an empty
  // Japanese or Russian field, never copied into it.
  auto hint = [language](const TourText& text, const QString& otherwise) {
    return language != Language::English && !text.en.isEmpty() ? text.en : otherwise;
  };
  const TourText& title = m_player.tour().title;
  showText(m_title, textIn(title, language));
  m_title->setPlaceholderText(hint(title, tr("Tour title")));
  const TourStop* stop = m_player.currentStop();
  if (stop != nullptr) {
    showText(m_caption, textIn(stop->caption, language));
    m_caption->setPlaceholderText(hint(stop->caption, QString()));
    showText(m_notes, textIn(stop->notes, language));
    m_notes->setPlaceholderText(hint(stop->notes, QString()));
  } else {
    m_caption->clear();
    m_notes->clear();
  }
  m_updating = updating;
}

void TourEditor::commitFields() {
  if (m_updating) return;
  const int index = m_player.currentIndex();
  if (index < 0 || index >= m_player.count()) return;
  TourStop stop = m_player.tour().stops[static_cast<std::size_t>(index)];
  const TourStop before = stop;
  QString error;
  if (m_date->text().trimmed() != stop.date && !stop.setDate(m_date->text().trimmed(), &error)) {
    setStatus(
        [index, error]() -> QString { return tr("Stop %1, field \"date\": %2").arg(index + 1).arg(error); },
        true);
    return;
  }
  const QString view =
      m_view->text().trimmed().isEmpty() ? QStringLiteral("region") : m_view->text().trimmed();
  if (!MapViewport::fromSpec(view, QSize(1920, 1080), &error)) {
    setStatus(
        [index, error]() -> QString { return tr("Stop %1, field \"view\": %2").arg(index + 1).arg(error); },
        true);
    return;
  }
  stop.view = view;
  captionIn(stop.caption, editLanguage()) = m_caption->text();
  captionIn(stop.notes, editLanguage()) = m_notes->toPlainText();
  if (m_hold->value() != m_shownHold) stop.holdSeconds = m_hold->value();
  if (stop == before) return;
  setStatus({}, false);
  m_player.replaceStop(index, stop);
  setModified(true);
}

void TourEditor::commitTitle() {
  if (m_updating) return;
  TourText title = m_player.tour().title;
  if (m_title->text() == textIn(title, editLanguage())) return;
  captionIn(title, editLanguage()) = m_title->text();
  m_player.setTitle(title);
  setModified(true);
}

void TourEditor::addCurrentState() {
  // A clean stop at the current date and view. Its words (captions and notes in every
  // language) are left for the lecturer to write; nothing of the current stop is copied.
  TourStop stop;
  stop.setDate(QString::fromStdString(isoDate(m_controller.currentDay())));
  stop.view = m_mapView.viewport().toSpec();
  if (stop.view.isEmpty()) stop.view = QStringLiteral("region");
  // What the current stop highlights is selected because the player went there; only what the
  // lecturer selected since is part of the new state.
  const TourStop* current = m_player.currentStop();
  if (current == nullptr || m_selection.eventId() != current->eventId) stop.eventId = m_selection.eventId();
  if (current == nullptr || m_selection.territoryId() != current->territoryId)
    stop.territoryId = m_selection.territoryId();
  // Goes after the current stop, so "add" while stepping through builds the story in order.
  m_player.insertStop(m_player.currentIndex() + 1, stop);
  setModified(true);
  m_caption->setFocus();
}

void TourEditor::removeSelected() {
  const int index = m_list->currentRow();
  if (index < 0) return;
  m_player.removeStop(index);
  setModified(true);
}

void TourEditor::moveSelectedUp() {
  const int index = m_list->currentRow();
  if (index <= 0) return;
  m_player.moveStop(index, index - 1);
  setModified(true);
}

void TourEditor::moveSelectedDown() {
  const int index = m_list->currentRow();
  if (index < 0 || index + 1 >= m_player.count()) return;
  m_player.moveStop(index, index + 1);
  setModified(true);
}

bool TourEditor::openFile(const QString& path) {
  const TourReadResult result = readTour(path, m_document.dataset());
  // The problems are worded again when the language changes.
  auto problemLines = [problems = result.problems]() -> QString {
    QStringList lines;
    for (const TourProblem& problem : problems) lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
  };
  if (!result.tour) {
    setStatus(
        [problemLines]() -> QString {
          return tr("The tour was not opened; the current tour is unchanged.\n") + problemLines();
        },
        true);
    return false;
  }
  m_player.setTour(*result.tour);
  m_filePath = path;
  setModified(false);
  if (result.problems.empty())
    setStatus([path]() -> QString { return tr("Opened %1").arg(path); }, false);
  else
    setStatus(problemLines, true);
  return true;
}

bool TourEditor::saveTo(const QString& path) {
  commitFields();
  QString error;
  if (!writeTour(m_player.tour(), path, &error)) {
    setStatus([error]() -> QString { return tr("Not saved: %1").arg(error); }, true);
    return false;
  }
  m_filePath = path;
  setModified(false);
  setStatus([path]() -> QString { return tr("Saved %1").arg(path); }, false);
  return true;
}

bool TourEditor::exportSourcesTo(const QString& path) {
  commitFields();
  const Dataset* dataset = m_document.dataset();
  QString error = tr("no dataset is open");
  const std::vector<std::string> ids =
      dataset != nullptr ? tourSourceIds(m_player.tour(), *dataset) : std::vector<std::string>{};
  if (dataset == nullptr || !writeSourcesFile(*dataset, ids, path, &error)) {
    setStatus([error]() -> QString { return tr("Sources not exported: %1").arg(error); }, true);
    return false;
  }
  const auto count = static_cast<int>(ids.size());
  setStatus(
      [path, count]() -> QString { return tr("Exported %n source(s) to %1", nullptr, count).arg(path); },
      false);
  return true;
}

void TourEditor::askToExportSources() {
  const QString base =
      m_filePath.isEmpty() ? QStringLiteral("tour") : QFileInfo(m_filePath).completeBaseName();
  const QString path = askForSourcesFile(this, base + QStringLiteral("-sources"));
  if (!path.isEmpty()) exportSourcesTo(path);
}

bool TourEditor::save() {
  if (m_filePath.isEmpty() || isProtectedPath(m_filePath)) return false;
  return saveTo(m_filePath);
}

bool TourEditor::isProtectedPath(const QString& path) {
  const QFileInfo file(path);
  const QString shipped = findDefaultTour();
  if (!shipped.isEmpty() && file.exists() &&
      QFileInfo(shipped).canonicalFilePath() == file.canonicalFilePath())
    return true;
  // The permission bits as well as access(): root may write anything, but a file or folder
  // marked read-only is not to be written by the atlas.
  constexpr QFile::Permissions kWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
  const QFileInfo folder(file.absolutePath());
  if (file.exists()) return !file.isWritable() || (file.permissions() & kWrite) == 0;
  return !folder.isDir() || !folder.isWritable() || (folder.permissions() & kWrite) == 0;
}

QString TourEditor::suggestedSavePath() const {
  if (!m_filePath.isEmpty() && !isProtectedPath(m_filePath)) return m_filePath;
  QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  if (folder.isEmpty() || !QFileInfo(folder).isDir())
    folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  const QString base =
      m_filePath.isEmpty() ? QStringLiteral("tour") : QFileInfo(m_filePath).completeBaseName();
  const QDir dir(folder);
  QString path = dir.filePath(base + QStringLiteral(".json"));
  for (int n = 2; QFileInfo::exists(path); ++n)
    path = dir.filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
  return path;
}

}  // namespace okhotsk::app
