// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/safe_write.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace okhotsk::app {

SaveDevice::SaveDevice(const QString& path) : m_file(path) {}

SaveDevice::~SaveDevice() = default;

void SaveDevice::recordFailure(int systemError, const QString& detail) {
  m_systemError = systemError;
  m_detail = detail;
}

void SaveDevice::recordFileFailure(int systemError) {
  // Qt reports ENOSPC from a write or a flush as ResourceError; keep that when errno was lost.
  if (systemError == 0 && m_file.error() == QFileDevice::ResourceError) systemError = ENOSPC;
  recordFailure(systemError, m_file.errorString());
}

bool SaveDevice::open() {
  errno = 0;
  if (m_file.open(QIODevice::WriteOnly)) return true;
  recordFileFailure(errno);
  return false;
}

qint64 SaveDevice::write(const char* data, qint64 size) {
  errno = 0;
  const qint64 written = m_file.write(data, size);
  if (written >= 0 && m_file.error() == QFileDevice::NoError) return written;
  recordFileFailure(errno);
  return -1;
}

bool SaveDevice::flush() {
  errno = 0;
  if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
    recordFileFailure(errno);
    return false;
  }
  // Where the file system allocates late (ext4, XFS, NFS), a full disk shows only here.
  if (::fsync(m_file.handle()) != 0) {
    const int systemError = errno;
    recordFailure(systemError, QString::fromLocal8Bit(std::strerror(systemError)));
    return false;
  }
  return true;
}

bool SaveDevice::commit() {
  errno = 0;
  if (m_file.commit()) return true;
  recordFileFailure(errno);
  return false;
}

void SaveDevice::cancel() {
  m_file.cancelWriting();
}

bool writeFileSafely(const QString& path, QByteArrayView bytes, QString* error,
                     const SaveDeviceFactory& makeDevice) {
  // QSaveFile alone is not enough: Qt 6.4's commit() publishes the file even when the flush in
  // it failed with ENOSPC. So every write and the flush are checked here, before commit().
  const std::unique_ptr<SaveDevice> device =
      makeDevice ? makeDevice(path) : std::make_unique<SaveDevice>(path);
  const auto fail = [&] {
    const int systemError = device->systemError();
    const QString detail = device->errorDetail();
    device->cancel();
    if (error != nullptr) *error = saveFailureText(path, systemError, detail);
    return false;
  };
  if (!device->open()) return fail();
  for (qsizetype done = 0; done < bytes.size();) {
    const qint64 written = device->write(bytes.data() + done, bytes.size() - done);
    if (written <= 0) return fail();
    done += written;
  }
  if (!device->flush()) return fail();
  if (!device->commit()) return fail();
  return true;
}

namespace {

// The reason for the errors that say it by themselves; empty for the others.
QString reasonOf(int systemError) {
  switch (systemError) {
    case ENOSPC:
    case EDQUOT:
      return SafeWriteText::tr("disk full (no space left on the device)");
    case EFBIG:
      return SafeWriteText::tr("the file would be larger than this system allows");
    case EROFS:
      return SafeWriteText::tr("the file system is read-only");
    case EACCES:
    case EPERM:
      return SafeWriteText::tr("no permission to write there");
    case EIO:
      return SafeWriteText::tr("the device reported a write error");
    default:
      return {};
  }
}

}  // namespace

QString saveFailureText(const QString& path, int systemError, const QString& detail) {
  const QString file = QDir::toNativeSeparators(path);
  const auto text = [&](const QString& reason) {
    return SafeWriteText::tr("cannot write %1: %2", "%1 is a file, %2 the reason").arg(file, reason);
  };
  if (const QString reason = reasonOf(systemError); !reason.isEmpty()) return text(reason);
  const QFileInfo info(path);
  const QString folder = QDir::toNativeSeparators(info.absolutePath());
  if (info.isDir()) return text(SafeWriteText::tr("a folder of that name is in the way"));
  const QFileInfo parent(info.absolutePath());
  if (!parent.exists()) return text(SafeWriteText::tr("the folder %1 does not exist").arg(folder));
  if (!parent.isDir()) return text(SafeWriteText::tr("%1 is not a folder").arg(folder));
  if (info.exists() && !info.isWritable()) return text(reasonOf(EACCES));
  if (!detail.isEmpty()) return text(detail);
  if (systemError != 0) return text(QString::fromLocal8Bit(std::strerror(systemError)));
  return text(SafeWriteText::tr("unknown error"));
}

}  // namespace okhotsk::app
