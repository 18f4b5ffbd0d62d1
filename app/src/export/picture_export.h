// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_renderer.h"
#include "session/safe_write.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include <QString>

#include <array>

namespace okhotsk::app {

/// The file formats a map picture can be written in, chosen by the file's extension. A GeoTIFF
/// is the PNG's pixels with the map's projection and position inside the file (through GDAL).
enum class PictureFormat : unsigned char { Png, Svg, Pdf, GeoTiff };

/// The format for a path's extension (.png, .svg, .pdf, .tif or .tiff; any case), or nothing.
[[nodiscard]] std::optional<PictureFormat> pictureFormatFor(const QString& path);

/// Where a picture of a viewport lies on the map plane, as GIS programs read it.
struct PictureGeoreference {
  /// GDAL's affine geotransform: the map x of the picture's left edge, metres per pixel
  /// across, 0, the map y of its top edge, 0, minus metres per pixel down. Pixel (col, row)
  /// covers the map from (gt[0] + col·gt[1], gt[3] + row·gt[5]) one pixel's width and height on.
  std::array<double, 6> geoTransform{};
  /// The map projection (projection.h) as WKT2:2019, for GDAL (.aux.xml, GeoTIFF).
  QString wkt;
  /// The same as ESRI's WKT1, the dialect of a .prj file.
  QString esriWkt;
};

/// The georeference of a picture of `viewport`, drawn as writeMapPicture draws it (one image
/// pixel per logical pixel).
[[nodiscard]] PictureGeoreference pictureGeoreference(const MapViewport& viewport);

/// The six lines of an ESRI world file for a picture of `viewport`: metres per pixel across,
/// two zero rotations, minus metres per pixel down, then the map x and y of the centre of the
/// top left pixel.
[[nodiscard]] QString worldFileText(const MapViewport& viewport);

/// Writes the georeference of the PNG `pngPath` (a picture of `viewport`) beside it: the world
/// file `<name>.pgw`, the projection `<name>.prj` (ESRI WKT) and `<file>.aux.xml` (GDAL's
/// side file: GDAL, and so QGIS, take the projection from there, as they read no .prj beside
/// a PNG). Each written atomically; on failure returns false and `error` names the file.
bool writeWorldFiles(const MapViewport& viewport, const QString& pngPath, QString* error = nullptr,
                     const SaveDeviceFactory& makeDevice = {});

/// Writes the map of `scene` in `viewport` (its size is the picture's, in pixels; 96 per inch
/// for PDF) to `path` (PNG, SVG, PDF or GeoTIFF by its extension; a GeoTIFF carries the
/// georeference of pictureGeoreference(), and where its keys cannot hold the projection (the
/// world view's Equal Earth) GDAL's `<file>.aux.xml` beside it holds it), drawn by `renderer` exactly as on
/// screen, with the legend, date stamp and credit line that `options` asks for; never with the scene's
/// selection highlighted (an export is the map, not the state of the window). Drawn into memory, then written
/// atomically and checked (writeFileSafely): on any failure, a full disk included, the previous file stays as
/// it was, no temporary is left, false is returned and `error` says why, naming the file. `makeDevice` is for
/// tests (see SaveDevice). Used by File → Export View and by --render.
bool writeMapPicture(MapRenderer& renderer, const MapViewport& viewport, const MapScene& scene,
                     const RenderOptions& options, const QString& path, QString* error = nullptr,
                     const SaveDeviceFactory& makeDevice = {});

/// Type and line scale for a picture of `size`: 1 at 1920×1080, 2 at 3840×2160 (a 4K image
/// is looked at from as far away as a full-HD one), never below 1 or above 4.
[[nodiscard]] double defaultPictureScale(QSize size);

}  // namespace okhotsk::app
