// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileDevice>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

namespace okhotsk::app {

/// The translation context of the reasons a file could not be written.
class SafeWriteText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::SafeWriteText)
};

/// The file an atomic write goes through: a QSaveFile, that is a temporary file beside the
/// target which commit() renames over it. Each step says whether it worked and, when not,
/// keeps the system's error number (errno) and words of that step, so that the reason can be
/// told to the user.
///
/// Why the steps are virtual: tests make a step fail as a full disk does. Every writer takes
/// an optional SaveDeviceFactory (empty: this class); a test passes one whose device derives
/// from this class, lets the first N bytes through to the real QSaveFile and then fails a
/// write or the flush with ENOSPC. What is left on disk after the failure is therefore what
/// the real QSaveFile leaves. The hook is a parameter: no global state, no singleton.
class SaveDevice {
 public:
  explicit SaveDevice(const QString& path);
  virtual ~SaveDevice();
  SaveDevice(const SaveDevice&) = delete;
  SaveDevice& operator=(const SaveDevice&) = delete;
  SaveDevice(SaveDevice&&) = delete;
  SaveDevice& operator=(SaveDevice&&) = delete;

  /// Creates the temporary file (the target is not touched).
  virtual bool open();
  /// Writes up to `size` bytes; how many were written, or -1 on failure.
  virtual qint64 write(const char* data, qint64 size);
  /// Hands Qt's buffer to the system and asks the file system to store it (fsync): the steps
  /// at which a full disk shows when the last write() only filled a buffer.
  virtual bool flush();
  /// Renames the temporary over the target.
  virtual bool commit();
  /// Removes the temporary; the target stays as it was.
  virtual void cancel();

  /// errno of the step that failed (0 when the system gave none).
  [[nodiscard]] int systemError() const noexcept { return m_systemError; }
  /// The system's or Qt's own words for that failure (English).
  [[nodiscard]] const QString& errorDetail() const noexcept { return m_detail; }

 protected:
  /// Records that the step now failing failed with `systemError` and `detail`.
  void recordFailure(int systemError, const QString& detail);
  [[nodiscard]] QSaveFile& file() noexcept { return m_file; }

 private:
  /// Records the failure of the QSaveFile step just run, with `systemError` (errno).
  void recordFileFailure(int systemError);

  QSaveFile m_file;
  int m_systemError = 0;
  QString m_detail;
};

/// Makes the device for one target path; see SaveDevice for why it exists.
using SaveDeviceFactory = std::function<std::unique_ptr<SaveDevice>(const QString& path)>;

/// Writes `bytes` to `path` so that afterwards the file holds either all of them or exactly
/// what it held before: opens a SaveDevice, writes until every byte is taken (checking each
/// write), flushes and checks, and only then commits. On any failure the temporary file is
/// removed, the old file stays, false is returned and `error` (may be null) gets
/// saveFailureText(). Every save and export of the application goes through here; painters
/// draw into memory first.
bool writeFileSafely(const QString& path, QByteArrayView bytes, QString* error = nullptr,
                     const SaveDeviceFactory& makeDevice = {});

/// The reason `path` could not be written, for the user, naming the file: "cannot write
/// /a/b.pdf: disk full (no space left on the device)", read-only file system, no permission,
/// the folder does not exist or is not a folder, the target is a folder, the file too large;
/// otherwise `detail`. `systemError` is an errno value (0 for none).
[[nodiscard]] QString saveFailureText(const QString& path, int systemError, const QString& detail);

}  // namespace okhotsk::app
