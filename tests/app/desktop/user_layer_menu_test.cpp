// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Layers menu (name ▸ Show / Remove) and the window's wiring of the user's layers: File →
// Add Layer, the map's tooltip over a user feature, the timeline's marks, and the layers kept
// in the settings by saveSettings() and brought back by restoreSettings() of a new window.
#include "desktop/user_layer_menu.h"

#include "desktop/atlas_window.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "session/user_layers.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/projection.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace okhotsk::app {
namespace {

QString writePoints(const QTemporaryDir& dir) {
  QString path = dir.filePath(QStringLiteral("ports.geojson"));
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return {};
  file.write(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"title":"Nemuro port","from":"1869","to":"2100"},
  "geometry":{"type":"Point","coordinates":[145.58,43.33]}}]})");
  return path;
}

UserLayerSpec pointsSpec(const QString& path) {
  UserLayerSpec spec;
  spec.path = path;
  spec.startField = QStringLiteral("from");
  spec.endField = QStringLiteral("to");
  spec.labelField = QStringLiteral("title");
  return spec;
}

QMenu* submenu(const QMenu& menu, const QString& title) {
  for (QAction* action : menu.actions())
    if (action->menu() != nullptr && action->text() == title) return action->menu();
  return nullptr;
}

QAction* entry(const QMenu& menu, const QString& text) {
  for (QAction* action : menu.actions())
    if (action->text().remove(QLatin1Char('&')) == text) return action;
  return nullptr;
}

TEST(UserLayerMenuTest, ListsLayersAndShowsHidesAndRemovesThem) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  UserLayers layers;
  QAction add(QStringLiteral("Add Layer…"));
  UserLayerMenu menu(layers, &add);
  EXPECT_TRUE(menu.actions().contains(&add));
  ASSERT_NE(entry(menu, QStringLiteral("No layers added")), nullptr);
  EXPECT_FALSE(entry(menu, QStringLiteral("No layers added"))->isEnabled());

  ASSERT_TRUE(layers.add(pointsSpec(writePoints(dir))));
  QMenu* layer = submenu(menu, QStringLiteral("ports.geojson"));
  ASSERT_NE(layer, nullptr);
  QAction* show = entry(*layer, QStringLiteral("Show"));
  ASSERT_NE(show, nullptr);
  EXPECT_TRUE(show->isChecked());
  show->trigger();  // unchecks
  QApplication::processEvents();
  EXPECT_FALSE(layers.at(0).spec.shown);
  layer = submenu(menu, QStringLiteral("ports.geojson"));
  ASSERT_NE(layer, nullptr);
  EXPECT_FALSE(entry(*layer, QStringLiteral("Show"))->isChecked());
  entry(*layer, QStringLiteral("Remove"))->trigger();
  QApplication::processEvents();
  EXPECT_EQ(layers.count(), 0);
  EXPECT_EQ(submenu(menu, QStringLiteral("ports.geojson")), nullptr);
}

class UserLayerWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);  // settings are the tests', not the user's
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(session.document.openEmbedded());
    window = std::make_unique<AtlasWindow>(session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
  }

  QTemporaryDir dir;
  AtlasSession session;
  std::unique_ptr<AtlasWindow> window;
};

TEST_F(UserLayerWindowTest, FileMenuAndLayersMenuAreThere) {
  bool addLayer = false;
  bool layersMenu = false;
  for (QAction* action : window->menuBar()->actions()) {
    if (action->menu() == nullptr) continue;
    if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Layers")) layersMenu = true;
    if (entry(*action->menu(), QStringLiteral("Add Layer…")) != nullptr) addLayer = true;
  }
  EXPECT_TRUE(addLayer);
  EXPECT_TRUE(layersMenu);
}

TEST_F(UserLayerWindowTest, TheMapAndTheTimelineShowTheWindowsLayers) {
  ASSERT_NE(window->userLayers(), nullptr);
  ASSERT_TRUE(window->userLayers()->add(pointsSpec(writePoints(dir))));
  session.controller.jumpTo(QStringLiteral("1945-09-01"));
  MapWidget* map = window->mapWidget();
  ASSERT_TRUE(map->showView(QStringLiteral("144,42,147,45")));
  QApplication::processEvents();
  (void)map->grab();  // a frame drawn
  const Projector projector(map->viewport().projection());
  const std::optional<Vec2> nemuro = projector.forward(GeoPoint{145.58, 43.33});
  ASSERT_TRUE(nemuro);
  const QString text = map->userFeatureText(map->viewport().toScreen(*nemuro));
  EXPECT_TRUE(text.contains(QStringLiteral("Nemuro port"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("from: 1869"))) << text.toStdString();
  EXPECT_TRUE(map->userFeatureText(QPointF(2, 2)).isEmpty());

  (void)window->timelineWidget()->grab();
  EXPECT_FALSE(window->timelineWidget()->userMarks().empty());
}

TEST_F(UserLayerWindowTest, LayersAreSavedAndRestoredByTheNextWindow) {
  ASSERT_TRUE(window->userLayers()->add(pointsSpec(writePoints(dir))));
  window->saveSettings();
  AtlasSession next;
  ASSERT_TRUE(next.document.openEmbedded());
  AtlasWindow restored(next);
  EXPECT_EQ(restored.userLayers()->count(), 0);
  restored.restoreSettings();
  ASSERT_EQ(restored.userLayers()->count(), 1);
  EXPECT_EQ(restored.userLayers()->at(0).spec.path, window->userLayers()->at(0).spec.path);
  // Leave no layer behind for the other tests.
  window->userLayers()->remove(0);
  window->saveSettings();
}

}  // namespace
}  // namespace okhotsk::app
