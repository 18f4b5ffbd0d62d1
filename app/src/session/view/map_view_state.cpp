// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/view/map_view_state.h"

namespace okhotsk::app {

void MapViewState::setViewport(const MapViewport& viewport) {
  if (viewport == m_viewport) return;
  m_viewport = viewport;
  Q_EMIT viewportChanged();
}

}  // namespace okhotsk::app
