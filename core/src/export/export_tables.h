// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layers of an export as plain tables (columns, rows, geometry in lon/lat), built from a
// Dataset and an ExportFilter before any file is written. Private to core/src/export.

#include "okhotsk/dataset.h"
#include "okhotsk/export.h"
#include "okhotsk/geometry.h"

#include <string>
#include <variant>
#include <vector>

namespace okhotsk::exporting {

enum class FieldKind : unsigned char { Text, Real, Integer, Date };

struct Field {
  std::string name;
  FieldKind kind = FieldKind::Text;
};

/// A day as a Date value.
struct Day {
  DayNumber day = 0;
};

/// Null, text, a real, an integer or a day.
using Value = std::variant<std::monostate, std::string, double, long long, Day>;

enum class GeometryKind : unsigned char { None, Point, Polygon, MultiPolygon, MultiLineString };

/// One feature's geometry (lon/lat degrees); monostate for none.
using Geometry = std::variant<std::monostate, GeoPoint, Polygon, MultiPolygon, MultiLineString>;

struct Row {
  std::vector<Value> values;  ///< one per Table::fields, in order
  Geometry geometry;
  std::string label;  ///< the feature's name for KML
};

struct Table {
  std::string name;  ///< the layer name ("events")
  GeometryKind geometry = GeometryKind::None;
  std::vector<Field> fields;
  std::vector<Row> rows;
  /// Coastlines: left out of KML (Google Earth draws its own land).
  bool coastline = false;

  /// The index of `field`, or -1.
  [[nodiscard]] int fieldIndex(std::string_view field) const noexcept;
};

/// Every layer of the export, in the dataset schema's order.
[[nodiscard]] std::vector<Table> buildTables(const Dataset& dataset, const ExportFilter& filter);

}  // namespace okhotsk::exporting
