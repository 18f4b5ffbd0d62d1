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
#include <optional>
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
/// date a dot. Far-away ends are clipped a mark beyond the axis. Fills `marks` (cleared first)
/// and returns how many of them had no row with room (they overlap another mark).
std::size_t packEventMarks(std::span<const Event> events, std::span<const std::size_t> indices,
                           const TimeAxis& axis, const TimelineLayout& layout, std::vector<EventMark>& marks);

/// How many point marks the event lane holds side by side without overlapping: rows times
/// the marks (with their 2 px gap) that fit along the axis.
[[nodiscard]] double eventLaneCapacity(const TimelineLayout& layout) noexcept;

/// Whether the events of the view are drawn as density rather than marks: when more of their
/// marks would lie on another (`overlapping` from packEventMarks) than the lane could show side
/// by side at all. A small dataset keeps its marks even where a few cluster.
[[nodiscard]] bool drawsDensity(std::size_t overlapping, const TimelineLayout& layout) noexcept;

/// The events of a visible range counted per category in bins of whole days, for the
/// timeline's density view where marks do not fit: one row of bars per category across the
/// event lane, each bar as high as its count allows. Each event counts once, in the bin of
/// the middle of its days within the range (an imprecise or long date counts where most of
/// it lies in view). Rebuilt once per visible range, in O(events in view + bins).
class EventDensity {
 public:
  /// Counts the events `indices` (overlapping the axis's range, in any order) into bins of
  /// whole days at least `minBinWidth` px wide, the first starting at the range's first day.
  void rebuild(std::span<const Event> events, std::span<const std::size_t> indices, const TimeAxis& axis,
               double minBinWidth);
  /// No bins: the view shows marks.
  void clear() noexcept;
  [[nodiscard]] bool empty() const noexcept { return m_bins == 0; }

  [[nodiscard]] int binCount() const noexcept { return m_bins; }
  [[nodiscard]] DayNumber daysPerBin() const noexcept { return m_daysPerBin; }
  /// The days of a bin (the last bin ends with the range).
  [[nodiscard]] DayRange binDays(int bin) const noexcept;
  /// The horizontal extent of a bin on the axis.
  [[nodiscard]] double binLeft(int bin) const noexcept;
  [[nodiscard]] double binRight(int bin) const noexcept;
  /// The bin under `x`, or -1 outside the axis.
  [[nodiscard]] int binAtX(double x) const noexcept;
  [[nodiscard]] int count(EventCategory category, int bin) const noexcept;
  /// The largest count of any bin, which the bars are scaled to.
  [[nodiscard]] int maxCount() const noexcept { return m_maxCount; }
  /// All the events counted: those of the view.
  [[nodiscard]] std::size_t total() const noexcept { return m_total; }

  /// The row of the event lane that a category's bars stand in.
  [[nodiscard]] static QRectF categoryRow(const TimelineLayout& layout, EventCategory category) noexcept;
  /// The category whose row holds `y`, if any.
  [[nodiscard]] static std::optional<EventCategory> categoryAtY(const TimelineLayout& layout,
                                                                double y) noexcept;
  /// The bar of a bin in its category's row, standing on the row's foot; its height grows with
  /// the logarithm of the count, and one event still gets a third of the row. Empty for none.
  [[nodiscard]] QRectF barRect(const TimelineLayout& layout, EventCategory category, int bin) const noexcept;

 private:
  TimeAxis m_axis;
  DayNumber m_daysPerBin = 1;
  int m_bins = 0;
  std::vector<int> m_counts;  // category-major: [category * m_bins + bin]
  int m_maxCount = 0;
  std::size_t m_total = 0;
};

}  // namespace okhotsk::app
