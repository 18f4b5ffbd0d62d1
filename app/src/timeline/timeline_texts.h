// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timeline_marks.h"

#include "okhotsk/edtf.h"
#include "okhotsk/language.h"
#include "okhotsk/model.h"

#include <QPointF>
#include <QString>

#include <span>

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

// The timeline's words: category names and legend words in the three languages, and the
// text of its tooltips. No widget; the widget shows what these return.

enum class LegendWord { Imprecise, Unconfirmed, ControlChange };
/// The legend's words for how marks differ ("date imprecise or uncertain", …), from the catalogue.
[[nodiscard]] QString legendWord(LegendWord word);

/// Rich text naming the events whose marks lie within `reach` of `position`: title, date,
/// category and "unconfirmed" for up to four, then "and N more". Empty when there are none.
[[nodiscard]] QString eventsToolTip(const Dataset& dataset, std::span<const EventMark> marks,
                                    QPointF position, double reach, Language language);

/// Rich text for a bar of the density view: how many events of `category` fall on `days`
/// ("%n event(s)"), the category and the days. Empty for none.
[[nodiscard]] QString densityToolTip(EventCategory category, DayRange days, int count, Language language);

/// Rich text naming the territories whose control changes within `slack` days of `day`
/// (up to eight), with the new administrators and the date. Empty when there are none.
[[nodiscard]] QString controlChangesToolTip(const Dataset& dataset, DayNumber day, DayNumber slack,
                                            Language language, NamingOrder order);

}  // namespace okhotsk::app
