// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/safe_write.h"
#include "session/tour.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// The sources a tour cites: for each stop, in stop order, what its view shows — its event's
/// sources and its territory's control on its day, or, when it highlights neither, the control
/// of every territory of the story on that day (okhotsk::stopsCitedSourceIds). Each id once.
[[nodiscard]] std::vector<std::string> tourSourceIds(const Tour& tour, const Dataset& dataset);

/// A printed handout of a tour: one A4 landscape page per stop with the map of the stop's
/// date and view (drawn as vectors by the same MapRenderer as the screen), the date spelled
/// out with the Japanese era and, before 1918, the Old Style date, the caption, the
/// highlighted event's title and its sources, and the credit line; then a bibliography of
/// every source the tour cites (tourSourceIds), numbered, on as many pages as it needs, under
/// a heading in the handout's language. Drawn into memory, then
/// written atomically and checked (writeFileSafely): when it cannot be written, a full disk
/// included, the old file stays, no temporary is left, and false is returned with `error`
/// naming the file and the reason. `makeDevice` is for tests (see SaveDevice). With
/// `speakerNotes`, each stop's notes (in the handout's language, else English) follow its
/// caption under a heading, and the map gives up room for them.
bool writeTourHandout(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                      const QString& path, QString* error = nullptr, const SaveDeviceFactory& makeDevice = {},
                      bool speakerNotes = false);

/// Receives each frame of a tour's video in turn; `repeat` is true when the frame is the one
/// handed on before, again (a stop held). Returns false to stop.
using TourFrameSink = std::function<bool(const QImage& frame, bool repeat)>;

/// Draws the frames of a tour's video, in order: each stop held for its holdSeconds, and
/// between stops the date and the view gliding for `transitionSeconds` (a cut when the
/// projection changes), with the caption on a band at the bottom. Each held stop is drawn
/// once. The image passed is reused: a sink that keeps a frame copies it. Returns false when
/// the sink stopped it. The one drawing of a tour's frames, for PNG frames and for video.
bool drawTourFrames(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    QSize size, int framesPerSecond, double transitionSeconds, const TourFrameSink& sink);

/// A numbered image sequence for video (frame_00001.png, …) in `folder` (created if needed):
/// each stop is held for its holdSeconds, and between stops the date and the view glide for
/// `transitionSeconds` (a cut when the projection changes), with the caption on a band at
/// the bottom. `progress` (may be empty) is told done/total after each frame and may return
/// false to stop. Returns the number of frames written, or -1 with `error` set. Each frame is
/// written atomically and checked (writeFileSafely); a frame that cannot be written (a full
/// disk, ...) stops the export with -1 and `error` naming that frame and the reason. The frames
/// written before it stay in the folder (they are whole files), and `error` says so.
/// `makeDevice` is for tests (see SaveDevice).
int writeTourFrames(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& folder, QSize size, int framesPerSecond, QString* error = nullptr,
                    const std::function<bool(int done, int total)>& progress = {},
                    double transitionSeconds = 1.5, const SaveDeviceFactory& makeDevice = {});

/// One stop as the audience sees it: the map of its date and view at `size`, its territory or
/// event highlighted, without a caption band; the legend only from 1280×720 up. `size` is in
/// logical pixels, and the image has `pixelRatio` device pixels for each (the same picture,
/// sharper). The presenter view previews the next stop with it.
[[nodiscard]] QImage drawTourStop(const TourStop& stop, const AtlasDocument& document,
                                  const DisplaySettings& settings, QSize size, double pixelRatio = 1.0);

/// Where a stop is held in a tour's frames: its first frame (from 0) and how many.
struct StopFrames {
  int first = 0;
  int count = 0;
};
/// Each stop's held frames, in stop order, as drawTourFrames() draws them.
[[nodiscard]] std::vector<StopFrames> tourStopFrames(const Tour& tour, int framesPerSecond,
                                                     double transitionSeconds = 1.5);

/// How many frames writeTourFrames() writes for these settings.
[[nodiscard]] int tourFrameCount(const Tour& tour, int framesPerSecond, double transitionSeconds = 1.5);

}  // namespace okhotsk::app
