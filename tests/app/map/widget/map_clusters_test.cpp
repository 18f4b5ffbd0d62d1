// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Clusters of event markers in the map widget, on the embedded dataset, driven as a user would:
// a click on a cluster offers exactly its events, and the arrows and Enter choose one.
#include "map/widget/map_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/view/map_viewport.h"
#include "temp_dir.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

// A left click (press and release) at `at` in the widget's own coordinates.
void clickAt(QWidget& widget, QPointF at) {
  QMouseEvent press(QEvent::MouseButtonPress, at, widget.mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
  QMouseEvent release(QEvent::MouseButtonRelease, at, widget.mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                      Qt::NoModifier);
  QApplication::sendEvent(&widget, &press);
  QApplication::sendEvent(&widget, &release);
}

class MapClusters : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR)));
    widget.resize(800, 600);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    widget.setViewport(MapViewport::named(NamedView::Region, widget.size()));
  }

  void click(QPointF at) { clickAt(widget, at); }

  // A cluster of a few events well inside the map on one of some eventful days, after
  // drawing that day; its index in the renderer's clusters.
  std::optional<int> findCluster() {
    for (const DayNumber day :
         {daysFromGregorian(1945, 8, 20), daysFromGregorian(1956, 10, 19), daysFromGregorian(1905, 9, 5),
          daysFromGregorian(1875, 5, 7), daysFromGregorian(1991, 4, 18), daysFromGregorian(2010, 11, 1)}) {
      controller.setCurrentDay(day);
      widget.repaint();
      const std::vector<EventCluster>& clusters = widget.renderer().eventClusters();
      for (int c = 0; c < static_cast<int>(clusters.size()); ++c) {
        const EventCluster& cluster = clusters[static_cast<std::size_t>(c)];
        if (cluster.count >= 2 && cluster.count <= 30 &&
            QRectF(60, 60, 680, 480).contains(cluster.position) &&
            widget.renderer().eventsAt(cluster.position).size() == static_cast<std::size_t>(cluster.count))
          return c;
      }
    }
    return std::nullopt;
  }

  static QList<QAction*> entries(QMenu* menu) {
    QList<QAction*> list;
    for (QAction* action : menu->actions())
      if (!action->isSeparator()) list << action;
    return list;
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
};

TEST_F(MapClusters, AClickOnAClusterListsExactlyItsEvents) {
  const std::optional<int> found = findCluster();
  ASSERT_TRUE(found.has_value());
  const EventCluster cluster = widget.renderer().eventClusters()[static_cast<std::size_t>(*found)];
  const std::vector<const Event*> events = widget.renderer().clusterEvents(*found);
  ASSERT_EQ(events.size(), static_cast<std::size_t>(cluster.count));
  click(cluster.position);
  EXPECT_TRUE(selection.eventId().isEmpty());  // nothing chosen for the user
  QMenu* chooser = widget.eventChooser();
  ASSERT_NE(chooser, nullptr);
  EXPECT_TRUE(chooser->isVisible());
  const QList<QAction*> rows = entries(chooser);
  ASSERT_EQ(rows.size(), static_cast<qsizetype>(events.size()));
  // Each of its events once, by its date and title; no other.
  QStringList expected;
  for (const Event* event : events)
    expected << QString::fromStdString(formatEdtf(event->date, Language::English)) + QStringLiteral(" — ") +
                    QString::fromStdString(event->title.en);
  QStringList shown;
  for (const QAction* row : rows) shown << row->text();
  expected.sort();
  shown.sort();
  EXPECT_EQ(shown, expected);
}

TEST_F(MapClusters, ArrowsAndEnterChooseFromACluster) {
  const std::optional<int> found = findCluster();
  ASSERT_TRUE(found.has_value());
  const EventCluster cluster = widget.renderer().eventClusters()[static_cast<std::size_t>(*found)];
  std::vector<const Event*> events = widget.renderer().clusterEvents(*found);
  // The chooser lists them by date: the first day first, then the shorter span.
  std::stable_sort(events.begin(), events.end(), [](const Event* a, const Event* b) {
    if (a->date.earliest() != b->date.earliest()) return a->date.earliest() < b->date.earliest();
    return a->date.latest() < b->date.latest();
  });
  click(cluster.position);
  QMenu* chooser = widget.eventChooser();
  ASSERT_NE(chooser, nullptr);
  QSignalSpy chosen(&selection, &Selection::eventSelected);
  QTest::keyClick(chooser, Qt::Key_Down);
  QTest::keyClick(chooser, Qt::Key_Down);
  ASSERT_NE(chooser->activeAction(), nullptr);
  EXPECT_TRUE(chooser->activeAction()->text().endsWith(QString::fromStdString(events[1]->title.en)));
  QTest::keyClick(chooser, Qt::Key_Return);
  ASSERT_EQ(chosen.count(), 1);
  EXPECT_EQ(selection.eventId().toStdString(), events[1]->id);
  // Choosing closes the chooser.
  EXPECT_TRUE(QTest::qWaitFor(
      [&] { return widget.eventChooser() == nullptr || !widget.eventChooser()->isVisible(); }));
}

TEST_F(MapClusters, MarkersAtShumshuAreOneClusterWithAChooser) {
  const Event* battle = document.dataset()->event("E016");  // Battle of Shumshu, 18–23 Aug 1945
  ASSERT_NE(battle, nullptr);
  controller.setCurrentDay(daysFromGregorian(1945, 8, 20));
  widget.repaint();
  const QPointF at = widget.viewport().toScreen(battle->region);
  const std::vector<const Event*> events = widget.renderer().eventsAt(at);
  ASSERT_GE(events.size(), 2U);
  EXPECT_NE(std::find(events.begin(), events.end(), battle), events.end());
  click(at);
  QMenu* chooser = widget.eventChooser();
  ASSERT_NE(chooser, nullptr);
  EXPECT_EQ(entries(chooser).size(), static_cast<qsizetype>(events.size()));
  QTest::keyClick(chooser, Qt::Key_Escape);
  EXPECT_TRUE(selection.eventId().isEmpty());
}

// The fixture dataset with 45 more events at one place, a day apart from 1 January 1945.
TEST(MapClustersLarge, ALargeClusterListsTheEventsNearestTheDayAndOffersToZoomIn) {
  const okhotsk::testing::TempDir folder;
  std::filesystem::copy(OKHOTSK_FIXTURES_DIR "/loader/valid", folder.path(),
                        std::filesystem::copy_options::recursive);
  {
    std::ofstream events(folder.path() / "events.csv", std::ios::app);
    for (int i = 0; i < 45; ++i) {
      const CivilDate date = gregorianFromDays(daysFromGregorian(1945, 1, 1) + i);
      char row[160];
      std::snprintf(row, sizeof row,
                    "C%d,%04d-%02d-%02d,trade,Crowded %d,,,,,,,146.0,44.0,,src_a,confirmed,\n", i,
                    static_cast<int>(date.year), date.month, date.day, i);
      events << row;
    }
  }
  AtlasDocument document;
  ASSERT_TRUE(document.open(QString::fromStdString(folder.path().string())));
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
  widget.resize(800, 600);
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  const Event* first = document.dataset()->event("C0");
  ASSERT_NE(first, nullptr);
  widget.setViewport(
      MapViewport(MapProjection::Region, QPointF(first->region.x, first->region.y), 1000.0, widget.size()));
  controller.setCurrentDay(daysFromGregorian(1945, 1, 10));
  widget.repaint();
  const QPointF at = widget.viewport().toScreen(first->region);
  ASSERT_GE(widget.renderer().eventsAt(at).size(), 45U);
  const double before = widget.viewport().metresPerPixel();
  clickAt(widget, at);
  QMenu* chooser = widget.eventChooser();
  ASSERT_NE(chooser, nullptr);
  QList<QAction*> rows;
  for (QAction* action : chooser->actions())
    if (!action->isSeparator()) rows << action;
  // Thirty events, those nearest 10 January (C0 to C29: within 20 days of it), then the zoom.
  ASSERT_EQ(rows.size(), 31);
  for (int i = 0; i < 30; ++i)
    EXPECT_TRUE(rows[i]->text().endsWith(QStringLiteral("Crowded %1").arg(i))) << i;
  EXPECT_TRUE(rows.back()->text().contains(QStringLiteral("Zoom in")));
  rows.back()->trigger();
  EXPECT_LT(widget.viewport().metresPerPixel(), before);
  EXPECT_TRUE(selection.eventId().isEmpty());
}

}  // namespace
