// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace okhotsk::app {

class UserLayers;

/// The Layers menu: the user's added layers, each a submenu "name ▸ Show / Remove", after an
/// "Add Layer…" entry (the window's action, shared with File). Rebuilt when the list changes.
class UserLayerMenu : public QMenu {
  Q_OBJECT

 public:
  UserLayerMenu(UserLayers& layers, QAction* addLayer, QWidget* parent = nullptr);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();

  UserLayers& m_layers;
  QAction* m_addLayer;
};

}  // namespace okhotsk::app
