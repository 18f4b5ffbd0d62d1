// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// exportDataset: every format written and read back with OGR, the date columns, the points and
// polygons, the filter, atomic failure, and the loader reading points back.

#include "okhotsk/export.h"
#include "okhotsk/loader.h"

#include "../support/temp_dir.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>

namespace okhotsk {
namespace {

namespace fs = std::filesystem;

const fs::path kValid = fs::path(OKHOTSK_FIXTURES_DIR) / "loader" / "valid";

struct Closer {
  void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using OgrDataset = std::unique_ptr<GDALDataset, Closer>;

OgrDataset openOgr(const fs::path& path) {
  GDALAllRegister();
  return OgrDataset(GDALDataset::FromHandle(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
}

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "YYYY-MM-DD" of a date field, "" when null.
std::string dateOf(OGRFeature& feature, const char* field) {
  const int index = feature.GetFieldIndex(field);
  if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
  int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
  float s = 0;
  feature.GetFieldAsDateTime(index, &y, &m, &d, &h, &min, &s, &tz);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
  return text;
}

// Features of `layer` by their id field.
std::map<std::string, OGRFeatureUniquePtr> byId(OGRLayer& layer, const char* idField = "id") {
  std::map<std::string, OGRFeatureUniquePtr> features;
  layer.ResetReading();
  while (OGRFeature* feature = layer.GetNextFeature())
    features.emplace(feature->GetFieldAsString(idField), feature);
  return features;
}

class Export : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadResult loaded = loadDataset(kValid);
    ASSERT_TRUE(loaded.dataset) << loaded.diagnostics.toText();
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.toText();
    s_dataset = std::move(loaded.dataset);
  }
  static void TearDownTestSuite() { s_dataset.reset(); }

  static const Dataset& dataset() { return *s_dataset; }

  ExportResult write(ExportFormat format, const fs::path& out, const ExportFilter& filter = {}) const {
    ExportResult result = exportDataset(dataset(), format, out, filter);
    EXPECT_TRUE(result.ok()) << result.diagnostics.toText();
    return result;
  }

  testing::TempDir m_temp;

 private:
  static inline std::unique_ptr<Dataset> s_dataset;
};

TEST_F(Export, FormatCodesRoundTrip) {
  for (const char* code : {"gpkg", "geojson", "fgb", "csv", "kml"}) {
    const auto format = exportFormatFromCode(code);
    ASSERT_TRUE(format) << code;
    EXPECT_EQ(exportFormatCode(*format), code);
  }
  EXPECT_FALSE(exportFormatFromCode("shp"));
  EXPECT_TRUE(exportWritesFolder(ExportFormat::Csv));
  EXPECT_FALSE(exportWritesFolder(ExportFormat::GeoPackage));
}

TEST_F(Export, GeoPackageHoldsDateColumnsPointsAndPeriodPolygons) {
  const fs::path out = m_temp.path() / "atlas.gpkg";
  const ExportResult result = write(ExportFormat::GeoPackage, out);
  ASSERT_EQ(result.written, std::vector<fs::path>{out});
  OgrDataset gpkg = openOgr(out);
  ASSERT_TRUE(gpkg);
  for (const char* layer :
       {"sources", "states", "places", "territories", "territory_parts", "territory_names", "control_periods",
        "boundaries", "events", "trade", "coastline_intermediate"})
    EXPECT_NE(gpkg->GetLayerByName(layer), nullptr) << layer;

  OGRLayer* events = gpkg->GetLayerByName("events");
  ASSERT_NE(events, nullptr);
  EXPECT_EQ(wkbFlatten(events->GetGeomType()), wkbPoint);
  const OGRFeatureDefn* definition = events->GetLayerDefn();
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("earliest"))->GetType(), OFTDate);
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("latest"))->GetType(), OFTDate);
  auto e = byId(*events);
  ASSERT_EQ(e.size(), 5U);
  EXPECT_EQ(e["E3"]->GetFieldAsString("date"), std::string("1978-08"));  // the EDTF column stays
  EXPECT_EQ(dateOf(*e["E3"], "earliest"), "1978-08-01");
  EXPECT_EQ(dateOf(*e["E3"], "latest"), "1978-08-31");
  EXPECT_EQ(dateOf(*e["E5"], "earliest"), "1964-01-01");
  EXPECT_EQ(dateOf(*e["E5"], "latest"), "1964-12-31");
  EXPECT_EQ(dateOf(*e["E4"], "latest"), "1905-09-05");
  // E2 has its own point, E1 its place's (Moscow), E4 neither.
  const auto* own = e["E2"]->GetGeometryRef()->toPoint();
  EXPECT_DOUBLE_EQ(own->getX(), 146.5);
  EXPECT_DOUBLE_EQ(own->getY(), 43.5);
  EXPECT_DOUBLE_EQ(e["E2"]->GetFieldAsDouble("lon"), 146.5);
  const auto* fromPlace = e["E1"]->GetGeometryRef()->toPoint();
  EXPECT_DOUBLE_EQ(fromPlace->getX(), 37.6175);
  EXPECT_DOUBLE_EQ(fromPlace->getY(), 55.752);
  EXPECT_FALSE(e["E1"]->IsFieldSetAndNotNull(e["E1"]->GetFieldIndex("lon")))
      << "lon/lat stay as in the dataset";
  EXPECT_EQ(e["E4"]->GetGeometryRef(), nullptr);

  OGRLayer* periods = gpkg->GetLayerByName("control_periods");
  ASSERT_NE(periods, nullptr);
  EXPECT_EQ(wkbFlatten(periods->GetGeomType()), wkbMultiPolygon);
  auto p = byId(*periods);
  ASSERT_EQ(p.size(), 5U);
  // Half-open: the period ends the day before its end date.
  EXPECT_EQ(dateOf(*p["cp1"], "earliest"), "1855-02-07");
  EXPECT_EQ(dateOf(*p["cp1"], "latest"), "1945-08-27");
  EXPECT_EQ(dateOf(*p["cp3"], "earliest"), "1991-12-26");
  EXPECT_EQ(dateOf(*p["cp3"], "latest"), "") << "an open end is null";
  EXPECT_EQ(dateOf(*p["cp5"], "earliest"), "1905-01-01");
  for (const auto& [id, feature] : p) {
    ASSERT_NE(feature->GetGeometryRef(), nullptr) << id;
    EXPECT_GT(feature->GetGeometryRef()->toMultiPolygon()->getNumGeometries(), 0) << id;
  }
  EXPECT_EQ(p["cp2"]->GetFieldAsString("administered_by_en"), std::string("USSR"));
  EXPECT_NE(std::string(p["cp2"]->GetFieldAsString("claimed_by_en")).find(", "), std::string::npos);
  EXPECT_FALSE(std::string(p["cp2"]->GetFieldAsString("territory_name_ja")).empty());

  OGRLayer* places = gpkg->GetLayerByName("places");
  ASSERT_NE(places, nullptr);
  EXPECT_EQ(wkbFlatten(places->GetGeomType()), wkbPoint);
  OGRLayer* sources = gpkg->GetLayerByName("sources");
  ASSERT_NE(sources, nullptr);
  EXPECT_EQ(sources->GetGeomType(), wkbNone);
  EXPECT_EQ(sources->GetFeatureCount(), 2);
}

TEST_F(Export, GeoJsonFolderHasOneFilePerLayerWithDates) {
  const fs::path out = m_temp.path() / "geojson";
  const ExportResult result = write(ExportFormat::GeoJson, out);
  EXPECT_TRUE(fs::exists(out / "events.geojson"));
  EXPECT_TRUE(fs::exists(out / "sources.geojson"));
  EXPECT_EQ(result.written.size(), 11U);  // ten layers and the one coastline loaded
  OgrDataset periods = openOgr(out / "control_periods.geojson");
  ASSERT_TRUE(periods);
  OGRLayer* layer = periods->GetLayer(0);
  EXPECT_EQ(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
  const OGRFeatureDefn* definition = layer->GetLayerDefn();
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("earliest"))->GetType(), OFTDate);
  auto p = byId(*layer);
  EXPECT_EQ(dateOf(*p["cp2"], "latest"), "1991-12-25");
}

TEST_F(Export, FlatGeobufKeepsAttributeTablesAsCsvBesideIt) {
  const fs::path out = m_temp.path() / "fgb";
  const ExportResult result = write(ExportFormat::FlatGeobuf, out);
  EXPECT_TRUE(fs::exists(out / "control_periods.fgb"));
  EXPECT_TRUE(fs::exists(out / "sources.csv"));
  // E4 has no point, which FlatGeobuf cannot hold: the events go as CSV, with a warning.
  EXPECT_TRUE(fs::exists(out / "events.csv"));
  EXPECT_FALSE(fs::exists(out / "events.fgb"));
  ASSERT_EQ(result.diagnostics.warningCount(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(result.diagnostics.items().front().layer, "events");
  EXPECT_EQ(result.diagnostics.items().front().file, (out / "events.csv").string());
  OgrDataset periods = openOgr(out / "control_periods.fgb");
  ASSERT_TRUE(periods);
  OGRLayer* layer = periods->GetLayer(0);
  EXPECT_EQ(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
  EXPECT_EQ(layer->GetFeatureCount(), 5);
  // FlatGeobuf has no date-only type: the days are date-times at midnight.
  const OGRFeatureDefn* definition = layer->GetLayerDefn();
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("earliest"))->GetType(), OFTDateTime);
  auto p = byId(*layer);
  EXPECT_EQ(dateOf(*p["cp1"], "latest"), "1945-08-27");
}

TEST_F(Export, CsvHasCsvtTypingTheDaysAsDateAndWktForPolygons) {
  const fs::path out = m_temp.path() / "csv";
  write(ExportFormat::Csv, out);
  const std::string csvt = readText(out / "control_periods.csvt");
  EXPECT_EQ(csvt.rfind("WKT,", 0), 0U) << csvt;
  EXPECT_NE(csvt.find("Date,Date"), std::string::npos) << csvt;
  const std::string events = readText(out / "events.csv");
  EXPECT_NE(events.find("1978-08,diplomacy"), std::string::npos);
  EXPECT_NE(events.find("1978-08-01,1978-08-31"), std::string::npos) << "ISO days, not GDAL's 1978/08/01";
  EXPECT_EQ(readText(out / "events.csv").rfind("id,", 0), 0U) << "points as lon/lat, no WKT column";
  OgrDataset csv = openOgr(out / "events.csv");
  ASSERT_TRUE(csv);
  const OGRFeatureDefn* definition = csv->GetLayer(0)->GetLayerDefn();
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("earliest"))->GetType(), OFTDate);
  EXPECT_EQ(definition->GetFieldDefn(definition->GetFieldIndex("lon"))->GetType(), OFTReal);
  OgrDataset territories = openOgr(out / "territories.csv");
  ASSERT_TRUE(territories);
  OGRFeatureUniquePtr first(territories->GetLayer(0)->GetNextFeature());
  ASSERT_TRUE(first);
  ASSERT_NE(first->GetGeometryRef(), nullptr);
  EXPECT_EQ(wkbFlatten(first->GetGeometryRef()->getGeometryType()), wkbMultiPolygon);
}

TEST_F(Export, KmlHasAFolderPerSpatialLayerAndTimeSpans) {
  const fs::path out = m_temp.path() / "atlas.kml";
  write(ExportFormat::Kml, out);
  const std::string kml = readText(out);
  EXPECT_NE(kml.find("<Folder><name>events</name>"), std::string::npos);
  EXPECT_NE(kml.find("<Folder><name>control_periods</name>"), std::string::npos);
  EXPECT_EQ(kml.find("<Folder><name>sources</name>"), std::string::npos) << "no geometry, no folder";
  EXPECT_NE(kml.find("<TimeSpan><begin>1978-08-01</begin><end>1978-08-31</end></TimeSpan>"),
            std::string::npos);
  EXPECT_NE(kml.find("<TimeSpan><begin>1991-12-26</begin></TimeSpan>"), std::string::npos) << "open end";
  OgrDataset read = openOgr(out);
  ASSERT_TRUE(read) << "OGR reads the KML";
  OGRLayer* events = read->GetLayerByName("events");
  ASSERT_NE(events, nullptr);
  EXPECT_EQ(events->GetFeatureCount(), 4) << "the four events with a point";
}

TEST_F(Export, FilteredExportHoldsOnlyWhatPasses) {
  ExportFilter filter;
  filter.days = DayRange{Edtf::parse("1945-01-01")->earliest(), Edtf::parse("1945-12-31")->latest()};
  filter.categories = {EventCategory::Military};
  const fs::path out = m_temp.path() / "filtered.gpkg";
  write(ExportFormat::GeoPackage, out, filter);
  OgrDataset gpkg = openOgr(out);
  ASSERT_TRUE(gpkg);
  // E2 (military, 1945-08-28) passes; E4 is military but 1904-1905, the others not military.
  auto events = byId(*gpkg->GetLayerByName("events"));
  ASSERT_EQ(events.size(), 1U);
  EXPECT_TRUE(events.contains("E2"));
  // cp1 ends 1945-08-28, cp2 starts then; cp3 (1991-) does not overlap 1945, nor beta's
  // cp4 (to 1905); cp5 (1905/..) does.
  auto periods = byId(*gpkg->GetLayerByName("control_periods"));
  EXPECT_EQ(periods.size(), 3U);
  EXPECT_TRUE(periods.contains("cp1") && periods.contains("cp2") && periods.contains("cp5"));
  EXPECT_EQ(gpkg->GetLayerByName("sources")->GetFeatureCount(), 2) << "undated layers whole";
  EXPECT_EQ(gpkg->GetLayerByName("trade")->GetFeatureCount(), 6);
}

TEST_F(Export, AnUnwritableTargetIsNamedAndNothingIsWritten) {
  const fs::path file = m_temp.path() / "plain.txt";
  std::ofstream(file) << "keep me";
  // The parent is a file: nothing can be created there.
  const ExportResult inFile = exportDataset(dataset(), ExportFormat::GeoPackage, file / "atlas.gpkg");
  EXPECT_FALSE(inFile.ok());
  EXPECT_TRUE(inFile.written.empty());
  ASSERT_FALSE(inFile.diagnostics.empty());
  EXPECT_EQ(inFile.diagnostics.items().front().file, (file / "atlas.gpkg").string());
  EXPECT_NE(inFile.diagnostics.items().front().message.find("does not exist"), std::string::npos);
  // A folder export onto an existing file leaves the file as it was.
  const ExportResult ontoFile = exportDataset(dataset(), ExportFormat::Csv, file);
  EXPECT_FALSE(ontoFile.ok());
  EXPECT_EQ(readText(file), "keep me");
  // A missing folder.
  const ExportResult missing =
      exportDataset(dataset(), ExportFormat::Kml, m_temp.path() / "no" / "atlas.kml");
  EXPECT_FALSE(missing.ok());
  // Nothing but the file is left in the folder: no temporary sibling.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(m_temp.path())) ++entries;
  EXPECT_EQ(entries, 1U);
}

TEST_F(Export, ASecondExportReplacesTheFirstWhole) {
  const fs::path out = m_temp.path() / "atlas.gpkg";
  ExportFilter onlyTreaties;
  onlyTreaties.categories = {EventCategory::Treaty};
  write(ExportFormat::GeoPackage, out, onlyTreaties);
  write(ExportFormat::GeoPackage, out);
  OgrDataset gpkg = openOgr(out);
  ASSERT_TRUE(gpkg);
  EXPECT_EQ(gpkg->GetLayerByName("events")->GetFeatureCount(), 5);
}

// The loader reads events and places from point geometry alone, and names a point geometry
// that disagrees with lon/lat.
TEST_F(Export, TheLoaderReadsPointGeometryAndRejectsADisagreeingOne) {
  const fs::path out = m_temp.path() / "points.gpkg";
  write(ExportFormat::GeoPackage, out);
  {
    OgrDataset gpkg(GDALDataset::FromHandle(
        GDALOpenEx(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
    ASSERT_TRUE(gpkg);
    gpkg->ExecuteSQL("UPDATE places SET lon = NULL, lat = NULL", nullptr, nullptr);
  }
  LoadResult fromPoints = loadDataset(out);
  ASSERT_TRUE(fromPoints.dataset);
  EXPECT_FALSE(fromPoints.diagnostics.hasErrors()) << fromPoints.diagnostics.toText();
  const Place* moscow = fromPoints.dataset->place("moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_DOUBLE_EQ(moscow->location.lon, 37.6175);
  EXPECT_DOUBLE_EQ(moscow->location.lat, 55.752);
  const Event* e2 = fromPoints.dataset->event("E2");
  ASSERT_NE(e2, nullptr);
  ASSERT_TRUE(e2->location);
  EXPECT_DOUBLE_EQ(e2->location->lon, 146.5);

  {
    OgrDataset gpkg(GDALDataset::FromHandle(
        GDALOpenEx(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
    ASSERT_TRUE(gpkg);
    gpkg->ExecuteSQL("UPDATE events SET lon = 147.5 WHERE id = 'E2'", nullptr, nullptr);
  }
  LoadResult disagreeing = loadDataset(out);
  ASSERT_TRUE(disagreeing.dataset);
  bool named = false;
  for (const Diagnostic& d : disagreeing.diagnostics.items())
    named = named || (d.severity == Severity::Error && d.layer == "events" && d.featureId == "E2" &&
                      d.field == "geometry" && d.message.find("disagree") != std::string::npos);
  EXPECT_TRUE(named) << disagreeing.diagnostics.toText();
}

}  // namespace
}  // namespace okhotsk
