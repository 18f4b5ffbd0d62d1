#include "map/map_renderer.h"

#include "map/map_geometry.h"
#include "map/map_labels.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/edtf.h"
#include "okhotsk/projection.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGeoCoordinate>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace okhotsk::app {

namespace {

constexpr std::size_t kProjections = 2;
std::size_t slot(MapProjection projection) {
  return projection == MapProjection::Region ? 0 : 1;
}

// Days either side of the current one in which events are drawn at all, and in which an
// event counts as "now" (large, opaque, labelled).
constexpr DayNumber kFadeDays = DayNumber{8} * 365;
constexpr DayNumber kNearDays = 45;
constexpr int kMaxEventLabels = 8;

QColor paper() {
  return {0xD8, 0xDA, 0xDC};
}  // outside the world map's outline: not land, not sea
QColor graticuleColour() {
  return {0xC6, 0xD4, 0xDF};
}
QColor boundaryColour() {
  return {0x3B, 0x2F, 0x4A};
}
QColor uncertainBase() {
  return {0xFB, 0xFA, 0xF6};
}

QColor withAlpha(QColor colour, double alpha) {
  colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
  return colour;
}

QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

// --- how a territory looks on a day -----------------------------------------------------

struct TerritoryStyle {
  enum class Kind : unsigned char { Unknown, Single, Joint, Uncertain };
  Kind kind = Kind::Unknown;
  QString first;     // the administering state, or the first candidate / partner
  QString second;    // the joint partner or the second candidate
  QString claimant;  // a claimant that does not administer (hatching, dashed outline)
};

QString firstClaimant(const ControlPeriod& period) {
  for (const std::string& claimant : period.claimedBy)
    if (std::find(period.administeredBy.begin(), period.administeredBy.end(), claimant) ==
        period.administeredBy.end())
      return qs(claimant);
  return {};
}

TerritoryStyle styleOf(const TerritoryState& state) {
  TerritoryStyle style;
  if (!state.known() || state.period->administeredBy.empty()) return style;
  const ControlPeriod& period = *state.period;
  style.first = qs(period.administeredBy.front());
  style.claimant = firstClaimant(period);
  if (state.uncertain()) {
    style.kind = TerritoryStyle::Kind::Uncertain;
    const ControlPeriod& other = *state.alternative;
    style.second = other.administeredBy.empty() ? style.first : qs(other.administeredBy.back());
    if (style.claimant.isEmpty()) style.claimant = firstClaimant(other);
  } else if (period.kind == ControlKind::Transition) {
    style.kind = TerritoryStyle::Kind::Uncertain;
    style.second = qs(period.administeredBy.back());
  } else if (period.administeredBy.size() > 1) {
    style.kind = TerritoryStyle::Kind::Joint;
    style.second = qs(period.administeredBy[1]);
  } else {
    style.kind = TerritoryStyle::Kind::Single;
  }
  return style;
}

// --- patterns ---------------------------------------------------------------------------

enum class Pattern : unsigned char { HatchForward, HatchBackward, Stripes };

struct TextureKey {
  Pattern pattern;
  QRgb a;
  QRgb b;
  double dpr;
  double scale;
  friend bool operator==(const TextureKey&, const TextureKey&) = default;
};

int tileSize(double dpr, double scale) {
  return std::max(4, static_cast<int>(std::lround(9.0 * dpr * scale)));
}

// One tile of a 45° pattern in device pixels; it repeats seamlessly because the lines
// x ± y = k·n pass through the tile's corners.
QImage makeTexture(const TextureKey& key) {
  const int n = tileSize(key.dpr, key.scale);
  QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
  tile.fill(key.pattern == Pattern::Stripes ? QColor::fromRgba(key.a) : QColor(Qt::transparent));
  QPainter p(&tile);
  p.setRenderHint(QPainter::Antialiasing);
  const double width =
      key.pattern == Pattern::Stripes ? n / std::sqrt(2.0) / 2.0 : 1.35 * key.dpr * key.scale;
  p.setPen(QPen(QColor::fromRgba(key.pattern == Pattern::Stripes ? key.b : key.a), width, Qt::SolidLine,
                Qt::FlatCap));
  for (int k = -1; k <= 2; ++k) {
    const double c = k * n;
    if (key.pattern == Pattern::HatchBackward)
      p.drawLine(QPointF(c - n, -n), QPointF(c + 2.0 * n, 2.0 * n));
    else
      p.drawLine(QPointF(c - 2.0 * n, 2.0 * n), QPointF(c + n, -n));
  }
  p.end();
  tile.setDevicePixelRatio(key.dpr);
  return tile;
}

// --- fonts ------------------------------------------------------------------------------

struct Fonts {
  Language language = Language::English;
  double scale = 0.0;
  QFont name;
  QFont state;
  QFont part;
  QFont event;
  QFont eventDate;
  QFont date;
  QFont dateDetail;
  QFont legend;
  QFont legendTitle;
  QFont small;
  QFont question;
};

QFont makeFont(Language language, double pixels, int weight = QFont::Normal, bool italic = false) {
  QFont font;
  // Japanese first for Japanese text, so that kanji take Japanese glyph forms; Cyrillic and
  // Latin come from DejaVu Sans, which every Debian desktop has.
  font.setFamilies(language == Language::Japanese
                       ? QStringList{QStringLiteral("Noto Sans CJK JP"), QStringLiteral("DejaVu Sans")}
                       : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
  font.setWeight(static_cast<QFont::Weight>(weight));
  font.setItalic(italic);
  font.setHintingPreference(QFont::PreferNoHinting);
  return font;
}

Fonts makeFonts(Language language, double scale) {
  Fonts f;
  f.language = language;
  f.scale = scale;
  f.name = makeFont(language, 13.0 * scale, QFont::DemiBold);
  f.state = makeFont(language, 11.0 * scale);
  f.part = makeFont(language, 11.0 * scale, QFont::Normal, true);
  f.event = makeFont(language, 11.5 * scale, QFont::DemiBold);
  f.eventDate = makeFont(language, 10.5 * scale);
  f.date = makeFont(language, 24.0 * scale, QFont::Bold);
  f.dateDetail = makeFont(language, 12.0 * scale);
  f.legend = makeFont(language, 11.0 * scale);
  f.legendTitle = makeFont(language, 11.5 * scale, QFont::Bold);
  f.small = makeFont(language, 10.0 * scale);
  f.question = makeFont(language, 12.0 * scale, QFont::Bold);
  return f;
}

// --- geometry caches --------------------------------------------------------------------

struct PartCache {
  const TerritoryPart* part = nullptr;
  std::array<QPointF, kProjections> label;
  std::array<QRectF, kProjections> bounds;
};

struct TerritoryCache {
  const Territory* territory = nullptr;
  std::array<LodPath, kProjections> shapes;
  std::array<LodPath, kProjections> outlines;  // the shape's rings less the edges shared with a neighbour
  std::array<QPointF, kProjections> label;
  std::vector<PartCache> parts;
};

QPainterPath linesPath(const MultiLineString& lines) {
  QPainterPath path;
  for (const LineString& line : lines.lines) {
    if (line.size() < 2) continue;
    path.moveTo(line[0].x, line[0].y);
    for (std::size_t i = 1; i < line.size(); ++i) path.lineTo(line[i].x, line[i].y);
  }
  return path;
}

QPointF toPoint(const Vec2& v) {
  return {v.x, v.y};
}
bool finite(const Vec2& v) {
  return std::isfinite(v.x) && std::isfinite(v.y);
}

// Keeps longitudes in the range PROJ expects; it wraps them around the central meridian.
double wrapLongitude(double lon) {
  return lon > 180.0 ? lon - 360.0 : lon;
}

// --- the day-independent base image ------------------------------------------------------

struct BaseKey {
  MapProjection projection = MapProjection::Region;
  QPointF centre;
  double metresPerPixel = 0.0;
  QSize size;
  double dpr = 0.0;
  double scale = 0.0;
  const Coastline* coastline = nullptr;
  const Dataset* dataset = nullptr;
  QImage::Format format = QImage::Format_Invalid;
  friend bool operator==(const BaseKey&, const BaseKey&) = default;
};

// What decides how a territory is drawn on a day: a new period, a second candidate or the
// selection changes the picture; a new day inside the same period does not.
struct TerritoryLook {
  const ControlPeriod* period = nullptr;
  const ControlPeriod* alternative = nullptr;
  bool selected = false;
  friend bool operator==(const TerritoryLook&, const TerritoryLook&) = default;
};

struct MaskKey {
  MapViewport viewport;
  const Coastline* coastline = nullptr;
  const Dataset* dataset = nullptr;
  friend bool operator==(const MaskKey&, const MaskKey&) = default;
};

struct Marker {
  std::size_t eventIndex = 0;
  QPointF position;
  QPointF arrowTip;  // for an event outside the view: where its arrow is
  DayNumber daysAway = 0;
  double radius = 0.0;
  bool near = false;
  bool onScreen = true;
};

struct LegendKey {
  Language language = Language::English;
  double scale = 0.0;
  double dpr = 0.0;
  const Dataset* dataset = nullptr;
  friend bool operator==(const LegendKey&, const LegendKey&) = default;
};

// What one frame needs to know, worked out once at its start.
struct Frame {
  MapViewport viewport;
  double dpr = 1.0;
  double scale = 1.0;
  bool vector = false;
  std::size_t projection = 0;
  QTransform map;        // map metres → logical pixels
  double tolerance = 0;  // map metres one half device pixel covers
  Bounds view;           // visible map bounds, a little enlarged
  QRectF screen;
  Language language = Language::English;
  NamingOrder order = NamingOrder::JapaneseFirst;
  const Fonts* fonts = nullptr;
  const RenderOptions* options = nullptr;
  std::string selectedTerritory;
};

}  // namespace

struct MapRenderer::Impl {
  Impl(const AtlasDocument& doc, const DisplaySettings& display) : document(doc), settings(display) {
    eventScratch.reserve(256);
    markers.reserve(256);
    arrows.reserve(32);
    labelOrder.reserve(64);
    candidates.reserve(64);
  }

  const AtlasDocument& document;
  const DisplaySettings& settings;

  // Held so that the caches' pointers into it stay valid and a new dataset is noticed.
  std::shared_ptr<const Dataset> dataset;
  std::vector<TerritoryCache> territories;
  std::vector<std::array<QPainterPath, kProjections>> boundaryPaths;  // by index in boundaries()
  std::array<const Coastline*, 4> coastlineSources{};
  std::array<std::unique_ptr<CoastlineGeometry>, 4> coastlines;
  std::array<QPainterPath, kProjections> graticules;
  QPainterPath worldOutline;
  std::array<std::unique_ptr<Projector>, kProjections> projectors;

  // The cached picture: base layers plus the territories and boundaries as they look in
  // `compositeLooks` / `compositeBoundaries`. Rebuilt whole when `baseKey` changes; when only
  // the day changes the looks of some territories, just their screen boxes are repainted.
  QImage base;
  BaseKey baseKey;
  int baseBuilds = 0;
  int baseRepairs = 0;
  std::vector<TerritoryLook> compositeLooks;
  std::vector<const Boundary*> compositeBoundaries;
  std::vector<TerritoryLook> frameLooks;
  std::vector<const Boundary*> frameBoundaries;
  CoverageMask mask;
  MaskKey maskKey;
  QPolygonF scratch;
  std::vector<Vec2> simplifyScratch;

  QImage legendImage;
  LegendKey legendKey;
  QSizeF legendSize;

  std::vector<std::pair<TextureKey, QBrush>> textures;
  Fonts fonts;
  Fonts legendFonts;

  MapViewport scaleBarViewport;
  double scaleBarMetresPerPixel = 0.0;  // true ground metres per logical pixel at the centre

  std::vector<std::size_t> eventScratch;
  std::vector<Marker> markers;
  struct Arrow {
    QPointF tip;
    QPointF direction;
    QColor colour;
  };
  std::vector<Arrow> arrows;
  std::vector<std::size_t> labelOrder;
  std::vector<QRectF> candidates;
  LabelPlacer placer;

  std::optional<CoastlineLevel> lastLevel;
  QRectF lastLegend;
  QRectF lastDate;

  // ---------------------------------------------------------------------------------------

  Projector& projector(MapProjection projection) {
    auto& p = projectors[slot(projection)];
    if (!p) p = std::make_unique<Projector>(projection);
    return *p;
  }

  void clear() {
    territories.clear();
    boundaryPaths.clear();
    coastlineSources = {};
    for (auto& c : coastlines) c.reset();
    base = QImage();
    baseKey = {};
    compositeLooks.clear();
    compositeBoundaries.clear();
    maskKey = {};
    legendKey = {};
    markers.clear();
  }

  void sync() {
    std::shared_ptr<const Dataset> current = document.sharedDataset();
    if (current != dataset) {
      clear();
      dataset = std::move(current);
      if (dataset) buildDatasetCaches();
    }
    for (std::size_t i = 0; i < coastlines.size(); ++i) {
      const Coastline* source = document.coastline(static_cast<CoastlineLevel>(i));
      if (source == coastlineSources[i]) continue;
      coastlineSources[i] = source;
      coastlines[i] = source != nullptr ? std::make_unique<CoastlineGeometry>(*source) : nullptr;
    }
    if (graticules[0].isEmpty()) buildGraticules();
  }

  void buildDatasetCaches() {
    const std::array<MapProjection, kProjections> projections{MapProjection::Region, MapProjection::World};
    territories.reserve(dataset->territories().size());
    for (const Territory& territory : dataset->territories()) {
      TerritoryCache cache;
      cache.territory = &territory;
      cache.shapes[0] = LodPath(territory.shape.region);
      cache.shapes[1] = LodPath(territory.shape.world);
      for (std::size_t p = 0; p < kProjections; ++p) {
        const auto label = projector(projections[p]).forward(territory.labelPoint);
        cache.label[p] = label ? toPoint(*label) : cache.shapes[p].bounds().center();
      }
      for (const TerritoryPart& part : territory.parts) {
        PartCache pc;
        pc.part = &part;
        pc.bounds[0] = boundsRect(part.shape.region.bounds());
        pc.bounds[1] = boundsRect(part.shape.world.bounds());
        for (std::size_t p = 0; p < kProjections; ++p) {
          const auto label = projector(projections[p]).forward(part.labelPoint);
          pc.label[p] = label ? toPoint(*label) : pc.bounds[p].center();
        }
        cache.parts.push_back(pc);
      }
      territories.push_back(std::move(cache));
    }
    std::vector<const MultiPolygon*> geographic;
    std::array<std::vector<const MultiPolygon*>, kProjections> projected;
    for (const Territory& territory : dataset->territories()) {
      geographic.push_back(&territory.shape.geographic);
      projected[0].push_back(&territory.shape.region);
      projected[1].push_back(&territory.shape.world);
    }
    std::vector<std::vector<MultiLineString>> outlines = unsharedOutlines(geographic, projected);
    for (std::size_t p = 0; p < kProjections && p < outlines.size(); ++p)
      for (std::size_t i = 0; i < territories.size() && i < outlines[p].size(); ++i)
        territories[i].outlines[p] = LodPath(std::move(outlines[p][i]));
    for (const Boundary& boundary : dataset->boundaries())
      boundaryPaths.push_back({linesPath(boundary.lines.region), linesPath(boundary.lines.world)});
  }

  void buildGraticules() {
    auto build = [this](MapProjection projection, double lonMin, double lonMax, double lonStep, double latMin,
                        double latMax, double latStep, double sample) {
      MultiLineString lines;
      for (double lon = lonMin; lon <= lonMax + 1e-9; lon += lonStep) {
        LineString line;
        for (double lat = latMin; lat <= latMax + 1e-9; lat += sample)
          line.push_back({wrapLongitude(lon), lat});
        lines.lines.push_back(std::move(line));
      }
      for (double lat = latMin; lat <= latMax + 1e-9; lat += latStep) {
        LineString line;
        for (double lon = lonMin; lon <= lonMax + 1e-9; lon += sample)
          line.push_back({wrapLongitude(lon), lat});
        lines.lines.push_back(std::move(line));
      }
      return linesPath(projector(projection).forward(lines));
    };
    graticules[0] = build(MapProjection::Region, 110.0, 190.0, 5.0, 20.0, 70.0, 5.0, 0.5);
    graticules[1] = build(MapProjection::World, -30.0 + 1e-3, 330.0 - 1e-3, 30.0, -60.0, 60.0, 30.0, 2.0);
    // The world map's outline: the antimeridian of 150°E on both sides, pole to pole.
    std::vector<Vec2> outline;
    for (double lat = -90.0; lat <= 90.0; lat += 1.0) outline.push_back({150.0 + 179.999 - 360.0, lat});
    for (double lat = 90.0; lat >= -90.0; lat -= 1.0) outline.push_back({150.0 - 179.999, lat});
    projector(MapProjection::World).forward(outline);
    worldOutline = QPainterPath();
    worldOutline.moveTo(toPoint(outline.front()));
    for (const Vec2& v : outline) worldOutline.lineTo(toPoint(v));
    worldOutline.closeSubpath();
  }

  // The loaded coastline to draw: the preferred level, else the nearest coarser one, else
  // a finer one (the world view has only its own level).
  const CoastlineGeometry* chooseCoastline(const Frame& f, std::optional<CoastlineLevel>& chosen) const {
    auto loaded = [this](CoastlineLevel level) { return coastlines[static_cast<std::size_t>(level)].get(); };
    if (f.viewport.projection() == MapProjection::World) {
      if (const auto* world = loaded(CoastlineLevel::World)) {
        chosen = CoastlineLevel::World;
        return world;
      }
      return nullptr;
    }
    const CoastlineLevel preferred =
        f.options->coastlineLevel.value_or(MapRenderer::preferredCoastlineLevel(f.viewport, f.dpr));
    static constexpr std::array<CoastlineLevel, 3> kByDetail{CoastlineLevel::Intermediate,
                                                             CoastlineLevel::High, CoastlineLevel::Full};
    const auto start =
        static_cast<int>(std::find(kByDetail.begin(), kByDetail.end(), preferred) - kByDetail.begin());
    for (int i = std::min(start, 2); i >= 0; --i)
      if (const auto* c = loaded(kByDetail[static_cast<std::size_t>(i)])) {
        chosen = kByDetail[static_cast<std::size_t>(i)];
        return c;
      }
    for (int i = start + 1; i < 3; ++i)
      if (const auto* c = loaded(kByDetail[static_cast<std::size_t>(i)])) {
        chosen = kByDetail[static_cast<std::size_t>(i)];
        return c;
      }
    return nullptr;
  }

  const QBrush& texture(Pattern pattern, const QColor& a, const QColor& b, const Frame& f) {
    const TextureKey key{pattern, a.rgba(), b.rgba(), f.dpr, f.scale};
    for (const auto& [k, brush] : textures)
      if (k == key) return brush;
    if (textures.size() > 64) textures.clear();  // a handful per frame; never grows for long
    textures.emplace_back(key, QBrush(makeTexture(key)));
    return textures.back().second;
  }

  // ---------------------------------------------------------------------------------------
  // Base layers: sea, graticule, land, lakes, shore.

  // Sea, graticule, land, lakes and shore for the map bounds `view` (all of f.view, or the
  // part under a clip rectangle being repaired).
  void drawBase(QPainter& painter, const Frame& f, const CoastlineGeometry* coastline, const Bounds& view) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool world = f.viewport.projection() == MapProjection::World;
    painter.resetTransform();
    painter.fillRect(f.screen, world ? paper() : palette::sea());
    painter.setTransform(f.map);
    if (world) {
      painter.setPen(Qt::NoPen);
      painter.setBrush(palette::sea());
      painter.drawPath(worldOutline);
    }
    QPen hairline(graticuleColour(), 1.0);
    hairline.setCosmetic(true);
    painter.setPen(hairline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(graticules[f.projection]);
    if (coastline != nullptr) {
      coastline->fill(painter, view, f.tolerance, palette::land(), palette::lake(), scratch);
      QPen shore(palette::coastline(), std::max(1.0, std::round(0.7 * f.dpr * f.scale)));
      shore.setCosmetic(true);
      shore.setJoinStyle(Qt::RoundJoin);
      painter.setPen(shore);
      coastline->strokeShore(painter, view, f.tolerance, scratch);
    }
    if (world) {
      QPen edge(palette::coastline(), 1.0);
      edge.setCosmetic(true);
      painter.setPen(edge);
      painter.setBrush(Qt::NoBrush);
      painter.drawPath(worldOutline);
    }
    painter.resetTransform();
  }

  void lookOfDay(const Frame& f, DayNumber day) {
    frameLooks.clear();
    for (const TerritoryCache& t : territories) {
      const TerritoryState state = dataset->stateOf(*t.territory, day);
      frameLooks.push_back({state.period, state.alternative,
                            !f.selectedTerritory.empty() && t.territory->id == f.selectedTerritory});
    }
    frameBoundaries = dataset->boundariesOn(day);  // a handful, in data order
  }

  // The screen box a territory's drawing can touch, outlines included.
  QRectF territoryScreenBox(const Frame& f, const TerritoryCache& t) const {
    const double pad = 3.0 * f.scale + 2.0;
    return f.map.mapRect(t.shapes[f.projection].bounds()).adjusted(-pad, -pad, pad, pad);
  }

  QRectF boundaryScreenBox(const Frame& f, const Boundary* boundary) const {
    const auto index = static_cast<std::size_t>(boundary - dataset->boundaries().data());
    if (index >= boundaryPaths.size()) return {};
    const double pad = 4.0 * f.scale + 2.0;
    return f.map.mapRect(boundaryPaths[index][f.projection].controlPointRect())
        .adjusted(-pad, -pad, pad, pad);
  }

  void ensureComposite(const Frame& f, const CoastlineGeometry* coastline, QImage::Format format,
                       DayNumber day) {
    const BaseKey key{f.viewport.projection(),
                      f.viewport.centre(),
                      f.viewport.metresPerPixel(),
                      f.viewport.size(),
                      f.dpr,
                      f.scale,
                      coastline != nullptr ? &coastline->coastline() : nullptr,
                      dataset.get(),
                      format};
    lookOfDay(f, day);
    if (key == baseKey && !base.isNull()) {
      if (frameLooks == compositeLooks && frameBoundaries == compositeBoundaries) return;
      // Repaint only what changed: the boxes of territories whose look changed and of
      // boundaries that came into or went out of force.
      QRectF dirty;
      for (std::size_t i = 0; i < territories.size() && i < compositeLooks.size(); ++i)
        if (!(frameLooks[i] == compositeLooks[i])) dirty |= territoryScreenBox(f, territories[i]);
      for (const Boundary* b : frameBoundaries)
        if (std::find(compositeBoundaries.begin(), compositeBoundaries.end(), b) == compositeBoundaries.end())
          dirty |= boundaryScreenBox(f, b);
      for (const Boundary* b : compositeBoundaries)
        if (std::find(frameBoundaries.begin(), frameBoundaries.end(), b) == frameBoundaries.end())
          dirty |= boundaryScreenBox(f, b);
      dirty = dirty.intersected(f.screen).toAlignedRect();
      if (!dirty.isEmpty()) {
        QPainter painter(&base);
        painter.setClipRect(dirty);
        drawBase(painter, f, coastline, f.viewport.mapBounds(dirty));
        drawTerritories(painter, f, day, dirty);
        drawBoundaries(painter, f, dirty);
        painter.end();
        ++baseRepairs;
      }
      compositeLooks = frameLooks;
      compositeBoundaries = frameBoundaries;
      return;
    }
    const QSize pixels(static_cast<int>(std::lround(f.viewport.size().width() * f.dpr)),
                       static_cast<int>(std::lround(f.viewport.size().height() * f.dpr)));
    if (base.size() != pixels || base.format() != format) base = QImage(pixels, format);
    base.setDevicePixelRatio(f.dpr);
    QPainter painter(&base);
    drawBase(painter, f, coastline, f.view);
    drawTerritories(painter, f, day, f.screen);
    drawBoundaries(painter, f, f.screen);
    painter.end();
    baseKey = key;
    compositeLooks = frameLooks;
    compositeBoundaries = frameBoundaries;
    ++baseBuilds;
  }

  // Where land is, coarsely, for keeping callouts over the sea.
  void ensureMask(const Frame& f, const CoastlineGeometry* coastline) {
    const MaskKey key{f.viewport, coastline != nullptr ? &coastline->coastline() : nullptr, dataset.get()};
    if (key == maskKey) return;
    maskKey = key;
    constexpr int kCell = 4;
    mask.reset(f.viewport.size(), kCell);
    QPainter painter(&mask.image());
    painter.setTransform(f.map * QTransform::fromScale(1.0 / kCell, 1.0 / kCell));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const double tolerance = f.viewport.metresPerPixel() * kCell;
    if (coastline != nullptr) coastline->fillLand(painter, f.view, tolerance, scratch);
    for (TerritoryCache& t : territories) {
      LodPath& shape = t.shapes[f.projection];
      if (!shape.empty() && boundsRect(f.view).intersects(shape.bounds()))
        painter.drawPath(shape.at(tolerance));
    }
    painter.end();
    mask.finish();
  }

  // ---------------------------------------------------------------------------------------
  // Territories

  // Fills `path` (map coordinates under f.map) with a 45° pattern: thin lines of `a` for the
  // hatches, bands of `b` on `a` for stripes. Raster devices tile a small texture (cheap);
  // SVG has neither clipping nor pattern brushes in Qt 6.4, so vector devices get the strokes
  // cut out of the territory as geometry (exports only).
  void fillPattern(QPainter& painter, const Frame& f, const QPainterPath& path, Pattern pattern,
                   const QColor& a, const QColor& b = {}) {
    if (!f.vector) {
      QBrush brush = texture(pattern, a, pattern == Pattern::Stripes ? b : a, f);
      brush.setTransform(f.map.inverted());  // the pattern stays in screen pixels
      painter.setPen(Qt::NoPen);
      painter.setBrush(brush);
      painter.drawPath(path);
      return;
    }
    const QPainterPath screenPath = f.map.map(path);
    const QRectF box = screenPath.boundingRect().intersected(f.screen.adjusted(-10, -10, 10, 10));
    if (box.isEmpty()) return;
    const double step = 9.0 * f.scale;  // along x; the lines are step / sqrt(2) apart
    const double width = pattern == Pattern::Stripes ? step / 2.0 : 1.35 * f.scale * std::sqrt(2.0);
    if (pattern == Pattern::Stripes) {
      painter.save();
      painter.setPen(Qt::NoPen);
      painter.setBrush(a);
      painter.drawPath(path);
      painter.restore();
    }
    QPainterPath strokes;
    const double span = box.width() + box.height();
    for (double c = -span; c <= span; c += step) {
      QPolygonF strip;
      if (pattern == Pattern::HatchBackward) {
        const QPointF p0(box.left() + c, box.top());
        const QPointF p1(box.left() + c + span, box.top() + span);
        strip << p0 << p1 << p1 + QPointF(width, 0) << p0 + QPointF(width, 0);
      } else {
        const QPointF p0(box.left() + c, box.bottom());
        const QPointF p1(box.left() + c + span, box.bottom() - span);
        strip << p0 << p1 << p1 + QPointF(width, 0) << p0 + QPointF(width, 0);
      }
      if (strip.boundingRect().intersects(box)) strokes.addPolygon(strip);
    }
    const QPainterPath clipped = strokes.intersected(screenPath);
    painter.save();
    painter.resetTransform();
    painter.setPen(Qt::NoPen);
    painter.setBrush(pattern == Pattern::Stripes ? b : a);
    painter.drawPath(clipped);
    painter.restore();
  }

  // Territory fills, patterns and outlines, for the territories that reach `screenClip`.
  void drawTerritories(QPainter& painter, const Frame& f, DayNumber day, const QRectF& screenClip) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (TerritoryCache& t : territories) {
      LodPath& shape = t.shapes[f.projection];
      if (shape.empty() || !territoryScreenBox(f, t).intersects(screenClip)) continue;
      const TerritoryState state = dataset->stateOf(*t.territory, day);
      const TerritoryStyle style = styleOf(state);
      const QPainterPath& path = shape.at(f.tolerance);
      painter.setTransform(f.map);
      painter.setPen(Qt::NoPen);
      switch (style.kind) {
        case TerritoryStyle::Kind::Unknown:
          break;
        case TerritoryStyle::Kind::Single:
          painter.setBrush(palette::stateFill(style.first));
          painter.drawPath(path);
          break;
        case TerritoryStyle::Kind::Joint:
          fillPattern(painter, f, path, Pattern::Stripes, palette::stateFill(style.first),
                      palette::stateFill(style.second).darker(108));
          break;
        case TerritoryStyle::Kind::Uncertain:
          painter.setBrush(uncertainBase());
          painter.drawPath(path);
          fillPattern(painter, f, path, Pattern::HatchForward, palette::stateColour(style.first));
          fillPattern(painter, f, path, Pattern::HatchBackward, palette::stateColour(style.second));
          break;
      }
      const bool claimed = !style.claimant.isEmpty();
      if (claimed && style.kind != TerritoryStyle::Kind::Uncertain)
        fillPattern(painter, f, path, Pattern::HatchForward, palette::stateColour(style.claimant));
      painter.setTransform(f.map);
      painter.setBrush(Qt::NoBrush);
      if (claimed) {
        // Disputed: a dashed outline in the claimant's colour, wide enough to read.
        QPen pen(palette::stateColour(style.claimant).darker(115),
                 std::max(1.0, std::round(1.3 * f.dpr * f.scale)));
        pen.setCosmetic(true);
        pen.setDashPattern({4.0, 2.5});
        painter.setPen(pen);
        painter.drawPath(path);
      } else {
        // The shore only: an edge shared with a neighbour is drawn as a boundary or not at all.
        QPen pen(style.kind == TerritoryStyle::Kind::Unknown ? palette::coastline()
                                                             : palette::stateColour(style.first).darker(130),
                 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPath(t.outlines[f.projection].at(f.tolerance));
      }
      if (!f.selectedTerritory.empty() && t.territory->id == f.selectedTerritory) {
        QPen pen(palette::highlight(), std::max(1.0, std::round(2.0 * f.dpr * f.scale)));
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPath(path);
      }
    }
    painter.resetTransform();
  }

  void drawQuestionMarks(QPainter& painter, const Frame& f, DayNumber day) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const TerritoryCache& t : territories) {
      if (t.shapes[f.projection].empty()) continue;
      const TerritoryStyle style = styleOf(dataset->stateOf(*t.territory, day));
      if (style.kind != TerritoryStyle::Kind::Uncertain) continue;
      // On small islands a badge would hide them; their label carries it instead.
      const QRectF box = f.map.mapRect(t.shapes[f.projection].bounds());
      if (std::min(box.width(), box.height()) < 60.0 * f.scale) continue;
      const QPointF at = f.viewport.toScreen(t.label[f.projection]);
      if (!f.screen.contains(at)) continue;
      const double r = 8.0 * f.scale;
      painter.setPen(QPen(palette::text(), 1.2 * f.scale));
      painter.setBrush(Qt::white);
      painter.drawEllipse(at, r, r);
      painter.setFont(f.fonts->question);
      painter.setPen(palette::text());
      painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("?"));
      placer.occupy(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
    }
  }

  // ---------------------------------------------------------------------------------------
  // Boundaries

  // The boundaries in force (frameBoundaries) that reach `screenClip`.
  void drawBoundaries(QPainter& painter, const Frame& f, const QRectF& screenClip) {
    const auto all = dataset->boundaries();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (const Boundary* boundary : frameBoundaries) {
      const auto index = static_cast<std::size_t>(boundary - all.data());
      if (index >= boundaryPaths.size()) continue;
      const QPainterPath& path = boundaryPaths[index][f.projection];
      if (path.isEmpty() || !boundaryScreenBox(f, boundary).intersects(screenClip)) continue;
      // A boundary has a few vertices: wide strokes cost nothing here.
      const QPainterPath screenPath = f.map.map(path);
      painter.resetTransform();
      QPen casing(withAlpha(Qt::white, 0.85), 4.2 * f.scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
      QPen line(boundaryColour(), 2.0 * f.scale, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
      if (boundary->schematic) {
        line.setDashPattern({3.0, 2.5});
        casing.setColor(withAlpha(Qt::white, 0.6));
      }
      painter.setPen(casing);
      painter.drawPath(screenPath);
      painter.setPen(line);
      painter.drawPath(screenPath);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Events

  static DayNumber distanceInDays(const Event& event, DayNumber day) {
    if (day < event.date.earliest()) return event.date.earliest() - day;
    if (day > event.date.latest()) return day - event.date.latest();
    return 0;
  }

  void collectMarkers(const Frame& f, DayNumber day) {
    markers.clear();
    dataset->eventIndicesIn(DayRange{day - kFadeDays, day + kFadeDays}, eventScratch);
    const auto events = dataset->events();
    const QRectF screen = f.screen;
    for (std::size_t index : eventScratch) {
      const Event& event = events[index];
      if (!event.location) continue;
      const Vec2& point = f.projection == 0 ? event.region : event.world;
      if (!finite(point)) continue;
      const QPointF at = f.viewport.toScreen(point);
      const DayNumber distance = distanceInDays(event, day);
      const bool near = distance <= kNearDays;
      Marker marker;
      marker.eventIndex = index;
      marker.position = at;
      marker.near = near;
      marker.daysAway = distance;
      marker.radius = (near ? 6.5 : 4.0) * f.scale;
      marker.onScreen =
          screen.adjusted(-marker.radius, -marker.radius, marker.radius, marker.radius).contains(at);
      if (!marker.onScreen && !near) continue;
      markers.push_back(marker);
    }
    // Faded ones first, the day's events on top.
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker& a, const Marker& b) { return a.near < b.near; });
  }

  void drawMarkers(QPainter& painter, const Frame& f, DayNumber day) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.resetTransform();
    const auto events = dataset->events();
    for (const Marker& marker : markers) {
      if (!marker.onScreen) continue;
      const Event& event = events[marker.eventIndex];
      const QColor colour = palette::categoryColour(event.category);
      const DayNumber distance = distanceInDays(event, day);
      const double fade =
          marker.near ? 1.0 : 0.8 - 0.65 * static_cast<double>(distance) / static_cast<double>(kFadeDays);
      const bool later = event.date.earliest() > day;
      if (event.date.isImprecise()) {
        const double halo = marker.radius * 2.6;
        QRadialGradient gradient(marker.position, halo);
        gradient.setColorAt(0.0, withAlpha(colour, 0.45 * fade));
        gradient.setColorAt(1.0, withAlpha(colour, 0.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawEllipse(marker.position, halo, halo);
      }
      if (later) {
        // Not yet happened: a ring.
        QPen ring(withAlpha(colour, fade), 1.6 * f.scale);
        painter.setPen(ring);
        painter.setBrush(withAlpha(Qt::white, 0.6 * fade));
      } else {
        painter.setPen(QPen(withAlpha(Qt::white, fade), 1.2 * f.scale));
        painter.setBrush(withAlpha(colour, fade));
      }
      painter.drawEllipse(marker.position, marker.radius, marker.radius);
      if (!f.options->selectedEventId.isEmpty() && f.options->selectedEventId == qs(event.id)) {
        painter.setPen(QPen(palette::highlight(), 2.0 * f.scale));
        painter.setBrush(Qt::NoBrush);
        const double r = marker.radius + 4.0 * f.scale;
        painter.drawEllipse(marker.position, r, r);
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Labels

  struct LabelText {
    QString title;
    QString detail;
    bool question = false;  // an uncertain day or a transition: a "?" badge before the title
  };

  static QSizeF labelBoxSize(const QFont& titleFont, const QFont& detailFont, const LabelText& text,
                             double scale) {
    const QFontMetricsF title(titleFont);
    const QFontMetricsF detail(detailFont);
    double width = title.horizontalAdvance(text.title) + (text.question ? title.height() + 3.0 * scale : 0.0);
    double height = title.height();
    if (!text.detail.isEmpty()) {
      width = std::max(width, detail.horizontalAdvance(text.detail));
      height += detail.height();
    }
    return {width + 10.0 * scale, height + 6.0 * scale};
  }

  static void drawLabelBox(QPainter& painter, const QRectF& rect, const QFont& titleFont,
                           const QFont& detailFont, const LabelText& text, const QColor& accent, double scale,
                           double opacity = 1.0) {
    painter.setPen(QPen(withAlpha(accent, 0.9 * opacity), 1.0));
    painter.setBrush(withAlpha(Qt::white, 0.86 * opacity));
    painter.drawRoundedRect(rect, 3.0 * scale, 3.0 * scale);
    const QFontMetricsF title(titleFont);
    const QRectF inner = rect.adjusted(5.0 * scale, 3.0 * scale, -5.0 * scale, -3.0 * scale);
    double titleLeft = inner.left();
    if (text.question) {
      const double d = title.height() * 0.92;
      const QRectF badge(inner.left(), inner.top() + (title.height() - d) / 2.0, d, d);
      painter.setPen(Qt::NoPen);
      painter.setBrush(palette::text());
      painter.drawEllipse(badge);
      QFont bold = titleFont;
      bold.setPixelSize(std::max(1, static_cast<int>(std::lround(d * 0.8))));
      painter.setFont(bold);
      painter.setPen(Qt::white);
      painter.drawText(badge, Qt::AlignCenter, QStringLiteral("?"));
      titleLeft += title.height() + 3.0 * scale;
    }
    painter.setPen(withAlpha(palette::text(), opacity));
    painter.setFont(titleFont);
    painter.drawText(QRectF(titleLeft, inner.top(), inner.right() - titleLeft, title.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text.title);
    if (!text.detail.isEmpty()) {
      painter.setFont(detailFont);
      painter.setPen(withAlpha(palette::mutedText(), opacity));
      painter.drawText(
          QRectF(inner.left(), inner.top() + title.height(), inner.width(), inner.height() - title.height()),
          Qt::AlignLeft | Qt::AlignVCenter, text.detail);
    }
  }

  static QPointF nearestPoint(const QRectF& rect, QPointF p) {
    return {std::clamp(p.x(), rect.left(), rect.right()), std::clamp(p.y(), rect.top(), rect.bottom())};
  }

  static void drawLeader(QPainter& painter, QPointF from, const QRectF& to, double scale) {
    const QPointF end = nearestPoint(to, from);
    painter.setPen(QPen(withAlpha(palette::text(), 0.75), 1.0));
    painter.drawLine(from, end);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette::text());
    painter.drawEllipse(from, 2.0 * scale, 2.0 * scale);
  }

  void drawTerritoryLabels(QPainter& painter, const Frame& f, DayNumber day) {
    const Fonts& font = *f.fonts;
    const double s = f.scale;
    struct Pending {
      TerritoryCache* cache;
      LabelText text;
      QSizeF size;
      QPointF anchor;
      QRectF box;  // the territory's screen bounds
      QColor accent;
      bool inside;
      bool context;
    };
    std::vector<Pending> pending;  // a few territories per frame
    pending.reserve(territories.size());
    const bool zoomedIn = f.viewport.metresPerPixel() < 120.0;
    // On a map of the whole world the territories are specks: labels would only hide the
    // events; tooltips and the legend tell the rest.
    if (f.viewport.metresPerPixel() > 6000.0) return;
    for (TerritoryCache& t : territories) {
      LodPath& shape = t.shapes[f.projection];
      if (shape.empty()) continue;
      const QRectF box = f.map.mapRect(shape.bounds());
      if (!box.intersects(f.screen)) continue;
      const double extent = std::max(box.width(), box.height());
      if (extent < 3.0) continue;  // a dot on a world map: the legend and tooltips do
      QPointF anchor = f.viewport.toScreen(t.label[f.projection]);
      if (!f.screen.contains(anchor)) anchor = nearestPoint(f.screen.adjusted(8, 8, -8, -8), anchor);
      const TerritoryState state = dataset->stateOf(*t.territory, day);
      const TerritoryStyle style = styleOf(state);
      Pending p{&t, {}, {}, anchor, box, palette::stateColour(style.first), false, t.territory->contextOnly};
      p.text.title = qs(t.territory->namesOn(day).label(f.language, f.order));  // Karafuto in 1930
      if (!p.context) p.text.detail = describeTerritoryState(*dataset, state, f.language);
      p.text.question = style.kind == TerritoryStyle::Kind::Uncertain;
      if (style.kind == TerritoryStyle::Kind::Unknown) p.accent = palette::coastline();
      p.size = labelBoxSize(font.name, font.state, p.text, s);
      // On the territory only when it is large on screen and its parts are not labelled.
      const bool partsLabelled = zoomedIn && !t.parts.empty();
      p.inside = !partsLabelled && box.width() > 2.2 * p.size.width() && box.height() > 3.5 * p.size.height();
      pending.push_back(std::move(p));
    }
    // Labels that sit on their territory first, then callouts from the smallest territory up.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
      if (a.inside != b.inside) return a.inside;
      return a.box.width() * a.box.height() < b.box.width() * b.box.height();
    });
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (Pending& p : pending) {
      candidates.clear();
      if (p.inside) {
        const QRectF centred(p.anchor - QPointF(p.size.width() / 2, p.size.height() / 2), p.size);
        candidates.push_back(centred);
        candidates.push_back(centred.translated(0, p.size.height()));
        candidates.push_back(centred.translated(0, -p.size.height()));
      }
      // Callouts beside the territory's box, or beside the anchor when the box is huge.
      const QRectF target = (p.box.width() > f.screen.width() / 3 || p.box.height() > f.screen.height() / 3)
                                ? QRectF(p.anchor - QPointF(6 * s, 6 * s), QSizeF(12 * s, 12 * s))
                                : p.box;
      calloutCandidates(target, p.size, 14.0 * s, candidates);
      const int chosen = placer.place(candidates, p.inside ? 0.0 : 3.0, true);
      if (chosen < 0) continue;
      const QRectF rect = candidates[static_cast<std::size_t>(chosen)];
      const bool onAnchor = rect.contains(p.anchor);
      if (!onAnchor) drawLeader(painter, p.anchor, rect, s);
      if (p.context) {
        painter.setFont(font.name);
        painter.setPen(palette::mutedText());
        painter.drawText(rect, Qt::AlignCenter, p.text.title);
      } else {
        drawLabelBox(painter, rect, font.name, font.state, p.text, p.accent, s);
      }
    }
    if (zoomedIn) drawPartLabels(painter, f);
  }

  void drawPartLabels(QPainter& painter, const Frame& f) {
    const double s = f.scale;
    const QFontMetricsF metrics(f.fonts->part);
    for (const TerritoryCache& t : territories) {
      for (const PartCache& part : t.parts) {
        const QRectF box = f.map.mapRect(part.bounds[f.projection]);
        if (!box.intersects(f.screen)) continue;
        const QString text = qs(part.part->names.label(f.language, f.order));
        const QSizeF size(metrics.horizontalAdvance(text) + 6.0 * s, metrics.height() + 2.0 * s);
        const QPointF anchor = f.viewport.toScreen(part.label[f.projection]);
        candidates.clear();
        calloutCandidates(box, size, 4.0 * s, candidates);
        const int chosen = placer.place(candidates, 1.5, false);
        if (chosen < 0) continue;
        const QRectF rect = candidates[static_cast<std::size_t>(chosen)];
        if (!rect.contains(anchor) && QLineF(anchor, nearestPoint(rect, anchor)).length() > 12.0 * s)
          drawLeader(painter, anchor, rect, 0.7 * s);
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(Qt::white, 0.7));
        painter.drawRoundedRect(rect, 2.0 * s, 2.0 * s);
        painter.setFont(f.fonts->part);
        painter.setPen(palette::text());
        painter.drawText(rect, Qt::AlignCenter, text);
      }
    }
  }

  // Where the arrow for an event outside the view goes: on the view's inner edge, on the
  // line from the centre towards the event.
  static std::optional<QPointF> edgePoint(const Frame& f, QPointF target) {
    const double s = f.scale;
    const QRectF inner = f.screen.adjusted(18 * s, 18 * s, -18 * s, -18 * s);
    const QPointF centre = inner.center();
    const QPointF direction = target - centre;
    if (direction.isNull() || inner.isEmpty()) return std::nullopt;
    double t = 1e18;
    if (direction.x() > 0) t = std::min(t, (inner.right() - centre.x()) / direction.x());
    if (direction.x() < 0) t = std::min(t, (inner.left() - centre.x()) / direction.x());
    if (direction.y() > 0) t = std::min(t, (inner.bottom() - centre.y()) / direction.y());
    if (direction.y() < 0) t = std::min(t, (inner.top() - centre.y()) / direction.y());
    return centre + direction * t;
  }

  void drawEventLabels(QPainter& painter, const Frame& f) {
    const double s = f.scale;
    const auto events = dataset->events();
    const QFontMetricsF titleMetrics(f.fonts->event);
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Arrows first, so that no label covers one; events at one place share an arrow.
    arrows.clear();
    for (Marker& marker : markers) {
      if (!marker.near || marker.onScreen) continue;
      const auto tip = edgePoint(f, marker.position);
      if (!tip) continue;
      marker.arrowTip = *tip;
      const bool shared = std::any_of(arrows.begin(), arrows.end(), [&](const Arrow& a) {
        return QLineF(a.tip, *tip).length() < 24.0 * s;
      });
      if (shared) continue;
      arrows.push_back({*tip, marker.position - f.screen.center(),
                        palette::categoryColour(events[marker.eventIndex].category)});
      const double r = 11.0 * s;
      placer.occupy(QRectF(*tip - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    for (const Arrow& arrow : arrows) drawEdgeArrow(painter, arrow.tip, arrow.direction, arrow.colour, s);

    // Events on the map first, then those nearest to the day in time.
    labelOrder.clear();
    for (std::size_t i = 0; i < markers.size(); ++i)
      if (markers[i].near) labelOrder.push_back(i);
    std::stable_sort(labelOrder.begin(), labelOrder.end(), [&](std::size_t a, std::size_t b) {
      if (markers[a].onScreen != markers[b].onScreen) return markers[a].onScreen;
      return markers[a].daysAway < markers[b].daysAway;
    });
    int labelled = 0;
    for (const std::size_t index : labelOrder) {
      const Marker& marker = markers[index];
      if (labelled >= kMaxEventLabels) break;
      const Event& event = events[marker.eventIndex];
      LabelText text;
      text.title = titleMetrics.elidedText(qs(event.title.get(f.language)), Qt::ElideRight, 300.0 * s);
      text.detail = qs(formatEdtf(event.date, f.language));
      const QSizeF size = labelBoxSize(f.fonts->event, f.fonts->eventDate, text, s);
      const QColor colour = palette::categoryColour(event.category);
      candidates.clear();
      const QPointF at = marker.onScreen ? marker.position : marker.arrowTip;
      const double r = marker.onScreen ? marker.radius : 11.0 * s;
      calloutCandidates(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), size, 4.0 * s, candidates);
      candidates.resize(std::min<std::size_t>(candidates.size(), 24));
      const int chosen = placer.place(candidates, 0.0, false);
      if (chosen < 0) continue;
      drawEventBox(painter, candidates[static_cast<std::size_t>(chosen)], text, colour, f);
      ++labelled;
    }
  }

  static void drawEdgeArrow(QPainter& painter, QPointF tip, QPointF direction, const QColor& colour,
                            double s) {
    const double length = std::hypot(direction.x(), direction.y());
    const QPointF u = direction / length;
    const QPointF n(-u.y(), u.x());
    const double size = 11.0 * s;
    QPolygonF arrow;
    arrow << tip << tip - u * size + n * size * 0.55 << tip - u * size - n * size * 0.55;
    painter.setPen(QPen(Qt::white, 1.5 * s));
    painter.setBrush(colour);
    painter.drawPolygon(arrow);
  }

  static void drawEventBox(QPainter& painter, const QRectF& rect, const LabelText& text, const QColor& colour,
                           const Frame& f) {
    drawLabelBox(painter, rect, f.fonts->event, f.fonts->eventDate, text, colour, f.scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(
        QRectF(rect.left(), rect.top() + 2 * f.scale, 3.0 * f.scale, rect.height() - 4 * f.scale));
  }

  // ---------------------------------------------------------------------------------------
  // Overlays: date stamp, legend, scale bar, credit.

  QRectF dateStampRect(const Frame& f, const QString& date, const QString& detail) const {
    const double s = f.scale;
    const QFontMetricsF big(f.fonts->date);
    const QFontMetricsF small(f.fonts->dateDetail);
    double width = big.horizontalAdvance(date);
    double height = big.height();
    if (!detail.isEmpty()) {
      width = std::max(width, small.horizontalAdvance(detail));
      height += small.height();
    }
    return {12.0 * s, 12.0 * s, width + 20.0 * s, height + 12.0 * s};
  }

  static void drawPanel(QPainter& painter, const QRectF& rect, double s) {
    painter.setPen(QPen(withAlpha(palette::coastline(), 0.8), 1.0));
    painter.setBrush(withAlpha(Qt::white, 0.9));
    painter.drawRoundedRect(rect, 4.0 * s, 4.0 * s);
  }

  void drawDateStamp(QPainter& painter, const Frame& f, const QRectF& rect, const QString& date,
                     const QString& detail) const {
    const double s = f.scale;
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawPanel(painter, rect, s);
    const QFontMetricsF big(f.fonts->date);
    const QRectF inner = rect.adjusted(10 * s, 6 * s, -10 * s, -6 * s);
    painter.setFont(f.fonts->date);
    painter.setPen(palette::text());
    painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), big.height())),
                     Qt::AlignLeft | Qt::AlignVCenter, date);
    if (!detail.isEmpty()) {
      painter.setFont(f.fonts->dateDetail);
      painter.setPen(palette::mutedText());
      painter.drawText(
          QRectF(inner.left(), inner.top() + big.height(), inner.width(), inner.height() - big.height()),
          Qt::AlignLeft | Qt::AlignVCenter, detail);
    }
  }

  static QString dateDetail(DayNumber day, Language language) {
    QStringList parts;
    if (auto era = formatJapaneseEra(day, language)) parts.append(qs(*era));
    if (auto oldStyle = formatOldStyle(day, language)) parts.append(qs(*oldStyle));
    return parts.join(QStringLiteral(" · "));
  }

  // The legend, two columns: how territories and lines are drawn | event categories.
  struct LegendLayout {
    double rowHeight;
    double swatch;
    double columnWidth[2];
    double padding;
    int rows[2];
  };

  LegendLayout legendLayout(const Frame& f) const {
    const double s = f.scale;
    const QFontMetricsF text(f.fonts->legend);
    const QFontMetricsF title(f.fonts->legendTitle);
    LegendLayout l{};
    l.rowHeight = std::max(text.height(), 12.0 * s) + 4.0 * s;
    l.swatch = 18.0 * s;
    l.padding = 8.0 * s;
    const Language lang = f.language;
    double left = title.horizontalAdvance(mapPhrase(MapPhrase::LegendAdministered, lang));
    for (const State& state : dataset->states())
      left =
          std::max(left, text.horizontalAdvance(stateShortName(*dataset, state.id, lang)) + l.swatch + 6 * s);
    for (MapPhrase p : {MapPhrase::LegendClaimed, MapPhrase::LegendDisputed, MapPhrase::LegendJoint,
                        MapPhrase::LegendUncertain, MapPhrase::LegendBoundary, MapPhrase::LegendSchematic})
      left = std::max(left, text.horizontalAdvance(mapPhrase(p, lang)) + l.swatch + 6 * s);
    double right = title.horizontalAdvance(mapPhrase(MapPhrase::LegendEvents, lang));
    for (int c = 0; c < kEventCategoryCount; ++c)
      right = std::max(right, text.horizontalAdvance(eventCategoryName(static_cast<EventCategory>(c), lang)) +
                                  l.swatch + 6 * s);
    for (MapPhrase p : {MapPhrase::LegendImprecise, MapPhrase::LegendLater})
      right = std::max(right, text.horizontalAdvance(mapPhrase(p, lang)) + l.swatch + 6 * s);
    l.columnWidth[0] = left;
    l.columnWidth[1] = right;
    l.rows[0] = 1 + static_cast<int>(dataset->states().size()) + 6;
    l.rows[1] = 1 + kEventCategoryCount + 2;
    return l;
  }

  QSizeF legendSizeFor(const Frame& f) const {
    const LegendLayout l = legendLayout(f);
    const int rows = std::max(l.rows[0], l.rows[1]);
    return {l.columnWidth[0] + l.columnWidth[1] + 3 * l.padding + 6.0 * f.scale,
            rows * l.rowHeight + 2 * l.padding};
  }

  void paintLegend(QPainter& painter, const Frame& f, const QRectF& rect) {
    const double s = f.scale;
    const LegendLayout l = legendLayout(f);
    const Language lang = f.language;
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawPanel(painter, rect, s);
    const QFontMetricsF text(f.fonts->legend);
    auto rowRect = [&](int column, int row) {
      const double x = rect.left() + l.padding + (column == 0 ? 0.0 : l.columnWidth[0] + l.padding + 6.0 * s);
      return QRectF(x, rect.top() + l.padding + row * l.rowHeight, l.columnWidth[column], l.rowHeight);
    };
    auto swatchRect = [&](const QRectF& row) {
      return QRectF(row.left(), row.center().y() - 0.35 * l.swatch, l.swatch, 0.7 * l.swatch);
    };
    auto caption = [&](const QRectF& row, const QString& words) {
      painter.setFont(f.fonts->legend);
      painter.setPen(palette::text());
      painter.drawText(row.adjusted(l.swatch + 6 * s, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, words);
    };
    auto heading = [&](const QRectF& row, const QString& words) {
      painter.setFont(f.fonts->legendTitle);
      painter.setPen(palette::text());
      painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, words);
    };
    auto swatchPath = [&](const QRectF& r) {
      QPainterPath path;
      path.addRect(r);
      return path;
    };
    Frame flat = f;
    flat.map = QTransform();  // swatches are drawn in screen pixels

    int row = 0;
    heading(rowRect(0, row++), mapPhrase(MapPhrase::LegendAdministered, lang));
    for (const State& state : dataset->states()) {
      const QRectF r = rowRect(0, row++);
      painter.setPen(QPen(palette::stateColour(qs(state.id)).darker(130), 1.0));
      painter.setBrush(palette::stateFill(qs(state.id)));
      painter.drawRect(swatchRect(r));
      caption(r, stateShortName(*dataset, state.id, lang));
    }
    // Samples drawn in the first two states' colours of the states layer.
    const QString first = palette::sampleState(0);
    const QString second = palette::sampleState(1);
    const QColor neutral = palette::stateFill(second);
    {  // claimed: a fill with the claimant's hatching (the first state's colour on the second's fill)
      const QRectF r = rowRect(0, row++);
      const QRectF sw = swatchRect(r);
      painter.setPen(Qt::NoPen);
      painter.setBrush(neutral);
      painter.drawRect(sw);
      fillPattern(painter, flat, swatchPath(sw), Pattern::HatchForward, palette::stateColour(first));
      caption(r, mapPhrase(MapPhrase::LegendClaimed, lang));
    }
    {  // disputed: dashed outline
      const QRectF r = rowRect(0, row++);
      QPen pen(palette::stateColour(first).darker(115), std::max(1.0, 1.3 * s));
      pen.setDashPattern({4.0, 2.5});
      painter.setPen(pen);
      painter.setBrush(neutral);
      painter.drawRect(swatchRect(r).adjusted(1, 1, -1, -1));
      caption(r, mapPhrase(MapPhrase::LegendDisputed, lang));
    }
    {  // joint: stripes of both
      const QRectF r = rowRect(0, row++);
      const QRectF sw = swatchRect(r);
      fillPattern(painter, flat, swatchPath(sw), Pattern::Stripes, palette::stateFill(first),
                  palette::stateFill(second).darker(108));
      caption(r, mapPhrase(MapPhrase::LegendJoint, lang));
    }
    {  // uncertain: cross-hatching and "?"
      const QRectF r = rowRect(0, row++);
      const QRectF sw = swatchRect(r);
      painter.setPen(Qt::NoPen);
      painter.setBrush(uncertainBase());
      painter.drawRect(sw);
      fillPattern(painter, flat, swatchPath(sw), Pattern::HatchForward, palette::stateColour(first));
      fillPattern(painter, flat, swatchPath(sw), Pattern::HatchBackward, palette::stateColour(second));
      painter.setFont(f.fonts->question);
      painter.setPen(palette::text());
      painter.drawText(sw, Qt::AlignCenter, QStringLiteral("?"));
      caption(r, mapPhrase(MapPhrase::LegendUncertain, lang));
    }
    for (const bool schematic : {false, true}) {
      const QRectF r = rowRect(0, row++);
      const QRectF sw = swatchRect(r);
      QPen line(boundaryColour(), 2.0 * s, Qt::SolidLine, Qt::FlatCap);
      if (schematic) line.setDashPattern({3.0, 2.5});
      painter.setPen(line);
      painter.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
      caption(r, mapPhrase(schematic ? MapPhrase::LegendSchematic : MapPhrase::LegendBoundary, lang));
    }

    row = 0;
    heading(rowRect(1, row++), mapPhrase(MapPhrase::LegendEvents, lang));
    const double radius = 5.0 * s;
    for (int c = 0; c < kEventCategoryCount; ++c) {
      const QRectF r = rowRect(1, row++);
      const auto category = static_cast<EventCategory>(c);
      painter.setPen(QPen(Qt::white, 1.2 * s));
      painter.setBrush(palette::categoryColour(category));
      painter.drawEllipse(QPointF(r.left() + l.swatch / 2, r.center().y()), radius, radius);
      caption(r, eventCategoryName(category, lang));
    }
    {
      const QRectF r = rowRect(1, row++);
      const QPointF c(r.left() + l.swatch / 2, r.center().y());
      QRadialGradient gradient(c, radius * 2.2);
      const QColor colour = palette::categoryColour(EventCategory::Diplomacy);
      gradient.setColorAt(0.0, withAlpha(colour, 0.5));
      gradient.setColorAt(1.0, withAlpha(colour, 0.0));
      painter.setPen(Qt::NoPen);
      painter.setBrush(gradient);
      painter.drawEllipse(c, radius * 2.2, radius * 2.2);
      painter.setPen(QPen(Qt::white, 1.2 * s));
      painter.setBrush(colour);
      painter.drawEllipse(c, radius * 0.8, radius * 0.8);
      caption(r, mapPhrase(MapPhrase::LegendImprecise, lang));
    }
    {
      const QRectF r = rowRect(1, row++);
      painter.setPen(QPen(palette::categoryColour(EventCategory::Treaty), 1.6 * s));
      painter.setBrush(withAlpha(Qt::white, 0.6));
      painter.drawEllipse(QPointF(r.left() + l.swatch / 2, r.center().y()), radius * 0.8, radius * 0.8);
      caption(r, mapPhrase(MapPhrase::LegendLater, lang));
    }
    Q_UNUSED(text);
  }

  void drawLegend(QPainter& painter, const Frame& f, const QRectF& rect) {
    painter.resetTransform();
    if (f.vector) {
      paintLegend(painter, f, rect);
      return;
    }
    // The legend changes only with the language, scale and resolution: paint it once.
    const LegendKey key{f.language, f.scale, f.dpr, dataset.get()};
    if (!(key == legendKey) || legendImage.isNull()) {
      const QSize pixels(static_cast<int>(std::ceil(rect.width() * f.dpr)) + 2,
                         static_cast<int>(std::ceil(rect.height() * f.dpr)) + 2);
      legendImage = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
      legendImage.setDevicePixelRatio(f.dpr);
      legendImage.fill(Qt::transparent);
      QPainter p(&legendImage);
      paintLegend(p, f, QRectF(QPointF(0.5, 0.5), rect.size()));
      p.end();
      legendKey = key;
    }
    painter.drawImage(rect.topLeft() - QPointF(0.5, 0.5), legendImage);
  }

  // True ground metres per logical pixel at the view's centre (the conic projection's scale
  // varies a little with latitude), measured along a short geodesic.
  double groundMetresPerPixel(const MapViewport& viewport) {
    if (viewport == scaleBarViewport && scaleBarMetresPerPixel > 0.0) return scaleBarMetresPerPixel;
    scaleBarViewport = viewport;
    scaleBarMetresPerPixel = 0.0;
    Projector& p = projector(viewport.projection());
    const QPointF centre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    const QPointF a = viewport.toMap(centre - QPointF(50, 0));
    const QPointF b = viewport.toMap(centre + QPointF(50, 0));
    const auto ga = p.inverse(Vec2{a.x(), a.y()});
    const auto gb = p.inverse(Vec2{b.x(), b.y()});
    if (ga && gb) {
      const double metres = QGeoCoordinate(ga->lat, ga->lon).distanceTo(QGeoCoordinate(gb->lat, gb->lon));
      if (std::isfinite(metres) && metres > 0.0) scaleBarMetresPerPixel = metres / 100.0;
    }
    return scaleBarMetresPerPixel;
  }

  QRectF scaleBarRect(const Frame& f, double& barPixels, QString& label) {
    const double s = f.scale;
    barPixels = 0.0;
    if (f.viewport.projection() == MapProjection::World) return {};  // no single scale on a world map
    const double groundPerPixel = groundMetresPerPixel(f.viewport);
    if (!(groundPerPixel > 0.0)) return {};
    const double target = 140.0 * s * groundPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double nice = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
      if (m * magnitude <= target) nice = m * magnitude;
    barPixels = nice / groundPerPixel;
    const double km = nice / 1000.0;
    label = (km >= 1.0 ? QString::number(km, 'g', 6) : QString::number(km, 'f', 1)) + QLatin1Char(' ') +
            mapPhrase(MapPhrase::Kilometres, f.language);
    const QFontMetricsF metrics(f.fonts->small);
    const double height = metrics.height() + 12.0 * s;
    return {12.0 * s, f.screen.height() - 12.0 * s - height, barPixels + 16.0 * s, height};
  }

  void drawScaleBar(QPainter& painter, const Frame& f, const QRectF& rect, double barPixels,
                    const QString& label) {
    const double s = f.scale;
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawPanel(painter, rect, s);
    const QFontMetricsF metrics(f.fonts->small);
    const double x0 = rect.left() + 8 * s;
    const double y = rect.bottom() - 5 * s;
    painter.setPen(QPen(palette::text(), 1.5 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x0, y), QPointF(x0 + barPixels, y));
    painter.drawLine(QPointF(x0, y), QPointF(x0, y - 5 * s));
    painter.drawLine(QPointF(x0 + barPixels, y), QPointF(x0 + barPixels, y - 5 * s));
    painter.setFont(f.fonts->small);
    painter.drawText(QRectF(x0, rect.top() + 2 * s, barPixels, metrics.height()), Qt::AlignCenter, label);
  }
};

// -----------------------------------------------------------------------------------------

MapRenderer::MapRenderer(const AtlasDocument& document, const DisplaySettings& settings)
    : m_impl(std::make_unique<Impl>(document, settings)) {}

MapRenderer::~MapRenderer() = default;

void MapRenderer::invalidate() {
  m_impl->clear();
  m_impl->dataset.reset();
}

CoastlineLevel MapRenderer::preferredCoastlineLevel(const MapViewport& viewport, double devicePixelRatio) {
  if (viewport.projection() == MapProjection::World) return CoastlineLevel::World;
  // GSHHG's intermediate level keeps detail to about 1 km, high to 200 m; full is the
  // source. A level is good enough while its detail stays under about two device pixels.
  const double devicePixelMetres = viewport.metresPerPixel() / std::max(1.0, devicePixelRatio);
  if (devicePixelMetres >= 500.0) return CoastlineLevel::Intermediate;
  if (devicePixelMetres >= 150.0) return CoastlineLevel::High;
  return CoastlineLevel::Full;
}

void MapRenderer::render(QPainter& painter, const MapViewport& viewport, DayNumber day,
                         const RenderOptions& options) {
  Impl& d = *m_impl;
  d.sync();
  if (!viewport.isValid()) return;
  painter.save();

  Frame f;
  f.viewport = viewport;
  f.options = &options;
  f.selectedTerritory = options.selectedTerritoryId.toStdString();
  f.scale = std::clamp(options.scale, 0.25, 8.0);
  QPaintDevice* device = painter.device();
  f.dpr = device != nullptr ? std::max(1.0, device->devicePixelRatio()) : 1.0;
  f.vector = painter.paintEngine() == nullptr || painter.paintEngine()->type() != QPaintEngine::Raster;
  f.projection = slot(viewport.projection());
  f.map = viewport.transform();
  f.tolerance = 0.5 * viewport.metresPerPixel() / f.dpr;
  f.screen = QRectF(QPointF(0, 0), QSizeF(viewport.size()));
  f.view = viewport.mapBounds(f.screen.adjusted(-4, -4, 4, 4));
  f.language = d.settings.language();
  f.order = d.settings.namingOrder();
  if (d.fonts.language != f.language || d.fonts.scale != f.scale) d.fonts = makeFonts(f.language, f.scale);
  f.fonts = &d.fonts;

  std::optional<CoastlineLevel> level;
  const CoastlineGeometry* coastline = d.chooseCoastline(f, level);
  d.lastLevel = level;

  if (f.vector) {
    d.drawBase(painter, f, coastline, f.view);
  } else {
    QImage::Format format = QImage::Format_ARGB32_Premultiplied;
    if (auto* image = dynamic_cast<QImage*>(device);
        image != nullptr &&
        (image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32))
      format = image->format() == QImage::Format_RGB32 ? QImage::Format_RGB32 : format;
    if (d.dataset) {
      d.ensureComposite(f, coastline, format, day);
    } else {
      d.base = QImage(QSize(static_cast<int>(std::lround(viewport.size().width() * f.dpr)),
                            static_cast<int>(std::lround(viewport.size().height() * f.dpr))),
                      format);
      d.base.setDevicePixelRatio(f.dpr);
      d.baseKey = {};
      QPainter base(&d.base);
      d.drawBase(base, f, coastline, f.view);
    }
    painter.resetTransform();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPointF(0, 0), d.base);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
  }

  d.markers.clear();
  d.lastLegend = {};
  d.lastDate = {};
  if (!d.dataset) {
    painter.restore();
    return;
  }
  d.ensureMask(f, coastline);

  // Fixed furniture first: its rectangles are obstacles for the labels.
  const double s = f.scale;
  QString dateText;
  QString detailText;
  QRectF dateRect;
  if (options.dateStamp) {
    dateText = qs(formatDay(day, f.language));
    detailText = Impl::dateDetail(day, f.language);
    dateRect = d.dateStampRect(f, dateText, detailText);
  }
  QRectF creditRect;
  const QString credit = mapPhrase(MapPhrase::Credit, f.language);
  if (options.credit) {
    const QFontMetricsF metrics(d.fonts.small);
    const QSizeF size(metrics.horizontalAdvance(credit) + 8 * s, metrics.height() + 2 * s);
    creditRect = QRectF(
        QPointF(f.screen.right() - 8 * s - size.width(), f.screen.bottom() - 4 * s - size.height()), size);
  }
  QRectF legendRect;
  Frame legendFrame = f;  // the legend shrinks to fit a small view
  if (options.legend) {
    QSizeF size = d.legendSizeFor(f);
    const double fit =
        std::min({1.0, 0.5 * f.screen.width() / size.width(), 0.55 * f.screen.height() / size.height()});
    if (fit < 1.0 && fit >= 0.55) {
      legendFrame.scale = f.scale * fit;
      if (d.legendFonts.language != f.language || d.legendFonts.scale != legendFrame.scale)
        d.legendFonts = makeFonts(f.language, legendFrame.scale);
      legendFrame.fonts = &d.legendFonts;
      size = d.legendSizeFor(legendFrame);
    }
    const double bottom = (options.credit ? creditRect.top() : f.screen.bottom() - 8 * s) - 4 * s;
    // Only where it leaves the map readable.
    if (fit >= 0.55)
      legendRect = QRectF(QPointF(f.screen.right() - 12 * s - size.width(), bottom - size.height()), size);
  }
  double barPixels = 0.0;
  QString barLabel;
  const QRectF scaleRect = options.scaleBar ? d.scaleBarRect(f, barPixels, barLabel) : QRectF();

  d.placer.reset(f.screen, &d.mask);
  for (const QRectF& r : {dateRect, creditRect, legendRect, scaleRect})
    if (!r.isEmpty()) d.placer.addObstacle(r.adjusted(-4 * s, -4 * s, 4 * s, 4 * s));

  if (f.vector) {
    d.lookOfDay(f, day);
    d.drawTerritories(painter, f, day, f.screen);
    d.drawBoundaries(painter, f, f.screen);
  }
  if (options.events) {
    d.collectMarkers(f, day);
    d.drawMarkers(painter, f, day);
    for (const Marker& m : d.markers)
      if (m.onScreen && m.near)
        d.placer.occupy(QRectF(m.position - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius)));
  }
  d.drawQuestionMarks(painter, f, day);
  if (options.labels) {
    d.drawTerritoryLabels(painter, f, day);
    if (options.events) d.drawEventLabels(painter, f);
  }

  if (!dateRect.isEmpty()) d.drawDateStamp(painter, f, dateRect, dateText, detailText);
  if (!legendRect.isEmpty()) d.drawLegend(painter, legendFrame, legendRect);
  if (!scaleRect.isEmpty()) d.drawScaleBar(painter, f, scaleRect, barPixels, barLabel);
  if (!creditRect.isEmpty()) {
    painter.resetTransform();
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(Qt::white, 0.75));
    painter.drawRect(creditRect);
    painter.setFont(d.fonts.small);
    painter.setPen(palette::mutedText());
    painter.drawText(creditRect, Qt::AlignCenter, credit);
  }
  d.lastLegend = legendRect;
  d.lastDate = dateRect;
  painter.restore();
}

const Territory* MapRenderer::territoryAt(const MapViewport& viewport, QPointF screen) const {
  Impl& d = *m_impl;
  d.sync();  // the caches are logically part of the document: a hit test may come before a frame
  if (!d.dataset) return nullptr;
  const QPointF map = viewport.toMap(screen);
  const Vec2 point{map.x(), map.y()};
  const std::size_t p = slot(viewport.projection());
  // Several territories can contain the point only if the data overlap; take the smallest.
  const Territory* best = nullptr;
  double bestArea = 0.0;
  for (const TerritoryCache& t : d.territories) {
    const QRectF& bounds = t.shapes[p].bounds();
    if (!bounds.contains(map)) continue;
    const MultiPolygon& shape = p == 0 ? t.territory->shape.region : t.territory->shape.world;
    if (!shape.contains(point)) continue;
    const double area = bounds.width() * bounds.height();
    if (best == nullptr || area < bestArea) {
      best = t.territory;
      bestArea = area;
    }
  }
  return best;
}

const TerritoryPart* MapRenderer::territoryPartAt(const MapViewport& viewport, QPointF screen) const {
  Impl& d = *m_impl;
  d.sync();
  const QPointF map = viewport.toMap(screen);
  const std::size_t p = slot(viewport.projection());
  for (const TerritoryCache& t : d.territories)
    for (const PartCache& part : t.parts) {
      if (!part.bounds[p].contains(map)) continue;
      const MultiPolygon& shape = p == 0 ? part.part->shape.region : part.part->shape.world;
      if (shape.contains(Vec2{map.x(), map.y()})) return part.part;
    }
  return nullptr;
}

const Event* MapRenderer::eventAt(QPointF screen) const {
  const Impl& d = *m_impl;
  if (!d.dataset) return nullptr;
  const auto events = d.dataset->events();
  // Topmost (drawn last) first.
  for (std::size_t i = d.markers.size(); i-- > 0;) {
    const auto& marker = d.markers[i];
    if (!marker.onScreen) continue;
    const double r = marker.radius + 3.0;
    if (QLineF(marker.position, screen).length() <= r) return &events[marker.eventIndex];
  }
  return nullptr;
}

QString MapRenderer::describeState(const TerritoryState& state) const {
  const Impl& d = *m_impl;
  if (!d.dataset) return {};
  return describeTerritoryState(*d.dataset, state, d.settings.language());
}

int MapRenderer::baseImageBuildCount() const noexcept {
  return m_impl->baseBuilds;
}
std::optional<CoastlineLevel> MapRenderer::lastCoastlineLevel() const noexcept {
  return m_impl->lastLevel;
}
QRectF MapRenderer::lastLegendRect() const noexcept {
  return m_impl->lastLegend;
}
QRectF MapRenderer::lastDateStampRect() const noexcept {
  return m_impl->lastDate;
}

}  // namespace okhotsk::app
