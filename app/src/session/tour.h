// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/safe_write.h"

#include "okhotsk/calendar.h"
#include "okhotsk/language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

/// A caption in the atlas's three languages; the shown text falls back to English.
/// The translation context of the messages about tour files.
class TourFileText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::TourFileText)
};

struct TourText {
  QString en;
  QString ja;
  QString ru;

  /// The text in `language`, or the English text when that language is empty.
  [[nodiscard]] const QString& get(Language language) const noexcept;
  [[nodiscard]] bool isEmpty() const noexcept { return en.isEmpty() && ja.isEmpty() && ru.isEmpty(); }
  friend bool operator==(const TourText&, const TourText&) = default;
};

/// One stop of a lecture tour or of the kiosk's attract loop: where the atlas goes (a date
/// and a map view), what it highlights, what it says on screen and what the speaker reads.
struct TourStop {
  QString date;       ///< EDTF as written ("1945-08-28", "1978-08", "1956-10-19/1956-12-12")
  DayNumber day = 0;  ///< the first day of `date` (set by the parser and by setDate())
  QString view{QStringLiteral(
      "region")};       ///< "region", "world", "habomai" or "lon1,lat1,lon2,lat2" (MapViewport::fromSpec)
  QString eventId;      ///< highlighted event; empty for none
  QString territoryId;  ///< highlighted territory; empty for none
  TourText caption;     ///< shown on screen
  TourText notes;       ///< speaker notes, like a caption in three languages; never shown to the audience
  double holdSeconds = 10.0;  ///< how long the attract loop and the frame export stay here

  /// Sets `date` and `day` from EDTF text; false (and nothing changed) with `error` set when
  /// the text is not a date with a first day.
  bool setDate(const QString& edtf, QString* error = nullptr);
  friend bool operator==(const TourStop&, const TourStop&) = default;
};

/// A sequence of stops with a title. A plain value: TourPlayer plays it, the tour editor
/// changes it, writeTour() writes it.
struct Tour {
  TourText title;  ///< a string (English) or {"en", "ja", "ru"} in the file, like a caption
  std::vector<TourStop> stops;
  friend bool operator==(const Tour&, const Tour&) = default;
};

/// One thing wrong with a tour file, naming where: the file, the stop (1-based; 0 for the
/// file as a whole) and the field ("date", "view", "event", ...; empty for the whole stop).
struct TourProblem {
  enum class Severity : unsigned char { Error, Warning };
  Severity severity = Severity::Error;
  QString file;
  int stop = 0;
  QString field;
  QString message;

  /// "tour.json: stop 3, field \"date\": day 30 does not exist in February 1956"
  [[nodiscard]] QString toString() const;
};

/// The result of reading a tour: the tour when it could be used, and every problem found.
/// Errors (not JSON, not a tour file, a wrong version, a stop without a valid date or view,
/// a field of the wrong type) reject the whole file: no half tour is played. Warnings (an
/// event or territory the dataset does not know, an unknown field) keep the tour and drop
/// only what they name.
struct TourReadResult {
  std::optional<Tour> tour;
  std::vector<TourProblem> problems;
  [[nodiscard]] bool hasErrors() const noexcept;
};

/// The tour file format, documented in geodata/tours/README.md:
/// {"format": "okhotsk-atlas-tour", "version": 1, "title": "...", "stops": [
///   {"date": "1945-08-28", "view": "region", "event": "...", "territory": "...",
///    "caption": "..." or {"en": "...", "ja": "...", "ru": "..."},
///    "notes": "..." or {"en": "...", "ja": "...", "ru": "..."}, "hold": 10}]}
/// `fileName` is used in the problems only. `dataset` (may be null) checks event and territory ids.
[[nodiscard]] TourReadResult parseTour(const QByteArray& json, const QString& fileName,
                                       const Dataset* dataset);
/// Reads and parses a file (an unreadable file is one error naming it).
[[nodiscard]] TourReadResult readTour(const QString& path, const Dataset* dataset);
/// The JSON text of a tour (indented, stable key order); parseTour(serializeTour(t)) == t.
[[nodiscard]] QByteArray serializeTour(const Tour& tour);
/// Writes atomically and checked (writeFileSafely): on any failure, a full disk included, the
/// old file is untouched, no temporary is left, false is returned and `error` says why, naming
/// the file. `makeDevice` is for tests (see SaveDevice).
bool writeTour(const Tour& tour, const QString& path, QString* error = nullptr,
               const SaveDeviceFactory& makeDevice = {});

/// The tour that ships with the embedded dataset (geodata/tours/japanese-soviet-relations.json
/// in the source tree, share/okhotsk-atlas/tours/ after install); empty when not found.
[[nodiscard]] QString findDefaultTour();

}  // namespace okhotsk::app
