// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk {

/// Limits of the dataset schema (geodata/README.md, "Limits and validation"). The loader
/// rejects values outside them, and Dataset::build drops what content built in code holds
/// outside them, so no loop over years or days and no projection ever sees such a value.
namespace schema {
/// Every date (events, control periods, boundaries, names, states, places) lies within these
/// years, open ends ("..") aside: the atlas covers contacts from the 17th century onwards,
/// and nothing it records is dated after 2100.
inline constexpr int kFirstYear = 1500;
inline constexpr int kLastYear = 2100;
/// Trade figures: Japan–Russia trade is recorded from the late 19th century.
inline constexpr int kFirstTradeYear = 1800;
inline constexpr int kLastTradeYear = 2100;
/// Coordinates in degrees. Longitudes above 180 are allowed only for coastlines, whose world
/// level is cut at the world view's antimeridian (-30..330).
inline constexpr double kMaxLatitude = 90.0;
inline constexpr double kMinLongitude = -180.0;
inline constexpr double kMaxLongitude = 180.0;
inline constexpr double kMaxCoastlineLongitude = 360.0;

/// True when every day `value` may denote lies within kFirstYear..kLastYear, open ends aside.
[[nodiscard]] bool withinSchemaYears(const Edtf& value) noexcept;
}  // namespace schema

/// Days certainly covered by a half-open EDTF interval ("1945-08-28/1946-02-02": from 28 Aug
/// 1945 up to, not including, 2 Feb 1946); a single date covers its own days.
[[nodiscard]] DayRange halfOpenCertainDays(const Edtf& value) noexcept;
/// Days possibly covered by it: from the earliest start to the latest end.
[[nodiscard]] DayRange halfOpenPossibleDays(const Edtf& value) noexcept;

/// What kind of source a citation is (geodata/README.md, `sources.quality`).
enum class SourceQuality : unsigned char {
  Primary,    ///< the record itself or its issuer: treaty texts, governments' records, FRUS, UN
  Scholarly,  ///< academic work, research data sets
  Press,      ///< newspapers, magazines, news agencies
  Reference,  ///< encyclopaedias and other secondary reference works
  Derived,    ///< computed for the atlas from other sources' figures
};
[[nodiscard]] std::string_view sourceQualityCode(SourceQuality quality) noexcept;  // "primary", ...
[[nodiscard]] std::optional<SourceQuality> sourceQualityFromCode(std::string_view code) noexcept;

/// What a source is, as a citation manager files it (geodata/README.md, `sources.type`).
enum class SourceType : unsigned char {
  TreatyText,         ///< the text of a treaty, declaration or agreement
  ArchivalRecord,     ///< a record kept in an archive or a documents edition (FRUS, …)
  OfficialStatement,  ///< a government's page, statement or publication
  ScholarlyWork,      ///< a book, article or thesis
  Press,              ///< a newspaper, magazine or news agency item
  ReferenceWork,      ///< an encyclopaedia, atlas or other reference work
  Dataset,            ///< a research data set (Correlates of War, …)
};
/// "treaty_text", "archival_record", "official_statement", "scholarly_work", "press",
/// "reference_work", "dataset".
[[nodiscard]] std::string_view sourceTypeCode(SourceType type) noexcept;
[[nodiscard]] std::optional<SourceType> sourceTypeFromCode(std::string_view code) noexcept;

/// A citation with its addresses. Every fact in the data names at least one.
///
/// `citation` is the whole reference as one line, as the atlas shows it. The structured
/// fields below say the same in parts, for citation managers (CSL-JSON, BibTeX); each is
/// empty where the source does not give it.
struct Source {
  std::string id;
  std::string citation;           ///< "Ministry of Foreign Affairs of Japan, Japan's Northern Territories"
  std::vector<std::string> urls;  ///< one or more addresses of the pages read
  std::optional<SourceQuality> quality{};  ///< empty when the dataset does not say
  std::optional<SourceType> type{};        ///< empty when the dataset does not say
  /// Persons as "Family, Given"; institutions as their full name. In the order of the work.
  std::vector<std::string> authors{};
  std::string title{};      ///< the work, page or document itself
  std::string container{};  ///< the journal, book, site or series it appears in
  std::string publisher{};
  std::string issued{};                ///< EDTF: when it was issued or published ("1956-10-19", "2011", "")
  std::string pages{};                 ///< "45–67", "art. 9"
  std::string archive{};               ///< the archive or collection, with its reference where given
  std::string accessed{};              ///< ISO day the URLs were read ("2026-11-30")
  std::string language{};              ///< BCP 47 code of the work: "en", "ja", "ru"
  std::vector<std::string> editors{};  ///< as `authors`: the editors of the work or its container
  std::string volume{};                ///< the volume of a journal or a multi-volume work
  std::string number{};                ///< the issue of a journal, or a report's or document's number
  std::string doi{};                   ///< "10.24411/2658-6789-2020-10008", without "https://doi.org/"
};

/// A polity that administers or claims territory: "japan", "russian_empire",
/// "russian_provisional_government", "rsfsr", "far_eastern_republic", "ussr",
/// "russian_federation".
struct State {
  std::string id;
  LocalizedText name;         ///< "Union of Soviet Socialist Republics"
  LocalizedText shortName{};  ///< "USSR", "ソ連", "СССР"; empty when the data gives none
  /// The days the state existed as an actor, half-open like ControlPeriod; open at both
  /// ends when the data does not say.
  Edtf valid{EdtfEndpoint{EndpointKind::Open, {}}, EdtfEndpoint{EndpointKind::Open, {}}};
  std::optional<std::uint32_t> colour{};  ///< 0xRRGGBB from the data's "#rrggbb"
  LocalizedText disputeTerm{};            ///< the state's own term for the disputed islands
  std::vector<std::string> sourceIds{};
  std::string note{};

  /// The short name in `language`, else the full name.
  [[nodiscard]] const std::string& shortLabel(Language language) const noexcept;
  /// Days the state may have existed ([start, end) for exact days; everything when open).
  [[nodiscard]] DayRange validDays() const noexcept;
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

/// A name a place bore during an interval (Toyohara until 1946, then Yuzhno-Sakhalinsk;
/// Karafuto for South Sakhalin 1905–1946).
struct PlaceNameSpan {
  Edtf valid;  ///< half-open like ControlPeriod; open ends allowed
  PlaceNames names;
  std::vector<std::string> sourceIds;
};

/// The names of the span in force on `day`, or nullptr when no span covers it.
[[nodiscard]] const PlaceNames* namesCovering(std::span<const PlaceNameSpan> spans, DayNumber day) noexcept;

/// An area as a source publishes it, never one computed from the drawn outline.
struct PublishedArea {
  std::optional<double> km2;  ///< e.g. MOFA's 3,168 km² for Etorofu
  std::vector<std::string> sourceIds;
};

/// A named part of a territory (e.g. each Habomai islet).
struct TerritoryPart {
  std::string id;  ///< "shibotsu"
  std::string territoryId;
  PlaceNames names;  ///< today's names
  std::vector<std::string> nameSourceIds{};
  std::vector<PlaceNameSpan> historicalNames{};  ///< names per period (territory_names), by start
  GeoPoint labelPoint;                           ///< a point inside the part
  ProjectedShape shape;
  PublishedArea area{};     ///< MOFA's figure (GSI 2020), where published
  PublishedArea areaAlt{};  ///< another official figure shown beside it (Cabinet Office 2021)

  /// The names in use on `day`: the period's (territory_names) where one covers it, else today's.
  [[nodiscard]] const PlaceNames& namesOn(DayNumber day) const noexcept;
};

/// A territory whose control history the atlas follows (Etorofu / Iturup, South Sakhalin…).
struct Territory {
  std::string id;    ///< "etorofu"
  PlaceNames names;  ///< today's names
  /// Names per period (territory_names: Karafuto 1905–1946 for South Sakhalin), by start.
  std::vector<PlaceNameSpan> historicalNames{};
  GeoPoint labelPoint;                     ///< a point inside the main island
  ProjectedShape shape;                    ///< every part together
  std::vector<TerritoryPart> parts;        ///< named parts (may be empty)
  std::optional<double> publishedAreaKm2;  ///< e.g. MOFA's 3,168 km² for Etorofu
  std::vector<std::string> areaSourceIds;
  PublishedArea areaAlt{};   ///< another official figure shown beside it (Cabinet Office 2021)
  bool contextOnly = false;  ///< drawn for orientation (Hokkaido), not part of the dispute story

  /// The names in use on `day`: the period's (territory_names) where one covers it, else today's.
  [[nodiscard]] const PlaceNames& namesOn(DayNumber day) const noexcept;
};

/// What kind of control a period records.
///
/// Kinds describe what can be observed, not a legal conclusion: annexation is an act (an
/// event), not a standing status, so it is no kind.
enum class ControlKind : unsigned char {
  Sovereignty,           ///< administered by the state holding sovereignty, unchallenged
  Joint,                 ///< undivided: several states' nationals and no boundary (Sakhalin 1855–1875)
  MilitaryOccupation,    ///< held by armed force, pending a settlement
  AdministeredDisputed,  ///< administered by one state, sovereignty claimed by another
  Transition,            ///< changing hands over days (landings, a surrender, a hand-over)
};
/// "sovereignty", "joint", "military_occupation", "administered_disputed", "transition".
[[nodiscard]] std::string_view controlKindCode(ControlKind kind) noexcept;
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
  /// Each state's legal position, attributed to it ("Japan holds …"), for the periods whose
  /// status the two states dispute; empty otherwise. Neither is stated as fact.
  LocalizedText positionJapan{};
  LocalizedText positionRussia{};
  std::vector<std::string> positionJapanSourceIds{};
  std::vector<std::string> positionRussiaSourceIds{};
  std::vector<std::string> sourceIds;
  std::string note;

  /// Days it is certainly in force (half-open, see above), as an inclusive DayRange;
  /// empty (first > last) for a period shorter than its ends' imprecision.
  [[nodiscard]] DayRange certainDays() const noexcept;
  /// Days it may be in force: [start.earliest, end.latest] (end exclusive for exact days).
  [[nodiscard]] DayRange possibleDays() const noexcept;
  /// The two states dispute the territory's status: the kind is AdministeredDisputed, or
  /// two or more states claim it outside a joint regime. An occupation that only the
  /// occupied side claims (North Sakhalin 1905, 1920–1925) is not a dispute.
  [[nodiscard]] bool isDisputed() const noexcept;
  /// Both legal positions are given (in English at least).
  [[nodiscard]] bool hasPositions() const noexcept {
    return !positionJapan.en.empty() && !positionRussia.en.empty();
  }
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

/// How a source states a figure. BelowThreshold: the source reports 0 for a flow smaller than
/// it can state (Correlates of War: under US$0.5 million), not a measured zero.
enum class TradeBound : unsigned char { Exact, Nearly, Over, LessThan, About, BelowThreshold };
/// "exact", "nearly", "over", "less_than", "about", "below_threshold".
[[nodiscard]] std::string_view tradeBoundCode(TradeBound bound) noexcept;
[[nodiscard]] std::optional<TradeBound> tradeBoundFromCode(std::string_view code) noexcept;

/// One figure for one year, flow and source. Several sources for a year coexist.
struct TradeObservation {
  std::string id;
  int year = 0;
  bool yearUncertain = false;  ///< the source dates the figure only loosely
  std::string partnerStateId;  ///< the state that existed that year: "russian_empire", "rsfsr", "ussr", …
  TradeFlow flow = TradeFlow::Total;
  double value = 0.0;
  std::string unit;      ///< "USD_million_current", "JPY_billion_current"
  std::string sourceId;  ///< with the unit, the series the figure belongs to
  TradeBound bound = TradeBound::Exact;
  bool approximate = false;  ///< true for every bound other than Exact, and for rounded/converted values
  bool derived = false;      ///< computed (e.g. a total summed from two flows), not stated
  std::vector<std::string> derivedFrom{};  ///< for a derived figure, the sources of what was summed
  std::string note;
};

}  // namespace okhotsk
