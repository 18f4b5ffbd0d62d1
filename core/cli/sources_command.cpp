// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources_command.h"

#include "json_output.h"
#include "okhotsk/edtf.h"
#include "options.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>

namespace okhotsk::cli {

namespace {

[[noreturn]] void tourError(const std::filesystem::path& path, int stop, const std::string& field,
                            const std::string& message) {
  std::string where = path.string() + ": ";
  if (stop > 0) where += "stop " + std::to_string(stop) + ", ";
  if (!field.empty()) where += "field \"" + field + "\": ";
  throw std::runtime_error(where + message);
}

// A stop's optional id field ("event", "territory"): empty when absent; an error when not a string.
std::string idField(const std::filesystem::path& path, int number, const Json& stop, const char* field) {
  if (!stop.contains(field) || stop[field].is_null()) return {};
  if (!stop[field].is_string()) tourError(path, number, field, "expected a string");
  return stop[field].get<std::string>();
}

CitedSelection readStop(const std::filesystem::path& path, int number, const Json& stop,
                        const Dataset& dataset, std::ostream& err) {
  if (!stop.is_object()) tourError(path, number, {}, "expected an object");
  if (!stop.contains("date") || !stop["date"].is_string())
    tourError(path, number, "date", "expected an EDTF date");
  const std::string text = stop["date"].get<std::string>();
  FirstDayError dateError;
  const std::optional<DayNumber> day = firstDayOf(text, &dateError);
  if (!day) tourError(path, number, "date", dateError.message());
  CitedSelection selection{*day, idField(path, number, stop, "territory"),
                           idField(path, number, stop, "event")};
  if (!selection.eventId.empty() && dataset.event(selection.eventId) == nullptr) {
    err << path.string() << ": warning: stop " << number << ", field \"event\": no event '"
        << selection.eventId << "' in the dataset; left out\n";
    selection.eventId.clear();
  }
  if (!selection.territoryId.empty() && dataset.territory(selection.territoryId) == nullptr) {
    err << path.string() << ": warning: stop " << number << ", field \"territory\": no territory '"
        << selection.territoryId << "' in the dataset; left out\n";
    selection.territoryId.clear();
  }
  return selection;
}

std::vector<std::string> selectedSourceIds(const Options& options, const Dataset& dataset,
                                           std::ostream& err) {
  if (options.eventIds.empty() && !options.tourFile && !options.viewDate) {
    std::vector<std::string> all;
    for (const Source& source : dataset.sources()) all.push_back(source.id);
    return all;
  }
  for (const std::string& id : options.eventIds)
    if (dataset.event(id) == nullptr) throw std::runtime_error("no event '" + id + "' in the dataset");
  std::vector<std::string> ids = eventsCitedSourceIds(dataset, options.eventIds);
  std::vector<CitedSelection> views;
  if (options.viewDate) {
    const Edtf date = parseDateArgument(*options.viewDate);
    const std::optional<DayNumber> day = date.firstDay();
    if (!day) throw UsageError("--date needs a date with a known start");
    views.push_back({*day, {}, {}});
  }
  if (options.tourFile) {
    const std::vector<CitedSelection> stops = readTourStops(*options.tourFile, dataset, err);
    views.insert(views.end(), stops.begin(), stops.end());
  }
  for (const std::string& id : stopsCitedSourceIds(dataset, views))
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

}  // namespace

std::vector<CitedSelection> readTourStops(const std::filesystem::path& path, const Dataset& dataset,
                                          std::ostream& err) {
  std::ifstream file(path, std::ios::binary);
  if (!file) tourError(path, 0, {}, "cannot be read");
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& error) {
    tourError(path, 0, {}, "not valid JSON: at byte " + std::to_string(error.byte) + ": " + error.what());
  }
  if (!root.is_object() || root.value("format", Json()) != "okhotsk-atlas-tour")
    tourError(path, 0, {}, "not an Okhotsk Atlas tour file");
  if (!root.contains("version") || root["version"] != 1)
    tourError(path, 0, "version", "this atlas reads version 1");
  if (!root.contains("stops") || !root["stops"].is_array()) tourError(path, 0, "stops", "expected an array");
  std::vector<CitedSelection> stops;
  int number = 0;
  for (const Json& stop : root["stops"]) stops.push_back(readStop(path, ++number, stop, dataset, err));
  return stops;
}

int commandSources(const Options& options, const Dataset& dataset, std::ostream& out, std::ostream& err) {
  const std::string format = options.json ? "csl-json" : options.format.value_or("text");
  if (options.json && options.format && *options.format != "csl-json")
    throw UsageError("--json asks for CSL-JSON, --format for " + *options.format);
  const std::vector<std::string> ids = selectedSourceIds(options, dataset, err);
  const std::vector<Source> sources = sourcesByIds(dataset, ids);
  if (format == "csl-json")
    out << toCslJson(sources);
  else if (format == "bibtex")
    out << toBibtex(sources);
  else
    out << toCitationText(sources);
  return kSuccess;
}

}  // namespace okhotsk::cli
