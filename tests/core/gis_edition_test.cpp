// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GIS edition's QGIS styles (geodata/scripts/add_qgis_styles.py, geodata/styles), read back
// through GDAL as QGIS reads them: a GeoPackage of the export schema made here, styled by the
// script (one default style per spatial layer in layer_styles, the temporal fields earliest and
// latest with the end day included, the control periods in the states' colours); bad input (a
// state colour that is no colour, a spatial layer with no style) refused with a message naming
// the file, layer, feature and field, and nothing written. Then the same checks on the built
// okhotsk-atlas-gis.gpkg, when the build makes it (OKHOTSK_BUILD_GIS_EDITION).
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct GdalCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using GdalDataset = std::unique_ptr<GDALDataset, GdalCloser>;

GdalDataset openVector(const fs::path& path, bool update = false) {
  GDALAllRegister();
  const unsigned flags = GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
  return GdalDataset(GDALDataset::Open(path.c_str(), flags, nullptr, nullptr, nullptr));
}

struct RunResult {
  int status = -1;
  std::string output;  // stdout and stderr
};

RunResult runStylesScript(const fs::path& gpkg) {
  const std::string command =
      std::string("'") + OKHOTSK_PYTHON + "' '" + OKHOTSK_STYLES_SCRIPT + "' '" + gpkg.string() + "' 2>&1";
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 512> buffer{};
  while (fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr)
    result.output += buffer.data();
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A GeoPackage with the export schema's shape, small: territories (no dates), control periods
// (MultiPolygon, earliest/latest Date), events (Point, earliest/latest), states (colours).
class FixtureWriter {
 public:
  explicit FixtureWriter(const fs::path& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    m_dataset.reset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    m_wgs84.importFromEPSG(4326);
  }

  OGRLayer* layer(const char* name, OGRwkbGeometryType type, const std::vector<const char*>& text,
                  bool dated) {
    OGRLayer* layer = m_dataset->CreateLayer(name, type == wkbNone ? nullptr : &m_wgs84, type, nullptr);
    for (const char* field : text) {
      OGRFieldDefn definition(field, OFTString);
      layer->CreateField(&definition);
    }
    if (dated) {
      for (const char* field : {"earliest", "latest"}) {
        OGRFieldDefn definition(field, OFTDate);
        layer->CreateField(&definition);
      }
    }
    return layer;
  }

  static void add(OGRLayer* layer, const std::map<std::string, std::string>& values,
                  const char* wkt = nullptr) {
    OGRFeature feature(layer->GetLayerDefn());
    for (const auto& [field, value] : values) feature.SetField(field.c_str(), value.c_str());
    if (wkt != nullptr) {
      OGRGeometry* geometry = nullptr;
      OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry);
      feature.SetGeometryDirectly(geometry);
    }
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }

  void close() { m_dataset.reset(); }

 private:
  GdalDataset m_dataset;
  OGRSpatialReference m_wgs84;
};

constexpr const char* kSquare = "MULTIPOLYGON (((147 45,148 45,148 46,147 46,147 45)))";

void writeFixture(const fs::path& path, const std::string& japanColour, bool strayLayer = false) {
  FixtureWriter writer(path);
  OGRLayer* territories = writer.layer("territories", wkbMultiPolygon, {"id", "name_en"}, false);
  FixtureWriter::add(territories, {{"id", "etorofu"}, {"name_en", "Etorofu / Iturup"}}, kSquare);
  OGRLayer* periods = writer.layer(
      "control_periods", wkbMultiPolygon,
      {"id", "territory_id", "interval", "administered_by", "claimed_by", "kind", "administered_by_en"},
      true);
  FixtureWriter::add(periods,
                     {{"id", "a"},
                      {"territory_id", "etorofu"},
                      {"interval", "1855-02-07/1945-08-28"},
                      {"administered_by", "japan"},
                      {"claimed_by", "japan"},
                      {"kind", "sovereignty"},
                      {"earliest", "1855-02-07"},
                      {"latest", "1945-08-27"}},
                     kSquare);
  FixtureWriter::add(periods,
                     {{"id", "b"},
                      {"territory_id", "etorofu"},
                      {"interval", "1945-08-28/.."},
                      {"administered_by", "ussr"},
                      {"claimed_by", "japan;ussr"},
                      {"kind", "administered_disputed"},
                      {"earliest", "1945-08-28"}},
                     kSquare);
  FixtureWriter::add(periods,
                     {{"id", "c"},
                      {"territory_id", "etorofu"},
                      {"interval", "1945-08-27/1945-08-28"},
                      {"administered_by", "japan;ussr"},
                      {"claimed_by", "japan"},
                      {"kind", "transition"},
                      {"earliest", "1945-08-27"},
                      {"latest", "1945-08-27"}},
                     kSquare);
  OGRLayer* events = writer.layer("events", wkbPoint, {"id", "date", "category"}, true);
  FixtureWriter::add(events,
                     {{"id", "E018"},
                      {"date", "1945-08-28"},
                      {"category", "military"},
                      {"earliest", "1945-08-28"},
                      {"latest", "1945-08-28"}},
                     "POINT (147.9 45.0)");
  OGRLayer* states = writer.layer("states", wkbNone, {"id", "short_en", "name_en", "colour"}, true);
  FixtureWriter::add(states, {{"id", "japan"}, {"short_en", "Japan"}, {"colour", japanColour}});
  FixtureWriter::add(states, {{"id", "ussr"}, {"short_en", "USSR"}, {"colour", "#1f4e8c"}});
  if (strayLayer) {
    OGRLayer* stray = writer.layer("mystery", wkbPoint, {"id"}, false);
    FixtureWriter::add(stray, {{"id", "x"}}, "POINT (140 40)");
  }
  writer.close();
}

struct StoredStyle {
  std::string geometryColumn;
  std::string qml;
  int defaults = 0;
};

// The default styles of layer_styles by layer, as QGIS looks them up.
std::map<std::string, StoredStyle> defaultStyles(GDALDataset& dataset) {
  std::map<std::string, StoredStyle> styles;
  OGRLayer* table = dataset.GetLayerByName("layer_styles");
  if (table == nullptr) return styles;
  for (const auto& feature : *table) {
    if (feature->GetFieldAsInteger("useAsDefault") != 1) continue;
    StoredStyle& style = styles[feature->GetFieldAsString("f_table_name")];
    style.geometryColumn = feature->GetFieldAsString("f_geometry_column");
    style.qml = feature->GetFieldAsString("styleQML");
    ++style.defaults;
  }
  return styles;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Every spatial layer has exactly one default style, stored against its geometry column; a layer
// with earliest/latest is temporal from them with the end day included (QGIS 3.22's QML: mode 2
// is "start and end from fields", limitMode 1 "include the end").
void expectStyledForQgis(GDALDataset& dataset) {
  const std::map<std::string, StoredStyle> styles = defaultStyles(dataset);
  ASSERT_FALSE(styles.empty()) << "no layer_styles table, or no default style in it";
  int spatial = 0;
  for (OGRLayer* layer : dataset.GetLayers()) {
    const std::string name = layer->GetName();
    if (layer->GetGeomType() == wkbNone) continue;
    ++spatial;
    const auto style = styles.find(name);
    ASSERT_NE(style, styles.end()) << name << " has no default style";
    EXPECT_EQ(style->second.defaults, 1) << name;
    EXPECT_EQ(style->second.geometryColumn, layer->GetGeometryColumn()) << name;
    EXPECT_TRUE(contains(style->second.qml, "<renderer-v2")) << name;
    const bool dated = layer->GetLayerDefn()->GetFieldIndex("earliest") >= 0;
    const std::string& qml = style->second.qml;
    EXPECT_EQ(contains(qml, "startField=\"earliest\""), dated) << name;
    EXPECT_EQ(contains(qml, "endField=\"latest\""), dated) << name;
    if (dated) {
      EXPECT_TRUE(contains(qml, "<temporal enabled=\"1\" mode=\"2\"")) << name;
      EXPECT_TRUE(contains(qml, "limitMode=\"1\"")) << name;
    }
    EXPECT_FALSE(contains(qml, "@STATE_")) << name << ": a marker was left in the style";
  }
  EXPECT_GT(spatial, 0);
}

// A rule per value of administered_by, in the state's colour (outline) and its fill (mixed with
// 55% white, as the atlas fills).
void expectStateColours(GDALDataset& dataset) {
  const std::string qml = defaultStyles(dataset)["control_periods"].qml;
  OGRLayer* periods = dataset.GetLayerByName("control_periods");
  OGRLayer* states = dataset.GetLayerByName("states");
  ASSERT_NE(periods, nullptr);
  ASSERT_NE(states, nullptr);
  std::map<std::string, std::array<int, 3>> colours;
  for (const auto& state : *states) {
    unsigned red = 0;
    unsigned green = 0;
    unsigned blue = 0;
    ASSERT_EQ(std::sscanf(state->GetFieldAsString("colour"), "#%02x%02x%02x", &red, &green, &blue), 3);
    colours[state->GetFieldAsString("id")] = {static_cast<int>(red), static_cast<int>(green),
                                              static_cast<int>(blue)};
  }
  std::set<std::string> single;
  for (const auto& period : *periods) {
    const std::string value = period->GetFieldAsString("administered_by");
    EXPECT_TRUE(contains(qml, "filter=\"&quot;administered_by&quot; = '" + value + "'\"")) << value;
    if (value.find(';') == std::string::npos) single.insert(value);
  }
  for (const std::string& state : single) {
    const auto& c = colours.at(state);
    auto fill = [](int channel) {
      return std::to_string(static_cast<int>(channel + (255 - channel) * 0.55));
    };
    const std::string outline =
        std::to_string(c[0]) + "," + std::to_string(c[1]) + "," + std::to_string(c[2]) + ",255";
    EXPECT_TRUE(contains(qml, "value=\"" + outline + "\"")) << state << " outline " << outline;
    const std::string filled = fill(c[0]) + "," + fill(c[1]) + "," + fill(c[2]) + ",255";
    EXPECT_TRUE(contains(qml, "value=\"" + filled + "\"")) << state << " fill " << filled;
  }
}

class GisEditionStyles : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("okhotsk-gis-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  [[nodiscard]] fs::path path(const char* name) const { return m_dir / name; }

 private:
  fs::path m_dir;
};

TEST_F(GisEditionStyles, EverySpatialLayerGetsATemporalDefaultStyle) {
  const fs::path gpkg = path("edition.gpkg");
  writeFixture(gpkg, "#c8102e");
  const RunResult run = runStylesScript(gpkg);
  ASSERT_EQ(run.status, 0) << run.output;
  GdalDataset dataset = openVector(gpkg);
  ASSERT_TRUE(dataset);
  expectStyledForQgis(*dataset);
  expectStateColours(*dataset);
  // The attribute tables keep no style; the events' categories are coloured.
  const auto styles = defaultStyles(*dataset);
  EXPECT_EQ(styles.count("states"), 0U);
  EXPECT_TRUE(contains(styles.at("events").qml, "attr=\"category\""));
  EXPECT_FALSE(contains(styles.at("territories").qml, "<temporal"));
}

TEST_F(GisEditionStyles, RunningAgainReplacesItsStyles) {
  const fs::path gpkg = path("again.gpkg");
  writeFixture(gpkg, "#c8102e");
  ASSERT_EQ(runStylesScript(gpkg).status, 0);
  ASSERT_EQ(runStylesScript(gpkg).status, 0);
  GdalDataset dataset = openVector(gpkg);
  ASSERT_TRUE(dataset);
  OGRLayer* table = dataset->GetLayerByName("layer_styles");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->GetFeatureCount(), 3);  // territories, control_periods, events
  expectStyledForQgis(*dataset);
}

TEST_F(GisEditionStyles, BadStateColourIsRefusedAndNothingWritten) {
  const fs::path gpkg = path("bad.gpkg");
  writeFixture(gpkg, "crimson");
  const RunResult run = runStylesScript(gpkg);
  EXPECT_EQ(run.status, 1);
  for (const std::string& part : {gpkg.string(), std::string("layer states"), std::string("feature 'japan'"),
                                  std::string("field colour"), std::string("crimson")})
    EXPECT_TRUE(contains(run.output, part)) << part << " not in: " << run.output;
  GdalDataset dataset = openVector(gpkg);
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->GetLayerByName("layer_styles"), nullptr);
}

TEST_F(GisEditionStyles, SpatialLayerWithNoStyleIsRefused) {
  const fs::path gpkg = path("stray.gpkg");
  writeFixture(gpkg, "#c8102e", true);
  const RunResult run = runStylesScript(gpkg);
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(contains(run.output, "layer mystery has no style")) << run.output;
  EXPECT_TRUE(contains(run.output, "mystery.qml")) << run.output;
}

TEST_F(GisEditionStyles, NotAGeoPackageIsRefused) {
  const fs::path file = path("notes.gpkg");
  std::FILE* out = std::fopen(file.c_str(), "w");
  ASSERT_NE(out, nullptr);
  std::fputs("not a database\n", out);
  std::fclose(out);
  const RunResult run = runStylesScript(file);
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(contains(run.output, file.string() + ": not a GeoPackage")) << run.output;
}

// The edition the build makes from the embedded dataset (okhotsk-cli export gpkg, then the
// script), when OKHOTSK_BUILD_GIS_EDITION is on; $OKHOTSK_GIS_EDITION names another to check.
TEST(GisEdition, BuiltGeoPackageHasTheStyles) {
  const char* named = std::getenv("OKHOTSK_GIS_EDITION");
  const std::string built = named != nullptr && *named != '\0' ? named : OKHOTSK_GIS_EDITION;
  if (built.empty()) GTEST_SKIP() << "the build makes no GIS edition (OKHOTSK_BUILD_GIS_EDITION is OFF)";
  GdalDataset dataset = openVector(built);
  ASSERT_TRUE(dataset) << built;
  expectStyledForQgis(*dataset);
  expectStateColours(*dataset);
  for (const char* layer :
       {"territories", "territory_parts", "control_periods", "boundaries", "events", "places"})
    EXPECT_NE(dataset->GetLayerByName(layer), nullptr) << layer;
}

}  // namespace
