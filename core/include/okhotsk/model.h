#pragma once

/// \file model.h
/// The historical model: sources, states, places, territories and their control
/// periods, boundaries, events and trade observations. These are plain values; the
/// Dataset (dataset.h) owns them, checks them and answers queries over them.
///
/// Identifiers are short lowercase strings from the data ("etorofu", "E013", "cow_v4").
/// Cross-references (an event's territories, a period's sources) are by identifier and
/// are resolved and checked when the dataset is built.

#include "okhotsk/edtf.h"
#include "okhotsk/geometry.h"
#include "okhotsk/language.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk {

/// A citation with its addresses. Every fact in the data names at least one.
struct Source {
  std::string id;
  std::string citation;           ///< "Ministry of Foreign Affairs of Japan, Japan's Northern Territories"
  std::vector<std::string> urls;  ///< one or more addresses of the pages read
};

/// A polity that administers or claims territory: "japan", "russian_empire", "ussr",
/// "russian_federation".
struct State {
  std::string id;
  LocalizedText name;
};

/// Geometry of one shape in the three coordinate systems, projected once at load.
struct ProjectedShape {
  MultiPolygon geographic;  ///< lon/lat degrees
  MultiPolygon region;      ///< MapProjection::Region metres
  MultiPolygon world;       ///< MapProjection::World metres
};

struct ProjectedLines {
  MultiLineString geographic;
  MultiLineString region;
  MultiLineString world;
};

/// A named part of a territory (e.g. each Habomai islet).
struct TerritoryPart {
  std::string id;  ///< "shibotsu"
  std::string territoryId;
  PlaceNames names;
  GeoPoint labelPoint;  ///< a point inside the part
  ProjectedShape shape;
};

/// A territory whose control history the atlas follows (Etorofu / Iturup, South Sakhalin…).
struct Territory {
  std::string id;  ///< "etorofu"
  PlaceNames names;
  GeoPoint labelPoint;                     ///< a point inside the main island
  ProjectedShape shape;                    ///< every part together
  std::vector<TerritoryPart> parts;        ///< named parts (may be empty)
  std::optional<double> publishedAreaKm2;  ///< e.g. MOFA's 3,168 km² for Etorofu
  std::vector<std::string> areaSourceIds;
  bool contextOnly = false;  ///< drawn for orientation (Hokkaido), not part of the dispute story
};

/// What kind of control a period records.
enum class ControlKind : unsigned char {
  Sovereignty,         ///< administered under a treaty or recognised title
  Joint,               ///< undivided: several states' nationals and no boundary (Sakhalin 1855–1875)
  MilitaryOccupation,  ///< held by armed force, pending a settlement
  Annexed,             ///< incorporated by one side's act, disputed by another
  Transition,          ///< changing hands within an interval whose exact day is not known
};
[[nodiscard]] std::string_view controlKindCode(ControlKind kind) noexcept;  // "sovereignty", ...
[[nodiscard]] std::optional<ControlKind> controlKindFromCode(std::string_view code) noexcept;

/// Who administered and who claimed a territory during an interval.
///
/// Interval semantics: a period is certainly in force from the latest day its start may
/// denote up to (not including) the earliest day its end may denote; with exact days that
/// is [start, end). When an end is imprecise ("1905"), the days it may denote are
/// uncertain: the state on such a day reports both candidate periods.
struct ControlPeriod {
  std::string id;
  std::string territoryId;
  Edtf interval;                            ///< "1945-08-28/1946-02-02", "1991-12-26/.."
  std::vector<std::string> administeredBy;  ///< state ids; several for Joint
  std::vector<std::string> claimedBy;       ///< state ids claiming sovereignty meanwhile
  ControlKind kind = ControlKind::Sovereignty;
  std::string basisEventId;  ///< the event or treaty it rests on (may be empty)
  LocalizedText basis;       ///< the basis in words
  std::vector<std::string> sourceIds;
  std::string note;

  /// Days it is certainly in force (half-open, see above), as an inclusive DayRange;
  /// empty (first > last) for a period shorter than its ends' imprecision.
  [[nodiscard]] DayRange certainDays() const noexcept;
  /// Days it may be in force: [start.earliest, end.latest] (end exclusive for exact days).
  [[nodiscard]] DayRange possibleDays() const noexcept;
  /// A claimant that does not administer: the territory is disputed during the period.
  [[nodiscard]] bool isDisputed() const;
};

/// A boundary line with the interval in which it was in force.
struct Boundary {
  std::string id;  ///< "sakhalin_50n"
  LocalizedText name;
  Edtf inForce;  ///< same half-open semantics as ControlPeriod
  std::string basisEventId;
  LocalizedText basis;
  bool schematic = false;  ///< drawn only roughly: the source names the line, not its course
  std::vector<std::string> sourceIds;
  ProjectedLines lines;

  [[nodiscard]] DayRange certainDays() const noexcept;
};

/// A name a place bore during an interval (Toyohara until 1946, then Yuzhno-Sakhalinsk).
struct PlaceNameSpan {
  Edtf valid;  ///< half-open like ControlPeriod; open ends allowed
  PlaceNames names;
  std::vector<std::string> sourceIds;
};

/// A point where events happen, with names that change over time.
struct Place {
  std::string id;
  GeoPoint location;
  Vec2 region;  ///< projected once at load
  Vec2 world;
  std::vector<PlaceNameSpan> names;  ///< ordered by start

  /// The names in use on a day (the nearest span when none covers it); nullptr if none.
  [[nodiscard]] const PlaceNames* namesOn(DayNumber day) const noexcept;
};

enum class EventCategory : unsigned char {
  Treaty,
  Diplomacy,
  Military,
  Territorial,
  Trade,
  Economy,
  Politics
};
inline constexpr int kEventCategoryCount = 7;
[[nodiscard]] std::string_view eventCategoryCode(EventCategory category) noexcept;  // "treaty", ...
[[nodiscard]] std::optional<EventCategory> eventCategoryFromCode(std::string_view code) noexcept;

enum class Confidence : unsigned char { Confirmed, Unconfirmed };
[[nodiscard]] std::string_view confidenceCode(Confidence confidence) noexcept;
[[nodiscard]] std::optional<Confidence> confidenceFromCode(std::string_view code) noexcept;

struct Event {
  std::string id;  ///< "E013"
  Edtf date;       ///< a date or an interval, with its precision and qualifiers
  LocalizedText title;
  LocalizedText summary;
  EventCategory category = EventCategory::Diplomacy;
  std::string placeId;               ///< may be empty
  std::optional<GeoPoint> location;  ///< the place's point unless the event gives its own
  Vec2 region;                       ///< projected location (valid when location is set)
  Vec2 world;
  std::vector<std::string> territoryIds;
  std::vector<std::string> sourceIds;
  Confidence confidence = Confidence::Confirmed;
  std::string note;  ///< e.g. where sources disagree
};

/// Which way the goods go, from Japan's side.
enum class TradeFlow : unsigned char { JapanExports, JapanImports, Total };
[[nodiscard]] std::string_view tradeFlowCode(TradeFlow flow) noexcept;  // "exports", "imports", "total"
[[nodiscard]] std::optional<TradeFlow> tradeFlowFromCode(std::string_view code) noexcept;

/// How a prose source states a figure.
enum class TradeBound : unsigned char { Exact, Nearly, Over, LessThan, About };
[[nodiscard]] std::string_view tradeBoundCode(
    TradeBound bound) noexcept;  // "exact", "nearly", "over", "less_than", "about"
[[nodiscard]] std::optional<TradeBound> tradeBoundFromCode(std::string_view code) noexcept;

/// One figure for one year, flow and source. Several sources for a year coexist.
struct TradeObservation {
  std::string id;
  int year = 0;
  bool yearUncertain = false;  ///< the source dates the figure only loosely
  std::string partnerStateId;  ///< "russian_empire", "ussr", "russian_federation"
  TradeFlow flow = TradeFlow::Total;
  double value = 0.0;
  std::string unit;      ///< "USD_million_current"
  std::string sourceId;  ///< also the series the figure belongs to
  TradeBound bound = TradeBound::Exact;
  bool approximate = false;  ///< true for every bound other than Exact, and for rounded/converted values
  bool derived = false;      ///< computed (e.g. a total summed from two flows), not stated
  std::string note;
};

}  // namespace okhotsk
