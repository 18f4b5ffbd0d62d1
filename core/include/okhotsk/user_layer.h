// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file user_layer.h
/// A user's own vector layer (any file GDAL reads: GeoJSON, GeoPackage, Shapefile, KML, CSV
/// with lon/lat or WKT columns, …) read into plain features for the map and the timeline:
/// geometry in WGS 84 lon/lat, attributes as text, the days a feature is in force from
/// chosen date fields, and a label. No GDAL type appears here.

#include "okhotsk/calendar.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/edtf.h"
#include "okhotsk/geometry.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace okhotsk {

/// One feature of a user layer. A feature may mix points, lines and polygons (a geometry
/// collection); all coordinates are WGS 84 lon/lat.
struct UserFeature {
  std::int64_t fid = 0;
  std::vector<GeoPoint> points;
  MultiLineString lines;
  MultiPolygon polygons;
  /// Every attribute as (field name, text); NULL fields are left out.
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string label;  ///< the label field's text; empty without one
  /// The days the feature is in force, inclusive; empty when the feature is undated (it is
  /// then in force on every day). An open end is kDayMin / kDayMax.
  std::optional<DayRange> days;

  [[nodiscard]] bool dated() const noexcept { return days.has_value(); }
  [[nodiscard]] bool inForce(DayNumber day) const noexcept { return !days || days->contains(day); }
  [[nodiscard]] bool hasGeometry() const noexcept {
    return !points.empty() || !lines.empty() || !polygons.empty();
  }
  /// Lon/lat bounds of every part.
  [[nodiscard]] Bounds bounds() const noexcept;
};

/// Which layer of the file and which fields give the dates and the label.
struct UserLayerOptions {
  std::string layer;       ///< layer name; empty: the file's first layer
  std::string startField;  ///< empty: the features are undated
  /// The field with the last day; empty: the start field's value alone gives the span
  /// ("1945-08" is in force through August 1945, "1945/1956" through 1956).
  std::string endField;
  std::string labelField;  ///< empty: no labels
  /// Read at most this many features (a preview); the rest of the file is not read.
  std::size_t maxFeatures = std::numeric_limits<std::size_t>::max();
};

/// A user layer as read. `ok` is false when the file or layer cannot be used at all (the
/// reason is an error in `diagnostics`); problems with single features are warnings and
/// the other features are kept.
struct UserLayerData {
  bool ok = false;
  std::string path;
  std::string layer;
  std::vector<std::string> fields;  ///< the layer's field names in order
  std::vector<UserFeature> features;
  Diagnostics diagnostics;

  [[nodiscard]] std::size_t datedCount() const noexcept;
  /// The inclusive span of every dated feature's days (open ends left out); empty when no
  /// feature has a finite day.
  [[nodiscard]] std::optional<DayRange> dayExtent() const noexcept;
};

/// Reads a layer of any GDAL vector source. Dates are read from the chosen fields: EDTF
/// (which includes ISO dates, "1945-08-28", "1945-08", "1945"), an ISO date-time
/// ("1945-08-28T10:00:00", "1945-08-28 10:00") whose day is taken, or an OGR Date/DateTime
/// field. A NULL or empty start and end leave the feature undated; with an end field, a NULL
/// or empty end leaves it in force from the start on, and a NULL or empty start in force
/// until the end. A date that cannot be read, or an end
/// before the start, is a warning naming the file, the layer, the feature (FID) and the
/// field, and that feature is left out: it is not drawn at a wrong time or on every day.
/// A layer whose coordinate reference system is unknown is an error naming the file, except
/// for a CSV file, whose X/Y columns are read as WGS 84 lon/lat.
[[nodiscard]] UserLayerData readUserLayer(const std::filesystem::path& path, const UserLayerOptions& options);

/// Parses one date text as readUserLayer does: the inclusive days it covers, or empty with
/// the reason in `error`.
[[nodiscard]] std::optional<DayRange> parseUserDate(const std::string& text, std::string* error = nullptr);

/// A field of a layer and its OGR type name ("String", "Integer", "Date", …).
struct UserFieldInfo {
  std::string name;
  std::string type;
};

/// One layer of a source, for a dialog that lets the user choose the fields.
struct UserLayerInfo {
  std::string name;
  std::string geometryType;        ///< "Point", "Multi Polygon", … ("None" for a table)
  std::int64_t featureCount = -1;  ///< -1 when the driver cannot tell cheaply
  std::vector<UserFieldInfo> fields;
  /// Guesses from the field names (start/begin/from/date/earliest/year, end/until/to/latest,
  /// name/title/label; the atlas's own exports have earliest/latest); empty when none fits.
  std::string guessedStartField;
  std::string guessedEndField;
  std::string guessedLabelField;
};

struct UserSourceInfo {
  bool ok = false;
  std::vector<UserLayerInfo> layers;
  Diagnostics diagnostics;
};

/// Lists the layers of a vector source with their fields and guesses. Not a vector source
/// (or unreadable): ok false and an error naming the file.
[[nodiscard]] UserSourceInfo describeUserSource(const std::filesystem::path& path);

}  // namespace okhotsk
