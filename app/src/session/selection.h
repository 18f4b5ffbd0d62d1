// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace okhotsk::app {

/// What the user has selected: one event and/or one territory or boundary (by dataset id).
/// A territory and a boundary exclude each other (both are shown in the territory panel):
/// selecting one clears the other, which is emitted first.
/// Shared like the TimeController: views receive it in their constructors, set it on
/// click and listen to its signals (the map centres on a selected event; the panel shows
/// a selected territory's history).
class Selection : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] const QString& eventId() const noexcept { return m_eventId; }
  [[nodiscard]] const QString& territoryId() const noexcept { return m_territoryId; }
  [[nodiscard]] const QString& boundaryId() const noexcept { return m_boundaryId; }

 public Q_SLOTS:
  void selectEvent(const QString& eventId);
  void selectTerritory(const QString& territoryId);
  void selectBoundary(const QString& boundaryId);
  void clear();

 Q_SIGNALS:
  void eventSelected(const QString& eventId);          ///< empty when cleared
  void territorySelected(const QString& territoryId);  ///< empty when cleared
  void boundarySelected(const QString& boundaryId);    ///< empty when cleared

 private:
  QString m_eventId;
  QString m_territoryId;
  QString m_boundaryId;
};

}  // namespace okhotsk::app
