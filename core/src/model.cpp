// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/model.h"

#include <algorithm>
#include <array>

namespace okhotsk {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::string_view, N>& codes, std::string_view code) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (codes[i] == code) return static_cast<Enum>(i);
  return std::nullopt;
}

template <std::size_t N>
std::string_view toCode(const std::array<std::string_view, N>& codes, std::size_t index) noexcept {
  return index < N ? codes[index] : std::string_view{};
}

constexpr std::array<std::string_view, 5> kSourceQualityCodes{"primary", "scholarly", "press", "reference",
                                                              "derived"};
constexpr std::array<std::string_view, 7> kSourceTypeCodes{
    "treaty_text",    "archival_record", "official_statement", "scholarly_work", "press",
    "reference_work", "dataset"};
constexpr std::array<std::string_view, 5> kControlKindCodes{"sovereignty", "joint", "military_occupation",
                                                            "administered_disputed", "transition"};
constexpr std::array<std::string_view, 7> kCategoryCodes{"treaty", "diplomacy", "military", "territorial",
                                                         "trade",  "economy",   "politics"};
constexpr std::array<std::string_view, 2> kConfidenceCodes{"confirmed", "unconfirmed"};
constexpr std::array<std::string_view, 3> kFlowCodes{"exports", "imports", "total"};
constexpr std::array<std::string_view, 6> kBoundCodes{"exact",     "nearly", "over",
                                                      "less_than", "about",  "below_threshold"};

// The first day an interval endpoint may denote when it starts a half-open span.
DayNumber startDay(const EdtfEndpoint& start, bool latest) noexcept {
  if (start.kind != EndpointKind::Date) return kDayMin;
  return latest ? start.date.latest() : start.date.earliest();
}

// The last day in force for a half-open span ending at `end`.
DayNumber endDay(const EdtfEndpoint& end, bool latest) noexcept {
  if (end.kind != EndpointKind::Date) return kDayMax;
  return (latest ? end.date.latest() : end.date.earliest()) - 1;
}

// Certain days of a half-open EDTF value; a single date covers its own days.
DayRange halfOpenCertain(const Edtf& value) noexcept {
  if (!value.isInterval()) return value.range();
  return {startDay(value.start(), true), endDay(value.end(), false)};
}

DayRange halfOpenPossible(const Edtf& value) noexcept {
  if (!value.isInterval()) return value.range();
  return {startDay(value.start(), false), endDay(value.end(), true)};
}

}  // namespace

DayRange halfOpenCertainDays(const Edtf& value) noexcept {
  return halfOpenCertain(value);
}
bool schema::withinSchemaYears(const Edtf& value) noexcept {
  static const DayNumber first = daysFromGregorian(kFirstYear, 1, 1);
  static const DayNumber last = daysFromGregorian(kLastYear, 12, 31);
  const DayRange& range = value.range();
  return (range.first == kDayMin || range.first >= first) && (range.last == kDayMax || range.last <= last);
}

DayRange halfOpenPossibleDays(const Edtf& value) noexcept {
  return halfOpenPossible(value);
}

std::string_view sourceQualityCode(SourceQuality quality) noexcept {
  return toCode(kSourceQualityCodes, static_cast<std::size_t>(quality));
}
std::optional<SourceQuality> sourceQualityFromCode(std::string_view code) noexcept {
  return fromCode<SourceQuality>(kSourceQualityCodes, code);
}

std::string_view sourceTypeCode(SourceType type) noexcept {
  return toCode(kSourceTypeCodes, static_cast<std::size_t>(type));
}
std::optional<SourceType> sourceTypeFromCode(std::string_view code) noexcept {
  return fromCode<SourceType>(kSourceTypeCodes, code);
}

const std::string& State::shortLabel(Language language) const noexcept {
  const std::string& brief = shortName.get(language);
  return brief.empty() ? name.get(language) : brief;
}

DayRange State::validDays() const noexcept {
  return halfOpenPossible(valid);
}

std::string_view controlKindCode(ControlKind kind) noexcept {
  return toCode(kControlKindCodes, static_cast<std::size_t>(kind));
}
std::optional<ControlKind> controlKindFromCode(std::string_view code) noexcept {
  return fromCode<ControlKind>(kControlKindCodes, code);
}
std::string_view eventCategoryCode(EventCategory category) noexcept {
  return toCode(kCategoryCodes, static_cast<std::size_t>(category));
}
std::optional<EventCategory> eventCategoryFromCode(std::string_view code) noexcept {
  return fromCode<EventCategory>(kCategoryCodes, code);
}
std::string_view confidenceCode(Confidence confidence) noexcept {
  return toCode(kConfidenceCodes, static_cast<std::size_t>(confidence));
}
std::optional<Confidence> confidenceFromCode(std::string_view code) noexcept {
  return fromCode<Confidence>(kConfidenceCodes, code);
}
std::string_view tradeFlowCode(TradeFlow flow) noexcept {
  return toCode(kFlowCodes, static_cast<std::size_t>(flow));
}
std::optional<TradeFlow> tradeFlowFromCode(std::string_view code) noexcept {
  return fromCode<TradeFlow>(kFlowCodes, code);
}
std::string_view tradeBoundCode(TradeBound bound) noexcept {
  return toCode(kBoundCodes, static_cast<std::size_t>(bound));
}
std::optional<TradeBound> tradeBoundFromCode(std::string_view code) noexcept {
  return fromCode<TradeBound>(kBoundCodes, code);
}

DayRange ControlPeriod::certainDays() const noexcept {
  return halfOpenCertain(interval);
}
DayRange ControlPeriod::possibleDays() const noexcept {
  return halfOpenPossible(interval);
}

bool ControlPeriod::isDisputed() const noexcept {
  if (kind == ControlKind::AdministeredDisputed) return true;
  return kind != ControlKind::Joint && claimedBy.size() >= 2;
}

DayRange Boundary::certainDays() const noexcept {
  return halfOpenCertain(inForce);
}

const PlaceNames* namesCovering(std::span<const PlaceNameSpan> spans, DayNumber day) noexcept {
  for (const PlaceNameSpan& span : spans)
    if (halfOpenPossible(span.valid).contains(day)) return &span.names;
  return nullptr;
}

const PlaceNames& TerritoryPart::namesOn(DayNumber day) const noexcept {
  const PlaceNames* covering = namesCovering(historicalNames, day);
  return covering != nullptr ? *covering : names;
}

const PlaceNames& Territory::namesOn(DayNumber day) const noexcept {
  const PlaceNames* covering = namesCovering(historicalNames, day);
  return covering != nullptr ? *covering : names;
}

const PlaceNames* Place::namesOn(DayNumber day) const noexcept {
  if (names.empty()) return nullptr;
  const PlaceNameSpan* nearest = &names.front();
  DayNumber nearestDistance = kDayMax;
  for (const PlaceNameSpan& span : names) {
    const DayRange days = halfOpenPossible(span.valid);
    if (days.contains(day)) return &span.names;
    const DayNumber distance = day < days.first ? days.first - day : day - days.last;
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = &span;
    }
  }
  return &nearest->names;
}

}  // namespace okhotsk
