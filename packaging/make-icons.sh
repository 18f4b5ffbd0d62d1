#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the PNG icons (16 to 256 pixels) from the SVG, for desktops and AppStream
# catalogues that want bitmaps. Needs rsvg-convert (Debian: librsvg2-bin). The PNGs are
# committed, so that a build needs no SVG renderer.
set -eu
cd "$(dirname "$0")/../resources/icons/hicolor"
id=io.github.okhotsk_atlas.OkhotskAtlas
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/apps/$id.png" "scalable/apps/$id.svg"
done
