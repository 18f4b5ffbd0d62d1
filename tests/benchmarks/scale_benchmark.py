#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The scale benchmark of issue #13: the embedded dataset and generated ones, each measured
several times by `okhotsk-atlas --benchmark`, summarised as a Markdown table.

    tests/benchmarks/scale_benchmark.py [--build build/release] [--sizes 1000,10000,100000]
        [--polygons 0] [--seed 13] [--runs 3] [--work /tmp/okhotsk-scale] [--json FILE]

Datasets are made once with `okhotsk-cli generate` in the work folder (kept between runs: the
same seed writes the same files). Each cell gives the median of the runs and, in brackets, the
lowest and highest: the machine is noisy, so the spread is part of the figure.

--polygons 1000 adds the issue's 1,000 synthetic territories to each dataset; today the map then
spends minutes on each run's scrub (a run had not finished its map-only part after six minutes),
so the default adds none.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys


def generate(cli, work, events, polygons, seed):
    out = work / f"events-{events}-polygons-{polygons}-seed-{seed}"
    if not out.exists():
        subprocess.run([str(cli), "generate", "--events", str(events), "--polygons", str(polygons),
                        "--seed", str(seed), str(out)], check=True)
    return out


def run_benchmark(atlas, dataset):
    command = [str(atlas), "--benchmark"]
    if dataset is not None:
        command += ["--dataset", str(dataset)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def window(run, dpr):
    for entry in run.get("whole_window", []):
        if entry.get("device_pixel_ratio") == dpr and "error" not in entry:
            return entry
    return None


def map_case(run, pixels, dpr):
    for frame in run["frames"]:
        if frame["pixels"] == pixels and frame["device_pixel_ratio"] == dpr:
            return frame
    return None


# (row label, function of one run's JSON giving the figure or None)
MEASURES = [
    ("open, ms", lambda r: r["open_ms"]),
    ("process start to first map frame, ms", lambda r: r["first_frame_ms"]),
    ("process start to first window frame 1920×1080, ms", lambda r: (window(r, 1) or {}).get("first_frame_ms")),
    ("process start to first window frame 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("first_frame_ms")),
    # The real frame: the date set and the window's dirty regions repainted, as on a screen.
    ("whole-window p50 scrub frame, 1920×1080, ms",
     lambda r: (window(r, 1) or {}).get("real_frames", {}).get("median_ms")),
    ("whole-window p95 scrub frame, 1920×1080, ms",
     lambda r: (window(r, 1) or {}).get("real_frames", {}).get("p95_ms")),
    ("whole-window max scrub frame, 1920×1080, ms",
     lambda r: (window(r, 1) or {}).get("real_frames", {}).get("max_ms")),
    ("whole-window p50 scrub frame, 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("real_frames", {}).get("median_ms")),
    ("whole-window p95 scrub frame, 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("real_frames", {}).get("p95_ms")),
    ("whole-window max scrub frame, 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("real_frames", {}).get("max_ms")),
    ("  settle after a frame (p95), 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("real_settle", {}).get("p95_ms")),
    ("  map repaint in the frame (p95), 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("repaints", {}).get("map", {}).get("p95_ms")),
    ("  timeline repaint (p95), 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("repaints", {}).get("timeline", {}).get("p95_ms")),
    ("  trade chart repaint (p95), 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("repaints", {}).get("chart", {}).get("p95_ms")),
    ("  event panel repaint (p95), 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("repaints", {}).get("events", {}).get("p95_ms")),
    # Every widget painted in full by QWidget::grab(): comparable with the figures before.
    ("whole-window grab p95, 1920×1080, ms",
     lambda r: (window(r, 1) or {}).get("grab_frames", {}).get("p95_ms")),
    ("whole-window grab p95, 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("grab_frames", {}).get("p95_ms")),
    ("whole-window grab max, 3840×2160 at 2×, ms",
     lambda r: (window(r, 2) or {}).get("grab_frames", {}).get("max_ms")),
    ("map-only p95 scrub frame, 1920×1080, ms", lambda r: (map_case(r, "1920x1080", 1) or {}).get("p95_ms")),
    ("map-only p95 scrub frame, 3840×2160 at scale 2, ms",
     lambda r: (map_case(r, "3840x2160", 1) or {}).get("p95_ms")),
    ("map-only p95 scrub frame, 3840×2160 at 2×, ms", lambda r: (map_case(r, "3840x2160", 2) or {}).get("p95_ms")),
    ("map-only max scrub frame, 3840×2160 at 2×, ms", lambda r: (map_case(r, "3840x2160", 2) or {}).get("max_ms")),
    ("peak RSS, map-only process, MB", lambda r: r["peak_rss_mb"]),
    ("peak RSS, window 1920×1080, MB", lambda r: (window(r, 1) or {}).get("peak_rss_mb")),
    ("peak RSS, window 3840×2160 at 2×, MB", lambda r: (window(r, 2) or {}).get("peak_rss_mb")),
    # The same process's peak before its whole-window grabs (QWidget::grab() pixmaps only the
    # benchmark makes): what a user's scrubbing leaves.
    ("  peak RSS after the real frames, window 1920×1080, MB",
     lambda r: (window(r, 1) or {}).get("peak_rss_real_frames_mb")),
    ("  peak RSS after the real frames, window 3840×2160 at 2×, MB",
     lambda r: (window(r, 2) or {}).get("peak_rss_real_frames_mb")),
]


def cell(values):
    values = [v for v in values if v is not None]
    if not values:
        return "—"
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.1f}"
    return f"{median:.1f} ({min(values):.1f}–{max(values):.1f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = pathlib.Path(__file__).resolve().parents[2]
    parser.add_argument("--build", default=str(root / "build" / "release"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--polygons", type=int, default=0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/tmp/okhotsk-scale")
    parser.add_argument("--json", help="also write every run's JSON here")
    args = parser.parse_args()

    build = pathlib.Path(args.build)
    atlas = build / "app" / "okhotsk-atlas"
    cli = build / "core" / "cli" / "okhotsk-cli"
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    datasets = [("embedded", None)]
    for size in [int(s) for s in args.sizes.split(",") if s]:
        datasets.append((f"+{size:,} events, +{args.polygons:,} polygons",
                         generate(cli, work, size, args.polygons, args.seed)))

    runs = {}
    for label, path in datasets:
        runs[label] = []
        for i in range(args.runs):
            print(f"{label}: run {i + 1} of {args.runs}", file=sys.stderr, flush=True)
            runs[label].append(run_benchmark(atlas, path))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(runs, ensure_ascii=False, indent=1))

    labels = [label for label, _ in datasets]
    sizes = [f"{runs[label][0]['dataset']['events']:,} events" for label in labels]
    print(f"| measure ({args.runs} runs: median (min–max)) | " + " | ".join(
        f"{label} ({size})" for label, size in zip(labels, sizes)) + " |")
    print("|---|" + "---|" * len(labels))
    for name, measure in MEASURES:
        print(f"| {name} | " + " | ".join(cell([measure(r) for r in runs[label]]) for label in labels) + " |")


if __name__ == "__main__":
    main()
