// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/language.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// The data a MapRenderer draws: the dataset (shared, so that the renderer's caches never
/// outlive it) and the coastline levels loaded so far, by CoastlineLevel (nullptr while a
/// level is loading or absent; their owner must keep them while they are set here).
struct MapData {
  std::shared_ptr<const Dataset> dataset;
  std::array<const Coastline*, 4> coastlines{};
  friend bool operator==(const MapData&, const MapData&) = default;
};

/// What is selected: outlined (a territory), ringed (an event) or traced (a boundary) in the
/// highlight colour.
struct MapSelection {
  QString territoryId;
  QString eventId;
  QString boundaryId = {};
};

/// What one frame shows of the data: the day, the words and the selection.
struct MapScene {
  DayNumber day = 0;
  Language language = Language::English;
  NamingOrder order = NamingOrder::JapaneseFirst;
  MapSelection selection;
};

/// The corner of the map a legend sits in.
enum class LegendCorner : unsigned char { TopLeft, TopRight, BottomLeft, BottomRight };

/// What a frame shows besides the map itself, and how large its type and lines are.
struct RenderOptions {
  bool legend = true;
  /// Where the legend goes: below the date stamp (top left), above the scale bar (bottom
  /// left), at the top right, or above the credit (bottom right).
  LegendCorner legendCorner = LegendCorner::BottomRight;
  bool dateStamp = true;
  bool scaleBar = true;
  bool credit = true;
  bool labels = true;  ///< territory and event labels
  bool events = true;  ///< event markers and the arrows to events outside the view
  /// Text and line sizes (1 on a desktop; the lecture mode uses larger type).
  double scale = 1.0;
  /// The projector's colours (palette::Contrast) and heavier coastlines: the lecture mode.
  bool projector = false;
  /// Forces a coastline level (the benchmark); otherwise it is chosen by scale.
  std::optional<CoastlineLevel> coastlineLevel;
};

/// The document's dataset and the coastlines it has loaded so far.
[[nodiscard]] MapData mapDataOf(const AtlasDocument& document);
/// A scene on `day` in the settings' language and naming order.
[[nodiscard]] MapScene mapSceneOf(const DisplaySettings& settings, DayNumber day,
                                  MapSelection selection = {});

}  // namespace okhotsk::app
