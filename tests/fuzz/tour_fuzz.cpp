// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tour file parser (app/src/session/tour.h: parseTour), with the loader's valid fixture as
// the dataset so that event and territory ids are checked too. Properties:
// - every problem names the file and says something; a stop number lies within the file's
//   stops; a problem that names neither a stop nor a field is an error and rejects the file;
// - a tour is given only without errors, has as many stops as the file, and each stop's day
//   is the first day of its date and its hold is in (0, 600] seconds;
// - serializeTour() of a parsed tour parses again, without any problem, to an equal tour.
#include "fuzz_support.h"

#include "session/tour.h"

#include "okhotsk/edtf.h"
#include "okhotsk/loader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace {

using okhotsk::app::TourProblem;
using okhotsk::fuzz::require;

const QString kFileName = QStringLiteral("fuzz-tour.json");

const okhotsk::Dataset* fixtureDataset() {
  static const std::unique_ptr<okhotsk::Dataset> dataset =
      okhotsk::loadDataset(std::filesystem::path(OKHOTSK_FIXTURES_DIR) / "loader" / "valid").dataset;
  return dataset.get();
}

// How many stops the file gives, counted apart from the parser.
qsizetype stopsInFile(const QByteArray& json) {
  const QJsonDocument document = QJsonDocument::fromJson(json);
  const QJsonValue stops = document.object().value(QStringLiteral("stops"));
  return stops.isArray() ? stops.toArray().size() : 0;
}

void checkProblems(const okhotsk::app::TourReadResult& result, qsizetype stops, const std::string& input) {
  for (const TourProblem& problem : result.problems) {
    const std::string text = input + ": " + problem.toString().toStdString();
    require(problem.file == kFileName, "a problem does not name the file", text);
    require(!problem.message.isEmpty(), "a problem says nothing", text);
    require(problem.stop >= 0 && problem.stop <= stops, "a problem names a stop the file does not have",
            text);
    if (problem.stop == 0 && problem.field.isEmpty())
      require(problem.severity == TourProblem::Severity::Error && !result.tour,
              "a problem that names neither stop nor field, yet the tour was accepted", text);
  }
}

void checkTour(const okhotsk::app::Tour& tour, qsizetype stops, const std::string& input) {
  require(static_cast<qsizetype>(tour.stops.size()) == stops && stops > 0,
          "the tour has not the file's number of stops", input);
  for (const okhotsk::app::TourStop& stop : tour.stops) {
    require(okhotsk::firstDayOf(stop.date.toStdString()) == stop.day,
            "a stop's day is not its date's first day", input);
    require(stop.holdSeconds > 0.0 && stop.holdSeconds <= 600.0, "a stop's hold is out of range", input);
  }
  const QByteArray saved = okhotsk::app::serializeTour(tour);
  const auto again = okhotsk::app::parseTour(saved, kFileName, fixtureDataset());
  const std::string detail = input + " saved as " + okhotsk::fuzz::printable(saved.toStdString());
  require(again.problems.empty(), "a saved tour has problems when read again",
          detail + (again.problems.empty() ? std::string()
                                           : ": " + again.problems.front().toString().toStdString()));
  require(again.tour.has_value() && *again.tour == tour, "a saved tour reads back as another tour", detail);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  require(fixtureDataset() != nullptr, "the fixture dataset does not load", OKHOTSK_FIXTURES_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const auto result = okhotsk::app::parseTour(json, kFileName, fixtureDataset());
  const qsizetype stops = stopsInFile(json);
  const std::string input = okhotsk::fuzz::printable(okhotsk::fuzz::asText(data, size));
  checkProblems(result, stops, input);
  require(result.tour.has_value() != result.hasErrors(), "a tour given with errors, or none without", input);
  if (result.tour) checkTour(*result.tour, stops, input);
  return 0;
}
