// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing a view in the desktop window on the embedded dataset: the link of the view shown
// brings back every part of it; a bad link says what is wrong and leaves the view alone; the
// bookmarks outlive the window; the citation names the date, the link and the sources shown.
#include "share/view_actions.h"
#include "desktop/atlas_window.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "share/view_citation.h"
#include "text/panel_text.h"
#include "timeline/playback_bar.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

class ViewActionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("bookmarks"));
    ASSERT_TRUE(session.document.openEmbedded());
    window = std::make_unique<AtlasWindow>(session);
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QApplication::processEvents();
  }
  void TearDown() override { QSettings().remove(QStringLiteral("bookmarks")); }

  ViewActions& actions() const { return *window->viewActions(); }
  MapWidget& map() const { return *window->mapWidget(); }

  AtlasSession session;
  std::unique_ptr<AtlasWindow> window;
};

TEST_F(ViewActionsTest, TheLinkOfAViewBringsEveryPartOfItBack) {
  session.controller.setCurrentDay(day(1945, 8, 30));
  session.settings.setLanguage(Language::Russian);
  session.settings.setNamingOrder(NamingOrder::RussianFirst);
  session.selection.selectTerritory(QStringLiteral("kunashiri"));
  RenderOptions options = map().renderOptions();
  options.legend = false;
  options.events = false;
  map().setRenderOptions(options);
  const auto viewport = MapViewport::fromSpec(QStringLiteral("146.000,44.000,500.0km"), map().size());
  ASSERT_TRUE(viewport);
  map().setViewport(*viewport);
  const MapViewport shown = map().viewport();
  const QString link = actions().currentLink();

  // Everything moves elsewhere, then the link is opened.
  session.controller.setCurrentDay(day(1904, 2, 8));
  session.settings.setLanguage(Language::English);
  session.settings.setNamingOrder(NamingOrder::English);
  session.selection.selectEvent(QString::fromStdString(session.document.dataset()->events().front().id));
  map().setRenderOptions(RenderOptions{});
  map().fitWorld();
  EXPECT_TRUE(actions().openLink(link).isEmpty());

  EXPECT_EQ(session.controller.currentDay(), day(1945, 8, 30));
  EXPECT_EQ(session.settings.language(), Language::Russian);
  EXPECT_EQ(session.settings.namingOrder(), NamingOrder::RussianFirst);
  EXPECT_EQ(session.selection.territoryId(), QStringLiteral("kunashiri"));
  EXPECT_TRUE(session.selection.eventId().isEmpty());
  EXPECT_FALSE(map().renderOptions().legend);
  EXPECT_FALSE(map().renderOptions().events);
  EXPECT_TRUE(map().renderOptions().labels);
  const MapViewport back = map().viewport();
  EXPECT_EQ(back.projection(), shown.projection());
  // The spec keeps the centre to a thousandth of a degree and the width to 100 m.
  EXPECT_NEAR(back.centre().x(), shown.centre().x(), 200.0);
  EXPECT_NEAR(back.centre().y(), shown.centre().y(), 200.0);
  EXPECT_NEAR(back.metresPerPixel() / shown.metresPerPixel(), 1.0, 0.01);
}

// The date keeps its EDTF qualifiers as typed in the playback bar while it is the day shown.
TEST_F(ViewActionsTest, TheLinkKeepsTheDateAsTyped) {
  QLineEdit* field = window->playbackBar()->dateField();
  ASSERT_NE(field, nullptr);
  session.controller.setCurrentDay(day(1945, 1, 1));
  field->setText(QStringLiteral("1945~"));  // as typed (the bar may rewrite it on a change of day)
  EXPECT_EQ(actions().currentView().date, QStringLiteral("1945~"));
  const auto read = decodeViewLink(actions().currentLink());
  ASSERT_TRUE(read.link);
  EXPECT_EQ(read.link->date, QStringLiteral("1945~"));
  // Once the date has moved on, the typed text no longer describes it.
  session.controller.setCurrentDay(day(1945, 8, 30));
  field->setText(QStringLiteral("1945~"));
  EXPECT_EQ(actions().currentView().date, QStringLiteral("1945-08-30"));
}

TEST_F(ViewActionsTest, ABadLinkSaysWhatIsWrongAndTheWindowKeepsItsView) {
  session.controller.setCurrentDay(day(1956, 10, 19));
  session.selection.selectTerritory(QStringLiteral("shikotan"));
  const MapViewport before = map().viewport();
  const QString linkBefore = actions().currentLink();

  const QStringList notALink = actions().openLink(QStringLiteral("1945-08-30 Etorofu"));
  ASSERT_EQ(notALink.size(), 1);
  EXPECT_TRUE(notALink.constFirst().contains(QStringLiteral("okhotsk:")));
  EXPECT_EQ(actions().currentLink(), linkBefore);
  EXPECT_EQ(map().viewport(), before);

  const QStringList bad =
      actions().openLink(QStringLiteral("okhotsk:1956-02-30?view=nowhere&territory=atlantis"));
  ASSERT_EQ(bad.size(), 3) << bad.join(u'\n').toStdString();
  EXPECT_TRUE(bad.at(0).contains(QStringLiteral("1956-02-30")));
  EXPECT_TRUE(bad.at(1).contains(QStringLiteral("nowhere")));
  EXPECT_TRUE(bad.at(2).contains(QStringLiteral("atlantis")));
  EXPECT_EQ(session.controller.currentDay(), day(1956, 10, 19));
  EXPECT_EQ(session.selection.territoryId(), QStringLiteral("shikotan"));
  EXPECT_EQ(map().viewport(), before);
  EXPECT_EQ(actions().currentLink(), linkBefore);

  // Through the menu path the problems are shown in a message, without blocking.
  actions().openLinkAndReport(QStringLiteral("okhotsk:1956-02-30"));
  auto* box = window->findChild<QMessageBox*>(QStringLiteral("viewLinkProblems"));
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->informativeText().contains(QStringLiteral("1956-02-30")));
  box->close();
}

TEST_F(ViewActionsTest, BookmarksAreKeptInTheSettingsAndOpenTheirView) {
  session.controller.setCurrentDay(day(1905, 9, 5));
  actions().addBookmarkNamed(QStringLiteral("Portsmouth"));
  session.controller.setCurrentDay(day(1956, 10, 19));
  actions().addBookmarkNamed(QString());  // named after the date
  ASSERT_EQ(actions().bookmarks().list().size(), 2U);
  EXPECT_EQ(actions().bookmarks().list()[1].name,
            QString::fromStdString(formatDay(day(1956, 10, 19), session.settings.language())));

  // A new window (a later run) reads them back and lists them in its Bookmarks menu.
  window.reset();
  window = std::make_unique<AtlasWindow>(session);
  ASSERT_EQ(actions().bookmarks().list().size(), 2U);
  EXPECT_EQ(actions().bookmarks().list()[0].name, QStringLiteral("Portsmouth"));
  auto* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("BookmarksMenu"));
  ASSERT_NE(menu, nullptr);
  QAction* portsmouth = nullptr;
  for (QAction* action : menu->actions())
    if (action->text() == QStringLiteral("Portsmouth")) portsmouth = action;
  EXPECT_TRUE(menu->actions().last()->toolTip().startsWith(QStringLiteral("okhotsk:1956-10-19")));
  ASSERT_NE(portsmouth, nullptr);
  portsmouth->trigger();
  EXPECT_EQ(session.controller.currentDay(), day(1905, 9, 5));

  ASSERT_TRUE(actions().bookmarks().remove(0));
  window.reset();
  window = std::make_unique<AtlasWindow>(session);
  ASSERT_EQ(actions().bookmarks().list().size(), 1U);
  EXPECT_NE(actions().bookmarks().list()[0].name, QStringLiteral("Portsmouth"));
}

TEST_F(ViewActionsTest, TheCitationNamesTheDateTheLinkAndTheSourcesShown) {
  session.controller.setCurrentDay(day(1945, 8, 30));
  session.selection.selectTerritory(QStringLiteral("etorofu"));
  actions().copyCitation();
  const QString citation = QApplication::clipboard()->text();
  EXPECT_TRUE(citation.contains(QString::fromStdString(formatDay(day(1945, 8, 30), Language::English))));
  EXPECT_TRUE(citation.contains(actions().currentLink()));
  const QString firstLine = citation.section(u'\n', 0, 0);
  EXPECT_TRUE(firstLine.contains(QStringLiteral("Okhotsk Atlas"))) << citation.toStdString();
  EXPECT_TRUE(firstLine.contains(QRegularExpression(QStringLiteral("\\b\\d+\\.\\d+\\.\\d+\\b"))))
      << "the version: " << citation.toStdString();
  const Dataset& dataset = *session.document.dataset();
  const TerritoryState state = dataset.stateOf(*dataset.territory("etorofu"), day(1945, 8, 30));
  ASSERT_NE(state.period, nullptr);
  ASSERT_FALSE(state.period->sourceIds.empty());
  for (const std::string& id : state.period->sourceIds)
    EXPECT_TRUE(citation.contains(panel_text::shortCitation(dataset.source(id)->citation))) << id;

  // In Japanese the date is spelled the Japanese way.
  session.settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(actions().currentCitation().contains(
      QString::fromStdString(formatDay(day(1945, 8, 30), Language::Japanese))));

  actions().copyLink();
  EXPECT_EQ(QApplication::clipboard()->text(), actions().currentLink());
}

TEST_F(ViewActionsTest, WithNothingSelectedTheSourcesAreThoseOfEveryTerritoryShown) {
  const Dataset& dataset = *session.document.dataset();
  const CitedView view{day(1906, 1, 1), QStringLiteral("okhotsk:1906-01-01"), {}, {}};
  const auto ids = viewSourceIds(dataset, view);
  for (const TerritoryState& state : dataset.stateOn(view.day)) {
    if (state.territory->contextOnly || state.period == nullptr) continue;
    for (const std::string& id : state.period->sourceIds)
      EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << state.territory->id << " " << id;
  }
}

TEST_F(ViewActionsTest, CompareDatesOpensOnTheMapsExtentAndTheDateShown) {
  session.controller.setCurrentDay(day(1945, 8, 27));
  QAction* compare = nullptr;
  for (QAction* action : window->findChildren<QAction*>())
    if (action->text().remove(u'&') == QStringLiteral("Compare Dates…")) compare = action;
  ASSERT_NE(compare, nullptr);
  compare->trigger();
  CompareView* view = actions().compareView();
  ASSERT_NE(view, nullptr);
  EXPECT_TRUE(view->isVisible());
  EXPECT_EQ(view->leftPane()->day(), day(1945, 8, 27));
  const auto next = session.document.dataset()->nextControlChange(day(1945, 8, 27));
  ASSERT_TRUE(next);
  EXPECT_EQ(view->rightPane()->day(), *next);
  EXPECT_FALSE(view->comparison().territories.empty());
}

}  // namespace
}  // namespace okhotsk::app
