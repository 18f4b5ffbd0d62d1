// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_renderer.h"
#include "session/safe_write.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"

#include <QString>

namespace okhotsk::app {

/// The file formats a map picture can be written in, chosen by the file's extension.
enum class PictureFormat : unsigned char { Png, Svg, Pdf };

/// The format for a path's extension (.png, .svg, .pdf; any case), or nothing.
[[nodiscard]] std::optional<PictureFormat> pictureFormatFor(const QString& path);

/// Writes the map of `scene` in `viewport` (its size is the picture's, in pixels; 96 per inch
/// for PDF) to `path`, drawn by `renderer` exactly as on screen, with the legend, date stamp
/// and credit line that `options` asks for; never with the scene's selection highlighted (an
/// export is the map, not the state of the window). Drawn into memory, then written atomically and
/// checked (writeFileSafely): on any failure, a full disk included, the previous file stays as
/// it was, no temporary is left, false is returned and `error` says why, naming the file.
/// `makeDevice` is for tests (see SaveDevice). Used by File → Export View and by --render.
bool writeMapPicture(MapRenderer& renderer, const MapViewport& viewport, const MapScene& scene,
                     const RenderOptions& options, const QString& path, QString* error = nullptr,
                     const SaveDeviceFactory& makeDevice = {});

/// Type and line scale for a picture of `size`: 1 at 1920×1080, 2 at 3840×2160 (a 4K image
/// is looked at from as far away as a full-HD one), never below 1 or above 4.
[[nodiscard]] double defaultPictureScale(QSize size);

}  // namespace okhotsk::app
