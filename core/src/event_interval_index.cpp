// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_interval_index.h"

#include <algorithm>

namespace okhotsk {

void EventIntervalIndex::build(const std::vector<Event>& events) {
  const std::size_t n = events.size();
  m_start.resize(n);
  m_end.resize(n);
  m_maxEnd.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    m_start[i] = events[i].date.earliest();
    m_end[i] = events[i].date.latest() + 1;
    m_maxEnd[i] = m_end[i];
  }
  m_maxLevel = -1;
  if (n == 0) return;
  std::size_t lastIndex = 0;
  DayNumber last = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    lastIndex = i;
    last = m_maxEnd[i];
  }
  int k = 1;
  for (; (std::size_t{1} << k) <= n; ++k) {
    const std::size_t x = std::size_t{1} << (k - 1);
    const std::size_t i0 = (x << 1) - 1;
    const std::size_t step = x << 2;
    for (std::size_t i = i0; i < n; i += step) {
      const DayNumber left = m_maxEnd[i - x];
      const DayNumber right = i + x < n ? m_maxEnd[i + x] : last;
      m_maxEnd[i] = std::max({m_end[i], left, right});
    }
    lastIndex = ((lastIndex >> k) & 1U) != 0 ? lastIndex - x : lastIndex + x;
    if (lastIndex < n && m_maxEnd[lastIndex] > last) last = m_maxEnd[lastIndex];
  }
  m_maxLevel = k - 1;
}

void EventIntervalIndex::query(DayNumber first, DayNumber last, std::vector<std::size_t>& out) const {
  if (m_maxLevel < 0) return;
  const DayNumber st = first;
  const DayNumber en = last == kDayMax ? kDayMax : last + 1;
  const std::size_t n = m_start.size();
  struct Frame {
    int level;
    std::size_t node;
    bool leftDone;
  };
  Frame stack[64];
  int top = 0;
  stack[top++] = {m_maxLevel, (std::size_t{1} << m_maxLevel) - 1, false};
  while (top > 0) {
    const Frame z = stack[--top];
    if (z.level <= 3) {  // small subtree: a linear scan is faster than descending
      const std::size_t i0 = z.node >> z.level << z.level;
      std::size_t i1 = i0 + (std::size_t{1} << (z.level + 1)) - 1;
      if (i1 >= n) i1 = n;
      for (std::size_t i = i0; i < i1 && m_start[i] < en; ++i)
        if (st < m_end[i]) out.push_back(i);
    } else if (!z.leftDone) {
      const std::size_t y = z.node - (std::size_t{1} << (z.level - 1));
      stack[top++] = {z.level, z.node, true};
      if (y >= n || m_maxEnd[y] > st) stack[top++] = {z.level - 1, y, false};
    } else if (z.node < n && m_start[z.node] < en) {
      if (st < m_end[z.node]) out.push_back(z.node);
      stack[top++] = {z.level - 1, z.node + (std::size_t{1} << (z.level - 1)), false};
    }
  }
}

}  // namespace okhotsk
