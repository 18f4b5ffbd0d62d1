// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test suite that opens the embedded dataset (with its coastlines) once for all its tests,
// with display settings in English at the start of each test.

#include "session/atlas_document.h"
#include "session/display_settings.h"

#include "okhotsk/language.h"

#include <gtest/gtest.h>

namespace okhotsk::test {

class EmbeddedDocumentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    document = new app::AtlasDocument;
    if (document->openEmbedded()) document->waitForCoastlines();
    settings = new app::DisplaySettings;
  }
  static void TearDownTestSuite() {
    delete settings;
    delete document;
    settings = nullptr;
    document = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(document->dataset(), nullptr) << "the embedded dataset did not open";
    settings->setLanguage(Language::English);
  }

  static inline app::AtlasDocument* document = nullptr;
  static inline app::DisplaySettings* settings = nullptr;
};

}  // namespace okhotsk::test
