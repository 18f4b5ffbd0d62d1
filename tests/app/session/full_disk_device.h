// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test tools for the writes that must not lose data (shared by the session, export and panels
// tests): a SaveDevice that behaves like a disk with a few bytes free, a factory of them, a
// tiny tmpfs (a real full file system, when the test may mount one), and a scope in which root
// is subject to file permissions like any user.
#pragma once

#include "session/safe_write.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <sys/fsuid.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

namespace okhotsk::app::test {

inline QStringList entriesOf(const QString& folder) {
  return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

inline QByteArray bytesOf(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

inline bool putBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
         file.flush();
}

/// How many files this process has open under `folder` (from /proc/self/fd). Qt's temporary
/// file for a save is one of them even where it has no name yet (O_TMPFILE on Linux).
inline int openFilesUnder(const QString& folder) {
  const QByteArray prefix = QFile::encodeName(QDir(folder).canonicalPath()) + '/';
  int count = 0;
  const QDir fds(QStringLiteral("/proc/self/fd"));
  for (const QString& fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
    char target[4096] = {};
    const ssize_t length =
        ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
    if (length > 0 && QByteArray(target, length).startsWith(prefix)) ++count;
  }
  return count;
}

/// A disk with `room` bytes free: writes go through to the real QSaveFile until the room is
/// used up (the last one partly, as write(2) does), then fail with ENOSPC. With `failAtFlush`
/// every write goes through and the flush fails with ENOSPC instead, as when the last bytes
/// only reached a buffer. At the failure it notes how many files were open in the target's
/// folder, so that a test can see that a temporary file existed (and compare with afterwards).
class FullDiskDevice : public SaveDevice {
 public:
  FullDiskDevice(const QString& path, qint64 room, bool failAtFlush, int* openAtFailure)
      : SaveDevice(path),
        m_folder(QFileInfo(path).absolutePath()),
        m_room(room),
        m_failAtFlush(failAtFlush),
        m_openAtFailure(openAtFailure) {}

  qint64 write(const char* data, qint64 size) override {
    if (!m_failAtFlush && m_room <= 0) return fullDisk(), -1;
    const qint64 allowed = m_failAtFlush ? size : std::min(size, m_room);
    const qint64 written = SaveDevice::write(data, allowed);
    if (written > 0) m_room -= written;
    return written;
  }

  bool flush() override {
    if (!m_failAtFlush) return SaveDevice::flush();
    (void)SaveDevice::flush();  // the bytes reach the temporary file, as far as they would
    fullDisk();
    return false;
  }

 private:
  void fullDisk() {
    if (m_openAtFailure != nullptr) *m_openAtFailure = openFilesUnder(m_folder);
    recordFailure(ENOSPC, QString::fromLocal8Bit(std::strerror(ENOSPC)));
  }

  QString m_folder;
  qint64 m_room;
  bool m_failAtFlush;
  int* m_openAtFailure;
};

/// Makes the devices of a full disk: the first `healthyFiles` files are written normally, every
/// later one meets a disk with `room` bytes free (or fails at the flush).
struct FullDisk {
  explicit FullDisk(qint64 roomLeft, bool atFlush = false, int healthy = 0)
      : room(roomLeft), failAtFlush(atFlush), healthyFiles(healthy) {}

  qint64 room;
  bool failAtFlush;
  int healthyFiles;
  int made = 0;            ///< devices asked for
  int openAtFailure = -1;  ///< files open in the folder when the disk became full

  SaveDeviceFactory factory() {
    return [this](const QString& path) -> std::unique_ptr<SaveDevice> {
      if (made++ < healthyFiles) return std::make_unique<SaveDevice>(path);
      return std::make_unique<FullDiskDevice>(path, room, failAtFlush, &openAtFailure);
    };
  }
};

/// A device whose open() fails as in a folder without write permission (EACCES).
inline SaveDeviceFactory permissionDenied() {
  struct Denied : SaveDevice {
    using SaveDevice::SaveDevice;
    bool open() override {
      recordFailure(EACCES, QString::fromLocal8Bit(std::strerror(EACCES)));
      return false;
    }
  };
  return [](const QString& path) -> std::unique_ptr<SaveDevice> { return std::make_unique<Denied>(path); };
}

/// A tmpfs of `bytes` mounted on `folder` for the scope: a real file system that fills up.
/// Needs CAP_SYS_ADMIN (root outside a restricted container); mounted() says whether it worked.
class TinyTmpfs {
 public:
  TinyTmpfs(const QString& folder, int bytes) : m_folder(QFile::encodeName(folder)) {
    const QByteArray options = "size=" + QByteArray::number(bytes);
    m_mounted = ::mount("tmpfs", m_folder.constData(), "tmpfs", 0, options.constData()) == 0;
    if (!m_mounted) m_why = QString::fromLocal8Bit(std::strerror(errno));
  }
  ~TinyTmpfs() {
    if (m_mounted) ::umount2(m_folder.constData(), MNT_DETACH);
  }
  TinyTmpfs(const TinyTmpfs&) = delete;
  TinyTmpfs& operator=(const TinyTmpfs&) = delete;
  TinyTmpfs(TinyTmpfs&&) = delete;
  TinyTmpfs& operator=(TinyTmpfs&&) = delete;

  [[nodiscard]] bool mounted() const noexcept { return m_mounted; }
  [[nodiscard]] std::string whyNot() const { return "cannot mount a tmpfs: " + m_why.toStdString(); }
  /// Makes the file system read-only.
  bool makeReadOnly() {
    return ::mount("tmpfs", m_folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }
  /// Fills the file system to the last byte with a file `name`; its size.
  qint64 fill(const QString& name) const {
    QFile filler(QDir(QFile::decodeName(m_folder)).filePath(name));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return -1;
    const QByteArray block(512, 'x');
    qint64 total = 0;
    for (qint64 n = 0; (n = filler.write(block)) > 0;) total += n;
    return total;
  }

 private:
  QByteArray m_folder;
  bool m_mounted = false;
  QString m_why;
};

/// For the scope, file access is checked as the user "nobody" (setfsuid, this thread only), so
/// that permissions hold even when the tests run as root, who otherwise writes anywhere.
class AsNobody {
 public:
  AsNobody() : m_previous(::geteuid() == 0 ? ::setfsuid(65534) : -1) {}
  ~AsNobody() {
    if (m_previous >= 0) ::setfsuid(static_cast<uid_t>(m_previous));
  }
  AsNobody(const AsNobody&) = delete;
  AsNobody& operator=(const AsNobody&) = delete;
  AsNobody(AsNobody&&) = delete;
  AsNobody& operator=(AsNobody&&) = delete;

 private:
  int m_previous;
};

}  // namespace okhotsk::app::test
