// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_fonts.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

QFont makeFont(Language language, double pixels, int weight = QFont::Normal, bool italic = false) {
  QFont font;
  // Japanese first for Japanese text, so that kanji take Japanese glyph forms; Cyrillic and
  // Latin come from DejaVu Sans, which every Debian desktop has.
  font.setFamilies(language == Language::Japanese
                       ? QStringList{QStringLiteral("Noto Sans CJK JP"), QStringLiteral("DejaVu Sans")}
                       : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
  font.setWeight(static_cast<QFont::Weight>(weight));
  font.setItalic(italic);
  font.setHintingPreference(QFont::PreferNoHinting);
  return font;
}

}  // namespace

MapFonts makeMapFonts(Language language, double scale) {
  MapFonts f;
  f.language = language;
  f.scale = scale;
  f.name = makeFont(language, 13.0 * scale, QFont::DemiBold);
  f.state = makeFont(language, 11.0 * scale);
  f.part = makeFont(language, 11.0 * scale, QFont::Normal, true);
  f.event = makeFont(language, 11.5 * scale, QFont::DemiBold);
  f.eventDate = makeFont(language, 10.5 * scale);
  f.date = makeFont(language, 24.0 * scale, QFont::Bold);
  f.dateDetail = makeFont(language, 12.0 * scale);
  f.legend = makeFont(language, 11.0 * scale);
  f.legendTitle = makeFont(language, 11.5 * scale, QFont::Bold);
  f.small = makeFont(language, 10.0 * scale);
  f.question = makeFont(language, 12.0 * scale, QFont::Bold);
  return f;
}

}  // namespace okhotsk::app
