// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_scene.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"

#include <utility>

namespace okhotsk::app {

MapData mapDataOf(const AtlasDocument& document) {
  MapData data;
  data.dataset = document.sharedDataset();
  for (std::size_t i = 0; i < data.coastlines.size(); ++i)
    data.coastlines[i] = document.coastline(static_cast<CoastlineLevel>(i));
  return data;
}

MapScene mapSceneOf(const DisplaySettings& settings, DayNumber day, MapSelection selection) {
  return {day, settings.language(), settings.namingOrder(), std::move(selection)};
}

}  // namespace okhotsk::app
