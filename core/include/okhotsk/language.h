// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file language.h
/// The three languages of the atlas and the naming order for disputed places.

#include <optional>
#include <string>
#include <string_view>

namespace okhotsk {

enum class Language : unsigned char { English, Japanese, Russian };

/// Which of a disputed place's two usages comes first in labels.
enum class NamingOrder : unsigned char {
  JapaneseFirst,  ///< "Etorofu / Iturup"
  RussianFirst,   ///< "Iturup / Etorofu"
  English,        ///< the English exonym where one exists, else both romanised usages
};

[[nodiscard]] std::string_view languageCode(Language language) noexcept;  // "en", "ja", "ru"
[[nodiscard]] std::optional<Language> languageFromCode(std::string_view code) noexcept;
[[nodiscard]] std::string_view namingOrderCode(NamingOrder order) noexcept;  // "japanese-first", ...
[[nodiscard]] std::optional<NamingOrder> namingOrderFromCode(std::string_view code) noexcept;

/// A short text in the three languages. English is required in the data; the others
/// fall back to English when missing.
struct LocalizedText {
  std::string en;
  std::string ja;
  std::string ru;

  /// The text in `language`, or the English text when that language is missing.
  [[nodiscard]] const std::string& get(Language language) const noexcept;
  [[nodiscard]] bool empty() const noexcept { return en.empty() && ja.empty() && ru.empty(); }
};

/// Names of a place in both usages (Japanese and Russian) and three scripts.
/// Example, Etorofu / Iturup: japaneseRomaji "Etorofu", russianRomanized "Iturup",
/// japanese "択捉島", russian "Итуруп".
struct PlaceNames {
  std::string english;            ///< an English exonym ("Habomai Islands"); may be empty
  std::string japaneseRomaji;     ///< the Japanese usage in Latin letters ("Etorofu")
  std::string russianRomanized;   ///< the Russian usage in Latin letters ("Iturup")
  std::string japanese;           ///< in Japanese script ("択捉島")
  std::string japaneseOfRussian;  ///< the Russian usage written in Japanese (katakana); may be empty
  std::string russian;            ///< in Cyrillic ("Итуруп")
  std::string russianOfJapanese;  ///< the Japanese usage written in Cyrillic ("Эторофу"); may be empty

  /// A neutral label with both usages in the given order and language:
  /// English + JapaneseFirst → "Etorofu / Iturup"; Japanese → "択捉島 / Iturup" (or the katakana
  /// form when known); Russian + RussianFirst → "Итуруп / Etorofu" (or the Cyrillic form).
  /// When both usages are the same name it is given once ("Shikotan").
  [[nodiscard]] std::string label(Language language, NamingOrder order) const;
  /// The first name of `label` alone, for tight spaces.
  [[nodiscard]] std::string shortLabel(Language language, NamingOrder order) const;
};

}  // namespace okhotsk
