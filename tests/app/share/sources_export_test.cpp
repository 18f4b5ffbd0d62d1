// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Citable sources in the desktop window on the embedded dataset, offscreen: an event's sources
// copied as BibTeX and CSL-JSON and exported from the event panel; the sources of the view from
// the Edit menu; the tour's sources from the tour editor; and the bibliography that ends the
// tour handout (read back with pdftotext).
#include "share/sources_export.h"

#include "desktop/atlas_window.h"
#include "export/tour_export.h"
#include "lecture/tour_editor.h"
#include "panels/event_panel.h"
#include "session/atlas_session.h"
#include "session/tour.h"
#include "share/view_actions.h"
#include "share/view_citation.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

// The ids of a CSL-JSON array, in order.
std::vector<std::string> cslIds(const QByteArray& json) {
  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(json, &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  EXPECT_TRUE(document.isArray());
  std::vector<std::string> ids;
  const QJsonArray items = document.array();
  for (const auto& item : items) {
    EXPECT_FALSE(item.toObject().value(QStringLiteral("type")).toString().isEmpty());
    ids.push_back(item.toObject().value(QStringLiteral("id")).toString().toStdString());
  }
  return ids;
}

// The keys of BibTeX entries ("@type{key,"), in order.
std::vector<std::string> bibtexKeysIn(const QString& bibtex) {
  std::vector<std::string> keys;
  static const QRegularExpression entry(QStringLiteral("^@[a-z]+\\{([^,\\s]+),$"),
                                        QRegularExpression::MultilineOption);
  for (auto it = entry.globalMatch(bibtex); it.hasNext();)
    keys.push_back(it.next().captured(1).toStdString());
  return keys;
}

class SourcesExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);
    ASSERT_TRUE(directory.isValid());
    ASSERT_TRUE(session.document.openEmbedded());
    window = std::make_unique<AtlasWindow>(session);
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QApplication::processEvents();
  }

  [[nodiscard]] const Dataset& dataset() const { return *session.document.dataset(); }
  [[nodiscard]] QString path(const QString& name) const { return directory.filePath(name); }

  // The Edit menu's action with this object name.
  [[nodiscard]] QAction* editAction(const char* name) const {
    auto* edit = window->menuBar()->findChild<QMenu*>(QStringLiteral("EditMenu"));
    EXPECT_NE(edit, nullptr);
    if (edit == nullptr) return nullptr;
    for (QAction* action : edit->actions())
      if (action->objectName() == QLatin1String(name)) return action;
    ADD_FAILURE() << "no action " << name;
    return nullptr;
  }

  AtlasSession session;
  std::unique_ptr<AtlasWindow> window;
  QTemporaryDir directory;
};

TEST_F(SourcesExportTest, TheEventPanelCopiesAndExportsTheEventsSources) {
  EventPanel* panel = window->eventPanel();
  ASSERT_NE(panel, nullptr);
  QToolButton* cite = panel->citeButton();
  ASSERT_NE(cite, nullptr);
  session.selection.clear();
  QApplication::processEvents();
  EXPECT_FALSE(cite->isEnabled()) << "no event shown, nothing to cite";

  session.selection.selectEvent(QStringLiteral("E033"));
  QApplication::processEvents();
  const Event* event = dataset().event("E033");
  ASSERT_NE(event, nullptr);
  ASSERT_FALSE(event->sourceIds.empty());
  EXPECT_TRUE(cite->isEnabled());
  const QList<QAction*> actions = cite->menu()->actions();
  ASSERT_GE(actions.size(), 4);  // BibTeX, CSL-JSON, a separator, Export…

  QApplication::clipboard()->clear();
  actions[0]->trigger();
  EXPECT_EQ(bibtexKeysIn(QApplication::clipboard()->text()), event->sourceIds);
  actions[1]->trigger();
  EXPECT_EQ(cslIds(QApplication::clipboard()->text().toUtf8()), event->sourceIds);

  const QString file = path(QStringLiteral("E033.json"));
  QString error;
  ASSERT_TRUE(panel->exportShownSources(file, &error)) << error.toStdString();
  EXPECT_EQ(cslIds(fileBytes(file)), event->sourceIds);
  const QString bib = path(QStringLiteral("E033.bib"));
  ASSERT_TRUE(panel->exportShownSources(bib, &error)) << error.toStdString();
  EXPECT_EQ(bibtexKeysIn(QString::fromUtf8(fileBytes(bib))), event->sourceIds);

  // The kiosk writes no files: the button goes with the links.
  panel->setExternalLinksEnabled(false);
  EXPECT_TRUE(cite->isHidden());
  panel->setExternalLinksEnabled(true);
  EXPECT_FALSE(cite->isHidden());
}

TEST_F(SourcesExportTest, AnExportThatCannotBeWrittenNamesTheFile) {
  session.selection.selectEvent(QStringLiteral("E033"));
  QApplication::processEvents();
  const QString file = path(QStringLiteral("no/such/folder/sources.bib"));
  QString error;
  EXPECT_FALSE(window->eventPanel()->exportShownSources(file, &error));
  EXPECT_TRUE(error.contains(file)) << error.toStdString();
  EXPECT_FALSE(QFile::exists(file));
}

TEST_F(SourcesExportTest, TheEditMenuCopiesAndExportsTheSourcesOfTheView) {
  session.controller.setCurrentDay(daysFromGregorian(1945, 8, 30));
  session.selection.clear();
  session.selection.selectTerritory(QStringLiteral("etorofu"));
  QApplication::processEvents();
  ViewActions& actions = *window->viewActions();
  // What Copy Citation for This View lists.
  const std::vector<std::string> expected =
      viewSourceIds(dataset(), CitedView{session.controller.currentDay(), {}, QStringLiteral("etorofu"), {}});
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(actions.currentSourceIds(), expected);

  QAction* bibtex = editAction("copyViewSourcesBibtex");
  QAction* csl = editAction("copyViewSourcesCslJson");
  ASSERT_NE(bibtex, nullptr);
  ASSERT_NE(csl, nullptr);
  ASSERT_NE(editAction("exportViewSources"), nullptr);
  bibtex->trigger();
  EXPECT_EQ(bibtexKeysIn(QApplication::clipboard()->text()), expected);
  csl->trigger();
  EXPECT_EQ(cslIds(QApplication::clipboard()->text().toUtf8()), expected);
  // Each citation's first address goes to the CSL URL.
  const QJsonArray items = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
  const Source* first = dataset().source(expected.front());
  ASSERT_NE(first, nullptr);
  ASSERT_FALSE(first->urls.empty());
  EXPECT_EQ(items.first().toObject().value(QStringLiteral("URL")).toString().toStdString(),
            first->urls.front());

  const QString file = path(QStringLiteral("view.bib"));
  QString error;
  ASSERT_TRUE(actions.exportViewSources(file, &error)) << error.toStdString();
  EXPECT_EQ(bibtexKeysIn(QString::fromUtf8(fileBytes(file))), expected);
}

TEST_F(SourcesExportTest, TheTourEditorExportsEveryStopsSources) {
  const QString tourPath = findDefaultTour();
  ASSERT_FALSE(tourPath.isEmpty());
  const TourReadResult read = readTour(tourPath, &dataset());
  ASSERT_TRUE(read.tour.has_value());
  session.player.setTour(*read.tour);
  TourEditor editor(session.player, session.controller, session.selection, session.view, session.document,
                    session.settings);
  auto* button = editor.findChild<QPushButton*>(QStringLiteral("exportTourSources"));
  ASSERT_NE(button, nullptr);
  EXPECT_FALSE(button->text().isEmpty());

  const QString file = path(QStringLiteral("tour.json"));
  ASSERT_TRUE(editor.exportSourcesTo(file)) << editor.statusText().toStdString();
  const std::vector<std::string> ids = cslIds(fileBytes(file));
  EXPECT_EQ(ids, tourSourceIds(*read.tour, dataset()));
  EXPECT_TRUE(editor.statusText().contains(file)) << editor.statusText().toStdString();
  // Every stop's event is cited, each source once.
  for (const TourStop& stop : read.tour->stops) {
    const Event* event = dataset().event(stop.eventId.toStdString());
    ASSERT_NE(event, nullptr) << stop.eventId.toStdString();
    for (const std::string& id : event->sourceIds)
      EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << stop.eventId.toStdString() << ": " << id;
  }
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::unique(sorted.begin(), sorted.end()), sorted.end());

  EXPECT_FALSE(editor.exportSourcesTo(path(QStringLiteral("missing/tour.bib"))));
  EXPECT_TRUE(editor.statusText().contains(QStringLiteral("missing/tour.bib")))
      << editor.statusText().toStdString();
}

// The handout's text, page by page, as pdftotext reads it (whitespace collapsed).
QStringList pdfPages(const QString& pdf) {
  QProcess process;
  process.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
  if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
  QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
  if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
  // Compatibility forms: the PDF's ligatures (ﬀ, ﬂ) read back as their letters.
  for (QString& page : pages) page = page.normalized(QString::NormalizationForm_KC).simplified();
  return pages;
}

TEST_F(SourcesExportTest, TheHandoutEndsWithABibliography) {
  if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const QString tourPath = findDefaultTour();
  ASSERT_FALSE(tourPath.isEmpty());
  const TourReadResult read = readTour(tourPath, &dataset());
  ASSERT_TRUE(read.tour.has_value());
  const std::size_t stops = read.tour->stops.size();
  const std::vector<std::string> ids = tourSourceIds(*read.tour, dataset());
  ASSERT_FALSE(ids.empty());
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    SCOPED_TRACE(static_cast<int>(language));
    session.settings.setLanguage(language);
    const QString file = path(QStringLiteral("handout-%1.pdf").arg(static_cast<int>(language)));
    QString error;
    ASSERT_TRUE(writeTourHandout(*read.tour, session.document, session.settings, file, &error))
        << error.toStdString();
    const QStringList pages = pdfPages(file);
    ASSERT_GT(pages.size(), static_cast<qsizetype>(stops)) << "one page per stop, then the bibliography";
    const QString bibliography = pages.mid(static_cast<qsizetype>(stops)).join(u' ');
    // The heading in the handout's language.
    const QString heading = QCoreApplication::translate("okhotsk::app::ExportText", "Sources",
                                                        "handout: heading of the bibliography at its end");
    EXPECT_TRUE(pages.at(static_cast<qsizetype>(stops)).contains(heading))
        << pages.at(static_cast<qsizetype>(stops)).toStdString();
    // Every source cited, its citation as the dataset gives it: the first and the last.
    for (const std::string& id : {ids.front(), ids.back()}) {
      const Source* source = dataset().source(id);
      ASSERT_NE(source, nullptr);
      const QString citation = QString::fromStdString(source->citation).simplified().left(40);
      EXPECT_TRUE(bibliography.contains(citation)) << id << ": " << citation.toStdString();
    }
  }
  session.settings.setLanguage(Language::English);
}

// The lecturer's notes go on the handout only when asked for, under the stop's caption, in the
// handout's language.
TEST_F(SourcesExportTest, TheHandoutPrintsSpeakerNotesOnlyWhenAskedFor) {
  if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  Tour tour;
  tour.title.en = QStringLiteral("Notes test");
  TourStop stop;
  ASSERT_TRUE(stop.setDate(QStringLiteral("1956-10-19")));
  stop.view = QStringLiteral("region");
  stop.caption.en = QStringLiteral("The joint declaration is signed.");
  stop.notes.en = QStringLiteral("Ask the room who ratified it first.");
  stop.notes.ja = QStringLiteral("どちらが先に批准したか尋ねる。");
  tour.stops.push_back(stop);
  const QString without = path(QStringLiteral("without.pdf"));
  const QString with = path(QStringLiteral("with.pdf"));
  QString error;
  ASSERT_TRUE(writeTourHandout(tour, session.document, session.settings, without, &error))
      << error.toStdString();
  ASSERT_TRUE(writeTourHandout(tour, session.document, session.settings, with, &error, {}, true))
      << error.toStdString();
  const QStringList plain = pdfPages(without);
  const QStringList noted = pdfPages(with);
  ASSERT_FALSE(plain.isEmpty());
  ASSERT_FALSE(noted.isEmpty());
  EXPECT_FALSE(plain.front().contains(QStringLiteral("who ratified"))) << plain.front().toStdString();
  EXPECT_TRUE(noted.front().contains(QStringLiteral("Speaker notes: Ask the room who ratified it first.")))
      << noted.front().toStdString();
  session.settings.setLanguage(Language::Japanese);
  ASSERT_TRUE(writeTourHandout(tour, session.document, session.settings, with, &error, {}, true))
      << error.toStdString();
  const QStringList japanese = pdfPages(with);
  session.settings.setLanguage(Language::English);
  ASSERT_FALSE(japanese.isEmpty());
  EXPECT_TRUE(japanese.front().contains(QStringLiteral("どちらが先に批准したか尋ねる。")))
      << japanese.front().toStdString();
  EXPECT_FALSE(japanese.front().contains(QStringLiteral("Speaker notes"))) << japanese.front().toStdString();
}

}  // namespace
}  // namespace okhotsk::app
