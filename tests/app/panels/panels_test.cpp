// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event and territory panels and the diagnostics dialog, offscreen, on the loader fixture:
// list → Selection and controller date, Selection from elsewhere → list and detail, what the
// detail says (dates, confidence, places, sources), the territory's names, state, area and
// history, and the diagnostics of a broken dataset with their report; and that each sets its
// words again when the interface language changes.
#include "panels/control_history_model.h"
#include "panels/diagnostics_dialog.h"
#include "panels/diagnostics_model.h"
#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/calendar.h"

#include "visible_texts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

void copyFixture(const QString& target, const QString& overlay = {}) {
  for (const QString& folder : {kValid, overlay}) {
    if (folder.isEmpty()) continue;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files)) {
      if (name == QLatin1String("expected_diagnostics.txt")) continue;
      QFile::remove(target + QLatin1Char('/') + name);
      ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
    }
  }
}

void settle(QWidget& widget) {
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  for (int i = 0; i < 3; ++i) QApplication::processEvents();
}

// The texts of `parent`'s labels, or of its buttons.
QStringList labelTexts(const QWidget& parent) {
  QStringList texts;
  for (const QLabel* label : parent.findChildren<QLabel*>()) texts << label->text();
  return texts;
}
QStringList buttonTexts(const QWidget& parent) {
  QStringList texts;
  for (const QAbstractButton* button : parent.findChildren<QAbstractButton*>()) texts << button->text();
  return texts;
}

class PanelsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(document.open(kValid)); }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  // Puts the catalogues in place when a test switches the language, as the session does.
  InterfaceLanguage interfaceLanguage{settings};
  Selection selection;
};

// --- EventPanel -----------------------------------------------------------------------------

int proxyRowOf(const EventPanel& panel, const QString& id) {
  const QAbstractItemModel* model = panel.listView()->model();
  for (int row = 0; row < model->rowCount(); ++row)
    if (model->index(row, 0).data(EventListModel::IdRole).toString() == id) return row;
  return -1;
}

TEST_F(PanelsTest, ClickingAnEventSelectsItAndMovesTheDate) {
  EventPanel panel(controller, document, settings, selection);
  panel.resize(420, 800);
  settle(panel);
  QSignalSpy selected(&selection, &Selection::eventSelected);

  const int row = proxyRowOf(panel, QStringLiteral("E2"));
  ASSERT_GE(row, 0);
  QTreeView* list = panel.listView();
  const QRect rect = list->visualRect(list->model()->index(row, EventListModel::TitleColumn));
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());

  EXPECT_EQ(selection.eventId(), QStringLiteral("E2"));
  EXPECT_EQ(selected.count(), 1);
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
  EXPECT_EQ(panel.shownEventId(), QStringLiteral("E2"));
  EXPECT_TRUE(panel.detailView()->toPlainText().contains(QStringLiteral("Fixture landing")));
}

TEST_F(PanelsTest, AnEventSelectedElsewhereIsShownAndSelectedInTheList) {
  EventPanel panel(controller, document, settings, selection);
  panel.resize(420, 800);
  settle(panel);
  const DayNumber before = controller.currentDay();

  selection.selectEvent(QStringLiteral("E5"));  // as a click on the map would
  EXPECT_EQ(panel.shownEventId(), QStringLiteral("E5"));
  const QModelIndex current = panel.listView()->currentIndex();
  ASSERT_TRUE(current.isValid());
  EXPECT_EQ(current.data(EventListModel::IdRole).toString(), QStringLiteral("E5"));
  EXPECT_TRUE(panel.listView()->selectionModel()->isRowSelected(current.row(), {}));
  // The panel follows; it does not move the date itself (the map does what it likes).
  EXPECT_EQ(controller.currentDay(), before);

  const QString text = panel.detailView()->toPlainText();
  EXPECT_TRUE(text.contains(QStringLiteral("Fixture uncertain offer")));
  EXPECT_TRUE(text.contains(QStringLiteral("Unconfirmed")));
  EXPECT_TRUE(text.contains(QStringLiteral("1964 (uncertain)")));
  EXPECT_TRUE(text.contains(QStringLiteral("known to the year; uncertain")));
  EXPECT_TRUE(text.contains(QStringLiteral("Example Archive, Fixture page B")));
  EXPECT_TRUE(text.contains(QStringLiteral("https://example.org/b2")));
  EXPECT_TRUE(text.contains(QStringLiteral("Moscow")));
  const QString html = panel.detailView()->toHtml();
  EXPECT_TRUE(html.contains(QStringLiteral("href=\"https://example.org/b\"")));
  EXPECT_TRUE(panel.detailView()->openExternalLinks());

  // Filtered out of the list, a selected event is still shown in the detail.
  panel.searchField()->setText(QStringLiteral("landing"));
  selection.selectEvent(QStringLiteral("E3"));
  EXPECT_EQ(panel.shownEventId(), QStringLiteral("E3"));
  EXPECT_FALSE(panel.listView()->selectionModel()->hasSelection());
}

TEST_F(PanelsTest, EventDetailSpellsOutDatesPlacesAndTerritories) {
  EventPanel panel(controller, document, settings, selection);

  selection.selectEvent(QStringLiteral("E1"));
  QString text = panel.detailView()->toPlainText();
  EXPECT_TRUE(text.contains(QStringLiteral("7 February 1855"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("known to the day")));
  // The Old Style date names its calendar once ("O.S."), not twice.
  EXPECT_TRUE(text.contains(QStringLiteral("26 January 1855 O.S."))) << text.toStdString();
  EXPECT_FALSE(text.contains(QStringLiteral("Old Style:"))) << text.toStdString();
  // Before 1873 Japan dated by its lunisolar calendar: the treaty's day was Ansei 1, 12th month, 21st day.
  EXPECT_TRUE(text.contains(QStringLiteral("Japanese era: Ansei 1, 12th month 21st day (lunisolar)")))
      << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("Alpha-jima / Alfa")));  // both names of the territory
  EXPECT_TRUE(text.contains(QStringLiteral("Beta Islands (Beta)")) || text.contains(QStringLiteral("Beta")));
  EXPECT_FALSE(text.contains(QStringLiteral("Unconfirmed")));

  // A place named as it was on the day: Toyohara became Yuzhno-Sakhalinsk in 1946.
  selection.selectEvent(QStringLiteral("E3"));
  text = panel.detailView()->toPlainText();
  EXPECT_TRUE(text.contains(QStringLiteral("August 1978")));
  EXPECT_TRUE(text.contains(QStringLiteral("known to the month")));
  EXPECT_TRUE(text.contains(QStringLiteral("Yuzhno-Sakhalinsk")));
  EXPECT_TRUE(text.contains(QStringLiteral("Japanese era: Shōwa 53"))) << text.toStdString();

  // An interval gives the precision of both ends.
  selection.selectEvent(QStringLiteral("E4"));
  text = panel.detailView()->toPlainText();
  EXPECT_TRUE(text.contains(QStringLiteral("start known to the day; end known to the day")));
  // An interval of days is a span of era years, said once: "Meiji 37–38", not "Meiji 37 – Meiji 38".
  EXPECT_TRUE(text.contains(QStringLiteral("Japanese era: Meiji 37–38"))) << text.toStdString();

  // An event with its own point but no place gives the coordinates.
  selection.selectEvent(QStringLiteral("E2"));
  EXPECT_TRUE(panel.detailView()->toPlainText().contains(QStringLiteral("43.50° N, 146.50° E")));
}

TEST_F(PanelsTest, ExternalLinksCanBeDisabled) {
  EventPanel panel(controller, document, settings, selection);
  selection.selectEvent(QStringLiteral("E5"));
  panel.setExternalLinksEnabled(false);
  EXPECT_FALSE(panel.externalLinksEnabled());
  EXPECT_FALSE(panel.detailView()->openExternalLinks());
  const QString html = panel.detailView()->toHtml();
  EXPECT_FALSE(html.contains(QStringLiteral("href=")));
  EXPECT_TRUE(panel.detailView()->toPlainText().contains(QStringLiteral("https://example.org/b")));
  panel.setExternalLinksEnabled(true);
  EXPECT_TRUE(panel.detailView()->toHtml().contains(QStringLiteral("href=\"https://example.org/b\"")));
}

TEST_F(PanelsTest, FilterRowFiltersTheList) {
  EventPanel panel(controller, document, settings, selection);
  EXPECT_EQ(panel.listView()->model()->rowCount(), 5);
  panel.searchField()->setText(QStringLiteral("war"));
  EXPECT_EQ(panel.listView()->model()->rowCount(), 1);
  panel.searchField()->clear();
  controller.setCurrentDay(day(1960, 1, 1));
  panel.nearDateButton()->setChecked(true);
  EXPECT_EQ(panel.listView()->model()->rowCount(), 1);  // E5 (1964)
  panel.nearDateButton()->setChecked(false);
  EXPECT_EQ(panel.listView()->model()->rowCount(), 5);
}

TEST_F(PanelsTest, EventPanelFollowsLanguageChanges) {
  EventPanel panel(controller, document, settings, selection);
  selection.selectEvent(QStringLiteral("E1"));
  settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(panel.detailView()->toPlainText().contains(QStringLiteral("フィクスチャ条約")));
  ASSERT_TRUE(panel.listView()->currentIndex().isValid());
  EXPECT_EQ(panel.listView()->currentIndex().data(EventListModel::IdRole).toString(), QStringLiteral("E1"));
}

// The filter row, the category menu, the count and the detail are worded again on a language
// change; the chosen event stays shown.
TEST_F(PanelsTest, EventPanelIsWordedAgainOnALanguageChange) {
  EventPanel panel(controller, document, settings, selection);
  selection.selectEvent(QStringLiteral("E2"));
  QToolButton* categories = nullptr;
  for (QToolButton* button : panel.findChildren<QToolButton*>())
    if (button->menu() != nullptr && button != panel.citeButton()) categories = button;
  ASSERT_NE(categories, nullptr);
  {
    const test::MarkedLanguage marked;
    EXPECT_EQ(panel.searchField()->placeholderText(), QStringLiteral("⟦Search events⟧"));
    EXPECT_EQ(panel.nearDateButton()->text(), QStringLiteral("⟦±10 years⟧"));
    EXPECT_EQ(categories->text(), QStringLiteral("⟦Categories⟧"));
    const QList<QAction*> entries = categories->menu()->actions();
    ASSERT_GT(entries.size(), 2);
    EXPECT_EQ(entries.front()->text(), QStringLiteral("⟦Show all⟧"));
    const auto last = static_cast<EventCategory>(kEventCategoryCount - 1);
    EXPECT_EQ(entries.back()->text(), eventCategoryName(last));  // the map's words for it, now marked
    EXPECT_TRUE(entries.back()->text().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(labelTexts(panel).contains(QStringLiteral("⟦5 events⟧")))
        << labelTexts(panel).join(QLatin1Char('|')).toStdString();
    const QString detail = panel.detailView()->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("⟦43.50° N, 146.50° E⟧"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("⟦Sources⟧"))) << detail.toStdString();
    EXPECT_EQ(panel.citeButton()->text(), QStringLiteral("⟦Cite⟧"));
    EXPECT_EQ(panel.citeButton()->menu()->actions().front()->text(),
              QStringLiteral("⟦Copy Sources as &BibTeX⟧"));
    EXPECT_EQ(panel.shownEventId(), QStringLiteral("E2"));
  }
  EXPECT_EQ(panel.searchField()->placeholderText(), QStringLiteral("Search events"));
  EXPECT_EQ(categories->text(), QStringLiteral("Categories"));
  EXPECT_TRUE(labelTexts(panel).contains(QStringLiteral("5 events")));
  EXPECT_FALSE(panel.detailView()->toPlainText().contains(QStringLiteral("⟦")));
}

// --- TerritoryPanel -------------------------------------------------------------------------

TEST_F(PanelsTest, TerritoryPanelShowsNamesStateAreaAndHistory) {
  TerritoryPanel panel(controller, document, settings, selection);
  panel.resize(420, 800);
  settle(panel);
  controller.setCurrentDay(day(1960, 1, 1));
  selection.selectTerritory(QStringLiteral("alpha"));

  EXPECT_EQ(panel.territoryId(), QStringLiteral("alpha"));
  EXPECT_EQ(panel.titleText(), QStringLiteral("Alpha-jima / Alfa"));
  const QString names = panel.namesText();
  for (const char* name : {"Alpha-jima", "アルファ島", "Alfa", "Альфа", "Ko-Alpha / Malaya Alfa"})
    EXPECT_TRUE(names.contains(QString::fromUtf8(name))) << name << "\n" << names.toStdString();

  const QString area = panel.areaText();
  EXPECT_TRUE(area.contains(QStringLiteral("9,000 km²"))) << area.toStdString();
  EXPECT_TRUE(area.contains(QStringLiteral("Example Ministry, Fixture page A")));

  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("On 1 January 1960")));
  EXPECT_TRUE(
      panel.stateText().contains(QStringLiteral("Administered by the Soviet Union; claimed by Japan.")))
      << panel.stateText().toStdString();

  const ControlHistoryModel* history = panel.historyModel();
  ASSERT_EQ(history->rowCount(), 3);
  EXPECT_EQ(panel.historyView()->model(), history);
  EXPECT_TRUE(history->index(1, 0).data(ControlHistoryModel::InForceRole).toBool());

  // A date change moves the highlight and rewrites the state.
  controller.setCurrentDay(day(2000, 1, 1));
  EXPECT_FALSE(history->index(1, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(history->index(2, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(panel.stateText().contains(
      QStringLiteral("Administered by the Russian Federation; claimed by Japan.")));
  controller.setCurrentDay(day(1900, 1, 1));
  EXPECT_TRUE(history->index(0, 0).data(ControlHistoryModel::InForceRole).toBool());
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("Administered by Japan; no other claim recorded.")));
}

// A disputed period: the basis and both legal positions, each with its sources, in the
// display language; the words around them follow the language too.
TEST_F(PanelsTest, TerritoryPanelGivesTheBasisAndBothPositions) {
  TerritoryPanel panel(controller, document, settings, selection);
  controller.setCurrentDay(day(2000, 1, 1));
  selection.selectTerritory(QStringLiteral("alpha"));
  const QString state = panel.stateText();
  for (const char* text : {"Fixture succession", "Japan holds the fixture position.",
                           "Russia holds the fixture position.", "Sources: Example Ministry, Fixture page A",
                           "Sources: Example Archive, Fixture page B", "Administered; sovereignty disputed"})
    EXPECT_TRUE(state.contains(QString::fromUtf8(text))) << text << "\n" << state.toStdString();
  const ControlHistoryModel* history = panel.historyModel();
  const QString positions = history->index(2, ControlHistoryModel::PositionsColumn).data().toString();
  EXPECT_TRUE(positions.contains(QStringLiteral("Japan holds")) &&
              positions.contains(QStringLiteral("Russia holds")))
      << positions.toStdString();
  EXPECT_TRUE(history->index(0, ControlHistoryModel::PositionsColumn).data().toString().isEmpty())
      << "no positions for an undisputed period";

  settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("施政：ロシア連邦。領有を主張：日本。")))
      << panel.stateText().toStdString();
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("出典：")));
  settings.setLanguage(Language::Russian);
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("Под управлением: Российская Федерация")))
      << panel.stateText().toStdString();
}

// The states' colours come from the states layer; a state without one gets a colour of its own.
TEST_F(PanelsTest, StateColoursComeFromTheStatesLayer) {
  EXPECT_EQ(palette::stateColour(document.dataset(), QStringLiteral("japan")), QColor(0xc8, 0x10, 0x2e));
  EXPECT_EQ(palette::stateColour(document.dataset(), QStringLiteral("ussr")), QColor(0x1f, 0x4e, 0x8c));
  const QColor russia = palette::stateColour(document.dataset(), QStringLiteral("russian_federation"));
  EXPECT_NE(russia, palette::stateColour(document.dataset(), QStringLiteral("no_such_state")))
      << "not the grey of unknown ids";
  EXPECT_NE(russia, palette::stateColour(document.dataset(), QStringLiteral("japan")));
  EXPECT_EQ(palette::sampleState(document.dataset(), 0), QStringLiteral("japan"));
  // A function of the dataset it is given: without one, nothing is remembered from before.
  EXPECT_EQ(palette::stateColour(nullptr, QStringLiteral("japan")), QColor(0x88, 0x88, 0x88));
  EXPECT_TRUE(palette::sampleState(nullptr, 0).isEmpty());
  EXPECT_EQ(stateShortName(*document.dataset(), "ussr", Language::Japanese), QStringLiteral("ソ連"));
  EXPECT_EQ(stateShortName(*document.dataset(), "japan", Language::Russian), QStringLiteral("Япония"))
      << "no short name: the name";
}

TEST_F(PanelsTest, DoubleClickingAPeriodGoesToItsStart) {
  TerritoryPanel panel(controller, document, settings, selection);
  panel.resize(420, 800);
  settle(panel);
  selection.selectTerritory(QStringLiteral("alpha"));
  QApplication::processEvents();
  QTableView* table = panel.historyView();
  const QRect rect = table->visualRect(table->model()->index(2, 0));
  ASSERT_TRUE(rect.isValid());
  // As with a real mouse, the first click of the double click presses the row.
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
  QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
  EXPECT_EQ(controller.currentDay(), day(1991, 12, 26));
}

TEST_F(PanelsTest, TerritoryPanelSaysWhenNothingIsSelectedOrKnown) {
  TerritoryPanel panel(controller, document, settings, selection);
  EXPECT_TRUE(panel.territoryId().isEmpty());
  selection.selectTerritory(QStringLiteral("beta"));
  EXPECT_TRUE(panel.areaText().contains(QStringLiteral("No published area")));
  controller.setCurrentDay(day(1905, 6, 1));  // beta changes hands some time in 1905
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("imprecise"))) << panel.stateText().toStdString();
  controller.setCurrentDay(day(1851, 1, 1));
  EXPECT_TRUE(panel.stateText().contains(QStringLiteral("No control period recorded")));
  selection.selectTerritory(QString());
  EXPECT_EQ(panel.historyModel()->rowCount(), 0);
}

// The placeholder, the headings of the names and the history, and the sentences of the state
// and area are worded again on a language change.
TEST_F(PanelsTest, TerritoryPanelIsWordedAgainOnALanguageChange) {
  TerritoryPanel panel(controller, document, settings, selection);
  const QString placeholder = QStringLiteral(
      "Choose a territory on the map to see its names, its state on the current date and its control "
      "history.");
  ASSERT_TRUE(labelTexts(panel).contains(placeholder));
  {
    const test::MarkedLanguage marked;
    EXPECT_TRUE(labelTexts(panel).contains(QStringLiteral("⟦") + placeholder + QStringLiteral("⟧")));
  }
  controller.setCurrentDay(day(1960, 1, 1));
  selection.selectTerritory(QStringLiteral("alpha"));
  {
    const test::MarkedLanguage marked;
    EXPECT_TRUE(labelTexts(panel).contains(QStringLiteral("⟦Control history⟧")));
    EXPECT_EQ(panel.historyView()->toolTip(), QStringLiteral("⟦Double-click a period to go to its start⟧"));
    EXPECT_TRUE(panel.namesText().contains(QStringLiteral("⟦Japanese usage⟧")))
        << panel.namesText().toStdString();
    EXPECT_TRUE(panel.stateText().startsWith(QStringLiteral("⟦On 1 January 1960⟧")))
        << panel.stateText().toStdString();
    EXPECT_TRUE(panel.areaText().contains(QStringLiteral("⟦Area:⟧"))) << panel.areaText().toStdString();
  }
  EXPECT_TRUE(labelTexts(panel).contains(QStringLiteral("Control history")));
  EXPECT_TRUE(panel.stateText().startsWith(QStringLiteral("On 1 January 1960")));
  EXPECT_FALSE(panel.namesText().contains(QStringLiteral("⟦")));
}

// --- DiagnosticsDialog ----------------------------------------------------------------------

TEST(DiagnosticsDialogTest, ListsTheDiagnosticsAndSavesAReport) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyFixture(folder.path(), QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/broken/bad_dates"));
  AtlasDocument document;
  ASSERT_TRUE(document.open(folder.path(), OpenPolicy::WhatIsValid));  // has errors: asked for

  DiagnosticsDialog dialog(document.diagnostics(), document.path());
  EXPECT_EQ(dialog.model()->rowCount(), 8);
  EXPECT_EQ(dialog.view()->model()->rowCount(), 8);
  EXPECT_EQ(dialog.summary(),
            QStringLiteral("4 errors, 4 warnings in %1").arg(QDir::toNativeSeparators(folder.path())));

  dialog.filterModel()->setSeverityVisible(Severity::Warning, false);
  EXPECT_EQ(dialog.view()->model()->rowCount(), 4);

  dialog.copyToClipboard();
  const QString copied = QApplication::clipboard()->text();
  EXPECT_EQ(copied.count(QLatin1Char('\n')), 4);
  EXPECT_TRUE(copied.contains(QStringLiteral("day 30 does not exist in February 1956")));

  const QString report = folder.filePath(QStringLiteral("report.txt"));
  QString error;
  ASSERT_TRUE(dialog.saveReport(report, &error)) << error.toStdString();
  QFile file(report);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  const QString written = QString::fromUtf8(file.readAll());
  EXPECT_TRUE(written.contains(dialog.summary()));
  EXPECT_TRUE(written.contains(QStringLiteral("layer events, feature E1, field date")));
  EXPECT_TRUE(written.contains(QStringLiteral("unknown event 'E4'")));  // warnings too, whatever the filter
  EXPECT_EQ(written.count(QStringLiteral("events.csv: error")), 4);

  // A folder that does not exist: no file, an error, nothing left behind.
  EXPECT_FALSE(dialog.saveReport(folder.filePath(QStringLiteral("missing/report.txt")), &error));
  EXPECT_FALSE(error.isEmpty());
}

TEST(DiagnosticsDialogTest, SaysWhenThereIsNothingToReport) {
  DiagnosticsDialog dialog(Diagnostics{}, QStringLiteral("/data/atlas"));
  EXPECT_EQ(dialog.model()->rowCount(), 0);
  EXPECT_EQ(
      dialog.summary(),
      QStringLiteral("No problems found in %1").arg(QDir::toNativeSeparators(QStringLiteral("/data/atlas"))));
}

// One of a kind is said in the singular, even in English (which has no catalogue to choose
// the form of "%n errors").
TEST(DiagnosticsDialogTest, CountsSayOneInTheSingular) {
  EXPECT_EQ(DiagnosticsDialog::countsText(1, 2, 0), QStringLiteral("1 error, 2 warnings"));
  EXPECT_EQ(DiagnosticsDialog::countsText(0, 1, 3), QStringLiteral("0 errors, 1 warning, 3 notes"));
  EXPECT_EQ(DiagnosticsDialog::countsText(12, 0, 1), QStringLiteral("12 errors, 0 warnings, 1 note"));
}

// The title, the filter boxes, the buttons and the summary are worded again on a language change,
// and the table hears that its headers and severities changed.
TEST(DiagnosticsDialogTest, IsWordedAgainOnALanguageChange) {
  Diagnostics diagnostics;
  diagnostics.error("events.csv", "events", "E1", "date", "day 30 does not exist in February 1956");
  diagnostics.warning("sources.csv", "sources", "S9", "url", "no address");
  diagnostics.warning("sources.csv", "sources", "S8", "url", "no address");
  DiagnosticsDialog dialog(diagnostics, QStringLiteral("/data/atlas"));
  QSignalSpy headers(dialog.model(), &QAbstractItemModel::headerDataChanged);
  QSignalSpy cells(dialog.model(), &QAbstractItemModel::dataChanged);
  const QString where = QDir::toNativeSeparators(QStringLiteral("/data/atlas"));
  {
    const test::MarkedLanguage marked;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("⟦Dataset diagnostics⟧"));
    const QStringList buttons = buttonTexts(dialog);
    for (const char* text : {"⟦1 error⟧", "⟦2 warnings⟧", "⟦&Copy⟧", "⟦&Save report…⟧"})
      EXPECT_TRUE(buttons.contains(QString::fromUtf8(text))) << text << "\n"
                                                             << buttons.join(QLatin1Char('|')).toStdString();
    const QString summary = QStringLiteral("⟦⟦⟦1 error⟧, ⟦2 warnings⟧⟧ in %1⟧").arg(where);
    EXPECT_EQ(dialog.summary(), summary);
    EXPECT_TRUE(labelTexts(dialog).contains(summary))
        << labelTexts(dialog).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(labelTexts(dialog).contains(QStringLiteral("⟦Show:⟧")));
    ASSERT_GE(headers.count(), 1);
    EXPECT_EQ(headers.front().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    EXPECT_EQ(headers.front().at(1).toInt(), 0);
    EXPECT_EQ(headers.front().at(2).toInt(), DiagnosticsModel::ColumnCount - 1);
    ASSERT_GE(cells.count(), 1);
    EXPECT_EQ(cells.front().at(0).value<QModelIndex>().column(), DiagnosticsModel::SeverityColumn);
    EXPECT_EQ(cells.front().at(1).value<QModelIndex>().row(), 2);
  }
  EXPECT_EQ(dialog.summary(), QStringLiteral("1 error, 2 warnings in %1").arg(where));
  EXPECT_TRUE(labelTexts(dialog).contains(dialog.summary()));
  EXPECT_TRUE(buttonTexts(dialog).contains(QStringLiteral("1 error")));
}

}  // namespace
}  // namespace okhotsk::app
