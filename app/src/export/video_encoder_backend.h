// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/video_encoder.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace okhotsk::app {

/// What the module okhotsk-video gives VideoEncoder: the encoder behind it, with the same calls.
/// The module and the atlas are built together from one tree, against one Qt; the version
/// below changes whenever this interface does.
class VideoEncoderBackend {
 public:
  VideoEncoderBackend() = default;
  virtual ~VideoEncoderBackend() = default;
  VideoEncoderBackend(const VideoEncoderBackend&) = delete;
  VideoEncoderBackend& operator=(const VideoEncoderBackend&) = delete;

  virtual bool open(const QString& path, VideoFormat format, QSize size, int framesPerSecond,
                    QString* error) = 0;
  virtual bool addFrame(const QImage& frame, QString* error) = 0;
  virtual bool finish(QString* error) = 0;
  virtual void abandon() = 0;
};

inline constexpr int kVideoEncoderInterfaceVersion = 1;
/// The module's entry point: `VideoEncoderBackend* okhotsk_video_encoder_create(int version)`,
/// which returns a new encoder (the caller deletes it), or nullptr for another version.
inline constexpr char kVideoEncoderEntry[] = "okhotsk_video_encoder_create";

}  // namespace okhotsk::app
