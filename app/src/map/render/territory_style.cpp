// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/territory_style.h"

#include <algorithm>

namespace okhotsk::app {

namespace {

QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

QString firstClaimant(const ControlPeriod& period) {
  for (const std::string& claimant : period.claimedBy)
    if (std::find(period.administeredBy.begin(), period.administeredBy.end(), claimant) ==
        period.administeredBy.end())
      return qs(claimant);
  return {};
}

}  // namespace

TerritoryStyle styleOf(const TerritoryState& state) {
  TerritoryStyle style;
  if (!state.known() || state.period->administeredBy.empty()) return style;
  const ControlPeriod& period = *state.period;
  style.first = qs(period.administeredBy.front());
  style.claimant = firstClaimant(period);
  if (state.uncertain()) {
    style.kind = TerritoryStyle::Kind::Uncertain;
    const ControlPeriod& other = *state.alternative;
    style.second = other.administeredBy.empty() ? style.first : qs(other.administeredBy.back());
    if (style.claimant.isEmpty()) style.claimant = firstClaimant(other);
  } else if (period.kind == ControlKind::Transition) {
    style.kind = TerritoryStyle::Kind::Uncertain;
    style.second = qs(period.administeredBy.back());
  } else if (period.administeredBy.size() > 1) {
    style.kind = TerritoryStyle::Kind::Joint;
    style.second = qs(period.administeredBy[1]);
  } else {
    style.kind = TerritoryStyle::Kind::Single;
  }
  return style;
}

}  // namespace okhotsk::app
