#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stores the atlas's QGIS styles in a GeoPackage export, as QGIS's own default styles.

Usage: add_qgis_styles.py GPKG [--styles DIR]

GPKG is an export of the dataset (`okhotsk-cli export gpkg GPKG`, the export schema of
geodata/README.md). DIR holds one QGIS style per layer (default: geodata/styles beside this
script): LAYER.qml, and coastline.qml for every coastline_* layer. Each spatial layer gets one
row in the GeoPackage's `layer_styles` table (the table QGIS writes when it saves a style to
the database), marked as its default, so that QGIS draws the layer in the atlas's colours when
the file is opened, and the Temporal Controller uses `earliest`/`latest` with no setup.

control_periods.qml has a marker where the rules go: one rule per value of `administered_by`
in the data, coloured from the `colour` column of the `states` layer.

The style of a layer whose QML asks for temporal fields the layer does not have, a spatial
layer with no style, a state with a bad colour: each is an error naming the file, the layer,
the feature and the field; nothing is written then. Running the script again replaces the
styles it wrote. Standard library only (sqlite3): a GeoPackage is an SQLite database.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

STYLE_NAME = "Okhotsk Atlas"
DESCRIPTION = "Okhotsk Atlas: the atlas's colours; time from earliest/latest (both days included)"

# The table QGIS creates (QgsOgrProvider, GeoPackage) when a style is saved to the database.
LAYER_STYLES_DDL = """CREATE TABLE IF NOT EXISTS "layer_styles" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256),
  "f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256),
  "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN,
  "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),
  "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"""

RULES_MARKER = "<!-- @STATE_RULES@ -->"
SYMBOLS_MARKER = "<!-- @STATE_SYMBOLS@ -->"
TEMPORAL_FIELDS = re.compile(r'\b(startField|endField)="([^"]*)"')
COLOUR = re.compile(r"^#([0-9a-fA-F]{6})$")


class StyleError(Exception):
    """A problem with the GeoPackage or a style, worded for the user."""


@dataclass
class State:
    colour: tuple[int, int, int]
    label: str


def fill_of(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """The fill of a state's territory: its colour mixed with white, as the atlas fills
    (app/src/style/palette.cpp, stateFill)."""
    return tuple(int(c + (255 - c) * 0.55) for c in colour)  # type: ignore[return-value]


def rgba(colour: tuple[int, int, int], alpha: int = 255) -> str:
    return f"{colour[0]},{colour[1]},{colour[2]},{alpha}"


def option(name: str, value: str) -> str:
    return f'<Option name="{name}" type="QString" value={quoteattr(value)}/>'


def simple_fill(fill: tuple[int, int, int], outline: tuple[int, int, int]) -> str:
    return (
        '<layer class="SimpleFill" enabled="1" locked="0" pass="0"><Option type="Map">'
        + option("style", "solid")
        + option("color", rgba(fill))
        + option("outline_style", "solid")
        + option("outline_color", rgba(outline))
        + option("outline_width", "0.3")
        + option("outline_width_unit", "MM")
        + "</Option></layer>"
    )


def stripes(name: str, colour: tuple[int, int, int], angle: int) -> str:
    return (
        '<layer class="LinePatternFill" enabled="1" locked="0" pass="0"><Option type="Map">'
        + option("angle", str(angle))
        + option("distance", "2.4")
        + option("distance_unit", "MM")
        + option("line_width", "0.9")
        + option("line_width_unit", "MM")
        + "</Option>"
        + f'<symbol type="line" name="@{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        + '<layer class="SimpleLine" enabled="1" locked="0" pass="0"><Option type="Map">'
        + option("line_color", rgba(colour))
        + option("line_width", "0.9")
        + option("line_width_unit", "MM")
        + "</Option></layer></symbol></layer>"
    )


def state_rules(administered: list[str], states: dict[str, State], where: str) -> tuple[str, str]:
    """The rules and symbols for every value of administered_by in the data."""
    rules, symbols = [], []
    for index, value in enumerate(administered):
        ids = [part for part in value.split(";") if part]
        unknown = [state for state in ids if state not in states]
        if unknown:
            raise StyleError(
                f"{where}: layer control_periods, field administered_by: state "
                f"{unknown[0]!r} is not in the states layer"
            )
        name = f"state{index}"
        first = states[ids[0]]
        layers = simple_fill(fill_of(first.colour), first.colour)
        for order, other in enumerate(ids[1:]):
            layers += stripes(f"{name}@{order}", states[other].colour, 45 + 90 * (order % 2))
        label = " + ".join(states[state].label for state in ids)
        label = f"Administered by {label}" if len(ids) == 1 else f"Administered jointly or changing hands: {label}"
        quoted = value.replace("'", "''")
        expression = f"\"administered_by\" = '{quoted}'"
        rules.append(
            f'<rule key="{name}" filter={quoteattr(expression)} label={quoteattr(label)} symbol="{name}"/>'
        )
        symbols.append(
            f'<symbol type="fill" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">{layers}</symbol>'
        )
    return "\n      ".join(rules), "\n      ".join(symbols)


def columns_of(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def read_states(db: sqlite3.Connection, where: str) -> dict[str, State]:
    if "colour" not in columns_of(db, "states"):
        raise StyleError(f"{where}: layer states: no field colour (the state colours of the map)")
    states = {}
    for state_id, colour, short, name in db.execute('SELECT id, colour, short_en, name_en FROM "states"'):
        match = COLOUR.match(colour or "")
        if not match:
            raise StyleError(
                f"{where}: layer states, feature {state_id!r}, field colour: {colour!r} is not #rrggbb"
            )
        value = match.group(1)
        states[state_id] = State(
            (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)), short or name or state_id
        )
    return states


def style_path(styles: Path, layer: str) -> Path:
    if layer.startswith("coastline_"):
        return styles / "coastline.qml"
    return styles / f"{layer}.qml"


def check_temporal(qml: str, layer: str, columns: list[str], where: str, qml_path: Path) -> None:
    """A style's temporal fields must be columns of the layer; a layer with earliest/latest
    must have a temporal style."""
    temporal = re.search(r"<temporal\b[^>]*>", qml)
    if temporal is None or 'enabled="1"' not in temporal.group(0):
        if "earliest" in columns or "latest" in columns:
            raise StyleError(f"{qml_path}: the style of layer {layer} has no temporal settings, "
                             f"but {where} gives the layer earliest/latest")
        return
    for attribute, field in TEMPORAL_FIELDS.findall(temporal.group(0)):
        if field not in columns:
            raise StyleError(
                f"{where}: layer {layer}, field {field}: missing, but {qml_path.name} takes its "
                f"{attribute} from it"
            )


def build_styles(db: sqlite3.Connection, styles: Path, where: str) -> list[tuple[str, str, str]]:
    """(layer, geometry column, QML) for every spatial layer."""
    layers = db.execute(
        "SELECT c.table_name, g.column_name FROM gpkg_contents c JOIN gpkg_geometry_columns g "
        "ON lower(g.table_name) = lower(c.table_name) WHERE c.data_type = 'features' ORDER BY c.table_name"
    ).fetchall()
    if not layers:
        raise StyleError(f"{where}: no spatial layer (is it an export of the dataset?)")
    result = []
    for layer, geometry in layers:
        qml_path = style_path(styles, layer)
        if not qml_path.is_file():
            raise StyleError(f"{where}: layer {layer} has no style: {qml_path} does not exist")
        qml = qml_path.read_text(encoding="utf-8")
        columns = columns_of(db, layer)
        check_temporal(qml, layer, columns, where, qml_path)
        if RULES_MARKER in qml:
            if "states" not in {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}:
                raise StyleError(f"{where}: no states layer, whose colours the {layer} style needs")
            states = read_states(db, where)
            administered = [
                row[0]
                for row in db.execute(
                    f'SELECT DISTINCT administered_by FROM "{layer}" WHERE administered_by IS NOT NULL '
                    "ORDER BY administered_by"
                )
            ]
            rules, symbols = state_rules(administered, states, where)
            qml = qml.replace(RULES_MARKER, rules).replace(SYMBOLS_MARKER, symbols)
        result.append((layer, geometry, qml))
    return result


def register_table(db: sqlite3.Connection) -> None:
    """layer_styles as an attributes table of the GeoPackage, as GDAL registers it."""
    db.execute(LAYER_STYLES_DDL)
    db.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, last_change) "
        "VALUES ('layer_styles', 'attributes', 'layer_styles', strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
    )
    has_counts = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'"
    ).fetchone()[0]
    if has_counts:
        # Dropped: GDAL counts the rows again when it needs the number.
        db.execute("DELETE FROM gpkg_ogr_contents WHERE lower(table_name) = 'layer_styles'")


def update_time() -> str:
    """Now, or SOURCE_DATE_EPOCH for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(seconds))


def add_styles(gpkg: Path, styles: Path) -> int:
    where = str(gpkg)
    if not gpkg.is_file():
        raise StyleError(f"{where}: no such file")
    try:
        db = sqlite3.connect(gpkg)
        db.execute("SELECT count(*) FROM gpkg_contents").fetchone()
    except sqlite3.DatabaseError as error:
        raise StyleError(f"{where}: not a GeoPackage ({error})") from error
    try:
        with db:  # one transaction: all the styles, or none
            layer_styles = build_styles(db, styles, where)
            register_table(db)
            stamp = update_time()
            for layer, geometry, qml in layer_styles:
                db.execute(
                    'DELETE FROM "layer_styles" WHERE f_table_name = ? AND f_geometry_column = ? AND styleName = ?',
                    (layer, geometry, STYLE_NAME),
                )
                db.execute(
                    'UPDATE "layer_styles" SET useAsDefault = 0 WHERE f_table_name = ? AND f_geometry_column = ?',
                    (layer, geometry),
                )
                db.execute(
                    'INSERT INTO "layer_styles" (f_table_catalog, f_table_schema, f_table_name, '
                    "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, "
                    "update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
                    (layer, geometry, STYLE_NAME, qml, DESCRIPTION, stamp),
                )
    except sqlite3.DatabaseError as error:
        raise StyleError(f"{where}: {error}") from error
    finally:
        db.close()
    return len(layer_styles)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gpkg", type=Path, help="the GeoPackage export to style")
    parser.add_argument(
        "--styles", type=Path, default=Path(__file__).resolve().parent.parent / "styles",
        help="the folder of LAYER.qml files (default: geodata/styles)",
    )
    args = parser.parse_args(argv)
    try:
        count = add_styles(args.gpkg, args.styles)
    except StyleError as error:
        print(f"add_qgis_styles.py: {error}", file=sys.stderr)
        return 1
    print(f"add_qgis_styles.py: {count} layer styles stored in {args.gpkg}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
