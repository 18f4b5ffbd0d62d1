// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/interface_language.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/tour_player.h"
#include "session/view/map_view_state.h"

namespace okhotsk::app {

/// The shared, non-widget state of one running atlas: the document (dataset), the time
/// controller, the selection, the display settings and the interface's language, the map's view and the tour
/// player. Created once by the application and handed by reference to every window and view; owns nothing
/// visual. Windows for the desktop, the kiosk and the lecture mode all sit on the same session type.
struct AtlasSession {
  AtlasDocument document;
  TimeController controller{document};
  Selection selection;
  DisplaySettings settings;
  /// Installs the interface's catalogues for settings.language(); declared right after the
  /// settings so that it hears a language change before any view does.
  InterfaceLanguage interfaceLanguage{settings};
  /// The view of the map the window shows (published by that window).
  MapViewState view;
  /// Plays the lecture's tour or the kiosk's attract loop; outlives every window that shows it.
  TourPlayer player{controller, selection};
};

}  // namespace okhotsk::app
