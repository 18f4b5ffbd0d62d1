// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/video_export.h"

#include "export/tour_export.h"
#include "export/video_encoder.h"
#include "session/safe_write.h"

#include <QDir>
#include <QFileInfo>

#include <array>
#include <cstdint>

namespace okhotsk::app {

namespace {

// "00:01:02.345": WebVTT's timestamp, from a frame number.
QString timestamp(std::int64_t frame, int framesPerSecond) {
  const std::int64_t milliseconds = frame * 1000 / framesPerSecond;
  return QStringLiteral("%1:%2:%3.%4")
      .arg(milliseconds / 3600000, 2, 10, QLatin1Char('0'))
      .arg(milliseconds / 60000 % 60, 2, 10, QLatin1Char('0'))
      .arg(milliseconds / 1000 % 60, 2, 10, QLatin1Char('0'))
      .arg(milliseconds % 1000, 3, 10, QLatin1Char('0'));
}

// A caption as cue text: no blank line (it would end the cue) and no "-->".
QString cueText(const QString& caption) {
  QString text = caption.trimmed();
  text.replace(QStringLiteral("-->"), QStringLiteral("→"));
  while (text.contains(QStringLiteral("\n\n"))) text.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
  return text;
}

}  // namespace

QString tourSubtitles(const Tour& tour, Language language, int framesPerSecond, double transitionSeconds) {
  QString text = QStringLiteral("WEBVTT\n");
  const std::vector<StopFrames> frames = tourStopFrames(tour, framesPerSecond, transitionSeconds);
  int cue = 0;
  for (std::size_t i = 0; i < tour.stops.size() && i < frames.size(); ++i) {
    const QString caption = cueText(tour.stops[i].caption.get(language));
    if (caption.isEmpty()) continue;
    text += QStringLiteral("\n%1\n%2 --> %3\n%4\n")
                .arg(++cue)
                .arg(timestamp(frames[i].first, framesPerSecond),
                     timestamp(static_cast<std::int64_t>(frames[i].first) + frames[i].count, framesPerSecond),
                     caption);
  }
  return text;
}

QString subtitlePath(const QString& videoPath, Language language) {
  const QFileInfo video(videoPath);
  return video.dir().filePath(video.completeBaseName() + QLatin1Char('.') +
                              QString::fromUtf8(languageCode(language).data()) + QStringLiteral(".vtt"));
}

bool writeTourVideo(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& path, const TourVideoOptions& options, QString* error,
                    const std::function<bool(int done, int total)>& progress, QStringList* written) {
  const auto fail = [error, &path](const QString& reason) {
    if (error != nullptr)
      *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
  };
  if (tour.stops.empty()) return fail(QStringLiteral("the tour has no stops"));
  const std::optional<VideoFormat> format = videoFormatFor(path);
  if (!format) return fail(QStringLiteral("a video file ends in .mp4 (H.264) or .webm (VP9)"));

  VideoEncoder encoder;
  if (!encoder.open(path, *format, options.size, options.framesPerSecond, error)) return false;
  const int total = tourFrameCount(tour, options.framesPerSecond, options.transitionSeconds);
  int done = 0;
  bool stopped = false;
  const bool drawn = drawTourFrames(tour, document, settings, options.size, options.framesPerSecond,
                                    options.transitionSeconds, [&](const QImage& frame, bool /*repeat*/) {
                                      if (!encoder.addFrame(frame, error)) return false;
                                      ++done;
                                      if (progress && !progress(done, total)) stopped = true;
                                      return !stopped;
                                    });
  if (!drawn) {
    encoder.abandon();
    return stopped ? fail(QStringLiteral("stopped before the end; nothing was written")) : false;
  }
  if (!encoder.finish(error)) return false;
  if (written != nullptr) written->append(path);

  if (!options.subtitles) return true;
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    const QString vtt = subtitlePath(path, language);
    if (!writeFileSafely(
            vtt, tourSubtitles(tour, language, options.framesPerSecond, options.transitionSeconds).toUtf8(),
            error))
      return false;
    if (written != nullptr) written->append(vtt);
  }
  return true;
}

}  // namespace okhotsk::app
