// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/benchmark_support.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace okhotsk::app::benchmark {

// Field 22 of /proc/self/stat is the start in clock ticks after boot, and CLOCK_BOOTTIME is now.
std::optional<qint64> processStartFromProc() {
  QFile file(QStringLiteral("/proc/self/stat"));
  if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
  const QByteArray stat = file.readAll();
  const qsizetype close = stat.lastIndexOf(')');  // the command name may hold spaces
  if (close < 0) return std::nullopt;
  const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
  constexpr qsizetype kStartTimeIndex = 22 - 3;  // fields after "pid (comm)" start at field 3
  if (fields.size() <= kStartTimeIndex) return std::nullopt;
  bool ok = false;
  const qulonglong ticks = fields[kStartTimeIndex].toULongLong(&ok);
  const long ticksPerSecond = sysconf(_SC_CLK_TCK);
  timespec now{};
  if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return std::nullopt;
  const double startMs = static_cast<double>(ticks) * 1000.0 / static_cast<double>(ticksPerSecond);
  const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
  return QDateTime::currentMSecsSinceEpoch() - static_cast<qint64>(std::llround(nowMs - startMs));
}

// VmHWM, the high-water mark of this process's own memory: getrusage()'s ru_maxrss survives
// fork and exec, so that a child started by a larger parent (the --benchmark window children)
// would report the parent's peak. getrusage() only when /proc cannot be read.
double peakRssMegabytes() {
  QFile file(QStringLiteral("/proc/self/status"));
  if (file.open(QIODevice::ReadOnly)) {
    for (const QByteArray& line : file.readAll().split('\n')) {
      if (!line.startsWith("VmHWM:")) continue;
      bool ok = false;
      const qulonglong kib = line.mid(6).trimmed().split(' ').front().toULongLong(&ok);
      if (ok) return static_cast<double>(kib) / 1024.0;
    }
  }
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0.0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size()))) - 1;
  return values[std::min(index, values.size() - 1)];
}

double round2(double value) {
  return std::round(value * 100.0) / 100.0;
}

std::vector<DayNumber> scrubDays(int count) {
  const DayNumber from = daysFromGregorian(1850, 1, 1);
  const DayNumber to = today();
  std::vector<DayNumber> days;
  days.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) days.push_back(from + (to - from) * i / (count - 1));
  return days;
}

}  // namespace okhotsk::app::benchmark
