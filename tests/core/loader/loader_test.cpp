// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loader tests: a valid fixture dataset read field by field, the same layers read from a
// GeoPackage, and golden files for broken inputs (tests/fixtures/loader/broken/<case>/:
// files that replace the valid ones, and expected_diagnostics.txt). Set
// OKHOTSK_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change.

#include "okhotsk/loader.h"
#include "okhotsk/projection_cache.h"

#include "../../support/temp_dir.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

namespace okhotsk {
namespace {

namespace fs = std::filesystem;
using okhotsk::testing::TempDir;

const fs::path kFixtures = fs::path(OKHOTSK_FIXTURES_DIR) / "loader";

LoadOptions allCoastlines() {
  return LoadOptions{};
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(LoaderValid, LoadsEveryLayerWithoutDiagnostics) {
  const LoadResult result = loadDataset(kFixtures / "valid", allCoastlines());
  ASSERT_NE(result.dataset, nullptr);
  for (const Diagnostic& d : result.diagnostics.items()) ADD_FAILURE() << d.toString();
  const Dataset& dataset = *result.dataset;
  EXPECT_EQ(dataset.sources().size(), 2U);
  EXPECT_EQ(dataset.states().size(), 3U);
  EXPECT_EQ(dataset.places().size(), 2U);
  EXPECT_EQ(dataset.territories().size(), 2U);
  EXPECT_EQ(dataset.controlPeriods().size(), 5U);
  EXPECT_EQ(dataset.events().size(), 5U);
  EXPECT_EQ(dataset.trade().size(), 6U);
  EXPECT_EQ(dataset.boundaries().size(), 1U);
}

TEST(LoaderValid, ReadsSourcesWithSeveralAddresses) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Source* source = result.dataset->source("src_b");
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->citation, "Example Archive, Fixture page B");
  EXPECT_EQ(source->urls, (std::vector<std::string>{"https://example.org/b", "https://example.org/b2"}));
}

TEST(LoaderValid, ReadsPlaceNamesThatChangeOverTime) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Place* place = result.dataset->place("toyohara");
  ASSERT_NE(place, nullptr);
  EXPECT_DOUBLE_EQ(place->location.lon, 142.74);
  ASSERT_EQ(place->names.size(), 2U);
  const PlaceNames* before = place->namesOn(daysFromGregorian(1930, 1, 1));
  const PlaceNames* after = place->namesOn(daysFromGregorian(1946, 7, 4));
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->japaneseRomaji, "Toyohara");
  EXPECT_EQ(before->russianOfJapanese, "Тоёхара");
  EXPECT_EQ(after->russianRomanized, "Yuzhno-Sakhalinsk");
  EXPECT_EQ(place->namesOn(daysFromGregorian(1946, 7, 3))->japanese, "豊原");
}

TEST(LoaderValid, ReadsTerritoriesWithHolesPartsAndAreas) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Territory* alpha = result.dataset->territory("alpha");
  ASSERT_NE(alpha, nullptr);
  EXPECT_EQ(alpha->names.japanese, "アルファ島");
  EXPECT_EQ(alpha->names.russianRomanized, "Alfa");
  ASSERT_EQ(alpha->shape.geographic.polygons.size(), 2U);
  EXPECT_EQ(alpha->shape.geographic.polygons[0].interiors.size(), 1U);
  EXPECT_TRUE(alpha->shape.geographic.contains({146.2, 43.2}));
  EXPECT_FALSE(alpha->shape.geographic.contains({146.42, 43.42})) << "inside the hole";
  ASSERT_TRUE(alpha->publishedAreaKm2.has_value());
  EXPECT_DOUBLE_EQ(*alpha->publishedAreaKm2, 9000.0);
  EXPECT_EQ(alpha->areaSourceIds, std::vector<std::string>{"src_a"});
  EXPECT_FALSE(alpha->contextOnly);
  ASSERT_EQ(alpha->parts.size(), 1U);
  EXPECT_EQ(alpha->parts[0].names.japanese, "小アルファ");
  EXPECT_DOUBLE_EQ(alpha->labelPoint.lon, 146.5);
  // Projected once at load into both planes, with the same topology.
  EXPECT_EQ(alpha->shape.region.vertexCount(), alpha->shape.geographic.vertexCount());
  EXPECT_EQ(alpha->shape.world.vertexCount(), alpha->shape.geographic.vertexCount());
  EXPECT_GT(alpha->shape.region.bounds().width(), 50'000.0) << "metres, not degrees";
  const Territory* beta = result.dataset->territory("beta");
  ASSERT_NE(beta, nullptr);
  EXPECT_TRUE(beta->contextOnly);
  EXPECT_EQ(beta->names.english, "Beta Islands");
}

TEST(LoaderValid, ReadsEventsSortedWithPlacesAndOwnPoints) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Dataset& dataset = *result.dataset;
  std::vector<std::string> order;
  for (const Event& e : dataset.events()) order.push_back(e.id);
  EXPECT_EQ(order, (std::vector<std::string>{"E1", "E4", "E2", "E5", "E3"}));
  const Event* e1 = dataset.event("E1");
  ASSERT_NE(e1, nullptr);
  ASSERT_TRUE(e1->location.has_value());
  EXPECT_DOUBLE_EQ(e1->location->lon, 37.6175) << "taken from its place";
  EXPECT_EQ(e1->territoryIds, (std::vector<std::string>{"alpha", "beta"}));
  EXPECT_EQ(e1->title.ja, "フィクスチャ条約");
  const Event* e2 = dataset.event("E2");
  ASSERT_TRUE(e2->location.has_value());
  EXPECT_DOUBLE_EQ(e2->location->lat, 43.5) << "its own point";
  const Event* e5 = dataset.event("E5");
  EXPECT_EQ(e5->confidence, Confidence::Unconfirmed);
  EXPECT_TRUE(e5->date.start().date.qualifiers().uncertain);
  const Event* e4 = dataset.event("E4");
  EXPECT_TRUE(e4->date.isInterval());
  EXPECT_EQ(e4->category, EventCategory::Military);
}

TEST(LoaderValid, ReadsTradeBoundaryAndCoastline) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Dataset& dataset = *result.dataset;
  const auto nearly = std::find_if(dataset.trade().begin(), dataset.trade().end(),
                                   [](const TradeObservation& o) { return o.id == "t6"; });
  ASSERT_NE(nearly, dataset.trade().end());
  EXPECT_EQ(nearly->bound, TradeBound::Nearly);
  EXPECT_TRUE(nearly->approximate);
  EXPECT_EQ(nearly->flow, TradeFlow::Total);
  ASSERT_EQ(dataset.boundaries().size(), 1U);
  EXPECT_EQ(dataset.boundaries()[0].lines.geographic.lines[0].size(), 2U);
  const Coastline* coastline = dataset.coastline(CoastlineLevel::Intermediate);
  ASSERT_NE(coastline, nullptr);
  EXPECT_EQ(coastline->gshhgLevels, (std::vector<std::uint8_t>{1, 2}));
  EXPECT_EQ(coastline->projection, MapProjection::Region);
  EXPECT_EQ(dataset.coastline(CoastlineLevel::Full), nullptr) << "not in the fixture: absent, not an error";
}

TEST(LoaderValid, LoadsACoastlineLevelOnItsOwn) {
  const CoastlineResult result = loadCoastline(kFixtures / "valid", CoastlineLevel::Intermediate);
  ASSERT_TRUE(result.coastline.has_value());
  EXPECT_EQ(result.coastline->geographic.polygons.size(), 2U);
  const CoastlineResult missing = loadCoastline(kFixtures / "valid", CoastlineLevel::Full);
  EXPECT_FALSE(missing.coastline.has_value());
  ASSERT_EQ(missing.diagnostics.size(), 1U);
  EXPECT_NE(missing.diagnostics.items()[0].message.find("layer missing"), std::string::npos);
}

// The second edition's fields: source quality, the states' display fields and validity,
// both legal positions of a disputed period.
TEST(LoaderValid, ReadsQualityStatesAndLegalPositions) {
  const LoadResult result = loadDataset(kFixtures / "valid");
  const Dataset& dataset = *result.dataset;
  EXPECT_EQ(dataset.source("src_a")->quality, SourceQuality::Primary);
  EXPECT_FALSE(dataset.source("src_b")->quality.has_value()) << "an empty quality is not guessed";
  const State* japan = dataset.state("japan");
  ASSERT_NE(japan, nullptr);
  EXPECT_EQ(japan->colour, std::optional<std::uint32_t>(0xc8102e));
  EXPECT_EQ(japan->disputeTerm.ja, "フィクスチャ領土");
  EXPECT_EQ(japan->shortLabel(Language::English), "Japan") << "no short name: the name";
  EXPECT_EQ(japan->validDays(), (DayRange{kDayMin, kDayMax})) << "no validity: always";
  const State* ussr = dataset.state("ussr");
  EXPECT_EQ(ussr->shortLabel(Language::Japanese), "ソ連");
  const State* russia = dataset.state("russian_federation");
  EXPECT_EQ(russia->validDays().first, daysFromGregorian(1991, 12, 26));
  EXPECT_FALSE(russia->colour.has_value());
  const auto cp3 = std::find_if(dataset.controlPeriods().begin(), dataset.controlPeriods().end(),
                                [](const ControlPeriod& p) { return p.id == "cp3"; });
  ASSERT_NE(cp3, dataset.controlPeriods().end());
  EXPECT_EQ(cp3->kind, ControlKind::AdministeredDisputed);
  EXPECT_TRUE(cp3->isDisputed());
  EXPECT_TRUE(cp3->hasPositions());
  EXPECT_EQ(cp3->positionRussia.en, "Russia holds the fixture position.");
  EXPECT_EQ(cp3->positionJapanSourceIds, std::vector<std::string>{"src_a"});
}

// Names per period (territory_names) for a territory and a part, and the same source's
// figures in two units kept as two series.
TEST(LoaderValid, ReadsNamesPerPeriodAndSeriesPerUnit) {
  TempDir temp;
  fs::copy(kFixtures / "valid", temp.path(), fs::copy_options::recursive);
  const LoadResult valid = loadDataset(kFixtures / "valid");
  const Territory* original = valid.dataset->territory("alpha");
  ASSERT_NE(original, nullptr);
  ASSERT_EQ(original->parts.size(), 1U);
  const std::string partId = original->parts[0].id;
  std::ofstream(temp.path() / "territory_names.csv")
      << "territory_id,part_id,valid,name_en,name_ja,name_ru,name_ja_latn,name_ru_latn,source_ids,note\n"
      << "alpha,,1946-02-02/..,New Alpha,新アルファ島,Новая Альфа,Shin-Arufa,Novaya Alfa,src_a,\n"
      << "alpha,,/1946-02-02,Old Alpha,旧アルファ島,Старая Альфа,Kyu-Arufa,Staraya Alfa,src_a,\n"
      << "alpha," << partId << ",/1900-06-01,Old Part,旧小アルファ,Старая часть,Kyu,Staraya,src_b,\n";
  std::ofstream(temp.path() / "trade.csv", std::ios::app)
      << "t7,1972,0,ussr,exports,12,JPY_billion_current,src_a,exact,0,0,,\n"
      << "t8,1973,0,ussr,exports,0,USD_million_current,src_b,below_threshold,1,0,,\n"
      << "t9,1974,0,ussr,total,6,USD_million_current,src_b,exact,0,1,src_a,\n";
  const LoadResult result = loadDataset(temp.path());
  ASSERT_NE(result.dataset, nullptr);
  for (const Diagnostic& d : result.diagnostics.items()) ADD_FAILURE() << d.toString();
  const Territory* alpha = result.dataset->territory("alpha");
  ASSERT_EQ(alpha->historicalNames.size(), 2U);
  EXPECT_EQ(alpha->historicalNames[0].names.english, "Old Alpha") << "sorted by start";
  EXPECT_EQ(alpha->namesOn(daysFromGregorian(1946, 2, 1)).japanese, "旧アルファ島");
  EXPECT_EQ(alpha->namesOn(daysFromGregorian(1946, 2, 2)).russian, "Новая Альфа");
  EXPECT_EQ(alpha->parts[0].namesOn(daysFromGregorian(1900, 5, 31)).english, "Old Part");
  EXPECT_EQ(alpha->parts[0].namesOn(daysFromGregorian(1900, 6, 1)).japanese, "小アルファ")
      << "no period covers it: today's name";
  int exportSeries = 0;
  for (const TradeSeries& series : result.dataset->tradeSeries())
    if (series.sourceId == "src_a" && series.flow == TradeFlow::JapanExports) {
      ++exportSeries;
      if (series.unit == "JPY_billion_current") {
        ASSERT_EQ(series.points.size(), 1U);
        EXPECT_EQ(series.points[0].value, std::optional<double>(12.0));
      }
    }
  EXPECT_EQ(exportSeries, 2) << "one series per unit";
  const auto t8 = std::find_if(result.dataset->trade().begin(), result.dataset->trade().end(),
                               [](const TradeObservation& o) { return o.id == "t8"; });
  ASSERT_NE(t8, result.dataset->trade().end());
  EXPECT_EQ(t8->bound, TradeBound::BelowThreshold);
  const auto t9 = std::find_if(result.dataset->trade().begin(), result.dataset->trade().end(),
                               [](const TradeObservation& o) { return o.id == "t9"; });
  EXPECT_EQ(t9->derivedFrom, std::vector<std::string>{"src_a"});
}

// The same layers in one GeoPackage load to the same dataset.
TEST(LoaderGeoPackage, ReadsTheSameLayersFromOneFile) {
  GDALAllRegister();
  TempDir temp;
  const fs::path gpkg = temp.path() / "atlas.gpkg";
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  ASSERT_NE(driver, nullptr);
  GDALDatasetUniquePtr out(driver->Create(gpkg.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_TRUE(out);
  for (const auto& entry : fs::directory_iterator(kFixtures / "valid")) {
    GDALDatasetUniquePtr in(GDALDataset::Open(entry.path().c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(in) << entry.path();
    const std::string name = entry.path().stem().string();
    ASSERT_NE(out->CopyLayer(in->GetLayer(0), name.c_str()), nullptr) << name;
  }
  out.reset();
  const LoadResult result = loadDataset(gpkg, allCoastlines());
  ASSERT_NE(result.dataset, nullptr);
  for (const Diagnostic& d : result.diagnostics.items()) ADD_FAILURE() << d.toString();
  EXPECT_EQ(result.dataset->events().size(), 5U);
  EXPECT_EQ(result.dataset->territories().size(), 2U);
  EXPECT_EQ(result.dataset->territory("alpha")->parts.size(), 1U);
  EXPECT_NE(result.dataset->coastline(CoastlineLevel::Intermediate), nullptr);
}

TEST(LoaderBroken, AMissingPathIsReportedAndYieldsNoDataset) {
  const LoadResult result = loadDataset(kFixtures / "no-such-folder");
  EXPECT_EQ(result.dataset, nullptr);
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_NE(result.diagnostics.items()[0].toString().find("no such file or folder"), std::string::npos);
}

TEST(LoaderBroken, AFileThatIsNoDatasetIsReported) {
  TempDir temp;
  std::ofstream(temp.path() / "notes.gpkg") << "this is not a GeoPackage";
  const LoadResult result = loadDataset(temp.path() / "notes.gpkg");
  EXPECT_EQ(result.dataset, nullptr);
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_NE(result.diagnostics.items()[0].toString().find("notes.gpkg"), std::string::npos);
}

// A FlatGeobuf cut short is reported with file and layer, and the rest of the dataset loads.
TEST(LoaderBroken, ATruncatedFlatGeobufIsReported) {
  GDALAllRegister();
  TempDir temp;
  fs::copy(kFixtures / "valid", temp.path(), fs::copy_options::recursive);
  fs::remove(temp.path() / "coastline_intermediate.geojson");
  {
    GDALDatasetUniquePtr in(
        GDALDataset::Open((kFixtures / "valid" / "coastline_intermediate.geojson").c_str(), GDAL_OF_VECTOR));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
    GDALDatasetUniquePtr out(
        driver->Create((temp.path() / "coastline_intermediate.fgb").c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(out->CopyLayer(in->GetLayer(0), "coastline_intermediate"), nullptr);
  }
  const fs::path fgb = temp.path() / "coastline_intermediate.fgb";
  fs::resize_file(fgb, fs::file_size(fgb) - 60);
  const LoadResult result = loadDataset(temp.path(), allCoastlines());
  ASSERT_NE(result.dataset, nullptr);
  EXPECT_TRUE(result.diagnostics.hasErrors());
  bool named = false;
  for (const Diagnostic& d : result.diagnostics.items())
    named = named || (d.file.find("coastline_intermediate.fgb") != std::string::npos &&
                      d.layer == "coastline_intermediate");
  EXPECT_TRUE(named) << "a diagnostic names the truncated file and its layer";
  EXPECT_EQ(result.dataset->events().size(), 5U) << "nothing else is lost";
  EXPECT_EQ(result.dataset->territories().size(), 2U);
}

// ---- text files that are not UTF-8

// The UTF-8 diagnostics of the valid dataset with the English title of E2 (line 3 of
// events.csv, which starts "E2,1945-08-28,military,": 23 bytes) replaced by `title`.
std::vector<Diagnostic> utf8DiagnosticsWithTitle(const std::string& title) {
  TempDir temp;
  fs::copy(kFixtures / "valid", temp.path(), fs::copy_options::recursive);
  std::string events = readFile(temp.path() / "events.csv");
  const std::size_t at = events.find("Fixture landing");
  events.replace(at, std::string("Fixture landing").size(), title);
  std::ofstream(temp.path() / "events.csv", std::ios::binary) << events;
  const LoadResult result = loadDataset(temp.path());
  EXPECT_NE(result.dataset, nullptr) << "a text that is not UTF-8 does not stop the loading";
  std::vector<Diagnostic> found;
  for (const Diagnostic& d : result.diagnostics.items())
    if (d.message.find("UTF-8") != std::string::npos) found.push_back(d);
  return found;
}

TEST(LoaderText, EveryKindOfInvalidUtf8IsAnErrorAtItsLineAndColumn) {
  // The title starts at column 24; after "ab", each first bad byte is at column 26.
  const std::pair<std::string, std::string> cases[] = {
      {"ab\xff", "byte 0xFF"},              // never in UTF-8
      {"ab\x80x", "byte 0x80"},             // a continuation byte with no lead
      {"ab\xc0\xaf", "byte 0xC0"},          // an overlong '/'
      {"ab\xe0\x80\xaf", "byte 0xE0"},      // an overlong three-byte form
      {"ab\xed\xa0\x80", "byte 0xED"},      // a UTF-16 surrogate, U+D800
      {"ab\xf4\x90\x80\x80", "byte 0xF4"},  // above U+10FFFF
      {"ab\xe6\x88", "byte 0xE6"},          // a three-byte character cut short by the comma
      {"ab\xf0\x9f\x98", "byte 0xF0"},      // a four-byte character cut short
  };
  for (const auto& [title, byte] : cases) {
    SCOPED_TRACE(byte);
    const std::vector<Diagnostic> found = utf8DiagnosticsWithTitle(title);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(fs::path(found[0].file).filename(), "events.csv");
    EXPECT_EQ(found[0].layer, "events");
    EXPECT_EQ(found[0].message, "not valid UTF-8 at line 3, column 26 (counted in bytes): " + byte);
  }
}

TEST(LoaderText, UnicodeOfEveryLengthIsValid) {
  // Cyrillic (2 bytes), kana and kanji (3), an astral character U+1F5FE (4), U+10FFFF, a BOM-like U+FEFF.
  EXPECT_TRUE(
      utf8DiagnosticsWithTitle("Высадка 上陸 \xf0\x9f\x97\xbe \xf4\x8f\xbf\xbf \xef\xbb\xbf").empty());
}

TEST(LoaderText, FurtherBadLinesAreCountedNotListed) {
  const std::vector<Diagnostic> found = utf8DiagnosticsWithTitle("a\xff\xfe\nE9,\xff,b\n\xff\n\xff");
  ASSERT_EQ(found.size(), 1U) << "one diagnostic per file";
  EXPECT_EQ(
      found[0].message,
      "not valid UTF-8 at line 3, column 25 (counted in bytes): byte 0xFF; 3 more lines hold invalid UTF-8");
}

// ---- files that must not be opened, links, encodings and ceilings (what a fixture folder
// cannot hold: FIFOs, links, huge files)

// The valid fixture in a temporary folder, to be changed by a test.
class LoaderFiles : public ::testing::Test {
 protected:
  void SetUp() override { fs::copy(kFixtures / "valid", root(), fs::copy_options::recursive); }
  [[nodiscard]] fs::path root() const { return m_temp.path() / "dataset"; }

  // Loads on another thread; fails (instead of hanging) when that takes more than 30 s,
  // then unblocks a reader stuck on `fifo` by opening it for writing.
  static LoadResult loadWithin30s(const fs::path& path, const fs::path& fifo = {}) {
    auto task = std::make_shared<std::packaged_task<LoadResult()>>([path] { return loadDataset(path); });
    std::future<LoadResult> result = task->get_future();
    std::thread([task] { (*task)(); }).detach();
    if (result.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
      ADD_FAILURE() << "loading " << path << " blocked";
      if (!fifo.empty()) std::ofstream(fifo) << "";
    }
    return result.get();
  }

  // The diagnostics that name `file` (by file name).
  static std::vector<Diagnostic> about(const LoadResult& result, const std::string& file) {
    std::vector<Diagnostic> found;
    for (const Diagnostic& d : result.diagnostics.items())
      if (fs::path(d.file).filename() == file) found.push_back(d);
    return found;
  }

 private:
  TempDir m_temp;
};

TEST_F(LoaderFiles, AFifoAsALayerIsRefusedWithoutOpeningIt) {
  fs::remove(root() / "events.csv");
  ASSERT_EQ(::mkfifo((root() / "events.csv").c_str(), 0600), 0);
  const LoadResult result = loadWithin30s(root(), root() / "events.csv");
  ASSERT_NE(result.dataset, nullptr);
  const auto found = about(result, "events.csv");
  ASSERT_EQ(found.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(found[0].severity, Severity::Error);
  EXPECT_EQ(found[0].layer, "events");
  EXPECT_EQ(found[0].message,
            "is a FIFO (named pipe), not a regular file; it is not opened; the layer is not read");
  EXPECT_TRUE(result.dataset->events().empty());
  EXPECT_EQ(result.dataset->territories().size(), 2U) << "the rest loads";
}

TEST_F(LoaderFiles, AFifoAsTheDatasetIsRefused) {
  const fs::path fifo = root().parent_path() / "atlas.gpkg";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const LoadResult result = loadWithin30s(fifo, fifo);
  EXPECT_EQ(result.dataset, nullptr);
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(result.diagnostics.items()[0].toString(),
            fifo.string() + ": error: is a FIFO (named pipe), not a regular file; it is not opened");
  const CoastlineResult coastline = loadCoastline(fifo, CoastlineLevel::Full);
  EXPECT_FALSE(coastline.coastline.has_value());
  EXPECT_TRUE(coastline.diagnostics.hasErrors());
}

TEST_F(LoaderFiles, SymbolicLinkLoopsAndDanglingLinksAreReported) {
  fs::remove(root() / "events.csv");
  fs::create_symlink("events2.csv", root() / "events.csv");
  fs::create_symlink("events.csv", root() / "events2.csv");
  fs::remove(root() / "trade.csv");  // an optional layer: once dropped without a word
  fs::create_symlink("nowhere/trade.csv", root() / "trade.csv");
  const LoadResult result = loadWithin30s(root());
  ASSERT_NE(result.dataset, nullptr);
  const auto loop = about(result, "events.csv");
  ASSERT_EQ(loop.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(loop[0].message,
            "is a symbolic link to 'events2.csv' that loops back on itself; the layer is not read");
  const auto dangling = about(result, "trade.csv");
  ASSERT_EQ(dangling.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(dangling[0].severity, Severity::Error);
  EXPECT_EQ(dangling[0].message,
            "is a symbolic link to 'nowhere/trade.csv', which does not exist; the layer is not read");
  EXPECT_TRUE(result.dataset->trade().empty());
}

TEST_F(LoaderFiles, ALinkToARegularFileIsFollowedAndAFolderIsRefused) {
  fs::rename(root() / "events.csv", root().parent_path() / "real-events.csv");
  fs::create_symlink(root().parent_path() / "real-events.csv", root() / "events.csv");
  fs::remove(root() / "trade.csv");
  fs::create_directory(root() / "trade.csv");
  const LoadResult result = loadDataset(root());
  ASSERT_NE(result.dataset, nullptr);
  EXPECT_EQ(result.dataset->events().size(), 5U);
  EXPECT_TRUE(about(result, "events.csv").empty()) << result.diagnostics.toText();
  const auto folder = about(result, "trade.csv");
  ASSERT_EQ(folder.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(folder[0].message, "is a folder, not a regular file; it is not opened; the layer is not read");
}

TEST_F(LoaderFiles, AnUnreadableFileIsNamedNotMissing) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  fs::permissions(root() / "events.csv", fs::perms::none);
  const LoadResult result = loadDataset(root());
  const auto found = about(result, "events.csv");
  ASSERT_EQ(found.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(found[0].message, "cannot be read: Permission denied; the layer is not read");
}

// Accepted and documented: a UTF-8 byte-order mark (a warning) and CRLF line ends (silent).
TEST_F(LoaderFiles, AByteOrderMarkIsAWarningAndCrlfIsAccepted) {
  std::string events = readFile(root() / "events.csv");
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : events) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::ofstream(root() / "events.csv", std::ios::binary) << crlf;
  const LoadResult result = loadDataset(root());
  ASSERT_NE(result.dataset, nullptr);
  ASSERT_EQ(result.diagnostics.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(result.diagnostics.items()[0].severity, Severity::Warning);
  EXPECT_EQ(result.diagnostics.items()[0].message,
            "the file starts with a UTF-8 byte-order mark, which is ignored");
  ASSERT_EQ(result.dataset->events().size(), 5U) << "the first column is still 'id'";
  const Event* e5 = result.dataset->event("E5");
  ASSERT_NE(e5, nullptr);
  EXPECT_EQ(e5->note.find('\r'), std::string::npos);
  EXPECT_EQ(e5->confidence, Confidence::Unconfirmed) << "no carriage return left in the values";
}

TEST_F(LoaderFiles, ARowOverTheLimitIsAnErrorNamingItsLine) {
  std::string events = readFile(root() / "events.csv");
  const std::size_t at = events.find("Fixture landing");
  events.replace(at, std::string("Fixture landing").size(), std::string(1'000'001, 'x'));
  std::ofstream(root() / "events.csv", std::ios::binary) << events;
  const LoadResult result = loadDataset(root());
  ASSERT_NE(result.dataset, nullptr);
  const auto found = about(result, "events.csv");
  ASSERT_EQ(found.size(), 1U) << result.diagnostics.toText().substr(0, 2000);
  EXPECT_EQ(found[0].message,
            "the row at line 3 is longer than 1000000 bytes, the loader's limit for a CSV row; the layer is "
            "not read");
  EXPECT_TRUE(result.dataset->events().empty()) << "no layer read in part";
}

// The events' check runs beside GDAL's read (LayerOpener::layer, checkAlongside); an empty file,
// which GDAL cannot open at all, still gets the check's words alone, as when the check ran first.
TEST_F(LoaderFiles, AnEmptyEventsFileIsReportedAsEmptyOnly) {
  std::ofstream(root() / "events.csv", std::ios::binary | std::ios::trunc).flush();
  const LoadResult result = loadDataset(root());
  ASSERT_NE(result.dataset, nullptr);
  const auto found = about(result, "events.csv");
  ASSERT_EQ(found.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(found[0].message, "the file is empty (0 bytes); the layer is not read");
  EXPECT_TRUE(result.dataset->events().empty());
}

TEST_F(LoaderFiles, AFileOverTheCeilingIsNotRead) {
  fs::resize_file(root() / "trade.csv", (256ULL << 20U) + 1);  // sparse: nothing is written
  const auto started = std::chrono::steady_clock::now();
  const LoadResult result = loadDataset(root());
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10)) << "not read";
  const auto found = about(result, "trade.csv");
  ASSERT_EQ(found.size(), 1U) << result.diagnostics.toText();
  EXPECT_EQ(found[0].message,
            "the file is 257 MB, over the loader's ceiling of 256 MB per file; it is not read");
}

// A GEOS error raised for one feature is reported against that feature, never the next.
TEST_F(LoaderFiles, GeosMessagesNameTheFeatureThatRaisedThem) {
  std::string territories = readFile(root() / "territories.geojson");
  const std::string closed = "[[[147.5,43],[147.6,43],[147.6,43.1],[147.5,43]]]";
  territories.replace(territories.find(closed), closed.size(), "[[[147.5,43],[147.6,43],[147.6,43.1]]]");
  std::ofstream(root() / "territories.geojson", std::ios::binary) << territories;
  const LoadResult result = loadDataset(root());
  bool geos = false;
  for (const Diagnostic& d : result.diagnostics.items()) {
    EXPECT_NE(d.featureId, "beta") << d.toString();
    EXPECT_EQ(d.message.find("damaged or truncated"), std::string::npos) << d.toString();
    geos = geos || (d.featureId == "alpha" && d.message.find("GEOS") != std::string::npos);
  }
  EXPECT_TRUE(geos) << result.diagnostics.toText();
}

// ---- validity checks remembered between opens (ProjectedVertexStore::knownValid)

// Remembers in memory what the loader tells it, and which keys it was asked about.
class ValidityRecorder final : public ProjectedVertexStore {
 public:
  [[nodiscard]] std::optional<std::vector<Vec2>> find(const std::string& /*key*/,
                                                      std::size_t /*count*/) const override {
    return std::nullopt;
  }
  void keep(const std::string& /*key*/, std::span<const Vec2> /*projected*/) const override {}
  [[nodiscard]] bool knownValid(const std::string& key) const override {
    asked.insert(key);
    return valid.count(key) > 0;
  }
  void rememberValid(const std::string& key) const override { valid.insert(key); }

  mutable std::set<std::string> asked;
  mutable std::set<std::string> valid;
};

bool reportsInvalidPolygon(const LoadResult& result) {
  return std::any_of(
      result.diagnostics.items().begin(), result.diagnostics.items().end(),
      [](const Diagnostic& d) { return d.message.find("the polygon is invalid") != std::string::npos; });
}

TEST_F(LoaderFiles, ValidPolygonsAreRememberedAndAnInvalidOneIsCheckedEveryTime) {
  LoadOptions options;
  ValidityRecorder store;
  options.projectionStore = &store;
  const LoadResult first = loadDataset(root(), options);
  ASSERT_TRUE(first.dataset);
  std::size_t polygons = 0;
  for (const Territory& territory : first.dataset->territories()) polygons += 1 + territory.parts.size();
  EXPECT_EQ(store.valid.size(), polygons);
  EXPECT_EQ(store.asked, store.valid);
  // The second open finds them all and gives the same dataset.
  const LoadResult second = loadDataset(root(), options);
  ASSERT_TRUE(second.dataset);
  EXPECT_EQ(second.diagnostics.toText(), first.diagnostics.toText());
  ASSERT_EQ(second.dataset->territories().size(), first.dataset->territories().size());
  for (std::size_t i = 0; i < first.dataset->territories().size(); ++i)
    EXPECT_EQ(second.dataset->territories()[i].shape.geographic.polygons.size(),
              first.dataset->territories()[i].shape.geographic.polygons.size());

  // A self-intersecting polygon: reported on every open, never remembered.
  fs::copy_file(kFixtures / "broken" / "invalid_polygon" / "territories.geojson",
                root() / "territories.geojson", fs::copy_options::overwrite_existing);
  ValidityRecorder fresh;
  options.projectionStore = &fresh;
  for (int open = 0; open < 2; ++open) {
    const LoadResult broken = loadDataset(root(), options);
    EXPECT_TRUE(reportsInvalidPolygon(broken)) << broken.diagnostics.toText();
  }
  EXPECT_EQ(fresh.asked.size(), fresh.valid.size() + 1);
  // What the store says is what the loader trusts: told that every polygon is valid, it skips
  // GEOS, so the invalid one goes unreported (the key is the polygon's, so only a store that
  // lies can do this).
  fresh.valid = fresh.asked;
  EXPECT_FALSE(reportsInvalidPolygon(loadDataset(root(), options)));
}

TEST(PolygonCheckKey, ChangesWithAVertexTheRingsAndTheChecker) {
  const std::vector<Vec2> square{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
  const std::vector<std::size_t> one{5};
  const std::string key = polygonCheckKey(square, one, "GEOS 3.11.1");
  EXPECT_EQ(key.size(), 32U);
  EXPECT_EQ(key, polygonCheckKey(square, one, "GEOS 3.11.1"));
  EXPECT_NE(key, polygonCheckKey(square, one, "GEOS 3.12.0"));
  std::vector<Vec2> moved = square;
  moved[2].y += 1e-9;
  EXPECT_NE(key, polygonCheckKey(moved, one, "GEOS 3.11.1"));
  // The same vertices cut into other rings.
  const std::vector<std::size_t> two{3, 2};
  EXPECT_NE(key, polygonCheckKey(square, two, "GEOS 3.11.1"));
  // Not the projection's key of the same vertices.
  EXPECT_NE(key, projectionCacheKey(square, 0, "GEOS 3.11.1"));
}

// ---- golden files for broken inputs

std::vector<std::string> brokenCases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(kFixtures / "broken"))
    if (entry.is_directory()) cases.push_back(entry.path().filename().string());
  std::sort(cases.begin(), cases.end());
  return cases;
}

class LoaderGolden : public ::testing::TestWithParam<std::string> {};

// Diagnostics with the temporary folder removed, one per line, then what still loaded.
std::string describe(const LoadResult& result, const fs::path& root) {
  std::ostringstream text;
  const std::string prefix = root.string() + "/";
  std::string lines = result.diagnostics.toText();
  for (std::size_t at = lines.find(prefix); at != std::string::npos; at = lines.find(prefix))
    lines.erase(at, prefix.size());
  text << lines;
  if (result.dataset) {
    const Dataset& d = *result.dataset;
    text << "loaded: " << d.sources().size() << " sources, " << d.states().size() << " states, "
         << d.places().size() << " places, " << d.territories().size() << " territories, "
         << d.controlPeriods().size() << " control periods, " << d.boundaries().size() << " boundaries, "
         << d.events().size() << " events, " << d.trade().size() << " trade figures\n";
  } else {
    text << "loaded: nothing\n";
  }
  return text.str();
}

TEST_P(LoaderGolden, DiagnosticsNameFileFeatureAndFieldAndTheRestLoads) {
  const fs::path caseDir = kFixtures / "broken" / GetParam();
  TempDir temp;
  const fs::path root = temp.path() / "dataset";
  fs::copy(kFixtures / "valid", root, fs::copy_options::recursive);
  for (const auto& entry : fs::directory_iterator(caseDir)) {
    const std::string name = entry.path().filename().string();
    if (name == "expected_diagnostics.txt") continue;
    if (name == "remove.txt") {
      std::ifstream list(entry.path());
      for (std::string file; std::getline(list, file);)
        if (!file.empty()) fs::remove(root / file);
      continue;
    }
    fs::copy_file(entry.path(), root / name, fs::copy_options::overwrite_existing);
  }
  const LoadResult result = loadDataset(root, allCoastlines());
  const std::string actual = describe(result, root);
  const fs::path expectedFile = caseDir / "expected_diagnostics.txt";
  if (std::getenv("OKHOTSK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expectedFile, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << expectedFile;
  }
  ASSERT_TRUE(fs::exists(expectedFile)) << "missing golden file " << expectedFile << "; actual:\n" << actual;
  EXPECT_EQ(actual, readFile(expectedFile));
  EXPECT_TRUE(result.diagnostics.hasErrors()) << "a broken input must produce at least one error";
}

INSTANTIATE_TEST_SUITE_P(Broken, LoaderGolden, ::testing::ValuesIn(brokenCases()),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

// ---- structured source fields (issue #11): type, authors, title, ..., all optional

// The valid fixture with its sources.csv replaced by `sources`.
fs::path fixtureWithSources(const TempDir& temp, const std::string& sources) {
  fs::path root = temp.path() / "dataset";
  fs::copy(kFixtures / "valid", root, fs::copy_options::recursive);
  std::ofstream(root / "sources.csv", std::ios::binary) << sources;
  return root;
}

const std::string kStructuredHeader =
    "id,citation,urls,note,quality,type,authors,title,container,publisher,issued,pages,archive,accessed,"
    "language\n";

TEST(LoaderSources, ReadsEveryStructuredField) {
  TempDir temp;
  const fs::path root = fixtureWithSources(
      temp, kStructuredHeader +
                "src_a,\"Hara, Kimie and Doe, Jane, A Difficult Peace, Routledge, 1998, pp. 45-67\","
                "https://example.org/a,,scholarly,scholarly_work,\"Hara, Kimie ; Doe, Jane\","
                "A Difficult Peace,Studies in Asia,Routledge,1998~,45-67,\"Archive X, box 3\",2026-11-30,en\n"
                "src_b,\"Example Archive, Fixture page B\",https://example.org/b,,,,,,,,,,,,\n");
  const LoadResult result = loadDataset(root);
  ASSERT_NE(result.dataset, nullptr);
  for (const Diagnostic& d : result.diagnostics.items()) ADD_FAILURE() << d.toString();
  const Source* a = result.dataset->source("src_a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type, SourceType::ScholarlyWork);
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Hara, Kimie", "Doe, Jane"}));
  EXPECT_EQ(a->title, "A Difficult Peace");
  EXPECT_EQ(a->container, "Studies in Asia");
  EXPECT_EQ(a->publisher, "Routledge");
  EXPECT_EQ(a->issued, "1998~");
  EXPECT_EQ(a->pages, "45-67");
  EXPECT_EQ(a->archive, "Archive X, box 3");
  EXPECT_EQ(a->accessed, "2026-11-30");
  EXPECT_EQ(a->language, "en");
  const Source* b = result.dataset->source("src_b");
  ASSERT_NE(b, nullptr);
  EXPECT_FALSE(b->type.has_value()) << "empty columns stay empty";
  EXPECT_TRUE(b->authors.empty());
  EXPECT_TRUE(b->title.empty());
  EXPECT_TRUE(b->issued.empty());
}

TEST(LoaderSources, ADatasetWithoutTheColumnsLoadsWithoutAWord) {
  const LoadResult result = loadDataset(kFixtures / "valid");  // id,citation,urls,note,quality only
  ASSERT_NE(result.dataset, nullptr);
  EXPECT_EQ(result.diagnostics.size(), 0U) << result.diagnostics.toText();
  const Source* a = result.dataset->source("src_a");
  ASSERT_NE(a, nullptr);
  EXPECT_FALSE(a->type.has_value());
  EXPECT_TRUE(a->authors.empty());
  EXPECT_TRUE(a->accessed.empty());
}

TEST(LoaderSources, BadValuesAreWarningsNamingFileFeatureAndFieldAndAreLeftEmpty) {
  TempDir temp;
  const fs::path root = fixtureWithSources(
      temp, kStructuredHeader +
                "src_a,\"Example Ministry, Fixture page A\",https://example.org/a,,primary,book,,"
                "Fixture page A,,,1956-02-30,,,30 Nov 2026,english\n"
                "src_b,\"Example Archive, Fixture page B\",https://example.org/b,,,press,,,,,2011?,,,"
                "2026-13-01,ja\n");
  const LoadResult result = loadDataset(root);
  ASSERT_NE(result.dataset, nullptr);
  EXPECT_FALSE(result.diagnostics.hasErrors()) << result.diagnostics.toText();
  std::map<std::string, const Diagnostic*> byFeatureField;
  for (const Diagnostic& d : result.diagnostics.items()) byFeatureField[d.featureId + "/" + d.field] = &d;
  for (const std::string key :
       {"src_a/type", "src_a/issued", "src_a/accessed", "src_a/language", "src_b/accessed"}) {
    ASSERT_TRUE(byFeatureField.contains(key)) << key << " not reported:\n" << result.diagnostics.toText();
    const Diagnostic& d = *byFeatureField[key];
    EXPECT_EQ(d.severity, Severity::Warning) << d.toString();
    EXPECT_EQ(fs::path(d.file).filename(), "sources.csv") << d.toString();
    EXPECT_EQ(d.layer, "sources") << d.toString();
  }
  EXPECT_EQ(result.diagnostics.size(), 5U) << result.diagnostics.toText();
  EXPECT_NE(byFeatureField["src_a/type"]->message.find("'book'"), std::string::npos);
  EXPECT_NE(byFeatureField["src_a/issued"]->message.find("'1956-02-30'"), std::string::npos);
  EXPECT_NE(byFeatureField["src_a/accessed"]->message.find("'30 Nov 2026'"), std::string::npos);
  const Source* a = result.dataset->source("src_a");
  ASSERT_NE(a, nullptr) << "a bad structured field does not drop the source";
  EXPECT_FALSE(a->type.has_value());
  EXPECT_TRUE(a->issued.empty());
  EXPECT_TRUE(a->accessed.empty());
  EXPECT_TRUE(a->language.empty());
  EXPECT_EQ(a->title, "Fixture page A");
  const Source* b = result.dataset->source("src_b");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type, SourceType::Press);
  EXPECT_EQ(b->issued, "2011?") << "an uncertain EDTF date is valid";
  EXPECT_TRUE(b->accessed.empty());
  EXPECT_EQ(b->language, "ja");
}

TEST(LoaderSources, ATypeThatDoesNotFitTheQualityIsAWarning) {
  TempDir temp;
  const fs::path root = fixtureWithSources(
      temp, kStructuredHeader +
                "src_a,\"Example Ministry, Fixture page A\",https://example.org/a,,primary,press,,,,,,,,,\n"
                "src_b,\"Example Archive, Fixture page "
                "B\",https://example.org/b,,primary,archival_record,,,,,,,,,\n");
  const LoadResult result = loadDataset(root);
  ASSERT_NE(result.dataset, nullptr);
  ASSERT_EQ(result.diagnostics.size(), 1U) << result.diagnostics.toText();
  const Diagnostic& d = result.diagnostics.items()[0];
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(fs::path(d.file).filename(), "sources.csv");
  EXPECT_EQ(d.layer, "sources");
  EXPECT_EQ(d.featureId, "src_a");
  EXPECT_EQ(d.field, "type");
  EXPECT_EQ(d.message,
            "type 'press' does not fit quality 'primary' (expected treaty_text, archival_record or "
            "official_statement)");
  EXPECT_EQ(result.dataset->source("src_a")->type, SourceType::Press) << "reported, not changed";
}

TEST(LoaderSources, EditorsVolumeNumberAndDoiAreReadAndABadDoiIsAWarning) {
  TempDir temp;
  const fs::path root = fixtureWithSources(
      temp,
      "id,citation,urls,editors,volume,number,doi\n"
      "src_a,\"Doe, Jane, A title, Journal 4, no. 2\",https://example.org/a,\"Roe, Richard ; Poe, "
      "Edgar\",4,2,"
      "10.1234/abc-5\n"
      "src_b,\"Example Archive, Fixture page B\",https://example.org/b,,,,https://doi.org/10.1/x\n");
  const LoadResult result = loadDataset(root);
  ASSERT_NE(result.dataset, nullptr);
  const Source* a = result.dataset->source("src_a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->editors, (std::vector<std::string>{"Roe, Richard", "Poe, Edgar"}));
  EXPECT_EQ(a->volume, "4");
  EXPECT_EQ(a->number, "2");
  EXPECT_EQ(a->doi, "10.1234/abc-5");
  const Source* b = result.dataset->source("src_b");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->doi.empty()) << "a resolver address is not a DOI";
  ASSERT_EQ(result.diagnostics.size(), 1U) << result.diagnostics.toText();
  const Diagnostic& d = result.diagnostics.items().front();
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(d.featureId, "src_b");
  EXPECT_EQ(d.field, "doi");
}

}  // namespace
}  // namespace okhotsk
