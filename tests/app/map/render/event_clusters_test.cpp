// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event clusters on a synthetic dataset of 100,000 events built in the test (the generator of
// okhotsk-cli is a program, not a library): the clusters hold every marker drawn, split as the
// view zooms in, and their discs carry their count, also at a device pixel ratio of 2.
#include "map/render/layers/event_layer.h"
#include "map/render/map_renderer.h"
#include "session/display_settings.h"
#include "session/view/map_viewport.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"
#include "okhotsk/projection.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <set>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

// `count` events at 2,500 places over the region, dated 1850–2020 (a fifth to the year only),
// in the seven categories; the same for the same seed.
std::shared_ptr<const Dataset> syntheticDataset(int count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> lon(141.0, 150.0);
  std::uniform_real_distribution<double> lat(42.0, 51.0);
  std::uniform_int_distribution<DayNumber> day(daysFromGregorian(1850, 1, 1),
                                               daysFromGregorian(2020, 12, 31));
  std::uniform_int_distribution<int> category(0, kEventCategoryCount - 1);
  std::uniform_int_distribution<int> yearOnly(0, 4);
  const Projector region(MapProjection::Region);
  const Projector world(MapProjection::World);
  struct Spot {
    GeoPoint point;
    Vec2 region;
    Vec2 world;
  };
  std::vector<Spot> spots;
  for (int i = 0; i < 2500; ++i) {
    const GeoPoint point{lon(random), lat(random)};
    spots.push_back({point, region.forward(point).value(), world.forward(point).value()});
  }
  std::uniform_int_distribution<std::size_t> spot(0, spots.size() - 1);
  DatasetContent content;
  content.origin = "synthetic";
  Source source;
  source.id = "SYN";
  source.citation = "Synthetic rows for a test";
  content.sources.push_back(source);
  content.events.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    Event event;
    event.id = "S" + std::to_string(i);
    const CivilDate date = gregorianFromDays(day(random));
    char text[16];
    if (yearOnly(random) == 0)
      std::snprintf(text, sizeof text, "%04d", static_cast<int>(date.year));
    else
      std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(date.year), date.month, date.day);
    event.date = Edtf::parse(text).value();
    event.title.en = "Synthetic event " + std::to_string(i);
    event.category = static_cast<EventCategory>(category(random));
    const Spot& at = spots[spot(random)];
    event.location = at.point;
    event.region = at.region;
    event.world = at.world;
    event.sourceIds = {"SYN"};
    content.events.push_back(std::move(event));
  }
  Diagnostics diagnostics;
  return Dataset::build(std::move(content), diagnostics);
}

RenderOptions markersOnly() {
  RenderOptions options;
  options.legend = false;
  options.dateStamp = false;
  options.scaleBar = false;
  options.credit = false;
  options.labels = false;
  options.events = true;
  return options;
}

class EventClusters : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_dataset = syntheticDataset(100000, 7); }
  static void TearDownTestSuite() { s_dataset.reset(); }

  void SetUp() override {
    ASSERT_NE(s_dataset, nullptr);
    ASSERT_EQ(s_dataset->events().size(), 100000U);
    renderer.setData(MapData{s_dataset, {}});
  }

  QImage render(const MapViewport& viewport, DayNumber when, const RenderOptions& options = markersOnly(),
                double dpr = 1.0) {
    QImage image(viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.render(painter, viewport, mapSceneOf(settings, when), options);
    painter.end();
    return image;
  }

  // The events of every cluster of the last frame, by event.
  std::map<const Event*, int> clusterOfEvent() const {
    std::map<const Event*, int> of;
    for (int c = 0; c < static_cast<int>(renderer.eventClusters().size()); ++c)
      for (const Event* event : renderer.clusterEvents(c)) of[event] = c;
    return of;
  }

  static MapViewport regionView() { return MapViewport::named(NamedView::Region, QSize(1280, 720)); }

  static inline std::shared_ptr<const Dataset> s_dataset;
  DisplaySettings settings;
  MapRenderer renderer;
  const DayNumber day = daysFromGregorian(1945, 8, 20);
};

TEST_F(EventClusters, CountsAddUpToTheMarkersDrawn) {
  const MapViewport viewport = regionView();
  render(viewport, day);
  // The markers the map draws, worked out here from the rule: an event with a place within
  // kFadeDays of the day whose marker (6.5 px near the day, 4 px otherwise) touches the view.
  int drawn = 0;
  for (const Event& event : s_dataset->events()) {
    const DayNumber away = day < event.date.earliest() ? event.date.earliest() - day
                           : day > event.date.latest() ? day - event.date.latest()
                                                       : 0;
    if (away > EventLayer::kFadeDays) continue;
    const double r = away <= EventLayer::kNearDays ? 6.5 : 4.0;
    if (QRectF(-r, -r, 1280 + 2 * r, 720 + 2 * r).contains(viewport.toScreen(event.region))) ++drawn;
  }
  ASSERT_GT(drawn, 1000);
  const std::vector<EventCluster>& clusters = renderer.eventClusters();
  int total = 0;
  int largest = 0;
  for (const EventCluster& cluster : clusters) {
    EXPECT_GE(cluster.count, 1);
    total += cluster.count;
    largest = std::max(largest, cluster.count);
  }
  EXPECT_EQ(total, drawn);
  // Far fewer marks than markers: the overlapping ones are grouped.
  EXPECT_LT(clusters.size() * 2, static_cast<std::size_t>(drawn));
  EXPECT_GE(largest, 5);
  // Every event is in one cluster only, and each cluster lists as many events as it counts.
  std::set<const Event*> seen;
  for (int c = 0; c < static_cast<int>(clusters.size()); ++c) {
    const std::vector<const Event*> events = renderer.clusterEvents(c);
    EXPECT_EQ(static_cast<int>(events.size()), clusters[static_cast<std::size_t>(c)].count);
    for (const Event* event : events) EXPECT_TRUE(seen.insert(event).second);
  }
}

// A disc grows with its count; the second pass merges discs that would overlap, so that every
// count can be read: no two discs of the frame overlap, at 1x and at 2x, and the counts still
// add up (CountsAddUpToTheMarkersDrawn runs on the same frames).
TEST_F(EventClusters, NoTwoDiscsOverlap) {
  for (const double dpr : {1.0, 2.0}) {
    render(regionView(), day, markersOnly(), dpr);
    const std::vector<EventCluster>& clusters = renderer.eventClusters();
    ASSERT_GT(clusters.size(), 50U);
    int overlapping = 0;
    for (std::size_t a = 0; a < clusters.size(); ++a)
      for (std::size_t b = a + 1; b < clusters.size(); ++b) {
        const QPointF d = clusters[a].position - clusters[b].position;
        const double touch = clusters[a].radius + clusters[b].radius;
        if (d.x() * d.x() + d.y() * d.y() < touch * touch) ++overlapping;
      }
    EXPECT_EQ(overlapping, 0) << "dpr " << dpr << ", " << clusters.size() << " discs";
    // The radius a disc is drawn with is the one for its count.
    for (const EventCluster& cluster : clusters)
      if (cluster.count > 1) {
        EXPECT_DOUBLE_EQ(cluster.radius, clusterRadius(cluster.count, 1.0));
      }
  }
}

TEST_F(EventClusters, ZoomingInSplitsACluster) {
  MapViewport viewport = regionView();
  render(viewport, day);
  const std::vector<EventCluster> before = renderer.eventClusters();
  // The largest cluster well inside the view.
  int chosen = -1;
  for (int c = 0; c < static_cast<int>(before.size()); ++c) {
    const EventCluster& cluster = before[static_cast<std::size_t>(c)];
    if (!QRectF(200, 200, 880, 320).contains(cluster.position)) continue;
    if (chosen < 0 || cluster.count > before[static_cast<std::size_t>(chosen)].count) chosen = c;
  }
  ASSERT_GE(chosen, 0);
  const EventCluster& big = before[static_cast<std::size_t>(chosen)];
  ASSERT_GE(big.count, 3);
  const std::vector<const Event*> members = renderer.clusterEvents(chosen);
  viewport.zoomAround(big.position, 16.0);
  render(viewport, day);
  const std::map<const Event*, int> after = clusterOfEvent();
  std::set<int> clustersNow;
  for (const Event* event : members) {
    const auto it = after.find(event);
    if (it != after.end()) clustersNow.insert(it->second);
  }
  EXPECT_GE(clustersNow.size(), 2U);
  for (const int c : clustersNow)
    EXPECT_LT(renderer.eventClusters()[static_cast<std::size_t>(c)].count, big.count);
}

// Dark pixels (the count's digits) inside a cluster's disc, which is otherwise light.
int darkPixelsIn(const QImage& image, QPointF centre, double radius, double dpr) {
  int dark = 0;
  const QPointF c = centre * dpr;
  const double r = radius * dpr;
  for (int y = static_cast<int>(c.y() - r); y <= static_cast<int>(c.y() + r); ++y)
    for (int x = static_cast<int>(c.x() - r); x <= static_cast<int>(c.x() + r); ++x) {
      if (!image.rect().contains(x, y) || QLineF(QPointF(x, y), c).length() > r) continue;
      if (qGray(image.pixel(x, y)) < 90) ++dark;
    }
  return dark;
}

TEST_F(EventClusters, ADiscCarriesItsCountAtOneAndTwoDevicePixelsPerPixel) {
  for (const double dpr : {1.0, 2.0}) {
    const MapViewport viewport = regionView();
    const QImage with = render(viewport, day, markersOnly(), dpr);
    const std::vector<EventCluster> clusters = renderer.eventClusters();
    RenderOptions none = markersOnly();
    none.events = false;
    const QImage without = render(viewport, day, none, dpr);
    int checked = 0;
    for (const EventCluster& cluster : clusters) {
      if (cluster.count < 10 || !QRectF(40, 40, 1200, 640).contains(cluster.position)) continue;
      // Its digits, in the text colour, inside the disc's ring; none there without markers.
      const double inner = cluster.radius * 0.6;
      EXPECT_GT(darkPixelsIn(with, cluster.position, inner, dpr), static_cast<int>(6 * dpr * dpr))
          << cluster.count << " at " << dpr;
      EXPECT_EQ(darkPixelsIn(without, cluster.position, inner, dpr), 0);
      // The disc's light ground around them.
      const QPoint side = ((cluster.position + QPointF(0, cluster.radius * 0.62)) * dpr).toPoint();
      EXPECT_GT(qGray(with.pixel(side)), 200) << cluster.count;
      if (++checked == 3) break;
    }
    EXPECT_GT(checked, 0) << dpr;
  }
}

TEST_F(EventClusters, AClusterOfOneCategoryIsRingedInItsColour) {
  // Closer in, where small clusters stand apart.
  MapViewport viewport = regionView();
  viewport.zoomAround(QPointF(640, 360), 4.0);
  const QImage image = render(viewport, day);
  int checked = 0;
  for (const EventCluster& cluster : renderer.eventClusters()) {
    if (cluster.count < 2 || !cluster.hasDominantCategory() || cluster.near) continue;
    if (!QRectF(40, 40, 1200, 640).contains(cluster.position)) continue;
    // Over a neighbour's mark the ring could be hidden: only clusters standing alone.
    bool alone = true;
    for (const EventCluster& other : renderer.eventClusters())
      if (&other != &cluster &&
          QLineF(other.position, cluster.position).length() < cluster.radius + other.radius + 2)
        alone = false;
    if (!alone) continue;
    const QColor ring = palette::categoryColour(cluster.dominantCategory());
    // Within the ring's stroke, on the left of the disc: the category's colour faded at least 60%.
    const QPoint at = (cluster.position - QPointF(cluster.radius - 1.5, 0)).toPoint();
    const QColor seen = image.pixelColor(at);
    const QColor sea = render(viewport, day,
                              [] {
                                RenderOptions o = markersOnly();
                                o.events = false;
                                return o;
                              }())
                           .pixelColor(at);
    render(viewport, day);  // back to the frame with markers for the next clusters
    // Closer to the category's colour than the map under it is.
    auto distance = [](const QColor& a, const QColor& b) {
      return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    EXPECT_LT(distance(seen, ring), distance(sea, ring)) << cluster.count;
    if (++checked == 3) break;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
