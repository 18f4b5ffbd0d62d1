#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the geographic layers into a temporary folder and compares them byte for
# byte with the ones shipped in geodata/dataset. Exit 0 when identical; exit 1 naming each
# file that differs or is missing; exit 2 when the tools are missing.
#
# Usage: geodata/scripts/check_geodata.sh [DATASET_DIR]   (default: geodata/dataset)
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
geodata="$(dirname "$here")"
shipped="${1:-$geodata/dataset}"

# The files make_geodata.sh writes (the other layers of the dataset are not generated).
files=(coastline_intermediate.fgb coastline_high.fgb coastline_full.fgb coastline_world.fgb
       territories.fgb territory_parts.fgb boundaries.geojson)

fresh="$(mktemp -d "${TMPDIR:-/tmp}/okhotsk-geodata-check.XXXXXX")"
trap 'rm -rf "$fresh"' EXIT

bash "$here/make_geodata.sh" "$fresh" >"$fresh/make.log" 2>&1 || {
  status=$?
  cat "$fresh/make.log" >&2
  echo "check_geodata.sh: make_geodata.sh failed (exit $status)" >&2
  exit "$status"
}

bad=0
for f in "${files[@]}"; do
  if [[ ! -f "$shipped/$f" ]]; then
    echo "check_geodata.sh: MISSING $shipped/$f (regenerate with geodata/scripts/make_geodata.sh)" >&2
    bad=1
  elif ! cmp -s "$fresh/$f" "$shipped/$f"; then
    echo "check_geodata.sh: DIFFERS $shipped/$f ($(stat -c %s "$shipped/$f") bytes shipped, $(stat -c %s "$fresh/$f") regenerated; first difference: $(cmp "$fresh/$f" "$shipped/$f" 2>&1 | head -n 1))" >&2
    bad=1
  fi
done
if [[ $bad -ne 0 ]]; then
  echo "check_geodata.sh: the shipped geodata does not match what GSHHG regenerates; run geodata/scripts/make_geodata.sh and review the change" >&2
  exit 1
fi
echo "check_geodata.sh: all ${#files[@]} generated files in $shipped match a fresh regeneration"
