#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the geographic layers of the embedded dataset from Debian's GSHHG.

Usage: build_geodata.py OUTDIR WORKDIR SOURCES_CSV

Writes to OUTDIR: coastline_intermediate.fgb, coastline_high.fgb, coastline_full.fgb,
coastline_world.fgb, territories.fgb, territory_parts.fgb, boundaries.geojson.
WORKDIR is scratch space (GeoJSON intermediates, GMT's history file). SOURCES_CSV is
geodata/dataset/sources.csv: every source id written here must be defined there.

Called by make_geodata.sh; see geodata/README.md ("Coastlines and territories").
Standard library only, plus the gmt and ogr2ogr programs.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gshhg_polygons as g  # noqa: E402
from gshhg_polygons import GeodataError, point_in_ring, round_ring  # noqa: E402

# ----------------------------------------------------------------------------- settings

REGION = "128/160/30/60"      # west/east/south/north of the regional coastlines
REGION_AREA = "0+l"           # gmt -A: keep every feature, drop river-lakes (+l)
WORLD_AREA = "1000+l"         # crude world: features of 1,000 km2 and more, no river-lakes
WORLD_WEST = -30.0            # world longitudes in [-30, 330]: cut at 150E's antimeridian
LEVELS = (("intermediate", "i"), ("high", "h"), ("full", "f"))

# ----------------------------------------------------------------------------- territories
#
# Selection rule (territories.fgb). Territories are made of GSHHG *level-1* polygons of
# coastline_full (after rounding to 5 decimals); lakes are not cut out (a lake is part of
# the territory around it). A polygon belongs to a territory when EVERY vertex lies inside
# the territory's selection region below (coarse hand-drawn polygons through the middle
# of the straits: Nemuro, Catherine/Ekaterina, De Vries, First Kuril, La Perouse,
# Tsugaru, Nevelskoy and the Amur liman). The regions do not overlap; the build fails if a
# polygon would fall in two, if a territory's main island (the polygon holding its label
# point) is not wholly inside its region, or if any territory ends up empty.
# Sakhalin is selected as one group and cut along 50 N (south_sakhalin: the parts south
# of the parallel, north_sakhalin: the parts north of it).

SELECTION_REGIONS = {
    "hokkaido": [(139.00, 41.20), (140.20, 41.33), (140.90, 41.62), (141.60, 41.60), (142.50, 41.00),
                 (145.84, 42.80), (145.84, 43.52), (145.42, 43.52), (145.32, 43.70), (145.33, 44.00),
                 (145.50, 44.40), (142.50, 45.70), (139.00, 45.70)],
    "habomai": [(145.84, 43.30), (146.50, 43.30), (146.50, 43.72), (145.84, 43.72)],
    "shikotan": [(146.50, 43.60), (147.10, 43.60), (147.10, 44.05), (146.50, 44.05)],
    "kunashiri": [(145.42, 43.52), (145.84, 43.52), (145.84, 43.72), (146.30, 43.95), (146.72, 44.20),
                  (146.72, 44.90), (146.00, 44.90), (145.50, 44.40), (145.33, 44.00), (145.32, 43.70)],
    "etorofu": [(146.72, 44.20), (147.60, 44.20), (149.15, 45.10), (149.15, 46.30), (148.40, 46.30),
                (146.72, 44.90)],
    "northern_kurils": [(149.15, 45.10), (151.00, 45.90), (153.50, 47.20), (155.50, 48.50), (157.00, 49.80),
                        (156.58, 50.70), (156.58, 51.00), (154.80, 51.00), (154.00, 50.00), (151.50, 48.00),
                        (149.15, 46.30)],
    "sakhalin": [(140.30, 45.70), (145.50, 45.70), (145.50, 55.00), (141.40, 55.00), (141.40, 54.20),
                 (141.60, 53.40), (141.58, 52.20), (141.40, 51.50), (141.10, 49.50), (140.60, 47.00)],
}
# a point inside the main island of territories whose label point is computed
MAIN_POINTS = {"hokkaido": (142.50, 43.50), "south_sakhalin": (142.70, 47.00), "north_sakhalin": (142.70, 52.00)}
SAKHALIN_SPLIT_LAT = 50.0
SAKHALIN_POINT = (142.70, 50.30)   # inside Sakhalin's main island (selects the island to split)
PARALLEL_STEP = 0.01               # vertices along the 50 N cut and line every 0.01 degree

NAME_FIELDS = ("name_en", "name_ja_latn", "name_ru_latn", "name_ja", "name_ru", "name_ja_for_ru", "name_ru_for_ja")


def names(en=None, ja_latn=None, ru_latn=None, ja=None, ru=None):
    # name_ja_for_ru / name_ru_for_ja: no source read gives them; left empty
    return {"name_en": en, "name_ja_latn": ja_latn, "name_ru_latn": ru_latn, "name_ja": ja, "name_ru": ru,
            "name_ja_for_ru": None, "name_ru_for_ja": None}


# Names: /work/shared/reference/facts.md section 1 (see geodata/README.md). Label points:
# geodata-notes.md "A point inside each named island"; None = computed inside the main
# island (middle of the widest stretch of land along the parallel through its middle).
TERRITORIES = [
    # published areas: MOFA's figures, which are the Geospatial Information Authority of Japan's 2020 survey
    # (mofa_northern_territories); beside them the Cabinet Office's GSI figures of 2021 (hoppou_islands). No
    # Russian official figure was found in a source read. Never computed from the GSHHG outlines, which run
    # 2-13% larger than the published areas (see geodata/README.md).
    dict(id="etorofu", names=names(None, "Etorofu", "Iturup", "択捉島", "Итуруп"), label=(147.840, 44.991),
         area=3168.0, area_sources="mofa_northern_territories", area_alt=3166.6, area_alt_sources="hoppou_islands",
         context_only=0),
    dict(id="kunashiri", names=names(None, "Kunashiri", "Kunashir", "国後島", "Кунашир"), label=(145.812, 44.087),
         area=1490.0, area_sources="mofa_northern_territories", area_alt=1489.3, area_alt_sources="hoppou_islands",
         context_only=0),
    dict(id="shikotan", names=names(None, "Shikotan", "Shikotan", "色丹島", "Шикотан"), label=(146.711, 43.796),
         area=251.0, area_sources="mofa_northern_territories", area_alt=247.7, area_alt_sources="hoppou_islands",
         context_only=0),
    # Habomai: the Cabinet Office gives the islets one by one (see PARTS), not a total for the group
    dict(id="habomai", names=names("Habomai Islands", "Habomai", "Habomai", "歯舞群島", "острова Хабомаи"),
         label=(146.133, 43.505), area=95.0, area_sources="mofa_northern_territories", area_alt=None,
         area_alt_sources=None, context_only=0),
    # the 18 islands of the 1875 treaty, Shumshu to Uruppu; main island = the largest (Paramushir)
    dict(id="northern_kurils",
         names=names("Kuril Islands, Uruppu to Shumshu", "Chishima (Uruppu–Shumushu)",
                     "Kurilskiye ostrova (Urup–Shumshu)", "千島列島（得撫島〜占守島）",
                     "Курильские острова (Уруп — Шумшу)"),
         label=(155.836, 50.386), area=None, area_sources=None, area_alt=None, area_alt_sources=None, context_only=0),
    # Sakhalin: published areas disagree (72,492 to 76,400 km2 for the island) and none is
    # given for the part south or north of 50 N, so no area is published here.
    # Names: the layer holds the present-day name in each language; the names of earlier periods
    # (樺太 Karafuto 1905-1945; the southern part of the island before 1905) are rows of
    # dataset/territory_names.csv. Russian names: Южный Сахалин (wikipedia_ru_south_sakhalin_oblast),
    # Северный Сахалин (wikipedia_ru_north_sakhalin_occupation); Japanese 北樺太 as in 北樺太保障占領.
    dict(id="south_sakhalin", names=names("South Sakhalin", "Minami Karafuto", "Yuzhny Sakhalin", "南樺太",
                                          "Южный Сахалин"), label=None,
         area=None, area_sources=None, area_alt=None, area_alt_sources=None, context_only=0),
    dict(id="north_sakhalin", names=names("North Sakhalin", "Kita Karafuto", "Severny Sakhalin", "北樺太",
                                          "Северный Сахалин"), label=None, area=None, area_sources=None,
         area_alt=None, area_alt_sources=None, context_only=0),
    dict(id="hokkaido", names=names("Hokkaido", "Hokkaido", "Hokkaido", "北海道", "Хоккайдо"), label=None,
         area=None, area_sources=None, area_alt=None, area_alt_sources=None, context_only=1),
]

# Parts: the polygon of the territory holding the point; Todo/Oskolki: every polygon of the
# territory within TODO_RADIUS_KM of the position given for the Oskolki group
# (43°35'N 146°25'E, wiki-org.ru) - a group of rocks, no single polygon.
TODO_POSITION = (146.417, 43.583)
TODO_RADIUS_KM = 2.5
PARTS = [
    # English names: both usages, Japanese first, as for the four islands (weblio_habomai_islets). Areas:
    # MOFA (GSI 2020, mofa_northern_territories) and the Cabinet Office (GSI 2021, hoppou_islands); islets
    # under 1 km2 have no published figure.
    dict(id="suisho", territory="habomai", names=names("Suishō / Tanfilyeva Island", "Suishō", "Tanfilyeva", "水晶島",
                                                       "Танфильева"),
         point=(145.914, 43.438), area=12.0, area_alt=12.1),
    dict(id="akiyuri", territory="habomai", names=names("Akiyuri / Anuchina Island", "Akiyuri", "Anuchina", "秋勇留島",
                                                        "Анучина"),
         point=(145.999, 43.370), area=2.0, area_alt=2.1),
    dict(id="yuri", territory="habomai", names=names("Yuri Island", "Yuri", "Yuri", "勇留島", "Юрий"),
         point=(146.075, 43.426), area=10.0, area_alt=9.9),
    dict(id="shibotsu", territory="habomai", names=names("Shibotsu / Zelyony Island", "Shibotsu", "Zelyony", "志発島",
                                                         "Зелёный"),
         point=(146.133, 43.505), area=58.0, area_alt=58.3),
    dict(id="taraku", territory="habomai", names=names("Taraku / Polonskogo Island", "Taraku", "Polonskogo", "多楽島",
                                                       "Полонского"),
         point=(146.327, 43.636), area=11.0, area_alt=10.9),
    # Kaigara: of the two tiny candidates (145.874E and 145.892E) the western one; see README. The eastern
    # one lies at the position Japanese Wikipedia gives for Moemoshiri (wikipedia_ja_moemoshiri), part below.
    dict(id="kaigara", territory="habomai", names=names("Kaigara / Signalny Island", "Kaigara", "Signalny", "貝殻島",
                                                        "Сигнальный"),
         point=(145.8736, 43.3896), area=None, area_alt=None),
    dict(id="todo", territory="habomai", names=names("Todo / Oskolki Islands", "Todo", "Oskolki", "海馬島", "Осколки"),
         point=None, area=None, area_alt=None),
    dict(id="moemoshiri", territory="habomai", names=names("Moemoshiri / Storozhevoy Island", "Moemoshiri",
                                                           "Storozhevoy", "萌茂尻島", "Сторожевой"),
         point=(145.8915, 43.3838), area=None, area_alt=None),
    dict(id="urup", territory="northern_kurils", names=names("Uruppu / Urup Island", "Uruppu", "Urup", "得撫島", "Уруп"),
         point=(149.985, 45.901), area=None, area_alt=None),
    dict(id="paramushir", territory="northern_kurils", names=names("Paramushir"), point=(155.836, 50.386), area=None,
         area_alt=None),
    dict(id="shumshu", territory="northern_kurils", names=names("Shumshu Island", "Shumushu", "Shumshu", "占守島",
                                                                "Шумшу"),
         point=(156.385, 50.749), area=None, area_alt=None),
]
PART_NAME_SOURCES = {"moemoshiri": "wikipedia_ja_moemoshiri;nihonshima_habomai;hoppoukanagawa_habomai"}
PART_DEFAULT_NAME_SOURCES = {"habomai": "weblio_habomai_islets",
                             "northern_kurils": "wiwikim_south_kurils_dispute;hoppou_history6;wikipedia_battle_of_shumshu"}

# ----------------------------------------------------------------------------- boundaries

BOUNDARIES = [
    dict(id="sakhalin_50n",
         name_en="50th parallel (Treaty of Portsmouth boundary)",
         name_ja="北緯50度線（ポーツマス条約の境界）",
         name_ru="50-я параллель (граница по Портсмутскому договору)",
         in_force="1905-10-15/1945-08-25", basis_event_id="E004",
         basis_en=("Treaty of Portsmouth, signed 5 Sep 1905, Art. IX: the fiftieth degree of north latitude is "
                   "the northern boundary of the ceded southern portion of Sakhalin. Counted from the treaty's entry "
                   "into force on 15 Oct 1905 (Art. XIV: the later of the two announcements of ratification). The "
                   "line ceased to divide the two "
                   "administrations when Soviet forces, crossing it from 11 Aug 1945, had overrun South Sakhalin "
                   "by 25 Aug 1945 (event E014). Drawn along 50 N between Sakhalin's west and east coasts as GSHHG "
                   "has them."),
         basis_ja=("ポーツマス条約（1905年9月5日調印）第9条：北緯50度を割譲地の北の境界とする。条約の発効日（1905年10月15日、"
                   "第14条により双方の批准通知のうち遅い方の日）から数える。1945年8月11日にソ連軍が"
                   "この線を越えて進攻し、8月25日までに南樺太を制圧したことで、境界としての役割を終えた。"),
         basis_ru=("Портсмутский мирный договор (подписан 5 сентября 1905 г.), ст. IX: 50-я параллель северной "
                   "широты — северная граница уступленной южной части Сахалина. Отсчёт — со вступления договора в силу "
                   "15 октября 1905 г. (ст. XIV: по последнему из двух уведомлений о ратификации). Линия перестала разделять две "
                   "администрации, когда советские войска, перейдя её 11 августа 1945 г., к 25 августа заняли "
                   "Южный Сахалин."),
         schematic=0,
         source_ids="portsmouth_treaty_text;frus_1905_d908;frus_1905_d909;wikipedia_invasion_south_sakhalin;gshhg"),
    dict(id="shimoda_etorofu_urup",
         name_en="Shimoda Treaty boundary between Etorofu and Uruppu",
         name_ja="日露和親条約の国境（択捉島と得撫島の間）",
         name_ru="граница по Симодскому трактату (между Итурупом и Урупом)",
         in_force="1856-12-07/1875-08-22", basis_event_id="E001",
         basis_en=("Treaty of Shimoda, signed 7 Feb 1855, Art. 2: the boundary lies between Etorofu and Uruppu. "
                   "Counted from the treaty's entry into force with the exchange of ratifications at Shimoda on "
                   "7 Dec 1856. The "
                   "treaty names only the strait, so the line is a sketch through the middle of the strait "
                   "(De Vries Strait) between the two islands. Superseded when the 1875 exchange made all the "
                   "Kurils Japanese (ratifications exchanged 22 Aug 1875)."),
         basis_ja=("日露和親条約（1855年2月7日調印）第2条：両国の境界は択捉島と得撫島の間とする。1856年12月7日の批准書交換"
                   "による発効から数える。条約は海峡を示すのみで"
                   "線の位置を定めていないため、両島間の海峡の中央を通る略線として描く。"),
         basis_ru=("Симодский трактат (подписан 7 февраля 1855 г.), ст. 2: граница проходит между островами Итуруп "
                   "и Уруп. Отсчёт — со вступления в силу после обмена ратификациями в Симоде 7 декабря 1856 г. "
                   "Трактат называет только пролив, поэтому линия проведена схематически через середину пролива "
                   "между островами."),
         schematic=1,
         source_ids="mofa_compendium_period2;japantimes_2004_border;mofa_shimoda_ratification"),
    dict(id="lopatka_shumshu_1875",
         name_en="1875 boundary between Cape Lopatka and Shumshu",
         name_ja="樺太・千島交換条約の国境（ロパトカ岬と占守島の間）",
         name_ru="граница по Петербургскому договору 1875 г. (между мысом Лопатка и островом Шумшу)",
         in_force="1875-08-22/1945-08-18", basis_event_id="E002",
         basis_en=("Treaty of Saint Petersburg, signed 7 May 1875, Art. 2; counted from its entry into force with "
                   "the exchange of ratifications on 22 Aug 1875. The "
                   "boundary passes through the strait between Cape Lopatka of Kamchatka and the island of "
                   "Shumshu. The treaty names only the strait, so the line is a sketch through its middle. In "
                   "force until the Soviet landing on Shumshu on 18 Aug 1945 (event E016)."),
         basis_ja=("樺太・千島交換条約（1875年5月7日調印、8月22日批准書交換）第2条：境界はカムチャツカ半島のロパトカ"
                   "岬と占守島の間の海峡を通る。条約は海峡を示すのみのため、海峡の中央を通る略線として描く。"),
         basis_ru=("Петербургский договор (7 мая 1875 г., ратификации обменены 22 августа 1875 г.), ст. 2: "
                   "граница проходит через пролив между мысом Лопатка на Камчатке и островом Шумшу. Договор "
                   "называет только пролив, поэтому линия проведена схематически через его середину."),
         schematic=1,
         source_ids="mofa_compendium_period2;wikipedia_battle_of_shumshu"),
]
SCHEMATIC_HALF_LENGTH_KM = {"shimoda_etorofu_urup": 20.0, "lopatka_shumshu_1875": 8.0}


# ----------------------------------------------------------------------------- helpers

def r5(v: float) -> float:
    return round(v, g.DECIMALS)


def km_per_degree(lat: float) -> tuple[float, float]:
    return 111.32 * math.cos(math.radians(lat)), 110.57


def in_region(ring, region) -> bool:
    closed = list(region) + [region[0]]
    return all(point_in_ring(x, y, closed) for x, y in ring)


def region_bbox(region):
    xs = [p[0] for p in region]
    ys = [p[1] for p in region]
    return min(xs), min(ys), max(xs), max(ys)


def widest_interior_point(ring, lat=None):
    """The middle of the widest stretch inside `ring` along the parallel through the middle
    of its latitude range (or `lat`), rounded to 3 decimals."""
    ys = [p[1] for p in ring]
    y = round((min(ys) + max(ys)) / 2.0, 3) if lat is None else lat
    xs = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y):
            xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    best = max(zip(xs[::2], xs[1::2]), key=lambda ab: ab[1] - ab[0])
    p = (round((best[0] + best[1]) / 2.0, 3), y)
    if not point_in_ring(p[0], p[1], ring):
        raise GeodataError(f"computed label point {p} is not inside")
    return p


def split_at_parallel(ring, lat, step):
    """Cuts a closed ring at a parallel. Returns (south_rings, north_rings). A ring that
    crosses the parallel must cross it exactly twice (checked); the cut edge gets a vertex
    every `step` degrees so that it follows the parallel in any projection. The cut points
    are rounded to 5 decimals and shared by both halves."""
    signs = [(0 if y == lat else (-1 if y < lat else 1)) for _, y in ring[:-1]]
    nonzero = [s for s in signs if s != 0]
    if not nonzero:
        raise GeodataError("ring lies on the parallel")
    changes = sum(1 for a, b in zip(nonzero, nonzero[1:] + nonzero[:1]) if a != b)
    if changes == 0:
        return ([ring], []) if nonzero[0] < 0 else ([], [ring])
    if changes != 2:
        raise GeodataError(f"ring crosses {lat} {changes} times; only 2 is handled")

    def half(keep):  # keep = -1 (south) or +1 (north)
        n = len(ring) - 1
        # start at a vertex strictly on the kept side
        start = next(i for i in range(n) if signs[i] == keep)
        out = []
        cut = None  # (index in out of the exit point)
        exits = 0
        for k in range(n):
            i = (start + k) % n
            j = (i + 1) % n
            p, q = ring[i], ring[j]
            si, sj = signs[i], signs[j]
            if si != -keep:
                out.append(p)
            if si * sj == -1:  # strict crossing
                x = r5(p[0] + (lat - p[1]) * (q[0] - p[0]) / (q[1] - p[1]))
                out.append((x, lat))
            if si != -keep and sj == -keep:  # leaving: out[-1] is the exit point
                cut = len(out) - 1
                exits += 1
        if exits != 1:
            raise GeodataError(f"{exits} exits across the parallel; only 1 is handled")
        exit_pt = out[cut]
        entry_pt = out[(cut + 1) % len(out)]
        if exit_pt[1] != lat or entry_pt[1] != lat:
            raise GeodataError("cut edge not on the parallel")
        x0, x1 = exit_pt[0], entry_pt[0]
        inner = []
        k0 = math.floor(min(x0, x1) / step) + 1
        k1 = math.ceil(max(x0, x1) / step) - 1
        for k in range(k0, k1 + 1):
            inner.append((r5(k * step), lat))
        if x0 > x1:
            inner.reverse()
        out = out[:cut + 1] + inner + out[cut + 1:]
        out.append(out[0])
        r = round_ring(out)
        return g.orient(r)

    return [half(-1)], [half(1)]


def parallel_line(x_west, x_east, lat, step):
    pts = [(x_west, lat)]
    k0 = math.floor(x_west / step) + 1
    k1 = math.ceil(x_east / step) - 1
    pts += [(r5(k * step), lat) for k in range(k0, k1 + 1)]
    pts.append((x_east, lat))
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    return out


def nearest_vertices(ring_a, ring_b, lat0):
    kx, ky = km_per_degree(lat0)
    best = None
    # coarse pass on every 8th vertex, then refine around the best pair
    def search(ia, ib):
        nonlocal best
        for i in ia:
            ax, ay = ring_a[i]
            for j in ib:
                bx, by = ring_b[j]
                d = ((ax - bx) * kx) ** 2 + ((ay - by) * ky) ** 2
                if best is None or d < best[0]:
                    best = (d, i, j)
    search(range(0, len(ring_a), 8), range(0, len(ring_b), 8))
    _, i0, j0 = best
    search(range(max(0, i0 - 64), min(len(ring_a), i0 + 65)), range(max(0, j0 - 64), min(len(ring_b), j0 + 65)))
    _, i, j = best
    return ring_a[i], ring_b[j], math.sqrt(best[0])


def strait_line(a, b, half_km):
    """A straight line through the midpoint of a-b, perpendicular to it, half_km to each side."""
    mx, my = (a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0
    kx, ky = km_per_degree(my)
    dx, dy = (b[0] - a[0]) * kx, (b[1] - a[1]) * ky
    n = math.hypot(dx, dy)
    px, py = -dy / n, dx / n  # unit perpendicular, km space
    p1 = (r5(mx - px * half_km / kx), r5(my - py * half_km / ky))
    p2 = (r5(mx + px * half_km / kx), r5(my + py * half_km / ky))
    # west end first
    return [p1, r5p((mx, my)), p2] if p1[0] <= p2[0] else [p2, r5p((mx, my)), p1]


def r5p(p):
    return (r5(p[0]), r5(p[1]))


def segments_intersect(p1, p2, q1, q2) -> bool:
    def orient3(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)
    o1, o2 = orient3(p1, p2, q1), orient3(p1, p2, q2)
    o3, o4 = orient3(q1, q2, p1), orient3(q1, q2, p2)
    return o1 != o2 and o3 != o4


def line_touches_land(line, polys) -> bool:
    xs = [p[0] for p in line]
    ys = [p[1] for p in line]
    bx0, by0, bx1, by1 = min(xs), min(ys), max(xs), max(ys)
    for poly in polys:
        rx0, ry0, rx1, ry1 = g.bbox(poly.ring)
        if rx1 < bx0 or rx0 > bx1 or ry1 < by0 or ry0 > by1:
            continue
        for x, y in line:
            if point_in_ring(x, y, poly.ring):
                return True
        for a, b in zip(line, line[1:]):
            for c, d in zip(poly.ring, poly.ring[1:]):
                if segments_intersect(a, b, c, d):
                    return True
    return False


# ----------------------------------------------------------------------------- writers

def write_geojson(path, features, name):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "name": name, "features": features}, f, ensure_ascii=False,
                  separators=(",", ":"))


def polygon_feature(props, rings_list, multi):
    if multi:
        geom = {"type": "MultiPolygon", "coordinates": [[[list(p) for p in r]] for r in rings_list]}
    else:
        geom = {"type": "Polygon", "coordinates": [[list(p) for p in rings_list[0]]]}
    return {"type": "Feature", "properties": props, "geometry": geom}


def to_fgb(src, dst, layer, geom_type, spatial_index, workdir):
    if os.path.exists(dst):
        os.remove(dst)
    g.run(["ogr2ogr", "-f", "FlatGeobuf", dst, src, "-nln", layer, "-a_srs", "EPSG:4326", "-nlt", geom_type,
           "-lco", f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}"], cwd=workdir)


# ----------------------------------------------------------------------------- main

def main(outdir, workdir, sources_csv):
    outdir, workdir = os.path.abspath(outdir), os.path.abspath(workdir)
    os.makedirs(outdir, exist_ok=True)
    os.makedirs(workdir, exist_ok=True)
    with open(sources_csv, newline="", encoding="utf-8") as f:
        known_sources = {row["id"] for row in csv.DictReader(f)}

    def check_sources(ids):
        for s in (ids or "").split(";"):
            if s and s not in known_sources:
                raise GeodataError(f"source id '{s}' is not defined in {sources_csv}")

    summary = {}
    coast = {}
    for name, res in LEVELS:
        rep = {}
        coast[name] = g.region_coastline(REGION, res, REGION_AREA, workdir, rep)
        summary[f"coastline_{name}"] = rep
    rep = {}
    world = g.world_coastline("c", WORLD_AREA, WORLD_WEST, workdir, rep)
    summary["coastline_world"] = rep

    for name, polys in list(coast.items()) + [("world", world)]:
        feats = [polygon_feature({"level": p.level}, [p.ring], False) for p in polys]
        src = os.path.join(workdir, f"coastline_{name}.geojson")
        write_geojson(src, feats, f"coastline_{name}")
        to_fgb(src, os.path.join(outdir, f"coastline_{name}.fgb"), f"coastline_{name}", "POLYGON", True, workdir)

    # --- territories from the full level
    land = [p for p in coast["full"] if p.level == 1]
    members = {t: [] for t in SELECTION_REGIONS}
    for idx, p in enumerate(land):
        px0, py0, px1, py1 = g.bbox(p.ring)
        hits = []
        for t, region in SELECTION_REGIONS.items():
            rx0, ry0, rx1, ry1 = region_bbox(region)
            if px0 < rx0 or px1 > rx1 or py0 < ry0 or py1 > ry1:
                continue
            if in_region(p.ring, region):
                hits.append(t)
        if len(hits) > 1:
            raise GeodataError(f"polygon {idx} lies in several selection regions: {hits}")
        if hits:
            members[hits[0]].append(p)

    def main_polygon(group, point, what):
        found = [p for p in group if point_in_ring(point[0], point[1], p.ring)]
        if len(found) != 1:
            raise GeodataError(f"{what}: {len(found)} polygons of the group contain {point}")
        return found[0]

    shapes = {}
    for t in TERRITORIES:
        if t["id"] in ("south_sakhalin", "north_sakhalin"):
            continue
        group = members[t["id"]]
        main_polygon(group, t["label"] or MAIN_POINTS[t["id"]], t["id"])
        shapes[t["id"]] = [p.ring for p in group]

    # Sakhalin: cut at 50 N
    sak = members["sakhalin"]
    sak_main = main_polygon(sak, SAKHALIN_POINT, "sakhalin")
    south, north = [], []
    crossings = None
    for p in sak:
        s, n = split_at_parallel(p.ring, SAKHALIN_SPLIT_LAT, PARALLEL_STEP)
        south += s
        north += n
        if p is sak_main:
            xs = sorted({x for r in s for x, y in r if y == SAKHALIN_SPLIT_LAT} &
                        {x for r in n for x, y in r if y == SAKHALIN_SPLIT_LAT})
            crossings = (xs[0], xs[-1])
    shapes["south_sakhalin"] = south
    shapes["north_sakhalin"] = north
    for tid in ("south_sakhalin", "north_sakhalin"):
        biggest = max(shapes[tid], key=lambda r: abs(g.ring_area2(r)))
        shapes[tid].sort(key=lambda r: 0 if r is biggest else 1)  # main island first

    labels = {}
    for t in TERRITORIES:
        rings = shapes[t["id"]]
        if not rings:
            raise GeodataError(f"territory {t['id']} selected no polygon")
        if t["label"] is not None:
            labels[t["id"]] = t["label"]
        else:
            point = MAIN_POINTS[t["id"]]
            found = [r for r in rings if point_in_ring(point[0], point[1], r)]
            if len(found) != 1:
                raise GeodataError(f"{t['id']}: main island not found at {point}")
            labels[t["id"]] = widest_interior_point(found[0])
        check_sources(t["area_sources"])
        check_sources(t["area_alt_sources"])

    feats = []
    for t in TERRITORIES:
        props = {"id": t["id"]}
        props.update(t["names"])
        props["label_lon"], props["label_lat"] = float(labels[t["id"]][0]), float(labels[t["id"]][1])
        props["published_area_km2"] = t["area"]
        props["area_source_ids"] = t["area_sources"]
        props["area_alt_km2"] = t["area_alt"]
        props["area_alt_source_ids"] = t["area_alt_sources"]
        props["context_only"] = t["context_only"]
        feats.append(polygon_feature(props, shapes[t["id"]], True))
    src = os.path.join(workdir, "territories.geojson")
    write_geojson(src, feats, "territories")
    to_fgb(src, os.path.join(outdir, "territories.fgb"), "territories", "MULTIPOLYGON", False, workdir)
    summary["territories"] = {t["id"]: {"polygons": len(shapes[t["id"]]),
                                        "vertices": sum(len(r) - 1 for r in shapes[t["id"]]),
                                        "label": labels[t["id"]]} for t in TERRITORIES}

    # --- parts
    feats = []
    part_summary = {}
    used = set()
    for part in PARTS:
        group = shapes[part["territory"]]
        if part["point"] is not None:
            found = [r for r in group if point_in_ring(part["point"][0], part["point"][1], r)]
            if len(found) != 1:
                raise GeodataError(f"part {part['id']}: {len(found)} polygons contain its point")
            rings = found
            label = part["point"]
        else:  # Todo / Oskolki
            kx, ky = km_per_degree(TODO_POSITION[1])
            rings = [r for r in group
                     if min(math.hypot((x - TODO_POSITION[0]) * kx, (y - TODO_POSITION[1]) * ky)
                            for x, y in r) <= TODO_RADIUS_KM]
            if not rings:
                raise GeodataError("no polygon near the Oskolki position")
            label = widest_interior_point(max(rings, key=lambda r: abs(g.ring_area2(r))))
        for r in rings:
            if id(r) in used:
                raise GeodataError(f"part {part['id']}: a polygon is already used by another part")
            used.add(id(r))
        props = {"id": part["id"], "territory_id": part["territory"]}
        props.update(part["names"])
        name_sources = PART_NAME_SOURCES.get(part["id"], PART_DEFAULT_NAME_SOURCES[part["territory"]])
        check_sources(name_sources)
        props["name_source_ids"] = name_sources
        props["published_area_km2"] = part["area"]
        props["area_source_ids"] = "mofa_northern_territories" if part["area"] is not None else None
        props["area_alt_km2"] = part["area_alt"]
        props["area_alt_source_ids"] = "hoppou_islands" if part["area_alt"] is not None else None
        props["label_lon"], props["label_lat"] = float(label[0]), float(label[1])
        feats.append(polygon_feature(props, rings, True))
        part_summary[part["id"]] = {"polygons": len(rings), "label": label}
    src = os.path.join(workdir, "territory_parts.geojson")
    write_geojson(src, feats, "territory_parts")
    to_fgb(src, os.path.join(outdir, "territory_parts.fgb"), "territory_parts", "MULTIPOLYGON", False, workdir)
    summary["territory_parts"] = part_summary

    # --- boundaries
    lines = {"sakhalin_50n": parallel_line(crossings[0], crossings[1], SAKHALIN_SPLIT_LAT, PARALLEL_STEP)}
    etorofu_main = main_polygon(members["etorofu"], (147.840, 44.991), "etorofu")
    urup_main = main_polygon(members["northern_kurils"], (149.985, 45.901), "urup")
    a, b, d_vries = nearest_vertices(etorofu_main.ring, urup_main.ring, 45.5)
    lines["shimoda_etorofu_urup"] = strait_line(a, b, SCHEMATIC_HALF_LENGTH_KM["shimoda_etorofu_urup"])
    # Cape Lopatka: the southernmost vertex of Kamchatka (the mainland polygon at 158E 53N)
    mainland = main_polygon(land, (158.0, 53.0), "kamchatka")
    lopatka = min((p for p in mainland.ring if 156.0 < p[0] < 157.5 and p[1] < 51.5), key=lambda p: (p[1], p[0]))
    shumshu = main_polygon(land, (156.385, 50.749), "shumshu")
    kx, ky = km_per_degree(lopatka[1])
    near = min(shumshu.ring, key=lambda p: ((p[0] - lopatka[0]) * kx) ** 2 + ((p[1] - lopatka[1]) * ky) ** 2)
    lines["lopatka_shumshu_1875"] = strait_line(near, lopatka, SCHEMATIC_HALF_LENGTH_KM["lopatka_shumshu_1875"])
    for bid in ("shimoda_etorofu_urup", "lopatka_shumshu_1875"):
        if line_touches_land(lines[bid], land):
            raise GeodataError(f"schematic line {bid} touches land; shorten it")
    feats = []
    for bd in BOUNDARIES:
        check_sources(bd["source_ids"])
        props = {k: bd[k] for k in ("id", "name_en", "name_ja", "name_ru", "in_force", "basis_event_id",
                                    "basis_en", "basis_ja", "basis_ru", "schematic", "source_ids")}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "LineString", "coordinates": [list(p) for p in lines[bd["id"]]]}})
    src = os.path.join(workdir, "boundaries_in.geojson")
    write_geojson(src, feats, "boundaries")
    dst = os.path.join(outdir, "boundaries.geojson")
    if os.path.exists(dst):
        os.remove(dst)
    g.run(["ogr2ogr", "-f", "GeoJSON", dst, src, "-nln", "boundaries", "-a_srs", "EPSG:4326",
           "-lco", "RFC7946=NO", "-lco", "COORDINATE_PRECISION=5", "-lco", "WRITE_BBOX=NO"], cwd=workdir)
    summary["boundaries"] = {
        "sakhalin_50n": {"from": lines["sakhalin_50n"][0], "to": lines["sakhalin_50n"][-1],
                         "vertices": len(lines["sakhalin_50n"])},
        "shimoda_etorofu_urup": {"line": lines["shimoda_etorofu_urup"], "strait_km": round(d_vries, 1),
                                 "etorofu_point": a, "urup_point": b},
        "lopatka_shumshu_1875": {"line": lines["lopatka_shumshu_1875"], "cape_lopatka": lopatka,
                                 "shumshu_point": near},
    }
    with open(os.path.join(workdir, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False, default=str)
    return summary


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    try:
        s = main(sys.argv[1], sys.argv[2], sys.argv[3])
    except GeodataError as e:
        sys.exit(f"build_geodata: {e}")
    for key in ("coastline_intermediate", "coastline_high", "coastline_full", "coastline_world"):
        r = s[key]
        print(f"{key}: {r['polygons']} polygons (levels {r['polygons_by_level']}), {r['vertices']} vertices "
              f"+ {r['polygons']} closing = {r['vertices'] + r['polygons']}; open chains {r['open_chains']}, "
              f"land faces {r['land_faces']}, dropped {r['dropped_degenerate']}, spikes removed {r['spikes_removed']}")
    for tid, r in s["territories"].items():
        print(f"territory {tid}: {r['polygons']} polygons, {r['vertices']} vertices, label {r['label']}")
    for pid, r in s["territory_parts"].items():
        print(f"part {pid}: {r['polygons']} polygon(s), label {r['label']}")
    b = s["boundaries"]
    print(f"boundary sakhalin_50n: {b['sakhalin_50n']['from']} -> {b['sakhalin_50n']['to']}, "
          f"{b['sakhalin_50n']['vertices']} vertices")
    print(f"boundary shimoda_etorofu_urup: {b['shimoda_etorofu_urup']['line']} "
          f"(strait {b['shimoda_etorofu_urup']['strait_km']} km between nearest vertices)")
    print(f"boundary lopatka_shumshu_1875: {b['lopatka_shumshu_1875']['line']} "
          f"(Cape Lopatka {b['lopatka_shumshu_1875']['cape_lopatka']})")
