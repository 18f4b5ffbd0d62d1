// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostics: one line per problem naming file, layer, feature and field, and the whole
// list as text.

#include "okhotsk/diagnostics.h"

#include <gtest/gtest.h>

#include <string>

namespace okhotsk {
namespace {

TEST(DiagnosticTest, ALineNamesOnlyWhatIsKnown) {
  EXPECT_EQ((Diagnostic{Severity::Error, "events.csv", "events", "E013", "date", "day 30 does not exist"})
                .toString(),
            "events.csv: error: layer events, feature E013, field date: day 30 does not exist");
  EXPECT_EQ((Diagnostic{Severity::Warning, "t.fgb", "territories", "", "geometry", "no CRS"}).toString(),
            "t.fgb: warning: layer territories, field geometry: no CRS");
  EXPECT_EQ((Diagnostic{Severity::Info, "a.gpkg", "", "", "", "opened"}).toString(), "a.gpkg: info: opened");
  EXPECT_EQ((Diagnostic{Severity::Error, "", "", "", "", "not found"}).toString(),
            "(dataset): error: not found");
}

TEST(DiagnosticsTest, CountsBySeverity) {
  Diagnostics diagnostics;
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_FALSE(diagnostics.hasErrors());
  diagnostics.warning("a.csv", "events", "E1", "summary_en", "the event has no summary");
  EXPECT_FALSE(diagnostics.hasErrors());
  diagnostics.error("a.csv", "events", "E2", "date", "required date is empty");
  diagnostics.add({Severity::Info, "a.csv", "", "", "", "note"});
  EXPECT_EQ(diagnostics.size(), 3U);
  EXPECT_EQ(diagnostics.errorCount(), 1U);
  EXPECT_EQ(diagnostics.warningCount(), 1U);
  EXPECT_TRUE(diagnostics.hasErrors());
}

TEST(DiagnosticsTest, TextIsEveryLineInOrderEachEndingInANewline) {
  Diagnostics diagnostics;
  EXPECT_EQ(diagnostics.toText(), "");
  diagnostics.error("events.csv", "events", "E1", "date", "'1956-13' is not a valid EDTF date");
  EXPECT_EQ(diagnostics.toText(),
            "events.csv: error: layer events, feature E1, field date: '1956-13' is not a valid EDTF date\n");
  diagnostics.warning("places.csv", "places", "#3", "", "rows give different points");
  Diagnostics more;
  more.error("", "", "", "", "the embedded dataset was not found");
  diagnostics.append(more);
  EXPECT_EQ(diagnostics.toText(),
            "events.csv: error: layer events, feature E1, field date: '1956-13' is not a valid EDTF date\n"
            "places.csv: warning: layer places, feature #3: rows give different points\n"
            "(dataset): error: the embedded dataset was not found\n");
}

}  // namespace
}  // namespace okhotsk
