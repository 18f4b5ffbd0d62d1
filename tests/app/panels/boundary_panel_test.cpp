// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A selected boundary in the territory panel: name, dates, basis and sources, in the
// display language as the dataset gives them.
#include "panels/territory_panel.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"

#include <QTableView>

#include <gtest/gtest.h>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

TEST(BoundaryPanel, ShowsNameDatesBasisAndSources) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  TerritoryPanel panel(controller, document, settings, selection);
  selection.selectTerritory(QStringLiteral("alpha"));
  ASSERT_FALSE(panel.titleText().isEmpty());
  selection.selectBoundary(QStringLiteral("line50"));
  EXPECT_EQ(panel.boundaryId(), QStringLiteral("line50"));
  EXPECT_EQ(panel.titleText(), QStringLiteral("Fixture parallel"));
  const QString state = panel.stateText();
  EXPECT_TRUE(state.contains(QStringLiteral("1905"))) << state.toStdString();
  EXPECT_TRUE(state.contains(QStringLiteral("1945"))) << state.toStdString();
  EXPECT_TRUE(state.contains(QStringLiteral("Basis: Fixture"))) << state.toStdString();
  EXPECT_TRUE(state.contains(QStringLiteral("Fixture war"))) << state.toStdString();  // basis event E4
  const QString sources = panel.areaText();
  EXPECT_TRUE(sources.contains(QStringLiteral("Example Ministry, Fixture page A"))) << sources.toStdString();
  EXPECT_TRUE(panel.historyView()->isHidden());
  // Back to a territory: its page again, with its history.
  selection.selectTerritory(QStringLiteral("alpha"));
  EXPECT_NE(panel.titleText(), QStringLiteral("Fixture parallel"));
  EXPECT_FALSE(panel.historyView()->isHidden());
}

TEST(BoundaryPanel, SpeaksTheDatasetsLanguages) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR)));
  const Dataset* dataset = document.dataset();
  ASSERT_NE(dataset, nullptr);
  const Boundary* line = nullptr;
  for (const Boundary& b : dataset->boundaries())
    if (b.id == "sakhalin_50n") line = &b;
  ASSERT_NE(line, nullptr);
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  TerritoryPanel panel(controller, document, settings, selection);
  selection.selectBoundary(QStringLiteral("sakhalin_50n"));
  for (Language language : {Language::English, Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    EXPECT_EQ(panel.titleText(), QString::fromStdString(line->name.get(language)));
    EXPECT_TRUE(panel.stateText().contains(QString::fromStdString(line->basis.get(language))));
  }
  EXPECT_FALSE(line->name.ja.empty());
  EXPECT_FALSE(line->name.ru.empty());
}

}  // namespace
