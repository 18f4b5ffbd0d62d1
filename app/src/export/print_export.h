// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_renderer.h"
#include "session/safe_write.h"
#include "session/view/map_viewport.h"

#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace okhotsk::app {

/// A map laid out for print: a page of `paperMm` at `dpi` with a title over the map, and under
/// it a caption of the date and a line the user types. On the map: a north arrow, the scale
/// bar, the legend and the credit line. Laid out in page units of 1/96 inch, so that type and
/// lines have the same size on paper at any DPI.
struct PrintLayout {
  QSizeF paperMm{297.0, 210.0};  ///< A4 landscape
  int dpi = 300;
  QString title;    ///< empty: "Okhotsk Atlas"
  QString caption;  ///< a line under the date, as the user types it (may be empty)
};

/// The page's size in pixels at its DPI (rounded to whole pixels).
[[nodiscard]] QSize printPixels(const PrintLayout& layout);
/// The page in page units (1/96 inch).
[[nodiscard]] QSizeF printPageSize(const PrintLayout& layout);
/// Where the map is on the page, in page units; the title is above it, the caption below.
[[nodiscard]] QRectF printMapRect(const PrintLayout& layout);
/// Where the north arrow is on the page, in page units (inside the map's top right corner).
[[nodiscard]] QRectF printNorthArrowRect(const PrintLayout& layout);
/// The map's viewport on the page: `shown`'s centre, scaled so that what it shows fits.
[[nodiscard]] MapViewport printMapViewport(const MapViewport& shown, const PrintLayout& layout);
/// The direction of north at the centre of `viewport`, in degrees clockwise from straight up
/// (0 when it cannot be worked out).
[[nodiscard]] double northAngle(const MapViewport& viewport);

/// Writes the map of `scene` (never with its selection highlighted) as laid out by `layout` to
/// `path`: PNG (the page in pixels at the DPI, which the file records), PDF (one page of the
/// paper's size) or SVG (the paper's size in millimetres). Written atomically as
/// writeMapPicture does; false with `error` naming the file on failure.
bool writePrintPicture(MapRenderer& renderer, const MapViewport& shown, const MapScene& scene,
                       const RenderOptions& options, const PrintLayout& layout, const QString& path,
                       QString* error = nullptr, const SaveDeviceFactory& makeDevice = {});

}  // namespace okhotsk::app
