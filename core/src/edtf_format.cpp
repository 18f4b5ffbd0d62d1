// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/edtf.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace okhotsk {

namespace {

constexpr std::array<std::string_view, 12> kMonthsEn{"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};
// Russian months: genitive after a day number and after prepositions ("19 октября",
// "с декабря"), nominative when the month stands alone ("август 1978 г.").
constexpr std::array<std::string_view, 12> kMonthsRuGenitive{"января",   "февраля", "марта",  "апреля",
                                                             "мая",      "июня",    "июля",   "августа",
                                                             "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 12> kMonthsRuNominative{"январь",   "февраль", "март",   "апрель",
                                                               "май",      "июнь",    "июль",   "август",
                                                               "сентябрь", "октябрь", "ноябрь", "декабрь"};
constexpr std::array<std::string_view, 4> kSeasonsEn{"spring", "summer", "autumn", "winter"};
constexpr std::array<std::string_view, 4> kSeasonsJa{"春", "夏", "秋", "冬"};
constexpr std::array<std::string_view, 4> kSeasonsRuNominative{"весна", "лето", "осень", "зима"};
constexpr std::array<std::string_view, 4> kSeasonsRuGenitive{"весны", "лета", "осени", "зимы"};

// Russian needs the genitive after "с", "до" and "около"; the other languages ignore this.
enum class Case : unsigned char { Nominative, Genitive };

// Where a date stands: alone (or as an end of a closed interval), after "from", after "until".
enum class Role : unsigned char { Alone, From, Until };

std::size_t monthIndex(int month) noexcept {
  return static_cast<std::size_t>(month - 1);
}

std::string number(std::int64_t value) {
  return std::to_string(value);
}

std::string twoDigit(int value) {
  std::string text = number(value);
  return value < 10 ? "0" + text : text;
}

// EDTF counts years astronomically (year 0 is 1 BC); readers count 1 BC, AD 1.
bool isBc(std::int64_t year) noexcept {
  return year <= 0;
}
std::int64_t bcYear(std::int64_t year) noexcept {
  return 1 - year;
}

std::string yearEn(std::int64_t year) {
  return isBc(year) ? number(bcYear(year)) + " BC" : number(year);
}
std::string yearJa(std::int64_t year) {
  return isBc(year) ? "紀元前" + number(bcYear(year)) + "年" : number(year) + "年";
}
std::string yearRu(std::int64_t year) {
  return isBc(year) ? number(bcYear(year)) + " г. до н. э." : number(year) + " г.";
}

std::string romanNumeral(std::int64_t value) {
  static constexpr std::array<std::int64_t, 13> kAmounts{1000, 900, 500, 400, 100, 90, 50,
                                                         40,   10,  9,   5,   4,   1};
  static constexpr std::array<std::string_view, 13> kNumerals{"M",  "CM", "D",  "CD", "C",  "XC", "L",
                                                              "XL", "X",  "IX", "V",  "IV", "I"};
  std::string text;
  for (std::size_t i = 0; i < kAmounts.size(); ++i) {
    while (value >= kAmounts[i]) {
      text += kNumerals[i];
      value -= kAmounts[i];
    }
  }
  return text;
}

std::string ordinalEn(std::int64_t value) {
  const std::int64_t lastTwo = value % 100;
  const std::int64_t last = value % 10;
  std::string_view suffix = "th";
  if (lastTwo < 11 || lastTwo > 13) {
    if (last == 1) suffix = "st";
    if (last == 2) suffix = "nd";
    if (last == 3) suffix = "rd";
  }
  return number(value) + std::string(suffix);
}

std::string dayText(const CivilDate& date, Language language) {
  switch (language) {
    case Language::Japanese:
      return yearJa(date.year) + number(date.month) + "月" + number(date.day) + "日";
    case Language::Russian:
      return number(date.day) + " " + std::string(kMonthsRuGenitive[monthIndex(date.month)]) + " " +
             yearRu(date.year);
    case Language::English:
      break;
  }
  return number(date.day) + " " + std::string(kMonthsEn[monthIndex(date.month)]) + " " + yearEn(date.year);
}

std::string monthText(const CivilDate& date, Language language, Case grammaticalCase) {
  switch (language) {
    case Language::Japanese:
      return yearJa(date.year) + number(date.month) + "月";
    case Language::Russian: {
      const auto& months = grammaticalCase == Case::Genitive ? kMonthsRuGenitive : kMonthsRuNominative;
      return std::string(months[monthIndex(date.month)]) + " " + yearRu(date.year);
    }
    case Language::English:
      break;
  }
  return std::string(kMonthsEn[monthIndex(date.month)]) + " " + yearEn(date.year);
}

std::string seasonText(const CivilDate& firstDay, Language language, Case grammaticalCase) {
  const std::size_t season = static_cast<std::size_t>(firstDay.month / 3 - 1);  // 3, 6, 9, 12 → 0..3
  const std::int64_t year = firstDay.year;
  // Winter runs from December into the next year, so it is named by both years.
  const bool winter = season == 3;
  switch (language) {
    case Language::Japanese:
      if (winter) return yearJa(year) + "～" + yearJa(year + 1) + std::string(kSeasonsJa[season]);
      return yearJa(year) + std::string(kSeasonsJa[season]);
    case Language::Russian: {
      const auto& seasons = grammaticalCase == Case::Genitive ? kSeasonsRuGenitive : kSeasonsRuNominative;
      std::string text = std::string(seasons[season]) + " ";
      if (!winter) return text + yearRu(year);
      if (!isBc(year)) return text + number(year) + "–" + number(year + 1) + " гг.";
      return text + yearRu(year) + " – " + yearRu(year + 1);
    }
    case Language::English:
      break;
  }
  std::string text = std::string(kSeasonsEn[season]) + " " + yearEn(year);
  if (winter) text += "–" + yearEn(year + 1);
  return text;
}

std::string yearText(std::int64_t year, Language language) {
  switch (language) {
    case Language::Japanese:
      return yearJa(year);
    case Language::Russian:
      return yearRu(year);
    case Language::English:
      break;
  }
  return yearEn(year);
}

// Decades, centuries and millennia come only from unspecified digits, which the parser
// allows in years 0000–9999 only, so none of them is BC.
std::string decadeText(std::int64_t firstYear, Language language, Case grammaticalCase) {
  switch (language) {
    case Language::Japanese:
      return number(firstYear) + "年代";
    case Language::Russian:
      return number(firstYear) + (grammaticalCase == Case::Genitive ? "-х гг." : "-е гг.");
    case Language::English:
      break;
  }
  return "the " + number(firstYear) + "s";
}

// "19XX" covers 1900–1999, which readers call the 20th century (strictly 1901–2000).
std::string centuryText(std::int64_t firstYear, Language language, Case grammaticalCase) {
  const std::int64_t century = firstYear / 100 + 1;
  switch (language) {
    case Language::Japanese:
      return number(century) + "世紀";
    case Language::Russian:
      return romanNumeral(century) + (grammaticalCase == Case::Genitive ? " века" : " век");
    case Language::English:
      break;
  }
  return "the " + ordinalEn(century) + " century";
}

std::string millenniumText(std::int64_t firstYear, Language language, Case grammaticalCase) {
  const std::int64_t millennium = firstYear / 1000 + 1;
  switch (language) {
    case Language::Japanese:
      return number(millennium) + "千年紀";
    case Language::Russian:
      return romanNumeral(millennium) + (grammaticalCase == Case::Genitive ? " тысячелетия" : " тысячелетие");
    case Language::English:
      break;
  }
  return "the " + ordinalEn(millennium) + " millennium";
}

// "04:00", "23:20:30": the 24-hour clock, seconds only when they are not zero.
std::string clockText(const EdtfTime& time) {
  std::string text = twoDigit(time.hour) + ":" + twoDigit(time.minute);
  if (time.second != 0) text += ":" + twoDigit(time.second);
  return text;
}

// The clock of Japanese captions and newspapers: 午前/午後 on a 12-hour clock, 正午 for noon,
// minutes only when not zero ("午前4時", "午前11時2分", "正午", "午後0時30分", "午後11時58分30秒").
std::string clockTextJa(const EdtfTime& time) {
  if (time.hour == 12 && time.minute == 0 && time.second == 0) return "正午";
  std::string text = time.hour < 12 ? "午前" : "午後";
  text += number(time.hour % 12) + "時";
  if (time.minute != 0 || time.second != 0) text += number(time.minute) + "分";
  if (time.second != 0) text += number(time.second) + "秒";
  return text;
}

// "UTC", "UTC+09:00", "UTC−04:30" (padded, for English) or "UTC+9", "UTC−4:30"; the minus is
// U+2212, as typeset.
std::string utcText(int offsetMinutes, bool padded) {
  if (offsetMinutes == 0) return "UTC";
  const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
  const int hours = magnitude / 60;
  const int minutes = magnitude % 60;
  std::string text = offsetMinutes < 0 ? "UTC−" : "UTC+";
  if (padded) return text + twoDigit(hours) + ":" + twoDigit(minutes);
  text += number(hours);
  if (minutes != 0) text += ":" + twoDigit(minutes);
  return text;
}

// The time of day as it follows the day in each language: "9 August 1945, 11:02 UTC+09:00",
// "1945年8月9日午前11時2分（UTC+9）", "9 августа 1945 г., 11:02 (UTC+9)".
std::string timeText(const EdtfTime& time, Language language) {
  const std::optional<int>& shift = time.utcOffsetMinutes;
  switch (language) {
    case Language::Japanese:
      return clockTextJa(time) + (shift ? "（" + utcText(*shift, false) + "）" : std::string());
    case Language::Russian:
      return ", " + clockText(time) + (shift ? " (" + utcText(*shift, false) + ")" : std::string());
    case Language::English:
      break;
  }
  return ", " + clockText(time) + (shift ? " " + utcText(*shift, true) : std::string());
}

// The date without qualifiers.
std::string bareDateText(const EdtfDate& date, Language language, Case grammaticalCase) {
  // Everything a date says is recoverable from its first day and precision, and its time.
  const CivilDate first = gregorianFromDays(date.earliest());
  switch (date.precision()) {
    case Precision::Day:
      if (date.time()) return dayText(first, language) + timeText(*date.time(), language);
      return dayText(first, language);
    case Precision::Month:
      return monthText(first, language, grammaticalCase);
    case Precision::Season:
      return seasonText(first, language, grammaticalCase);
    case Precision::Year:
      return yearText(first.year, language);
    case Precision::Decade:
      return decadeText(first.year, language, grammaticalCase);
    case Precision::Century:
      return centuryText(first.year, language, grammaticalCase);
    case Precision::Millennium:
      return millenniumText(first.year, language, grammaticalCase);
  }
  return {};
}

std::string dateTextEn(const EdtfDate& date, Role role) {
  const Qualifiers q = date.qualifiers();
  std::string text;
  if (role == Role::From) text = "from ";
  if (role == Role::Until) text = "until ";
  if (q.approximate) text += "about ";
  text += bareDateText(date, Language::English, Case::Nominative);
  if (q.uncertain) text += " (uncertain)";
  return text;
}

std::string dateTextJa(const EdtfDate& date, Role role) {
  const Qualifiers q = date.qualifiers();
  std::string text = bareDateText(date, Language::Japanese, Case::Nominative);
  if (q.approximate) text += "頃";
  if (q.uncertain) text += "（不確実）";
  if (role == Role::From) text += "以降";
  if (role == Role::Until) text += "まで";
  return text;
}

std::string dateTextRu(const EdtfDate& date, Role role) {
  const Qualifiers q = date.qualifiers();
  std::string text;
  // "около" itself takes the genitive; after a preposition the approximation becomes the
  // adverb "примерно" ("примерно с декабря 1991 г.") since "с около" is not Russian.
  if (role == Role::Alone) {
    if (q.approximate) text = "около ";
  } else {
    if (q.approximate) text = "примерно ";
    text += role == Role::From ? "с " : "до ";
  }
  const Case grammaticalCase = (role != Role::Alone || q.approximate) ? Case::Genitive : Case::Nominative;
  text += bareDateText(date, Language::Russian, grammaticalCase);
  if (q.uncertain) text += " (?)";
  return text;
}

std::string dateText(const EdtfDate& date, Language language, Role role) {
  switch (language) {
    case Language::Japanese:
      return dateTextJa(date, role);
    case Language::Russian:
      return dateTextRu(date, role);
    case Language::English:
      break;
  }
  return dateTextEn(date, role);
}

std::string intervalText(const Edtf& value, Language language) {
  const EdtfEndpoint& start = value.start();
  const EdtfEndpoint& end = value.end();
  const bool startDate = start.kind == EndpointKind::Date;
  const bool endDate = end.kind == EndpointKind::Date;
  if (startDate && endDate) {
    const std::string_view separator = language == Language::Japanese ? "～" : " – ";
    return dateText(start.date, language, Role::Alone) + std::string(separator) +
           dateText(end.date, language, Role::Alone);
  }
  // Open ("..") and unknown (empty) ends read alike: the text gives the one known end.
  if (startDate) return dateText(start.date, language, Role::From);
  if (endDate) return dateText(end.date, language, Role::Until);
  if (start.kind == EndpointKind::Open && end.kind == EndpointKind::Open) {
    switch (language) {
      case Language::Japanese:
        return "全期間";
      case Language::Russian:
        return "всё время";
      case Language::English:
        break;
    }
    return "all time";
  }
  switch (language) {  // only constructible in code: the parser rejects these forms
    case Language::Japanese:
      return "不明";
    case Language::Russian:
      return "неизвестно";
    case Language::English:
      break;
  }
  return "unknown";
}

// The first year of an era is 元年 in Japanese, never 1年.
std::string eraYearNumberJa(int year) {
  return year == 1 ? std::string("元") : number(year);
}

// "Shōwa 31" / "昭和31年" / "Сёва 31".
std::string eraYearText(const JapaneseEraYear& era, Language language) {
  switch (language) {
    case Language::Japanese:
      return era.eraKanji + eraYearNumberJa(era.year) + "年";
    case Language::Russian:
      return era.eraCyrillic + " " + number(era.year);
    case Language::English:
      break;
  }
  return era.eraRomaji + " " + number(era.year);
}

// A day of the lunisolar calendar with its era year, labelled as such:
// "Ansei 1, 12th month 21st day (lunisolar)", "Meiji 1, leap 4th month 1st day (lunisolar)";
// "安政元年12月21日（旧暦）", "明治元年閏4月1日（旧暦）";
// "Ансэй 1, 12-й месяц, 21-й день (лунно-солнечный календарь)",
// "Мэйдзи 1, вставной 4-й месяц, 1-й день (лунно-солнечный календарь)".
std::string lunisolarText(const LunisolarDate& date, Language language) {
  const std::string era = eraYearText(date.era, language);
  switch (language) {
    case Language::Japanese:
      return era + (date.leapMonth ? "閏" : "") + number(date.month) + "月" + number(date.day) + "日（旧暦）";
    case Language::Russian:
      return era + ", " + (date.leapMonth ? "вставной " : "") + number(date.month) + "-й месяц, " +
             number(date.day) + "-й день (лунно-солнечный календарь)";
    case Language::English:
      break;
  }
  return era + ", " + (date.leapMonth ? "leap " : "") + ordinalEn(date.month) + " month " +
         ordinalEn(date.day) + " day (lunisolar)";
}

}  // namespace

std::string formatEdtf(const Edtf& value, Language language) {
  if (value.isInterval()) return intervalText(value, language);
  if (value.start().date.text().empty()) return {};  // a default-constructed value
  return dateText(value.start().date, language, Role::Alone);
}

std::string formatDay(DayNumber day, Language language) {
  return dayText(gregorianFromDays(day), language);
}

std::optional<std::string> formatOldStyle(DayNumber day, Language language) {
  if (!isOldStyleInRussia(day)) return std::nullopt;
  const CivilDate julian = julianFromDays(day);
  switch (language) {
    case Language::Japanese:
      return dayText(julian, language) + "（ユリウス暦）";
    case Language::Russian:
      return dayText(julian, language) + " (ст. ст.)";
    case Language::English:
      break;
  }
  return dayText(julian, language) + " O.S.";
}

std::optional<std::string> formatJapaneseEra(DayNumber day, Language language) {
  if (const std::optional<LunisolarDate> date = japaneseLunisolarDate(day))
    return lunisolarText(*date, language);
  const std::optional<JapaneseEraYear> era = japaneseEra(day);
  if (!era) return std::nullopt;
  return eraYearText(*era, language);
}

std::optional<std::string> formatJapaneseEraSpan(DayNumber first, DayNumber last, Language language) {
  std::optional<JapaneseEraYear> from = japaneseEra(first);
  std::optional<JapaneseEraYear> to = japaneseEra(last);
  if (!from || !to) return std::nullopt;
  if (first > last) std::swap(from, to);
  if (*from == *to) return eraYearText(*from, language);
  if (from->eraKanji == to->eraKanji) {  // one era: "Shōwa 45–54", "昭和45～54年"
    switch (language) {
      case Language::Japanese:
        return from->eraKanji + eraYearNumberJa(from->year) + "～" + number(to->year) + "年";
      case Language::Russian:
        return from->eraCyrillic + " " + number(from->year) + "–" + number(to->year);
      case Language::English:
        break;
    }
    return from->eraRomaji + " " + number(from->year) + "–" + number(to->year);
  }
  // Across eras: "Taishō 15 – Shōwa 2", "大正15年～昭和2年".
  const std::string_view separator = language == Language::Japanese ? "～" : " – ";
  return eraYearText(*from, language) + std::string(separator) + eraYearText(*to, language);
}

std::string isoDate(DayNumber day) {
  const CivilDate date = gregorianFromDays(day);
  const std::int64_t magnitude = date.year < 0 ? -date.year : date.year;
  std::string year = number(magnitude);
  if (year.size() < 4) year.insert(0, 4 - year.size(), '0');
  if (date.year < 0) year.insert(0, 1, '-');
  if (date.year > 9999) year.insert(0, 1, '+');
  return year + "-" + twoDigit(date.month) + "-" + twoDigit(date.day);
}

}  // namespace okhotsk
