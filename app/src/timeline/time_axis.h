// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace okhotsk::app {

// The timeline's axis without a widget or a painter: which ticks a zoom gets, where they fall,
// what they say, and the mapping between days and horizontal coordinates.

/// The unit of a tick scale, which is also how far ←/→ step on the timeline.
enum class TickUnit { Day, Month, Year };

/// A tick scale: every `step` days (within a month), months or years.
struct TickScale {
  TickUnit unit;
  int step;
  double approximateDays;
};

/// All scales, finest first: 1, 2, 5, 10, 15 days; 1, 3, 6 months; 1 to 100 years.
[[nodiscard]] std::span<const TickScale> tickScales() noexcept;

/// Days of a month that carry a tick of a day scale. Steps restart each month so that the
/// 1st always has one; the last few days of long months stay empty rather than crowd it.
[[nodiscard]] bool isDayTick(int step, int dayOfMonth) noexcept;

/// True when every tick of `coarse` is also a tick of `fine`, so minor ticks never fall
/// beside a major one.
[[nodiscard]] bool scaleIncludes(const TickScale& fine, const TickScale& coarse) noexcept;

/// Calls f(day, date) for each tick of `scale` inside `range`, in order; allocates nothing.
template <typename F>
void forEachTick(const TickScale& scale, const DayRange& range, F&& f);

/// The widest label of each unit in the current font, measured by whoever has the font.
struct TickLabelWidths {
  double year = 0.0;   // "0000"
  double month = 0.0;  // the widest short month name of the language (at least `year`)
  double day = 0.0;    // "00"
};

/// The labelled scale for a zoom, an index into tickScales(), and the scale of its unlabelled
/// minor ticks (-1 for none).
struct ScaleChoice {
  std::size_t major = 0;
  std::ptrdiff_t minor = -1;
};

/// The finest scale whose labels keep apart at `pixelsPerDay` (the coarsest when none does),
/// and the finest scale of minor ticks at least 5 px apart whose ticks include the major ones.
/// `uiScale` is the logical DPI / 96.
[[nodiscard]] ScaleChoice chooseTickScales(double pixelsPerDay, const TickLabelWidths& widths,
                                           double uiScale) noexcept;

/// The label of a tick of `scale` on `date`; `boundary` when it starts a larger unit (a new
/// month on a day scale, a new year on a month scale), which the timeline draws bold.
struct TickLabel {
  QString text;
  bool boundary = false;
};
[[nodiscard]] TickLabel tickLabel(const TickScale& scale, const CivilDate& date, Language language);

/// "Aug" / "8月" / "авг." on its own (axis labels).
[[nodiscard]] QString monthShort(int month, Language language);
/// "Aug 1945" / "1945年8月" / "авг. 1945".
[[nodiscard]] QString monthAndYear(const CivilDate& date, Language language);
/// The year as the axis writes it.
[[nodiscard]] QString yearText(std::int64_t year);
/// "28 Aug 1945" / "1945年8月28日" / "28 авг. 1945" (the genitive short month, as in a date):
/// the handle's label.
[[nodiscard]] QString dayLabel(DayNumber day, Language language);

/// `day` moved by one `unit` in `direction` (+1 or -1); month and year steps keep to the
/// end of a shorter month (31 Jan → 28 Feb).
[[nodiscard]] DayNumber stepByUnit(DayNumber day, TickUnit unit, int direction) noexcept;

/// The mapping between the days of a visible range and the horizontal coordinates of an
/// axis from `left` to `right`: each day is a cell of equal width.
class TimeAxis {
 public:
  TimeAxis() = default;
  TimeAxis(DayRange range, double left, double right) noexcept
      : m_range(range), m_left(left), m_right(right) {}

  [[nodiscard]] DayRange range() const noexcept { return m_range; }
  [[nodiscard]] double left() const noexcept { return m_left; }
  [[nodiscard]] double right() const noexcept { return m_right; }
  [[nodiscard]] double pixelsPerDay() const noexcept;
  /// The left edge of a day's cell. Far-away days (open interval ends) are kept within a few
  /// widths of the axis so that painting stays exact.
  [[nodiscard]] double dayEdgeX(DayNumber day) const noexcept;
  /// The middle of a day's cell.
  [[nodiscard]] double xForDay(DayNumber day) const noexcept;
  /// The day whose cell holds `x` (not clamped to the range).
  [[nodiscard]] DayNumber dayAtX(double x) const noexcept;

  /// The range after zooming by `factor` (< 1 zooms in; at least 8 days) around `x`: the day
  /// under `x` (kept inside the axis) stays under it, without drifting a day per step.
  [[nodiscard]] DayRange zoomedAround(double x, double factor) const noexcept;
  /// The range moved by `dx` pixels (positive shows later days), in whole days.
  [[nodiscard]] DayRange pannedBy(double dx) const noexcept;

 private:
  DayRange m_range{0, 0};
  double m_left = 0.0;
  double m_right = 1.0;
};

// --- Template implementation -------------------------------------------------------------

template <typename F>
void forEachTick(const TickScale& scale, const DayRange& range, F&& f) {
  const CivilDate first = gregorianFromDays(range.first);
  switch (scale.unit) {
    case TickUnit::Year: {
      std::int64_t year = first.year + ((first.month == 1 && first.day == 1) ? 0 : 1);
      const std::int64_t remainder = ((year % scale.step) + scale.step) % scale.step;
      if (remainder != 0) year += scale.step - remainder;
      for (;; year += scale.step) {
        const DayNumber day = daysFromGregorian(year, 1, 1);
        if (day > range.last) break;
        f(day, CivilDate{year, 1, 1});
      }
      break;
    }
    case TickUnit::Month: {
      std::int64_t year = first.year;
      int month = first.month;
      if (first.day != 1) ++month;
      for (;; ++month) {
        if (month > 12) {
          month = 1;
          ++year;
        }
        const DayNumber day = daysFromGregorian(year, month, 1);
        if (day > range.last) break;
        if ((month - 1) % scale.step == 0) f(day, CivilDate{year, month, 1});
      }
      break;
    }
    case TickUnit::Day: {
      CivilDate date = first;
      for (DayNumber day = range.first; day <= range.last; ++day) {
        if (isDayTick(scale.step, date.day)) f(day, date);
        if (++date.day > daysInGregorianMonth(date.year, date.month)) {
          date.day = 1;
          if (++date.month > 12) {
            date.month = 1;
            ++date.year;
          }
        }
      }
      break;
    }
  }
}

}  // namespace okhotsk::app
