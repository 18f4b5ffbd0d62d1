// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/user_layer_menu.h"

#include "session/user_layers.h"

#include <QEvent>

namespace okhotsk::app {

UserLayerMenu::UserLayerMenu(UserLayers& layers, QAction* addLayer, QWidget* parent)
    : QMenu(parent), m_layers(layers), m_addLayer(addLayer) {
  setObjectName(QStringLiteral("LayersMenu"));
  connect(&m_layers, &UserLayers::changed, this, &UserLayerMenu::rebuild);
  rebuild();
}

void UserLayerMenu::rebuild() {
  clear();
  setTitle(tr("&Layers"));
  addAction(m_addLayer);
  addSeparator();
  if (m_layers.count() == 0) {
    addAction(tr("No layers added", "the Layers menu when the user has added none"))->setEnabled(false);
    return;
  }
  for (int i = 0; i < m_layers.count(); ++i) {
    const UserLayerSpec& spec = m_layers.at(i).spec;
    QMenu* menu = addMenu(spec.displayName());
    QAction* show = menu->addAction(tr("Show", "a user layer on the map and the timeline"));
    show->setCheckable(true);
    show->setChecked(spec.shown);
    // Queued: the menu that holds the action is rebuilt (deleted) by the change.
    connect(
        show, &QAction::toggled, this, [this, i](bool on) { m_layers.setShown(i, on); },
        Qt::QueuedConnection);
    connect(
        menu->addAction(tr("Remove", "a user layer")), &QAction::triggered, this,
        [this, i] { m_layers.remove(i); }, Qt::QueuedConnection);
  }
}

void UserLayerMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) rebuild();
  QMenu::changeEvent(event);
}

}  // namespace okhotsk::app
