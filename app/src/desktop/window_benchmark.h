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
/// and then scrubs through the 240 dates 1850 → today twice, printing one JSON line:
/// - `real_frames`: the frame the user sees — the date set, then the event loop run until the
///   window has repainted its dirty regions into its backing store (only what changed repaints,
///   as on a screen); `real_frames_cpu`: the processor time of those frames (the wall clock of
///   a loaded machine counts other processes too); `real_settle`: what the event loop does
///   afterwards; `repaints`: per view, on how many frames it repainted, how large a share of
///   itself, and roughly for how long; `slowest_real_frames`: the five that took the most processor time,
///   with their dates;
/// - `grab_frames`: the date set and the whole window grabbed (QWidget::grab() paints every
///   widget in full, whatever changed); `grab_settle` after it; `grab_views`: each view grabbed
///   on its own on every sixth date;
/// - open time, process start to first frame and peak RSS.
/// `--out FILE` also writes the window grabbed on the last date as a PNG, to look at what was
/// measured.
///
/// Needs a QApplication. Returns 0, 2 for bad arguments, 1 when the dataset cannot be opened.
[[nodiscard]] int runWindowBenchmarkCommand(const QStringList& arguments,
                                            qint64 processStartMsecsSinceEpoch = 0);

}  // namespace okhotsk::app
