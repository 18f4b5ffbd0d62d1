#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the binary seeds of the FlatGeobuf and GeoPackage fuzz targets from the loader's valid
# fixture with ogr2ogr (gdal-bin): corpus/loader_fgb/territories.fgb and
# corpus/loader_gpkg/valid.gpkg (every layer of the fixture, no spatial index, to keep it
# small). The committed seeds were made so; run again after changing the fixture.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixture="$here/../fixtures/loader/valid"

fgb="$here/corpus/loader_fgb/territories.fgb"
rm -f "$fgb"
ogr2ogr -f FlatGeobuf -lco SPATIAL_INDEX=NO "$fgb" "$fixture/territories.geojson" territories

gpkg="$here/corpus/loader_gpkg/valid.gpkg"
rm -f "$gpkg"
for file in "$fixture"/*; do
  layer="$(basename "${file%.*}")"
  ogr2ogr -f GPKG -update -append -nln "$layer" -lco SPATIAL_INDEX=NO "$gpkg" "$file"
done
# The page size GDAL picks is 4096 bytes; VACUUM drops the free pages appending leaves.
ogrinfo -q -sql "VACUUM" "$gpkg" >/dev/null
ls -l "$fgb" "$gpkg"
