// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace okhotsk::app {

/// The video formats the atlas writes: H.264 in MP4 (plays everywhere: lecture-hall PCs,
/// phones, presentation software) and VP9 in WebM (the free format browsers play).
enum class VideoFormat : unsigned char { Mp4H264, WebmVp9 };

/// The format a file name asks for by its extension (.mp4, .webm; any case), or none.
[[nodiscard]] std::optional<VideoFormat> videoFormatFor(const QString& path);

/// Encodes frames into a video file with Debian's FFmpeg libraries (libavcodec: libx264 or
/// libvpx-vp9; libavformat: the MP4 or WebM container; libswscale: RGB to YUV 4:2:0), so that
/// a lecturer gets a file that plays, not a folder of PNGs and an ffmpeg command line.
///
/// The video is written to a temporary file beside `path` and renamed over it by finish(): an
/// encoding that fails or is abandoned leaves no half video and keeps any old file. Every
/// failure gives a message naming the file and FFmpeg's reason.
///
/// FFmpeg's libraries and the ~80 libraries they need are not linked into the atlas: loading
/// them cost every start about 28 ms, for a feature a lecturer uses now and then. They live in
/// the module okhotsk-video (video_encoder_ffmpeg.cpp), which the first open() loads and keeps:
/// the file named by $OKHOTSK_VIDEO_MODULE when it is set (tests), else okhotsk-video.so beside
/// the program (a build tree), else in the installed module folder (videoModuleCandidates()).
/// A module that cannot be found or loaded makes open() fail with the places tried.
class VideoEncoder {
 public:
  VideoEncoder();
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  /// Starts a video of `size` (both sides even: 4:2:0 halves them) at `framesPerSecond`.
  bool open(const QString& path, VideoFormat format, QSize size, int framesPerSecond, QString* error);
  /// Encodes the next frame (any QImage format; scaled if its size differs).
  bool addFrame(const QImage& frame, QString* error);
  /// Drains the encoder, writes the container's index and puts the file in place.
  bool finish(QString* error);
  /// Drops what was written: the temporary file goes, the old file (if any) stays.
  void abandon();

 private:
  std::unique_ptr<class VideoEncoderBackend> m_backend;
};

/// The files open() tries for the module, in order.
[[nodiscard]] QStringList videoModuleCandidates();

}  // namespace okhotsk::app
