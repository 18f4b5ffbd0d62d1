// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/time_axis.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

using Unit = TickUnit;
constexpr std::array<TickScale, 15> kScales{{
    {Unit::Day, 1, 1.0},
    {Unit::Day, 2, 2.0},
    {Unit::Day, 5, 5.0},
    {Unit::Day, 10, 10.0},
    {Unit::Day, 15, 15.0},
    {Unit::Month, 1, 30.44},
    {Unit::Month, 3, 91.31},
    {Unit::Month, 6, 182.62},
    {Unit::Year, 1, 365.2425},
    {Unit::Year, 2, 730.485},
    {Unit::Year, 5, 1826.21},
    {Unit::Year, 10, 3652.425},
    {Unit::Year, 20, 7304.85},
    {Unit::Year, 50, 18262.1},
    {Unit::Year, 100, 36524.25},
}};

const QLocale& localeFor(Language language) {
  static const QLocale english(QLocale::English, QLocale::UnitedStates);  // "Sep", not "Sept"
  static const QLocale japanese(QLocale::Japanese, QLocale::Japan);
  static const QLocale russian(QLocale::Russian, QLocale::Russia);
  switch (language) {
    case Language::Japanese:
      return japanese;
    case Language::Russian:
      return russian;
    case Language::English:
      break;
  }
  return english;
}

}  // namespace

// --- Scales and ticks ---------------------------------------------------------------------

std::span<const TickScale> tickScales() noexcept {
  return kScales;
}

bool isDayTick(int step, int dayOfMonth) noexcept {
  switch (step) {
    case 1:
      return true;
    case 2:
      return dayOfMonth % 2 == 1 && dayOfMonth <= 29;
    case 5:
      return dayOfMonth == 1 || (dayOfMonth % 5 == 0 && dayOfMonth <= 25);
    case 10:
      return dayOfMonth == 1 || dayOfMonth == 10 || dayOfMonth == 20;
    default:
      return dayOfMonth == 1 || dayOfMonth == 15;
  }
}

bool scaleIncludes(const TickScale& fine, const TickScale& coarse) noexcept {
  if (fine.unit != coarse.unit) return static_cast<int>(fine.unit) < static_cast<int>(coarse.unit);
  if (fine.unit != Unit::Day) return coarse.step % fine.step == 0;
  return fine.step == 1 || (fine.step == 5 && (coarse.step == 10 || coarse.step == 15)) ||
         (fine.step == 2 && coarse.step == 15);
}

ScaleChoice chooseTickScales(double pixelsPerDay, const TickLabelWidths& widths, double uiScale) noexcept {
  const double gap = 14.0 * uiScale;
  ScaleChoice choice{kScales.size() - 1, -1};
  for (std::size_t i = 0; i < kScales.size(); ++i) {
    const TickScale& scale = kScales[i];
    const double labelWidth =
        scale.unit == Unit::Year ? widths.year : (scale.unit == Unit::Month ? widths.month : widths.day);
    // Day ticks are uneven near month ends (steps restart on the 1st): a little more room.
    const double spacing = scale.approximateDays * pixelsPerDay * (scale.unit == Unit::Day ? 0.8 : 1.0);
    if (spacing >= labelWidth + gap) {
      choice.major = i;
      break;
    }
  }
  const double minorSpacing = 5.0 * uiScale;
  for (std::size_t j = 0; j < choice.major; ++j) {
    if (kScales[j].approximateDays * pixelsPerDay >= minorSpacing &&
        scaleIncludes(kScales[j], kScales[choice.major])) {
      choice.minor = static_cast<std::ptrdiff_t>(j);
      break;
    }
  }
  return choice;
}

// --- Words ---------------------------------------------------------------------------------

QString yearText(std::int64_t year) {
  return QString::number(year);
}

QString monthShort(int month, Language language) {
  return localeFor(language).standaloneMonthName(month, QLocale::ShortFormat);
}

QString monthAndYear(const CivilDate& date, Language language) {
  if (language == Language::Japanese) return QStringLiteral("%1年%2月").arg(date.year).arg(date.month);
  return monthShort(date.month, language) + QLatin1Char(' ') + yearText(date.year);
}

TickLabel tickLabel(const TickScale& scale, const CivilDate& date, Language language) {
  switch (scale.unit) {
    case Unit::Year:
      return {yearText(date.year), false};
    case Unit::Month:
      if (date.month == 1) return {yearText(date.year), true};
      return {monthShort(date.month, language), false};
    case Unit::Day:
      if (date.day == 1) return {monthAndYear(date, language), true};
      return {QString::number(date.day), false};
  }
  return {};
}

QString dayLabel(DayNumber day, Language language) {
  const CivilDate date = gregorianFromDays(day);
  if (language == Language::Japanese)
    return QStringLiteral("%1年%2月%3日").arg(date.year).arg(date.month).arg(date.day);
  return QStringLiteral("%1 %2 %3")
      .arg(date.day)
      .arg(localeFor(language).monthName(date.month, QLocale::ShortFormat))
      .arg(date.year);
}

DayNumber stepByUnit(DayNumber day, TickUnit unit, int direction) noexcept {
  if (unit == Unit::Day) return day + direction;
  CivilDate date = gregorianFromDays(day);
  if (unit == Unit::Month) {
    std::int64_t months = date.year * 12 + (date.month - 1) + direction;
    date.year = months >= 0 ? months / 12 : (months - 11) / 12;
    date.month = static_cast<int>(months - date.year * 12) + 1;
  } else {
    date.year += direction;
  }
  date.day = std::min(date.day, daysInGregorianMonth(date.year, date.month));  // 31 Jan → 28 Feb
  return daysFromGregorian(date);
}

// --- Days and coordinates ----------------------------------------------------------------------

double TimeAxis::pixelsPerDay() const noexcept {
  return (m_right - m_left) / static_cast<double>(m_range.length());
}

double TimeAxis::dayEdgeX(DayNumber day) const noexcept {
  const double days =
      std::clamp(static_cast<double>(day - m_range.first), -4.0 * static_cast<double>(m_range.length()),
                 5.0 * static_cast<double>(m_range.length()));
  return m_left + days * pixelsPerDay();
}

double TimeAxis::xForDay(DayNumber day) const noexcept {
  return dayEdgeX(day) + pixelsPerDay() / 2.0;
}

DayNumber TimeAxis::dayAtX(double x) const noexcept {
  return m_range.first + static_cast<DayNumber>(std::floor((x - m_left) / pixelsPerDay()));
}

DayRange TimeAxis::zoomedAround(double x, double factor) const noexcept {
  const double axisWidth = m_right - m_left;
  x = std::clamp(x, m_left, m_right - 0.01);
  // Rounding the new range to whole days must not let the anchor drift a day per step.
  const DayNumber anchor = dayAtX(x);
  const auto days =
      static_cast<DayNumber>(std::llround(std::max(8.0, static_cast<double>(m_range.length()) * factor)));
  const auto offset =
      static_cast<DayNumber>(std::floor((x - m_left) / (axisWidth / static_cast<double>(days))));
  const DayNumber first = anchor - offset;
  return {first, first + days - 1};
}

DayRange TimeAxis::pannedBy(double dx) const noexcept {
  const auto shift = static_cast<DayNumber>(std::llround(dx / pixelsPerDay()));
  return {m_range.first + shift, m_range.last + shift};
}

}  // namespace okhotsk::app
