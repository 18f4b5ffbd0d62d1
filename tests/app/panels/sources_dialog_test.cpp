// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Data Sources: every source of the dataset in a list that scrolls inside a dialog that
// fits the screen, narrowed by a search over citations, addresses and ids.
#include "panels/sources_dialog.h"

#include "okhotsk/dataset.h"
#include "okhotsk/loader.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

class SourcesDialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    loaded = loadDataset(OKHOTSK_DATASET_SOURCE_DIR, LoadOptions{{}});
    ASSERT_TRUE(loaded.dataset);
    ASSERT_GT(loaded.dataset->sources().size(), 100U);
  }
  LoadResult loaded;
};

TEST_F(SourcesDialogTest, ListsEverySourceAndFitsTheScreenWithItsButtonVisible) {
  SourcesDialog dialog(loaded.dataset.get());
  dialog.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
  EXPECT_EQ(dialog.shownCount(), static_cast<int>(loaded.dataset->sources().size()));
  const QRect screen = dialog.screen()->availableGeometry();
  EXPECT_LE(dialog.frameGeometry().height(), screen.height());
  const auto* buttons = dialog.findChild<QDialogButtonBox*>();
  ASSERT_NE(buttons, nullptr);
  EXPECT_TRUE(buttons->isVisible());
  EXPECT_LE(buttons->mapTo(&dialog, QPoint(0, buttons->height())).y(), dialog.height());
  const auto* list = dialog.findChild<QTextBrowser*>(QStringLiteral("sources"));
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(
      list->toPlainText().contains(QString::fromStdString(loaded.dataset->sources().front().citation)));
}

TEST_F(SourcesDialogTest, TheSearchNarrowsTheListByCitationAddressOrId) {
  SourcesDialog dialog(loaded.dataset.get());
  const Source& first = loaded.dataset->sources().front();
  dialog.setFilter(QString::fromStdString(first.id));
  EXPECT_GE(dialog.shownCount(), 1);
  EXPECT_LT(dialog.shownCount(), static_cast<int>(loaded.dataset->sources().size()));
  dialog.setFilter(QStringLiteral("mofa.go.jp"));
  const int mofa = dialog.shownCount();
  EXPECT_GT(mofa, 0);
  int expected = 0;
  for (const Source& source : loaded.dataset->sources())
    for (const std::string& url : source.urls)
      if (url.find("mofa.go.jp") != std::string::npos ||
          source.citation.find("mofa.go.jp") != std::string::npos) {
        ++expected;
        break;
      }
  EXPECT_EQ(mofa, expected);
  dialog.setFilter(QStringLiteral("no source is called this"));
  EXPECT_EQ(dialog.shownCount(), 0);
  dialog.setFilter(QString());
  EXPECT_EQ(dialog.shownCount(), static_cast<int>(loaded.dataset->sources().size()));
}

TEST_F(SourcesDialogTest, WithoutADatasetShowsTheCreditsOnly) {
  SourcesDialog dialog(nullptr);
  EXPECT_EQ(dialog.shownCount(), 0);
  const auto* list = dialog.findChild<QTextBrowser*>(QStringLiteral("sources"));
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->toPlainText().contains(QStringLiteral("GSHHG")));
}

}  // namespace
}  // namespace okhotsk::app
