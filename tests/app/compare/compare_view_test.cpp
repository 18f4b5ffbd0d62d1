// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compare Dates on the embedded dataset: the list of what changed between two dates agrees
// with the dataset's own state queries (worked out here from Dataset::stateOf, boundariesOn
// and the events' ranges, not from the comparison), and the two maps differ where control did.
#include "compare/compare_view.h"
#include "compare/date_comparison.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "text/panel_text.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

std::vector<std::string> adminOn(const Dataset& dataset, const Territory& territory, DayNumber on) {
  const TerritoryState state = dataset.stateOf(territory, on);
  return state.period != nullptr ? sortedStates(state.period->administeredBy) : std::vector<std::string>{};
}

class CompareTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(document.openEmbedded()); }
  const Dataset& dataset() const { return *document.dataset(); }

  AtlasDocument document;
  DisplaySettings settings;
};

TEST_F(CompareTest, TheSouthernKurilsChangeOfAdministratorIsListedIn1945) {
  const DayNumber before = day(1945, 8, 27);
  const DayNumber after = day(1945, 9, 6);
  const DateComparison comparison = compareDates(dataset(), after, before);  // either order
  EXPECT_EQ(comparison.earlier, before);
  EXPECT_EQ(comparison.later, after);

  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    const ComparisonText text =
        describeComparison(dataset(), comparison, language, NamingOrder::JapaneseFirst);
    for (const char* id : {"etorofu", "kunashiri", "shikotan", "habomai"}) {
      const Territory* territory = dataset().territory(id);
      ASSERT_NE(territory, nullptr) << id;
      const auto from = adminOn(dataset(), *territory, before);
      const auto to = adminOn(dataset(), *territory, after);
      ASSERT_NE(from, to) << id << ": the dataset records a change of administrator in these days";
      const QString name =
          panel_text::bothNames(territory->namesOn(after), language, NamingOrder::JapaneseFirst);
      const QString fromNames = panel_text::stateList(dataset(), from, language);
      const QString toNames = panel_text::stateList(dataset(), to, language);
      const auto line = std::find_if(text.territories.begin(), text.territories.end(),
                                     [&](const QString& candidate) { return candidate.contains(name); });
      ASSERT_NE(line, text.territories.end()) << id << " in " << text.territories.join(u'\n').toStdString();
      EXPECT_TRUE(line->contains(fromNames)) << line->toStdString();
      EXPECT_TRUE(line->contains(toNames)) << line->toStdString();
      EXPECT_LT(line->indexOf(fromNames), line->lastIndexOf(toNames)) << "from before to";
    }
  }
}

TEST_F(CompareTest, OnlyTerritoriesWhoseStatesDifferAreListed) {
  const DayNumber before = day(1945, 8, 27);
  const DayNumber after = day(1945, 9, 6);
  const DateComparison comparison = compareDates(dataset(), before, after);
  for (const Territory& territory : dataset().territories()) {
    const TerritoryState a = dataset().stateOf(territory, before);
    const TerritoryState b = dataset().stateOf(territory, after);
    const auto claims = [](const TerritoryState& s) {
      return s.period != nullptr ? sortedStates(s.period->claimedBy) : std::vector<std::string>{};
    };
    const bool changed = adminOn(dataset(), territory, before) != adminOn(dataset(), territory, after) ||
                         claims(a) != claims(b);
    const bool listed = std::any_of(comparison.territories.begin(), comparison.territories.end(),
                                    [&](const TerritoryChange& c) { return c.territory == &territory; });
    EXPECT_EQ(listed, changed) << territory.id;
  }
}

TEST_F(CompareTest, EventsInBetweenAndBoundariesThatCameOrWent) {
  const DayNumber before = day(1904, 1, 1);
  const DayNumber after = day(1906, 1, 1);
  const DateComparison comparison = compareDates(dataset(), before, after);

  std::vector<const Event*> expected;
  for (const Event& event : dataset().events())
    if (event.date.range().overlaps(DayRange{before + 1, after})) expected.push_back(&event);
  auto listed = comparison.events;
  std::sort(listed.begin(), listed.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(listed, expected);

  const auto inForce = [&](const Boundary& boundary, DayNumber on) {
    const auto list = dataset().boundariesOn(on);
    return std::find(list.begin(), list.end(), &boundary) != list.end();
  };
  int cameOrWent = 0;
  for (const Boundary& boundary : dataset().boundaries()) {
    const bool a = inForce(boundary, before);
    const bool b = inForce(boundary, after);
    const auto found = std::find_if(comparison.boundaries.begin(), comparison.boundaries.end(),
                                    [&](const BoundaryChange& c) { return c.boundary == &boundary; });
    if (a == b) {
      EXPECT_EQ(found, comparison.boundaries.end()) << boundary.id;
      continue;
    }
    ++cameOrWent;
    ASSERT_NE(found, comparison.boundaries.end()) << boundary.id;
    EXPECT_EQ(found->cameIntoForce, b) << boundary.id;
  }
  EXPECT_GT(cameOrWent, 0) << "the 1905 treaty's 50th parallel comes into force between these dates";

  // A side whose day falls inside an imprecise hand-over names both candidates (north
  // Sakhalin on 1 January 1906, in the data).
  int uncertain = 0;
  for (const TerritoryChange& change : comparison.territories) {
    const TerritoryState state = dataset().stateOf(*change.territory, after);
    EXPECT_EQ(change.afterAlternative, state.alternative) << change.territory->id;
    if (state.alternative == nullptr ||
        sortedStates(state.alternative->administeredBy) == sortedStates(state.period->administeredBy))
      continue;
    ++uncertain;
    const ComparisonText english =
        describeComparison(dataset(), comparison, Language::English, NamingOrder::English);
    const QString alternative =
        panel_text::stateList(dataset(), state.alternative->administeredBy, Language::English);
    EXPECT_TRUE(
        std::any_of(english.territories.begin(), english.territories.end(),
                    [&](const QString& line) { return line.contains(QStringLiteral(" or ") + alternative); }))
        << change.territory->id << ": " << english.territories.join(u'\n').toStdString();
  }
  EXPECT_GT(uncertain, 0);

  const ComparisonText text =
      describeComparison(dataset(), comparison, Language::Russian, NamingOrder::RussianFirst);
  ASSERT_EQ(text.events.size(), static_cast<qsizetype>(comparison.events.size()));
  EXPECT_TRUE(text.events.constFirst().contains(QString::fromStdString(comparison.events.front()->title.ru)));
}

// The rendered panes differ inside each southern Kuril territory's box when the dates differ,
// and are the same picture when the dates are the same.
TEST_F(CompareTest, TheTwoMapsDifferWhereControlChanged) {
  const DayNumber before = day(1945, 8, 27);
  const DayNumber after = day(1945, 9, 6);
  const MapProjection projection = MapProjection::Region;
  const Bounds extent = MapViewport::projectGeographicBox(projection, 145.0, 42.8, 149.5, 45.8);
  CompareView view(document, settings, projection, extent, before, after);
  // Only the map itself: no labels, markers or furniture, so what differs is the territories.
  RenderOptions mapOnly;
  mapOnly.labels = false;
  mapOnly.events = false;
  mapOnly.legend = false;
  mapOnly.dateStamp = false;
  mapOnly.scaleBar = false;
  mapOnly.credit = false;
  view.setRenderOptions(mapOnly);
  view.resize(1600, 900);
  view.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
  QApplication::processEvents();
  ASSERT_EQ(view.leftPane()->size(), view.rightPane()->size());

  const QImage left = view.leftPane()->grab().toImage();
  const QImage right = view.rightPane()->grab().toImage();
  const MapViewport viewport = view.leftPane()->viewport();
  const auto differingIn = [&](const Territory& territory, const QImage& a, const QImage& b) {
    const Bounds box = territory.shape.region.bounds();
    const QRectF screen =
        QRectF(viewport.toScreen(QPointF(box.minX, box.maxY)), viewport.toScreen(QPointF(box.maxX, box.minY)))
            .normalized()
            .intersected(QRectF(QPointF(0, 0), QSizeF(a.size()) / a.devicePixelRatio()));
    const double ratio = a.devicePixelRatio();
    int differing = 0;
    for (int y = static_cast<int>(screen.top() * ratio); y < static_cast<int>(screen.bottom() * ratio); ++y)
      for (int x = static_cast<int>(screen.left() * ratio); x < static_cast<int>(screen.right() * ratio); ++x)
        if (a.pixel(x, y) != b.pixel(x, y)) ++differing;
    return differing;
  };
  for (const char* id : {"etorofu", "kunashiri", "shikotan", "habomai"}) {
    const Territory* territory = dataset().territory(id);
    ASSERT_NE(territory, nullptr);
    EXPECT_GT(differingIn(*territory, left, right), 20) << id;
  }

  view.setDays(after, after);
  QApplication::processEvents();
  const QImage same = view.leftPane()->grab().toImage();
  EXPECT_EQ(differingIn(*dataset().territory("etorofu"), same, right), 0);
  // Over Sakhalin, whose control did not change in these days, the two sides are one picture.
  for (const char* id : {"south_sakhalin", "north_sakhalin"}) {
    const Territory* territory = dataset().territory(id);
    ASSERT_NE(territory, nullptr);
    ASSERT_EQ(dataset().stateOf(*territory, before).period, dataset().stateOf(*territory, after).period)
        << id;
  }
  view.setDays(before, after);
  for (ComparePane* pane : {view.leftPane(), view.rightPane()})
    pane->setExtent(projection, MapViewport::projectGeographicBox(projection, 141.0, 46.0, 145.0, 50.5));
  QApplication::processEvents();
  EXPECT_EQ(view.leftPane()->grab().toImage(), view.rightPane()->grab().toImage());
}

TEST_F(CompareTest, ZoomingOneSideZoomsTheOther) {
  CompareView view(document, settings, MapProjection::Region, MapViewport::namedExtent(NamedView::Region),
                   day(1904, 1, 1), day(1906, 1, 1));
  view.resize(1200, 800);
  view.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
  const MapViewport before = view.rightPane()->viewport();
  const QPointF centre = QRectF(view.leftPane()->rect()).center();
  QWheelEvent wheel(centre, view.leftPane()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(view.leftPane(), &wheel);
  const MapViewport left = view.leftPane()->viewport();
  const MapViewport right = view.rightPane()->viewport();
  EXPECT_LT(right.metresPerPixel(), before.metresPerPixel() * 0.9) << "zoomed in";
  EXPECT_NEAR(right.metresPerPixel() / left.metresPerPixel(), 1.0, 1e-6);
  EXPECT_NEAR(right.centre().x(), left.centre().x(), 1.0);
  EXPECT_NEAR(right.centre().y(), left.centre().y(), 1.0);
}

TEST_F(CompareTest, TheChangeListFollowsTypedDatesAndReportsABadOne) {
  const MapProjection projection = MapProjection::Region;
  CompareView view(document, settings, projection, MapViewport::namedExtent(NamedView::Region),
                   day(1904, 1, 1), day(1906, 1, 1));
  ASSERT_TRUE(view.setDates(QStringLiteral("1945-08-27"), QStringLiteral("1945-09-06")));
  EXPECT_EQ(view.leftPane()->day(), day(1945, 8, 27));
  EXPECT_EQ(view.rightPane()->day(), day(1945, 9, 6));
  QStringList shown;
  for (int i = 0; i < view.changeList()->topLevelItemCount(); ++i)
    shown << view.changeList()->topLevelItem(i)->text(0);
  const ComparisonText text =
      describeComparison(dataset(), view.comparison(), settings.language(), settings.namingOrder());
  for (const QString& line : text.territories + text.events)
    EXPECT_TRUE(shown.contains(line)) << line.toStdString();

  EXPECT_FALSE(view.setDates(QStringLiteral("1945-08-27"), QStringLiteral("1956-02-30")));
  EXPECT_FALSE(view.dateError(1).isEmpty());
  EXPECT_EQ(view.rightPane()->day(), day(1945, 9, 6)) << "a bad date leaves its side where it was";
}

}  // namespace
}  // namespace okhotsk::app
