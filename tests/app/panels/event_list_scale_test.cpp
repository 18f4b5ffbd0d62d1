// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event list and its filter (#13) on the embedded dataset and on a generated one (the
// embedded dataset plus a few thousand synthetic events, as `okhotsk-cli generate` makes them):
// both models stay valid under QAbstractItemModelTester while the language, the sort, the
// filters and the dataset change; a language switch keeps the rows and announces the new
// texts; the search, the category and the date filters give what a brute-force pass over the
// events gives; and choosing an event in a filtered list still selects it.
#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/selection.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"

#include "generate_command.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace okhotsk::app {
namespace {

constexpr int kGeneratedEvents = 3000;

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// The generated dataset, written once for the whole program.
const QString& generatedDataset() {
  static QTemporaryDir folder;
  static const QString path = [] {
    QString out = folder.filePath(QStringLiteral("generated"));
    cli::GenerateRequest request;
    request.base = OKHOTSK_DATASET_SOURCE_DIR;
    request.out = out.toStdString();
    request.events = kGeneratedEvents;
    request.seed = 7;
    cli::generateDataset(request);
    return out;
  }();
  return path;
}

QStringList ids(const QAbstractItemModel& model) {
  QStringList result;
  for (int row = 0; row < model.rowCount(); ++row)
    result << model.index(row, 0).data(EventListModel::IdRole).toString();
  return result;
}

// What the filter should show, found the slow way: every event in date order, tested with
// QString::contains on its texts in the language and in English.
QStringList bruteForce(const Dataset& dataset, Language lang, const QString& search,
                       const std::vector<EventCategory>& hidden = {}) {
  QStringList result;
  const QString needle = search.trimmed();
  for (const Event& event : dataset.events()) {
    if (std::find(hidden.begin(), hidden.end(), event.category) != hidden.end()) continue;
    bool found = needle.isEmpty();
    for (const std::string* text :
         {&event.title.get(lang), &event.summary.get(lang), &event.title.en, &event.summary.en})
      found = found || QString::fromStdString(*text).contains(needle, Qt::CaseInsensitive);
    if (found) result << QString::fromStdString(event.id);
  }
  return result;
}

class EventListScaleTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    const bool generated = GetParam();
    ASSERT_TRUE(generated ? document.open(generatedDataset()) : document.openEmbedded());
    ASSERT_NE(document.dataset(), nullptr);
    filter.setSourceModel(&model);
    filter.sort(EventListModel::DateColumn);
  }

  [[nodiscard]] const Dataset& dataset() const { return *document.dataset(); }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  InterfaceLanguage interfaceLanguage{settings};
  EventListModel model{document, settings};
  EventFilterModel filter{controller};
  QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
  QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_P(EventListScaleTest, ListsEveryEventOfTheDataset) {
  const std::size_t events = dataset().events().size();
  EXPECT_GE(events, GetParam() ? static_cast<std::size_t>(kGeneratedEvents) : 1U);
  EXPECT_EQ(static_cast<std::size_t>(model.rowCount()), events);
  EXPECT_EQ(static_cast<std::size_t>(filter.rowCount()), events);
  EXPECT_EQ(ids(filter), bruteForce(dataset(), Language::English, {}));
}

TEST_P(EventListScaleTest, ALanguageSwitchKeepsTheRowsAndAnnouncesTheNewTexts) {
  filter.setSearchText(QStringLiteral("a"));
  const int shownBefore = filter.rowCount();
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy filterResets(&filter, &QAbstractItemModel::modelReset);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy filterChanged(&filter, &QAbstractItemModel::dataChanged);
  QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
  QSignalSpy filterHeaders(&filter, &QAbstractItemModel::headerDataChanged);

  settings.setLanguage(Language::Japanese);
  EXPECT_EQ(resets.count(), 0);
  EXPECT_EQ(filterResets.count(), 0);
  ASSERT_EQ(changed.count(), 1);
  const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
  const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
  EXPECT_EQ(topLeft, model.index(0, 0));
  EXPECT_EQ(bottomRight, model.index(model.rowCount() - 1, EventListModel::ColumnCount - 1));
  EXPECT_GE(filterChanged.count(), 1);
  ASSERT_GE(headers.count(), 1);
  EXPECT_EQ(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
  EXPECT_EQ(headers.at(0).at(1).toInt(), 0);
  EXPECT_EQ(headers.at(0).at(2).toInt(), EventListModel::ColumnCount - 1);
  EXPECT_GE(filterHeaders.count(), 1);

  // Every row now speaks Japanese: the title as the dataset gives it, the date and header too.
  for (int row = 0; row < model.rowCount(); row += std::max(1, model.rowCount() / 200)) {
    const Event* event = model.eventAt(row);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(model.index(row, EventListModel::TitleColumn).data().toString(),
              QString::fromStdString(event->title.ja.empty() ? event->title.en : event->title.ja));
    EXPECT_EQ(model.index(row, EventListModel::DateColumn).data().toString(),
              QString::fromStdString(formatEdtf(event->date, Language::Japanese)));
  }
  EXPECT_EQ(model.headerData(EventListModel::TitleColumn, Qt::Horizontal).toString(),
            QCoreApplication::translate("okhotsk::app::EventListModel", "Event"));
  EXPECT_NE(model.headerData(EventListModel::TitleColumn, Qt::Horizontal).toString(),
            QStringLiteral("Event"));
  // The search now reads the Japanese texts (and still the English ones).
  EXPECT_EQ(ids(filter), bruteForce(dataset(), Language::Japanese, QStringLiteral("a")));
  EXPECT_GT(shownBefore, 0);
}

TEST_P(EventListScaleTest, SearchGivesWhatABruteForcePassGives) {
  const QStringList words{QStringLiteral("treaty"),   QStringLiteral("TREATY"),
                          QStringLiteral("Shimoda"),  QStringLiteral("timeline"),
                          QStringLiteral("event 12"), QStringLiteral("条約"),
                          QStringLiteral("合成"),     QStringLiteral("ДОГОВОР"),
                          QStringLiteral("курил"),    QStringLiteral("no such words anywhere")};
  int found = 0;
  for (const Language lang : {Language::English, Language::Japanese, Language::Russian}) {
    settings.setLanguage(lang);
    for (const QString& word : words) {
      filter.setSearchText(word);
      const QStringList expected = bruteForce(dataset(), lang, word);
      EXPECT_EQ(ids(filter), expected) << word.toStdString() << " in " << languageCode(lang);
      found += static_cast<int>(expected.size());
    }
    // With a category hidden too.
    filter.setCategoryVisible(EventCategory::Treaty, false);
    filter.setSearchText(QStringLiteral("a"));
    EXPECT_EQ(ids(filter), bruteForce(dataset(), lang, QStringLiteral("a"), {EventCategory::Treaty}));
    filter.showAllCategories();
  }
  EXPECT_GT(found, 0);  // the words do occur: the comparison is not between two empty lists
}

// Typed a letter at a time (each longer text is searched among the previous matches), then
// erased a letter at a time: every step gives what the brute-force pass gives.
TEST_P(EventListScaleTest, TypingAndErasingGiveWhatABruteForcePassGives) {
  for (const Language lang : {Language::English, Language::Russian}) {
    settings.setLanguage(lang);
    for (const QString& word :
         {QStringLiteral("Treaty of S"), QStringLiteral("event 1"), QStringLiteral("Курил")}) {
      int found = 0;
      for (qsizetype length = 1; length <= word.size(); ++length) {
        filter.setSearchText(word.left(length));
        const QStringList expected = bruteForce(dataset(), lang, word.left(length));
        ASSERT_EQ(ids(filter), expected) << word.left(length).toStdString() << " in " << languageCode(lang);
        found = static_cast<int>(expected.size());
      }
      for (qsizetype length = word.size() - 1; length >= 0; --length) {
        filter.setSearchText(word.left(length));
        ASSERT_EQ(ids(filter), bruteForce(dataset(), lang, word.left(length)))
            << word.left(length).toStdString() << " in " << languageCode(lang);
      }
      // The words occur (Russian only in Russian texts, "event 1" only in generated ones).
      const bool cyrillic = word.front().unicode() >= 0x400;
      if ((lang == Language::Russian || !cyrillic) && (word != QStringLiteral("event 1") || GetParam())) {
        EXPECT_GT(found, 0) << word.toStdString();
      }
    }
  }
}

TEST_P(EventListScaleTest, TheDateFilterGivesTheEventsOverlappingTheWindow) {
  controller.setCurrentDay(day(1950, 6, 1));
  filter.setNearYears(10);
  filter.setNearCurrentDate(true);
  filter.setCategoryVisible(EventCategory::Military, false);
  const auto halfWidth = static_cast<DayNumber>(std::llround(10 * 365.2425));
  const DayNumber first = day(1950, 6, 1) - halfWidth;
  const DayNumber last = day(1950, 6, 1) + halfWidth;
  QStringList expected;
  for (const Event& event : dataset().events())
    if (event.category != EventCategory::Military && event.date.earliest() <= last &&
        event.date.latest() >= first)
      expected << QString::fromStdString(event.id);
  EXPECT_FALSE(expected.isEmpty());
  EXPECT_EQ(ids(filter), expected);

  controller.setCurrentDay(day(1905, 1, 1));
  const QStringList later = ids(filter);
  EXPECT_NE(later, expected);
  for (int row = 0; row < filter.rowCount(); ++row) {
    const Event* event = filter.eventAt(row);
    ASSERT_NE(event, nullptr);
    EXPECT_LE(event->date.earliest(), day(1905, 1, 1) + halfWidth);
    EXPECT_GE(event->date.latest(), day(1905, 1, 1) - halfWidth);
  }
}

// Sorted by any column, both ways, the keys are in order and ties keep the date order; the
// filter keeps that order.
TEST_P(EventListScaleTest, SortsByEachColumnWithTiesInDateOrder) {
  settings.setLanguage(Language::Russian);
  filter.setCategoryVisible(EventCategory::Economy, false);
  for (const int column : {EventListModel::DateColumn, EventListModel::TitleColumn,
                           EventListModel::CategoryColumn, EventListModel::ConfidenceColumn}) {
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
      filter.sort(column, order);
      ASSERT_EQ(
          filter.rowCount(),
          static_cast<int>(bruteForce(dataset(), Language::Russian, {}, {EventCategory::Economy}).size()));
      for (int row = 1; row < filter.rowCount(); ++row) {
        const QModelIndex above = filter.mapToSource(filter.index(row - 1, column));
        const QModelIndex below = filter.mapToSource(filter.index(row, column));
        const QVariant a = above.data(EventListModel::SortRole);
        const QVariant b = below.data(EventListModel::SortRole);
        const int comparison = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                               : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                      : 0;
        if (order == Qt::AscendingOrder)
          ASSERT_LE(comparison, 0) << column << " row " << row;
        else
          ASSERT_GE(comparison, 0) << column << " row " << row;
        if (comparison == 0) {
          ASSERT_LT(above.row(), below.row()) << column << " row " << row;
        }
        ASSERT_NE(filter.eventAt(row)->category, EventCategory::Economy);
      }
    }
  }
}

TEST_P(EventListScaleTest, ADatasetChangeResetsBothModels) {
  QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);
  filter.setSearchText(QStringLiteral("treaty"));
  ASSERT_TRUE(GetParam() ? document.openEmbedded() : document.open(generatedDataset()));
  EXPECT_EQ(resets.count(), 1);
  EXPECT_EQ(ids(filter), bruteForce(*document.dataset(), Language::English, QStringLiteral("treaty")));
}

// A panel deletes its list model before its filter: the filter is then empty, never reading
// the deleted model.
TEST_P(EventListScaleTest, TheFilterOutlivingItsListIsEmpty) {
  auto list = std::make_unique<EventListModel>(document, settings);
  EventFilterModel orphan(controller);
  orphan.setSourceModel(list.get());
  QAbstractItemModelTester tester(&orphan, QAbstractItemModelTester::FailureReportingMode::Fatal);
  orphan.setSearchText(QStringLiteral("a"));
  ASSERT_GT(orphan.rowCount(), 0);
  QSignalSpy resets(&orphan, &QAbstractItemModel::modelReset);
  list.reset();
  EXPECT_EQ(resets.count(), 1);
  EXPECT_EQ(orphan.rowCount(), 0);
  EXPECT_EQ(orphan.columnCount(), 0);
  EXPECT_EQ(orphan.eventAt(0), nullptr);
  orphan.setSearchText(QStringLiteral("b"));  // filtering nothing is harmless
  EXPECT_EQ(orphan.rowCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Datasets, EventListScaleTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& dataset) {
                           return dataset.param ? std::string("Generated") : std::string("Embedded");
                         });

// --- the panel -------------------------------------------------------------------------------

class EventPanelScaleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(generatedDataset()));
    panel = std::make_unique<EventPanel>(controller, document, settings, selection);
    panel->resize(420, 800);
    panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    QApplication::setActiveWindow(panel.get());
    QApplication::processEvents();
  }

  // Types into the search and waits until the list shows its result.
  void search(const QString& text) {
    panel->searchField()->setFocus();
    panel->searchField()->selectAll();
    QTest::keyClicks(panel->searchField(), text);
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->filterModel()->searchText() == text; }, 2000));
  }

  void clickRow(int row) {
    QTreeView* list = panel->listView();
    list->scrollTo(list->model()->index(row, 0));
    const QRect rect = list->visualRect(list->model()->index(row, EventListModel::TitleColumn));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  InterfaceLanguage interfaceLanguage{settings};
  Selection selection;
  std::unique_ptr<EventPanel> panel;
};

TEST_F(EventPanelScaleTest, ChoosingInAFilteredListSelectsTheEventAndTheListKeepsIt) {
  controller.setCurrentDay(day(1990, 1, 1));
  search(QStringLiteral("synthetic event 2"));  // 2, 20–29, 200–299, 2000–2999
  const int shown = panel->listView()->model()->rowCount();
  ASSERT_GT(shown, 100);
  EXPECT_EQ(controller.currentDay(), day(1990, 1, 1));  // typing chose nothing
  EXPECT_TRUE(selection.eventId().isEmpty());

  clickRow(shown / 2);
  const Event* chosen = panel->filterModel()->eventAt(shown / 2);
  ASSERT_NE(chosen, nullptr);
  EXPECT_EQ(selection.eventId(), QString::fromStdString(chosen->id));
  EXPECT_EQ(controller.currentDay(), chosen->date.earliest());

  // Narrowing the search to that event keeps it as the list's current row, choosing nothing.
  QSignalSpy chosenAgain(&selection, &Selection::eventSelected);
  search(QString::fromStdString(chosen->title.en));
  const QModelIndex current = panel->listView()->currentIndex();
  ASSERT_TRUE(current.isValid());
  EXPECT_EQ(panel->filterModel()->eventAt(current.row()), chosen);
  EXPECT_TRUE(panel->listView()->selectionModel()->isRowSelected(current.row()));

  // A language switch keeps the list's rows and its selection.
  settings.setLanguage(Language::Japanese);
  QApplication::processEvents();
  EXPECT_EQ(panel->filterModel()->eventAt(panel->listView()->currentIndex().row()), chosen);
  EXPECT_EQ(chosenAgain.count(), 0);
  EXPECT_EQ(selection.eventId(), QString::fromStdString(chosen->id));
}

TEST_F(EventPanelScaleTest, AnEventChosenOnTheMapIsShownInTheList) {
  const Event& event = document.dataset()->events()[document.dataset()->events().size() / 3];
  selection.selectEvent(QString::fromStdString(event.id));
  const QModelIndex current = panel->listView()->currentIndex();
  ASSERT_TRUE(current.isValid());
  EXPECT_EQ(panel->filterModel()->eventAt(current.row()), &event);
  EXPECT_EQ(panel->shownEventId(), QString::fromStdString(event.id));
}

}  // namespace
}  // namespace okhotsk::app
