// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/kml_writer.h"

#include <charconv>
#include <fstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace okhotsk::exporting {

namespace {

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The shortest text that reads back as the same double.
std::string number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return {buffer, result.ptr};
}

std::string valueText(const Value& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return {};
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, double>) {
          return number(v);
        } else if constexpr (std::is_same_v<T, long long>) {
          return std::to_string(v);
        } else {
          return isoDate(v.day);
        }
      },
      value);
}

void writeCoordinates(std::ostream& out, const std::vector<Vec2>& points) {
  out << "<coordinates>";
  for (std::size_t i = 0; i < points.size(); ++i)
    out << (i == 0 ? "" : " ") << number(points[i].x) << ',' << number(points[i].y);
  out << "</coordinates>";
}

void writePolygon(std::ostream& out, const Polygon& polygon) {
  out << "<Polygon><outerBoundaryIs><LinearRing>";
  writeCoordinates(out, polygon.exterior);
  out << "</LinearRing></outerBoundaryIs>";
  for (const Ring& interior : polygon.interiors) {
    out << "<innerBoundaryIs><LinearRing>";
    writeCoordinates(out, interior);
    out << "</LinearRing></innerBoundaryIs>";
  }
  out << "</Polygon>";
}

void writeGeometry(std::ostream& out, const Geometry& geometry) {
  if (const auto* point = std::get_if<GeoPoint>(&geometry)) {
    out << "<Point><coordinates>" << number(point->lon) << ',' << number(point->lat)
        << "</coordinates></Point>";
  } else if (const auto* polygon = std::get_if<Polygon>(&geometry)) {
    writePolygon(out, *polygon);
  } else if (const auto* polygons = std::get_if<MultiPolygon>(&geometry)) {
    out << "<MultiGeometry>";
    for (const Polygon& p : polygons->polygons) writePolygon(out, p);
    out << "</MultiGeometry>";
  } else if (const auto* lines = std::get_if<MultiLineString>(&geometry)) {
    out << "<MultiGeometry>";
    for (const LineString& line : lines->lines) {
      out << "<LineString>";
      writeCoordinates(out, line);
      out << "</LineString>";
    }
    out << "</MultiGeometry>";
  }
}

void writeTimeSpan(std::ostream& out, const Table& table, const Row& row) {
  const int earliest = table.fieldIndex("earliest");
  if (earliest < 0) return;
  const auto* begin = std::get_if<Day>(&row.values[static_cast<std::size_t>(earliest)]);
  const auto* end = std::get_if<Day>(&row.values[static_cast<std::size_t>(earliest) + 1]);
  if (begin == nullptr && end == nullptr) return;
  out << "<TimeSpan>";
  if (begin != nullptr) out << "<begin>" << isoDate(begin->day) << "</begin>";
  if (end != nullptr) out << "<end>" << isoDate(end->day) << "</end>";
  out << "</TimeSpan>";
}

void writePlacemark(std::ostream& out, const Table& table, const Row& row) {
  out << "<Placemark><name>" << escaped(row.label) << "</name>";
  writeTimeSpan(out, table, row);
  out << "<ExtendedData>";
  for (std::size_t i = 0; i < table.fields.size() && i < row.values.size(); ++i) {
    if (std::holds_alternative<std::monostate>(row.values[i])) continue;
    out << "<Data name=\"" << escaped(table.fields[i].name) << "\"><value>"
        << escaped(valueText(row.values[i])) << "</value></Data>";
  }
  out << "</ExtendedData>";
  writeGeometry(out, row.geometry);
  out << "</Placemark>\n";
}

}  // namespace

bool writeKml(const std::vector<Table>& tables, const std::filesystem::path& file, Diagnostics& diagnostics) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) {
    diagnostics.error(file.string(), "", "", "", "cannot create the file");
    return false;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
         "<Document><name>Okhotsk Atlas</name>\n";
  for (const Table& table : tables) {
    if (table.geometry == GeometryKind::None || table.coastline) continue;
    out << "<Folder><name>" << escaped(table.name) << "</name>\n";
    for (const Row& row : table.rows)
      if (!std::holds_alternative<std::monostate>(row.geometry)) writePlacemark(out, table, row);
    out << "</Folder>\n";
  }
  out << "</Document>\n</kml>\n";
  out.flush();
  if (!out) {
    diagnostics.error(file.string(), "", "", "", "cannot write the file (disk full?)");
    return false;
  }
  return true;
}

}  // namespace okhotsk::exporting
