// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Datasets that are not folders of this machine, and files that are not datasets:
// - GDAL connection strings (PG:…, /vsi…) reach GDAL without a file check, and their
//   messages mask a password;
// - a GeoJSON, Shapefile, Shapefile folder, CSV, KML or GeoPackage of other layers is refused
//   whole, saying why, never opened as an empty atlas (the fixtures are made at run time);
// - DatasetProbe notices a change to a folder or a database;
// - with OKHOTSK_TEST_PG set (.ci/postgis), the embedded dataset loaded into PostGIS reads
//   back the same as the embedded one; without it those tests are skipped.

#include "okhotsk/loader.h"

#include "../../support/temp_dir.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace okhotsk {
namespace {

namespace fs = std::filesystem;
using okhotsk::testing::TempDir;

bool mentions(const Diagnostics& diagnostics, const std::string& text) {
  for (const Diagnostic& d : diagnostics.items())
    if (d.toString().find(text) != std::string::npos) return true;
  return false;
}

std::string allText(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics.items()) text += d.toString() + "\n";
  return text;
}

// Writes one layer of dated points with `driverName` at `path` (a file, or a folder for a
// Shapefile folder); `layers` names the layers.
void writePoints(const std::string& driverName, const fs::path& path,
                 const std::vector<std::string>& layers) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  ASSERT_NE(driver, nullptr) << driverName;
  GDALDatasetUniquePtr out(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_NE(out, nullptr) << path;
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  for (const std::string& name : layers) {
    OGRLayer* layer = out->CreateLayer(name.c_str(), &wgs84, wkbPoint, nullptr);
    ASSERT_NE(layer, nullptr) << name;
    OGRFieldDefn label("name", OFTString);
    OGRFieldDefn date("date", OFTString);
    ASSERT_EQ(layer->CreateField(&label), OGRERR_NONE);
    ASSERT_EQ(layer->CreateField(&date), OGRERR_NONE);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("name", "Shana");
    feature.SetField("date", "1945-08-30");
    OGRPoint point(147.5, 45.2);
    feature.SetGeometry(&point);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }
}

void expectRefusedAsForeign(const fs::path& path) {
  const LoadResult result = loadDataset(path);
  EXPECT_EQ(result.dataset, nullptr) << path;
  EXPECT_TRUE(result.notADataset) << path;
  EXPECT_TRUE(mentions(result.diagnostics, "not an Okhotsk Atlas dataset")) << allText(result.diagnostics);
  EXPECT_TRUE(mentions(result.diagnostics, "none of the layers sources, states, places, territories"))
      << allText(result.diagnostics);
  EXPECT_TRUE(mentions(result.diagnostics, "File → Add Layer")) << allText(result.diagnostics);
  EXPECT_FALSE(mentions(result.diagnostics, "layer missing")) << allText(result.diagnostics);
}

TEST(ForeignFiles, GeoJsonOfDatedPointsIsRefused) {
  TempDir temp;
  writePoints("GeoJSON", temp.path() / "sightings.geojson", {"sightings"});
  expectRefusedAsForeign(temp.path() / "sightings.geojson");
}

TEST(ForeignFiles, ShapefileIsRefused) {
  TempDir temp;
  writePoints("ESRI Shapefile", temp.path() / "sightings.shp", {"sightings"});
  expectRefusedAsForeign(temp.path() / "sightings.shp");
}

TEST(ForeignFiles, ShapefileFolderIsRefused) {
  TempDir temp;
  writePoints("ESRI Shapefile", temp.path() / "survey", {"sightings", "harbours"});
  ASSERT_TRUE(fs::exists(temp.path() / "survey" / "harbours.shp"));
  expectRefusedAsForeign(temp.path() / "survey");
}

TEST(ForeignFiles, CsvIsRefused) {
  TempDir temp;
  std::ofstream(temp.path() / "sightings.csv") << "name,date,lon,lat\nShana,1945-08-30,147.5,45.2\n";
  expectRefusedAsForeign(temp.path() / "sightings.csv");
}

TEST(ForeignFiles, KmlIsRefused) {
  TempDir temp;
  writePoints("KML", temp.path() / "sightings.kml", {"sightings"});
  expectRefusedAsForeign(temp.path() / "sightings.kml");
}

TEST(ForeignFiles, GeoPackageOfOtherLayersIsRefused) {
  TempDir temp;
  writePoints("GPKG", temp.path() / "project.gpkg", {"sightings", "harbours"});
  expectRefusedAsForeign(temp.path() / "project.gpkg");
}

// A folder with one of the dataset's layers is a (broken) dataset, not a foreign one: what
// is missing is named layer by layer, as before.
TEST(ForeignFiles, FolderWithOneDatasetLayerIsADatasetWithErrors) {
  TempDir temp;
  std::ofstream(temp.path() / "states.csv") << "id,name_en\njp,Japan\n";
  const LoadResult result = loadDataset(temp.path());
  EXPECT_FALSE(result.notADataset);
  EXPECT_FALSE(mentions(result.diagnostics, "not an Okhotsk Atlas dataset")) << allText(result.diagnostics);
  EXPECT_TRUE(mentions(result.diagnostics, "layer events: layer missing")) << allText(result.diagnostics);
}

// An empty folder holds nothing foreign: it stays a dataset with every layer missing, each
// named (what the viewer and --render said of it before).
TEST(ForeignFiles, EmptyFolderIsADatasetWithEveryLayerMissing) {
  TempDir temp;
  const LoadResult result = loadDataset(temp.path());
  EXPECT_FALSE(result.notADataset);
  EXPECT_TRUE(mentions(result.diagnostics, "layer events: layer missing")) << allText(result.diagnostics);
}

TEST(ConnectionStrings, AreRecognisedByTheirDriverPrefixOrVsi) {
  EXPECT_TRUE(isConnectionString("PG:dbname=atlas host=db"));
  EXPECT_TRUE(isConnectionString("MySQL:atlas,user=me"));
  EXPECT_TRUE(isConnectionString("/vsizip/dataset.zip/events.csv"));
  EXPECT_FALSE(isConnectionString("C:\\data\\dataset"));
  EXPECT_FALSE(isConnectionString("/srv/atlas:v2/dataset"));
  EXPECT_FALSE(isConnectionString("geodata/dataset"));
  EXPECT_FALSE(isConnectionString("atlas.gpkg"));
}

TEST(ConnectionStrings, PasswordsAreMasked) {
  EXPECT_EQ(maskedPath("PG:dbname=atlas password=hunter2 host=db"), "PG:dbname=atlas password=*** host=db");
  EXPECT_EQ(maskedPath("PG:dbname=atlas PASSWORD = 'two words' host=db"),
            "PG:dbname=atlas PASSWORD = *** host=db");
  EXPECT_EQ(maskedPath("PG:postgresql://curator:hunter2@db/atlas"), "PG:postgresql://curator:***@db/atlas");
  EXPECT_EQ(maskedPath("geodata/dataset"), "geodata/dataset");
}

// No file check stands in the way (no "no such file or folder"): GDAL is asked, and its
// answer is reported under the masked connection string.
TEST(ConnectionStrings, UnreachableDatabaseIsReportedMasked) {
  const std::string connection = "PG:dbname=okhotsk_absent host=/nonexistent-okhotsk-socket password=hunter2";
  const LoadResult result = loadDataset(connection);
  EXPECT_EQ(result.dataset, nullptr);
  EXPECT_FALSE(result.notADataset);
  const std::string text = allText(result.diagnostics);
  EXPECT_EQ(text.find("hunter2"), std::string::npos) << text;
  EXPECT_EQ(text.find("no such file or folder"), std::string::npos) << text;
  EXPECT_NE(text.find("PG:dbname=okhotsk_absent host=/nonexistent-okhotsk-socket password=***: error: cannot "
                      "be opened as a dataset"),
            std::string::npos)
      << text;
}

TEST(ConnectionStrings, VsiPathReachesGdal) {
  const std::string path = "/vsimem/okhotsk-connection-test/points.geojson";
  const std::string json =
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"date":"1945"},)"
      R"("geometry":{"type":"Point","coordinates":[146.0,44.0]}}]})";
  VSILFILE* file = VSIFileFromMemBuffer(path.c_str(),
                                        reinterpret_cast<GByte*>(const_cast<char*>(json.data())),  // NOLINT
                                        json.size(), FALSE);
  ASSERT_NE(file, nullptr);
  VSIFCloseL(file);
  expectRefusedAsForeign(path);  // read by GDAL, then refused for what it holds
  VSIUnlink(path.c_str());
}

TEST(DatasetProbe, FolderFingerprintChangesWhenAFileChanges) {
  TempDir temp;
  std::ofstream(temp.path() / "events.csv") << "id\nE1\n";
  DatasetProbe probe(temp.path());
  const auto before = probe.fingerprint();
  ASSERT_TRUE(before.has_value());
  EXPECT_EQ(probe.fingerprint(), before);
  std::ofstream(temp.path() / "events.csv", std::ios::app) << "E2\n";
  EXPECT_NE(probe.fingerprint(), before);
}

// --- PostGIS (OKHOTSK_TEST_PG from .ci/postgis) ---

std::string testConnection() {
  const char* value = std::getenv("OKHOTSK_TEST_PG");
  return value != nullptr ? value : "";
}

#define SKIP_WITHOUT_POSTGIS()                                                                        \
  if (testConnection().empty())                                                                       \
  GTEST_SKIP() << "OKHOTSK_TEST_PG is not set: no PostGIS server to test against (.ci/postgis start " \
                  "makes one)"

TEST(PostGis, EmbeddedDatasetReadsBackTheSame) {
  SKIP_WITHOUT_POSTGIS();
  const auto embeddedPath = findEmbeddedDataset();
  ASSERT_TRUE(embeddedPath.has_value());
  const LoadResult embedded = loadDataset(*embeddedPath, LoadOptions{{}});
  const LoadResult database = loadDataset(testConnection(), LoadOptions{{}});
  ASSERT_NE(database.dataset, nullptr) << allText(database.diagnostics);
  ASSERT_NE(embedded.dataset, nullptr);
  EXPECT_FALSE(database.diagnostics.hasErrors()) << allText(database.diagnostics);
  EXPECT_EQ(database.dataset->origin(), maskedPath(testConnection()));
  const Dataset& a = *embedded.dataset;
  const Dataset& b = *database.dataset;
  ASSERT_EQ(a.events().size(), b.events().size());
  EXPECT_EQ(a.sources().size(), b.sources().size());
  EXPECT_EQ(a.places().size(), b.places().size());
  EXPECT_EQ(a.trade().size(), b.trade().size());
  for (std::size_t i = 0; i < a.events().size(); ++i) {
    EXPECT_EQ(a.events()[i].id, b.events()[i].id);
    EXPECT_EQ(a.events()[i].date.toString(), b.events()[i].date.toString());
    EXPECT_EQ(a.events()[i].title.en, b.events()[i].title.en);
    EXPECT_EQ(a.events()[i].title.ja, b.events()[i].title.ja);
    EXPECT_EQ(a.events()[i].title.ru, b.events()[i].title.ru);
  }
  // The state on 1945-08-30 (okhotsk-cli state 1945-08-30): the same period per territory.
  const DayNumber day = daysFromGregorian(1945, 8, 30);
  const auto stateA = a.stateOn(day);
  const auto stateB = b.stateOn(day);
  ASSERT_EQ(stateA.size(), stateB.size());
  for (std::size_t i = 0; i < stateA.size(); ++i) {
    EXPECT_EQ(stateA[i].territory->id, stateB[i].territory->id);
    ASSERT_EQ(stateA[i].period != nullptr, stateB[i].period != nullptr);
    if (stateA[i].period == nullptr) continue;
    EXPECT_EQ(stateA[i].period->id, stateB[i].period->id);
    EXPECT_EQ(stateA[i].period->administeredBy, stateB[i].period->administeredBy);
    EXPECT_EQ(stateA[i].period->claimedBy, stateB[i].period->claimedBy);
    EXPECT_EQ(stateA[i].period->interval.toString(), stateB[i].period->interval.toString());
  }
}

TEST(PostGis, CoastlinesAndShapesReadFromTheDatabase) {
  SKIP_WITHOUT_POSTGIS();
  const CoastlineResult coastline = loadCoastline(testConnection(), CoastlineLevel::Intermediate);
  ASSERT_TRUE(coastline.coastline.has_value()) << allText(coastline.diagnostics);
  EXPECT_FALSE(coastline.coastline->geographic.empty());
}

TEST(PostGis, ProbeSeesAnUpdatedRow) {
  SKIP_WITHOUT_POSTGIS();
  DatasetProbe probe(testConnection());
  std::string error;
  const auto before = probe.fingerprint(&error);
  ASSERT_TRUE(before.has_value()) << error;
  EXPECT_EQ(probe.fingerprint(), before);
  // Rewriting a row with its own value changes its version, not the data other tests read.
  GDALDatasetUniquePtr writer(GDALDataset::Open(testConnection().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  ASSERT_NE(writer, nullptr);
  writer->ExecuteSQL("UPDATE events SET title_en = title_en WHERE id = (SELECT min(id) FROM events)", nullptr,
                     nullptr);
  const auto after = probe.fingerprint(&error);
  ASSERT_TRUE(after.has_value()) << error;
  EXPECT_NE(after, before);
}

TEST(DatasetProbe, UnreachableDatabaseIsReportedMasked) {
  DatasetProbe probe("PG:dbname=okhotsk_absent host=/nonexistent-okhotsk-socket password=hunter2");
  std::string error;
  EXPECT_FALSE(probe.fingerprint(&error).has_value());
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(error.find("hunter2"), std::string::npos) << error;
}

}  // namespace
}  // namespace okhotsk
