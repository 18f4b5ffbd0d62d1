// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The FFmpeg side of the video export, built as the module okhotsk-video (see video_encoder.h):
// the only code that links libavcodec, libavformat and libswscale.
#include "export/video_encoder_backend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <array>
#include <cstdio>

namespace okhotsk::app {

namespace {

QString ffmpegReason(int code) {
  std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
  av_strerror(code, text.data(), text.size());
  return QString::fromUtf8(text.data());
}

// The encoder by its library name first (the quality settings below are libx264's and
// libvpx's), else whatever encoder this FFmpeg has for the codec.
const AVCodec* findEncoder(VideoFormat format) {
  const bool h264 = format == VideoFormat::Mp4H264;
  if (const AVCodec* named = avcodec_find_encoder_by_name(h264 ? "libx264" : "libvpx-vp9")) return named;
  return avcodec_find_encoder(h264 ? AV_CODEC_ID_H264 : AV_CODEC_ID_VP9);
}

class FfmpegVideoEncoder final : public VideoEncoderBackend {
 public:
  FfmpegVideoEncoder() = default;
  ~FfmpegVideoEncoder() override;
  FfmpegVideoEncoder(const FfmpegVideoEncoder&) = delete;
  FfmpegVideoEncoder& operator=(const FfmpegVideoEncoder&) = delete;

  bool open(const QString& path, VideoFormat format, QSize size, int framesPerSecond,
            QString* error) override;
  bool addFrame(const QImage& frame, QString* error) override;
  bool finish(QString* error) override;
  void abandon() override;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace

struct FfmpegVideoEncoder::State {
  QString path;
  QString temporaryPath;
  AVFormatContext* container = nullptr;
  AVCodecContext* codec = nullptr;
  AVStream* stream = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* packet = nullptr;
  SwsContext* scaler = nullptr;
  QImage rgba;  // the last frame in the byte order the scaler reads
  QSize size;
  int frames = 0;
  bool headerWritten = false;

  ~State() {
    sws_freeContext(scaler);
    av_packet_free(&packet);
    av_frame_free(&frame);
    avcodec_free_context(&codec);
    if (container != nullptr) {
      if (container->pb != nullptr) avio_closep(&container->pb);
      avformat_free_context(container);
    }
  }

  bool fail(QString* error, const QString& reason) const {
    if (error != nullptr)
      *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
  }

  // The encoder and its settings for `format`.
  bool openCodec(VideoFormat format, int framesPerSecond, QString* error) {
    const bool mp4 = format == VideoFormat::Mp4H264;
    const AVCodec* encoder = findEncoder(format);
    if (encoder == nullptr)
      return fail(error, QStringLiteral("this FFmpeg has no %1 encoder")
                             .arg(mp4 ? QStringLiteral("H.264") : QStringLiteral("VP9")));
    codec = avcodec_alloc_context3(encoder);
    frame = av_frame_alloc();
    packet = av_packet_alloc();
    if (codec == nullptr || frame == nullptr || packet == nullptr)
      return fail(error, QStringLiteral("out of memory"));
    codec->width = size.width();
    codec->height = size.height();
    codec->time_base = AVRational{1, framesPerSecond};
    codec->framerate = AVRational{framesPerSecond, 1};
    codec->pix_fmt = AV_PIX_FMT_YUV420P;
    codec->gop_size = framesPerSecond * 2;  // a seek point every two seconds
    // Every core: AVCodecContext defaults to one thread, and both encoders take 0 as "as many as
    // the machine has" (libvpx caps it at 16).
    codec->thread_count = 0;
    // Maps are flat colours and thin lines: quality-based rate control keeps them sharp while
    // a held stop costs almost nothing.
    if (mp4) {
      av_opt_set(codec->priv_data, "preset", "medium", 0);
      av_opt_set(codec->priv_data, "crf", "20", 0);
    } else {
      codec->bit_rate = 0;
      av_opt_set(codec->priv_data, "crf", "30", 0);
      av_opt_set(codec->priv_data, "deadline", "good", 0);
      av_opt_set(codec->priv_data, "cpu-used", "4", 0);
      av_opt_set(codec->priv_data, "row-mt", "1", 0);
    }
    if ((container->oformat->flags & AVFMT_GLOBALHEADER) != 0) codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    const int result = avcodec_open2(codec, encoder, nullptr);
    if (result < 0)
      return fail(error, QStringLiteral("the encoder did not start (%1)").arg(ffmpegReason(result)));
    return true;
  }

  // Hands every packet the encoder has ready to the container.
  bool drain(QString* error) {
    while (true) {
      const int received = avcodec_receive_packet(codec, packet);
      if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return true;
      if (received < 0)
        return fail(error, QStringLiteral("encoding failed (%1)").arg(ffmpegReason(received)));
      av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
      packet->stream_index = stream->index;
      const int written = av_interleaved_write_frame(container, packet);
      av_packet_unref(packet);
      if (written < 0) return fail(error, ffmpegReason(written));
    }
  }
};

FfmpegVideoEncoder::~FfmpegVideoEncoder() {
  abandon();
}

void FfmpegVideoEncoder::abandon() {
  if (!m_state) return;
  const QString temporary = m_state->temporaryPath;
  m_state.reset();  // closes the file
  if (!temporary.isEmpty()) QFile::remove(temporary);
}

bool FfmpegVideoEncoder::open(const QString& path, VideoFormat format, QSize size, int framesPerSecond,
                              QString* error) {
  abandon();
  m_state = std::make_unique<State>();
  State& s = *m_state;
  s.path = path;
  s.size = size;
  if (size.width() < 16 || size.height() < 16 || size.width() % 2 != 0 || size.height() % 2 != 0)
    return s.fail(error, QStringLiteral("the video size %1×%2 must be at least 16×16 with both sides even")
                             .arg(size.width())
                             .arg(size.height()));
  if (framesPerSecond < 1 || framesPerSecond > 120)
    return s.fail(error, QStringLiteral("%1 frames per second is outside 1 to 120").arg(framesPerSecond));
  // Quiet: the atlas reports its own errors; FFmpeg's chatter would only fill the terminal.
  av_log_set_level(AV_LOG_ERROR);

  // A free name beside the target, on the same file system, so that finish() can rename it.
  {
    QTemporaryFile reserve(
        QFileInfo(path).absoluteDir().filePath(QFileInfo(path).fileName() + QStringLiteral(".XXXXXX.part")));
    reserve.setAutoRemove(false);
    if (!reserve.open()) return s.fail(error, reserve.errorString());
    s.temporaryPath = reserve.fileName();
  }

  const bool mp4 = format == VideoFormat::Mp4H264;
  int result = avformat_alloc_output_context2(&s.container, nullptr, mp4 ? "mp4" : "webm", nullptr);
  if (result < 0 || s.container == nullptr)
    return s.fail(error,
                  QStringLiteral("no %1 muxer (%2)")
                      .arg(mp4 ? QStringLiteral("MP4") : QStringLiteral("WebM"), ffmpegReason(result)));
  if (!s.openCodec(format, framesPerSecond, error)) return false;

  s.stream = avformat_new_stream(s.container, nullptr);
  if (s.stream == nullptr) return s.fail(error, QStringLiteral("out of memory"));
  s.stream->time_base = s.codec->time_base;
  s.stream->avg_frame_rate = s.codec->framerate;
  result = avcodec_parameters_from_context(s.stream->codecpar, s.codec);
  if (result < 0) return s.fail(error, ffmpegReason(result));

  s.frame->format = s.codec->pix_fmt;
  s.frame->width = size.width();
  s.frame->height = size.height();
  result = av_frame_get_buffer(s.frame, 0);
  if (result < 0) return s.fail(error, ffmpegReason(result));
  s.scaler = sws_getContext(size.width(), size.height(), AV_PIX_FMT_RGBA, size.width(), size.height(),
                            AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
  if (s.scaler == nullptr) return s.fail(error, QStringLiteral("no RGB to YUV conversion"));

  result = avio_open(&s.container->pb, QFile::encodeName(s.temporaryPath).constData(), AVIO_FLAG_WRITE);
  if (result < 0) return s.fail(error, ffmpegReason(result));
  result = avformat_write_header(s.container, nullptr);
  if (result < 0) return s.fail(error, ffmpegReason(result));
  s.headerWritten = true;
  return true;
}

bool FfmpegVideoEncoder::addFrame(const QImage& frame, QString* error) {
  if (!m_state || !m_state->headerWritten) {
    if (error != nullptr) *error = QStringLiteral("the video is not open");
    return false;
  }
  State& s = *m_state;
  const QImage& sized =
      frame.size() == s.size ? frame : frame.scaled(s.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  // RGBA8888 is R, G, B, A in memory on every machine, which is what the scaler is told.
  s.rgba = sized.convertToFormat(QImage::Format_RGBA8888);
  int result = av_frame_make_writable(s.frame);
  if (result < 0) return s.fail(error, ffmpegReason(result));
  const std::array<const uint8_t*, 1> source{s.rgba.constBits()};
  const std::array<int, 1> stride{static_cast<int>(s.rgba.bytesPerLine())};
  sws_scale(s.scaler, source.data(), stride.data(), 0, s.size.height(), s.frame->data, s.frame->linesize);
  s.frame->pts = s.frames;
  result = avcodec_send_frame(s.codec, s.frame);
  if (result < 0) return s.fail(error, QStringLiteral("encoding failed (%1)").arg(ffmpegReason(result)));
  ++s.frames;
  return s.drain(error);
}

bool FfmpegVideoEncoder::finish(QString* error) {
  if (!m_state || !m_state->headerWritten) {
    if (error != nullptr) *error = QStringLiteral("the video is not open");
    return false;
  }
  State& s = *m_state;
  int result = avcodec_send_frame(s.codec, nullptr);  // the end: the encoder gives what it holds
  if (result < 0 && result != AVERROR_EOF) {
    s.fail(error, ffmpegReason(result));
    abandon();
    return false;
  }
  if (!s.drain(error)) {
    abandon();
    return false;
  }
  result = av_write_trailer(s.container);
  if (result < 0) {
    s.fail(error, ffmpegReason(result));
    abandon();
    return false;
  }
  result = avio_closep(&s.container->pb);
  if (result < 0) {
    s.fail(error, ffmpegReason(result));
    abandon();
    return false;
  }
  // The temporary file was made private (0600); the video gets the old file's permissions, or
  // those of a file the user saves (readable by all, as QSaveFile would make it).
  const QFileDevice::Permissions permissions = QFileInfo::exists(s.path)
                                                   ? QFile::permissions(s.path)
                                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                         QFileDevice::ReadGroup | QFileDevice::ReadOther;
  QFile::setPermissions(s.temporaryPath, permissions);
  // rename(2) replaces the old file in one step: a reader sees the old video or the new one.
  const QByteArray from = QFile::encodeName(s.temporaryPath);
  const QByteArray to = QFile::encodeName(s.path);
  if (std::rename(from.constData(), to.constData()) != 0) {
    s.fail(error, QStringLiteral("cannot put the finished video in place"));
    abandon();
    return false;
  }
  s.temporaryPath.clear();
  m_state.reset();
  return true;
}

}  // namespace okhotsk::app

// The module's one entry point (kVideoEncoderEntry): a new encoder, or none when the caller was
// built against another version of the interface.
extern "C" Q_DECL_EXPORT okhotsk::app::VideoEncoderBackend* okhotsk_video_encoder_create(
    int interfaceVersion) {
  if (interfaceVersion != okhotsk::app::kVideoEncoderInterfaceVersion) return nullptr;
  return new okhotsk::app::FfmpegVideoEncoder();
}
