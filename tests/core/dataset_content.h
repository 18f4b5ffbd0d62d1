// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dataset content built in code for the dataset tests: three territories, four states, one
// source, and helpers that make periods, events and trade figures from short texts.

#include "okhotsk/dataset.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace okhotsk::testdata {

inline Edtf edtf(const char* text) {
  EdtfError error;
  auto parsed = Edtf::parse(text, &error);
  if (!parsed) ADD_FAILURE() << text << ": " << error.message();
  return parsed.value_or(Edtf{});
}

inline DayNumber day(int y, int m, int d) {
  return daysFromGregorian(y, m, d);
}

inline ControlPeriod period(const char* id, const char* territory, const char* interval,
                            std::vector<std::string> administered, std::vector<std::string> claimed,
                            ControlKind kind = ControlKind::Sovereignty) {
  ControlPeriod p;
  p.id = id;
  p.territoryId = territory;
  p.interval = edtf(interval);
  p.administeredBy = std::move(administered);
  p.claimedBy = std::move(claimed);
  p.kind = kind;
  p.sourceIds = {"s"};
  p.basis.en = "test";
  return p;
}

inline Event event(const char* id, const char* date, EventCategory category = EventCategory::Diplomacy) {
  Event e;
  e.id = id;
  e.date = edtf(date);
  e.title.en = id;
  e.category = category;
  e.sourceIds = {"s"};
  return e;
}

inline DatasetContent baseContent() {
  DatasetContent content;
  content.origin = "test";
  content.sources.push_back({"s", "Test source", {"https://example.org"}});
  for (const char* id : {"japan", "russian_empire", "ussr", "russian_federation"})
    content.states.push_back({id, {id, "", ""}});
  for (const char* id : {"etorofu", "habomai", "sakhalin"}) {
    Territory t;
    t.id = id;
    t.names.japaneseRomaji = id;
    content.territories.push_back(std::move(t));
  }
  return content;
}

inline std::unique_ptr<Dataset> build(DatasetContent content, Diagnostics& diagnostics) {
  return Dataset::build(std::move(content), diagnostics);
}

inline TradeObservation observation(const char* id, const char* source, TradeFlow flow, int year,
                                    double value) {
  TradeObservation o;
  o.id = id;
  o.sourceId = source;
  o.flow = flow;
  o.year = year;
  o.value = value;
  o.unit = "USD_million_current";
  o.partnerStateId = "ussr";
  return o;
}

}  // namespace okhotsk::testdata
