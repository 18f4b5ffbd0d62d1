#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures the generated geographic layers with GDAL (SQLite/SpatiaLite dialect on the
# FlatGeobuf files): polygons and vertices per GSHHG level, validity (ST_IsValid = 1),
# geodesic areas (ST_Area(geom, 1), WGS 84) against the published figures, each named
# part's point, the 50 N cut of Sakhalin, the world layer's longitude range.
# Exit 1 when a check fails.
#
# Usage: geodata/scripts/report_geodata.sh [DATASET_DIR]   (default: geodata/dataset)
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-$(dirname "$here")/dataset}"
fail=0

sql() {  # sql FILE QUERY -> one line per row, fields separated by '|'
  ogrinfo -q -ro "$1" -dialect SQLite -sql "$2" 2>/dev/null |
    awk '/^OGRFeature/ { if (row != "") print row; row = ""; next }
         match($0, /\((Integer|Integer64|Real|String)(\([0-9.]+\))?\) = /) {
           v = substr($0, RSTART + RLENGTH); row = (row == "" ? v : row "|" v) }
         END { if (row != "") print row }'
}

echo "== coastlines: level | polygons | vertices (incl. closing) | valid | lon min | lon max"
for layer in coastline_intermediate coastline_high coastline_full coastline_world; do
  while IFS='|' read -r level n v valid x0 x1; do
    printf '%-24s %s | %6s | %7s | %6s | %s | %s\n' "$layer" "$level" "$n" "$v" "$valid" "$x0" "$x1"
    [[ "$n" == "$valid" ]] || { echo "  FAIL: invalid polygons in $layer level $level"; fail=1; }
  done < <(sql "$dir/$layer.fgb" "SELECT level, count(*), sum(ST_NPoints(geometry)), sum(ST_IsValid(geometry) = 1),
                                    min(MbrMinX(geometry)), max(MbrMaxX(geometry)) FROM $layer GROUP BY level")
  total=$(sql "$dir/$layer.fgb" "SELECT count(*) || ' polygons, ' || sum(ST_NPoints(geometry)) || ' vertices' FROM $layer")
  echo "$layer total: $total"
done
read -r wx0 wx1 < <(sql "$dir/coastline_world.fgb" "SELECT min(MbrMinX(geometry)), max(MbrMaxX(geometry)) FROM coastline_world" | tr '|' ' ')
awk -v a="$wx0" -v b="$wx1" 'BEGIN { exit !(a >= -30 && b <= 330) }' || { echo "FAIL: world longitudes $wx0..$wx1"; fail=1; }

echo
echo "== territories: id | polygons | vertices | valid | GSHHG-f km2 | published km2 | diff % | lat min | lat max | label inside"
while IFS='|' read -r id n v valid area pub y0 y1 inside; do
  diff="-"
  if [[ "$pub" != "(null)" && -n "$pub" ]]; then
    diff=$(awk -v a="$area" -v p="$pub" 'BEGIN { printf "%+.1f", (a - p) / p * 100 }')
    awk -v a="$area" -v p="$pub" 'BEGIN { d = (a - p) / p; exit !(d < 0.15 && d > -0.15) }' ||
      { echo "  FAIL: $id area $area is not within 15% of $pub"; fail=1; }
  fi
  printf '%-16s %4s | %6s | %s | %10s | %7s | %6s | %s | %s | %s\n' "$id" "$n" "$v" "$valid" "$area" "$pub" "$diff" "$y0" "$y1" "$inside"
  [[ "$valid" == 1 && "$inside" == 1 ]] || { echo "  FAIL: $id invalid or label outside"; fail=1; }
  if [[ "$id" == south_sakhalin ]]; then
    awk -v y="$y1" 'BEGIN { exit !(y <= 50.0) }' || { echo "  FAIL: south_sakhalin reaches $y1"; fail=1; }
  fi
  if [[ "$id" == north_sakhalin ]]; then
    awk -v y="$y0" 'BEGIN { exit !(y >= 50.0) }' || { echo "  FAIL: north_sakhalin reaches $y0"; fail=1; }
  fi
done < <(sql "$dir/territories.fgb" "SELECT id, ST_NumGeometries(geometry), ST_NPoints(geometry), ST_IsValid(geometry),
                                       round(ST_Area(geometry, 1) / 1e6, 2), published_area_km2,
                                       MbrMinY(geometry), MbrMaxY(geometry),
                                       ST_Contains(geometry, MakePoint(label_lon, label_lat, 4326)) FROM territories")

echo
echo "== parts: id | territory | polygons | valid | GSHHG-f km2 | label inside"
while IFS='|' read -r id t n valid area inside; do
  printf '%-12s %-16s %2s | %s | %8s | %s\n' "$id" "$t" "$n" "$valid" "$area" "$inside"
  [[ "$valid" == 1 && "$inside" == 1 ]] || { echo "  FAIL: part $id invalid or label outside"; fail=1; }
done < <(sql "$dir/territory_parts.fgb" "SELECT id, territory_id, ST_NumGeometries(geometry), ST_IsValid(geometry),
                                          round(ST_Area(geometry, 1) / 1e6, 3),
                                          ST_Contains(geometry, MakePoint(label_lon, label_lat, 4326)) FROM territory_parts")

echo
echo "== named points (geodata-notes.md) -> part that contains them"
points="suisho 145.914 43.438
akiyuri 145.999 43.370
yuri 146.075 43.426
shibotsu 146.133 43.505
taraku 146.327 43.636
kaigara 145.8736 43.3896
urup 149.985 45.901
paramushir 155.836 50.386
shumshu 156.385 50.749"
while read -r want lon lat; do
  got=$(sql "$dir/territory_parts.fgb" "SELECT group_concat(id) FROM territory_parts
                                        WHERE ST_Contains(geometry, MakePoint($lon, $lat, 4326)) = 1")
  printf '%-12s %s %s -> %s\n' "$want" "$lon" "$lat" "$got"
  [[ "$got" == "$want" ]] || { echo "  FAIL: point of $want falls in '$got'"; fail=1; }
done <<<"$points"
for tp in "etorofu 147.840 44.991" "kunashiri 145.812 44.087" "shikotan 146.711 43.796" \
          "hokkaido 141.232 45.179" "hokkaido 141.027 45.369" "south_sakhalin 141.223 46.248"; do
  read -r want lon lat <<<"$tp"
  got=$(sql "$dir/territories.fgb" "SELECT group_concat(id) FROM territories
                                    WHERE ST_Contains(geometry, MakePoint($lon, $lat, 4326)) = 1")
  printf '%-14s %s %s -> %s\n' "$want" "$lon" "$lat" "$got"
  [[ "$got" == "$want" ]] || { echo "  FAIL: point of $want falls in '$got'"; fail=1; }
done

echo
echo "== boundaries"
sql "$dir/boundaries.geojson" "SELECT id, in_force, basis_event_id, schematic, ST_NPoints(geometry),
                                round(ST_Length(geometry, 1) / 1000, 1) || ' km' FROM boundaries"

echo
echo "== sizes"
ls -l "$dir"/coastline_*.fgb "$dir"/territories.fgb "$dir"/territory_parts.fgb "$dir"/boundaries.geojson | awk '{ s += $5; print $5, $9 } END { print s, "total bytes" }'
exit $fail
