// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An index of events' date ranges answering "which events overlap these days?" for
// Dataset::eventsIn. Private to core/src.

#include "okhotsk/model.h"

#include <cstddef>
#include <vector>

namespace okhotsk {

// Implicit augmented interval tree over events sorted by first day (after Heng Li's cgranges):
// node i of level k has its subtree's maximum end in maxEnd[i]. Ends are exclusive here.
class EventIntervalIndex {
 public:
  /// Indexes `events`, which are sorted by first day.
  void build(const std::vector<Event>& events);

  // Appends to `out`, in index (date) order, every interval overlapping [first, last].
  void query(DayNumber first, DayNumber last, std::vector<std::size_t>& out) const;

 private:
  std::vector<DayNumber> m_start;
  std::vector<DayNumber> m_end;
  std::vector<DayNumber> m_maxEnd;
  int m_maxLevel = -1;
};

}  // namespace okhotsk
