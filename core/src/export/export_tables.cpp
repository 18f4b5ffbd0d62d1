// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_tables.h"

#include "okhotsk/calendar.h"

#include <cstdio>
#include <initializer_list>
#include <utility>

namespace okhotsk::exporting {

namespace {

constexpr std::initializer_list<const char*> kNameFields{
    "name_en", "name_ja_latn", "name_ru_latn", "name_ja", "name_ru", "name_ja_for_ru", "name_ru_for_ja"};

Value text(const std::string& value) {
  return value.empty() ? Value{} : Value{value};
}

Value list(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : ";") + item;
  return text(joined);
}

Value real(std::optional<double> value) {
  return value ? Value{*value} : Value{};
}

Value flag(bool value) {
  return Value{static_cast<long long>(value ? 1 : 0)};
}

// An EDTF value as the dataset writes it; empty for "open at both ends" (the schema's blank).
Value edtfText(const Edtf& value) {
  if (value.isInterval() && value.start().kind == EndpointKind::Open &&
      value.end().kind == EndpointKind::Open)
    return {};
  return Value{value.toString()};
}

// The earliest and latest day `days` may cover; null for an open or unknown end.
void pushDays(Row& row, const DayRange& days) {
  row.values.push_back(days.first <= kDayMin ? Value{} : Value{Day{days.first}});
  row.values.push_back(days.last >= kDayMax ? Value{} : Value{Day{days.last}});
}

void addLocalizedFields(std::vector<Field>& fields, const std::string& prefix) {
  for (const char* suffix : {"_en", "_ja", "_ru"}) fields.push_back({prefix + suffix, FieldKind::Text});
}

void pushLocalized(Row& row, const LocalizedText& value) {
  row.values.push_back(text(value.en));
  row.values.push_back(text(value.ja));
  row.values.push_back(text(value.ru));
}

void addNameFields(std::vector<Field>& fields) {
  for (const char* name : kNameFields) fields.push_back({name, FieldKind::Text});
}

void pushNames(Row& row, const PlaceNames& names) {
  for (const std::string* name :
       {&names.english, &names.japaneseRomaji, &names.russianRomanized, &names.japanese, &names.russian,
        &names.japaneseOfRussian, &names.russianOfJapanese})
    row.values.push_back(text(*name));
}

void addDateFields(std::vector<Field>& fields) {
  fields.push_back({"earliest", FieldKind::Date});
  fields.push_back({"latest", FieldKind::Date});
}

std::vector<Field> textFields(std::initializer_list<const char*> names) {
  std::vector<Field> fields;
  for (const char* name : names) fields.push_back({name, FieldKind::Text});
  return fields;
}

std::string colourText(std::optional<std::uint32_t> colour) {
  if (!colour) return {};
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06x", static_cast<unsigned>(*colour & 0xffffffU));
  return buffer;
}

// Short state names joined with ", ".
std::string stateNames(const Dataset& dataset, const std::vector<std::string>& ids, Language language) {
  std::string joined;
  for (const std::string& id : ids) {
    const State* state = dataset.state(id);
    joined += (joined.empty() ? "" : ", ") + (state != nullptr ? state->shortLabel(language) : id);
  }
  return joined;
}

Table sourcesTable(const Dataset& dataset) {
  Table table{"sources",
              GeometryKind::None,
              textFields({"id", "citation", "urls", "note", "quality", "type", "authors", "title",
                          "container", "publisher", "issued", "pages", "archive", "accessed", "language"}),
              {}};
  for (const Source& s : dataset.sources()) {
    Row row;
    row.values = {text(s.id),
                  text(s.citation),
                  list(s.urls),
                  Value{},
                  s.quality ? Value{std::string(sourceQualityCode(*s.quality))} : Value{},
                  s.type ? Value{std::string(sourceTypeCode(*s.type))} : Value{},
                  list(s.authors),
                  text(s.title),
                  text(s.container),
                  text(s.publisher),
                  text(s.issued),
                  text(s.pages),
                  text(s.archive),
                  text(s.accessed),
                  text(s.language)};
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table statesTable(const Dataset& dataset) {
  Table table{"states", GeometryKind::None, {{"id", FieldKind::Text}}, {}};
  addLocalizedFields(table.fields, "name");
  addLocalizedFields(table.fields, "short");
  table.fields.push_back({"colour", FieldKind::Text});
  table.fields.push_back({"valid", FieldKind::Text});
  addLocalizedFields(table.fields, "dispute_term");
  table.fields.push_back({"source_ids", FieldKind::Text});
  table.fields.push_back({"note", FieldKind::Text});
  addDateFields(table.fields);
  for (const State& state : dataset.states()) {
    Row row;
    row.values.push_back(text(state.id));
    pushLocalized(row, state.name);
    pushLocalized(row, state.shortName);
    row.values.push_back(text(colourText(state.colour)));
    row.values.push_back(edtfText(state.valid));
    pushLocalized(row, state.disputeTerm);
    row.values.push_back(list(state.sourceIds));
    row.values.push_back(text(state.note));
    pushDays(row, halfOpenPossibleDays(state.valid));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table placesTable(const Dataset& dataset) {
  Table table{"places",
              GeometryKind::Point,
              {{"id", FieldKind::Text},
               {"lon", FieldKind::Real},
               {"lat", FieldKind::Real},
               {"valid", FieldKind::Text}},
              {}};
  addNameFields(table.fields);
  table.fields.push_back({"source_ids", FieldKind::Text});
  table.fields.push_back({"note", FieldKind::Text});
  addDateFields(table.fields);
  for (const Place& place : dataset.places()) {
    for (const PlaceNameSpan& span : place.names) {
      Row row;
      row.values = {text(place.id), Value{place.location.lon}, Value{place.location.lat},
                    edtfText(span.valid)};
      pushNames(row, span.names);
      row.values.push_back(list(span.sourceIds));
      row.values.emplace_back();
      pushDays(row, halfOpenPossibleDays(span.valid));
      row.geometry = place.location;
      row.label = span.names.label(Language::English, NamingOrder::JapaneseFirst);
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

void addAreaFields(std::vector<Field>& fields) {
  fields.push_back({"published_area_km2", FieldKind::Real});
  fields.push_back({"area_source_ids", FieldKind::Text});
  fields.push_back({"area_alt_km2", FieldKind::Real});
  fields.push_back({"area_alt_source_ids", FieldKind::Text});
}

Table territoriesTable(const Dataset& dataset) {
  Table table{"territories", GeometryKind::MultiPolygon, {{"id", FieldKind::Text}}, {}};
  addNameFields(table.fields);
  table.fields.push_back({"label_lon", FieldKind::Real});
  table.fields.push_back({"label_lat", FieldKind::Real});
  addAreaFields(table.fields);
  table.fields.push_back({"context_only", FieldKind::Integer});
  for (const Territory& territory : dataset.territories()) {
    Row row;
    row.values.push_back(text(territory.id));
    pushNames(row, territory.names);
    row.values.insert(row.values.end(), {Value{territory.labelPoint.lon}, Value{territory.labelPoint.lat},
                                         real(territory.publishedAreaKm2), list(territory.areaSourceIds),
                                         real(territory.areaAlt.km2), list(territory.areaAlt.sourceIds),
                                         flag(territory.contextOnly)});
    row.geometry = territory.shape.geographic;
    row.label = territory.names.label(Language::English, NamingOrder::JapaneseFirst);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table partsTable(const Dataset& dataset) {
  Table table{"territory_parts",
              GeometryKind::MultiPolygon,
              {{"id", FieldKind::Text}, {"territory_id", FieldKind::Text}},
              {}};
  addNameFields(table.fields);
  table.fields.push_back({"name_source_ids", FieldKind::Text});
  addAreaFields(table.fields);
  table.fields.push_back({"label_lon", FieldKind::Real});
  table.fields.push_back({"label_lat", FieldKind::Real});
  for (const Territory& territory : dataset.territories()) {
    for (const TerritoryPart& part : territory.parts) {
      Row row;
      row.values = {text(part.id), text(part.territoryId)};
      pushNames(row, part.names);
      row.values.insert(
          row.values.end(),
          {list(part.nameSourceIds), real(part.area.km2), list(part.area.sourceIds), real(part.areaAlt.km2),
           list(part.areaAlt.sourceIds), Value{part.labelPoint.lon}, Value{part.labelPoint.lat}});
      row.geometry = part.shape.geographic;
      row.label = part.names.label(Language::English, NamingOrder::JapaneseFirst);
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

void pushNameSpans(Table& table, const std::string& territoryId, const std::string& partId,
                   const std::vector<PlaceNameSpan>& spans, const ExportFilter& filter) {
  for (const PlaceNameSpan& span : spans) {
    const DayRange days = halfOpenPossibleDays(span.valid);
    if (!filter.passes(days)) continue;
    Row row;
    row.values = {text(territoryId),
                  text(partId),
                  edtfText(span.valid),
                  text(span.names.english),
                  text(span.names.japanese),
                  text(span.names.russian),
                  text(span.names.japaneseRomaji),
                  text(span.names.russianRomanized),
                  list(span.sourceIds),
                  Value{}};
    pushDays(row, days);
    table.rows.push_back(std::move(row));
  }
}

Table territoryNamesTable(const Dataset& dataset, const ExportFilter& filter) {
  Table table{"territory_names",
              GeometryKind::None,
              textFields({"territory_id", "part_id", "valid", "name_en", "name_ja", "name_ru", "name_ja_latn",
                          "name_ru_latn", "source_ids", "note"}),
              {}};
  addDateFields(table.fields);
  for (const Territory& territory : dataset.territories()) {
    pushNameSpans(table, territory.id, {}, territory.historicalNames, filter);
    for (const TerritoryPart& part : territory.parts)
      pushNameSpans(table, territory.id, part.id, part.historicalNames, filter);
  }
  return table;
}

Table controlPeriodsTable(const Dataset& dataset, const ExportFilter& filter) {
  Table table{"control_periods",
              GeometryKind::MultiPolygon,
              textFields({"id", "territory_id", "interval", "administered_by", "claimed_by", "kind",
                          "basis_event_id"}),
              {}};
  addLocalizedFields(table.fields, "basis");
  addLocalizedFields(table.fields, "position_japan");
  addLocalizedFields(table.fields, "position_russia");
  for (const char* name : {"position_japan_source_ids", "position_russia_source_ids", "source_ids", "note"})
    table.fields.push_back({name, FieldKind::Text});
  addDateFields(table.fields);
  addLocalizedFields(table.fields, "territory_name");
  addLocalizedFields(table.fields, "administered_by");
  addLocalizedFields(table.fields, "claimed_by");
  for (const ControlPeriod& period : dataset.controlPeriods()) {
    const DayRange days = halfOpenPossibleDays(period.interval);
    if (!filter.passes(days)) continue;
    Row row;
    row.values = {text(period.id),
                  text(period.territoryId),
                  text(period.interval.toString()),
                  list(period.administeredBy),
                  list(period.claimedBy),
                  Value{std::string(controlKindCode(period.kind))},
                  text(period.basisEventId)};
    pushLocalized(row, period.basis);
    pushLocalized(row, period.positionJapan);
    pushLocalized(row, period.positionRussia);
    row.values.insert(row.values.end(),
                      {list(period.positionJapanSourceIds), list(period.positionRussiaSourceIds),
                       list(period.sourceIds), text(period.note)});
    pushDays(row, days);
    const Territory* territory = dataset.territory(period.territoryId);
    for (Language language : {Language::English, Language::Japanese, Language::Russian})
      row.values.push_back(text(territory != nullptr
                                    ? territory->names.label(language, NamingOrder::JapaneseFirst)
                                    : std::string()));
    for (const std::vector<std::string>* ids : {&period.administeredBy, &period.claimedBy})
      for (Language language : {Language::English, Language::Japanese, Language::Russian})
        row.values.push_back(text(stateNames(dataset, *ids, language)));
    if (territory != nullptr) row.geometry = territory->shape.geographic;
    row.label = (territory != nullptr ? territory->names.label(Language::English, NamingOrder::JapaneseFirst)
                                      : period.territoryId) +
                ": " + stateNames(dataset, period.administeredBy, Language::English);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table boundariesTable(const Dataset& dataset, const ExportFilter& filter) {
  Table table{"boundaries", GeometryKind::MultiLineString, {{"id", FieldKind::Text}}, {}};
  addLocalizedFields(table.fields, "name");
  table.fields.push_back({"in_force", FieldKind::Text});
  table.fields.push_back({"basis_event_id", FieldKind::Text});
  addLocalizedFields(table.fields, "basis");
  table.fields.push_back({"schematic", FieldKind::Integer});
  table.fields.push_back({"source_ids", FieldKind::Text});
  addDateFields(table.fields);
  for (const Boundary& boundary : dataset.boundaries()) {
    const DayRange days = halfOpenPossibleDays(boundary.inForce);
    if (!filter.passes(days)) continue;
    Row row;
    row.values.push_back(text(boundary.id));
    pushLocalized(row, boundary.name);
    row.values.push_back(text(boundary.inForce.toString()));
    row.values.push_back(text(boundary.basisEventId));
    pushLocalized(row, boundary.basis);
    row.values.push_back(flag(boundary.schematic));
    row.values.push_back(list(boundary.sourceIds));
    pushDays(row, days);
    row.geometry = boundary.lines.geographic;
    row.label = boundary.name.en.empty() ? boundary.id : boundary.name.en;
    table.rows.push_back(std::move(row));
  }
  return table;
}

// The event's own point: its location unless that is only its place's.
std::optional<GeoPoint> ownPoint(const Dataset& dataset, const Event& event) {
  if (!event.location) return std::nullopt;
  const Place* place = event.placeId.empty() ? nullptr : dataset.place(event.placeId);
  if (place != nullptr && place->location == *event.location) return std::nullopt;
  return event.location;
}

Table eventsTable(const Dataset& dataset, const ExportFilter& filter) {
  Table table{"events", GeometryKind::Point, textFields({"id", "date", "category"}), {}};
  addLocalizedFields(table.fields, "title");
  addLocalizedFields(table.fields, "summary");
  table.fields.push_back({"place_id", FieldKind::Text});
  table.fields.push_back({"lon", FieldKind::Real});
  table.fields.push_back({"lat", FieldKind::Real});
  for (const char* name : {"territories", "source_ids", "confidence", "note"})
    table.fields.push_back({name, FieldKind::Text});
  addDateFields(table.fields);
  for (const Event& event : dataset.events()) {
    if (!filter.passes(event)) continue;
    Row row;
    row.values = {text(event.id), text(event.date.toString()),
                  Value{std::string(eventCategoryCode(event.category))}};
    pushLocalized(row, event.title);
    pushLocalized(row, event.summary);
    row.values.push_back(text(event.placeId));
    const std::optional<GeoPoint> own = ownPoint(dataset, event);
    row.values.push_back(own ? Value{own->lon} : Value{});
    row.values.push_back(own ? Value{own->lat} : Value{});
    row.values.insert(row.values.end(),
                      {list(event.territoryIds), list(event.sourceIds),
                       Value{std::string(confidenceCode(event.confidence))}, text(event.note)});
    pushDays(row, event.date.range());
    if (event.location) row.geometry = *event.location;
    row.label = event.title.en;
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table tradeTable(const Dataset& dataset) {
  Table table{"trade",
              GeometryKind::None,
              {{"id", FieldKind::Text},
               {"year", FieldKind::Integer},
               {"year_uncertain", FieldKind::Integer},
               {"partner", FieldKind::Text},
               {"flow", FieldKind::Text},
               {"value", FieldKind::Real},
               {"unit", FieldKind::Text},
               {"source_id", FieldKind::Text},
               {"bound", FieldKind::Text},
               {"approximate", FieldKind::Integer},
               {"derived", FieldKind::Integer},
               {"derived_from", FieldKind::Text},
               {"note", FieldKind::Text}},
              {}};
  for (const TradeObservation& o : dataset.trade()) {
    Row row;
    row.values = {text(o.id),
                  Value{static_cast<long long>(o.year)},
                  flag(o.yearUncertain),
                  text(o.partnerStateId),
                  Value{std::string(tradeFlowCode(o.flow))},
                  Value{o.value},
                  text(o.unit),
                  text(o.sourceId),
                  Value{std::string(tradeBoundCode(o.bound))},
                  flag(o.approximate),
                  flag(o.derived),
                  list(o.derivedFrom),
                  text(o.note)};
    table.rows.push_back(std::move(row));
  }
  return table;
}

void addCoastlines(const Dataset& dataset, std::vector<Table>& tables) {
  for (CoastlineLevel level :
       {CoastlineLevel::Intermediate, CoastlineLevel::High, CoastlineLevel::Full, CoastlineLevel::World}) {
    const Coastline* coastline = dataset.coastline(level);
    if (coastline == nullptr) continue;
    Table table{coastlineLayerName(level), GeometryKind::Polygon, {{"level", FieldKind::Integer}}, {}};
    table.coastline = true;
    for (std::size_t i = 0; i < coastline->geographic.polygons.size(); ++i) {
      Row row;
      const long long gshhg = i < coastline->gshhgLevels.size() ? coastline->gshhgLevels[i] : 1;
      row.values = {Value{gshhg}};
      row.geometry = coastline->geographic.polygons[i];
      table.rows.push_back(std::move(row));
    }
    tables.push_back(std::move(table));
  }
}

}  // namespace

int Table::fieldIndex(std::string_view field) const noexcept {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == field) return static_cast<int>(i);
  return -1;
}

std::vector<Table> buildTables(const Dataset& dataset, const ExportFilter& filter) {
  std::vector<Table> tables;
  tables.push_back(sourcesTable(dataset));
  tables.push_back(statesTable(dataset));
  tables.push_back(placesTable(dataset));
  tables.push_back(territoriesTable(dataset));
  tables.push_back(partsTable(dataset));
  tables.push_back(territoryNamesTable(dataset, filter));
  tables.push_back(controlPeriodsTable(dataset, filter));
  tables.push_back(boundariesTable(dataset, filter));
  tables.push_back(eventsTable(dataset, filter));
  tables.push_back(tradeTable(dataset));
  addCoastlines(dataset, tables);
  return tables;
}

}  // namespace okhotsk::exporting
