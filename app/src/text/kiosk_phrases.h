#pragma once

#include "okhotsk/language.h"

#include <QString>

namespace okhotsk::app {

/// The kiosk's own words (title, buttons, hints); the data brings its own translations.
enum class KioskPhrase : unsigned char {
  Title,
  Subtitle,
  StartOver,
  Previous,
  Play,
  Pause,
  Next,
  Hint,
  TouchToExplore,
  Sources,
  Unconfirmed,
  EnterPin,
  Cancel,
  Count
};

/// The phrase in `language`.
[[nodiscard]] QString kioskPhrase(KioskPhrase phrase, Language language);

}  // namespace okhotsk::app
