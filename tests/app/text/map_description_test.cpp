// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map in words for screen readers: every territory with both names and its state that day.
#include "text/map_description.h"

#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

DayNumber day(const char* iso) {
  return Edtf::parse(iso)->earliest();
}

TEST(MapDescription, NamesEveryTerritoryAndWhoAdministeredAndClaimedItThatDay) {
  const LoadResult loaded = loadDataset(OKHOTSK_DATASET_SOURCE_DIR, LoadOptions{{}});
  ASSERT_TRUE(loaded.dataset);
  const Dataset& dataset = *loaded.dataset;
  const QString before =
      mapDescription(dataset, day("1945-08-01"), Language::English, NamingOrder::JapaneseFirst);
  const QString after =
      mapDescription(dataset, day("1956-10-19"), Language::English, NamingOrder::JapaneseFirst);
  EXPECT_TRUE(before.startsWith(QStringLiteral("Map on 1 August 1945"))) << before.toStdString();
  for (const Territory& territory : dataset.territories()) {
    const QString name =
        QString::fromStdString(territory.names.shortLabel(Language::English, NamingOrder::JapaneseFirst));
    EXPECT_TRUE(after.contains(name)) << name.toStdString();
  }
  // Etorofu/Iturup: Japanese in 1945 before the Soviet invasion, administered by the USSR and
  // claimed by Japan in 1956.
  EXPECT_TRUE(before.contains(QStringLiteral("Etorofu / Iturup: administered by Japan")))
      << before.toStdString();
  EXPECT_TRUE(after.contains(QStringLiteral("Etorofu / Iturup: administered by USSR · claimed by Japan")))
      << after.toStdString();
  // The names follow the naming order and the language.
  const QString russianFirst =
      mapDescription(dataset, day("1956-10-19"), Language::Russian, NamingOrder::RussianFirst);
  EXPECT_TRUE(russianFirst.contains(QStringLiteral("Итуруп"))) << russianFirst.toStdString();
}

}  // namespace
}  // namespace okhotsk::app
