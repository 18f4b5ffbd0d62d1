// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/tour.h"

#include "okhotsk/language.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// How a tour becomes a video.
struct TourVideoOptions {
  QSize size{1920, 1080};
  int framesPerSecond = 25;
  double transitionSeconds = 1.5;  ///< the glide between stops, as on screen
  bool subtitles = true;           ///< WebVTT files in English, Japanese and Russian beside the video
};

/// The subtitles of a tour's video in WebVTT: one cue per stop with a caption, from the first
/// to the last frame the stop is held (the glides between stops have none), timed exactly as
/// drawTourFrames() draws them.
[[nodiscard]] QString tourSubtitles(const Tour& tour, Language language, int framesPerSecond,
                                    double transitionSeconds);

/// Where the subtitles of `videoPath` in `language` go: talk.mp4 → talk.en.vtt, talk.ja.vtt…
[[nodiscard]] QString subtitlePath(const QString& videoPath, Language language);

/// Writes a tour as a video (okhotsk-atlas --tour FILE --export-video OUT.mp4|OUT.webm, Tour →
/// Export Video…): the frames the screen shows, one glide between stops and each stop held for
/// its time, with the caption burnt in in the settings' language; H.264 MP4 or VP9 WebM by the
/// extension (VideoEncoder). With `subtitles`, the captions in all three languages as WebVTT
/// files beside it (subtitlePath), each written atomically. `progress` (may be empty) is told
/// done/total after each frame and may return false to stop: then nothing is left behind.
/// Returns false with `error` naming the file and the reason when it cannot be written or was
/// stopped; `written` (may be null) receives the files written.
bool writeTourVideo(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& path, const TourVideoOptions& options, QString* error = nullptr,
                    const std::function<bool(int done, int total)>& progress = {},
                    QStringList* written = nullptr);

}  // namespace okhotsk::app
