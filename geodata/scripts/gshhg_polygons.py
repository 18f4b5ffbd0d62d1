# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Land polygons from Debian's GSHHG through `gmt coast -M` (standard library only).

`gmt coast -W -M` dumps shoreline *pieces*, cut at GSHHG's internal bins and at the -R
box. Pieces that meet at a bin edge share bit-identical end points, so they are rejoined
here by exact matching of their end points (no tolerance, no GEOS). What results is

* closed rings: each becomes one polygon directly, with its GSHHG level (1 land, 2 lake,
  3 island in a lake, 4 pond). Nothing is polygonized, so the innermost of three nested
  rings cannot be lost (the ST_Polygonize/ST_BuildArea trap of geodata-notes.md);
* open chains that start and end on the box edge (land cut by the box). These are
  non-crossing chords of the box; the box is divided into faces by walking each chord and
  then along the box edge counter-clockwise to the next chord end. Each face is
  classified land or water with `gmt select -N` on a point inside the face that lies
  outside every closed ring (a bare point inside an ocean face can fall on an island);
  faces on the two sides of each chord must get opposite classes, which is checked.
  Only land faces are kept, so no polygon is ever the ocean or the box itself.

Coordinates are rounded to 5 decimals at the end (GSHHG's own step is 1/65535 degree).
"""

from __future__ import annotations

import collections
import math
import os
import subprocess
from dataclasses import dataclass

DECIMALS = 5


class GeodataError(RuntimeError):
    pass


@dataclass
class RingPolygon:
    level: int
    ring: list  # [(x, y), ...] closed (first == last), floats


def run(cmd: list[str], cwd: str, stdin: str | None = None) -> str:
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    # keep GMT away from any user gmt.conf and write its scratch files in the work dir
    env["GMT_USERDIR"] = cwd
    env["GMT_TMPDIR"] = cwd
    proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise GeodataError(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return proc.stdout


GMT_DEFAULTS = ["--FORMAT_FLOAT_OUT=%.12g", "--IO_SEGMENT_MARKER=>", "--FORMAT_GEO_OUT=D",
                "--IO_COL_SEPARATOR=tab"]


def gmt_pieces(region: str, resolution: str, area: str, workdir: str) -> list[tuple[int, list]]:
    """Shoreline pieces as (level, [(x, y), ...]) with coordinates as floats parsed from text."""
    out = run(["gmt", "coast", f"-R{region}", f"-D{resolution}", "-W", "-M", f"-A{area}"] + GMT_DEFAULTS,
              cwd=workdir)
    pieces = []
    current = None
    for line in out.splitlines():
        if not line.strip():
            continue
        if line.startswith(">"):
            if "Level" not in line:
                raise GeodataError(f"unexpected segment header from gmt coast: {line!r}")
            current = (int(line.rsplit(None, 1)[1]), [])
            pieces.append(current)
        else:
            x, y = line.split()[:2]
            current[1].append((float(x), float(y)))
    return [(lvl, pts) for lvl, pts in pieces if len(pts) >= 2]


def merge_pieces(pieces: list[tuple[int, list]]):
    """Rejoins pieces by identical end points, per level. Returns (rings, chains), each a
    list of (level, points)."""
    by_level = collections.defaultdict(list)
    for lvl, pts in pieces:
        by_level[lvl].append(pts)
    rings, chains = [], []
    for lvl in sorted(by_level):
        ps = by_level[lvl]
        ends = collections.defaultdict(list)
        for i, p in enumerate(ps):
            if p[0] != p[-1]:
                ends[p[0]].append(i)
                ends[p[-1]].append(i)
        for key, users in ends.items():
            if len(users) > 2:
                raise GeodataError(f"level {lvl}: {len(users)} pieces meet at {key}; cannot merge unambiguously")
        used = [False] * len(ps)
        for i, p in enumerate(ps):
            if used[i]:
                continue
            used[i] = True
            if p[0] == p[-1]:
                rings.append((lvl, list(p)))
                continue
            chain = list(p)
            while True:  # forward
                nxt = [j for j in ends[chain[-1]] if not used[j]]
                if not nxt or chain[0] == chain[-1]:
                    break
                j = nxt[0]
                used[j] = True
                q = ps[j]
                chain += q[1:] if q[0] == chain[-1] else q[::-1][1:]
            while chain[0] != chain[-1]:  # backward
                nxt = [j for j in ends[chain[0]] if not used[j]]
                if not nxt:
                    break
                j = nxt[0]
                used[j] = True
                q = ps[j]
                chain = (q[:-1] if q[-1] == chain[0] else q[::-1][:-1]) + chain
            (rings if chain[0] == chain[-1] else chains).append((lvl, chain))
    return rings, chains


# ----------------------------------------------------------------------------- geometry helpers

def ring_area2(ring) -> float:
    """Twice the signed planar area (positive = counter-clockwise)."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s


def bbox(ring):
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def point_in_ring(x: float, y: float, ring) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xi > x:
                inside = not inside
    return inside


class RingIndex:
    """Closed rings with bounding boxes, for point-in-any-ring tests."""

    def __init__(self, rings):
        self.items = [(bbox(r), r) for r in rings]

    def inside_any(self, x, y) -> bool:
        for (x0, y0, x1, y1), r in self.items:
            if x0 <= x <= x1 and y0 <= y <= y1 and point_in_ring(x, y, r):
                return True
        return False


# ----------------------------------------------------------------------------- chords of a box

class Box:
    def __init__(self, x0, y0, x1, y1):
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.w, self.h = x1 - x0, y1 - y0
        self.perimeter = 2 * (self.w + self.h)

    def param(self, p) -> float:
        """Position along the box edge, counter-clockwise from the south-west corner."""
        x, y = p
        if y == self.y0 and self.x0 <= x <= self.x1:
            return x - self.x0
        if x == self.x1 and self.y0 <= y <= self.y1:
            return self.w + (y - self.y0)
        if y == self.y1 and self.x0 <= x <= self.x1:
            return self.w + self.h + (self.x1 - x)
        if x == self.x0 and self.y0 <= y <= self.y1:
            return 2 * self.w + self.h + (self.y1 - y)
        raise GeodataError(f"chain end {p} is not on the box edge {self.x0},{self.y0},{self.x1},{self.y1}")

    def corners_between(self, t_from: float, t_to: float):
        """Box corners passed walking counter-clockwise from t_from to t_to."""
        corners = [(self.w, (self.x1, self.y0)), (self.w + self.h, (self.x1, self.y1)),
                   (2 * self.w + self.h, (self.x0, self.y1)), (self.perimeter, (self.x0, self.y0))]
        span = (t_to - t_from) % self.perimeter
        out = []
        for k in range(2):  # corners up to one full turn ahead
            for tc, c in corners:
                tc_abs = tc + k * self.perimeter
                if t_from < tc_abs < t_from + span:
                    out.append((tc_abs, c))
        out.sort()
        return [c for _, c in out]

    def point_at(self, t: float):
        t %= self.perimeter
        if t <= self.w:
            return (self.x0 + t, self.y0), (0.0, 1.0)
        if t <= self.w + self.h:
            return (self.x1, self.y0 + t - self.w), (-1.0, 0.0)
        if t <= 2 * self.w + self.h:
            return (self.x1 - (t - self.w - self.h), self.y1), (0.0, -1.0)
        return (self.x0, self.y1 - (t - 2 * self.w - self.h)), (1.0, 0.0)


def chord_faces(box: Box, chains):
    """Faces of the box cut by non-crossing chains whose ends lie on the box edge.
    Returns a list of faces: (ring, [(chain index, direction)], [(t_from, t_to) edge arcs])."""
    ends = []  # (t, chain index, is_start)
    for k, ch in enumerate(chains):
        if ch[0] == ch[-1]:
            raise GeodataError("a closed ring was passed as a chord")
        ends.append((box.param(ch[0]), k, True))
        ends.append((box.param(ch[-1]), k, False))
    ends.sort()
    ts = [e[0] for e in ends]
    if len(set(ts)) != len(ts):
        raise GeodataError("two chains end at the same point of the box edge")
    faces = []
    visited = set()
    for k0 in range(len(chains)):
        for d0 in (True, False):  # True: start -> end
            if (k0, d0) in visited:
                continue
            ring, members, arcs = [], [], []
            k, d = k0, d0
            while (k, d) not in visited:
                visited.add((k, d))
                members.append((k, d))
                pts = chains[k] if d else chains[k][::-1]
                ring.extend(pts if not ring else pts[1:] if ring[-1] == pts[0] else pts)
                t_exit = box.param(pts[-1])
                idx = next((i for i, e in enumerate(ends) if e[0] > t_exit), 0)
                t_next, j, is_start = ends[idx]
                ring.extend(box.corners_between(t_exit, t_next))
                arcs.append((t_exit, t_next))
                k, d = j, is_start
            if (k, d) != (k0, d0):
                raise GeodataError("chord walk did not return to its start")
            ring.append(ring[0])
            faces.append((ring, members, arcs))
    if len(faces) != len(chains) + 1:
        raise GeodataError(f"{len(chains)} chords gave {len(faces)} faces (expected {len(chains) + 1}); "
                           "chains cross or touch")
    return faces


def probe_point(box: Box, face, others: RingIndex):
    """A point inside `face` and outside every closed ring, near one of its box-edge arcs."""
    ring, _, arcs = face
    fb = bbox(ring)
    for t_from, t_to in arcs:
        span = (t_to - t_from) % box.perimeter
        for frac in (0.5, 0.25, 0.75, 0.1, 0.9, 0.4, 0.6, 0.05, 0.95):
            (px, py), (nx, ny) = box.point_at(t_from + frac * span)
            for eps in (1e-2, 1e-3, 1e-4, 1e-5):
                x, y = px + nx * eps, py + ny * eps
                if not (fb[0] <= x <= fb[2] and fb[1] <= y <= fb[3]):
                    continue
                if point_in_ring(x, y, ring) and not others.inside_any(x, y):
                    return x, y
    raise GeodataError("no probe point found inside a face")


def classify_land(points, resolution: str, area: str, workdir: str) -> list[bool]:
    """True for points on land (GSHHG level 1 or 3) by `gmt select -N`, global region -Rd."""
    lines = []
    for i, (x, y) in enumerate(points):
        lon = ((x + 180.0) % 360.0) - 180.0
        lines.append(f"{lon:.9f}\t{y:.9f}\tp{i}")
    out = run(["gmt", "select", "-Rd", f"-D{resolution}", f"-A{area}", "-Ns/k", "-fg"] + GMT_DEFAULTS,
              cwd=workdir, stdin="\n".join(lines) + "\n")
    kept = set()
    for line in out.splitlines():
        if line.strip() and not line.startswith(">"):
            kept.add(int(line.split()[-1][1:]))
    return [i in kept for i in range(len(points))]


# ----------------------------------------------------------------------------- rounding

SCALE = 10 ** DECIMALS


def _is_spike(a, b, c) -> bool:
    """b is a spike: the path a-b-c turns back on itself along one line."""
    abx, aby = b[0] - a[0], b[1] - a[1]
    bcx, bcy = c[0] - b[0], c[1] - b[1]
    return abx * bcy - aby * bcx == 0 and abx * bcx + aby * bcy < 0


def round_ring(ring, stats=None):
    """Rounds to DECIMALS, drops repeated points and spikes (a vertex where the outline
    turns back on itself along the same line: GSHHG's crude bins have a few such
    back-and-forth steps of one data unit along bin edges, which become self-overlapping
    segments). Exact integer arithmetic on the rounded values. Returns None when fewer than
    3 distinct points remain."""
    pts = []
    for x, y in ring:
        p = (round(round(x, DECIMALS) * SCALE), round(round(y, DECIMALS) * SCALE))
        if not pts or pts[-1] != p:
            pts.append(p)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    removed = 0
    out = []
    for p in pts:
        out.append(p)
        while len(out) >= 3 and (out[-1] == out[-2] or _is_spike(out[-3], out[-2], out[-1])):
            if out[-1] == out[-2]:
                out.pop()
            else:
                del out[-2]
                removed += 1
    changed = True
    while changed and len(out) >= 3:  # the seam between the last and the first point
        changed = False
        if out[-1] == out[0]:
            out.pop()
            changed = True
        elif _is_spike(out[-2], out[-1], out[0]):
            out.pop()
            removed += 1
            changed = True
        elif _is_spike(out[-1], out[0], out[1]):
            out.pop(0)
            removed += 1
            changed = True
    if stats is not None:
        stats["spikes_removed"] = stats.get("spikes_removed", 0) + removed
    if len(out) < 3:
        return None
    res = [(x / SCALE, y / SCALE) for x, y in out]
    res.append(res[0])
    return res


def orient(ring, ccw=True):
    a = ring_area2(ring)
    if (a > 0) != ccw:
        return ring[::-1]
    return ring


# ----------------------------------------------------------------------------- the builders

def land_polygons(pieces, box: Box, resolution: str, area: str, workdir: str, report: dict):
    rings, chains = merge_pieces(pieces)
    return assemble(rings, chains, box, resolution, area, workdir, report)


def assemble(rings, chains, box: Box, resolution: str, area: str, workdir: str, report: dict):
    polys = [RingPolygon(lvl, r) for lvl, r in rings]
    open_levels = sorted({lvl for lvl, _ in chains})
    if any(lvl != 1 for lvl in open_levels):
        raise GeodataError(f"open shoreline chains of levels {open_levels}: only land (1) cut by the box is handled")
    chain_pts = [c for _, c in chains]
    report["closed_rings_by_level"] = dict(collections.Counter(lvl for lvl, _ in rings))
    report["open_chains"] = len(chain_pts)
    land_faces = 0
    if chain_pts:
        faces = chord_faces(box, chain_pts)
        level1 = RingIndex([r for lvl, r in rings if lvl == 1])
        probes = [probe_point(box, f, level1) for f in faces]
        is_land = classify_land(probes, resolution, area, workdir)
        # across each chord, one side is land and the other water
        side = {}
        for fi, (_, members, _) in enumerate(faces):
            for k, d in members:
                side[(k, d)] = is_land[fi]
        for k in range(len(chain_pts)):
            if side[(k, True)] == side[(k, False)]:
                raise GeodataError(f"chain {k}: both sides classified {'land' if side[(k, True)] else 'water'}")
        for fi, f in enumerate(faces):
            if is_land[fi]:
                polys.append(RingPolygon(1, f[0]))
                land_faces += 1
    report["land_faces"] = land_faces
    out = []
    dropped = 0
    stats = {}
    for p in polys:
        r = round_ring(p.ring, stats)
        if r is None:
            dropped += 1
            continue
        out.append(RingPolygon(p.level, orient(r)))
    report["dropped_degenerate"] = dropped
    report["spikes_removed"] = stats.get("spikes_removed", 0)
    report["polygons"] = len(out)
    report["polygons_by_level"] = dict(sorted(collections.Counter(p.level for p in out).items()))
    report["vertices"] = sum(len(p.ring) - 1 for p in out)
    return out


def region_coastline(region, resolution, area, workdir, report):
    x0, x1, y0, y1 = (float(v) for v in region.split("/"))
    pieces = gmt_pieces(region, resolution, area, workdir)
    return land_polygons(pieces, Box(x0, y0, x1, y1), resolution, area, workdir, report)


def _unwrap_ring(ring):
    """Makes a ring of a global `gmt coast` dump continuous in longitude. GMT writes
    the dateline as 180 on one side and -179.99969482 (one GSHHG step off) on the other;
    the two points of such a jump are snapped to +-180 so that the ring closes exactly.
    Returns (points, turns): turns is the net number of times it wraps around the globe."""
    pts = [list(p) for p in ring]
    n = len(pts)
    for i in range(n - 1):
        a, b = pts[i], pts[i + 1]
        if abs(a[0] - b[0]) > 180.0:
            for q in (a, b):
                if abs(abs(q[0]) - 180.0) < 1e-3:
                    q[0] = 180.0 if q[0] > 0 else -180.0
    if ring[0] == ring[-1]:
        pts[-1] = list(pts[0])  # the closing point shares any snapping of the first
    out = [tuple(pts[0])]
    shift = 0.0
    for i in range(1, n):
        dx = pts[i][0] - pts[i - 1][0]
        if dx > 180.0:
            shift -= 360.0
        elif dx < -180.0:
            shift += 360.0
        p = (pts[i][0] + shift, pts[i][1])
        if p != out[-1]:
            out.append(p)
    return out, round(shift / 360.0)


def _cut_at_meridians(ring, turns: int, west: float, east: float):
    """Cuts a ring with continuous longitudes at the meridians west + k*width (width =
    east - west) and returns the pieces, each shifted into [west, east], or None when the
    ring crosses no such meridian. `ring[-1]` equals `ring[0]` shifted by turns*360
    (turns != 0 for Antarctica, which goes once around the pole). Cut points lie exactly
    on the meridian, so the pieces end exactly on the box edge."""
    width = east - west
    if abs(width - 360.0) > 1e-9:
        raise GeodataError("the world box must be 360 degrees wide")

    def strip(x):
        return math.floor((x - west) / width)

    for x, _ in ring:
        if (x - west) % width == 0.0:
            raise GeodataError(f"a shoreline vertex lies exactly on the cut meridian ({x})")
    n = len(ring) - 1
    offset = turns * 360.0
    ext = list(ring) + [(x + offset, y) for x, y in ring[1:]]

    def cut_points(p1, p2):
        (x1, y1), (x2, y2) = p1, p2
        s1, s2 = strip(x1), strip(x2)
        if s1 < s2:
            cs = [west + k * width for k in range(s1 + 1, s2 + 1)]
        else:
            cs = [west + k * width for k in range(s1, s2, -1)]
        return [(c, y1 + (c - x1) * (y2 - y1) / (x2 - x1)) for c in cs]

    crossing = [i for i in range(n) if strip(ring[i][0]) != strip(ring[i + 1][0])]
    if not crossing:
        return None
    c0 = crossing[0]
    cuts0 = cut_points(ext[c0], ext[c0 + 1])
    chains = [[a, b] for a, b in zip(cuts0, cuts0[1:])]
    current = [cuts0[-1]]
    for i in range(c0 + 1, c0 + n + 1):
        p1, p2 = ext[i], ext[i + 1]
        current.append(p1)
        if strip(p1[0]) != strip(p2[0]):
            cps = cut_points(p1, p2)
            current.append(cps[0])
            chains.append(current)
            chains.extend([a, b] for a, b in zip(cps, cps[1:]))
            current = [cps[-1]]
    if len(current) != 1:
        raise GeodataError("meridian cut did not close")
    out = []
    for ch in chains:
        mid = ch[len(ch) // 2] if len(ch) > 2 else ((ch[0][0] + ch[1][0]) / 2.0, 0.0)
        k = strip(mid[0])
        out.append([(x - k * width, y) for x, y in ch])
    return out


def world_coastline(resolution, area, cut_west, workdir, report):
    """Whole world with longitudes in [cut_west, cut_west + 360]. GMT dumps the globe (a global -R)
    as closed rings in [-180, 180] that jump at the dateline; each ring is made
    continuous, placed in [cut_west, cut_west + 360] and, where it crosses the cut
    meridian, cut into chains that end on the box edge; these are closed along the box
    edge like the region's (Antarctica is closed along the bottom edge, latitude -90)."""
    east = cut_west + 360.0
    pieces = gmt_pieces(f"{cut_west:g}/{east:g}/-90/90", resolution, area, workdir)
    rings, chains = merge_pieces(pieces)
    if chains:
        raise GeodataError("global shoreline dump has open chains")
    closed, cut = [], []
    for lvl, ring in rings:
        pts, turns = _unwrap_ring(ring)
        if turns == 0 and pts[-1] != pts[0]:
            raise GeodataError("unwrapped ring does not close")
        if turns != 0:
            if lvl != 1 or min(y for _, y in pts) > -60.0:
                raise GeodataError("a ring other than Antarctica goes around the globe")
        pieces_cut = _cut_at_meridians(pts, turns, cut_west, east)
        if pieces_cut is None:
            k = math.floor((pts[0][0] - cut_west) / 360.0)
            closed.append((lvl, [(x - k * 360.0, y) for x, y in pts]))
        else:
            if lvl != 1:
                raise GeodataError("a lake is cut by the world's edge meridian")
            cut.extend((lvl, c) for c in pieces_cut)
    report["cut_rings"] = len(rings) - len(closed)
    return assemble(closed, cut, Box(cut_west, -90.0, east, 90.0), resolution, area, workdir, report)
