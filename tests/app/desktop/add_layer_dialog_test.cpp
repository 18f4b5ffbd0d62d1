// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Add Layer offscreen, with the file set programmatically: layers and fields listed,
// date and label fields guessed, the preview and the count of dated features, problems
// inline, OK only for a layer that can be read.
#include "desktop/add_layer_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace okhotsk::app {
namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
  QString path = dir.filePath(name);
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return {};
  file.write(text);
  return path;
}

bool okEnabled(const AddLayerDialog& dialog) {
  const auto* buttons = dialog.findChild<QDialogButtonBox*>();
  return buttons != nullptr && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

TEST(AddLayerDialogTest, GuessesFieldsAndPreviewsTheRows) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writeFile(dir, QStringLiteral("ports.csv"),
                                 "name,lon,lat,start,end\n"
                                 "Nemuro,145.58,43.33,1869,\n"
                                 "Korsakov,142.79,46.64,1905-09-05,1945-08-25\n"
                                 "Somewhere,146,44,,\n");
  AddLayerDialog dialog(0x12'34'56u);
  EXPECT_FALSE(okEnabled(dialog));
  dialog.setFilePath(path);
  const auto* start = dialog.findChild<QComboBox*>(QStringLiteral("start"));
  const auto* end = dialog.findChild<QComboBox*>(QStringLiteral("end"));
  const auto* label = dialog.findChild<QComboBox*>(QStringLiteral("label"));
  ASSERT_TRUE(start && end && label);
  EXPECT_EQ(start->currentData().toString(), QStringLiteral("start"));
  EXPECT_EQ(end->currentData().toString(), QStringLiteral("end"));
  EXPECT_EQ(label->currentData().toString(), QStringLiteral("name"));
  EXPECT_TRUE(okEnabled(dialog));
  EXPECT_TRUE(dialog.problemText().isEmpty()) << dialog.problemText().toStdString();
  EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Features: 3,")))
      << dialog.summaryText().toStdString();
  EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("with dates: 2")))
      << dialog.summaryText().toStdString();
  const auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
  ASSERT_NE(preview, nullptr);
  EXPECT_EQ(preview->rowCount(), 3);
  ASSERT_NE(preview->item(1, 0), nullptr);
  EXPECT_EQ(preview->item(1, 0)->text(), QStringLiteral("Korsakov"));

  const UserLayerSpec spec = dialog.spec();
  EXPECT_EQ(spec.path, path);
  EXPECT_EQ(spec.layer, QStringLiteral("ports"));
  EXPECT_EQ(spec.startField, QStringLiteral("start"));
  EXPECT_EQ(spec.labelField, QStringLiteral("name"));
  EXPECT_EQ(spec.colour, 0x12'34'56u);
  ASSERT_TRUE(dialog.data());
  EXPECT_EQ(dialog.data()->features.size(), 3U);

  // Without a start field nothing is dated.
  dialog.setStartField(QString());
  dialog.setEndField(QString());
  EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("with dates: 0")))
      << dialog.summaryText().toStdString();
  EXPECT_TRUE(dialog.spec().startField.isEmpty());
}

TEST(AddLayerDialogTest, BadDatesAreShownInlineNamingFeatureAndField) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                 "title,lon,lat,date\nA,145,43,1956-02-30\nB,145,43,1956-10-19\n");
  AddLayerDialog dialog(0xFF'00'00u);
  dialog.setFilePath(path);
  EXPECT_TRUE(okEnabled(dialog));  // the other features can be used
  const QString problems = dialog.problemText();
  EXPECT_TRUE(problems.contains(QStringLiteral("bad.csv"))) << problems.toStdString();
  EXPECT_TRUE(problems.contains(QStringLiteral("date"))) << problems.toStdString();
  EXPECT_TRUE(problems.contains(QStringLiteral("1956-02-30"))) << problems.toStdString();
  EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Features: 1,")))
      << dialog.summaryText().toStdString();
}

TEST(AddLayerDialogTest, AFileThatIsNotVectorDataDisablesOk) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writeFile(dir, QStringLiteral("notes.bin"), QByteArray("\x89\x01\x02 not a map\n"));
  AddLayerDialog dialog(0xFF'00'00u);
  dialog.setFilePath(path);
  EXPECT_FALSE(okEnabled(dialog));
  EXPECT_FALSE(dialog.canAccept());
  EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("notes.bin")))
      << dialog.problemText().toStdString();
  const auto* layer = dialog.findChild<QComboBox*>(QStringLiteral("layer"));
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(layer->count(), 0);
}

TEST(AddLayerDialogTest, ClosingAShownDialogIsSafe) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writeFile(dir, QStringLiteral("p.csv"), "name,lon,lat\nA,145,43\n");
  auto dialog = std::make_unique<AddLayerDialog>(0xFF'00'00u);
  dialog->setFilePath(path);
  dialog->show();
  QApplication::processEvents();
  EXPECT_TRUE(dialog->canAccept());
  dialog.reset();  // the focused file field, destroyed, must not call into the gone dialog
}

}  // namespace
}  // namespace okhotsk::app
