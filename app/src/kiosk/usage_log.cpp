// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/usage_log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstddef>

namespace okhotsk::app {

namespace {

constexpr std::array<const char*, 7> kColumns{"date",    "sessions", "english",      "japanese",
                                              "russian", "stories",  "attract_loops"};

std::size_t languageIndex(Language language) {
  return static_cast<std::size_t>(language) < 3 ? static_cast<std::size_t>(language) : 0;
}

// The counts a row gives, or the name of the first field it cannot read.
struct ParsedRow {
  QDate day;
  UsageDay counts;
  QString badField;
};

ParsedRow parseRow(const QString& line) {
  ParsedRow row;
  const QStringList fields = line.split(QLatin1Char(','));
  if (fields.size() != static_cast<qsizetype>(kColumns.size())) {
    row.badField =
        QStringLiteral("(%1 fields where there should be %2)").arg(fields.size()).arg(kColumns.size());
    return row;
  }
  row.day = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
  if (!row.day.isValid()) {
    row.badField = QString::fromLatin1(kColumns[0]);
    return row;
  }
  std::array<int*, 6> targets{&row.counts.sessions,     &row.counts.languages[0], &row.counts.languages[1],
                              &row.counts.languages[2], &row.counts.stories,      &row.counts.attractLoops};
  for (std::size_t i = 0; i < targets.size(); ++i) {
    bool ok = false;
    const qsizetype column = static_cast<qsizetype>(i) + 1;
    const int value = fields[column].trimmed().toInt(&ok);
    if (!ok || value < 0) {
      row.badField = QString::fromLatin1(kColumns[i + 1]);
      return row;
    }
    *targets[i] = value;
  }
  return row;
}

}  // namespace

bool UsageLog::load(QStringList* problems) {
  m_recording = false;
  m_days.clear();
  m_dirty = false;
  if (m_path.isEmpty()) return false;
  const auto report = [problems, this](const QString& why) {
    if (problems != nullptr)
      problems->append(QStringLiteral("%1: %2; the kiosk's use is not recorded and the file is left as it is")
                           .arg(QDir::toNativeSeparators(m_path), why));
  };
  QFile file(m_path);
  if (!file.exists()) {
    m_recording = true;
    return true;
  }
  if (!file.open(QIODevice::ReadOnly)) {
    report(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    return false;
  }
  QStringDecoder decoder(QStringDecoder::Utf8);
  const QString text = decoder.decode(file.readAll());
  if (decoder.hasError()) {
    report(QStringLiteral("is not UTF-8 text"));
    return false;
  }
  const QStringList lines = text.split(QLatin1Char('\n'));
  if (lines.isEmpty() || lines.front().trimmed() != QLatin1String(kHeader)) {
    report(QStringLiteral("is not a kiosk usage log (its first line should be \"%1\")")
               .arg(QLatin1String(kHeader)));
    return false;
  }
  for (qsizetype number = 1; number < lines.size(); ++number) {
    const QString line = lines[number].trimmed();
    if (line.isEmpty()) continue;
    const ParsedRow row = parseRow(line);
    if (!row.badField.isEmpty()) {
      report(QStringLiteral("line %1, field %2: cannot be read").arg(number + 1).arg(row.badField));
      m_days.clear();
      return false;
    }
    UsageDay& day = m_days[row.day];
    day.sessions += row.counts.sessions;  // a day twice (edited by hand): both rows count
    for (std::size_t i = 0; i < day.languages.size(); ++i) day.languages[i] += row.counts.languages[i];
    day.stories += row.counts.stories;
    day.attractLoops += row.counts.attractLoops;
  }
  m_recording = true;
  return true;
}

UsageDay* UsageLog::dayFor(QDate day) {
  if (!m_recording || !day.isValid()) return nullptr;
  m_dirty = true;
  return &m_days[day];
}

void UsageLog::beginSession(QDate day, Language language) {
  m_inSession = true;
  m_sessionLanguages = {};
  if (UsageDay* counts = dayFor(day)) ++counts->sessions;
  useLanguage(day, language);
}

void UsageLog::useLanguage(QDate day, Language language) {
  if (!m_inSession) return;
  const std::size_t index = languageIndex(language);
  if (m_sessionLanguages[index]) return;
  m_sessionLanguages[index] = true;
  if (UsageDay* counts = dayFor(day)) ++counts->languages[index];
}

void UsageLog::openStory(QDate day) {
  if (!m_inSession) return;
  if (UsageDay* counts = dayFor(day)) ++counts->stories;
}

void UsageLog::beginAttractLoop(QDate day) {
  if (UsageDay* counts = dayFor(day)) ++counts->attractLoops;
}

void UsageLog::endSession() {
  m_inSession = false;
  m_sessionLanguages = {};
}

bool UsageLog::save(QString* error) {
  if (!m_recording || !m_dirty) return true;
  const auto fail = [error, this](const QString& why) {
    if (error != nullptr) *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), why);
    return false;
  };
  if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
    return fail(QStringLiteral("its folder cannot be made"));
  QSaveFile file(m_path);
  if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
  QByteArray text = QByteArray(kHeader) + '\n';
  for (const auto& [day, counts] : m_days)
    text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                .arg(day.toString(Qt::ISODate))
                .arg(counts.sessions)
                .arg(counts.languages[0])
                .arg(counts.languages[1])
                .arg(counts.languages[2])
                .arg(counts.stories)
                .arg(counts.attractLoops)
                .toUtf8();
  if (file.write(text) != text.size() || !file.commit()) return fail(file.errorString());
  m_dirty = false;
  return true;
}

}  // namespace okhotsk::app
