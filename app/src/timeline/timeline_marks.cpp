// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_marks.h"

#include <array>

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

// The row for a mark starting at `left`: the first with room, else the one that frees first.
int chooseRow(const std::array<double, kMaxMarkRows>& rowEnd, int rows, double left, double gap) {
  int row = 0;
  for (int r = 0; r < rows; ++r) {
    if (rowEnd[static_cast<std::size_t>(r)] + gap <= left) return r;
    if (rowEnd[static_cast<std::size_t>(r)] < rowEnd[static_cast<std::size_t>(row)]) row = r;
  }
  return row;
}

}  // namespace

void packEventMarks(std::span<const Event> events, std::span<const std::size_t> indices, const TimeAxis& axis,
                    const TimelineLayout& layout, std::vector<EventMark>& marks) {
  marks.clear();
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

    const int row = chooseRow(rowEnd, l.rows, left, gap);
    rowEnd[static_cast<std::size_t>(row)] = std::max(rowEnd[static_cast<std::size_t>(row)], right);
    mark.rect = QRectF(left, top + row * l.rowPitch, right - left, size);
    marks.push_back(mark);
  }
}

}  // namespace okhotsk::app
