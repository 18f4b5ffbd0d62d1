// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/view_preferences.h"

#include "chart/trade_chart.h"
#include "map/widget/map_widget.h"
#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "session/view/map_viewport.h"

#include "okhotsk/model.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QToolButton>

namespace okhotsk::app::view_preferences {

namespace {
const QString kMapViewKey = QStringLiteral("view/map");
const QString kLogarithmicKey = QStringLiteral("view/tradeLogarithmic");
const QString kHiddenCategoriesKey = QStringLiteral("view/hiddenEventCategories");
const QString kNearDateKey = QStringLiteral("view/eventsNearDate");
const QString kLegendShownKey = QStringLiteral("view/legendShown");
const QString kLegendCornerKey = QStringLiteral("view/legendCorner");
constexpr int kLegendCorners = static_cast<int>(LegendCorner::BottomRight) + 1;
}  // namespace

void save(QSettings& settings, const MapWidget& map, const TradeChart& chart, const EventPanel& events) {
  const QString spec = map.viewport().toSpec();
  if (!spec.isEmpty())
    settings.setValue(kMapViewKey, spec);
  else
    settings.remove(kMapViewKey);
  settings.setValue(kLegendShownKey, map.legendVisible());
  settings.setValue(kLegendCornerKey, static_cast<int>(map.legendCorner()));
  settings.setValue(kLogarithmicKey, chart.isLogarithmic());
  QStringList hidden;
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    if (!events.filterModel()->isCategoryVisible(category))
      hidden << QString::fromUtf8(eventCategoryCode(category).data());
  }
  settings.setValue(kHiddenCategoriesKey, hidden);
  settings.setValue(kNearDateKey, events.filterModel()->isNearCurrentDate());
}

void restore(const QSettings& settings, MapWidget& map, TradeChart& chart, EventPanel& events) {
  const QString spec = settings.value(kMapViewKey).toString();
  if (!spec.isEmpty() && map.viewport().isValid()) {
    if (const auto viewport = MapViewport::fromSpec(spec, map.viewport().size())) map.setViewport(*viewport);
  }
  if (settings.contains(kLegendShownKey)) map.setLegendVisible(settings.value(kLegendShownKey).toBool());
  bool cornerRead = false;
  const int corner = settings.value(kLegendCornerKey).toInt(&cornerRead);
  if (cornerRead && corner >= 0 && corner < kLegendCorners)
    map.setLegendCorner(static_cast<LegendCorner>(corner));
  if (settings.contains(kLogarithmicKey)) chart.setLogarithmic(settings.value(kLogarithmicKey).toBool());
  if (settings.contains(kHiddenCategoriesKey)) {
    const QStringList hidden = settings.value(kHiddenCategoriesKey).toStringList();
    for (int i = 0; i < kEventCategoryCount; ++i) {
      const auto category = static_cast<EventCategory>(i);
      const bool shown = !hidden.contains(QString::fromUtf8(eventCategoryCode(category).data()));
      events.filterModel()->setCategoryVisible(category, shown);
    }
  }
  // Through the panel's button, which turns the filter on and shows that it is on.
  if (settings.contains(kNearDateKey))
    events.nearDateButton()->setChecked(settings.value(kNearDateKey).toBool());
}

}  // namespace okhotsk::app::view_preferences
