#pragma once

#include "okhotsk/language.h"

#include <QString>

namespace okhotsk::app {

/// The one of three wordings that fits `language`: the map's and the panels' own words, which
/// follow the display language like the data's texts (also in headless output).
[[nodiscard]] inline QString inLanguage(Language language, const char16_t* en, const char16_t* ja,
                                        const char16_t* ru) {
  switch (language) {
    case Language::Japanese:
      return QString::fromUtf16(ja);
    case Language::Russian:
      return QString::fromUtf16(ru);
    case Language::English:
      break;
  }
  return QString::fromUtf16(en);
}

}  // namespace okhotsk::app
