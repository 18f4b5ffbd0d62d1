// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/trade_chart_data.h"
#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QString>

#include <vector>

namespace okhotsk::app::trade_tooltip {

/// Over the partners' strip: the partner and its years ("Trade partner 1923–1991: …"); the
/// name may be elided in the strip itself.
[[nodiscard]] QString bandText(const PartnerBand& band, const Dataset& dataset, Language language);

/// The figures under the pointer, nearest first (rich text): for each of the first four its
/// year, flow and partner, value with its bound, what qualifies it, and its source; a note
/// when at most two figures are listed; then how many more there are.
[[nodiscard]] QString figuresText(const std::vector<const TradeFigure*>& nearestFirst, const Dataset& dataset,
                                  Language language);

}  // namespace okhotsk::app::trade_tooltip
