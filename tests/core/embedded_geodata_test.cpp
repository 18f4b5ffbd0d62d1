// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the geographic layers shipped in geodata/dataset (coastlines, territories,
// territory parts, boundaries) through the loader: what the atlas will actually draw.
//
// The reference figures were measured on the generated files with GDAL/SpatiaLite
// (geodesic ST_Area(geom, 1) on WGS 84; geodata/scripts/report_geodata.sh) and are listed
// in geodata/README.md, "Coastlines and territories". Published areas: MOFA (2020 survey).

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/geometry.h"
#include "okhotsk/loader.h"
#include "okhotsk/model.h"
#include "okhotsk/projection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#ifndef OKHOTSK_DATASET_SOURCE_DIR
#error "OKHOTSK_DATASET_SOURCE_DIR must name the dataset folder (geodata/dataset)"
#endif

namespace {

using okhotsk::CoastlineLevel;
using okhotsk::Dataset;
using okhotsk::MultiPolygon;
using okhotsk::Territory;
using okhotsk::TerritoryPart;
using okhotsk::Vec2;

const okhotsk::LoadResult& loadedGeodata() {
  static const okhotsk::LoadResult result = okhotsk::loadDataset(OKHOTSK_DATASET_SOURCE_DIR);
  return result;
}

class EmbeddedGeodataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const okhotsk::LoadResult& result = loadedGeodata();
    ASSERT_NE(result.dataset, nullptr)
        << "the embedded dataset at " << OKHOTSK_DATASET_SOURCE_DIR << " could not be read at all";
    dataset = result.dataset.get();
  }

  const Territory& territory(std::string_view id) const {
    const Territory* found = dataset->territory(id);
    if (found == nullptr) {
      ADD_FAILURE() << "territory '" << id << "' is missing";
      static const Territory empty;
      return empty;
    }
    return *found;
  }

  static const TerritoryPart* part(const Territory& owner, std::string_view id) {
    const auto it = std::find_if(owner.parts.begin(), owner.parts.end(),
                                 [&](const TerritoryPart& p) { return p.id == id; });
    return it == owner.parts.end() ? nullptr : &*it;
  }

  const Dataset* dataset = nullptr;
};

bool within(double value, double reference, double fraction) {
  return std::abs(value - reference) <= fraction * std::abs(reference);
}

/// Every vertex of every ring, exterior and interior.
template <typename Visit>
void forEachVertex(const MultiPolygon& shape, Visit&& visit) {
  for (const okhotsk::Polygon& polygon : shape.polygons) {
    for (const Vec2& p : polygon.exterior) visit(p);
    for (const okhotsk::Ring& ring : polygon.interiors)
      for (const Vec2& p : ring) visit(p);
  }
}

const std::set<std::string, std::less<>>& geodataLayers() {
  static const std::set<std::string, std::less<>> layers{
      "territories",    "territory_parts", "boundaries",     "coastline_intermediate",
      "coastline_high", "coastline_full",  "coastline_world"};
  return layers;
}

// Geodesic areas measured on the generated layers (GSHHG full resolution, km²).
struct AreaFigure {
  const char* id;
  double gshhgKm2;
  double publishedKm2;  // MOFA; 0 when no figure is published in the dataset
};

constexpr AreaFigure kTerritoryAreas[] = {
    {"etorofu", 3225.53, 3168.0},      {"kunashiri", 1520.15, 1490.0},    {"shikotan", 259.25, 251.0},
    {"habomai", 107.45, 95.0},         {"northern_kurils", 5370.15, 0.0}, {"south_sakhalin", 33283.59, 0.0},
    {"north_sakhalin", 41448.10, 0.0}, {"hokkaido", 78269.67, 0.0},
};

struct PartFigure {
  const char* territory;
  const char* id;
  double gshhgKm2;
  double lon;  // a point inside the islet (geodata-notes.md); NaN: no such point given
  double lat;
};

constexpr double kNoPoint = std::numeric_limits<double>::quiet_NaN();

const PartFigure kParts[] = {
    {"habomai", "suisho", 15.369, 145.914, 43.438},
    {"habomai", "akiyuri", 3.359, 145.999, 43.370},
    {"habomai", "yuri", 12.062, 146.075, 43.426},
    {"habomai", "shibotsu", 61.497, 146.133, 43.505},
    {"habomai", "taraku", 12.836, 146.327, 43.636},
    {"habomai", "kaigara", 0.054, 145.8736, 43.3896},
    {"habomai", "todo", 0.501, kNoPoint, kNoPoint},
    {"northern_kurils", "urup", 1438.459, 149.985, 45.901},
    {"northern_kurils", "paramushir", 2047.36, 155.836, 50.386},
    {"northern_kurils", "shumshu", 386.399, 156.385, 50.749},
};

}  // namespace

TEST_F(EmbeddedGeodataTest, GeodataLayersLoadWithoutErrorsOrWarnings) {
  for (const okhotsk::Diagnostic& d : loadedGeodata().diagnostics.items()) {
    if (d.severity == okhotsk::Severity::Info) continue;
    EXPECT_FALSE(geodataLayers().contains(d.layer)) << d.toString();
  }
}

TEST_F(EmbeddedGeodataTest, EveryTerritoryIsThereWithNamesLabelAndShape) {
  for (const AreaFigure& figure : kTerritoryAreas) {
    const Territory& t = territory(figure.id);
    if (t.id.empty()) continue;
    EXPECT_FALSE(t.shape.geographic.empty()) << t.id;
    EXPECT_FALSE(t.shape.region.empty()) << t.id << ": not projected at load";
    EXPECT_FALSE(t.names.english.empty() && t.names.japaneseRomaji.empty() &&
                 t.names.russianRomanized.empty())
        << t.id << " has no name in Latin letters";
    EXPECT_TRUE(t.shape.geographic.contains({t.labelPoint.lon, t.labelPoint.lat}))
        << t.id << ": label point " << t.labelPoint.lon << ", " << t.labelPoint.lat
        << " is outside the shape";
    EXPECT_EQ(t.contextOnly, std::string_view(figure.id) == "hokkaido") << t.id;
  }
  EXPECT_EQ(territory("etorofu").names.japanese, "択捉島");
  EXPECT_EQ(territory("etorofu").names.russian, "Итуруп");
  EXPECT_EQ(territory("habomai").names.english, "Habomai Islands");
}

TEST_F(EmbeddedGeodataTest, TerritoryAreasMatchGshhgAndPublishedFigures) {
  for (const AreaFigure& figure : kTerritoryAreas) {
    const Territory& t = territory(figure.id);
    if (t.id.empty()) continue;
    const double area = okhotsk::geodesicAreaKm2(t.shape.geographic);
    EXPECT_TRUE(within(area, figure.gshhgKm2, 0.03))
        << t.id << ": " << area << " km² loaded, " << figure.gshhgKm2 << " km² measured on GSHHG-f";
    if (figure.publishedKm2 > 0.0) {
      EXPECT_TRUE(within(area, figure.publishedKm2, 0.15))
          << t.id << ": " << area << " km² is not within 15% of the published " << figure.publishedKm2;
      ASSERT_TRUE(t.publishedAreaKm2.has_value()) << t.id;
      EXPECT_DOUBLE_EQ(*t.publishedAreaKm2, figure.publishedKm2) << t.id;
      EXPECT_FALSE(t.areaSourceIds.empty()) << t.id;
    } else {
      // Sakhalin: sources disagree; the northern Kurils and Hokkaido: no single published figure
      EXPECT_FALSE(t.publishedAreaKm2.has_value()) << t.id;
    }
  }
}

TEST_F(EmbeddedGeodataTest, PartAreasMatchGshhg) {
  for (const PartFigure& figure : kParts) {
    const TerritoryPart* p = part(territory(figure.territory), figure.id);
    ASSERT_NE(p, nullptr) << "part " << figure.id << " of " << figure.territory << " is missing";
    const double area = okhotsk::geodesicAreaKm2(p->shape.geographic);
    EXPECT_TRUE(within(area, figure.gshhgKm2, 0.03))
        << figure.id << ": " << area << " km² loaded, " << figure.gshhgKm2 << " km² measured on GSHHG-f";
    EXPECT_TRUE(p->shape.geographic.contains({p->labelPoint.lon, p->labelPoint.lat})) << figure.id;
  }
}

TEST_F(EmbeddedGeodataTest, EachNamedIsletIsFoundAtItsPoint) {
  for (const PartFigure& figure : kParts) {
    if (std::isnan(figure.lon)) continue;
    const Territory& owner = territory(figure.territory);
    const Vec2 point{figure.lon, figure.lat};
    EXPECT_TRUE(owner.shape.geographic.contains(point)) << figure.id << " is not inside " << owner.id;
    std::vector<std::string> holders;
    for (const TerritoryPart& p : owner.parts)
      if (p.shape.geographic.contains(point)) holders.push_back(p.id);
    ASSERT_EQ(holders.size(), 1u) << "the point of " << figure.id << " lies in " << holders.size()
                                  << " parts";
    EXPECT_EQ(holders.front(), figure.id);
  }
  // Points of islands that are not parts but must fall in the right territory.
  struct Point {
    const char* territory;
    double lon, lat;
  };
  for (const Point& p : {Point{"etorofu", 147.840, 44.991}, Point{"kunashiri", 145.812, 44.087},
                         Point{"shikotan", 146.711, 43.796}, Point{"south_sakhalin", 141.223, 46.248},
                         Point{"hokkaido", 141.232, 45.179}, Point{"hokkaido", 141.027, 45.369}}) {
    for (const Territory& t : dataset->territories()) {
      EXPECT_EQ(t.shape.geographic.contains({p.lon, p.lat}), t.id == p.territory)
          << p.lon << ", " << p.lat << " and territory " << t.id;
    }
  }
}

TEST_F(EmbeddedGeodataTest, SakhalinIsCutAtTheFiftiethParallel) {
  const Territory& south = territory("south_sakhalin");
  const Territory& north = territory("north_sakhalin");
  ASSERT_FALSE(south.shape.geographic.empty());
  ASSERT_FALSE(north.shape.geographic.empty());
  forEachVertex(south.shape.geographic, [](const Vec2& p) { EXPECT_LT(p.y, 50.0001) << p.x; });
  forEachVertex(north.shape.geographic, [](const Vec2& p) { EXPECT_GT(p.y, 49.9999) << p.x; });
  EXPECT_NEAR(south.shape.geographic.bounds().maxY, 50.0, 1e-9);
  EXPECT_NEAR(north.shape.geographic.bounds().minY, 50.0, 1e-9);
}

TEST_F(EmbeddedGeodataTest, CoastlineLevelsAreLoadedWithPlausibleCounts) {
  struct Expected {
    CoastlineLevel level;
    std::size_t minPolygons, maxPolygons, minVertices, maxVertices;
  };
  // Generated: intermediate 687 polygons / 10,164 vertices; high 2,753 / 45,367;
  // full 3,101 / 293,566; world 446 / 7,254 (vertices count each ring's closing point).
  for (const Expected& e : {Expected{CoastlineLevel::Intermediate, 600, 800, 9000, 12000},
                            Expected{CoastlineLevel::High, 2500, 3000, 40000, 50000},
                            Expected{CoastlineLevel::Full, 2900, 3300, 280000, 310000},
                            Expected{CoastlineLevel::World, 350, 550, 6000, 9000}}) {
    const okhotsk::Coastline* coast = dataset->coastline(e.level);
    ASSERT_NE(coast, nullptr) << okhotsk::coastlineLevelCode(e.level) << " not loaded";
    const std::size_t n = coast->geographic.polygons.size();
    EXPECT_GE(n, e.minPolygons) << okhotsk::coastlineLevelCode(e.level);
    EXPECT_LE(n, e.maxPolygons) << okhotsk::coastlineLevelCode(e.level);
    EXPECT_GE(coast->geographic.vertexCount(), e.minVertices) << okhotsk::coastlineLevelCode(e.level);
    EXPECT_LE(coast->geographic.vertexCount(), e.maxVertices) << okhotsk::coastlineLevelCode(e.level);
    ASSERT_EQ(coast->gshhgLevels.size(), n);
    EXPECT_EQ(coast->projected.polygons.size(), n);
    std::set<int> levels;
    for (const std::uint8_t level : coast->gshhgLevels) {
      EXPECT_GE(level, 1);
      EXPECT_LE(level, 4);
      levels.insert(level);
    }
    EXPECT_TRUE(levels.contains(1) && levels.contains(2) && levels.contains(3))
        << okhotsk::coastlineLevelCode(e.level) << ": land, lakes and islands in lakes expected";
    for (const okhotsk::Polygon& polygon : coast->geographic.polygons) {
      ASSERT_GE(polygon.exterior.size(), 4u);
      EXPECT_EQ(polygon.exterior.front(), polygon.exterior.back()) << "ring not closed";
    }
  }
  for (CoastlineLevel level : {CoastlineLevel::Intermediate, CoastlineLevel::High, CoastlineLevel::Full}) {
    const okhotsk::Coastline* coast = dataset->coastline(level);
    ASSERT_NE(coast, nullptr);
    const okhotsk::Bounds b = coast->geographic.bounds();
    EXPECT_GE(b.minX, 128.0);
    EXPECT_LE(b.maxX, 160.0);
    EXPECT_GE(b.minY, 30.0);
    EXPECT_LE(b.maxY, 60.0);
    // open sea is never a polygon (the box is not drawn as land)
    for (const Vec2 sea : {Vec2{150.0, 40.0}, Vec2{145.0, 35.0}, Vec2{150.0, 55.0}, Vec2{135.0, 40.0}}) {
      EXPECT_FALSE(coast->geographic.contains(sea)) << okhotsk::coastlineLevelCode(level) << " " << sea.x;
    }
  }
}

TEST_F(EmbeddedGeodataTest, WorldLongitudesLieBetweenTheCutMeridians) {
  const okhotsk::Coastline* world = dataset->coastline(CoastlineLevel::World);
  ASSERT_NE(world, nullptr);
  double minX = 1e9;
  double maxX = -1e9;
  forEachVertex(world->geographic, [&](const Vec2& p) {
    minX = std::min(minX, p.x);
    maxX = std::max(maxX, p.x);
    EXPECT_GE(p.y, -90.0);
    EXPECT_LE(p.y, 90.0);
  });
  EXPECT_GE(minX, -30.0);
  EXPECT_LE(maxX, 330.0);
  // Greenland and Antarctica are cut at the meridian, so both ends are reached.
  EXPECT_DOUBLE_EQ(minX, -30.0);
  EXPECT_DOUBLE_EQ(maxX, 330.0);
  // Chukotka is one piece across 180 degrees.
  EXPECT_TRUE(world->geographic.contains({180.0, 67.0}));
}

TEST_F(EmbeddedGeodataTest, BoundariesFollowTheirSources) {
  struct Expected {
    const char* id;
    const char* basisEvent;
    bool schematic;
    int from[3];
    int to[3];  // first day no longer in force
  };
  // Counted from each treaty's entry into force: Portsmouth 15 Oct 1905, Shimoda 7 Dec 1856.
  for (const Expected& e : {Expected{"sakhalin_50n", "E004", false, {1905, 10, 15}, {1945, 8, 25}},
                            Expected{"shimoda_etorofu_urup", "E001", true, {1856, 12, 7}, {1875, 8, 22}},
                            Expected{"lopatka_shumshu_1875", "E002", true, {1875, 8, 22}, {1945, 8, 18}}}) {
    const auto boundaries = dataset->boundaries();
    const auto it = std::find_if(boundaries.begin(), boundaries.end(),
                                 [&](const okhotsk::Boundary& b) { return b.id == e.id; });
    ASSERT_NE(it, boundaries.end()) << "boundary " << e.id << " is missing";
    EXPECT_EQ(it->basisEventId, e.basisEvent) << e.id;
    EXPECT_NE(dataset->event(e.basisEvent), nullptr)
        << e.id << ": basis event " << e.basisEvent << " unknown";
    EXPECT_EQ(it->schematic, e.schematic) << e.id;
    EXPECT_FALSE(it->sourceIds.empty()) << e.id;
    EXPECT_FALSE(it->lines.geographic.empty()) << e.id;
    const okhotsk::DayRange days = it->certainDays();
    EXPECT_EQ(days.first, okhotsk::daysFromGregorian(e.from[0], e.from[1], e.from[2])) << e.id;
    EXPECT_EQ(days.last, okhotsk::daysFromGregorian(e.to[0], e.to[1], e.to[2]) - 1) << e.id;
  }
  // The 50th parallel: exactly on 50 N from Sakhalin's west coast to its east coast.
  const auto boundaries = dataset->boundaries();
  const auto line = std::find_if(boundaries.begin(), boundaries.end(),
                                 [](const okhotsk::Boundary& b) { return b.id == "sakhalin_50n"; });
  ASSERT_NE(line, boundaries.end());
  ASSERT_EQ(line->lines.geographic.lines.size(), 1u);
  const okhotsk::LineString& points = line->lines.geographic.lines.front();
  ASSERT_GE(points.size(), 2u);
  for (const Vec2& p : points) EXPECT_DOUBLE_EQ(p.y, 50.0);
  EXPECT_NEAR(points.front().x, 142.15, 0.05);
  EXPECT_NEAR(points.back().x, 143.99, 0.05);
  const okhotsk::Bounds sakhalin = territory("north_sakhalin").shape.geographic.bounds();
  EXPECT_GE(points.front().x, sakhalin.minX);
  EXPECT_LE(points.back().x, sakhalin.maxX);
}

TEST_F(EmbeddedGeodataTest, CitedSourcesAreDefined) {
  for (const Territory& t : dataset->territories())
    for (const std::string& id : t.areaSourceIds)
      EXPECT_NE(dataset->source(id), nullptr) << t.id << ": " << id;
  for (const okhotsk::Boundary& b : dataset->boundaries())
    for (const std::string& id : b.sourceIds) EXPECT_NE(dataset->source(id), nullptr) << b.id << ": " << id;
}
