// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QString>

namespace okhotsk::app {

/// The map in words, for screen readers: the date and, for each territory, both its names and
/// who administered and who claimed it that day ("19 October 1956. Etorofu / Iturup:
/// administered by USSR · claimed by Japan. …"). The map widget gives it as its accessible
/// description and sets it again when the date or the language changes.
[[nodiscard]] QString mapDescription(const Dataset& dataset, DayNumber day, Language language,
                                     NamingOrder order);

}  // namespace okhotsk::app
