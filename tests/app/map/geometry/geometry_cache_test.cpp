// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The projected-geometry cache: a warm open gives the map the same pixels as a cold one, and a
// changed dataset, a damaged file, an unwritable folder or another projection never make it
// trust what it should not.
#include "session/geometry_cache.h"
#include "map/render/map_renderer.h"
#include "map/render/map_scene.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/loader.h"
#include "okhotsk/projection.h"
#include "okhotsk/projection_cache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <vector>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

const QString kFixture = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");
const QString kEmbedded = QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR);

std::shared_ptr<const Dataset> load(const QString& path, const ProjectedVertexStore* store) {
  LoadOptions options;
  options.coastlineLevels = {CoastlineLevel::Intermediate, CoastlineLevel::World};
  options.projectionStore = store;
  LoadResult result = loadDataset(path.toStdString(), options);
  EXPECT_TRUE(result.dataset != nullptr) << result.diagnostics.toText();
  return std::shared_ptr<const Dataset>(std::move(result.dataset));
}

// Every projected vertex of a dataset, in a fixed order: coastlines, territories, boundaries,
// places and events, in both planes.
std::vector<Vec2> projectedVertices(const Dataset& dataset) {
  std::vector<Vec2> out;
  auto add = [&out](const MultiPolygon& shape) {
    for (const Polygon& polygon : shape.polygons) {
      out.insert(out.end(), polygon.exterior.begin(), polygon.exterior.end());
      for (const Ring& hole : polygon.interiors) out.insert(out.end(), hole.begin(), hole.end());
    }
  };
  for (CoastlineLevel level : {CoastlineLevel::Intermediate, CoastlineLevel::World})
    if (const Coastline* coastline = dataset.coastline(level)) add(coastline->projected);
  for (const Territory& territory : dataset.territories()) {
    add(territory.shape.region);
    add(territory.shape.world);
  }
  for (const Boundary& boundary : dataset.boundaries())
    for (const auto* lines : {&boundary.lines.region, &boundary.lines.world})
      for (const LineString& line : lines->lines) out.insert(out.end(), line.begin(), line.end());
  for (const Place& place : dataset.places()) out.insert(out.end(), {place.region, place.world});
  for (const Event& event : dataset.events()) out.insert(out.end(), {event.region, event.world});
  return out;
}

QImage render(const std::shared_ptr<const Dataset>& dataset, const MapViewport& viewport) {
  MapData data;
  data.dataset = dataset;
  for (std::size_t i = 0; i < data.coastlines.size(); ++i)
    data.coastlines[i] = dataset->coastline(static_cast<CoastlineLevel>(i));
  MapRenderer renderer(data);
  const DisplaySettings settings;
  QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::magenta);
  QPainter painter(&image);
  renderer.render(painter, viewport, mapSceneOf(settings, daysFromGregorian(1956, 10, 19)), RenderOptions{});
  painter.end();
  return image;
}

QStringList cacheFiles(const QString& directory) {
  return QDir(directory).entryList({QStringLiteral("*.okgeom")}, QDir::Files, QDir::Name);
}

// A copy of a dataset folder that a test may change.
QString copyDataset(const QString& from, const QTemporaryDir& into) {
  QString to = into.filePath(QStringLiteral("dataset"));
  std::filesystem::copy(from.toStdString(), to.toStdString(), std::filesystem::copy_options::recursive);
  return to;
}

TEST(GeometryCache, AWarmStartDrawsTheSamePixelsAsAColdOne) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const QString directory = folder.filePath(QStringLiteral("cache/geometry"));

  const GeometryCache cold(directory);
  const auto computed = load(kEmbedded, &cold);
  // Content in two planes and two coastline levels, none of them there yet: each computed
  // and written.
  EXPECT_EQ(cold.hits(), 0);
  EXPECT_EQ(cold.misses(), 4);
  EXPECT_EQ(cold.writes(), 4);
  EXPECT_EQ(cacheFiles(directory).size(), 4);

  const GeometryCache warm(directory);
  const auto cached = load(kEmbedded, &warm);
  EXPECT_EQ(warm.hits(), 4);
  EXPECT_EQ(warm.misses(), 0);
  EXPECT_EQ(warm.writes(), 0);
  EXPECT_EQ(projectedVertices(*cached), projectedVertices(*computed));

  for (const MapViewport& viewport : {MapViewport::named(NamedView::Region, QSize(960, 540)),
                                      MapViewport::named(NamedView::Habomai, QSize(640, 480)),
                                      MapViewport::named(NamedView::World, QSize(800, 450))}) {
    const QImage coldImage = render(computed, viewport);
    const QImage warmImage = render(cached, viewport);
    EXPECT_EQ(coldImage.size(), viewport.size());
    EXPECT_TRUE(coldImage == warmImage) << "the warm start drew other pixels";
  }
}

TEST(GeometryCache, GivesTheLoaderWhatItWouldHaveComputed) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const GeometryCache cache(folder.path());
  const auto uncached = load(kFixture, nullptr);
  (void)load(kFixture, &cache);
  const auto cached = load(kFixture, &cache);
  EXPECT_GT(cache.hits(), 0);
  EXPECT_EQ(projectedVertices(*cached), projectedVertices(*uncached));
  // And what was computed is PROJ's answer for the point itself.
  const Event* landing = cached->event("E2");
  ASSERT_NE(landing, nullptr);
  const auto expected = Projector(MapProjection::Region).forward(GeoPoint{146.5, 43.5});
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(landing->region, *expected);
}

TEST(GeometryCache, AChangedDatasetDoesNotReuseIt) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const QString dataset = copyDataset(kFixture, folder);
  const QString directory = folder.filePath(QStringLiteral("geometry"));
  const GeometryCache first(directory);
  (void)load(dataset, &first);
  ASSERT_GT(first.writes(), 0);

  // The landing moves half a degree west.
  QFile events(dataset + QStringLiteral("/events.csv"));
  ASSERT_TRUE(events.open(QIODevice::ReadOnly));
  QByteArray text = events.readAll();
  events.close();
  ASSERT_TRUE(text.contains(",146.5,43.5,"));
  text.replace(",146.5,43.5,", ",146.0,43.5,");
  ASSERT_TRUE(events.open(QIODevice::WriteOnly | QIODevice::Truncate));
  ASSERT_EQ(events.write(text), text.size());
  events.close();

  const GeometryCache second(directory);
  const auto changed = load(dataset, &second);
  // The content of both planes was projected again; the unchanged coastline was not.
  EXPECT_EQ(second.misses(), 2);
  EXPECT_EQ(second.writes(), 2);
  const Event* landing = changed->event("E2");
  ASSERT_NE(landing, nullptr);
  const auto moved = Projector(MapProjection::Region).forward(GeoPoint{146.0, 43.5});
  const auto before = Projector(MapProjection::Region).forward(GeoPoint{146.5, 43.5});
  ASSERT_TRUE(moved && before);
  EXPECT_EQ(landing->region, *moved);
  EXPECT_NE(landing->region, *before);
  EXPECT_EQ(projectedVertices(*changed), projectedVertices(*load(dataset, nullptr)));
}

TEST(GeometryCache, ACorruptOrTruncatedFileIsIgnoredAndRewritten) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const QString directory = folder.filePath(QStringLiteral("geometry"));
  const auto uncached = load(kEmbedded, nullptr);
  const GeometryCache first(directory);
  (void)load(kEmbedded, &first);
  const QStringList files = cacheFiles(directory);
  ASSERT_EQ(files.size(), 4);
  std::vector<qint64> sizes;
  for (const QString& name : files) sizes.push_back(QFileInfo(QDir(directory).filePath(name)).size());

  // One cut short, one with a vertex changed, one emptied: three bad files, one good one.
  {
    QFile truncated(QDir(directory).filePath(files[0]));
    ASSERT_TRUE(truncated.resize(sizes[0] - 24));
    QFile corrupt(QDir(directory).filePath(files[1]));
    ASSERT_TRUE(corrupt.open(QIODevice::ReadWrite));
    ASSERT_TRUE(corrupt.seek(sizes[1] / 2));
    const QByteArray byte = corrupt.read(1);
    ASSERT_TRUE(corrupt.seek(sizes[1] / 2));
    ASSERT_EQ(corrupt.write(QByteArray(1, static_cast<char>(byte.at(0) ^ 0x40))), 1);
    corrupt.close();
    QFile emptied(QDir(directory).filePath(files[2]));
    ASSERT_TRUE(emptied.resize(0));
  }

  const GeometryCache second(directory);
  const auto reloaded = load(kEmbedded, &second);
  EXPECT_EQ(second.hits(), 1);
  EXPECT_EQ(second.misses(), 3);
  EXPECT_EQ(second.writes(), 3);
  EXPECT_EQ(projectedVertices(*reloaded), projectedVertices(*uncached));
  // Rewritten whole: the same files at their full size, which a third open trusts.
  EXPECT_EQ(cacheFiles(directory), files);
  for (qsizetype i = 0; i < files.size(); ++i)
    EXPECT_EQ(QFileInfo(QDir(directory).filePath(files[i])).size(), sizes[static_cast<std::size_t>(i)]);
  const GeometryCache third(directory);
  EXPECT_EQ(projectedVertices(*load(kEmbedded, &third)), projectedVertices(*uncached));
  EXPECT_EQ(third.hits(), 4);
  EXPECT_EQ(third.misses(), 0);
}

TEST(GeometryCache, WorksWithoutAWritableFolder) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  // A folder under a plain file can never be made (even by root).
  QFile plain(folder.filePath(QStringLiteral("plain")));
  ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
  plain.close();
  const auto uncached = load(kFixture, nullptr);
  for (const QString& directory : {folder.filePath(QStringLiteral("plain/geometry")), QString()}) {
    const GeometryCache cache(directory);
    const auto dataset = load(kFixture, &cache);
    ASSERT_NE(dataset, nullptr);
    EXPECT_EQ(projectedVertices(*dataset), projectedVertices(*uncached));
    EXPECT_GT(cache.misses(), 0);
    EXPECT_EQ(cache.writes(), 0);
    EXPECT_EQ(cache.hits(), 0);
  }
}

TEST(GeometryCache, TheKeyChangesWithTheProjectionParameters) {
  const std::vector<Vec2> vertices{{145.0, 43.0}, {146.0, 43.5}, {147.0, 44.0}};
  const std::string region = projectionCacheKey(vertices, 0, projectionDefinition(MapProjection::Region));
  EXPECT_EQ(region.size(), 32U);
  EXPECT_EQ(region, projectionCacheKey(vertices, 0, projectionDefinition(MapProjection::Region)));
  EXPECT_NE(region, projectionCacheKey(vertices, 0, projectionDefinition(MapProjection::World)));
  // One standard parallel moved by a degree.
  std::string moved(projectionDefinition(MapProjection::Region));
  const auto at = moved.find("+lat_1=38");
  ASSERT_NE(at, std::string::npos);
  moved.replace(at, 9, "+lat_1=39");
  EXPECT_NE(region, projectionCacheKey(vertices, 0, moved));
  // The same vertices read as points (a failed point is stored otherwise), or one vertex moved.
  EXPECT_NE(region, projectionCacheKey(vertices, 1, projectionDefinition(MapProjection::Region)));
  std::vector<Vec2> nudged = vertices;
  nudged[1].x += 1e-9;
  EXPECT_NE(region, projectionCacheKey(nudged, 0, projectionDefinition(MapProjection::Region)));
}

TEST(GeometryCache, AFileUnderAnotherKeyIsNotTrusted) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const GeometryCache cache(folder.path());
  const std::vector<Vec2> vertices{{1.0, 2.0}, {3.0, 4.0}};
  const std::string key = projectionCacheKey(vertices, 0, "a");
  const std::string other = projectionCacheKey(vertices, 0, "b");
  cache.keep(key, vertices);
  ASSERT_EQ(cache.find(key, vertices.size()), vertices);
  EXPECT_FALSE(cache.find(key, vertices.size() + 1).has_value());
  // Renamed to another key's file: its header names the old key.
  ASSERT_TRUE(QFile::rename(cache.filePath(key), cache.filePath(other)));
  EXPECT_FALSE(cache.find(other, vertices.size()).has_value());
}

// Sets a file's modification time, which the cache reads as its last use.
void setLastUse(const QString& path, const QDateTime& when) {
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadWrite));
  ASSERT_TRUE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

std::vector<Vec2> someVertices(std::size_t count, double seed) {
  std::vector<Vec2> out(count);
  for (std::size_t i = 0; i < count; ++i) out[i] = {seed + static_cast<double>(i), seed * 2.0};
  return out;
}

std::string keyOf(const std::vector<Vec2>& vertices) {
  return projectionCacheKey(vertices, 0, "test");
}

TEST(GeometryCache, FilesUnusedForTooLongGoAtTheNextWriteAndOthersStay) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const GeometryCache cache(folder.path(),
                            GeometryCache::Limits{std::chrono::hours(24 * 60), qint64{1} << 30});
  const auto stale = someVertices(10, 1.0);
  const auto recent = someVertices(10, 2.0);
  cache.keep(keyOf(stale), stale);
  cache.keep(keyOf(recent), recent);
  const QDateTime now = QDateTime::currentDateTimeUtc();
  setLastUse(cache.filePath(keyOf(stale)), now.addDays(-61));
  setLastUse(cache.filePath(keyOf(recent)), now.addDays(-59));
  // Not ours: never removed, however old.
  const QString foreign = folder.filePath(QStringLiteral("notes.txt"));
  {
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("kept");
  }
  setLastUse(foreign, now.addDays(-400));
  EXPECT_EQ(cache.removals(), 0);

  const auto fresh = someVertices(10, 3.0);
  cache.keep(keyOf(fresh), fresh);
  EXPECT_EQ(cache.removals(), 1);
  EXPECT_FALSE(QFile::exists(cache.filePath(keyOf(stale))));
  EXPECT_TRUE(QFile::exists(cache.filePath(keyOf(recent))));
  EXPECT_TRUE(QFile::exists(cache.filePath(keyOf(fresh))));
  EXPECT_TRUE(QFile::exists(foreign));
  EXPECT_EQ(cache.find(keyOf(recent), recent.size()), recent);
}

TEST(GeometryCache, AFullFolderLosesItsLeastRecentlyUsedFilesFirst) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  std::vector<std::vector<Vec2>> sets;
  for (int i = 0; i < 4; ++i) sets.push_back(someVertices(1000, 10.0 * (i + 1)));
  const GeometryCache unlimited(folder.path());
  for (const auto& set : sets) unlimited.keep(keyOf(set), set);
  const qint64 fileSize = QFileInfo(unlimited.filePath(keyOf(sets[0]))).size();
  ASSERT_GT(fileSize, 16000);
  // Last used: set 0 a week ago, set 1 three days ago, set 2 two days ago, set 3 yesterday.
  const QDateTime now = QDateTime::currentDateTimeUtc();
  for (int i = 0; i < 4; ++i)
    setLastUse(unlimited.filePath(keyOf(sets[static_cast<std::size_t>(i)])),
               now.addDays(i == 0 ? -7 : i - 4));
  // Set 0 answers a lookup, so it is the most recently used of the four now.
  EXPECT_EQ(unlimited.find(keyOf(sets[0]), sets[0].size()), sets[0]);

  // Room for three files: the new one, set 0 and set 3 stay; sets 1 and 2 go.
  const GeometryCache limited(folder.path(),
                              GeometryCache::Limits{std::chrono::hours(24 * 60), 3 * fileSize});
  const auto fresh = someVertices(1000, 99.0);
  limited.keep(keyOf(fresh), fresh);
  EXPECT_EQ(limited.removals(), 2);
  EXPECT_TRUE(QFile::exists(limited.filePath(keyOf(fresh))));
  EXPECT_TRUE(QFile::exists(limited.filePath(keyOf(sets[0]))));
  EXPECT_FALSE(QFile::exists(limited.filePath(keyOf(sets[1]))));
  EXPECT_FALSE(QFile::exists(limited.filePath(keyOf(sets[2]))));
  EXPECT_TRUE(QFile::exists(limited.filePath(keyOf(sets[3]))));
  EXPECT_EQ(cacheFiles(folder.path()).size(), 3);
}

TEST(GeometryCache, RemembersValidPolygonsInTheFolderAndTrustsOnlyItsOwnMarks) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const auto square = someVertices(5, 7.0);
  const std::string key = polygonCheckKey(square, std::vector<std::size_t>{5}, "GEOS test");
  const std::string other = polygonCheckKey(square, std::vector<std::size_t>{5}, "GEOS other");
  {
    const GeometryCache cache(folder.path());
    EXPECT_FALSE(cache.knownValid(key));
    cache.rememberValid(key);
    EXPECT_TRUE(cache.knownValid(key));
    EXPECT_FALSE(cache.knownValid(other));
    EXPECT_FALSE(cache.knownValid("short"));
  }
  // Another run finds it; a mark copied under another key, or cut short, is not trusted.
  const GeometryCache later(folder.path());
  EXPECT_TRUE(later.knownValid(key));
  const QString mark = folder.filePath(QString::fromStdString(key) + QStringLiteral(".okvalid"));
  const QString copied = folder.filePath(QString::fromStdString(other) + QStringLiteral(".okvalid"));
  ASSERT_TRUE(QFile::copy(mark, copied));
  EXPECT_FALSE(later.knownValid(other));
  ASSERT_TRUE(QFile(mark).resize(20));
  EXPECT_FALSE(later.knownValid(key));
  // Without a folder nothing is remembered.
  const GeometryCache none{QString()};
  none.rememberValid(key);
  EXPECT_FALSE(none.knownValid(key));
}

TEST(GeometryCache, TheEmbeddedDatasetsPolygonsAreMarkedOnceAndAWarmOpenGivesTheSameGeometry) {
  const QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const GeometryCache cold(folder.path());
  const auto first = load(kEmbedded, &cold);
  const QStringList marks = QDir(folder.path()).entryList({QStringLiteral("*.okvalid")}, QDir::Files);
  std::size_t polygons = 0;
  for (const Territory& territory : first->territories()) polygons += 1 + territory.parts.size();
  EXPECT_GT(marks.size(), 0);
  EXPECT_LE(static_cast<std::size_t>(marks.size()), polygons);
  const GeometryCache warm(folder.path());
  const auto second = load(kEmbedded, &warm);
  EXPECT_EQ(QDir(folder.path()).entryList({QStringLiteral("*.okvalid")}, QDir::Files), marks);
  EXPECT_EQ(projectedVertices(*second), projectedVertices(*first));
}

}  // namespace
