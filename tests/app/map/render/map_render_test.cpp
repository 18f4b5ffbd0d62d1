// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Render tests: real pixels of MapRenderer output, the viewport's arithmetic, and the
// headless --render command, on the fixture dataset and on the embedded one (its geometry is
// in the repository).
#include "export/headless.h"
#include "map/render/map_frame.h"
#include "map/render/map_renderer.h"
#include "map/render/map_shapes.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/projection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <functional>
#include <map>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

const QString kFixture = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");
const QString kEmbedded = QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR);

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// Only the layers a test looks at: no labels, markers or furniture on top of the fills.
RenderOptions fillsOnly() {
  RenderOptions options;
  options.legend = false;
  options.dateStamp = false;
  options.scaleBar = false;
  options.credit = false;
  options.labels = false;
  options.events = false;
  return options;
}

QImage renderImage(MapRenderer& renderer, const DisplaySettings& settings, const MapViewport& viewport,
                   DayNumber when, const RenderOptions& options = RenderOptions{}) {
  QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::magenta);
  QPainter painter(&image);
  renderer.render(painter, viewport, mapSceneOf(settings, when), options);
  painter.end();
  return image;
}

QPointF screenOf(const MapViewport& viewport, GeoPoint point) {
  const Projector projector(viewport.projection());
  const auto projected = projector.forward(point);
  EXPECT_TRUE(projected.has_value());
  return viewport.toScreen(projected.value_or(Vec2{}));
}

int colourDistance(QColor a, QColor b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The most frequent colour in a small square around a point: a fill under thin hatching.
QColor dominantColour(const QImage& image, QPointF at, int radius = 5) {
  std::map<QRgb, int> counts;
  const int cx = static_cast<int>(std::lround(at.x()));
  const int cy = static_cast<int>(std::lround(at.y()));
  for (int y = cy - radius; y <= cy + radius; ++y)
    for (int x = cx - radius; x <= cx + radius; ++x)
      if (image.rect().contains(x, y)) ++counts[image.pixel(x, y)];
  QRgb best = 0;
  int bestCount = -1;
  for (const auto& [rgb, count] : counts)
    if (count > bestCount) {
      best = rgb;
      bestCount = count;
    }
  return QColor::fromRgb(best);
}

// True when some pixel near `at` is within `tolerance` of `colour`.
bool colourNear(const QImage& image, QPointF at, QColor colour, int radius = 3, int tolerance = 40) {
  const int cx = static_cast<int>(std::lround(at.x()));
  const int cy = static_cast<int>(std::lround(at.y()));
  for (int y = cy - radius; y <= cy + radius; ++y)
    for (int x = cx - radius; x <= cx + radius; ++x)
      if (image.rect().contains(x, y) && colourDistance(image.pixelColor(x, y), colour) <= tolerance)
        return true;
  return false;
}

// How many pixels of a rectangle are not the sea (or the paper round the world map).
int nonSeaPixels(const QImage& image, const QRectF& rect) {
  int count = 0;
  const QRect r = rect.toAlignedRect().intersected(image.rect());
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x)
      if (colourDistance(image.pixelColor(x, y), palette::sea()) > 30) ++count;
  return count;
}

class FixtureRender : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kFixture));
    renderer.setData(mapDataOf(document));
  }
  QImage render(const MapViewport& view, DayNumber when, const RenderOptions& options = {}) {
    return renderImage(renderer, settings, view, when, options);
  }
  AtlasDocument document;
  DisplaySettings settings;
  MapRenderer renderer;
  // The fixture's land lies in 140–148°E × 40–50°N.
  MapViewport viewport =
      MapViewport::fittedGeographic(MapProjection::Region, 139.0, 39.0, 149.0, 51.0, QSize(640, 480))
          .value_or(MapViewport());
};

}  // namespace

// --- the viewport ----------------------------------------------------------------------------

TEST(MapViewport, ScreenAndMapRoundTrip) {
  const MapViewport viewport(MapProjection::Region, QPointF(100'000.0, -50'000.0), 250.0, QSize(800, 600));
  EXPECT_NEAR(viewport.toScreen(viewport.centre()).x(), 400.0, 1e-9);
  EXPECT_NEAR(viewport.toScreen(viewport.centre()).y(), 300.0, 1e-9);
  const QPointF screen(123.5, 456.25);
  const QPointF back = viewport.toScreen(viewport.toMap(screen));
  EXPECT_NEAR(back.x(), screen.x(), 1e-6);
  EXPECT_NEAR(back.y(), screen.y(), 1e-6);
  // North is up: a point further north is higher on screen.
  EXPECT_LT(viewport.toScreen(QPointF(0, 10'000)).y(), viewport.toScreen(QPointF(0, 0)).y());
  const QPointF viaTransform = mapTransform(viewport).map(QPointF(12'345.0, 67'890.0));
  EXPECT_NEAR(viaTransform.x(), viewport.toScreen(QPointF(12'345.0, 67'890.0)).x(), 1e-6);
  EXPECT_NEAR(viaTransform.y(), viewport.toScreen(QPointF(12'345.0, 67'890.0)).y(), 1e-6);
}

TEST(MapViewport, ZoomKeepsTheAnchorInPlace) {
  MapViewport viewport(MapProjection::Region, QPointF(0, 0), 1000.0, QSize(800, 600));
  const QPointF anchor(100, 500);
  const QPointF before = viewport.toMap(anchor);
  viewport.zoomAround(anchor, 2.0);
  EXPECT_NEAR(viewport.metresPerPixel(), 500.0, 1e-9);
  const QPointF after = viewport.toMap(anchor);
  EXPECT_NEAR(after.x(), before.x(), 1e-6);
  EXPECT_NEAR(after.y(), before.y(), 1e-6);
}

TEST(MapViewport, NamedViewsShowTheirBoxes) {
  const QSize size(1920, 1080);
  const MapViewport region = MapViewport::named(NamedView::Region, size);
  EXPECT_EQ(region.projection(), MapProjection::Region);
  const Projector projector(MapProjection::Region);
  for (const GeoPoint corner :
       {GeoPoint{139.0, 41.0}, GeoPoint{157.0, 52.0}, GeoPoint{139.0, 52.0}, GeoPoint{157.0, 41.0}}) {
    const QPointF screen = region.toScreen(projector.forward(corner).value());
    EXPECT_TRUE(QRectF(0, 0, 1920, 1080).contains(screen)) << corner.lon << " " << corner.lat;
  }
  const MapViewport habomai = MapViewport::named(NamedView::Habomai, size);
  EXPECT_LT(habomai.metresPerPixel(), 150.0);  // zoomed in far enough for the full coastline
  const MapViewport world = MapViewport::named(NamedView::World, size);
  EXPECT_EQ(world.projection(), MapProjection::World);
  EXPECT_GT(world.metresPerPixel(), 10'000.0);
}

TEST(MapViewport, ParsesViewSpecifications) {
  const QSize size(800, 600);
  EXPECT_TRUE(MapViewport::fromSpec(u"region", size).has_value());
  EXPECT_EQ(MapViewport::fromSpec(u"world", size)->projection(), MapProjection::World);
  EXPECT_TRUE(MapViewport::fromSpec(u"habomai", size).has_value());
  const auto extent = MapViewport::fromSpec(u"145,43,147,44", size);
  ASSERT_TRUE(extent.has_value());
  EXPECT_EQ(extent->projection(), MapProjection::Region);
  QString error;
  EXPECT_FALSE(MapViewport::fromSpec(u"mars", size, &error).has_value());
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(MapViewport::fromSpec(u"145,43,147", size).has_value());
  EXPECT_FALSE(MapViewport::fromSpec(u"145,43,147,95", size).has_value());
  EXPECT_FALSE(MapViewport::fromSpec(u"145,43,145,44", size).has_value());
  // A world-wide extent goes to the world projection.
  EXPECT_EQ(MapViewport::fromSpec(u"-30,-60,330,70", size)->projection(), MapProjection::World);
}

// --- the fixture dataset ---------------------------------------------------------------------

TEST_F(FixtureRender, FillChangesWithTheDate) {
  ASSERT_TRUE(viewport.isValid());
  // Inside 'alpha' but away from its hole and label point.
  const QPointF at = screenOf(viewport, GeoPoint{146.2, 43.75});
  const QImage japanese = render(viewport, day(1900, 1, 1), fillsOnly());
  const QImage soviet = render(viewport, day(1950, 1, 1), fillsOnly());
  const QColor before = dominantColour(japanese, at);
  const QColor after = dominantColour(soviet, at);
  EXPECT_NE(before, after);
  EXPECT_LE(colourDistance(before, palette::stateFill(document.dataset(), QStringLiteral("japan"))), 12)
      << before.name().toStdString();
  EXPECT_LE(colourDistance(after, palette::stateFill(document.dataset(), QStringLiteral("ussr"))), 12)
      << after.name().toStdString();
  // Japan's claim while the USSR administers: hatching in Japan's colour.
  EXPECT_TRUE(
      colourNear(soviet, at, palette::stateColour(document.dataset(), QStringLiteral("japan")), 6, 60));
  EXPECT_FALSE(
      colourNear(japanese, at, palette::stateColour(document.dataset(), QStringLiteral("ussr")), 6, 60));
}

TEST_F(FixtureRender, UncertainDayShowsBothCandidates) {
  // 'beta' changes hands in 1905, known only to the year.
  const QPointF at = screenOf(viewport, GeoPoint{145.3, 42.3});
  const QImage image = render(viewport, day(1905, 6, 1), fillsOnly());
  EXPECT_TRUE(
      colourNear(image, at, palette::stateColour(document.dataset(), QStringLiteral("japan")), 8, 60));
  EXPECT_TRUE(colourNear(image, at, palette::stateColour(document.dataset(), QStringLiteral("ussr")), 8, 60));
  const Territory* beta = document.dataset()->territory("beta");
  ASSERT_NE(beta, nullptr);
  const QString words = describeTerritoryState(
      *document.dataset(), document.dataset()->stateOf(*beta, day(1905, 6, 1)), Language::English);
  EXPECT_TRUE(words.contains(QStringLiteral("Japan")) && words.contains(QStringLiteral("USSR")))
      << words.toStdString();
}

TEST_F(FixtureRender, BoundaryDrawnOnlyWhileInForce) {
  const QPointF at = screenOf(viewport, GeoPoint{142.5, 50.0});
  const QImage inForce = render(viewport, day(1920, 1, 1), fillsOnly());
  const QImage gone = render(viewport, day(1950, 1, 1), fillsOnly());
  const QColor dark(0x3B, 0x2F, 0x4A);
  EXPECT_TRUE(colourNear(inForce, at, dark, 2, 60));
  EXPECT_FALSE(colourNear(gone, at, dark, 2, 60));
}

TEST_F(FixtureRender, EventMarkerInItsCategoryColourNearItsDate) {
  // E2, a military landing on 1945-08-28 at 146.5°E 43.5°N.
  const QPointF at = screenOf(viewport, GeoPoint{146.5, 43.5});
  RenderOptions options = fillsOnly();
  options.events = true;
  const QImage onTheDay = render(viewport, day(1945, 8, 28), options);
  const QImage longBefore = render(viewport, day(1900, 1, 1), options);
  const QColor military = palette::categoryColour(EventCategory::Military);
  EXPECT_LE(colourDistance(onTheDay.pixelColor(at.toPoint()), military), 30);
  EXPECT_FALSE(colourNear(longBefore, at, military, 3, 60));
  const Event* hit = renderer.eventAt(screenOf(viewport, GeoPoint{146.5, 43.5}));
  // eventAt answers for the last frame (1900: no marker there).
  EXPECT_EQ(hit, nullptr);
  render(viewport, day(1945, 8, 28), options);
  hit = renderer.eventAt(at);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->id, "E2");
}

TEST_F(FixtureRender, LegendAndDateStampArePresent) {
  const QImage image = render(viewport, day(1950, 1, 1));
  const QRectF legend = renderer.lastLegendRect();
  const QRectF date = renderer.lastDateStampRect();
  ASSERT_FALSE(legend.isEmpty());
  ASSERT_FALSE(date.isEmpty());
  EXPECT_GT(legend.center().x(), viewport.size().width() / 2.0);  // bottom right
  EXPECT_GT(legend.center().y(), viewport.size().height() / 2.0);
  EXPECT_LT(date.right(), viewport.size().width() / 2.0);  // top left
  EXPECT_LT(date.bottom(), viewport.size().height() / 2.0);
  EXPECT_GT(nonSeaPixels(image, legend), legend.width() * legend.height() / 2);
  EXPECT_GT(nonSeaPixels(image, date), date.width() * date.height() / 2);
}

TEST_F(FixtureRender, BaseImageIsReusedWhenOnlyTheDateChanges) {
  render(viewport, day(1900, 1, 1));
  const int builds = renderer.baseImageBuildCount();
  EXPECT_GE(builds, 1);
  for (int year = 1901; year < 1960; year += 3) render(viewport, day(year, 1, 1));
  EXPECT_EQ(renderer.baseImageBuildCount(), builds);
  MapViewport moved = viewport;
  moved.panByPixels(QPointF(10, 0));
  render(moved, day(1950, 1, 1));
  EXPECT_EQ(renderer.baseImageBuildCount(), builds + 1);
}

TEST_F(FixtureRender, ANewDayRepaintsOnlyWhatChangedAndMatchesAFreshBuild) {
  render(viewport, day(1900, 1, 1));
  const int builds = renderer.baseImageBuildCount();
  const int repairs = renderer.baseImageRepairCount();
  // A day inside the same control periods: the cached image as it is.
  render(viewport, day(1900, 6, 1));
  EXPECT_EQ(renderer.baseImageRepairCount(), repairs);
  // 1950: alpha is Soviet now, so its screen box is repainted; nothing is rebuilt whole.
  const QImage repaired = render(viewport, day(1950, 1, 1));
  EXPECT_EQ(renderer.baseImageBuildCount(), builds);
  EXPECT_EQ(renderer.baseImageRepairCount(), repairs + 1);
  // Pixel for pixel what a renderer that never saw 1900 draws.
  MapRenderer fresh(mapDataOf(document));
  const QImage built = renderImage(fresh, settings, viewport, day(1950, 1, 1));
  EXPECT_EQ(fresh.baseImageBuildCount(), 1);
  EXPECT_EQ(fresh.baseImageRepairCount(), 0);
  EXPECT_TRUE(repaired == built);
}

TEST_F(FixtureRender, HitTestsFindTerritories) {
  const Territory* alpha = renderer.territoryAt(viewport, screenOf(viewport, GeoPoint{146.2, 43.75}));
  ASSERT_NE(alpha, nullptr);
  EXPECT_EQ(alpha->id, "alpha");
  EXPECT_EQ(renderer.territoryAt(viewport, screenOf(viewport, GeoPoint{146.42, 43.42})),
            nullptr);                                                                             // the hole
  EXPECT_EQ(renderer.territoryAt(viewport, screenOf(viewport, GeoPoint{148.5, 47.0})), nullptr);  // the sea
  const TerritoryPart* part = renderer.territoryPartAt(viewport, screenOf(viewport, GeoPoint{147.57, 43.02}));
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->id, "alpha_small");
}

TEST_F(FixtureRender, DrawsEveryLanguageAndTheWorldView) {
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    settings.setLanguage(language);
    const QImage image = render(MapViewport::named(NamedView::World, QSize(800, 450)), day(1956, 10, 19));
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(renderer.lastCoastlineLevel(), std::nullopt);  // the fixture has no world coastline
  }
}

TEST_F(FixtureRender, VectorOutputDrawsThePicture) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("map.svg"));
  {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(viewport.size());
    generator.setViewBox(QRect(QPoint(0, 0), viewport.size()));
    QPainter painter(&generator);
    renderer.render(painter, viewport, mapSceneOf(settings, day(1950, 1, 1)));
  }
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray svg = file.readAll();
  EXPECT_TRUE(svg.contains("<path"));
  EXPECT_TRUE(svg.contains("1950"));             // the date stamp as text
  EXPECT_EQ(renderer.baseImageBuildCount(), 0);  // vectors are never cached as pixels
}

// --- the embedded dataset --------------------------------------------------------------------

namespace {

class EmbeddedRender : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kEmbedded));
    document.waitForCoastlines();
    renderer.setData(mapDataOf(document));
  }
  QImage render(const MapViewport& view, DayNumber when, const RenderOptions& options = {}) {
    return renderImage(renderer, settings, view, when, options);
  }
  AtlasDocument document;
  DisplaySettings settings;
  MapRenderer renderer;
};

}  // namespace

// A coastline level becomes paths when a frame first draws it, not when it is loaded: the finer
// levels arrive from the background while the first frame is being drawn, which must not wait
// for detail it does not show.
TEST_F(EmbeddedRender, ACoastlineLevelBecomesPathsOnlyWhenAFrameDrawsIt) {
  MapShapes shapes;
  shapes.sync(mapDataOf(document));
  const std::array<CoastlineLevel, 4> levels{CoastlineLevel::Intermediate, CoastlineLevel::High,
                                             CoastlineLevel::Full, CoastlineLevel::World};
  for (CoastlineLevel level : levels) {
    ASSERT_NE(document.coastline(level), nullptr);
    EXPECT_FALSE(shapes.isCoastlineBuilt(level));
  }
  ASSERT_NE(shapes.coastline(CoastlineLevel::Full), nullptr);
  EXPECT_TRUE(shapes.isCoastlineBuilt(CoastlineLevel::Full));
  EXPECT_FALSE(shapes.isCoastlineBuilt(CoastlineLevel::High));
  EXPECT_EQ(shapes.coastline(CoastlineLevel::Full), shapes.coastline(CoastlineLevel::Full));
  // Loading the same levels again keeps what was built; a new dataset drops it.
  shapes.sync(mapDataOf(document));
  EXPECT_TRUE(shapes.isCoastlineBuilt(CoastlineLevel::Full));
  shapes.sync(MapData{});
  EXPECT_FALSE(shapes.isCoastlineBuilt(CoastlineLevel::Full));
}

// The legend lists the states that existed on the day (Japan and the Russian Empire in 1905,
// Japan and the USSR in 1960): listing every state of the layer, as it once did, would draw the
// same legend on both days.
TEST_F(EmbeddedRender, TheLegendListsOnlyTheStatesOfTheDay) {
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(1920, 1080));
  const auto legendOn = [&](DayNumber when) {
    const QImage image = render(viewport, when);
    return image.copy(renderer.lastLegendRect().toAlignedRect());
  };
  const QImage in1905 = legendOn(day(1905, 8, 15));
  const QImage in1960 = legendOn(day(1960, 1, 1));
  const QImage in1965 = legendOn(day(1965, 1, 1));
  ASSERT_FALSE(in1960.isNull());
  EXPECT_EQ(in1960, in1965) << "the same states: the same legend";
  EXPECT_NE(in1905, in1960);
}

TEST_F(EmbeddedRender, ShikotanFillChangesBetween1940And1950) {
  const MapViewport viewport = *MapViewport::fromSpec(u"145.5,43,147.8,44.6", QSize(960, 640));
  const QPointF at = screenOf(viewport, GeoPoint{146.711, 43.796});
  const QColor before = dominantColour(render(viewport, day(1940, 1, 1), fillsOnly()), at);
  const QColor after = dominantColour(render(viewport, day(1950, 1, 1), fillsOnly()), at);
  EXPECT_NE(before, after);
  EXPECT_LE(colourDistance(before, palette::stateFill(document.dataset(), QStringLiteral("japan"))), 12);
  EXPECT_LE(colourDistance(after, palette::stateFill(document.dataset(), QStringLiteral("ussr"))), 12);
}

TEST_F(EmbeddedRender, HabomaiFillChangesBetween2And6September1945) {
  const MapViewport viewport = MapViewport::named(NamedView::Habomai, QSize(1280, 800));
  const QPointF shibotsu = screenOf(viewport, GeoPoint{146.133, 43.505});
  const QImage before = render(viewport, day(1945, 9, 2), fillsOnly());
  const QImage during = render(viewport, day(1945, 9, 4), fillsOnly());
  const QImage after = render(viewport, day(1945, 9, 6), fillsOnly());
  EXPECT_EQ(renderer.lastCoastlineLevel(), CoastlineLevel::Full);
  EXPECT_NE(dominantColour(before, shibotsu), dominantColour(after, shibotsu));
  EXPECT_LE(colourDistance(dominantColour(before, shibotsu),
                           palette::stateFill(document.dataset(), QStringLiteral("japan"))),
            12);
  EXPECT_LE(colourDistance(dominantColour(after, shibotsu),
                           palette::stateFill(document.dataset(), QStringLiteral("ussr"))),
            12);
  // 3–4 September is a transition: both states' hatching.
  EXPECT_TRUE(
      colourNear(during, shibotsu, palette::stateColour(document.dataset(), QStringLiteral("japan")), 8, 60));
  EXPECT_TRUE(
      colourNear(during, shibotsu, palette::stateColour(document.dataset(), QStringLiteral("ussr")), 8, 60));
}

TEST_F(EmbeddedRender, SakhalinBoundaryAt50NorthIn1920Only) {
  // The boundary line crossing Sakhalin at 50°N: take a vertex of it on the island.
  const Dataset& dataset = *document.dataset();
  std::optional<GeoPoint> onLine;
  for (const Boundary& boundary : dataset.boundaries()) {
    for (const LineString& line : boundary.lines.geographic.lines)
      for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 a = line[i];
        const Vec2 b = line[i + 1];
        const GeoPoint middle{(a.x + b.x) / 2.0, (a.y + b.y) / 2.0};
        if (std::abs(middle.lat - 50.0) < 0.05 && middle.lon > 142.0 && middle.lon < 143.5 &&
            boundary.certainDays().contains(day(1920, 1, 1)))
          onLine = middle;
      }
  }
  ASSERT_TRUE(onLine.has_value()) << "no boundary in force in 1920 crosses Sakhalin at 50°N";
  const MapViewport viewport = *MapViewport::fromSpec(u"140,48,146,52", QSize(800, 600));
  const QPointF at = screenOf(viewport, *onLine);
  const QColor dark(0x3B, 0x2F, 0x4A);
  EXPECT_TRUE(colourNear(render(viewport, day(1920, 1, 1), fillsOnly()), at, dark, 2, 60));
  EXPECT_FALSE(colourNear(render(viewport, day(1950, 1, 1), fillsOnly()), at, dark, 2, 60));
}

TEST_F(EmbeddedRender, EventMarkerAppearsAtItsPlaceNearItsDate) {
  const Dataset& dataset = *document.dataset();
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(1280, 720));
  RenderOptions options = fillsOnly();
  options.events = true;
  int checked = 0;
  for (const Event& event : dataset.events()) {
    if (!event.location || event.date.isImprecise() || event.date.isInterval()) continue;
    const QPointF at = viewport.toScreen(event.region);
    if (!QRectF(20, 20, 1240, 680).contains(at)) continue;
    // Skip places shared with another event within the window: the other marker could be on top.
    bool shared = false;
    for (const Event& other : dataset.events())
      if (&other != &event && other.location &&
          std::abs(other.date.earliest() - event.date.earliest()) < 60 &&
          QLineF(viewport.toScreen(other.region), at).length() < 16)
        shared = true;
    if (shared) continue;
    const QImage image = render(viewport, event.date.earliest(), options);
    // A marker overlapping others of the years around is drawn as their cluster's disc.
    if (renderer.eventsAt(at).size() != 1) continue;
    EXPECT_LE(colourDistance(image.pixelColor(at.toPoint()), palette::categoryColour(event.category)), 30)
        << event.id;
    if (++checked == 3) break;
  }
  EXPECT_GT(checked, 0);
}

TEST_F(EmbeddedRender, CachedFramesEqualFreshOnes) {
  // One renderer through several dates (one build, then repairs or blits) against a new
  // renderer for each date.
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(960, 540));
  for (const DayNumber when : {day(1875, 8, 22), day(1905, 9, 5), day(1945, 8, 30), day(1956, 12, 12),
                               day(1905, 7, 20), day(1905, 7, 21)}) {
    const QImage cached = render(viewport, when);
    MapRenderer fresh(mapDataOf(document));
    EXPECT_TRUE(cached == renderImage(fresh, settings, viewport, when)) << isoDate(when);
  }
  EXPECT_EQ(renderer.baseImageBuildCount(), 1);
  EXPECT_GE(renderer.baseImageRepairCount(), 3);
}

TEST_F(EmbeddedRender, LegendAndDateStampInTheirCorners) {
  const MapViewport viewport = MapViewport::named(NamedView::Region, QSize(1920, 1080));
  const QImage image = render(viewport, day(1956, 10, 19));
  const QRectF legend = renderer.lastLegendRect();
  const QRectF date = renderer.lastDateStampRect();
  ASSERT_FALSE(legend.isEmpty());
  ASSERT_FALSE(date.isEmpty());
  EXPECT_GT(legend.left(), 960);
  EXPECT_GT(legend.top(), 540);
  EXPECT_LT(date.right(), 960);
  EXPECT_LT(date.bottom(), 540);
  EXPECT_GT(nonSeaPixels(image, legend), legend.width() * legend.height() / 2);
  EXPECT_GT(nonSeaPixels(image, date), date.width() * date.height() / 2);
}

// --- headless --render -----------------------------------------------------------------------

namespace {
QStringList renderArguments(const QString& out, const QString& size = QStringLiteral("320x200")) {
  return {QStringLiteral("okhotsk-atlas"),
          QStringLiteral("--render"),
          QStringLiteral("1950-01-01"),
          QStringLiteral("--size"),
          size,
          QStringLiteral("--out"),
          out,
          QStringLiteral("--dataset"),
          kFixture};
}
}  // namespace

TEST(HeadlessRender, WritesPngSvgAndPdf) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString png = dir.filePath(QStringLiteral("map.png"));
  ASSERT_EQ(runRenderCommand(renderArguments(png)), 0);
  const QImage image(png);
  EXPECT_EQ(image.size(), QSize(320, 200));
  for (const QString& name : {QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
    const QString path = dir.filePath(name);
    ASSERT_EQ(runRenderCommand(renderArguments(path)), 0) << name.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 1000) << name.toStdString();
  }
  QStringList withOptions =
      renderArguments(dir.filePath(QStringLiteral("ja.png")), QStringLiteral("400x300"));
  withOptions << QStringLiteral("--view") << QStringLiteral("140,40,148,46") << QStringLiteral("--lang")
              << QStringLiteral("ja") << QStringLiteral("--naming") << QStringLiteral("russian-first")
              << QStringLiteral("--scale") << QStringLiteral("1.5");
  ASSERT_EQ(runRenderCommand(withOptions), 0);
  EXPECT_EQ(QImage(dir.filePath(QStringLiteral("ja.png"))).size(), QSize(400, 300));
}

TEST(HeadlessRender, BadArgumentsExitWithTwo) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("x.png"));
  auto with = [&](int index, const QString& value) {
    QStringList arguments = renderArguments(out);
    arguments[index] = value;
    return runRenderCommand(arguments);
  };
  EXPECT_EQ(with(2, QStringLiteral("1950-13-45")), 2);           // not a date
  EXPECT_EQ(with(4, QStringLiteral("wide")), 2);                 // not WxH
  EXPECT_EQ(with(6, dir.filePath(QStringLiteral("x.gif"))), 2);  // unknown format
  EXPECT_EQ(
      runRenderCommand({QStringLiteral("okhotsk-atlas"), QStringLiteral("--render"), QStringLiteral("1950")}),
      2);
  QStringList unknown = renderArguments(out);
  unknown << QStringLiteral("--colour") << QStringLiteral("red");
  EXPECT_EQ(runRenderCommand(unknown), 2);
  QStringList badView = renderArguments(out);
  badView << QStringLiteral("--view") << QStringLiteral("atlantis");
  EXPECT_EQ(runRenderCommand(badView), 2);
  QStringList badLanguage = renderArguments(out);
  badLanguage << QStringLiteral("--lang") << QStringLiteral("fr");
  EXPECT_EQ(runRenderCommand(badLanguage), 2);
  EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(HeadlessRender, MissingDatasetExitsWithOne) {
  QTemporaryDir dir;
  QStringList arguments = renderArguments(dir.filePath(QStringLiteral("x.png")));
  arguments[8] = dir.filePath(QStringLiteral("no-such-dataset"));
  EXPECT_EQ(runRenderCommand(arguments), 1);
}

// --- the credit line names only what is drawn ------------------------------------------------

namespace {

// Copies the files of the valid fixture whose names pass `keep` into `target`.
void copyFixtureFiles(const QString& target, const std::function<bool(const QString&)>& keep) {
  const QDir dir(kFixture);
  for (const QString& name : dir.entryList(QDir::Files)) {
    if (keep(name)) {
      ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name));
    }
  }
}

// The credit line of one frame of the dataset in `folder`, opened with whatever errors it has.
QString creditOf(const QString& folder) {
  AtlasDocument document;
  EXPECT_TRUE(document.open(folder, OpenPolicy::WhatIsValid));
  MapRenderer renderer(mapDataOf(document));
  const DisplaySettings settings;
  (void)renderImage(renderer, settings, MapViewport::named(NamedView::Region, QSize(640, 480)),
                    day(1950, 1, 1));
  return renderer.lastCreditText();
}

}  // namespace

TEST(CreditLine, NamesTheCoastlinesAndTheDataWhenBothAreDrawn) {
  EXPECT_EQ(creditOf(kFixture), mapPhrase(MapPhrase::Credit));
  EXPECT_TRUE(creditOf(kFixture).contains(QStringLiteral("GSHHG")));
}

// The blank map of an empty folder credited GSHHG: nothing is drawn, nothing credited.
TEST(CreditLine, AnEmptyDatasetCreditsNothing) {
  QTemporaryDir empty;
  ASSERT_TRUE(empty.isValid());
  EXPECT_TRUE(creditOf(empty.path()).isEmpty());
}

TEST(CreditLine, WithoutCoastlinesGSHHGIsNotCredited) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyFixtureFiles(folder.path(),
                   [](const QString& name) { return !name.startsWith(QLatin1String("coastline")); });
  const QString credit = creditOf(folder.path());
  EXPECT_EQ(credit, mapPhrase(MapPhrase::CreditData));
  EXPECT_FALSE(credit.contains(QStringLiteral("GSHHG"))) << credit.toStdString();
}

TEST(CreditLine, WithoutFeaturesTheDataIsNotCredited) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  copyFixtureFiles(folder.path(),
                   [](const QString& name) { return name.startsWith(QLatin1String("coastline")); });
  const QString credit = creditOf(folder.path());
  EXPECT_EQ(credit, mapPhrase(MapPhrase::CreditCoastlines));
  EXPECT_FALSE(credit.contains(QStringLiteral("data"), Qt::CaseInsensitive)) << credit.toStdString();
}
