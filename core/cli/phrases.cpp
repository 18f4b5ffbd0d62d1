// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrases.h"

#include <array>

namespace okhotsk::cli {

namespace {

struct Words {
  std::string_view en, ja, ru;
};

std::string_view in(const Words& words, Language language) noexcept {
  switch (language) {
    case Language::Japanese:
      return words.ja;
    case Language::Russian:
      return words.ru;
    case Language::English:
      break;
  }
  return words.en;
}

// Indexed by Phrase.
constexpr std::array<Words, 17> kPhrases{{
    {"On %1", "%1の状態", "На %1"},
    {"; the first day of %1", "（%1の初日）", " (первый день: %1)"},
    {"no control period covers this day", "この日の統治の記録はない",
     "на этот день нет записи об управлении"},
    {"uncertain: the hand-over falls within an imprecise date",
     "不確定：移管の日付が特定できない期間にあたる",
     "неопределённость: передача приходится на неточно датированный срок"},
    {"administered by %1", "施政：%1", "под управлением: %1"},
    {"claimed by %1", "領有を主張：%1", "суверенитет заявляет: %1"},
    {"disputed", "係争中", "спорная территория"},
    {"in force: %1", "期間：%1", "срок: %1"},
    {"basis: %1", "根拠：%1", "основание: %1"},
    {"sources: %1", "出典：%1", "источники: %1"},
    {"%1 events from %2 to %3:", "%2から%3までの出来事（%1件）：", "События с %2 по %3 (%1):"},
    {"(unconfirmed)", "（未確認）", "(не подтверждено)"},
    {"(no figure)", "（数値なし）", "(нет данных)"},
    {"derived", "算出値", "расчётное значение"},
    {"year uncertain", "年は不確定", "год неточен"},
    {", ", "、", ", "},
    {"; ", "　", "; "},
}};

constexpr std::array<Words, 5> kKinds{{
    {"sovereignty", "主権", "суверенитет"},
    {"joint", "共同統治", "совместное владение"},
    {"military occupation", "軍事占領", "военная оккупация"},
    {"sovereignty disputed", "主権係争中", "суверенитет оспаривается"},
    {"transition", "移行期", "переходный период"},
}};

constexpr std::array<Words, 7> kCategories{{
    {"treaty", "条約", "договор"},
    {"diplomacy", "外交", "дипломатия"},
    {"military", "軍事", "военные действия"},
    {"territorial", "領土", "территория"},
    {"trade", "貿易", "торговля"},
    {"economy", "経済", "экономика"},
    {"politics", "政治", "политика"},
}};

constexpr std::array<Words, 6> kBounds{{
    {"", "", ""},
    {"nearly", "ほぼ", "почти"},
    {"over", "超", "более"},
    {"less than", "未満", "менее"},
    {"about", "約", "около"},
    {"below threshold", "報告下限未満", "ниже порога учёта"},
}};

template <std::size_t N>
std::string_view lookup(const std::array<Words, N>& table, std::size_t index, Language language) noexcept {
  return index < N ? in(table[index], language) : std::string_view{};
}

}  // namespace

std::string_view phrase(Phrase which, Language language) noexcept {
  return lookup(kPhrases, static_cast<std::size_t>(which), language);
}

std::string fill(std::string_view pattern, std::string_view a, std::string_view b, std::string_view c) {
  std::string text;
  text.reserve(pattern.size() + a.size() + b.size() + c.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '3') {
      const char slot = pattern[++i];
      text += slot == '1' ? a : slot == '2' ? b : c;
    } else {
      text += pattern[i];
    }
  }
  return text;
}

std::string_view controlKindName(ControlKind kind, Language language) noexcept {
  return lookup(kKinds, static_cast<std::size_t>(kind), language);
}

std::string_view eventCategoryName(EventCategory category, Language language) noexcept {
  return lookup(kCategories, static_cast<std::size_t>(category), language);
}

std::string_view tradeBoundName(TradeBound bound, Language language) noexcept {
  return lookup(kBounds, static_cast<std::size_t>(bound), language);
}

}  // namespace okhotsk::cli
