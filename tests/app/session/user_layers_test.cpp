// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own layers: added, shown/hidden and removed with a signal each time, remembered in
// the settings and read again by a new instance; a file gone since is reported once.
#include "session/user_layers.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

QString writePoints(const QTemporaryDir& dir, const QString& name) {
  QString path = dir.filePath(name);
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return {};
  file.write(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"title":"Nemuro","from":"1869","to":"1900"},
  "geometry":{"type":"Point","coordinates":[145.58,43.33]}},
 {"type":"Feature","properties":{"title":"Always","from":null,"to":null},
  "geometry":{"type":"Point","coordinates":[146.0,44.0]}}]})");
  return path;
}

UserLayerSpec pointsSpec(const QString& path) {
  UserLayerSpec spec;
  spec.path = path;
  spec.startField = QStringLiteral("from");
  spec.endField = QStringLiteral("to");
  spec.labelField = QStringLiteral("title");
  spec.colour = 0x11'22'33u;
  return spec;
}

TEST(UserLayersTest, AddToggleRemoveSignalEachChange) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  UserLayers layers;
  QSignalSpy changed(&layers, &UserLayers::changed);
  QString problems;
  ASSERT_TRUE(layers.add(pointsSpec(writePoints(dir, QStringLiteral("ports.geojson"))), &problems))
      << problems.toStdString();
  ASSERT_EQ(layers.count(), 1);
  EXPECT_EQ(layers.at(0).data->features.size(), 2U);
  EXPECT_EQ(layers.at(0).data->datedCount(), 1U);
  EXPECT_EQ(layers.at(0).spec.layer, QStringLiteral("ports"));
  EXPECT_EQ(layers.at(0).spec.displayName(), QStringLiteral("ports.geojson"));
  EXPECT_EQ(changed.count(), 1);
  EXPECT_TRUE(layers.setShown(0, false));
  EXPECT_FALSE(layers.at(0).spec.shown);
  EXPECT_EQ(changed.count(), 2);
  EXPECT_TRUE(layers.setShown(0, false));  // no change, no signal
  EXPECT_EQ(changed.count(), 2);
  EXPECT_FALSE(layers.setShown(3, true));
  EXPECT_TRUE(layers.remove(0));
  EXPECT_EQ(layers.count(), 0);
  EXPECT_EQ(changed.count(), 3);
  EXPECT_FALSE(layers.remove(0));
}

TEST(UserLayersTest, AFileThatCannotBeReadIsNotAdded) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  UserLayers layers;
  QSignalSpy changed(&layers, &UserLayers::changed);
  QString problems;
  EXPECT_FALSE(layers.add(pointsSpec(dir.filePath(QStringLiteral("none.geojson"))), &problems));
  EXPECT_TRUE(problems.contains(QStringLiteral("none.geojson"))) << problems.toStdString();
  EXPECT_EQ(layers.count(), 0);
  EXPECT_EQ(changed.count(), 0);
}

TEST(UserLayersTest, RestoredByANewInstanceAndAMissingFileReportedOnce) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
  const QString kept = writePoints(dir, QStringLiteral("kept.geojson"));
  const QString gone = writePoints(dir, QStringLiteral("gone.geojson"));
  {
    UserLayers layers;
    ASSERT_TRUE(layers.add(pointsSpec(kept)));
    UserLayerSpec second = pointsSpec(gone);
    second.colour = 0xAA'BB'CCu;
    second.shown = false;
    ASSERT_TRUE(layers.add(second));
    QSettings settings(settingsFile, QSettings::IniFormat);
    layers.save(settings);
  }
  ASSERT_TRUE(QFile::remove(gone));
  {
    QSettings settings(settingsFile, QSettings::IniFormat);
    UserLayers restored;
    QSignalSpy changed(&restored, &UserLayers::changed);
    const QStringList problems = restored.restore(settings);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(gone)) << problems[0].toStdString();
    ASSERT_EQ(restored.count(), 1);
    EXPECT_EQ(restored.at(0).spec, [&] {
      UserLayerSpec spec = pointsSpec(kept);
      spec.layer = QStringLiteral("kept");
      return spec;
    }());
    ASSERT_TRUE(restored.at(0).data);
    EXPECT_EQ(restored.at(0).data->features.size(), 2U);
    restored.save(settings);
  }
  QSettings settings(settingsFile, QSettings::IniFormat);
  UserLayers again;
  EXPECT_TRUE(again.restore(settings).isEmpty());  // reported once only
  EXPECT_EQ(again.count(), 1);
}

TEST(UserLayersTest, NextColourDiffersFromTheLast) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  UserLayers layers;
  const quint32 first = layers.nextColour();
  UserLayerSpec spec = pointsSpec(writePoints(dir, QStringLiteral("a.geojson")));
  spec.colour = first;
  ASSERT_TRUE(layers.add(spec));
  EXPECT_NE(layers.nextColour(), first);
}

}  // namespace
}  // namespace okhotsk::app
