// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include <QObject>

namespace okhotsk::app {

/// The map's current view as session state, beside the date and the selection: the window that
/// shows a map publishes the map widget's viewport here, and whatever needs "the view now" (the
/// tour editor's Add Current State) reads it without knowing a widget. Not a widget; no clock.
class MapViewState : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] const MapViewport& viewport() const noexcept { return m_viewport; }
  /// Emits viewportChanged when the view differs from the one held.
  void setViewport(const MapViewport& viewport);

 Q_SIGNALS:
  void viewportChanged();

 private:
  MapViewport m_viewport;
};

}  // namespace okhotsk::app
