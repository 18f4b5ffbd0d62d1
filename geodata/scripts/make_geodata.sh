#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the geographic layers of the embedded dataset from Debian's GSHHG 2.3.7:
#   coastline_intermediate.fgb coastline_high.fgb coastline_full.fgb coastline_world.fgb
#   territories.fgb territory_parts.fgb boundaries.geojson
#
# Usage: geodata/scripts/make_geodata.sh [OUTDIR]     (default: geodata/dataset)
#
# Needs (Debian 12): gmt gmt-gshhg-full gmt-gshhg-high gmt-gshhg-low gdal-bin python3.
# No network. Deterministic: two runs give identical bytes (check_geodata.sh relies on it).
# How it works and why: geodata/README.md, "Coastlines and territories".
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
geodata="$(dirname "$here")"
outdir="${1:-$geodata/dataset}"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "make_geodata.sh: '$1' not found; install: apt-get install gmt gmt-gshhg-full gmt-gshhg-high gmt-gshhg-low gdal-bin python3" >&2
    exit 2
  fi
}
need gmt
need ogr2ogr
need python3

work="$(mktemp -d "${TMPDIR:-/tmp}/okhotsk-geodata.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# GSHHG must be there at every resolution used (c, i, h, f) and be version 2.3.7.
version="$(cd "$work" && GMT_USERDIR="$work" gmt coast -R145/146/43/44 -Df -W -M -Vl 2>&1 >/dev/null |
  sed -n 's/.*GSHHG version \([0-9.]*\).*/\1/p' | head -n 1)" || true
if [[ "$version" != "2.3.7" ]]; then
  echo "make_geodata.sh: GMT did not report GSHHG 2.3.7 (got '${version:-nothing}'); install gmt-gshhg-full gmt-gshhg-high gmt-gshhg-low" >&2
  exit 2
fi
for res in c i h f; do
  if ! (cd "$work" && GMT_USERDIR="$work" gmt coast -R145/146/43/44 -D$res -W -M >/dev/null 2>&1); then
    echo "make_geodata.sh: GSHHG resolution '$res' is missing (gmt-gshhg-low has c/l/i, -high has h, -full has f)" >&2
    exit 2
  fi
done

mkdir -p "$outdir"
start=$(date +%s)
python3 -B "$here/build_geodata.py" "$outdir" "$work" "$geodata/dataset/sources.csv"
echo "make_geodata.sh: wrote $outdir in $(( $(date +%s) - start )) s (GSHHG $version)"
