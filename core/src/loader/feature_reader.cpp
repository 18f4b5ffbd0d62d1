// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/feature_reader.h"

#include "okhotsk/calendar.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>
#include <utility>

namespace okhotsk::loader {

namespace {

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> splitList(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(';', start), text.size());
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

std::optional<double> parseReal(std::string_view text) {
  const std::string trimmed = trim(text);
  if (trimmed.empty()) return std::nullopt;
  double value = 0.0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (error != std::errc() || end != trimmed.data() + trimmed.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<int> parseInteger(std::string_view text) {
  const std::string trimmed = trim(text);
  int value = 0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (trimmed.empty() || error != std::errc() || end != trimmed.data() + trimmed.size()) return std::nullopt;
  return value;
}

}  // namespace

FeatureReader::FeatureReader(const OpenedLayer& layer, Diagnostics& diagnostics)
    : m_layer(layer), m_diagnostics(diagnostics) {
  OGRFeatureDefn* definition = layer.layer->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    m_fieldIndex.emplace(definition->GetFieldDefn(i)->GetNameRef(), i);
}

bool FeatureReader::requireFields(std::initializer_list<std::string_view> fields) {
  bool ok = true;
  for (std::string_view field : fields) {
    if (!m_fieldIndex.contains(std::string(field))) {
      m_diagnostics.error(m_layer.file, m_layer.name, "", std::string(field),
                          "required field is missing from the layer; no feature can be read");
      ok = false;
    }
  }
  return ok;
}

void FeatureReader::setFeature(OGRFeature* feature, long long row) {
  m_feature = feature;
  m_row = row;
  const std::string id = text("id");
  m_featureId = id.empty() ? "#" + std::to_string(row) : id;
}

std::string FeatureReader::text(std::string_view field) const {
  const auto it = m_fieldIndex.find(field);
  if (it == m_fieldIndex.end() || !m_feature->IsFieldSetAndNotNull(it->second)) return {};
  return trim(m_feature->GetFieldAsString(it->second));
}

std::optional<std::string> FeatureReader::requiredText(std::string_view field) {
  std::string value = text(field);
  if (value.empty()) {
    error(field, "required value is empty");
    return std::nullopt;
  }
  return value;
}

std::optional<double> FeatureReader::real(std::string_view field) {
  const std::string value = text(field);
  if (value.empty()) return std::nullopt;
  const auto parsed = parseReal(value);
  if (!parsed) error(field, "'" + value + "' is not a number");
  return parsed;
}

std::optional<double> FeatureReader::requiredReal(std::string_view field) {
  if (text(field).empty()) {
    error(field, "required number is empty");
    return std::nullopt;
  }
  return real(field);
}

std::optional<int> FeatureReader::requiredInteger(std::string_view field) {
  const std::string value = text(field);
  if (value.empty()) {
    error(field, "required integer is empty");
    return std::nullopt;
  }
  auto parsed = parseInteger(value);
  if (!parsed) {
    // FlatGeobuf/GeoPackage may hand integers over as reals ("1887.0").
    if (const auto r = parseReal(value); r && std::floor(*r) == *r && std::abs(*r) < 1e9)
      parsed = static_cast<int>(*r);
    else
      error(field, "'" + value + "' is not an integer");
  }
  return parsed;
}

bool FeatureReader::boolean(std::string_view field, bool fallback) {
  const std::string value = text(field);
  if (value.empty()) return fallback;
  // The schema's booleans are 0/1 (also true/false); anything else ("yes", "2") is a mistake.
  if (value == "1" || value == "true" || value == "TRUE") return true;
  if (value == "0" || value == "false" || value == "FALSE") return false;
  error(field, "'" + value + "' is not a boolean (use 0 or 1); read as " + (fallback ? "1" : "0"));
  return fallback;
}

std::optional<Edtf> FeatureReader::edtf(std::string_view field, bool required) {
  const std::string value = text(field);
  if (value.empty()) {
    if (required) error(field, "required date is empty");
    return std::nullopt;
  }
  EdtfError parseError;
  auto parsed = Edtf::parse(value, &parseError);
  if (!parsed) {
    error(field, "'" + value + "' is not a valid EDTF date: " + parseError.message());
    return parsed;
  }
  // Open ends ("..") aside, every day the value may denote lies within the schema's years.
  if (!schema::withinSchemaYears(*parsed)) {
    error(field, "'" + value + "' lies outside the schema's years " + std::to_string(schema::kFirstYear) +
                     "–" + std::to_string(schema::kLastYear) + "; the feature is dropped");
    return std::nullopt;
  }
  return parsed;
}

std::vector<std::string> FeatureReader::list(std::string_view field) const {
  return splitList(text(field));
}

LocalizedText FeatureReader::localized(std::string_view prefix) const {
  const std::string p(prefix);
  return {text(p + "_en"), text(p + "_ja"), text(p + "_ru")};
}

PlaceNames FeatureReader::names() const {
  PlaceNames names;
  names.english = text("name_en");
  names.japaneseRomaji = text("name_ja_latn");
  names.russianRomanized = text("name_ru_latn");
  names.japanese = text("name_ja");
  names.russian = text("name_ru");
  names.japaneseOfRussian = text("name_ja_for_ru");
  names.russianOfJapanese = text("name_ru_for_ja");
  return names;
}

bool FeatureReader::namesPresent(const PlaceNames& names) {
  if (names.english.empty() && names.japaneseRomaji.empty() && names.russianRomanized.empty()) {
    error("name_en", "a name is required in name_en, name_ja_latn or name_ru_latn");
    return false;
  }
  return true;
}

void FeatureReader::error(std::string_view field, std::string message) {
  m_diagnostics.error(m_layer.file, m_layer.name, m_featureId, std::string(field), std::move(message));
}

void FeatureReader::warning(std::string_view field, std::string message) {
  m_diagnostics.warning(m_layer.file, m_layer.name, m_featureId, std::string(field), std::move(message));
}

}  // namespace okhotsk::loader
