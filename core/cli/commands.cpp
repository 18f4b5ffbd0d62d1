// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "generate_command.h"
#include "json_output.h"
#include "okhotsk/edtf.h"
#include "okhotsk/export.h"
#include "okhotsk/loader.h"
#include "options.h"
#include "phrases.h"
#include "sources_command.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

namespace okhotsk::cli {

namespace {

// Short state names ("USSR", "ソ連", "СССР") joined in the language's way.
std::string stateNames(const Dataset& dataset, const std::vector<std::string>& ids, Language language) {
  std::string text;
  for (const std::string& id : ids) {
    const State* state = dataset.state(id);
    if (!text.empty()) text += phrase(Phrase::ListSeparator, language);
    text += state != nullptr ? state->shortLabel(language) : id;
  }
  return text;
}

// The claimants that do not administer: the "claimed by" of "administered by X, claimed by Y".
std::vector<std::string> otherClaimants(const ControlPeriod& period) {
  std::vector<std::string> others;
  for (const std::string& id : period.claimedBy)
    if (std::find(period.administeredBy.begin(), period.administeredBy.end(), id) ==
        period.administeredBy.end())
      others.push_back(id);
  return others;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + id;
  return text;
}

// "(text)", with full-width brackets in Japanese.
std::string bracketed(std::string_view text, Language language) {
  if (language == Language::Japanese) return "（" + std::string(text) + "）";
  return " (" + std::string(text) + ")";
}

// The reader's own usage first outside English ("Итуруп / Etorofu"), Japanese first in English.
NamingOrder readerOrder(Language language) {
  return language == Language::English ? NamingOrder::JapaneseFirst : NamingOrder::English;
}

// An ISO day, or null for an open end.
Json dayJson(DayNumber day) {
  if (day <= kDayMin || day >= kDayMax) return nullptr;
  return isoDate(day);
}

Json edtfJson(const Edtf& value) {
  Json json = Json::object();
  json["edtf"] = value.toString();
  json["earliest"] = dayJson(value.earliest());
  json["latest"] = dayJson(value.latest());
  return json;
}

struct LoadedDataset {
  std::unique_ptr<Dataset> dataset;
  Diagnostics diagnostics;
};

// Queries need no coastlines; an export writes them.
LoadedDataset openDataset(const Options& options, std::ostream& err, bool withCoastlines = false) {
  std::filesystem::path path;
  if (options.dataset) {
    path = *options.dataset;
  } else if (auto embedded = findEmbeddedDataset()) {
    path = *embedded;
  } else {
    throw std::runtime_error("the embedded dataset was not found; set OKHOTSK_DATASET or pass --dataset");
  }
  LoadOptions loadOptions;
  if (!withCoastlines) loadOptions.coastlineLevels.clear();
  LoadResult result = loadDataset(path, loadOptions);
  if (!result.dataset) {
    err << result.diagnostics.toText();
    throw std::runtime_error("cannot read the dataset " + path.string());
  }
  if (result.diagnostics.errorCount() > 0)
    err << "warning: the dataset has " << result.diagnostics.errorCount()
        << (result.diagnostics.errorCount() == 1 ? " error" : " errors") << "; run 'okhotsk-cli check "
        << path.string() << "' to list them\n";
  return {std::move(result.dataset), std::move(result.diagnostics)};
}

Json periodJson(const ControlPeriod& period, Language language) {
  Json json = Json::object();
  json["id"] = period.id;
  json["interval"] = period.interval.toString();
  json["kind"] = controlKindCode(period.kind);
  json["administered_by"] = period.administeredBy;
  json["claimed_by"] = period.claimedBy;
  json["basis_event_id"] = period.basisEventId;
  json["basis"] = period.basis.get(language);
  json["disputed"] = period.isDisputed();
  const std::tuple<const char*, const LocalizedText*, const std::vector<std::string>*> positions[] = {
      {"position_japan", &period.positionJapan, &period.positionJapanSourceIds},
      {"position_russia", &period.positionRussia, &period.positionRussiaSourceIds}};
  for (const auto& [key, text, sources] : positions) {
    if (text->en.empty()) {
      json[key] = nullptr;
      continue;
    }
    Json position = Json::object();
    position["text"] = text->get(language);
    position["source_ids"] = *sources;
    json[key] = std::move(position);
  }
  json["source_ids"] = period.sourceIds;
  return json;
}

// One period as text: who administers and claims it, its interval and basis, and for a
// disputed period both legal positions, each with its sources.
void printPeriod(std::ostream& out, const Dataset& dataset, const ControlPeriod& period, Language language) {
  const std::string_view separator = phrase(Phrase::ClauseSeparator, language);
  out << "    "
      << fill(phrase(Phrase::AdministeredBy, language), stateNames(dataset, period.administeredBy, language))
      << bracketed(controlKindName(period.kind, language), language);
  if (const std::vector<std::string> others = otherClaimants(period); !others.empty())
    out << phrase(Phrase::ListSeparator, language)
        << fill(phrase(Phrase::ClaimedBy, language), stateNames(dataset, others, language));
  if (period.isDisputed() && period.kind != ControlKind::AdministeredDisputed)
    out << separator << phrase(Phrase::Disputed, language);
  out << "\n      " << fill(phrase(Phrase::InForce, language), formatEdtf(period.interval, language))
      << separator << fill(phrase(Phrase::Basis, language), period.basis.get(language)) << '\n';
  if (!period.hasPositions()) return;
  const std::pair<const LocalizedText*, const std::vector<std::string>*> positions[] = {
      {&period.positionJapan, &period.positionJapanSourceIds},
      {&period.positionRussia, &period.positionRussiaSourceIds}};
  for (const auto& [text, sources] : positions)
    out << "      " << text->get(language) << "\n        "
        << fill(phrase(Phrase::Sources, language), joinIds(*sources)) << '\n';
}

void writeStateJson(std::ostream& out, const Edtf& date, DayNumber day,
                    const std::vector<TerritoryState>& states, Language language) {
  Json json = Json::object();
  json["date"] = date.toString();
  json["day"] = isoDate(day);
  Json territories = Json::array();
  for (const TerritoryState& state : states) {
    Json territory = Json::object();
    territory["id"] = state.territory->id;
    territory["name"] = state.territory->namesOn(day).label(language, NamingOrder::JapaneseFirst);
    territory["known"] = state.known();
    territory["uncertain"] = state.uncertain();
    territory["disputed"] = state.disputed();
    Json periods = Json::array();
    for (const ControlPeriod* period : {state.period, state.alternative})
      if (period != nullptr) periods.push_back(periodJson(*period, language));
    territory["periods"] = std::move(periods);
    territories.push_back(std::move(territory));
  }
  json["territories"] = std::move(territories);
  writeJson(out, json);
}

void printState(std::ostream& out, const Dataset& dataset, const Edtf& date, DayNumber day,
                const std::vector<TerritoryState>& states, Language language) {
  std::string when = formatDay(day, language);
  // The era after a separator, not in brackets: before 1873 it carries its own "(lunisolar)".
  if (auto era = formatJapaneseEra(day, language))
    when += (language == Language::Japanese ? "・" : " — ") + *era;
  out << fill(phrase(Phrase::On, language), when);
  if (date.range().length() > 1)
    out << fill(phrase(Phrase::FirstDayOf, language), formatEdtf(date, language));
  out << (language == Language::Japanese ? "：\n" : ":\n");
  for (const TerritoryState& state : states) {
    out << "  " << state.territory->namesOn(day).label(language, readerOrder(language)) << '\n';
    if (!state.known()) {
      out << "    " << phrase(Phrase::NoPeriod, language) << '\n';
      continue;
    }
    if (state.uncertain()) out << "    " << phrase(Phrase::Uncertain, language) << '\n';
    for (const ControlPeriod* period : {state.period, state.alternative})
      if (period != nullptr) printPeriod(out, dataset, *period, language);
  }
}

int commandState(const Options& options, std::ostream& out, std::ostream& err) {
  const Edtf date = parseDateArgument(options.arguments.at(0));
  const std::optional<DayNumber> day = date.firstDay();
  if (!day) throw UsageError("state needs a date with a known start");
  const auto loaded = openDataset(options, err);
  const auto states = loaded.dataset->stateOn(*day);
  if (options.json)
    writeStateJson(out, date, *day, states, options.language);
  else
    printState(out, *loaded.dataset, date, *day, states, options.language);
  return 0;
}

Json eventJson(const Dataset& dataset, const Event& e, Language language) {
  Json json = Json::object();
  json["id"] = e.id;
  json["date"] = edtfJson(e.date);
  json["category"] = eventCategoryCode(e.category);
  json["title"] = e.title.get(language);
  json["summary"] = e.summary.get(language);
  json["place_id"] = e.placeId;
  json["location"] = nullptr;
  if (e.location) {
    json["location"] = Json::object();
    json["location"]["lon"] = e.location->lon;
    json["location"]["lat"] = e.location->lat;
  }
  json["territories"] = e.territoryIds;
  json["confidence"] = confidenceCode(e.confidence);
  Json sources = Json::array();
  for (const std::string& id : e.sourceIds) {
    Json source = Json::object();
    source["id"] = id;
    if (const Source* known = dataset.source(id)) {
      source["citation"] = known->citation;
      source["urls"] = known->urls;
    }
    sources.push_back(std::move(source));
  }
  json["sources"] = std::move(sources);
  return json;
}

int commandEvents(const Options& options, std::ostream& out, std::ostream& err) {
  const Edtf from = parseDateArgument(options.arguments.at(0));
  const Edtf to = parseDateArgument(options.arguments.at(1));
  const DayRange range{from.earliest(), to.latest()};
  if (range.first > range.last) throw UsageError("FROM is after TO");
  const auto loaded = openDataset(options, err);
  const Dataset& dataset = *loaded.dataset;
  std::vector<const Event*> events = dataset.eventsIn(range);
  if (options.category) {
    const EventCategory category = *eventCategoryFromCode(*options.category);
    std::erase_if(events, [&](const Event* e) { return e->category != category; });
  }
  const Language language = options.language;
  if (options.json) {
    Json json = Json::object();
    json["from"] = from.toString();
    json["to"] = to.toString();
    json["count"] = events.size();
    json["events"] = Json::array();
    for (const Event* e : events) json["events"].push_back(eventJson(dataset, *e, language));
    writeJson(out, json);
    return 0;
  }
  out << fill(phrase(Phrase::EventsFromTo, language), std::to_string(events.size()),
              formatEdtf(from, language), formatEdtf(to, language))
      << '\n';
  for (const Event* e : events) {
    out << "  " << std::left << std::setw(6) << e->id << ' ' << formatEdtf(e->date, language) << "  ["
        << eventCategoryName(e->category, language) << "] " << e->title.get(language);
    if (e->confidence == Confidence::Unconfirmed) out << ' ' << phrase(Phrase::Unconfirmed, language);
    out << '\n';
  }
  return 0;
}

Json seriesJson(const Dataset& dataset, const TradeSeries& s) {
  Json json = Json::object();
  json["source_id"] = s.sourceId;
  const Source* source = dataset.source(s.sourceId);
  json["citation"] = source != nullptr ? source->citation : std::string();
  json["flow"] = tradeFlowCode(s.flow);
  json["unit"] = s.unit;
  json["annual"] = s.annual;
  json["points"] = Json::array();
  for (const TradeSeriesPoint& p : s.points) {
    Json point = Json::object();
    point["year"] = p.year;
    point["value"] = p.value ? Json(*p.value) : Json(nullptr);
    if (const TradeObservation* o = p.observation) {
      point["unit"] = o->unit;
      point["partner"] = o->partnerStateId;
      point["bound"] = tradeBoundCode(o->bound);
      point["approximate"] = o->approximate;
      point["derived"] = o->derived;
      point["derived_from"] = o->derivedFrom;
      point["year_uncertain"] = o->yearUncertain;
    }
    json["points"].push_back(std::move(point));
  }
  return json;
}

void printSeries(std::ostream& out, const Dataset& dataset, const TradeSeries& s, Language language) {
  const Source* source = dataset.source(s.sourceId);
  // Citations are in English: shown in English output only (the JSON always has them).
  out << s.sourceId << " — " << tradeFlowCode(s.flow) << " — " << s.unit
      << (source != nullptr && language == Language::English ? " — " + source->citation : "") << '\n';
  for (const TradeSeriesPoint& p : s.points) {
    out << "  " << p.year << "  ";
    if (!p.value) {
      out << phrase(Phrase::NoFigure, language) << '\n';
      continue;
    }
    const TradeObservation& o = *p.observation;
    if (o.bound != TradeBound::Exact) out << tradeBoundName(o.bound, language) << ' ';
    const State* partner = dataset.state(o.partnerStateId);
    out << *p.value << ' ' << o.unit << "  "
        << (partner != nullptr ? partner->shortLabel(language) : o.partnerStateId);
    if (o.derived) out << "  " << phrase(Phrase::Derived, language);
    if (o.yearUncertain) out << "  " << phrase(Phrase::YearUncertain, language);
    out << '\n';
  }
}

int commandTrade(const Options& options, std::ostream& out, std::ostream& err) {
  const auto loaded = openDataset(options, err);
  const Dataset& dataset = *loaded.dataset;
  const auto series = dataset.tradeSeries(options.fromYear, options.toYear);
  if (options.json) {
    Json json = Json::object();
    json["series"] = Json::array();
    for (const TradeSeries& s : series) json["series"].push_back(seriesJson(dataset, s));
    writeJson(out, json);
    return 0;
  }
  for (const TradeSeries& s : series) printSeries(out, dataset, s, options.language);
  return 0;
}

int commandCheck(const Options& options, std::ostream& out) {
  const std::filesystem::path path = options.arguments.at(0);
  LoadResult result = loadDataset(path);
  const Diagnostics& diagnostics = result.diagnostics;
  if (options.json) {
    Json json = Json::object();
    json["path"] = path.string();
    json["readable"] = result.dataset != nullptr;
    json["errors"] = diagnostics.errorCount();
    json["warnings"] = diagnostics.warningCount();
    json["diagnostics"] = Json::array();
    for (const Diagnostic& d : diagnostics.items()) {
      Json item = Json::object();
      item["severity"] = severityName(d.severity);
      item["file"] = d.file;
      item["layer"] = d.layer;
      item["feature"] = d.featureId;
      item["field"] = d.field;
      item["message"] = d.message;
      json["diagnostics"].push_back(std::move(item));
    }
    writeJson(out, json);
  } else {
    out << diagnostics.toText();
    if (result.dataset) {
      const Dataset& dataset = *result.dataset;
      out << path.string() << ": " << dataset.events().size() << " events, " << dataset.territories().size()
          << " territories, " << dataset.controlPeriods().size() << " control periods, "
          << dataset.boundaries().size() << " boundaries, " << dataset.places().size() << " places, "
          << dataset.trade().size() << " trade figures, " << dataset.sources().size() << " sources\n";
    }
    out << diagnostics.errorCount() << " errors, " << diagnostics.warningCount() << " warnings\n";
  }
  return result.dataset && !diagnostics.hasErrors() ? 0 : 1;
}

// "open", "unknown", or the precision and qualifiers of a dated end ("day, uncertain").
std::string describeEnd(const EdtfEndpoint& end) {
  switch (end.kind) {
    case EndpointKind::Open:
      return "open";
    case EndpointKind::Unknown:
      return "unknown";
    case EndpointKind::Date:
      break;
  }
  std::string kind = std::string(precisionName(end.date.precision()));
  if (end.date.qualifiers().uncertain) kind += ", uncertain";
  if (end.date.qualifiers().approximate) kind += ", approximate";
  if (end.date.hasUnspecifiedDigits()) kind += ", unspecified digits";
  return kind;
}

void writeInvalidDate(std::ostream& out, const std::string& text, const EdtfError& error, bool asJson) {
  if (asJson) {
    Json json = Json::object();
    json["input"] = text;
    json["valid"] = false;
    // 1-based, as the text message ("at character 9") and people count characters.
    json["position"] = error.position + 1;
    json["reason"] = error.reason;
    writeJson(out, json);
  } else {
    out << "'" << text << "' is not a valid EDTF date: " << error.message() << '\n';
  }
}

// The time of day a level-0 date-time gives, as fields; null for a date without one.
Json timeJson(const Edtf& date) {
  if (date.isInterval() || date.start().kind != EndpointKind::Date) return nullptr;
  const std::optional<EdtfTime>& time = date.start().date.time();
  if (!time) return nullptr;
  Json json = Json::object();
  json["hour"] = time->hour;
  json["minute"] = time->minute;
  json["second"] = time->second;
  json["utc_offset_minutes"] = nullptr;
  if (time->utcOffsetMinutes) json["utc_offset_minutes"] = *time->utcOffsetMinutes;
  json["utc"] = time->utc;
  return json;
}

void writeDateJson(std::ostream& out, const std::string& text, const Edtf& date) {
  const DayNumber first = date.earliest();
  Json json = Json::object();
  json["input"] = text;
  json["valid"] = true;
  json["edtf"] = date.toString();
  json["interval"] = date.isInterval();
  json["earliest"] = dayJson(first);
  json["latest"] = dayJson(date.latest());
  json["start"] = Json::object();
  json["start"]["kind"] = describeEnd(date.start());
  json["end"] = Json::object();
  json["end"]["kind"] = describeEnd(date.end());
  json["time"] = timeJson(date);
  json["readable"] = Json::object();
  for (Language language : {Language::English, Language::Japanese, Language::Russian})
    json["readable"][std::string(languageCode(language))] = formatEdtf(date, language);
  json["old_style"] = nullptr;
  if (first > kDayMin && isOldStyleInRussia(first))
    json["old_style"] = isoDate(daysFromGregorian(julianFromDays(first)));
  json["japanese_era"] = nullptr;
  if (auto era = first > kDayMin ? japaneseEra(first) : std::nullopt) {
    json["japanese_era"] = Json::object();
    json["japanese_era"]["era"] = era->eraRomaji;
    json["japanese_era"]["era_kanji"] = era->eraKanji;
    json["japanese_era"]["year"] = era->year;
    // Before 1873 the era year is a lunisolar one; the lunisolar date goes with it.
    json["japanese_era"]["lunisolar"] = nullptr;
    if (auto lunisolar = japaneseLunisolarDate(first)) {
      json["japanese_era"]["lunisolar"] = Json::object();
      json["japanese_era"]["lunisolar"]["month"] = lunisolar->month;
      json["japanese_era"]["lunisolar"]["leap_month"] = lunisolar->leapMonth;
      json["japanese_era"]["lunisolar"]["day"] = lunisolar->day;
    }
  }
  writeJson(out, json);
}

void printDate(std::ostream& out, const Edtf& date) {
  const DayNumber first = date.earliest();
  const DayNumber last = date.latest();
  out << "EDTF:        " << date.toString() << '\n';
  out << "Reads:       " << formatEdtf(date, Language::English) << " / "
      << formatEdtf(date, Language::Japanese) << " / " << formatEdtf(date, Language::Russian) << '\n';
  out << "Days:        " << (first <= kDayMin ? std::string("open") : isoDate(first)) << " .. "
      << (last >= kDayMax ? std::string("open") : isoDate(last));
  if (first > kDayMin && last < kDayMax) {
    const DayNumber days = last - first + 1;
    out << " (" << days << (days == 1 ? " day)" : " days)");
  }
  out << '\n';
  out << "Start:       " << describeEnd(date.start()) << '\n';
  if (date.isInterval()) out << "End:         " << describeEnd(date.end()) << '\n';
  if (first > kDayMin) {
    if (auto oldStyle = formatOldStyle(first, Language::English)) out << "Old Style:   " << *oldStyle << '\n';
    if (auto era = formatJapaneseEra(first, Language::English))
      out << "Japanese era: " << *era << " (" << *formatJapaneseEra(first, Language::Japanese) << ")\n";
  }
}

int commandDate(const Options& options, std::ostream& out) {
  const std::string& text = options.arguments.at(0);
  EdtfError error;
  const auto parsed = Edtf::parse(text, &error);
  if (!parsed) {
    writeInvalidDate(out, text, error, options.json);
    return 1;
  }
  if (options.json)
    writeDateJson(out, text, *parsed);
  else
    printDate(out, *parsed);
  return 0;
}

ExportFilter exportFilter(const Options& options) {
  ExportFilter filter;
  if (options.fromDate || options.toDate) {
    DayRange days{kDayMin, kDayMax};
    if (options.fromDate) days.first = parseDateArgument(*options.fromDate).earliest();
    if (options.toDate) days.last = parseDateArgument(*options.toDate).latest();
    if (days.first > days.last) throw UsageError("--from is after --to");
    filter.days = days;
  }
  for (const std::string& code : options.categories)
    filter.categories.push_back(*eventCategoryFromCode(code));
  return filter;
}

int commandExport(const Options& options, std::ostream& out, std::ostream& err) {
  const ExportFormat format = *exportFormatFromCode(options.arguments.at(0));
  const std::filesystem::path target = options.arguments.at(1);
  const ExportFilter filter = exportFilter(options);
  const auto loaded = openDataset(options, err, true);
  const ExportResult result = exportDataset(*loaded.dataset, format, target, filter);
  err << result.diagnostics.toText();
  if (!result.ok())
    throw std::runtime_error("the export to " + target.string() + " failed; nothing was written");
  if (options.json) {
    Json json = Json::object();
    json["format"] = exportFormatCode(format);
    json["out"] = target.string();
    json["written"] = Json::array();
    for (const std::filesystem::path& file : result.written) json["written"].push_back(file.string());
    writeJson(out, json);
  } else {
    for (const std::filesystem::path& file : result.written) out << "wrote " << file.string() << '\n';
  }
  return 0;
}

// Writes the generated dataset folder and says what it added.
int commandGenerate(const Options& options, std::ostream& out) {
  GenerateRequest request;
  if (options.dataset) {
    request.base = *options.dataset;
  } else if (auto embedded = findEmbeddedDataset()) {
    request.base = *embedded;
  } else {
    throw std::runtime_error("the embedded dataset was not found; set OKHOTSK_DATASET or pass --dataset");
  }
  request.out = options.arguments.at(0);
  request.events = options.generateEvents;
  request.polygons = options.generatePolygons;
  request.seed = options.seed;
  const GenerateSummary summary = generateDataset(request);
  if (options.json) {
    Json json = Json::object();
    json["out"] = request.out.string();
    json["base"] = request.base.string();
    json["seed"] = request.seed;
    json["added"] = Json{{"events", summary.events},
                         {"places", summary.places},
                         {"territories", summary.territories},
                         {"control_periods", summary.controlPeriods},
                         {"sources", summary.sources}};
    writeJson(out, json);
  } else {
    out << "wrote " << request.out.string() << ": " << request.base.string() << " plus synthetic rows (seed "
        << request.seed << "): events " << summary.events << ", places " << summary.places << ", territories "
        << summary.territories << ", control periods " << summary.controlPeriods << ", sources "
        << summary.sources << '\n';
  }
  return 0;
}

}  // namespace

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  const CommandLine line = parseCommandLine(arguments, out, err);
  if (line.exitStatus) return *line.exitStatus;
  const Options& options = line.options;
  try {
    if (options.command == "state") return commandState(options, out, err);
    if (options.command == "events") return commandEvents(options, out, err);
    if (options.command == "trade") return commandTrade(options, out, err);
    if (options.command == "check") return commandCheck(options, out);
    if (options.command == "sources")
      return commandSources(options, *openDataset(options, err).dataset, out, err);
    if (options.command == "export") return commandExport(options, out, err);
    if (options.command == "generate") return commandGenerate(options, out);
    return commandDate(options, out);
  } catch (const UsageError& error) {
    err << "okhotsk-cli: " << error.what() << '\n' << usageHint(options.command);
    return kUsage;
  } catch (const std::exception& error) {
    err << "okhotsk-cli: " << error.what() << '\n';
    return kFailure;
  }
}

}  // namespace okhotsk::cli
