// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/selection.h"

namespace okhotsk::app {

void Selection::selectEvent(const QString& eventId) {
  if (eventId == m_eventId) return;
  m_eventId = eventId;
  Q_EMIT eventSelected(eventId);
}

void Selection::selectTerritory(const QString& territoryId) {
  if (territoryId == m_territoryId) return;
  if (!territoryId.isEmpty()) selectBoundary(QString());
  m_territoryId = territoryId;
  Q_EMIT territorySelected(territoryId);
}

void Selection::selectBoundary(const QString& boundaryId) {
  if (boundaryId == m_boundaryId) return;
  if (!boundaryId.isEmpty()) selectTerritory(QString());
  m_boundaryId = boundaryId;
  Q_EMIT boundarySelected(boundaryId);
}

void Selection::clear() {
  selectEvent(QString());
  selectTerritory(QString());
  selectBoundary(QString());
}

}  // namespace okhotsk::app
