// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/language.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <utility>

namespace okhotsk::app {

/// One day's counts of a kiosk's use.
struct UsageDay {
  int sessions = 0;                ///< visitors who touched the welcome screen away
  std::array<int, 3> languages{};  ///< sessions that used English, Japanese, Russian (a session
                                   ///< that switched counts for each language it used)
  int stories = 0;                 ///< stories opened (an event or an island chosen)
  int attractLoops = 0;            ///< times the attract loop began

  friend bool operator==(const UsageDay&, const UsageDay&) = default;
};

/// Anonymous counts of a kiosk's use, per day, in a CSV file the museum opens in a
/// spreadsheet:
///
///   date,sessions,english,japanese,russian,stories,attract_loops
///   2026-12-07,41,30,6,5,97,12
///
/// Nothing personal is kept: no time finer than the day, nothing typed, nothing of what was
/// read. A session runs from the first touch on the welcome screen to the idle reset or
/// "start over". Counts are added to what the file already holds; the file is rewritten
/// whole and atomically (QSaveFile), so a power cut leaves the old or the new file, never half
/// of one. A file that is not a usage log, or has a row it cannot read, is never overwritten:
/// the log reports it and records nothing.
class UsageLog {
 public:
  /// The first line of the file.
  static constexpr const char* kHeader = "date,sessions,english,japanese,russian,stories,attract_loops";

  /// Records nothing (no file).
  UsageLog() = default;
  /// Records into `path`; call load() before recording.
  explicit UsageLog(QString path) : m_path(std::move(path)) {}

  /// Reads the counts the file holds (a missing file holds none). On a file it cannot read
  /// or that is not a usage log, adds a problem naming the file, the line and the field, and
  /// turns recording off so that the file stays as it is. Returns whether it records.
  bool load(QStringList* problems = nullptr);

  [[nodiscard]] bool isRecording() const noexcept { return m_recording; }
  [[nodiscard]] const QString& path() const noexcept { return m_path; }

  /// A visitor's first touch on `day`, in `language`.
  void beginSession(QDate day, Language language);
  /// The session switched to `language` (counted once per session and language).
  void useLanguage(QDate day, Language language);
  /// A story opened. Outside a session (the attract loop's own stories) nothing is counted.
  void openStory(QDate day);
  void beginAttractLoop(QDate day);
  /// The idle reset or "start over": the next touch on the welcome screen is a new session.
  void endSession();
  [[nodiscard]] bool inSession() const noexcept { return m_inSession; }

  /// Writes the counts when they changed since the last save. False, with `error` naming the
  /// file and why, when it cannot be written.
  bool save(QString* error = nullptr);
  [[nodiscard]] bool hasUnsavedCounts() const noexcept { return m_dirty; }

  [[nodiscard]] const std::map<QDate, UsageDay>& days() const noexcept { return m_days; }

 private:
  UsageDay* dayFor(QDate day);

  QString m_path;
  bool m_recording = false;
  bool m_dirty = false;
  bool m_inSession = false;
  std::array<bool, 3> m_sessionLanguages{};
  std::map<QDate, UsageDay> m_days;
};

}  // namespace okhotsk::app
