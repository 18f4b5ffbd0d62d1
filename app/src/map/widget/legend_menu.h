// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_scene.h"

#include <QMenu>

class QAction;
class QActionGroup;

namespace okhotsk::app {

class MapWidget;

/// View → Legend Position, with the checkable Show Legend action beside it: whether the map
/// widget draws its legend and in which corner. Follows the widget (whoever changes its
/// options) and retranslates itself on a change of the interface language. The window adds
/// showAction() and the menu to its View menu.
class LegendMenu : public QMenu {
  Q_OBJECT

 public:
  LegendMenu(MapWidget& map, QWidget* parent = nullptr);

  /// "Show Legend", checkable.
  [[nodiscard]] QAction* showAction() const noexcept { return m_show; }
  /// The corner's action in this menu.
  [[nodiscard]] QAction* cornerAction(LegendCorner corner) const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void follow();

  MapWidget& m_map;
  QAction* m_show = nullptr;
  QActionGroup* m_corners = nullptr;
};

}  // namespace okhotsk::app
