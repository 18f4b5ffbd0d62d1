#include "commands.h"

#include "json_writer.h"
#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"
#include "options.h"
#include "phrases.h"

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

void writeDay(JsonWriter& json, std::string_view key, DayNumber day) {
  json.key(key);
  if (day <= kDayMin || day >= kDayMax)
    json.null();
  else
    json.value(isoDate(day));
}

void writeEdtf(JsonWriter& json, const Edtf& value) {
  json.beginObject();
  json.field("edtf", value.toString());
  writeDay(json, "earliest", value.earliest());
  writeDay(json, "latest", value.latest());
  json.endObject();
}

struct LoadedDataset {
  std::unique_ptr<Dataset> dataset;
  Diagnostics diagnostics;
};

LoadedDataset openDataset(const Options& options, std::ostream& err) {
  std::filesystem::path path;
  if (options.dataset) {
    path = *options.dataset;
  } else if (auto embedded = findEmbeddedDataset()) {
    path = *embedded;
  } else {
    throw std::runtime_error("the embedded dataset was not found; set OKHOTSK_DATASET or pass --dataset");
  }
  LoadOptions loadOptions;
  loadOptions.coastlineLevels.clear();  // queries need no coastlines
  LoadResult result = loadDataset(path, loadOptions);
  if (!result.dataset) {
    err << result.diagnostics.toText();
    throw std::runtime_error("cannot read the dataset " + path.string());
  }
  if (result.diagnostics.errorCount() > 0)
    err << "warning: the dataset has " << result.diagnostics.errorCount()
        << " errors; run 'okhotsk-cli check " << path.string() << "' to list them\n";
  return {std::move(result.dataset), std::move(result.diagnostics)};
}

void writePeriodJson(JsonWriter& json, const ControlPeriod& period, Language language) {
  json.beginObject();
  json.field("id", period.id);
  json.field("interval", period.interval.toString());
  json.field("kind", controlKindCode(period.kind));
  json.key("administered_by").stringArray(period.administeredBy);
  json.key("claimed_by").stringArray(period.claimedBy);
  json.field("basis_event_id", period.basisEventId);
  json.field("basis", period.basis.get(language));
  json.field("disputed", period.isDisputed());
  const std::tuple<const char*, const LocalizedText*, const std::vector<std::string>*> positions[] = {
      {"position_japan", &period.positionJapan, &period.positionJapanSourceIds},
      {"position_russia", &period.positionRussia, &period.positionRussiaSourceIds}};
  for (const auto& [key, text, sources] : positions) {
    json.key(key);
    if (text->en.empty()) {
      json.null();
      continue;
    }
    json.beginObject().field("text", text->get(language));
    json.key("source_ids").stringArray(*sources);
    json.endObject();
  }
  json.key("source_ids").stringArray(period.sourceIds);
  json.endObject();
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
  JsonWriter json(out);
  json.beginObject();
  json.field("date", date.toString());
  json.field("day", isoDate(day));
  json.key("territories").beginArray();
  for (const TerritoryState& state : states) {
    json.beginObject();
    json.field("id", state.territory->id);
    json.field("name", state.territory->namesOn(day).label(language, NamingOrder::JapaneseFirst));
    json.field("known", state.known());
    json.field("uncertain", state.uncertain());
    json.field("disputed", state.disputed());
    json.key("periods").beginArray();
    for (const ControlPeriod* period : {state.period, state.alternative})
      if (period != nullptr) writePeriodJson(json, *period, language);
    json.endArray();
    json.endObject();
  }
  json.endArray();
  json.endObject();
}

void printState(std::ostream& out, const Dataset& dataset, const Edtf& date, DayNumber day,
                const std::vector<TerritoryState>& states, Language language) {
  std::string when = formatDay(day, language);
  if (auto era = formatJapaneseEra(day, language)) when += bracketed(*era, language);
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
  if (options.positional.size() != 2) throw UsageError("state expects one DATE");
  const Edtf date = parseDateArgument(options.positional[1]);
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

void writeEventJson(JsonWriter& json, const Dataset& dataset, const Event& e, Language language) {
  json.beginObject();
  json.field("id", e.id);
  json.key("date");
  writeEdtf(json, e.date);
  json.field("category", eventCategoryCode(e.category));
  json.field("title", e.title.get(language));
  json.field("summary", e.summary.get(language));
  json.field("place_id", e.placeId);
  json.key("location");
  if (e.location) {
    json.beginObject().field("lon", e.location->lon).field("lat", e.location->lat).endObject();
  } else {
    json.null();
  }
  json.key("territories").stringArray(e.territoryIds);
  json.field("confidence", confidenceCode(e.confidence));
  json.key("sources").beginArray();
  for (const std::string& id : e.sourceIds) {
    json.beginObject().field("id", id);
    if (const Source* source = dataset.source(id)) {
      json.field("citation", source->citation);
      json.key("urls").stringArray(source->urls);
    }
    json.endObject();
  }
  json.endArray();
  json.endObject();
}

int commandEvents(const Options& options, std::ostream& out, std::ostream& err) {
  if (options.positional.size() != 3) throw UsageError("events expects FROM and TO");
  const Edtf from = parseDateArgument(options.positional[1]);
  const Edtf to = parseDateArgument(options.positional[2]);
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
    JsonWriter json(out);
    json.beginObject();
    json.field("from", from.toString());
    json.field("to", to.toString());
    json.field("count", static_cast<std::int64_t>(events.size()));
    json.key("events").beginArray();
    for (const Event* e : events) writeEventJson(json, dataset, *e, language);
    json.endArray();
    json.endObject();
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

void writeSeriesJson(JsonWriter& json, const Dataset& dataset, const TradeSeries& s) {
  json.beginObject();
  json.field("source_id", s.sourceId);
  const Source* source = dataset.source(s.sourceId);
  json.field("citation", source != nullptr ? source->citation : std::string());
  json.field("flow", tradeFlowCode(s.flow));
  json.field("unit", s.unit);
  json.field("annual", s.annual);
  json.key("points").beginArray();
  for (const TradeSeriesPoint& p : s.points) {
    json.beginObject().field("year", p.year);
    json.optionalField("value", p.value);
    if (p.observation != nullptr) {
      json.field("unit", p.observation->unit);
      json.field("partner", p.observation->partnerStateId);
      json.field("bound", tradeBoundCode(p.observation->bound));
      json.field("approximate", p.observation->approximate);
      json.field("derived", p.observation->derived);
      json.key("derived_from").stringArray(p.observation->derivedFrom);
      json.field("year_uncertain", p.observation->yearUncertain);
    }
    json.endObject();
  }
  json.endArray();
  json.endObject();
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
  if (options.positional.size() != 1) throw UsageError("trade takes no positional argument");
  const auto loaded = openDataset(options, err);
  const Dataset& dataset = *loaded.dataset;
  const auto series = dataset.tradeSeries(options.fromYear, options.toYear);
  if (options.json) {
    JsonWriter json(out);
    json.beginObject();
    json.key("series").beginArray();
    for (const TradeSeries& s : series) writeSeriesJson(json, dataset, s);
    json.endArray();
    json.endObject();
    return 0;
  }
  for (const TradeSeries& s : series) printSeries(out, dataset, s, options.language);
  return 0;
}

int commandCheck(const Options& options, std::ostream& out) {
  if (options.positional.size() != 2) throw UsageError("check expects a PATH");
  const std::filesystem::path path = options.positional[1];
  LoadResult result = loadDataset(path);
  const Diagnostics& diagnostics = result.diagnostics;
  if (options.json) {
    JsonWriter json(out);
    json.beginObject();
    json.field("path", path.string());
    json.field("readable", result.dataset != nullptr);
    json.field("errors", static_cast<std::int64_t>(diagnostics.errorCount()));
    json.field("warnings", static_cast<std::int64_t>(diagnostics.warningCount()));
    json.key("diagnostics").beginArray();
    for (const Diagnostic& d : diagnostics.items()) {
      json.beginObject();
      json.field("severity", severityName(d.severity));
      json.field("file", d.file);
      json.field("layer", d.layer);
      json.field("feature", d.featureId);
      json.field("field", d.field);
      json.field("message", d.message);
      json.endObject();
    }
    json.endArray();
    json.endObject();
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
    JsonWriter json(out);
    json.beginObject().field("input", text).field("valid", false);
    json.field("position", static_cast<std::int64_t>(error.position))
        .field("reason", error.reason)
        .endObject();
  } else {
    out << "'" << text << "' is not a valid EDTF date: " << error.message() << '\n';
  }
}

void writeDateJson(std::ostream& out, const std::string& text, const Edtf& date) {
  const DayNumber first = date.earliest();
  JsonWriter json(out);
  json.beginObject().field("input", text).field("valid", true).field("edtf", date.toString());
  json.field("interval", date.isInterval());
  writeDay(json, "earliest", first);
  writeDay(json, "latest", date.latest());
  json.key("start").beginObject().field("kind", describeEnd(date.start())).endObject();
  json.key("end").beginObject().field("kind", describeEnd(date.end())).endObject();
  json.key("readable").beginObject();
  for (Language language : {Language::English, Language::Japanese, Language::Russian})
    json.field(languageCode(language), formatEdtf(date, language));
  json.endObject();
  json.key("old_style");
  if (first > kDayMin && isOldStyleInRussia(first))
    json.value(isoDate(daysFromGregorian(julianFromDays(first))));
  else
    json.null();
  json.key("japanese_era");
  if (auto era = first > kDayMin ? japaneseEra(first) : std::nullopt) {
    json.beginObject()
        .field("era", era->eraRomaji)
        .field("era_kanji", era->eraKanji)
        .field("year", era->year);
    json.endObject();
  } else {
    json.null();
  }
  json.endObject();
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
  if (options.positional.size() != 2) throw UsageError("date expects one EDTF date");
  const std::string& text = options.positional[1];
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

}  // namespace

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  try {
    const Options options = parseOptions(arguments);
    if (options.positional.empty() || options.positional.front() == "help") {
      (options.positional.empty() ? err : out) << usageText();
      return options.positional.empty() ? 2 : 0;
    }
    const std::string& command = options.positional.front();
    if (command == "state") return commandState(options, out, err);
    if (command == "events") return commandEvents(options, out, err);
    if (command == "trade") return commandTrade(options, out, err);
    if (command == "check") return commandCheck(options, out);
    if (command == "date") return commandDate(options, out);
    throw UsageError("unknown command '" + command + "'");
  } catch (const UsageError& error) {
    err << "okhotsk-cli: " << error.what() << "\n\n" << usageText();
    return 2;
  } catch (const std::exception& error) {
    err << "okhotsk-cli: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace okhotsk::cli
