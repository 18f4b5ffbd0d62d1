// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate_command.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"
#include "okhotsk/model.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <map>
#include <numbers>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace okhotsk::cli {

namespace {

// splitmix64: the same numbers for the same seed on every platform and standard library (the
// distributions of <random> are not specified bit for bit).
class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }
  /// In [0, 1).
  double uniform() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }
  double between(double low, double high) { return low + (high - low) * uniform(); }
  /// In [0, count).
  int below(int count) { return std::min(count - 1, static_cast<int>(uniform() * count)); }
  bool chance(double probability) { return uniform() < probability; }
  /// In [-1, 1], most often near 0.
  double triangular() { return uniform() + uniform() - 1.0; }

 private:
  std::uint64_t m_state;
};

// Picks an index by weight.
template <std::size_t N>
std::size_t weighted(Random& random, const std::array<double, N>& weights) {
  double total = 0.0;
  for (const double weight : weights) total += weight;
  double pick = random.uniform() * total;
  for (std::size_t i = 0; i < N; ++i) {
    if (pick < weights[i]) return i;
    pick -= weights[i];
  }
  return N - 1;
}

// One of `items` (not empty), uniformly.
template <typename Items>
const auto& pick(Random& random, const Items& items) {
  return items[static_cast<std::size_t>(random.below(static_cast<int>(items.size())))];
}

std::string concat(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (const std::string_view part : parts) text += part;
  return text;
}

std::string number(double value) {
  std::array<char, 32> buffer{};
  const auto result =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, 5);
  return {buffer.data(), result.ptr};
}

std::string padded(std::int64_t value, int width) {
  std::string text = std::to_string(value);
  if (static_cast<int>(text.size()) < width)
    text.insert(0, static_cast<std::size_t>(width) - text.size(), '0');
  return text;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ";") + item;
  return text;
}

// Rows appended to one CSV layer of the copy, in the columns its header names.
class CsvAppender {
 public:
  explicit CsvAppender(std::filesystem::path path) : m_path(std::move(path)) {
    std::ifstream in(m_path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + m_path.string());
    std::string header;
    std::getline(in, header);
    if (!header.empty() && header.back() == '\r') header.pop_back();
    std::stringstream columns(header);
    for (std::string column; std::getline(columns, column, ',');) m_columns.push_back(column);
    in.seekg(0, std::ios::end);
    if (in.tellg() > 0) {
      in.seekg(-1, std::ios::end);
      char last = '\n';
      in.get(last);
      m_needsNewline = last != '\n';
    }
  }

  void add(const std::map<std::string, std::string>& row) {
    if (m_needsNewline) m_text += '\n';
    m_needsNewline = false;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
      if (i > 0) m_text += ',';
      const auto it = row.find(m_columns[i]);
      if (it != row.end()) m_text += quoted(it->second);
    }
    m_text += '\n';
  }

  void write() const {
    std::ofstream out(m_path, std::ios::binary | std::ios::app);
    out << m_text;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + m_path.string());
  }

 private:
  static std::string quoted(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string text = "\"";
    for (const char c : value) text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + '"';
  }

  std::filesystem::path m_path;
  std::vector<std::string> m_columns;
  std::string m_text;
  bool m_needsNewline = false;
};

constexpr int kFirstYear = 1850;
constexpr int kLastYear = 2025;

DayNumber lastDay() {
  return daysFromGregorian(kLastYear, 12, 31);
}

// A day spread as a chronicle of the region is: the whole span, with more around 1905, the
// war and 1956, and more in recent decades.
DayNumber randomDay(Random& random) {
  static constexpr std::array<double, 5> kWeights{35, 20, 10, 10, 25};
  double year = 0.0;
  switch (weighted(random, kWeights)) {
    case 0:
      year = random.between(kFirstYear, kLastYear + 1);
      break;
    case 1:
      year = 1945.6 + random.triangular() * 8.0;
      break;
    case 2:
      year = 1956.8 + random.triangular() * 3.0;
      break;
    case 3:
      year = 1905.5 + random.triangular() * 4.0;
      break;
    default:
      year = random.between(1985, kLastYear + 1);
      break;
  }
  const DayNumber first = daysFromGregorian(kFirstYear, 1, 1);
  const auto day = first + static_cast<DayNumber>(std::floor((year - kFirstYear) * 365.2425));
  return std::clamp(day, first, lastDay());
}

std::string dayText(const CivilDate& date) {
  return padded(date.year, 4) + '-' + padded(date.month, 2) + '-' + padded(date.day, 2);
}

std::string monthText(const CivilDate& date) {
  return padded(date.year, 4) + '-' + padded(date.month, 2);
}

// An EDTF date of a synthetic event, in the mix of precisions a chronicle has: days, months,
// years, uncertain and approximate values, intervals, decades and unspecified months.
std::string randomEventDate(Random& random) {
  static constexpr std::array<double, 10> kWeights{45, 15, 10, 5, 5, 3, 10, 3, 3, 1};
  const DayNumber day = randomDay(random);
  const CivilDate date = gregorianFromDays(day);
  switch (weighted(random, kWeights)) {
    case 0:
      return dayText(date);
    case 1:
      return monthText(date);
    case 2:
      return padded(date.year, 4);
    case 3:
      return padded(date.year, 4) + '~';
    case 4:
      return dayText(date) + '?';
    case 5:
      return monthText(date) + '%';
    case 6: {
      const DayNumber end = std::min(lastDay(), day + 1 + random.below(1500));
      return dayText(date) + '/' + dayText(gregorianFromDays(end));
    }
    case 7: {
      const std::int64_t endYear = std::min<std::int64_t>(kLastYear, date.year + 1 + random.below(10));
      return padded(date.year, 4) + '/' + padded(endYear, 4);
    }
    case 8:
      return padded(date.year / 10, 3) + 'X';
    default:
      return padded(date.year, 4) + "-XX";
  }
}

struct Region {
  double west = 137.0, east = 157.0, south = 40.0, north = 55.0;
};

struct SyntheticPlace {
  std::string id;
  double lon = 0.0;
  double lat = 0.0;
};

// A polygon star-shaped about its centre (so never self-intersecting), `radiusKm` at most.
std::unique_ptr<OGRPolygon> randomPolygon(Random& random, double lon, double lat, double radiusKm) {
  const int vertices = 8 + random.below(41);
  constexpr double kKmPerDegree = 111.32;
  const double cosLat = std::cos(lat * std::numbers::pi / 180.0);
  auto ring = std::make_unique<OGRLinearRing>();
  for (int k = 0; k < vertices; ++k) {
    const double angle = 2.0 * std::numbers::pi * k / vertices;
    const double r = radiusKm * (0.6 + 0.4 * random.uniform());
    const double x = lon + r * std::cos(angle) / (kKmPerDegree * cosLat);
    const double y = lat + r * std::sin(angle) / kKmPerDegree;
    ring->addPoint(std::round(x * 1e5) / 1e5, std::round(y * 1e5) / 1e5);
  }
  ring->closeRings();
  auto polygon = std::make_unique<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return polygon;
}

struct GdalCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using GdalDataset = std::unique_ptr<GDALDataset, GdalCloser>;

struct SyntheticTerritory {
  std::string id;
  int number = 0;
  double lon = 0.0;
  double lat = 0.0;
  std::unique_ptr<OGRMultiPolygon> shape;
};

// Rewrites territories.fgb of the copy: the base's features first, then the synthetic ones.
void writeTerritories(const std::filesystem::path& base, const std::filesystem::path& out,
                      std::vector<SyntheticTerritory>& territories) {
  GDALAllRegister();
  const std::filesystem::path source = base / "territories.fgb";
  const std::filesystem::path target = out / "territories.fgb";
  GdalDataset input(static_cast<GDALDataset*>(
      GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  if (!input || input->GetLayerCount() < 1) throw std::runtime_error("cannot read " + source.string());
  OGRLayer* in = input->GetLayer(0);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
  std::filesystem::remove(target);
  GdalDataset output(driver == nullptr ? nullptr
                                       : driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!output) throw std::runtime_error("cannot write " + target.string());
  // No spatial index, as in the embedded dataset: it would reorder the features.
  char** layerOptions = CSLSetNameValue(nullptr, "SPATIAL_INDEX", "NO");
  OGRLayer* layer = output->CreateLayer("territories", in->GetSpatialRef(), wkbMultiPolygon, layerOptions);
  CSLDestroy(layerOptions);
  if (layer == nullptr) throw std::runtime_error("cannot write " + target.string());
  OGRFeatureDefn* definition = in->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    if (layer->CreateField(definition->GetFieldDefn(i)) != OGRERR_NONE)
      throw std::runtime_error("cannot write the fields of " + target.string());
  for (const auto& feature : *in) {
    OGRFeature copy(layer->GetLayerDefn());
    copy.SetFrom(feature.get());
    if (layer->CreateFeature(&copy) != OGRERR_NONE)
      throw std::runtime_error("cannot write " + target.string());
  }
  for (SyntheticTerritory& territory : territories) {
    OGRFeature feature(layer->GetLayerDefn());
    const std::string n = std::to_string(territory.number);
    feature.SetField("id", territory.id.c_str());
    feature.SetField("name_en", ("Synthetic territory " + n).c_str());
    feature.SetField("name_ja", ("合成領域" + n).c_str());
    feature.SetField("name_ru", ("Синтетическая территория " + n).c_str());
    feature.SetField("label_lon", territory.lon);
    feature.SetField("label_lat", territory.lat);
    feature.SetField("context_only", 0);
    feature.SetGeometryDirectly(territory.shape.release());
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      throw std::runtime_error("cannot write " + target.string());
  }
  output.reset();  // GDAL 3.6 reports no status on close: the file is checked instead
  if (!std::filesystem::is_regular_file(target)) throw std::runtime_error("cannot write " + target.string());
}

// One territory's control history: contiguous periods from a start to the open end, each
// administered (and claimed) by one state that existed throughout it.
void addControlPeriods(Random& random, const SyntheticTerritory& territory, const Dataset& base,
                       const std::vector<std::string>& sources, CsvAppender& periods, int& count) {
  std::vector<DayNumber> breaks{
      daysFromGregorian(1855 + random.below(96), 1 + random.below(12), 1 + random.below(28))};
  // Where the states' own validity begins or ends, so that the successors of a state get a turn.
  std::vector<DayNumber> transitions;
  for (const State& state : base.states()) {
    const DayRange valid = state.validDays();
    if (valid.first > kDayMin) transitions.push_back(valid.first);
  }
  const int changes = random.below(4);
  for (int i = 0; i < changes; ++i) {
    const DayNumber after = breaks.back() + 60;
    DayNumber next = after + random.below(365 * 40);
    if (!transitions.empty() && random.chance(0.4)) {
      const DayNumber transition = pick(random, transitions);
      if (transition > after) next = transition;
    }
    if (next > lastDay()) break;
    breaks.push_back(next);
  }
  std::vector<std::string> endpoints;
  for (const DayNumber day : breaks) {
    const CivilDate date = gregorianFromDays(day);
    // Some hand-overs are known only to the month.
    endpoints.push_back(endpoints.empty() || random.chance(0.85) ? dayText(date) : monthText(date));
  }
  endpoints.emplace_back("..");
  std::string previous;
  for (std::size_t i = 0; i + 1 < endpoints.size(); ++i) {
    const DayRange days{breaks[i], i + 1 < breaks.size() ? breaks[i + 1] + 31 : kDayMax};
    std::vector<std::string> candidates;
    for (const State& state : base.states())
      if (state.validDays().contains(days)) candidates.push_back(state.id);
    if (candidates.empty()) candidates.emplace_back("japan");
    if (candidates.size() > 1) std::erase(candidates, previous);
    const std::string& state = pick(random, candidates);
    previous = state;
    static constexpr std::array<double, 3> kKindWeights{80, 10, 10};
    static constexpr std::array<std::string_view, 3> kKinds{"sovereignty", "military_occupation",
                                                            "transition"};
    periods.add({{"id", territory.id + "_p" + std::to_string(i + 1)},
                 {"territory_id", territory.id},
                 {"interval", endpoints[i] + '/' + endpoints[i + 1]},
                 {"administered_by", state},
                 {"claimed_by", state},
                 {"kind", std::string(kKinds[weighted(random, kKindWeights)])},
                 {"basis_en", "Synthetic control period for scale tests; not a historical record."},
                 {"basis_ja", "規模試験のために合成した統治期間。史実ではない。"},
                 {"basis_ru", "Синтетический период для нагрузочных испытаний; не исторические сведения."},
                 {"source_ids", pick(random, sources)}});
    ++count;
  }
}

std::vector<std::string> addSources(const std::filesystem::path& out, int count, std::uint64_t seed) {
  CsvAppender appender(out / "sources.csv");
  std::vector<std::string> ids;
  for (int i = 1; i <= count; ++i) {
    const std::string id = "synthetic_source_" + padded(i, 4);
    appender.add({{"id", id},
                  {"citation", "Okhotsk Atlas: synthetic record set " + std::to_string(i) +
                                   " made by okhotsk-cli generate (seed " + std::to_string(seed) +
                                   ") for scale tests; not a historical source"},
                  {"urls", "core/cli/README.md"},
                  {"note", "Every row citing it is synthetic."},
                  {"quality", "derived"},
                  {"type", "dataset"},
                  {"authors", "Okhotsk Atlas"},
                  {"language", "en"}});
    ids.push_back(id);
  }
  appender.write();
  return ids;
}

std::vector<SyntheticPlace> addPlaces(Random& random, const std::filesystem::path& out, int count,
                                      const std::vector<std::string>& sources) {
  CsvAppender appender(out / "places.csv");
  const Region region;
  std::vector<SyntheticPlace> places;
  for (int i = 1; i <= count; ++i) {
    SyntheticPlace place{"synthetic_place_" + padded(i, 5),
                         std::round(random.between(region.west, region.east) * 1e5) / 1e5,
                         std::round(random.between(region.south, region.north) * 1e5) / 1e5};
    const std::string n = std::to_string(i);
    appender.add({{"id", place.id},
                  {"lon", number(place.lon)},
                  {"lat", number(place.lat)},
                  {"name_en", "Synthetic place " + n},
                  {"name_ja", "合成地点" + n},
                  {"name_ru", "Синтетический пункт " + n},
                  {"source_ids", pick(random, sources)}});
    places.push_back(std::move(place));
  }
  appender.write();
  return places;
}

void addEvents(Random& random, const std::filesystem::path& out, int count, std::uint64_t seed,
               const std::vector<SyntheticPlace>& places, const Dataset& base,
               const std::vector<std::string>& territoryIds, const std::vector<std::string>& sources) {
  CsvAppender appender(out / "events.csv");
  static constexpr std::array<double, kEventCategoryCount> kCategoryWeights{8, 30, 15, 12, 12, 10, 13};
  static constexpr std::array<double, 4> kLocationWeights{60, 20, 5, 15};
  const std::string seedText = std::to_string(seed);
  for (int i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    const auto category = static_cast<EventCategory>(weighted(random, kCategoryWeights));
    std::map<std::string, std::string> row{
        {"id", "E" + std::to_string(1000000 + i)},
        {"date", randomEventDate(random)},
        {"category", std::string(eventCategoryCode(category))},
        {"title_en", "Synthetic event " + n + " (" + std::string(eventCategoryCode(category)) + ")"},
        {"title_ja", "合成イベント" + n},
        {"title_ru", "Синтетическое событие " + n},
        {"confidence", random.chance(0.9) ? "confirmed" : "unconfirmed"}};
    std::string summaryEn =
        concat({"Record ", n, " generated for scale tests (seed ", seedText, "); not a historical event."});
    std::string summaryJa =
        concat({"規模試験のために生成した記録", n, "（シード", seedText, "）。史実ではない。"});
    std::string summaryRu = concat({"Запись ", n, ", созданная для нагрузочных испытаний (зерно ", seedText,
                                    "); не историческое событие."});
    for (int extra = random.below(4); extra > 0; --extra) {  // summaries of different lengths
      summaryEn += " It gives the list, the map and the timeline text of a realistic length.";
      summaryJa += "一覧・地図・年表に現実的な長さの文章を与える。";
      summaryRu += " Она даёт списку, карте и шкале времени текст обычной длины.";
    }
    row["summary_en"] = summaryEn;
    row["summary_ja"] = summaryJa;
    row["summary_ru"] = summaryRu;
    switch (weighted(random, kLocationWeights)) {
      case 0: {  // at a synthetic place, a few places holding many events
        const double skew = random.uniform();
        row["place_id"] = places[static_cast<std::size_t>(
                                     std::floor(skew * skew * skew * static_cast<double>(places.size())))]
                              .id;
        break;
      }
      case 1: {  // its own point, near a place
        const SyntheticPlace& near = pick(random, places);
        row["lon"] = number(near.lon + random.triangular() * 0.3);
        row["lat"] = number(near.lat + random.triangular() * 0.2);
        break;
      }
      case 2:  // at a place of the base dataset (co-located with its real events)
        if (!base.places().empty()) row["place_id"] = pick(random, base.places()).id;
        break;
      default:
        break;  // no location
    }
    std::vector<std::string> territories;
    for (int k = random.below(3); k > 0; --k) {
      const std::string& id = pick(random, territoryIds);
      if (std::find(territories.begin(), territories.end(), id) == territories.end())
        territories.push_back(id);
    }
    row["territories"] = joined(territories);
    std::vector<std::string> cited{pick(random, sources)};
    if (random.chance(0.3)) {
      const std::string& second = pick(random, sources);
      if (second != cited.front()) cited.push_back(second);
    }
    row["source_ids"] = joined(cited);
    appender.add(row);
  }
  appender.write();
}

}  // namespace

GenerateSummary generateDataset(const GenerateRequest& request) {
  if (!std::filesystem::is_directory(request.base))
    throw std::runtime_error("the base dataset " + request.base.string() + " is not a folder");
  std::error_code error;
  if (std::filesystem::exists(request.out) &&
      (!std::filesystem::is_directory(request.out) || !std::filesystem::is_empty(request.out)))
    throw std::runtime_error(request.out.string() + " exists and is not an empty folder");
  LoadOptions loadOptions;
  loadOptions.coastlineLevels.clear();
  const LoadResult loaded = loadDataset(request.base, loadOptions);
  if (!loaded.dataset || loaded.diagnostics.hasErrors())
    throw std::runtime_error("the base dataset " + request.base.string() +
                             " cannot be read without errors; run 'okhotsk-cli check' on it");
  const Dataset& base = *loaded.dataset;
  std::filesystem::create_directories(request.out, error);
  std::filesystem::copy(request.base, request.out, std::filesystem::copy_options::recursive, error);
  if (error)
    throw std::runtime_error("cannot copy " + request.base.string() + " to " + request.out.string() + ": " +
                             error.message());

  // One stream per kind of row, so that the territories and the first places are the same for
  // the same seed whatever the number of events (datasets of several sizes stay comparable).
  Random territoryRandom(request.seed ^ 0x7465727269746F72ULL);
  Random placeRandom(request.seed ^ 0x706C616365730000ULL);
  Random eventRandom(request.seed ^ 0x6576656E74730000ULL);
  GenerateSummary summary;
  summary.sources = std::max(1, request.events / 1000 + request.polygons / 200);
  const std::vector<std::string> sources = addSources(request.out, summary.sources, request.seed);
  summary.places = std::max(8, request.events / 40);
  const std::vector<SyntheticPlace> places = addPlaces(placeRandom, request.out, summary.places, sources);

  std::vector<SyntheticTerritory> territories;
  const Region region;
  for (int i = 1; i <= request.polygons; ++i) {
    SyntheticTerritory territory;
    territory.id = "synthetic_t" + padded(i, 5);
    territory.number = i;
    territory.lon = std::round(territoryRandom.between(region.west, region.east) * 1e5) / 1e5;
    territory.lat = std::round(territoryRandom.between(region.south, region.north) * 1e5) / 1e5;
    const double radius = territoryRandom.between(3.0, 30.0);
    territory.shape = std::make_unique<OGRMultiPolygon>();
    territory.shape->addGeometryDirectly(
        randomPolygon(territoryRandom, territory.lon, territory.lat, radius).release());
    static constexpr std::array<double, 3> kPartWeights{70, 20, 10};
    const std::size_t extraParts = weighted(territoryRandom, kPartWeights);
    for (std::size_t part = 1; part <= extraParts; ++part) {
      // Far enough from the first (and each other) that no two parts overlap.
      const double angle =
          2.0 * std::numbers::pi * (static_cast<double>(part) / 3.0 + territoryRandom.uniform() * 0.2);
      const double distanceKm = radius * (2.3 + territoryRandom.uniform()) * static_cast<double>(part);
      const double lat = territory.lat + distanceKm * std::sin(angle) / 111.32;
      const double lon = territory.lon + distanceKm * std::cos(angle) /
                                             (111.32 * std::cos(territory.lat * std::numbers::pi / 180.0));
      territory.shape->addGeometryDirectly(randomPolygon(territoryRandom, lon, lat, radius * 0.5).release());
    }
    territories.push_back(std::move(territory));
  }
  {
    CsvAppender periods(request.out / "control_periods.csv");
    for (const SyntheticTerritory& territory : territories)
      addControlPeriods(territoryRandom, territory, base, sources, periods, summary.controlPeriods);
    periods.write();
  }
  summary.territories = request.polygons;

  std::vector<std::string> territoryIds;
  for (const Territory& territory : base.territories()) territoryIds.push_back(territory.id);
  for (const SyntheticTerritory& territory : territories) territoryIds.push_back(territory.id);
  addEvents(eventRandom, request.out, request.events, request.seed, places, base, territoryIds, sources);
  summary.events = request.events;
  if (request.polygons > 0) writeTerritories(request.base, request.out, territories);
  return summary;
}

}  // namespace okhotsk::cli
