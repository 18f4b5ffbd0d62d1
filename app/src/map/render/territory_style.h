// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"

#include <QString>

namespace okhotsk::app {

/// How a territory looks on a day: one state's fill, a joint regime's stripes, or the
/// cross-hatching of an uncertain day or a transition; plus the claimant that does not
/// administer it, if any (hatching and a dashed outline). Pure: no painting.
struct TerritoryStyle {
  enum class Kind : unsigned char { Unknown, Single, Joint, Uncertain };
  Kind kind = Kind::Unknown;
  QString first;     ///< the administering state, or the first candidate / partner
  QString second;    ///< the joint partner or the second candidate
  QString claimant;  ///< a claimant that does not administer (hatching, dashed outline)
};

[[nodiscard]] TerritoryStyle styleOf(const TerritoryState& state);

}  // namespace okhotsk::app
