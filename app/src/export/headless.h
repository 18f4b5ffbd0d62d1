// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace okhotsk::app {

/// `okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai|lon1,lat1,lon2,lat2]
///  [--lang en|ja|ru] [--naming japanese-first|russian-first|english] [--dataset PATH] [--scale F]
///  [--allow-errors]`
///
/// Writes the map of DATE (EDTF, its first day; or "today") with legend, date stamp, scale bar
/// and credit to FILE: PNG, SVG, PDF or GeoTIFF (.tif) by the extension, drawn by the same
/// MapRenderer as the window, after the full-resolution coastline has loaded. A PNG gets its
/// georeference beside it (writeWorldFiles: .pgw, .prj, .png.aux.xml); a GeoTIFF holds it. --scale sets the
/// size of type and lines (default: by the image size, 1 at 1920×1080, 2 at 3840×2160).
///
/// `arguments` is the whole command line as QCoreApplication::arguments() gives it (the
/// program first). Returns 0 on success, 2 for bad arguments (with a message on stderr), 1
/// when the dataset cannot be opened or the file cannot be written. A dataset whose load
/// found errors (Severity::Error; warnings never count) is not opened: status 1, every
/// diagnostic on stderr, nothing written; --allow-errors draws what is valid instead. Needs a QGuiApplication
/// (the caller's, offscreen); creates an offscreen one when there is none.
[[nodiscard]] int runRenderCommand(const QStringList& arguments);

/// `okhotsk-atlas --benchmark [--dataset PATH] [--allow-errors] [--no-window]`: prints one JSON line
/// with the dataset's size, its open time, the time from process start to the first rendered
/// map frame, the median / p95 / max map frame times while scrubbing 1850 → today over 240 dates
/// in the region view with the full-resolution coastline at 1920×1080, 3840×2160 and 1920×1080
/// at device pixel ratio 2, and peak RSS (of this process, before the whole-window runs). Then,
/// unless --no-window, `whole_window`: the desktop window measured whole (map, timeline, chart,
/// panels) at 1920×1080 and at 1920×1080 on a 2× display (3840×2160 pixels), each in a child
/// process of this program (desktop/window_benchmark.h), with its own open time, first frame,
/// scrub frames and peak RSS. A table of the same figures goes to stderr.
///
/// The process start is read from /proc/self/stat (start time since boot); when that is not
/// available, `processStartMsecsSinceEpoch` (if > 0) is used instead. Returns 0, 2 for bad
/// arguments, 1 when the dataset cannot be opened or has errors (as --render).
[[nodiscard]] int runBenchmarkCommand(const QStringList& arguments, qint64 processStartMsecsSinceEpoch = 0);

/// `okhotsk-atlas --tour FILE --export HANDOUT.pdf [--lang en|ja|ru] [--dataset PATH]` writes
/// the tour as a PDF handout (one page per stop); `okhotsk-atlas --tour FILE --export-frames DIR
/// --size WxH --fps N [--lang ...]` writes its numbered PNG frames for video. Returns 0 on
/// success, 2 for bad arguments or a broken tour file (every problem on stderr, naming file,
/// stop and field), 1 when the dataset cannot be opened or has errors (unless --allow-errors,
/// as with --render) or a file cannot be written.
[[nodiscard]] int runTourExportCommand(const QStringList& arguments);

}  // namespace okhotsk::app
