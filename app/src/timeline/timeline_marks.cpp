// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_marks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace okhotsk::app {

void ControlMarks::rebuild(std::span<const ControlPeriod> periods) {
  m_marks.clear();
  m_longest = 0;
  for (const ControlPeriod& period : periods) {
    const EdtfEndpoint& start = period.interval.start();
    if (start.kind != EndpointKind::Date) continue;
    const EdtfDate& date = start.date;
    const bool imprecise = date.precision() != Precision::Day || date.qualifiers().any();
    m_marks.push_back({date.range(), imprecise});
  }
  std::sort(m_marks.begin(), m_marks.end(), [](const ControlMark& a, const ControlMark& b) {
    return a.days.first != b.days.first ? a.days.first < b.days.first : a.days.last < b.days.last;
  });
  m_marks.erase(std::unique(m_marks.begin(), m_marks.end(),
                            [](const ControlMark& a, const ControlMark& b) { return a.days == b.days; }),
                m_marks.end());
  for (const ControlMark& mark : m_marks) m_longest = std::max(m_longest, mark.days.last - mark.days.first);
}

namespace {

// The row for a mark starting at `left`: the first with room, else the one that frees first
// (`overlaps` set).
int chooseRow(const std::array<double, kMaxMarkRows>& rowEnd, int rows, double left, double gap,
              bool& overlaps) {
  int row = 0;
  overlaps = false;
  for (int r = 0; r < rows; ++r) {
    if (rowEnd[static_cast<std::size_t>(r)] + gap <= left) return r;
    if (rowEnd[static_cast<std::size_t>(r)] < rowEnd[static_cast<std::size_t>(row)]) row = r;
  }
  overlaps = true;
  return row;
}

}  // namespace

std::size_t packEventMarks(std::span<const Event> events, std::span<const std::size_t> indices,
                           const TimeAxis& axis, const TimelineLayout& layout,
                           std::vector<EventMark>& marks) {
  marks.clear();
  std::size_t overlapping = 0;
  const TimelineLayout& l = layout;
  std::array<double, kMaxMarkRows> rowEnd;
  rowEnd.fill(-1e9);
  const double gap = 2.0 * l.scale;
  const double size = l.markSize;
  const double rowsHeight = l.rows * l.rowPitch - (l.rowPitch - size);
  const double top = l.eventLane.top() + std::max(0.0, (l.eventLane.height() - rowsHeight) / 2.0);
  const double clipLeft = l.left - size;
  const double clipRight = l.right + size;

  for (std::size_t index : indices) {
    const Event& event = events[index];
    const double x0 = std::max(clipLeft, axis.dayEdgeX(event.date.earliest()));
    const double x1 = std::min(clipRight, axis.dayEdgeX(event.date.latest() + 1));
    EventMark mark;
    mark.eventIndex = index;
    mark.category = event.category;
    mark.soft = event.date.isImprecise();
    mark.interval = event.date.isInterval();
    mark.span = (mark.interval || mark.soft) && x1 - x0 >= size * 1.5;
    mark.unconfirmed = event.confidence == Confidence::Unconfirmed;
    const double centre = (x0 + x1) / 2.0;
    // An interval too short to show at this zoom still reads as one: a short capsule.
    const double half = (mark.interval && !mark.span ? size * 0.8 : size / 2.0);
    const double left = mark.span ? x0 : centre - half;
    const double right = mark.span ? x1 : centre + half;

    bool overlaps = false;
    const int row = chooseRow(rowEnd, l.rows, left, gap, overlaps);
    if (overlaps) ++overlapping;
    rowEnd[static_cast<std::size_t>(row)] = std::max(rowEnd[static_cast<std::size_t>(row)], right);
    mark.rect = QRectF(left, top + row * l.rowPitch, right - left, size);
    marks.push_back(mark);
  }
  return overlapping;
}

double eventLaneCapacity(const TimelineLayout& layout) noexcept {
  const double pitch = layout.markSize + 2.0 * layout.scale;
  return layout.rows * std::max(1.0, (layout.right - layout.left) / pitch);
}

bool drawsDensity(std::size_t overlapping, const TimelineLayout& layout) noexcept {
  return static_cast<double>(overlapping) > eventLaneCapacity(layout);
}

// --- Density ----------------------------------------------------------------------------------

void EventDensity::clear() noexcept {
  m_bins = 0;
  m_counts.clear();
  m_maxCount = 0;
  m_total = 0;
}

void EventDensity::rebuild(std::span<const Event> events, std::span<const std::size_t> indices,
                           const TimeAxis& axis, double minBinWidth) {
  m_axis = axis;
  const DayRange range = axis.range();
  const double perDay = std::max(axis.pixelsPerDay(), 1e-9);
  m_daysPerBin = std::max<DayNumber>(1, static_cast<DayNumber>(std::ceil(minBinWidth / perDay)));
  m_bins = static_cast<int>((range.length() + m_daysPerBin - 1) / m_daysPerBin);
  m_counts.assign(static_cast<std::size_t>(m_bins) * kEventCategoryCount, 0);
  m_maxCount = 0;
  m_total = 0;
  for (const std::size_t index : indices) {
    const Event& event = events[index];
    const DayNumber first = std::clamp(event.date.earliest(), range.first, range.last);
    const DayNumber last = std::clamp(event.date.latest(), range.first, range.last);
    const DayNumber middle = first + (last - first) / 2;
    const auto bin = static_cast<std::size_t>((middle - range.first) / m_daysPerBin);
    int& count =
        m_counts[(static_cast<std::size_t>(event.category) * static_cast<std::size_t>(m_bins)) + bin];
    m_maxCount = std::max(m_maxCount, ++count);
    ++m_total;
  }
}

DayRange EventDensity::binDays(int bin) const noexcept {
  const DayNumber first = m_axis.range().first + (bin * m_daysPerBin);
  return {first, std::min(first + m_daysPerBin - 1, m_axis.range().last)};
}

double EventDensity::binLeft(int bin) const noexcept {
  return m_axis.dayEdgeX(binDays(bin).first);
}

double EventDensity::binRight(int bin) const noexcept {
  return m_axis.dayEdgeX(binDays(bin).last + 1);
}

int EventDensity::binAtX(double x) const noexcept {
  if (m_bins == 0 || x < m_axis.left() || x > m_axis.right()) return -1;
  const DayNumber day = std::clamp(m_axis.dayAtX(x), m_axis.range().first, m_axis.range().last);
  return static_cast<int>((day - m_axis.range().first) / m_daysPerBin);
}

int EventDensity::count(EventCategory category, int bin) const noexcept {
  if (bin < 0 || bin >= m_bins) return 0;
  return m_counts[(static_cast<std::size_t>(category) * static_cast<std::size_t>(m_bins)) +
                  static_cast<std::size_t>(bin)];
}

QRectF EventDensity::categoryRow(const TimelineLayout& layout, EventCategory category) noexcept {
  const QRectF lane = layout.eventLane.adjusted(0.0, 1.0 * layout.scale, 0.0, -1.0 * layout.scale);
  const double height = lane.height() / kEventCategoryCount;
  return {lane.left(), lane.top() + (static_cast<int>(category) * height), lane.width(), height};
}

std::optional<EventCategory> EventDensity::categoryAtY(const TimelineLayout& layout, double y) noexcept {
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    const QRectF row = categoryRow(layout, category);
    if (y >= row.top() && y < row.bottom()) return category;
  }
  return std::nullopt;
}

QRectF EventDensity::barRect(const TimelineLayout& layout, EventCategory category, int bin) const noexcept {
  const int n = count(category, bin);
  if (n == 0) return {};
  const QRectF row = categoryRow(layout, category);
  const double usable = std::max(1.0, row.height() - (0.5 * layout.scale));  // a hairline between rows
  const double share = m_maxCount <= 1 ? 1.0 : std::log1p(n) / std::log1p(m_maxCount);
  const double height = std::max(1.0, usable * ((1.0 / 3.0) + (2.0 / 3.0 * share)));
  const double left = binLeft(bin);
  return {left, row.bottom() - height, std::max(1.0, binRight(bin) - left), height};
}

}  // namespace okhotsk::app
