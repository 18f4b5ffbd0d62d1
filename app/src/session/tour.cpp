// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/tour.h"

#include "session/safe_write.h"
#include "session/view/map_viewport.h"

#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSize>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace okhotsk::app {

namespace {

const QString kFormat = QStringLiteral("okhotsk-atlas-tour");
constexpr int kVersion = 1;
const QString kDefaultView = QStringLiteral("region");
constexpr double kMaxHoldSeconds = 600.0;

// The size views are checked against: any positive size would do, since a view is only
// rejected when it cannot be parsed or projected; full HD is what a kiosk screen has.
const QSize kViewCheckSize(1920, 1080);

const QStringList kTopLevelKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                                QStringLiteral("stops")};
const QStringList kStopKeys{QStringLiteral("date"),      QStringLiteral("view"),    QStringLiteral("event"),
                            QStringLiteral("territory"), QStringLiteral("caption"), QStringLiteral("notes"),
                            QStringLiteral("hold")};
const QStringList kCaptionLanguages{QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("ru")};

// What a JSON value is, for "expected a string, got a number".
QString describe(const QJsonValue& value) {
  switch (value.type()) {
    case QJsonValue::Null:
      return TourFileText::tr("null", "the JSON value null");
    case QJsonValue::Bool:
      return TourFileText::tr("true or false");
    case QJsonValue::Double:
      return TourFileText::tr("a number");
    case QJsonValue::String:
      return TourFileText::tr("a string");
    case QJsonValue::Array:
      return TourFileText::tr("an array");
    case QJsonValue::Object:
      return TourFileText::tr("an object");
    case QJsonValue::Undefined:
      break;
  }
  return TourFileText::tr("nothing", "a missing JSON value");
}

QString expected(const QString& what, const QJsonValue& value) {
  return TourFileText::tr("expected %1, got %2").arg(what, describe(value));
}

// Collects the problems of one file; every check names the stop and field it is about.
class TourParser {
 public:
  TourParser(QString fileName, const Dataset* dataset)
      : m_fileName(std::move(fileName)), m_dataset(dataset) {}

  TourReadResult parse(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
      error(0, {},
            TourFileText::tr("not valid JSON: at character offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
      return finish({});
    }
    // Anything without our format marker (a GeoJSON file, a settings file, ...) is rejected
    // with one clear message instead of a list of missing fields.
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
      error(0, {}, TourFileText::tr("not an Okhotsk Atlas tour file"));
      return finish({});
    }
    // A later version may change what fields mean, so nothing else is read from it.
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
      error(0, QStringLiteral("version"),
            TourFileText::tr("missing (this atlas reads version %1)").arg(kVersion));
      return finish({});
    }
    if (!version.isDouble()) {
      error(0, QStringLiteral("version"), expected(TourFileText::tr("a number"), version));
      return finish({});
    }
    if (version.toDouble() != kVersion) {
      error(0, {},
            TourFileText::tr("version %1 is not supported (this atlas reads version %2)")
                .arg(QString::number(version.toDouble()))
                .arg(kVersion));
      return finish({});
    }

    Tour tour;
    warnUnknownKeys(root, kTopLevelKeys, 0, {});
    tour.title = readText(root.value(QStringLiteral("title")), 0, QStringLiteral("title"));

    const QJsonValue stops = root.value(QStringLiteral("stops"));
    if (stops.isUndefined()) {
      error(0, QStringLiteral("stops"), TourFileText::tr("missing (a tour needs at least one stop)"));
    } else if (!stops.isArray()) {
      error(0, QStringLiteral("stops"), expected(TourFileText::tr("an array"), stops));
    } else if (stops.toArray().isEmpty()) {
      error(0, {}, TourFileText::tr("the tour has no stops"));
    } else {
      const QJsonArray array = stops.toArray();
      tour.stops.reserve(static_cast<std::size_t>(array.size()));
      int index = 0;
      for (const QJsonValue value : array) tour.stops.push_back(readStop(value, ++index));
    }
    return finish(std::move(tour));
  }

 private:
  void add(TourProblem::Severity severity, int stop, const QString& field, const QString& message) {
    m_problems.push_back({severity, m_fileName, stop, field, message});
    if (severity == TourProblem::Severity::Error) m_hasErrors = true;
  }
  void error(int stop, const QString& field, const QString& message) {
    add(TourProblem::Severity::Error, stop, field, message);
  }
  void warning(int stop, const QString& field, const QString& message) {
    add(TourProblem::Severity::Warning, stop, field, message);
  }

  // No half tours: one error anywhere and the caller gets the problems but no tour.
  TourReadResult finish(std::optional<Tour> tour) {
    TourReadResult result;
    if (!m_hasErrors) result.tour = std::move(tour);
    result.problems = std::move(m_problems);
    return result;
  }

  void warnUnknownKeys(const QJsonObject& object, const QStringList& known, int stop, const QString& prefix) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (known.contains(it.key())) continue;
      // A key that is the empty string still needs a name the reader can find in the file.
      const QString name = it.key().isEmpty()
                               ? TourFileText::tr("(empty name)", "a JSON key that is the empty string")
                               : it.key();
      warning(stop, prefix + name, TourFileText::tr("unknown field, ignored"));
    }
  }

  // An optional string field: empty when absent; an error when it is not a string.
  QString readString(const QJsonObject& object, const QString& key, int stop, const QString& field = {}) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) return {};
    if (!value.isString()) {
      error(stop, field.isEmpty() ? key : field, expected(TourFileText::tr("a string"), value));
      return {};
    }
    return value.toString();
  }

  TourStop readStop(const QJsonValue& value, int index) {
    TourStop stop;
    if (!value.isObject()) {
      error(index, {}, expected(TourFileText::tr("an object"), value));
      return stop;
    }
    const QJsonObject object = value.toObject();
    warnUnknownKeys(object, kStopKeys, index, {});

    const QJsonValue date = object.value(QStringLiteral("date"));
    if (date.isUndefined()) {
      error(index, QStringLiteral("date"), TourFileText::tr("missing: every stop needs a date"));
    } else if (!date.isString()) {
      error(index, QStringLiteral("date"), expected(TourFileText::tr("a string"), date));
    } else {
      QString reason;
      if (!stop.setDate(date.toString(), &reason)) error(index, QStringLiteral("date"), reason);
    }

    const QJsonValue view = object.value(QStringLiteral("view"));
    if (view.isUndefined()) {
      stop.view = kDefaultView;
    } else if (!view.isString()) {
      error(index, QStringLiteral("view"), expected(TourFileText::tr("a string"), view));
    } else {
      QString reason;
      if (MapViewport::fromSpec(view.toString(), kViewCheckSize, &reason))
        stop.view = view.toString();
      else
        error(index, QStringLiteral("view"), reason);
    }

    stop.eventId = readString(object, QStringLiteral("event"), index);
    if (!stop.eventId.isEmpty() && m_dataset != nullptr &&
        m_dataset->event(stop.eventId.toStdString()) == nullptr) {
      warning(
          index, QStringLiteral("event"),
          TourFileText::tr("no event \"%1\" in the dataset; the stop is kept without it").arg(stop.eventId));
      stop.eventId.clear();
    }
    stop.territoryId = readString(object, QStringLiteral("territory"), index);
    if (!stop.territoryId.isEmpty() && m_dataset != nullptr &&
        m_dataset->territory(stop.territoryId.toStdString()) == nullptr) {
      warning(index, QStringLiteral("territory"),
              TourFileText::tr("no territory \"%1\" in the dataset; the stop is kept without it")
                  .arg(stop.territoryId));
      stop.territoryId.clear();
    }

    stop.caption = readText(object.value(QStringLiteral("caption")), index, QStringLiteral("caption"));
    stop.notes = readText(object.value(QStringLiteral("notes")), index, QStringLiteral("notes"));

    const QJsonValue hold = object.value(QStringLiteral("hold"));
    if (hold.isUndefined()) {
      // TourStop's default hold stands.
    } else if (!hold.isDouble()) {
      error(index, QStringLiteral("hold"), expected(TourFileText::tr("a number of seconds"), hold));
    } else if (const double seconds = hold.toDouble(); !(seconds > 0.0 && seconds <= kMaxHoldSeconds)) {
      error(index, QStringLiteral("hold"),
            TourFileText::tr("%1 seconds is out of range (more than 0, at most %2)")
                .arg(QString::number(seconds), QString::number(kMaxHoldSeconds)));
    } else {
      stop.holdSeconds = seconds;
    }
    return stop;
  }

  // A caption, the notes or the title: a string (English) or an object with "en", "ja", "ru".
  TourText readText(const QJsonValue& value, int index, const QString& field) {
    TourText caption;
    if (value.isUndefined()) return caption;
    if (value.isString()) {
      caption.en = value.toString();
      return caption;
    }
    if (!value.isObject()) {
      error(index, field,
            expected(TourFileText::tr("a string or an object with \"en\", \"ja\", \"ru\""), value));
      return caption;
    }
    const QJsonObject object = value.toObject();
    const QString prefix = field + QLatin1Char('.');
    warnUnknownKeys(object, kCaptionLanguages, index, prefix);
    caption.en = readString(object, QStringLiteral("en"), index, prefix + QStringLiteral("en"));
    caption.ja = readString(object, QStringLiteral("ja"), index, prefix + QStringLiteral("ja"));
    caption.ru = readString(object, QStringLiteral("ru"), index, prefix + QStringLiteral("ru"));
    return caption;
  }

  QString m_fileName;
  const Dataset* m_dataset = nullptr;
  std::vector<TourProblem> m_problems;
  bool m_hasErrors = false;
};

}  // namespace

const QString& TourText::get(Language language) const noexcept {
  switch (language) {
    case Language::Japanese:
      return ja.isEmpty() ? en : ja;
    case Language::Russian:
      return ru.isEmpty() ? en : ru;
    case Language::English:
      break;
  }
  return en;
}

bool TourStop::setDate(const QString& edtf, QString* error) {
  const QString text = edtf.trimmed();
  FirstDayError dayError;
  const auto first = firstDayOf(text.toStdString(), &dayError);
  if (!first) {
    // A stop moves the atlas to a day, so an open start ("../1945") cannot be a stop.
    if (error != nullptr)
      *error = dayError.reason == FirstDayError::Reason::OpenStart
                   ? TourFileText::tr("\"%1\" has no first day to go to").arg(text)
                   : TourFileText::tr("\"%1\" is not a valid EDTF date: %2")
                         .arg(text, QString::fromStdString(dayError.edtf.message()));
    return false;
  }
  date = text;
  day = *first;
  return true;
}

QString TourProblem::toString() const {
  // Whole sentences, so that each language can order the parts its own way.
  QString text;
  if (stop > 0 && !field.isEmpty())
    text = TourFileText::tr("%1: stop %2, field \"%3\": %4", "file: where in the tour file: what is wrong")
               .arg(file, QString::number(stop), field, message);
  else if (stop > 0)
    text = TourFileText::tr("%1: stop %2: %3", "file: which stop: what is wrong")
               .arg(file, QString::number(stop), message);
  else if (!field.isEmpty())
    text = TourFileText::tr("%1: field \"%2\": %3", "file: which field: what is wrong")
               .arg(file, field, message);
  else
    text = TourFileText::tr("%1: %2", "file: what is wrong").arg(file, message);
  if (severity == Severity::Warning)
    return TourFileText::tr("warning: %1", "a problem that does not stop the tour").arg(text);
  return text;
}

bool TourReadResult::hasErrors() const noexcept {
  return std::any_of(problems.begin(), problems.end(), [](const TourProblem& problem) {
    return problem.severity == TourProblem::Severity::Error;
  });
}

TourReadResult parseTour(const QByteArray& json, const QString& fileName, const Dataset* dataset) {
  return TourParser(fileName, dataset).parse(json);
}

TourReadResult readTour(const QString& path, const Dataset* dataset) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    TourReadResult result;
    result.problems.push_back({TourProblem::Severity::Error,
                               path,
                               0,
                               {},
                               TourFileText::tr("cannot read: %1").arg(file.errorString())});
    return result;
  }
  return parseTour(file.readAll(), path, dataset);
}

namespace {
// A caption, notes or title as the file has it: a plain string when only English is given.
QJsonValue textValue(const TourText& text) {
  if (text.ja.isEmpty() && text.ru.isEmpty()) return text.en;
  QJsonObject languages;
  if (!text.en.isEmpty()) languages.insert(QStringLiteral("en"), text.en);
  if (!text.ja.isEmpty()) languages.insert(QStringLiteral("ja"), text.ja);
  if (!text.ru.isEmpty()) languages.insert(QStringLiteral("ru"), text.ru);
  return languages;
}
}  // namespace

QByteArray serializeTour(const Tour& tour) {
  QJsonArray stops;
  for (const TourStop& stop : tour.stops) {
    QJsonObject object;
    object.insert(QStringLiteral("date"), stop.date);
    // A stop made in code has no view yet; the file format's default keeps it loadable.
    object.insert(QStringLiteral("view"), stop.view.isEmpty() ? kDefaultView : stop.view);
    if (!stop.eventId.isEmpty()) object.insert(QStringLiteral("event"), stop.eventId);
    if (!stop.territoryId.isEmpty()) object.insert(QStringLiteral("territory"), stop.territoryId);
    if (!stop.caption.isEmpty()) object.insert(QStringLiteral("caption"), textValue(stop.caption));
    if (!stop.notes.isEmpty()) object.insert(QStringLiteral("notes"), textValue(stop.notes));
    object.insert(QStringLiteral("hold"), stop.holdSeconds);
    stops.append(object);
  }
  QJsonObject root;
  root.insert(QStringLiteral("format"), kFormat);
  root.insert(QStringLiteral("version"), kVersion);
  root.insert(QStringLiteral("title"), textValue(tour.title));
  root.insert(QStringLiteral("stops"), stops);
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeTour(const Tour& tour, const QString& path, QString* error, const SaveDeviceFactory& makeDevice) {
  // Every byte and the flush are checked before the file replaces the old one (safe_write.h).
  return writeFileSafely(path, serializeTour(tour), error, makeDevice);
}

QString findDefaultTour() {
  const auto dataset = findEmbeddedDataset();
  if (!dataset) return {};
  // The tours folder sits beside the dataset folder both in the source tree (geodata/) and
  // after install (share/okhotsk-atlas/).
  const QString datasetPath = QFile::decodeName(QByteArray::fromStdString(dataset->string()));
  const QFileInfo tour(QDir::cleanPath(
      QDir(datasetPath).absoluteFilePath(QStringLiteral("../tours/japanese-soviet-relations.json"))));
  if (!tour.isFile()) return {};
  return tour.absoluteFilePath();
}

}  // namespace okhotsk::app
