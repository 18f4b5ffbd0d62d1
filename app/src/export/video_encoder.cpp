// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/video_encoder.h"

#include "export/video_encoder_backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>

namespace okhotsk::app {

namespace {

constexpr char kModuleFile[] = "okhotsk-video.so";

using CreateBackend = VideoEncoderBackend* (*)(int);

// The module's entry point from the first candidate that has one. A module is loaded once per
// process and never unloaded (an encoder may outlive any one caller). Returns an empty function,
// with `*problem` set, when no candidate loads.
CreateBackend loadModule(QString* problem) {
  static QMutex mutex;
  static QHash<QString, CreateBackend> loaded;
  const QMutexLocker lock(&mutex);
  QStringList reasons;
  for (const QString& candidate : videoModuleCandidates()) {
    if (const CreateBackend known = loaded.value(candidate)) return known;
    if (!QFileInfo::exists(candidate)) {
      reasons << QStringLiteral("%1: not found").arg(QDir::toNativeSeparators(candidate));
      continue;
    }
    QLibrary module(candidate);
    const auto entry = reinterpret_cast<CreateBackend>(module.resolve(kVideoEncoderEntry));
    if (entry == nullptr) {
      reasons << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(candidate), module.errorString());
      continue;
    }
    loaded.insert(candidate, entry);
    return entry;
  }
  *problem = QStringLiteral("the video module okhotsk-video could not be loaded (%1)")
                 .arg(reasons.join(QStringLiteral("; ")));
  return nullptr;
}

}  // namespace

std::optional<VideoFormat> videoFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("mp4")) return VideoFormat::Mp4H264;
  if (suffix == QLatin1String("webm")) return VideoFormat::WebmVp9;
  return std::nullopt;
}

QStringList videoModuleCandidates() {
  const QString named = qEnvironmentVariable("OKHOTSK_VIDEO_MODULE");
  if (!named.isEmpty()) return {named};
  QStringList candidates;
  if (QCoreApplication::instance() != nullptr)
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(kModuleFile));
  candidates << QDir(QStringLiteral(OKHOTSK_MODULE_DIR)).filePath(QLatin1String(kModuleFile));
  return candidates;
}

VideoEncoder::VideoEncoder() = default;

VideoEncoder::~VideoEncoder() {
  abandon();
}

void VideoEncoder::abandon() {
  if (m_backend) m_backend->abandon();
  m_backend.reset();
}

bool VideoEncoder::open(const QString& path, VideoFormat format, QSize size, int framesPerSecond,
                        QString* error) {
  abandon();
  QString problem;
  const CreateBackend create = loadModule(&problem);
  if (create != nullptr) m_backend.reset(create(kVideoEncoderInterfaceVersion));
  if (!m_backend) {
    if (problem.isEmpty()) problem = QStringLiteral("the video module okhotsk-video is from another version");
    if (error != nullptr)
      *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), problem);
    return false;
  }
  return m_backend->open(path, format, size, framesPerSecond, error);
}

bool VideoEncoder::addFrame(const QImage& frame, QString* error) {
  if (!m_backend) {
    if (error != nullptr) *error = QStringLiteral("the video is not open");
    return false;
  }
  return m_backend->addFrame(frame, error);
}

bool VideoEncoder::finish(QString* error) {
  if (!m_backend) {
    if (error != nullptr) *error = QStringLiteral("the video is not open");
    return false;
  }
  const bool finished = m_backend->finish(error);
  m_backend.reset();
  return finished;
}

}  // namespace okhotsk::app
