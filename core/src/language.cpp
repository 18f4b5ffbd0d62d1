// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/language.h"

#include <array>
#include <utility>

namespace okhotsk {

namespace {

constexpr std::array<std::pair<Language, std::string_view>, 3> kLanguageCodes{{
    {Language::English, "en"},
    {Language::Japanese, "ja"},
    {Language::Russian, "ru"},
}};

constexpr std::array<std::pair<NamingOrder, std::string_view>, 3> kNamingOrderCodes{{
    {NamingOrder::JapaneseFirst, "japanese-first"},
    {NamingOrder::RussianFirst, "russian-first"},
    {NamingOrder::English, "english"},
}};

const std::string& orElse(const std::string& preferred, const std::string& fallback) noexcept {
  return preferred.empty() ? fallback : preferred;
}

// The two usages of a place as written in one language, plus which of them is the
// language's own: when both usages are one name, that one is shown.
struct Usages {
  const std::string& japanese;
  const std::string& russian;
  bool sameName;
};

Usages usagesIn(const PlaceNames& names, Language language) noexcept {
  // Both usages being the same name is decided on the Latin forms, which every place has;
  // the script forms may differ only in how each side transcribes it ("色丹島" / "Shikotan").
  const bool sameLatin = !names.japaneseRomaji.empty() && names.japaneseRomaji == names.russianRomanized;
  switch (language) {
    case Language::Japanese: {
      // A missing script form falls back to the Latin one, so a place without Japanese
      // names still gets the English-language label rather than nothing.
      const std::string& japanese = orElse(names.japanese, names.japaneseRomaji);
      const std::string& russian = orElse(names.japaneseOfRussian, names.russianRomanized);
      return {japanese, russian, sameLatin || (!japanese.empty() && japanese == russian)};
    }
    case Language::Russian: {
      const std::string& japanese = orElse(names.russianOfJapanese, names.japaneseRomaji);
      const std::string& russian = orElse(names.russian, names.russianRomanized);
      return {japanese, russian, sameLatin || (!japanese.empty() && japanese == russian)};
    }
    case Language::English:
      break;
  }
  return {names.japaneseRomaji, names.russianRomanized, sameLatin};
}

// The names shown, first to last (one or two; none only when the place has no names).
std::pair<std::string, std::string> labelParts(const PlaceNames& names, Language language,
                                               NamingOrder order) {
  if (order == NamingOrder::English) {
    if (language == Language::English && !names.english.empty()) return {names.english, {}};
    // Outside English the local usage of the reader's language comes first.
    order = language == Language::Russian ? NamingOrder::RussianFirst : NamingOrder::JapaneseFirst;
  }
  const Usages usages = usagesIn(names, language);
  const std::string& first = order == NamingOrder::RussianFirst ? usages.russian : usages.japanese;
  const std::string& second = order == NamingOrder::RussianFirst ? usages.japanese : usages.russian;

  if (usages.sameName) {
    // One name: give it in the reader's own usage's script where that is known.
    const std::string& own = language == Language::Russian    ? usages.russian
                             : language == Language::Japanese ? usages.japanese
                                                              : first;
    return {orElse(own, orElse(first, second)), {}};
  }
  if (first.empty() && second.empty()) return {names.english, {}};
  if (first.empty()) return {second, {}};
  if (second.empty()) return {first, {}};
  return {first, second};
}

}  // namespace

std::string_view languageCode(Language language) noexcept {
  for (const auto& [value, code] : kLanguageCodes)
    if (value == language) return code;
  return "en";
}

std::optional<Language> languageFromCode(std::string_view code) noexcept {
  for (const auto& [value, known] : kLanguageCodes)
    if (known == code) return value;
  return std::nullopt;
}

std::string_view namingOrderCode(NamingOrder order) noexcept {
  for (const auto& [value, code] : kNamingOrderCodes)
    if (value == order) return code;
  return "japanese-first";
}

std::optional<NamingOrder> namingOrderFromCode(std::string_view code) noexcept {
  for (const auto& [value, known] : kNamingOrderCodes)
    if (known == code) return value;
  return std::nullopt;
}

const std::string& LocalizedText::get(Language language) const noexcept {
  switch (language) {
    case Language::Japanese:
      return orElse(ja, en);
    case Language::Russian:
      return orElse(ru, en);
    case Language::English:
      break;
  }
  return en;
}

std::string PlaceNames::label(Language language, NamingOrder order) const {
  auto [first, second] = labelParts(*this, language, order);
  if (second.empty()) return first;
  return first + " / " + second;
}

std::string PlaceNames::shortLabel(Language language, NamingOrder order) const {
  return labelParts(*this, language, order).first;
}

}  // namespace okhotsk
