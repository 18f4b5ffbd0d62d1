// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/kiosk_phrases.h"

namespace okhotsk::app {

QString kioskPhrase(KioskPhrase phrase) {
  switch (phrase) {
    case KioskPhrase::Title:
      return KioskText::tr("Okhotsk Atlas", "the application's name as a title");
    case KioskPhrase::Subtitle:
      return KioskText::tr("Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin");
    case KioskPhrase::StartOver:
      return KioskText::tr("Start over", "kiosk button: back to the start screen");
    case KioskPhrase::Previous:
      return KioskText::tr("◀ Previous", "kiosk button: previous event");
    case KioskPhrase::Play:
      return KioskText::tr("▶ Play", "kiosk button: play through time");
    case KioskPhrase::Pause:
      return KioskText::tr("❚❚ Pause", "kiosk button");
    case KioskPhrase::Next:
      return KioskText::tr("Next ▶", "kiosk button: next event");
    case KioskPhrase::Hint:
      return KioskText::tr(
          "Touch an island or a marker to read its story. Drag the timeline to travel in time; pinch the "
          "map to zoom.");
    case KioskPhrase::TouchToExplore:
      return KioskText::tr("Touch the screen to explore", "shown while the kiosk plays on its own");
    case KioskPhrase::Sources:
      return KioskText::tr("Sources", "heading of the list of sources");
    case KioskPhrase::Unconfirmed:
      return KioskText::tr("Not confirmed by the sources", "a tour stop the data does not back up");
    case KioskPhrase::EnterPin:
      return KioskText::tr("Staff PIN", "prompt for the code that leaves the kiosk");
    case KioskPhrase::Cancel:
      return KioskText::tr("Cancel");
    case KioskPhrase::Count:
      break;
  }
  return {};
}

}  // namespace okhotsk::app
