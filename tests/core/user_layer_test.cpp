// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// User layers: a user's own vector files (GeoJSON, GeoPackage, Shapefile, CSV, KML) read into
// dated features. Every fixture is written at run time, as text or through GDAL.

#include "okhotsk/user_layer.h"

#include "../support/temp_dir.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>

namespace okhotsk {
namespace {

namespace fs = std::filesystem;
using okhotsk::testing::TempDir;

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// The options for a layer (empty: the first) and its start, end and label fields.
UserLayerOptions fields(const std::string& start, const std::string& end, const std::string& label,
                        const std::string& layer = "") {
  UserLayerOptions options;
  options.layer = layer;
  options.startField = start;
  options.endField = end;
  options.labelField = label;
  return options;
}

const UserFeature* featureWithLabel(const UserLayerData& data, const std::string& label) {
  auto found = std::find_if(data.features.begin(), data.features.end(),
                            [&label](const UserFeature& f) { return f.label == label; });
  return found == data.features.end() ? nullptr : &*found;
}

std::string allDiagnostics(const Diagnostics& diagnostics) {
  return diagnostics.toText();
}

struct GdalDatasetDeleter {
  void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using Dataset = std::unique_ptr<GDALDataset, GdalDatasetDeleter>;

Dataset createVector(const char* driverName, const fs::path& path) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
  if (driver == nullptr) return nullptr;
  return Dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
}

const char* const kGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Shimoda","date":"1855-02-07"},
  "geometry":{"type":"Point","coordinates":[138.94,34.68]}},
 {"type":"Feature","properties":{"name":"Month","date":"1945-08"},
  "geometry":{"type":"Point","coordinates":[145.5,43.5]}},
 {"type":"Feature","properties":{"name":"Undated","date":null},
  "geometry":{"type":"Point","coordinates":[146.0,44.0]}}
]})";

TEST(UserLayer, GeoJsonPointsWithEdtfDates) {
  TempDir temp;
  writeText(temp.path() / "points.geojson", kGeoJson);
  const UserLayerData data = readUserLayer(temp.path() / "points.geojson", fields("date", "", "name"));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  EXPECT_TRUE(data.diagnostics.empty()) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 3U);
  EXPECT_EQ(data.datedCount(), 2U);

  const UserFeature* shimoda = featureWithLabel(data, "Shimoda");
  ASSERT_NE(shimoda, nullptr);
  ASSERT_EQ(shimoda->points.size(), 1U);
  EXPECT_DOUBLE_EQ(shimoda->points[0].lon, 138.94);
  EXPECT_DOUBLE_EQ(shimoda->points[0].lat, 34.68);
  EXPECT_TRUE(shimoda->inForce(day(1855, 2, 7)));
  EXPECT_FALSE(shimoda->inForce(day(1855, 2, 8)));

  const UserFeature* month = featureWithLabel(data, "Month");
  ASSERT_NE(month, nullptr);
  EXPECT_TRUE(month->inForce(day(1945, 8, 1)));
  EXPECT_TRUE(month->inForce(day(1945, 8, 31)));
  EXPECT_FALSE(month->inForce(day(1945, 9, 1)));

  const UserFeature* undated = featureWithLabel(data, "Undated");
  ASSERT_NE(undated, nullptr);
  EXPECT_FALSE(undated->dated());
  EXPECT_TRUE(undated->inForce(day(1600, 1, 1)));
  const auto name = std::find_if(undated->attributes.begin(), undated->attributes.end(),
                                 [](const auto& a) { return a.first == "name"; });
  ASSERT_NE(name, undated->attributes.end());
  EXPECT_EQ(name->second, "Undated");

  const std::optional<DayRange> extent = data.dayExtent();
  ASSERT_TRUE(extent);
  EXPECT_EQ(extent->first, day(1855, 2, 7));
  EXPECT_EQ(extent->last, day(1945, 8, 31));
}

TEST(UserLayer, GeoPackagePolygonsInWebMercatorAreReprojectedWithIsoStartAndEnd) {
  TempDir temp;
  const fs::path file = temp.path() / "zones.gpkg";
  {
    Dataset out = createVector("GPKG", file);
    ASSERT_TRUE(out);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    OGRLayer* layer = out->CreateLayer("zones", &mercator, wkbPolygon, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const char* name : {"title", "start", "end"}) {
      OGRFieldDefn field(name, OFTString);
      ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    }
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("title", "Zone");
    feature.SetField("start", "1945-08-28");
    feature.SetField("end", "1946-02-01T12:00:00");
    OGRGeometry* polygon = nullptr;
    // lon 145..146, lat 43..44 in EPSG:3857 metres
    const char* wkt =
        "POLYGON((16141326.6 5311971.8,16252646.0 5311971.8,16252646.0 5465442.2,16141326.6 "
        "5465442.2,16141326.6 5311971.8))";
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt, &mercator, &polygon), OGRERR_NONE);
    feature.SetGeometryDirectly(polygon);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }
  const UserLayerData data = readUserLayer(file, fields("start", "end", "title", "zones"));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 1U);
  const UserFeature& zone = data.features[0];
  ASSERT_EQ(zone.polygons.polygons.size(), 1U);
  const Bounds bounds = zone.bounds();
  EXPECT_NEAR(bounds.minX, 145.0, 1e-3);
  EXPECT_NEAR(bounds.maxX, 146.0, 1e-3);
  EXPECT_NEAR(bounds.minY, 43.0, 1e-3);
  EXPECT_NEAR(bounds.maxY, 44.0, 1e-3);
  ASSERT_TRUE(zone.days);
  EXPECT_EQ(zone.days->first, day(1945, 8, 28));
  EXPECT_EQ(zone.days->last, day(1946, 2, 1));
  EXPECT_FALSE(zone.inForce(day(1946, 2, 2)));
}

TEST(UserLayer, ShapefileWithDateFieldAndPrj) {
  TempDir temp;
  const fs::path file = temp.path() / "visits.shp";
  {
    Dataset out = createVector("ESRI Shapefile", file);
    ASSERT_TRUE(out);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    OGRLayer* layer = out->CreateLayer("visits", &wgs84, wkbPoint, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn when("visited", OFTDate);
    ASSERT_EQ(layer->CreateField(&when), OGRERR_NONE);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("visited", 1956, 10, 19);
    OGRPoint point(145.8, 43.9);
    feature.SetGeometry(&point);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }
  const UserSourceInfo info = describeUserSource(file);
  ASSERT_TRUE(info.ok);
  ASSERT_EQ(info.layers.size(), 1U);
  ASSERT_EQ(info.layers[0].fields.size(), 1U);
  EXPECT_EQ(info.layers[0].fields[0].type, "Date");

  const UserLayerData data = readUserLayer(file, fields("visited", "", ""));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 1U);
  ASSERT_TRUE(data.features[0].days);
  EXPECT_EQ(data.features[0].days->first, day(1956, 10, 19));
  EXPECT_EQ(data.features[0].days->last, day(1956, 10, 19));
}

TEST(UserLayer, ShapefileWithoutCrsIsAnErrorNamingTheFile) {
  TempDir temp;
  const fs::path file = temp.path() / "nocrs.shp";
  {
    Dataset out = createVector("ESRI Shapefile", file);
    ASSERT_TRUE(out);
    OGRLayer* layer = out->CreateLayer("nocrs", nullptr, wkbPoint, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFeature feature(layer->GetLayerDefn());
    OGRPoint point(500000, 4800000);
    feature.SetGeometry(&point);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }
  const UserLayerData data = readUserLayer(file, {});
  EXPECT_FALSE(data.ok);
  ASSERT_EQ(data.diagnostics.errorCount(), 1U);
  const Diagnostic& error = data.diagnostics.items()[0];
  EXPECT_EQ(error.file, file.string());
  EXPECT_NE(error.message.find("coordinate reference system"), std::string::npos) << error.message;
}

TEST(UserLayer, CsvWithLonLatColumns) {
  TempDir temp;
  writeText(temp.path() / "ports.csv",
            "name,lon,lat,year\nNemuro,145.58,43.33,1869\nKorsakov,142.79,46.64,1905-09-05\n");
  const UserSourceInfo info = describeUserSource(temp.path() / "ports.csv");
  ASSERT_TRUE(info.ok);
  ASSERT_EQ(info.layers.size(), 1U);
  EXPECT_EQ(info.layers[0].guessedStartField, "year");
  EXPECT_EQ(info.layers[0].guessedLabelField, "name");
  EXPECT_EQ(info.layers[0].guessedEndField, "");

  const UserLayerData data = readUserLayer(temp.path() / "ports.csv", fields("year", "", "name"));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 2U);
  const UserFeature* korsakov = featureWithLabel(data, "Korsakov");
  ASSERT_NE(korsakov, nullptr);
  ASSERT_EQ(korsakov->points.size(), 1U);
  EXPECT_DOUBLE_EQ(korsakov->points[0].lon, 142.79);
  EXPECT_DOUBLE_EQ(korsakov->points[0].lat, 46.64);
  const UserFeature* nemuro = featureWithLabel(data, "Nemuro");
  ASSERT_NE(nemuro, nullptr);
  ASSERT_TRUE(nemuro->days);
  EXPECT_EQ(nemuro->days->first, day(1869, 1, 1));
  EXPECT_EQ(nemuro->days->last, day(1869, 12, 31));
}

TEST(UserLayer, GuessesTheAtlasExportsEarliestAndLatestColumns) {
  TempDir temp;
  writeText(temp.path() / "control_periods.csv",
            "id,interval,earliest,latest,territory_name_en\nCP1,1945-08-28/"
            "1946-02-02,1945-08-28,1946-02-01,Shikotan\n");
  const UserSourceInfo info = describeUserSource(temp.path() / "control_periods.csv");
  ASSERT_TRUE(info.ok);
  ASSERT_EQ(info.layers.size(), 1U);
  EXPECT_EQ(info.layers[0].guessedStartField, "earliest");
  EXPECT_EQ(info.layers[0].guessedEndField, "latest");
  EXPECT_EQ(info.layers[0].guessedLabelField, "territory_name_en");
}

TEST(UserLayer, CsvWithWktColumnAndOpenEnd) {
  TempDir temp;
  writeText(temp.path() / "routes.csv",
            "wkt,label,start,end\n"
            "\"LINESTRING (141 45, 142 46, 143 47)\",Route,1905-09-05,\n");
  const UserLayerData data = readUserLayer(temp.path() / "routes.csv", fields("start", "end", "label"));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 1U);
  const UserFeature& route = data.features[0];
  ASSERT_EQ(route.lines.lines.size(), 1U);
  EXPECT_EQ(route.lines.lines[0].size(), 3U);
  EXPECT_DOUBLE_EQ(route.lines.lines[0][2].x, 143.0);
  ASSERT_TRUE(route.days);
  EXPECT_EQ(route.days->first, day(1905, 9, 5));
  EXPECT_EQ(route.days->last, kDayMax);
  EXPECT_TRUE(route.inForce(day(2020, 1, 1)));
  EXPECT_FALSE(route.inForce(day(1905, 9, 4)));
}

TEST(UserLayer, Kml) {
  TempDir temp;
  writeText(temp.path() / "places.kml", R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Shikotan</name><Point><coordinates>146.7,43.8</coordinates></Point></Placemark>
</Document></kml>
)");
  const UserSourceInfo info = describeUserSource(temp.path() / "places.kml");
  ASSERT_TRUE(info.ok) << allDiagnostics(info.diagnostics);
  ASSERT_FALSE(info.layers.empty());
  // The KML and LIBKML drivers name the field "Name" or "name": take the guess.
  const std::string labelField = info.layers[0].guessedLabelField;
  ASSERT_FALSE(labelField.empty());
  const UserLayerData data = readUserLayer(temp.path() / "places.kml", fields("", "", labelField));
  ASSERT_TRUE(data.ok) << allDiagnostics(data.diagnostics);
  ASSERT_EQ(data.features.size(), 1U);
  EXPECT_EQ(data.features[0].label, "Shikotan");
  ASSERT_EQ(data.features[0].points.size(), 1U);
  EXPECT_DOUBLE_EQ(data.features[0].points[0].lon, 146.7);
}

TEST(UserLayer, BadDatesAreWarningsAndTheFeatureIsLeftOut) {
  TempDir temp;
  writeText(temp.path() / "bad.csv",
            "id,lon,lat,start,end\n"
            "1,145,43,1956-02-30,\n"
            "2,145,43,1950,1940\n"
            "3,145,43,1950-05-01 10:00,1951\n");
  const UserLayerData data = readUserLayer(temp.path() / "bad.csv", fields("start", "end", ""));
  ASSERT_TRUE(data.ok);
  ASSERT_EQ(data.features.size(), 1U);
  ASSERT_TRUE(data.features[0].days);
  EXPECT_EQ(data.features[0].days->first, day(1950, 5, 1));
  EXPECT_EQ(data.features[0].days->last, day(1951, 12, 31));
  ASSERT_EQ(data.diagnostics.warningCount(), 2U) << allDiagnostics(data.diagnostics);
  const Diagnostic& badDay = data.diagnostics.items()[0];
  EXPECT_EQ(badDay.file, (temp.path() / "bad.csv").string());
  EXPECT_EQ(badDay.layer, "bad");
  EXPECT_EQ(badDay.featureId, "1");
  EXPECT_EQ(badDay.field, "start");
  EXPECT_NE(badDay.message.find("1956-02-30"), std::string::npos) << badDay.message;
  const Diagnostic& reversed = data.diagnostics.items()[1];
  EXPECT_EQ(reversed.featureId, "2");
  EXPECT_EQ(reversed.field, "end");
}

TEST(UserLayer, OutOfRangeCoordinatesAreWarnings) {
  TempDir temp;
  writeText(temp.path() / "far.csv", "name,lon,lat\nok,145,43\nbad,145,95\n");
  const UserLayerData data = readUserLayer(temp.path() / "far.csv", {});
  ASSERT_TRUE(data.ok);
  EXPECT_EQ(data.features.size(), 1U);
  ASSERT_EQ(data.diagnostics.warningCount(), 1U);
  EXPECT_EQ(data.diagnostics.items()[0].field, "geometry");
}

TEST(UserLayer, NotAVectorFileIsAnErrorNamingTheFile) {
  TempDir temp;
  const fs::path file = temp.path() / "notes.bin";
  writeText(file, std::string("\x89\x01\x02 this is not a map\n"));
  const UserLayerData data = readUserLayer(file, {});
  EXPECT_FALSE(data.ok);
  ASSERT_EQ(data.diagnostics.errorCount(), 1U);
  EXPECT_EQ(data.diagnostics.items()[0].file, file.string());
  const UserSourceInfo info = describeUserSource(file);
  EXPECT_FALSE(info.ok);
  EXPECT_TRUE(info.layers.empty());
  EXPECT_FALSE(describeUserSource(temp.path() / "missing.geojson").ok);
}

TEST(UserLayer, UnknownFieldOrLayerIsAnError) {
  TempDir temp;
  writeText(temp.path() / "points.geojson", kGeoJson);
  const UserLayerData noField = readUserLayer(temp.path() / "points.geojson", fields("when", "", ""));
  EXPECT_FALSE(noField.ok);
  ASSERT_EQ(noField.diagnostics.errorCount(), 1U);
  EXPECT_EQ(noField.diagnostics.items()[0].field, "when");
  const UserLayerData noLayer = readUserLayer(temp.path() / "points.geojson", fields("", "", "", "other"));
  EXPECT_FALSE(noLayer.ok);
  EXPECT_EQ(noLayer.diagnostics.items()[0].layer, "other");
}

TEST(UserLayer, MaxFeaturesStopsEarly) {
  TempDir temp;
  writeText(temp.path() / "points.geojson", kGeoJson);
  UserLayerOptions options;
  options.maxFeatures = 2;
  EXPECT_EQ(readUserLayer(temp.path() / "points.geojson", options).features.size(), 2U);
}

TEST(UserLayer, ParseUserDateAcceptsEdtfAndIsoDateTimes) {
  EXPECT_EQ(parseUserDate("1945-08-28T10:00"), (DayRange{day(1945, 8, 28), day(1945, 8, 28)}));
  EXPECT_EQ(parseUserDate("1945~"), (DayRange{day(1945, 1, 1), day(1945, 12, 31)}));
  std::string error;
  EXPECT_FALSE(parseUserDate("soon", &error));
  EXPECT_NE(error.find("soon"), std::string::npos);
}

}  // namespace
}  // namespace okhotsk
