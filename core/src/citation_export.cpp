// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/citation_export.h"

#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace okhotsk {

namespace {

using Json = nlohmann::ordered_json;

bool isWebAddress(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

// The first web address, and every other address (a path in the dataset, a second page).
std::optional<std::string> firstWebAddress(const Source& source) {
  for (const std::string& url : source.urls)
    if (isWebAddress(url)) return url;
  return std::nullopt;
}

std::vector<std::string> otherAddresses(const Source& source) {
  const std::optional<std::string> first = firstWebAddress(source);
  std::vector<std::string> others;
  bool skipped = false;
  for (const std::string& url : source.urls) {
    if (!skipped && first && url == *first) {
      skipped = true;
      continue;
    }
    others.push_back(url);
  }
  return others;
}

const std::string& titleOf(const Source& source) {
  return source.title.empty() ? source.citation : source.title;
}

// "Family, Given" splits at its first comma; anything without one is an institution's name.
struct PersonName {
  std::string family;
  std::string given;
};

std::optional<PersonName> personName(std::string_view author) {
  const std::size_t comma = author.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string_view family = author.substr(0, comma);
  std::string_view given = author.substr(comma + 1);
  while (!given.empty() && given.front() == ' ') given.remove_prefix(1);
  while (!family.empty() && family.back() == ' ') family.remove_suffix(1);
  if (family.empty()) return std::nullopt;
  return PersonName{std::string(family), std::string(given)};
}

// One end of a date as CSL date-parts: [year], [year, month] or [year, month, day].
std::optional<Json> dateParts(const EdtfEndpoint& end) {
  if (end.kind != EndpointKind::Date || end.date.hasUnspecifiedDigits()) return std::nullopt;
  const CivilDate civil = gregorianFromDays(end.date.earliest());
  Json parts = Json::array();
  switch (end.date.precision()) {
    case Precision::Day:
      parts = Json::array({civil.year, civil.month, civil.day});
      break;
    case Precision::Month:
      parts = Json::array({civil.year, civil.month});
      break;
    case Precision::Season:
    case Precision::Year:
      parts = Json::array({civil.year});
      break;
    default:
      return std::nullopt;  // a decade or wider: given as literal text
  }
  return parts;
}

// An EDTF date as a CSL date: date-parts (two for an interval with two known ends), "circa"
// when either end is uncertain or approximate; the text itself as "literal" when it cannot be
// given in parts (unspecified digits, a decade, an open start, not EDTF).
Json cslDate(const std::string& text) {
  Json date = Json::object();
  const std::optional<Edtf> value = Edtf::parse(text);
  if (!value) {
    date["literal"] = text;
    return date;
  }
  const std::optional<Json> start = dateParts(value->start());
  if (!start) {
    date["literal"] = text;
    return date;
  }
  Json parts = Json::array({*start});
  if (value->isInterval()) {
    if (const std::optional<Json> end = dateParts(value->end())) parts.push_back(*end);
  }
  date["date-parts"] = std::move(parts);
  const bool circa = (value->start().kind == EndpointKind::Date && value->start().date.qualifiers().any()) ||
                     (value->isInterval() && value->end().kind == EndpointKind::Date &&
                      value->end().date.qualifiers().any());
  if (circa) date["circa"] = true;
  return date;
}

// CSL names: {family, given} for "Family, Given", {literal} for an institution.
Json cslNames(const std::vector<std::string>& names) {
  Json list = Json::array();
  for (const std::string& text : names) {
    Json name = Json::object();
    if (const std::optional<PersonName> person = personName(text)) {
      name["family"] = person->family;
      if (!person->given.empty()) name["given"] = person->given;
    } else {
      name["literal"] = text;
    }
    list.push_back(std::move(name));
  }
  return list;
}

Json cslItem(const Source& source) {
  Json item = Json::object();
  item["id"] = source.id;
  item["type"] = cslType(source);
  if (!source.authors.empty()) item["author"] = cslNames(source.authors);
  if (!source.editors.empty()) item["editor"] = cslNames(source.editors);
  item["title"] = titleOf(source);
  // A journal's issue is CSL's "issue"; a report's or a document's number is its "number".
  const std::string numberKey =
      source.type == SourceType::ScholarlyWork && !source.container.empty() ? "issue" : "number";
  if (!source.number.empty()) item[numberKey] = source.number;
  if (!source.volume.empty()) item["volume"] = source.volume;
  if (!source.doi.empty()) item["DOI"] = source.doi;
  const std::pair<const char*, const std::string*> texts[] = {{"container-title", &source.container},
                                                              {"publisher", &source.publisher},
                                                              {"page", &source.pages},
                                                              {"archive", &source.archive},
                                                              {"language", &source.language}};
  for (const auto& [key, value] : texts)
    if (!value->empty()) item[key] = *value;
  if (!source.issued.empty()) item["issued"] = cslDate(source.issued);
  if (const std::optional<std::string> url = firstWebAddress(source)) item["URL"] = *url;
  if (!source.accessed.empty()) item["accessed"] = cslDate(source.accessed);
  std::string note;
  for (const std::string& other : otherAddresses(source)) note += (note.empty() ? "" : "\n") + other;
  if (!note.empty()) item["note"] = note;
  return item;
}

bool isKeyCharacter(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) != 0 || c == '_' || c == '-' || c == ':' || c == '.';
}

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return text;
}

// A URL inside braces: as it is (LaTeX's url handling takes %, # and _ verbatim), with the
// characters that would unbalance the entry or end the address percent-encoded.
std::string bibtexUrl(std::string_view url) {
  std::string out;
  for (const char c : url) {
    switch (c) {
      case '{':
        out += "%7B";
        break;
      case '}':
        out += "%7D";
        break;
      case '\\':
        out += "%5C";
        break;
      case ' ':
        out += "%20";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string bibtexNames(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& author : names) {
    if (!text.empty()) text += " and ";
    // An institution braced: BibTeX would split "Ministry of Foreign Affairs" into names.
    text += personName(author) ? bibtexEscape(author) : "{" + bibtexEscape(author) + "}";
  }
  return text;
}

// The field a container goes to in each entry type.
const char* containerField(std::string_view type) {
  if (type == "article") return "journal";
  if (type == "incollection") return "booktitle";
  if (type == "online") return "organization";
  return "howpublished";
}

// year and month of the issued date, when it gives them.
void addIssued(std::vector<std::pair<std::string, std::string>>& fields, const std::string& issued) {
  const std::optional<Edtf> value = Edtf::parse(issued);
  if (!value || value->start().kind != EndpointKind::Date || value->start().date.hasUnspecifiedDigits())
    return;
  const EdtfDate& start = value->start().date;
  if (start.precision() > Precision::Year) return;
  const CivilDate civil = gregorianFromDays(start.earliest());
  fields.emplace_back("year", std::to_string(civil.year));
  if (start.precision() == Precision::Day || start.precision() == Precision::Month)
    fields.emplace_back("month", std::to_string(civil.month));
}

std::string bibtexEntry(const Source& source, const std::string& key) {
  const std::string_view type = bibtexType(source);
  // Fields already escaped, in the order they are written.
  std::vector<std::pair<std::string, std::string>> fields;
  if (!source.authors.empty()) fields.emplace_back("author", bibtexNames(source.authors));
  if (!source.editors.empty()) fields.emplace_back("editor", bibtexNames(source.editors));
  fields.emplace_back("title", bibtexEscape(titleOf(source)));
  if (!source.container.empty()) fields.emplace_back(containerField(type), bibtexEscape(source.container));
  if (!source.publisher.empty())
    fields.emplace_back(type == "techreport" ? "institution" : "publisher", bibtexEscape(source.publisher));
  if (!source.issued.empty()) addIssued(fields, source.issued);
  if (!source.volume.empty()) fields.emplace_back("volume", bibtexEscape(source.volume));
  if (!source.number.empty()) fields.emplace_back("number", bibtexEscape(source.number));
  if (!source.pages.empty()) fields.emplace_back("pages", bibtexEscape(source.pages));
  if (!source.doi.empty()) fields.emplace_back("doi", bibtexEscape(source.doi));
  if (const std::optional<std::string> url = firstWebAddress(source))
    fields.emplace_back("url", bibtexUrl(*url));
  if (!source.accessed.empty()) fields.emplace_back("urldate", bibtexEscape(source.accessed));
  if (!source.language.empty()) fields.emplace_back("language", bibtexEscape(source.language));
  std::string note = source.archive.empty() ? std::string() : bibtexEscape(source.archive);
  for (const std::string& other : otherAddresses(source))
    note += (note.empty() ? "" : "; ") +
            (isWebAddress(other) ? "\\url{" + bibtexUrl(other) + "}" : bibtexEscape(other));
  if (!note.empty()) fields.emplace_back("note", note);

  std::string entry = "@" + std::string(type) + "{" + key;
  for (const auto& [name, value] : fields) {
    entry += ",\n  ";
    entry += name;
    entry += " = {";
    entry += value;
    entry += '}';
  }
  return entry + "\n}\n";
}

void addOnce(std::vector<std::string>& ids, const std::vector<std::string>& more) {
  for (const std::string& id : more)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

void addState(std::vector<std::string>& ids, const TerritoryState& state) {
  for (const ControlPeriod* period : {state.period, state.alternative})
    if (period != nullptr) addOnce(ids, period->sourceIds);
}

}  // namespace

std::string_view cslType(const Source& source) {
  if (source.type) {
    switch (*source.type) {
      case SourceType::TreatyText:
        return "treaty";
      case SourceType::ArchivalRecord:
        return source.archive.empty() ? "document" : "manuscript";
      case SourceType::OfficialStatement:
        return source.pages.empty() && firstWebAddress(source) ? "webpage" : "report";
      case SourceType::ScholarlyWork:
        return source.container.empty() ? "book" : "article-journal";
      case SourceType::Press:
        return "article-newspaper";
      case SourceType::ReferenceWork:
        return "entry-encyclopedia";
      case SourceType::Dataset:
        return "dataset";
    }
  }
  // Only the quality is known: what a citation manager can file without guessing more.
  if (source.quality) {
    switch (*source.quality) {
      case SourceQuality::Press:
        return "article-newspaper";
      case SourceQuality::Reference:
        return "entry-encyclopedia";
      case SourceQuality::Derived:
        return "dataset";
      case SourceQuality::Primary:
      case SourceQuality::Scholarly:
        break;
    }
  }
  return "document";
}

std::string toCslJson(std::span<const Source> sources) {
  Json items = Json::array();
  for (const Source& source : sources) items.push_back(cslItem(source));
  return items.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string_view bibtexType(const Source& source) {
  const std::string_view csl = cslType(source);
  if (csl == "book") return "book";
  if (csl == "article-journal" || csl == "article-newspaper")
    return source.container.empty() ? "misc" : "article";
  if (csl == "entry-encyclopedia") return source.container.empty() ? "misc" : "incollection";
  if (csl == "report") return source.publisher.empty() ? "misc" : "techreport";
  if (csl == "webpage") return "online";
  if (csl == "manuscript") return "unpublished";
  return "misc";
}

std::vector<std::string> bibtexKeys(std::span<const Source> sources) {
  std::vector<std::string> keys;
  std::set<std::string> taken;  // lower case: BibTeX takes keys that differ in case for one
  for (const Source& source : sources) {
    std::string base;
    for (const char c : source.id) base += isKeyCharacter(c) ? c : '_';
    if (base.empty()) base = "source";
    std::string key = base;
    for (int n = 2; taken.contains(lowered(key)); ++n) key = base + "_" + std::to_string(n);
    taken.insert(lowered(key));
    keys.push_back(std::move(key));
  }
  return keys;
}

std::string bibtexEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
      case '%':
      case '#':
      case '_':
      case '$':
        out += '\\';
        out += c;
        break;
      case '{':
        out += "\\textbraceleft{}";
        break;
      case '}':
        out += "\\textbraceright{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string toBibtex(std::span<const Source> sources) {
  const std::vector<std::string> keys = bibtexKeys(sources);
  std::string text;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (i > 0) text += '\n';
    text += bibtexEntry(sources[i], keys[i]);
  }
  return text;
}

std::string toCitationText(std::span<const Source> sources) {
  std::string text;
  for (const Source& source : sources) {
    text += source.id + ": " + source.citation + "\n";
    for (const std::string& url : source.urls) text += "    " + url + "\n";
  }
  return text;
}

std::vector<Source> sourcesByIds(const Dataset& dataset, std::span<const std::string> ids) {
  std::vector<Source> sources;
  std::vector<std::string> seen;
  for (const std::string& id : ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    seen.push_back(id);
    if (const Source* source = dataset.source(id)) sources.push_back(*source);
  }
  return sources;
}

std::vector<std::string> viewCitedSourceIds(const Dataset& dataset, const CitedSelection& view) {
  std::vector<std::string> ids;
  const Territory* territory = view.territoryId.empty() ? nullptr : dataset.territory(view.territoryId);
  const Event* event = view.eventId.empty() ? nullptr : dataset.event(view.eventId);
  if (territory != nullptr) addState(ids, dataset.stateOf(*territory, view.day));
  if (event != nullptr) addOnce(ids, event->sourceIds);
  if (territory == nullptr && event == nullptr)
    for (const TerritoryState& state : dataset.stateOn(view.day))
      if (state.territory != nullptr && !state.territory->contextOnly) addState(ids, state);
  return ids;
}

std::vector<std::string> stopsCitedSourceIds(const Dataset& dataset, std::span<const CitedSelection> stops) {
  std::vector<std::string> ids;
  for (const CitedSelection& stop : stops) addOnce(ids, viewCitedSourceIds(dataset, stop));
  return ids;
}

std::vector<std::string> eventsCitedSourceIds(const Dataset& dataset, std::span<const std::string> eventIds) {
  std::vector<std::string> ids;
  for (const std::string& id : eventIds)
    if (const Event* event = dataset.event(id)) addOnce(ids, event->sourceIds);
  return ids;
}

}  // namespace okhotsk
