// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset opens whole or not at all: AtlasDocument refuses one whose load found errors and
// keeps the dataset that was open, unless asked to open what is valid; warnings never refuse.
#include "session/atlas_document.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

const QString kValid = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

// Copies the valid fixture into `target` and then the files of `overlay` over it.
void copyFixture(const QString& target, const QString& overlay = {}) {
  for (const QString& folder : {kValid, overlay}) {
    if (folder.isEmpty()) continue;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files)) {
      if (name == QLatin1String("expected_diagnostics.txt")) continue;
      QFile::remove(target + QLatin1Char('/') + name);
      ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
    }
  }
}

class AtlasDocumentOpenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(folder.isValid());
    ASSERT_TRUE(document.open(kValid));
  }

  // The valid fixture with four impossible event dates over it (errors) and an unknown source.
  QString brokenFolder() {
    copyFixture(folder.path(), QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/broken/bad_dates"));
    return folder.path();
  }

  QTemporaryDir folder;
  AtlasDocument document;
};

TEST_F(AtlasDocumentOpenTest, ADatasetWithErrorsIsRefusedAndTheOpenOneStays) {
  const Dataset* before = document.dataset();
  const std::size_t events = before->events().size();
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  const QString broken = brokenFolder();

  EXPECT_FALSE(document.open(broken));

  EXPECT_EQ(changed.count(), 0);
  EXPECT_EQ(document.dataset(), before);
  EXPECT_EQ(document.dataset()->events().size(), events);
  EXPECT_EQ(document.path(), kValid);
  EXPECT_FALSE(document.diagnostics().hasErrors());  // still those of the dataset shown
  const AtlasDocument::Failure& failure = document.failure();
  EXPECT_TRUE(failure.refused);
  EXPECT_EQ(failure.path, broken);
  EXPECT_EQ(failure.diagnostics.errorCount(), 4U);
  for (const Diagnostic& diagnostic : failure.diagnostics.items())
    EXPECT_FALSE(diagnostic.file.empty()) << diagnostic.toString();
}

TEST_F(AtlasDocumentOpenTest, WhatIsValidOpensOnlyWhenAskedFor) {
  QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
  const QString broken = brokenFolder();
  ASSERT_FALSE(document.open(broken));

  ASSERT_TRUE(document.open(broken, OpenPolicy::WhatIsValid));

  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(document.path(), broken);
  EXPECT_EQ(document.diagnostics().errorCount(), 4U);
  EXPECT_TRUE(document.failure().path.isEmpty());
  // The four events with impossible dates are left out; the fine one is there.
  ASSERT_EQ(document.dataset()->events().size(), 1U);
  EXPECT_EQ(document.dataset()->events().front().id, "E5");
}

TEST_F(AtlasDocumentOpenTest, WarningsNeverRefuse) {
  copyFixture(folder.path());
  QFile events(folder.filePath(QStringLiteral("events.csv")));
  ASSERT_TRUE(events.open(QIODevice::Append));
  events.write(
      "E9,1960,diplomacy,Unknown source,,,Cites a source the dataset lacks.,,,,,,,src_nowhere,"
      "confirmed,\n");
  events.close();

  ASSERT_TRUE(document.open(folder.path()));

  EXPECT_EQ(document.path(), folder.path());
  EXPECT_EQ(document.diagnostics().errorCount(), 0U);
  EXPECT_GT(document.diagnostics().warningCount(), 0U);
}

// An empty folder reads as a dataset without any layer: refused for the missing layers (the
// issue's blank map that still credited GSHHG). A path that does not exist is no refusal:
// nothing could be read, and asking for what is valid changes nothing.
TEST_F(AtlasDocumentOpenTest, AnEmptyFolderIsRefusedAndAMissingPathCannotBeOpened) {
  EXPECT_FALSE(document.open(folder.path()));
  EXPECT_TRUE(document.failure().refused);
  EXPECT_GE(document.failure().diagnostics.errorCount(), 1U);

  const QString missing = folder.filePath(QStringLiteral("no-such-dataset"));
  EXPECT_FALSE(document.open(missing));
  EXPECT_FALSE(document.failure().refused);
  EXPECT_EQ(document.failure().path, missing);
  EXPECT_TRUE(document.failure().diagnostics.hasErrors());
  EXPECT_FALSE(document.open(missing, OpenPolicy::WhatIsValid));
  EXPECT_EQ(document.path(), kValid);
}

}  // namespace
}  // namespace okhotsk::app
