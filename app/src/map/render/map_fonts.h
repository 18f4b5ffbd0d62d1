// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QFont>

namespace okhotsk::app {

/// The map's typefaces for one language and type scale: Japanese glyph forms first for
/// Japanese, DejaVu Sans first otherwise (both on every Debian desktop).
struct MapFonts {
  Language language = Language::English;
  double scale = 0.0;  ///< 0 until made: no font set matches it
  QFont name;          ///< territory names
  QFont state;         ///< "administered by …" under a name
  QFont part;          ///< island names
  QFont event;
  QFont eventDate;
  QFont date;        ///< the date stamp
  QFont dateDetail;  ///< era and Old Style under it
  QFont legend;
  QFont legendTitle;
  QFont small;     ///< scale bar and credit
  QFont question;  ///< the "?" of an uncertain day
};

[[nodiscard]] MapFonts makeMapFonts(Language language, double scale);

}  // namespace okhotsk::app
