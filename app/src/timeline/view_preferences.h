// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace okhotsk::app {

class EventPanel;
class MapWidget;
class TradeChart;

/// The views' own preferences, remembered between runs: the map's view (centre and zoom) and its
/// legend (shown or hidden, its corner), the trade chart's logarithmic scale and the event list's
/// filters (categories shown, "near the current date"). Kept in the application's QSettings under "view/".
namespace view_preferences {

void save(QSettings& settings, const MapWidget& map, const TradeChart& chart, const EventPanel& events);
/// Gives the views what save() wrote; what is missing or unreadable stays as it is. Call once the
/// map has its size (after the window is shown), since its view is fitted to it.
void restore(const QSettings& settings, MapWidget& map, TradeChart& chart, EventPanel& events);

}  // namespace view_preferences

}  // namespace okhotsk::app
