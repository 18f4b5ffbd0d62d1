// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Figures shared by `--benchmark` (export/headless.cpp) and its whole-window measurement
// (desktop/window_benchmark.cpp): the process's start, peak RSS, percentiles and the scrub's days.

#include "okhotsk/calendar.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace okhotsk::app::benchmark {

/// The process's start as milliseconds since the epoch, from /proc/self/stat; empty when that
/// cannot be read.
[[nodiscard]] std::optional<qint64> processStartFromProc();

/// The process's own peak resident set size (VmHWM; not a parent's before an exec), in MB.
[[nodiscard]] double peakRssMegabytes();

/// The `fraction` percentile (nearest rank) of `values`; 0 when there are none.
[[nodiscard]] double percentile(std::vector<double> values, double fraction);

/// `value` rounded to two decimals, for the JSON.
[[nodiscard]] double round2(double value);

/// `count` dates from 1850-01-01 to today, evenly spaced: the scrub of the benchmark.
[[nodiscard]] std::vector<DayNumber> scrubDays(int count);

}  // namespace okhotsk::app::benchmark
