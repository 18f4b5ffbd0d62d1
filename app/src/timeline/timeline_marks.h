// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/time_axis.h"
#include "timeline/timeline_layout.h"

#include "okhotsk/edtf.h"
#include "okhotsk/model.h"

#include <QRectF>

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

namespace okhotsk::app {

/// The start of a control period on the timeline's control lane: a day, or the days an
/// imprecise start may denote.
struct ControlMark {
  DayRange days;
  bool imprecise = false;
};

/// The starts of a dataset's control periods, sorted by first day, one mark per distinct
/// span of days (several territories change hands on the same day of a treaty: one tick).
class ControlMarks {
 public:
  /// Rebuilt from the periods of a dataset (open or unknown starts have no mark).
  void rebuild(std::span<const ControlPeriod> periods);
  [[nodiscard]] std::span<const ControlMark> all() const noexcept { return m_marks; }

  /// Calls f(mark) for each mark overlapping `range`, in order, without looking at the
  /// marks far outside it.
  template <typename F>
  void forEachIn(const DayRange& range, F&& f) const {
    // Sorted by first day; none is longer than m_longest.
    auto it = std::lower_bound(m_marks.begin(), m_marks.end(), range.first - m_longest,
                               [](const ControlMark& mark, DayNumber day) { return mark.days.first < day; });
    for (; it != m_marks.end() && it->days.first <= range.last; ++it)
      if (it->days.overlaps(range)) f(*it);
  }

 private:
  std::vector<ControlMark> m_marks;
  DayNumber m_longest = 0;
};

/// One event's mark on the event lane, placed: its rectangle, and how it is drawn.
struct EventMark {
  QRectF rect;
  std::size_t eventIndex = 0;  // into the dataset's events()
  EventCategory category = EventCategory::Diplomacy;
  bool soft = false;         // the date is imprecise or uncertain: dashed, pale
  bool interval = false;     // the date is an interval
  bool span = false;         // drawn as the days it covers (wide enough at this zoom)
  bool unconfirmed = false;  // hollow

  /// A dot: clicking it goes to its day.
  [[nodiscard]] bool pointLike() const noexcept { return !span && !interval; }
};

/// Places the marks of `indices` (events in date order) on the layout's event lane for the
/// axis. Rows are packed greedily in date order: each mark goes to the first row where it
/// keeps 2 px (scaled) from the previous mark; when every row is full it overlaps the row
/// that frees first. An imprecise date or an interval spans its days when that is at least
/// one and a half marks wide; an interval too short for that is a short capsule, any other
/// date a dot. Far-away ends are clipped a mark beyond the axis. Fills `marks` (cleared first).
void packEventMarks(std::span<const Event> events, std::span<const std::size_t> indices, const TimeAxis& axis,
                    const TimelineLayout& layout, std::vector<EventMark>& marks);

}  // namespace okhotsk::app
