#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens the GIS edition in QGIS itself (headless) and checks what a QGIS user would see.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/tools/qgis_check.py GPKG
           [--cli build/dev/core/cli/okhotsk-cli] [--date 1945-08-30] [--png OUT.png]

Needs Debian's python3-qgis (QGIS 3.22; `apt-get install python3-qgis`), so it is not part of
the test suite. It checks that:
- every spatial layer loads with the default style stored in the GeoPackage (layer_styles):
  the renderer the stored QML names, and for control_periods a rule per state in the state's
  colour from the states layer;
- every layer with `earliest`/`latest` is temporal, from those fields, with the end day
  included, so the Temporal Controller works with no setup;
- on DATE and the --also days (a one-day frame, as the Temporal Controller's day step makes
  it) the temporal filter shows exactly one control period per territory that has a period
  on that day, the same periods as `okhotsk-cli state DAY --json` on the embedded dataset,
  and the style hatches as disputed exactly the periods the CLI calls disputed;
and renders the coastline, control periods, boundaries, places and events of that day, at
1920x1080 in the atlas's Region projection, to OUT.png (default qgis_check.png) to look at.
Exit status 0 when every check passed, 1 otherwise (each failure printed).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (the platform must be set before Qt starts)
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

REGION = "+proj=lcc +lat_0=45 +lon_0=145 +lat_1=38 +lat_2=52 +datum=WGS84 +units=m +no_defs"
RENDER_ORDER = ["events", "places", "boundaries", "territory_parts", "control_periods", "coastline_intermediate"]


class Check:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def expect(self, ok: bool, message: str) -> bool:
        print(("ok    " if ok else "FAIL  ") + message)
        if not ok:
            self.failures.append(message)
        return ok


def stored_styles(gpkg: Path) -> dict[str, str]:
    with sqlite3.connect(gpkg) as db:
        rows = db.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault = 1").fetchall()
        spatial = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
    styles = dict(rows)
    return {layer: styles.get(layer, "") for layer in spatial}


def renderer_type(qml: str) -> str:
    element = ElementTree.fromstring(qml.split("?>")[-1].split("'SYSTEM'>")[-1]).find("renderer-v2")
    return element.get("type", "") if element is not None else ""


def state_colours(gpkg: Path) -> dict[str, str]:
    with sqlite3.connect(gpkg) as db:
        return {row[0]: row[1].lower() for row in db.execute("SELECT id, colour FROM states")}


def check_style(check: Check, layer: QgsVectorLayer, qml: str, gpkg: Path) -> None:
    name = layer.name()
    expected = renderer_type(qml)
    actual = layer.renderer().type() if layer.renderer() else ""
    check.expect(bool(qml) and actual == expected, f"{name}: default style loaded (renderer {actual}, stored {expected or 'none'})")
    if name != "control_periods":
        return
    colours = state_colours(gpkg)
    rules = {rule.filterExpression(): rule for rule in layer.renderer().rootRule().children()}
    for state, colour in colours.items():
        rule = rules.get(f"\"administered_by\" = '{state}'")
        if rule is None:
            continue  # a state that administered nothing has no rule
        outline = rule.symbol().symbolLayer(0).strokeColor().name()
        check.expect(outline == colour, f"control_periods: the rule of {state} outlined in its colour {colour} ({outline})")


def check_temporal(check: Check, layer: QgsVectorLayer) -> bool:
    fields = layer.fields().names()
    if "earliest" not in fields:
        return False
    properties = layer.temporalProperties()
    ok = (
        properties.isActive()
        and properties.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
        and properties.startField() == "earliest"
        and properties.endField() == "latest"
        and properties.limitMode() == Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd
    )
    check.expect(ok, f"{layer.name()}: temporal from earliest to latest, end day included")
    return ok


def day_range(date: str) -> QgsDateTimeRange:
    day = QDate.fromString(date, "yyyy-MM-dd")
    # The Temporal Controller's frame for a one-day step: the day's start up to the next day's.
    return QgsDateTimeRange(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)), True, False)


def shown_on(layer: QgsVectorLayer, frame: QgsDateTimeRange) -> list:
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = layer.temporalProperties().createFilterString(context, frame)
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def disputed_rule(layer: QgsVectorLayer) -> QgsExpression | None:
    for rule in layer.renderer().rootRule().children():
        if rule.ruleKey() == "disputed":
            return QgsExpression(rule.filterExpression())
    return None


def check_periods(check: Check, layer: QgsVectorLayer, date: str, cli: str) -> None:
    shown = shown_on(layer, day_range(date))
    per_territory: dict[str, list[str]] = {}
    for feature in shown:
        per_territory.setdefault(feature["territory_id"], []).append(feature["id"])
    state = json.loads(subprocess.run([cli, "state", date, "--json"], check=True, capture_output=True, text=True).stdout)
    expected = {t["id"]: sorted(p["id"] for p in t["periods"]) for t in state["territories"] if t["periods"]}
    # The hatching of the style marks the periods the atlas calls disputed, no more, no fewer.
    cli_disputed = {p["id"] for t in state["territories"] for p in t["periods"] if p["disputed"]}
    rule = disputed_rule(layer)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    hatched = set()
    for feature in shown:
        context.setFeature(feature)
        if rule is not None and rule.evaluate(context):
            hatched.add(feature["id"])
    check.expect(rule is not None and hatched == cli_disputed,
                 f"control_periods on {date}: hatched as disputed {sorted(hatched)} = the CLI's disputed")
    print(f"      {date}: the temporal filter shows {len(shown)} control periods:")
    for territory, ids in sorted(per_territory.items()):
        print(f"        {territory}: {', '.join(sorted(ids))}")
    check.expect(all(len(ids) == 1 for ids in per_territory.values()), f"control_periods on {date}: one period per territory")
    actual = {territory: sorted(ids) for territory, ids in per_territory.items()}
    check.expect(actual == expected, f"control_periods on {date}: the periods of `okhotsk-cli state {date} --json` ({len(expected)} territories)")


def render(layers: dict[str, QgsVectorLayer], date: str, out: Path) -> None:
    settings = QgsMapSettings()
    settings.setLayers([layers[name] for name in RENDER_ORDER if name in layers])
    crs = QgsCoordinateReferenceSystem()
    crs.createFromProj(REGION)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(1920, 1080))
    settings.setBackgroundColor(QColor(221, 232, 240))  # the atlas's sea
    # The atlas's Region view: 139–157°E × 41–52°N (app/src/session/view/map_viewport.cpp).
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    settings.setExtent(to_map.transformBoundingBox(QgsRectangle(139.0, 41.0, 157.0, 52.0)))
    settings.setIsTemporal(True)
    settings.setTemporalRange(day_range(date))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(out))
    print(f"      rendered {date} to {out}")


def open_as_desktop_does(gpkg: Path, name: str) -> QgsVectorLayer:
    """The layer as QGIS Desktop adds it (QgisApp::addVectorLayer): made without its default
    style, which loadDefaultStyle() then reads, from the GeoPackage's layer_styles. (Left to the
    constructor, QGIS 3.22 applies the stored symbology but not the temporal settings.)"""
    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr", options)
    if layer.isValid():
        layer.loadDefaultStyle()
    return layer


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gpkg", type=Path)
    parser.add_argument("--cli", default="build/dev/core/cli/okhotsk-cli")
    parser.add_argument("--date", default="1945-08-30")
    parser.add_argument("--png", type=Path, default=Path("qgis_check.png"))
    parser.add_argument("--also", nargs="*", default=["1875-01-01", "1910-01-01", "1946-06-01", "2000-01-01"],
                        help="more days whose control periods are checked (not rendered)")
    args = parser.parse_args(argv)
    application = QgsApplication([], False)
    application.initQgis()
    check = Check()
    print(f"QGIS {Qgis.QGIS_VERSION}, {args.gpkg}")
    layers = {}
    for name, qml in stored_styles(args.gpkg).items():
        layer = open_as_desktop_does(args.gpkg, name)
        if not check.expect(layer.isValid(), f"{name}: opens"):
            continue
        layers[name] = layer
        check_style(check, layer, qml, args.gpkg)
        check_temporal(check, layer)
    for name in ("control_periods", "events", "boundaries", "places"):
        check.expect(name in layers and layers[name].temporalProperties().isActive(), f"{name}: temporal")
    if "control_periods" in layers:
        for date in [args.date, *args.also]:
            check_periods(check, layers["control_periods"], date, args.cli)
    render(layers, args.date, args.png)
    print(f"{len(check.failures)} failure(s)")
    sys.stdout.flush()
    # QGIS 3.22's Python bindings may crash while tearing down; the result is already out.
    os._exit(1 if check.failures else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
