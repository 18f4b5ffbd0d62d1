// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/widget/legend_menu.h"

#include "map/widget/map_widget.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>

#include <array>

namespace okhotsk::app {

namespace {

constexpr std::array<LegendCorner, 4> kCorners{LegendCorner::TopLeft, LegendCorner::TopRight,
                                               LegendCorner::BottomLeft, LegendCorner::BottomRight};

}  // namespace

LegendMenu::LegendMenu(MapWidget& map, QWidget* parent) : QMenu(parent), m_map(map) {
  m_show = new QAction(this);
  m_show->setCheckable(true);
  connect(m_show, &QAction::toggled, &m_map, &MapWidget::setLegendVisible);
  m_corners = new QActionGroup(this);
  for (LegendCorner corner : kCorners) {
    QAction* action = addAction(QString());
    action->setCheckable(true);
    action->setData(static_cast<int>(corner));
    m_corners->addAction(action);
    connect(action, &QAction::triggered, &m_map, [this, corner] { m_map.setLegendCorner(corner); });
  }
  connect(&m_map, &MapWidget::renderOptionsChanged, this, &LegendMenu::follow);
  follow();
  retranslate();
}

QAction* LegendMenu::cornerAction(LegendCorner corner) const {
  for (QAction* action : m_corners->actions())
    if (action->data().toInt() == static_cast<int>(corner)) return action;
  return nullptr;
}

void LegendMenu::follow() {
  const RenderOptions& options = m_map.renderOptions();
  m_show->setChecked(options.legend);
  if (QAction* action = cornerAction(options.legendCorner)) action->setChecked(true);
  setEnabled(options.legend);
}

void LegendMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMenu::changeEvent(event);
}

void LegendMenu::retranslate() {
  setTitle(tr("Legend &Position"));
  m_show->setText(tr("Show &Legend"));
  cornerAction(LegendCorner::TopLeft)->setText(tr("Top &Left", "legend position"));
  cornerAction(LegendCorner::TopRight)->setText(tr("&Top Right", "legend position"));
  cornerAction(LegendCorner::BottomLeft)->setText(tr("&Bottom Left", "legend position"));
  cornerAction(LegendCorner::BottomRight)->setText(tr("Bottom &Right", "legend position"));
}

}  // namespace okhotsk::app
