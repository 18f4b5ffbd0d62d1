// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosk_settings.h"

#include "kiosk/pin_hash.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QVariant>

#include <array>
#include <optional>

namespace okhotsk::app {

namespace {

constexpr int kMaxSeconds = 86400;  // a day: longer is a typo, not a kiosk that waits a week

// The keys of [kiosk], in the order the example file documents them; anything else is
// reported so that a typo ("atractAfter") does not silently keep the default.
constexpr std::array<QStringView, 14> kKnownKeys{
    u"enabled",     u"screen",  u"attractAfter", u"resetAfter", u"warnBefore", u"tour",    u"exitSequence",
    u"exitPinHash", u"exitPin", u"startDate",    u"startView",  u"language",   u"dataset", u"usageLog",
};

constexpr int kMaxWarnSeconds = 600;  // a warning ten minutes ahead is no longer a warning

bool isKnownKey(const QString& key) {
  for (const QStringView known : kKnownKeys)
    if (key == known) return true;
  return false;
}

QString knownKeyList() {
  QStringList names;
  names.reserve(static_cast<qsizetype>(kKnownKeys.size()));
  for (const QStringView known : kKnownKeys) names.append(known.toString());
  return names.join(QStringLiteral(", "));
}

// Reads [kiosk] of one QSettings and collects what is wrong, each line naming the file,
// the key and the value as written so that a technician can find it without the source.
class KioskReader {
 public:
  KioskReader(QSettings& settings, QStringList* problems) : m_settings(settings), m_problems(problems) {
    m_fileName = QFileInfo(settings.fileName()).fileName();
    if (m_fileName.isEmpty()) m_fileName = QStringLiteral("kiosk settings");
  }

  /// The value of `key` as text, or nothing when the key is absent. An unquoted INI value with
  /// commas ("139,41,157,52", "Ctrl+K, Ctrl+Q") comes back from QSettings as a list; joined
  /// with plain commas it is again what the file says (QSettings drops the spaces after them,
  /// which neither MapViewport::fromSpec nor QKeySequence needs).
  [[nodiscard]] std::optional<QString> text(const QString& key) const {
    if (!m_settings.contains(key)) return std::nullopt;
    const QVariant value = m_settings.value(key);
    if (value.typeId() == QMetaType::QStringList) return value.toStringList().join(QLatin1Char(','));
    return value.toString();
  }

  void problem(const QString& key, const QString& message) const {
    if (m_problems != nullptr)
      m_problems->append(QStringLiteral("%1: [kiosk] %2: %3").arg(m_fileName, key, message));
  }

  // A problem about a bad value: `"soon" is not …`.
  void badValue(const QString& key, const QString& value, const QString& reason) const {
    problem(key, QStringLiteral("\"%1\" %2").arg(value, reason));
  }

 private:
  QSettings& m_settings;
  QStringList* m_problems;
  QString m_fileName;
};

std::optional<bool> parseBool(const QString& text) {
  const QString value = text.trimmed().toLower();
  if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1"))
    return true;
  if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("0"))
    return false;
  return std::nullopt;
}

bool isAsciiDigits(QStringView text) {
  if (text.isEmpty()) return false;
  for (const QChar c : text)
    if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
  return true;
}

// Whole seconds only: "1.5", "-1" and "90s" are rejected rather than half-read.
std::optional<std::chrono::seconds> parseSeconds(const QString& text) {
  const QString value = text.trimmed();
  // Six digits hold 86400 and keep toInt() far from overflowing on "99999999999".
  if (!isAsciiDigits(value) || value.size() > 6) return std::nullopt;
  const int seconds = value.toInt();
  if (seconds > kMaxSeconds) return std::nullopt;
  return std::chrono::seconds(seconds);
}

// Qt gives a sequence it cannot read as Key_unknown rather than as an empty sequence.
std::optional<QKeySequence> parseKeySequence(const QString& text) {
  const QKeySequence sequence = QKeySequence::fromString(text.trimmed(), QKeySequence::PortableText);
  if (sequence.isEmpty()) return std::nullopt;
  for (int i = 0; i < sequence.count(); ++i)
    if (sequence[static_cast<uint>(i)].key() == Qt::Key_unknown) return std::nullopt;
  return sequence;
}

int modifierCount(Qt::KeyboardModifiers modifiers) {
  int count = 0;
  for (const Qt::KeyboardModifier modifier :
       {Qt::ControlModifier, Qt::AltModifier, Qt::MetaModifier, Qt::ShiftModifier})
    if (modifiers.testFlag(modifier)) ++count;
  return count;
}

// A way out that a visitor cannot type by chance: every key of the sequence is held with Ctrl,
// Alt or Meta (Shift alone is typing a capital), and the sequence as a whole holds at least two
// modifiers. "Escape", "Q", "Ctrl+Q" and "Shift+A, Shift+B" are refused; "Ctrl+Alt+Shift+Q"
// and "Ctrl+K, Ctrl+Q" are not.
bool isSafeExitSequence(const QKeySequence& sequence) {
  int modifiers = 0;
  for (int i = 0; i < sequence.count(); ++i) {
    const Qt::KeyboardModifiers chord = sequence[static_cast<uint>(i)].keyboardModifiers();
    if (!chord.testAnyFlags(Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
    modifiers += modifierCount(chord);
  }
  return modifiers >= 2;
}

void readBool(const KioskReader& reader, const QString& key, bool& target) {
  const auto text = reader.text(key);
  if (!text) return;
  if (const auto value = parseBool(*text))
    target = *value;
  else
    reader.badValue(key, *text, QStringLiteral("is not true or false (true/false, yes/no, 1/0)"));
}

void readSeconds(const KioskReader& reader, const QString& key, std::chrono::seconds& target) {
  const auto text = reader.text(key);
  if (!text) return;
  if (const auto value = parseSeconds(*text))
    target = *value;
  else
    reader.badValue(key, *text,
                    QStringLiteral("is not a whole number of seconds (0 to %1)").arg(kMaxSeconds));
}

// A tour or a dataset that is missing is still kept: the caller says so again when it
// falls back to the shipped one, next to the rest of its start-up report.
void readPath(const KioskReader& reader, const QString& key, QString& target) {
  const auto text = reader.text(key);
  if (!text) return;
  target = text->trimmed();
  if (!target.isEmpty() && !QFileInfo::exists(target))
    reader.badValue(key, target, QStringLiteral("does not exist"));
}

// exitPinHash: a comma-separated list of crypt(3) hashes; each one that is not a hash is
// reported and left out, the others still open the pad.
void readExitPinHashes(const KioskReader& reader, QStringList& target) {
  const QString key = QStringLiteral("exitPinHash");
  const auto text = reader.text(key);
  if (!text) return;
  for (const QString& part : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QString hash = part.trimmed();
    if (looksLikePinHash(hash))
      target.append(hash);
    else if (!hash.isEmpty())
      reader.badValue(key, hash,
                      QStringLiteral("is not a PIN hash (write one with okhotsk-atlas --hash-pin)"));
  }
}

// exitPin: a PIN in plain text keeps working, so that an update does not lock staff out of a
// kiosk configured before hashes, but whoever can read the file can read the PIN: reported.
void readPlainExitPin(const KioskReader& reader, QString& target) {
  const QString key = QStringLiteral("exitPin");
  const auto text = reader.text(key);
  if (!text) return;
  const QString pin = text->trimmed();
  if (pin.isEmpty()) return;  // empty: no plain PIN
  if (!isValidPin(pin)) {
    reader.badValue(key, *text, QStringLiteral("is not a PIN of 4 to 12 digits"));
    return;
  }
  target = pin;
  // The value is not repeated: the report goes to the journal, which more people read.
  reader.problem(key, QStringLiteral("a PIN in plain text is insecure; replace it with the exitPinHash= "
                                     "line that okhotsk-atlas --hash-pin prints"));
}

// warnBefore: seconds like the timers, but at most kMaxWarnSeconds.
void readWarnBefore(const KioskReader& reader, std::chrono::seconds& target) {
  const QString warnBeforeKey = QStringLiteral("warnBefore");
  std::chrono::seconds warnBefore = target;
  readSeconds(reader, warnBeforeKey, warnBefore);
  if (warnBefore.count() > kMaxWarnSeconds)
    reader.badValue(warnBeforeKey, reader.text(warnBeforeKey).value_or(QString()),
                    QStringLiteral("is more than %1 seconds").arg(kMaxWarnSeconds));
  else
    target = warnBefore;
}

// usageLog: an absolute file path, empty for the default file, or off.
void readUsageLog(const KioskReader& reader, QString& target) {
  const QString usageLogKey = QStringLiteral("usageLog");
  if (const auto text = reader.text(usageLogKey)) {
    const QString value = text->trimmed();
    // Empty: the default file.
    if (value == QLatin1String("off"))
      target.clear();
    else if (!value.isEmpty() && QFileInfo(value).isRelative())
      reader.badValue(usageLogKey, *text, QStringLiteral("is not an absolute path (or off)"));
    else if (!value.isEmpty() && QFileInfo(value).isDir())
      reader.badValue(usageLogKey, *text, QStringLiteral("is a folder, not a file"));
    else if (!value.isEmpty())
      target = value;
  }
}

void readExitPins(const KioskReader& reader, KioskSettings& result) {
  readExitPinHashes(reader, result.exitPinHashes);
  readPlainExitPin(reader, result.exitPin);
}

}  // namespace

KioskSettings KioskSettings::defaults() {
  KioskSettings result;
  result.usageLog = defaultUsageLogPath();
  return result;
}

QString KioskSettings::defaultUsageLogPath() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("kiosk-usage.csv"));
}

KioskSettings KioskSettings::read(QSettings& settings, QStringList* problems) {
  KioskSettings result = defaults();
  settings.beginGroup(QStringLiteral("kiosk"));
  const KioskReader reader(settings, problems);

  readBool(reader, QStringLiteral("enabled"), result.enabled);
  if (const auto screen = reader.text(QStringLiteral("screen"))) result.screen = screen->trimmed();
  readSeconds(reader, QStringLiteral("attractAfter"), result.attractAfter);
  readSeconds(reader, QStringLiteral("resetAfter"), result.resetAfter);
  readWarnBefore(reader, result.warnBefore);
  readPath(reader, QStringLiteral("tour"), result.tourPath);

  const QString exitSequenceKey = QStringLiteral("exitSequence");
  if (const auto text = reader.text(exitSequenceKey)) {
    // An empty sequence would leave a keyboard-equipped kiosk without a way out.
    const auto sequence = parseKeySequence(*text);
    if (!sequence)
      reader.badValue(exitSequenceKey, *text,
                      QStringLiteral("is not a key sequence such as Ctrl+Alt+Shift+Q"));
    else if (!isSafeExitSequence(*sequence))
      reader.badValue(exitSequenceKey, *text,
                      QStringLiteral("could be typed by chance (each key needs Ctrl, Alt or Meta, and at "
                                     "least two modifiers in all); the default %1 stays")
                          .arg(result.exitSequence.toString(QKeySequence::PortableText)));
    else
      result.exitSequence = *sequence;
  }

  readExitPins(reader, result);

  const QString startDateKey = QStringLiteral("startDate");
  if (const auto text = reader.text(startDateKey)) {
    const QString date = text->trimmed();
    FirstDayError error;
    if (firstDayOf(date.toStdString(), &error))
      result.startDate = date;
    else if (error.reason == FirstDayError::Reason::OpenStart)
      // The atlas starts on one day; an open start ("../1945") gives none.
      reader.badValue(startDateKey, *text, QStringLiteral("has no first day to start on"));
    else
      reader.badValue(
          startDateKey, *text,
          QStringLiteral("is not an EDTF date (%1)").arg(QString::fromStdString(error.edtf.message())));
  }

  const QString startViewKey = QStringLiteral("startView");
  if (const auto text = reader.text(startViewKey)) {
    const QString view = text->trimmed();
    QString error;
    // Any size will do: only whether the text names a view is asked here.
    if (MapViewport::fromSpec(view, QSize(1920, 1080), &error))
      result.startView = view;
    else
      reader.problem(startViewKey, error);  // fromSpec's reason already quotes the value
  }

  const QString languageKey = QStringLiteral("language");
  if (const auto text = reader.text(languageKey)) {
    if (const auto language = languageFromCode(text->trimmed().toLower().toStdString()))
      result.language = *language;
    else
      reader.badValue(languageKey, *text, QStringLiteral("is not a language code (en, ja or ru)"));
  }

  readPath(reader, QStringLiteral("dataset"), result.datasetPath);

  readUsageLog(reader, result.usageLog);

  // allKeys(), not childKeys(): "tour/path=…" inside [kiosk] is a typo too.
  for (const QString& key : settings.allKeys())
    if (!isKnownKey(key))
      reader.problem(key, QStringLiteral("unknown key (known keys: %1)").arg(knownKeyList()));

  settings.endGroup();
  return result;
}

namespace {

// The whole file is read once before QSettings sees it: QSettings says nothing about a
// directory, a file it cannot read, or bytes that are not text (a binary dropped in place of
// the INI), and would read the latter as a few garbled keys.
std::optional<QString> unreadableReason(const QString& path) {
  QFile file(path);
  if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) return QStringLiteral("cannot be read");
  const QByteArray bytes = file.readAll();
  if (file.error() != QFileDevice::NoError) return QStringLiteral("cannot be read");
  QStringDecoder utf8(QStringDecoder::Utf8);
  (void)utf8.decode(bytes);
  if (utf8.hasError() || bytes.contains('\0')) return QStringLiteral("is not a text file in UTF-8");
  return std::nullopt;
}

// Only [kiosk] is read: another section or a key before any section is a typo or a file
// meant for something else, and reported so.
void reportOtherSections(QSettings& settings, const QString& fileName, QStringList* problems) {
  bool hasKiosk = false;
  for (const QString& group : settings.childGroups()) {
    if (group == QLatin1String("kiosk")) {
      hasKiosk = true;
      continue;
    }
    problems->append(
        QStringLiteral("%1: [%2]: unknown section, ignored (only [kiosk] is read)").arg(fileName, group));
  }
  for (const QString& key : settings.childKeys())
    problems->append(QStringLiteral("%1: %2: key outside [kiosk], ignored").arg(fileName, key));
  if (!hasKiosk)
    problems->append(
        QStringLiteral("%1: no [kiosk] section; the kiosk settings are the defaults").arg(fileName));
}

}  // namespace

KioskSettings KioskSettings::readFile(const QString& path, QStringList* problems) {
  const QFileInfo info(path);
  // Said only when it matters: the program prints these problems in kiosk mode alone.
  if (!info.exists()) {
    if (problems != nullptr)
      problems->append(QStringLiteral("%1: does not exist (%2); the kiosk settings are the defaults")
                           .arg(info.fileName(), info.absoluteFilePath()));
    return defaults();
  }
  if (const auto reason = unreadableReason(path)) {
    if (problems != nullptr)
      problems->append(QStringLiteral("%1: %2 (%3); the kiosk settings are the defaults")
                           .arg(info.fileName(), *reason, info.absoluteFilePath()));
    return defaults();
  }
  QSettings settings(path, QSettings::IniFormat);
  if (settings.status() != QSettings::NoError) {
    if (problems != nullptr)
      problems->append(QStringLiteral("%1: is not a valid INI file (%2); the kiosk settings are the defaults")
                           .arg(info.fileName(), info.absoluteFilePath()));
    return defaults();
  }
  if (problems != nullptr) reportOtherSections(settings, info.fileName(), problems);
  return read(settings, problems);
}

QString KioskSettings::systemConfigPath() {
  // System folders only ($XDG_CONFIG_DIRS, /etc/xdg): a visitor's or a user's own config folder
  // must not be able to change how the kiosk runs.
  const QString relativePath = QStringLiteral("OkhotskAtlas/kiosk.ini");
  const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
  for (const QString& folder : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
    if (folder == userFolder) continue;
    QString candidate = QDir(folder).filePath(relativePath);
    if (QFileInfo::exists(candidate)) return candidate;
  }
  return QStringLiteral("/etc/xdg/") + relativePath;
}

}  // namespace okhotsk::app
