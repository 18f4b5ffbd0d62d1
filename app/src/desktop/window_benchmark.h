// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace okhotsk::app {

/// `okhotsk-atlas --benchmark --window-only [--dataset PATH] [--allow-errors] [--size WxH] [--out FILE]`: the
/// whole-window part of `--benchmark`, which runs it in a child process per device pixel ratio
/// (given by QT_SCALE_FACTOR, which Qt reads only at its start). In this process: opens the
/// dataset, shows the desktop window (map, timeline, trade chart, panels, menus, status bar)
/// offscreen at WxH logical pixels (default 1920×1080), grabs it whole once (the first frame)
/// and then at each of the 240 scrub dates 1850 → today, and prints one JSON line: open time,
/// process start to first frame, each scrub frame's median / p95 / max (setting the date and
/// grabbing the whole window), the time the event loop then takes to settle (the window's own
/// repaint, deferred work), a per-view breakdown and peak RSS. `--out FILE` also writes the
/// window on the last date as a PNG, to look at what was measured.
///
/// Needs a QApplication. Returns 0, 2 for bad arguments, 1 when the dataset cannot be opened.
[[nodiscard]] int runWindowBenchmarkCommand(const QStringList& arguments,
                                            qint64 processStartMsecsSinceEpoch = 0);

}  // namespace okhotsk::app
