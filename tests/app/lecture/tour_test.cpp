// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tour file (tour.h): the value types, JSON round trips, atomic writing, every error and
// warning of a broken file with the exact message naming file, stop and field, and the
// default tour shipped with the embedded dataset.
#include "session/tour.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"
#include "okhotsk/loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <QRegularExpression>

#include <memory>
#include <stdexcept>
#include <string>

namespace okhotsk::app {
namespace {

QStringList problemLines(const TourReadResult& result) {
  QStringList lines;
  for (const TourProblem& problem : result.problems) lines << problem.toString();
  return lines;
}

std::string joined(const QStringList& lines) {
  return lines.join(QLatin1Char('\n')).toStdString();
}

TourStop makeStop(const QString& date) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(date)) << date.toStdString();
  stop.view = QStringLiteral("region");
  return stop;
}

// A tour using every field: ja/ru captions, a lon/lat view, an interval date, a non-default
// hold; and stops with an English-only caption, with no caption and with only some languages.
Tour fullTour() {
  Tour tour;
  tour.title = TourText{QStringLiteral("Test tour"), QStringLiteral("テスト"), QStringLiteral("тест")};
  TourStop first = makeStop(QStringLiteral("1956-10-19/1956-12-12"));
  first.view = QStringLiteral("144,42.5,149,46");
  first.eventId = QStringLiteral("E033");
  first.territoryId = QStringLiteral("shikotan");
  first.caption = {QStringLiteral("English caption"), QStringLiteral("日ソ共同宣言"),
                   QStringLiteral("Советско-японская декларация 1956 года")};
  first.notes = {QStringLiteral("Speaker notes, \"quoted\".\nSecond line."),
                 QStringLiteral("講演者のメモ。\n二行目。"),
                 QStringLiteral("Заметки докладчика, «в кавычках».")};
  first.holdSeconds = 12.5;
  tour.stops.push_back(first);

  TourStop second = makeStop(QStringLiteral("1978-08"));
  second.view = QStringLiteral("world");
  second.caption.en = QStringLiteral("Only English");
  second.holdSeconds = 600.0;
  tour.stops.push_back(second);

  TourStop third = makeStop(QStringLiteral("1945~"));
  third.view = QStringLiteral("habomai");
  third.territoryId = QStringLiteral("habomai");
  tour.stops.push_back(third);

  TourStop fourth = makeStop(QStringLiteral("1855-02-07"));
  fourth.caption.ru = QStringLiteral("Только по-русски");
  fourth.holdSeconds = 0.25;
  tour.stops.push_back(fourth);
  return tour;
}

QByteArray validStopsWith(const QByteArray& stops) {
  return QByteArray(R"({"format": "okhotsk-atlas-tour", "version": 1, "title": "T", "stops": [)") + stops +
         QByteArray("]}");
}

class TourFileTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(directory.isValid()); }

  // Writes `contents` to a file of the temporary directory and reads it as a tour.
  TourReadResult readText(const QByteArray& contents, const Dataset* dataset = nullptr) {
    QFile file(path());
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
    file.close();
    return readTour(path(), dataset);
  }

  // Expects `contents` to be rejected with exactly the problems `expected` (the file name
  // placeholder %1 stands for the path).
  void expectProblems(const QByteArray& contents, const QStringList& expected, bool keepsTour = false) {
    const TourReadResult result = readText(contents);
    QStringList expectedLines;
    for (const QString& line : expected) expectedLines << line.arg(path());
    EXPECT_EQ(joined(problemLines(result)), joined(expectedLines)) << contents.toStdString();
    EXPECT_EQ(result.tour.has_value(), keepsTour);
  }

  [[nodiscard]] QString path() const { return directory.filePath(QStringLiteral("tour.json")); }

  QTemporaryDir directory;
};

// The embedded dataset without coastlines: the tour only needs events and territories.
const Dataset& embeddedDataset() {
  static const std::unique_ptr<Dataset> dataset = [] {
    const auto folder = findEmbeddedDataset();
    if (!folder) return std::unique_ptr<Dataset>();
    LoadOptions options;
    options.coastlineLevels.clear();
    return loadDataset(*folder, options).dataset;
  }();
  if (!dataset) throw std::runtime_error("the embedded dataset cannot be loaded");
  return *dataset;
}

// --- values ---------------------------------------------------------------------------------

TEST(TourTextTest, FallsBackToEnglishForAMissingLanguage) {
  const TourText text{QStringLiteral("Hello"), QStringLiteral("こんにちは"), QString()};
  EXPECT_EQ(text.get(Language::English), QStringLiteral("Hello"));
  EXPECT_EQ(text.get(Language::Japanese), QStringLiteral("こんにちは"));
  EXPECT_EQ(text.get(Language::Russian), QStringLiteral("Hello"));
  EXPECT_FALSE(text.isEmpty());
  EXPECT_TRUE(TourText{}.isEmpty());
  EXPECT_FALSE((TourText{QString(), QString(), QStringLiteral("Привет")}.isEmpty()));
}

TEST(TourStopTest, SetDateSetsTheFirstDayOfTheDate) {
  TourStop stop;
  ASSERT_TRUE(stop.setDate(QStringLiteral("1978-08")));
  EXPECT_EQ(stop.date, QStringLiteral("1978-08"));
  EXPECT_EQ(stop.day, daysFromGregorian(1978, 8, 1));
  ASSERT_TRUE(stop.setDate(QStringLiteral("1904-02-08/1905-09-05")));
  EXPECT_EQ(stop.day, daysFromGregorian(1904, 2, 8));
  ASSERT_TRUE(stop.setDate(QStringLiteral("1945~")));
  EXPECT_EQ(stop.day, daysFromGregorian(1945, 1, 1));
}

TEST(TourStopTest, SetDateRejectsBadTextAndChangesNothing) {
  TourStop stop;
  ASSERT_TRUE(stop.setDate(QStringLiteral("1956-10-19")));
  QString error;
  EXPECT_FALSE(stop.setDate(QStringLiteral("1956-02-30"), &error));
  EXPECT_EQ(error, QStringLiteral("\"1956-02-30\" is not a valid EDTF date: at character 9: day 30 does not "
                                  "exist in February 1956"));
  EXPECT_FALSE(stop.setDate(QStringLiteral("../1945"), &error));
  EXPECT_EQ(error, QStringLiteral("\"../1945\" has no first day to go to"));
  EXPECT_FALSE(stop.setDate(QString()));
  EXPECT_EQ(stop.date, QStringLiteral("1956-10-19"));
  EXPECT_EQ(stop.day, daysFromGregorian(1956, 10, 19));
}

TEST(TourProblemTest, NamesFileStopAndFieldAndMarksWarnings) {
  TourProblem problem{TourProblem::Severity::Error, QStringLiteral("tour.json"), 3, QStringLiteral("date"),
                      QStringLiteral("day 30 does not exist in February 1956")};
  EXPECT_EQ(problem.toString(),
            QStringLiteral("tour.json: stop 3, field \"date\": day 30 does not exist in February 1956"));
  problem.field.clear();
  EXPECT_EQ(problem.toString(), QStringLiteral("tour.json: stop 3: day 30 does not exist in February 1956"));
  problem.stop = 0;
  EXPECT_EQ(problem.toString(), QStringLiteral("tour.json: day 30 does not exist in February 1956"));
  problem.field = QStringLiteral("title");
  problem.severity = TourProblem::Severity::Warning;
  EXPECT_EQ(problem.toString(),
            QStringLiteral("warning: tour.json: field \"title\": day 30 does not exist in February 1956"));
}

TEST(TourReadResultTest, HasErrorsOnlyWithAnError) {
  TourReadResult result;
  EXPECT_FALSE(result.hasErrors());
  result.problems.push_back(
      {TourProblem::Severity::Warning, QStringLiteral("f"), 1, {}, QStringLiteral("w")});
  EXPECT_FALSE(result.hasErrors());
  result.problems.push_back({TourProblem::Severity::Error, QStringLiteral("f"), 1, {}, QStringLiteral("e")});
  EXPECT_TRUE(result.hasErrors());
}

// --- serializing ----------------------------------------------------------------------------

TEST(TourSerializeTest, RoundTripGivesBackEveryField) {
  const Tour tour = fullTour();
  const TourReadResult result = parseTour(serializeTour(tour), QStringLiteral("memory"), nullptr);
  EXPECT_TRUE(result.problems.empty()) << joined(problemLines(result));
  ASSERT_TRUE(result.tour.has_value());
  EXPECT_EQ(*result.tour, tour);
  EXPECT_EQ(result.tour->stops.front().day, daysFromGregorian(1956, 10, 19));
}

TEST(TourSerializeTest, WritesTheDocumentedShape) {
  const QJsonDocument document = QJsonDocument::fromJson(serializeTour(fullTour()));
  ASSERT_TRUE(document.isObject());
  const QJsonObject root = document.object();
  EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("okhotsk-atlas-tour"));
  EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
  const QJsonArray stops = root.value(QStringLiteral("stops")).toArray();
  ASSERT_EQ(stops.size(), 4);

  const QJsonObject first = stops.at(0).toObject();
  EXPECT_EQ(first.keys(),
            (QStringList{QStringLiteral("caption"), QStringLiteral("date"), QStringLiteral("event"),
                         QStringLiteral("hold"), QStringLiteral("notes"), QStringLiteral("territory"),
                         QStringLiteral("view")}));
  EXPECT_TRUE(first.value(QStringLiteral("caption")).isObject());
  // Only English: a plain string; no event, territory or notes when empty.
  const QJsonObject second = stops.at(1).toObject();
  EXPECT_EQ(second.value(QStringLiteral("caption")).toString(), QStringLiteral("Only English"));
  EXPECT_EQ(second.keys(), (QStringList{QStringLiteral("caption"), QStringLiteral("date"),
                                        QStringLiteral("hold"), QStringLiteral("view")}));
  // No caption at all: no key.
  EXPECT_FALSE(stops.at(2).toObject().contains(QStringLiteral("caption")));
  // Only Russian: an object with that language alone.
  EXPECT_EQ(stops.at(3).toObject().value(QStringLiteral("caption")).toObject().keys(),
            QStringList{QStringLiteral("ru")});
  // Indented for people and diffs.
  EXPECT_TRUE(serializeTour(fullTour()).contains("\n    \"stops\": ["));
}

// Notes are written like a caption: a plain string when only English is given (as tour files
// had them before notes had languages), else an object; both read back.
TEST(TourSerializeTest, NotesInThreeLanguagesAndInEnglishOnlyReadBack) {
  Tour tour;
  TourStop english = makeStop(QStringLiteral("1855-02-07"));
  english.notes.en = QStringLiteral("English only");
  TourStop three = makeStop(QStringLiteral("1875-05-07"));
  three.notes = {QStringLiteral("Three"), QStringLiteral("三つ"), QStringLiteral("Три")};
  tour.stops = {english, three};
  const QByteArray json = serializeTour(tour);
  const QJsonArray stops = QJsonDocument::fromJson(json).object().value(QStringLiteral("stops")).toArray();
  ASSERT_EQ(stops.size(), 2);
  EXPECT_EQ(stops.at(0).toObject().value(QStringLiteral("notes")).toString(), QStringLiteral("English only"));
  const QJsonObject notes = stops.at(1).toObject().value(QStringLiteral("notes")).toObject();
  EXPECT_EQ(notes.value(QStringLiteral("ja")).toString(), QStringLiteral("三つ"));
  EXPECT_EQ(notes.value(QStringLiteral("ru")).toString(), QStringLiteral("Три"));
  const TourReadResult read = parseTour(json, QStringLiteral("notes.json"), nullptr);
  EXPECT_TRUE(read.problems.empty());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(*read.tour, tour);
}

TEST(TourSerializeTest, AStopWithoutAViewIsWrittenWithTheDefaultView) {
  Tour tour;
  TourStop stop;
  ASSERT_TRUE(stop.setDate(QStringLiteral("1945-08-28")));
  tour.stops.push_back(stop);
  const TourReadResult result = parseTour(serializeTour(tour), QStringLiteral("memory"), nullptr);
  ASSERT_TRUE(result.tour.has_value()) << joined(problemLines(result));
  EXPECT_EQ(result.tour->stops.front().view, QStringLiteral("region"));
}

TEST_F(TourFileTest, WriteThenReadGivesTheSameTour) {
  const Tour tour = fullTour();
  QString error;
  ASSERT_TRUE(writeTour(tour, path(), &error)) << error.toStdString();
  EXPECT_TRUE(error.isEmpty());
  const TourReadResult result = readTour(path(), nullptr);
  EXPECT_TRUE(result.problems.empty()) << joined(problemLines(result));
  ASSERT_TRUE(result.tour.has_value());
  EXPECT_EQ(*result.tour, tour);

  // Writing again replaces the file.
  Tour shorter = tour;
  shorter.stops.resize(1);
  ASSERT_TRUE(writeTour(shorter, path(), &error)) << error.toStdString();
  const TourReadResult reread = readTour(path(), nullptr);
  ASSERT_TRUE(reread.tour.has_value());
  EXPECT_EQ(*reread.tour, shorter);
}

TEST_F(TourFileTest, AFailedWriteNamesThePathAndLeavesTheOldFileUntouched) {
  ASSERT_TRUE(writeTour(fullTour(), path()));
  QFile written(path());
  ASSERT_TRUE(written.open(QIODevice::ReadOnly));
  const QByteArray before = written.readAll();
  written.close();

  // The target's folder is a regular file (the old tour itself), so nothing can be created
  // there, even as root.
  const QString impossible = path() + QStringLiteral("/inner.json");
  Tour other;
  other.title.en = QStringLiteral("other");
  other.stops.push_back(makeStop(QStringLiteral("2022-03-21")));
  QString error;
  EXPECT_FALSE(writeTour(other, impossible, &error));
  EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write %1: ").arg(impossible))) << error.toStdString();
  EXPECT_GT(error.size(), QStringLiteral("cannot write %1: ").arg(impossible).size());

  ASSERT_TRUE(written.open(QIODevice::ReadOnly));
  EXPECT_EQ(written.readAll(), before);
  EXPECT_EQ(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("tour.json")});
}

// --- errors: the whole file is rejected -----------------------------------------------------

TEST_F(TourFileTest, AMissingFileIsOneErrorNamingIt) {
  const QString missing = directory.filePath(QStringLiteral("nothing.json"));
  const TourReadResult result = readTour(missing, nullptr);
  EXPECT_FALSE(result.tour.has_value());
  ASSERT_EQ(result.problems.size(), 1U);
  EXPECT_EQ(result.problems.front().severity, TourProblem::Severity::Error);
  EXPECT_EQ(result.problems.front().file, missing);
  EXPECT_EQ(result.problems.front().toString(),
            QStringLiteral("%1: cannot read: No such file or directory").arg(missing));

  // A folder is not a tour either: one error naming it.
  const TourReadResult folder = readTour(directory.path(), nullptr);
  EXPECT_FALSE(folder.tour.has_value());
  ASSERT_EQ(folder.problems.size(), 1U);
  EXPECT_EQ(folder.problems.front().severity, TourProblem::Severity::Error);
  EXPECT_TRUE(folder.problems.front().toString().startsWith(directory.path() + QStringLiteral(": ")))
      << folder.problems.front().toString().toStdString();
}

TEST_F(TourFileTest, TruncatedJsonNamesTheOffset) {
  const QByteArray full = serializeTour(fullTour());
  const TourReadResult result = readText(full.left(full.size() / 2));
  EXPECT_FALSE(result.tour.has_value());
  ASSERT_EQ(result.problems.size(), 1U);
  EXPECT_TRUE(result.problems.front().toString().startsWith(
      QStringLiteral("%1: not valid JSON: at character offset ").arg(path())))
      << result.problems.front().toString().toStdString();

  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 1, "stops": [)",
                 {QStringLiteral("%1: not valid JSON: at character offset 57: unterminated array")});
  expectProblems(R"({"format": "okhotsk-atlas-tour" "version": 1})",
                 {QStringLiteral("%1: not valid JSON: at character offset 33: unterminated object")});
  expectProblems("", {QStringLiteral("%1: not valid JSON: at character offset 0: illegal value")});
}

TEST_F(TourFileTest, AForeignJsonFileIsNotATourFile) {
  expectProblems(R"({"type": "FeatureCollection", "features": []})",
                 {QStringLiteral("%1: not an Okhotsk Atlas tour file")});
  expectProblems(R"([{"date": "1945"}])", {QStringLiteral("%1: not an Okhotsk Atlas tour file")});
  expectProblems(R"({"format": "okhotsk-atlas", "version": 1, "stops": [{"date": "1945"}]})",
                 {QStringLiteral("%1: not an Okhotsk Atlas tour file")});
}

TEST_F(TourFileTest, OnlyVersionOneIsRead) {
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 2, "stops": [{"date": "1945"}]})",
                 {QStringLiteral("%1: version 2 is not supported (this atlas reads version 1)")});
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 1.5, "stops": [{"date": "1945"}]})",
                 {QStringLiteral("%1: version 1.5 is not supported (this atlas reads version 1)")});
  expectProblems(R"({"format": "okhotsk-atlas-tour", "stops": [{"date": "1945"}]})",
                 {QStringLiteral("%1: field \"version\": missing (this atlas reads version 1)")});
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": "1", "stops": [{"date": "1945"}]})",
                 {QStringLiteral("%1: field \"version\": expected a number, got a string")});
}

TEST_F(TourFileTest, ATourNeedsStops) {
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 1, "stops": []})",
                 {QStringLiteral("%1: the tour has no stops")});
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 1})",
                 {QStringLiteral("%1: field \"stops\": missing (a tour needs at least one stop)")});
  expectProblems(R"({"format": "okhotsk-atlas-tour", "version": 1, "stops": {"date": "1945"}})",
                 {QStringLiteral("%1: field \"stops\": expected an array, got an object")});
}

TEST_F(TourFileTest, EveryStopNeedsAValidDate) {
  expectProblems(validStopsWith(R"({"date": "1945"}, {"view": "world"})"),
                 {QStringLiteral("%1: stop 2, field \"date\": missing: every stop needs a date")});
  expectProblems(validStopsWith(R"({"date": "1945"}, {"date": "1956-10-19"}, {"date": "1956-02-30"})"),
                 {QStringLiteral("%1: stop 3, field \"date\": \"1956-02-30\" is not a valid EDTF date: at "
                                 "character 9: day 30 does not exist in February 1956")});
  expectProblems(validStopsWith(R"({"date": "../1945"})"),
                 {QStringLiteral("%1: stop 1, field \"date\": \"../1945\" has no first day to go to")});
  expectProblems(validStopsWith(R"({"date": 1945})"),
                 {QStringLiteral("%1: stop 1, field \"date\": expected a string, got a number")});
}

TEST_F(TourFileTest, AViewMustBeANameOrABox) {
  expectProblems(validStopsWith(R"({"date": "1945", "view": "nowhere"})"),
                 {QStringLiteral("%1: stop 1, field \"view\": view \"nowhere\" is neither region, world, "
                                 "habomai nor lon1,lat1,lon2,lat2")});
  expectProblems(
      validStopsWith(R"({"date": "1945", "view": "140,40,150,95"})"),
      {QStringLiteral("%1: stop 1, field \"view\": view extent \"140,40,150,95\": latitudes must lie "
                      "in [-90, 90]")});
  expectProblems(validStopsWith(R"({"date": "1945", "view": ["region"]})"),
                 {QStringLiteral("%1: stop 1, field \"view\": expected a string, got an array")});
}

TEST_F(TourFileTest, FieldsOfTheWrongTypeAreErrors) {
  expectProblems(validStopsWith(R"({"date": "1945", "caption": 42})"),
                 {QStringLiteral("%1: stop 1, field \"caption\": expected a string or an object with \"en\", "
                                 "\"ja\", \"ru\", got a number")});
  expectProblems(validStopsWith(R"({"date": "1945", "caption": {"en": "Text", "ja": ["x"]}})"),
                 {QStringLiteral("%1: stop 1, field \"caption.ja\": expected a string, got an array")});
  expectProblems(validStopsWith(R"({"date": "1945", "event": 13, "territory": null, "notes": true})"),
                 {QStringLiteral("%1: stop 1, field \"event\": expected a string, got a number"),
                  QStringLiteral("%1: stop 1, field \"territory\": expected a string, got null"),
                  QStringLiteral("%1: stop 1, field \"notes\": expected a string or an object with \"en\", "
                                 "\"ja\", \"ru\", got true or false")});
  expectProblems(
      R"({"format": "okhotsk-atlas-tour", "version": 1, "title": 7, "stops": [{"date": "1945"}]})",
      {QStringLiteral(
          "%1: field \"title\": expected a string or an object with \"en\", \"ja\", \"ru\", got a number")});
  expectProblems(validStopsWith(R"({"date": "1945"}, "1956")"),
                 {QStringLiteral("%1: stop 2: expected an object, got a string")});
}

TEST_F(TourFileTest, HoldMustBeAPositiveNumberOfAtMostTenMinutes) {
  expectProblems(
      validStopsWith(R"({"date": "1945", "hold": 0})"),
      {QStringLiteral("%1: stop 1, field \"hold\": 0 seconds is out of range (more than 0, at most 600)")});
  expectProblems(
      validStopsWith(R"({"date": "1945", "hold": 600.5})"),
      {QStringLiteral("%1: stop 1, field \"hold\": 600.5 seconds is out of range (more than 0, at most "
                      "600)")});
  expectProblems(validStopsWith(R"({"date": "1945", "hold": "10"})"),
                 {QStringLiteral("%1: stop 1, field \"hold\": expected a number of seconds, got a string")});
  const TourReadResult result =
      readText(validStopsWith(R"({"date": "1945", "hold": 600}, {"date": "1946"})"));
  ASSERT_TRUE(result.tour.has_value()) << joined(problemLines(result));
  EXPECT_EQ(result.tour->stops.at(0).holdSeconds, 600.0);
  EXPECT_EQ(result.tour->stops.at(1).holdSeconds, 10.0);
  EXPECT_EQ(result.tour->stops.at(1).view, QStringLiteral("region"));
}

TEST_F(TourFileTest, EveryProblemOfAFileIsReportedInOrder) {
  expectProblems(
      validStopsWith(R"({"date": "1956-13", "view": "nowhere"}, {"date": "1945", "colour": "red"},
                                  {"hold": -1})"),
      {QStringLiteral("%1: stop 1, field \"date\": \"1956-13\" is not a valid EDTF date: at character 6: "
                      "month 13 does not exist"),
       QStringLiteral("%1: stop 1, field \"view\": view \"nowhere\" is neither region, world, habomai "
                      "nor lon1,lat1,lon2,lat2"),
       QStringLiteral("warning: %1: stop 2, field \"colour\": unknown field, ignored"),
       QStringLiteral("%1: stop 3, field \"date\": missing: every stop needs a date"),
       QStringLiteral("%1: stop 3, field \"hold\": -1 seconds is out of range (more than 0, at most 600)")});
}

// --- warnings: the tour is kept -------------------------------------------------------------

TEST_F(TourFileTest, UnknownKeysAreWarningsAndIgnored) {
  const TourReadResult result = readText(
      R"({"format": "okhotsk-atlas-tour", "version": 1, "author": "x", "stops": [
           {"date": "1945-08-28", "colour": "red", "caption": {"en": "Text", "fr": "Texte"}}]})");
  EXPECT_EQ(
      joined(problemLines(result)),
      joined(
          {QStringLiteral("warning: %1: field \"author\": unknown field, ignored").arg(path()),
           QStringLiteral("warning: %1: stop 1, field \"colour\": unknown field, ignored").arg(path()),
           QStringLiteral("warning: %1: stop 1, field \"caption.fr\": unknown field, ignored").arg(path())}));
  EXPECT_FALSE(result.hasErrors());
  ASSERT_TRUE(result.tour.has_value());
  ASSERT_EQ(result.tour->stops.size(), 1U);
  EXPECT_EQ(result.tour->stops.front().caption, (TourText{QStringLiteral("Text"), QString(), QString()}));
  EXPECT_EQ(result.tour->stops.front().day, daysFromGregorian(1945, 8, 28));
}

TEST_F(TourFileTest, AnUnknownKeyWithAnEmptyNameIsStillNamed) {
  const TourReadResult result = readText(
      R"({"format": "okhotsk-atlas-tour", "version": 1, "": 1, "stops": [{"date": "1945", "": 2}]})");
  EXPECT_EQ(joined(problemLines(result)),
            joined({QStringLiteral("warning: %1: field \"(empty name)\": unknown field, ignored").arg(path()),
                    QStringLiteral("warning: %1: stop 1, field \"(empty name)\": unknown field, ignored")
                        .arg(path())}));
  EXPECT_TRUE(result.tour.has_value());
}

TEST_F(TourFileTest, UnknownEventsAndTerritoriesAreDroppedWithAWarning) {
  const Dataset& dataset = embeddedDataset();
  const TourReadResult result = readText(
      validStopsWith(R"({"date": "1945-08-28", "event": "E999", "territory": "atlantis", "caption": "Kept"},
                        {"date": "1945-08-28", "event": "E018", "territory": "etorofu"})"),
      &dataset);
  EXPECT_EQ(joined(problemLines(result)),
            joined({QStringLiteral(
                        "warning: %1: stop 1, field \"event\": no event \"E999\" in the dataset; the stop is "
                        "kept without it")
                        .arg(path()),
                    QStringLiteral(
                        "warning: %1: stop 1, field \"territory\": no territory \"atlantis\" in the dataset; "
                        "the stop is kept without it")
                        .arg(path())}));
  EXPECT_FALSE(result.hasErrors());
  ASSERT_TRUE(result.tour.has_value());
  ASSERT_EQ(result.tour->stops.size(), 2U);
  EXPECT_TRUE(result.tour->stops.at(0).eventId.isEmpty());
  EXPECT_TRUE(result.tour->stops.at(0).territoryId.isEmpty());
  EXPECT_EQ(result.tour->stops.at(0).caption.en, QStringLiteral("Kept"));
  EXPECT_EQ(result.tour->stops.at(1).eventId, QStringLiteral("E018"));
  EXPECT_EQ(result.tour->stops.at(1).territoryId, QStringLiteral("etorofu"));

  // Without a dataset nothing can be checked, so the ids are kept as written.
  const TourReadResult unchecked = readText(validStopsWith(R"({"date": "1945-08-28", "event": "E999"})"));
  EXPECT_TRUE(unchecked.problems.empty());
  ASSERT_TRUE(unchecked.tour.has_value());
  EXPECT_EQ(unchecked.tour->stops.front().eventId, QStringLiteral("E999"));
}

TEST_F(TourFileTest, AWarningDoesNotHideAnError) {
  expectProblems(
      validStopsWith(R"({"date": "1945", "colour": "red"}, {"date": "nineteen"})"),
      {QStringLiteral("warning: %1: stop 1, field \"colour\": unknown field, ignored"),
       QStringLiteral("%1: stop 2, field \"date\": \"nineteen\" is not a valid EDTF date: at character "
                      "1: unexpected character 'n'; a year has four digits")});
}

// --- the default tour -----------------------------------------------------------------------

TEST(DefaultTourTest, IsFoundBesideTheEmbeddedDataset) {
  const QString path = findDefaultTour();
  ASSERT_FALSE(path.isEmpty());
  const QFileInfo info(path);
  EXPECT_TRUE(info.isAbsolute());
  EXPECT_TRUE(info.isFile());
  EXPECT_EQ(path, QDir::cleanPath(path));
  EXPECT_EQ(info.fileName(), QStringLiteral("japanese-soviet-relations.json"));
  EXPECT_EQ(info.dir().dirName(), QStringLiteral("tours"));
}

TEST(DefaultTourTest, LoadsWithoutProblemsAndTellsTheStoryInOrder) {
  const Dataset& dataset = embeddedDataset();
  const TourReadResult result = readTour(findDefaultTour(), &dataset);
  EXPECT_TRUE(result.problems.empty()) << joined(problemLines(result));
  ASSERT_TRUE(result.tour.has_value());
  const Tour& tour = *result.tour;
  EXPECT_FALSE(tour.title.isEmpty());
  EXPECT_GE(tour.stops.size(), 10U);
  EXPECT_LE(tour.stops.size(), 14U);

  DayNumber previous = kDayMin;
  for (const TourStop& stop : tour.stops) {
    const std::string where = stop.date.toStdString() + " " + stop.eventId.toStdString();
    EXPECT_GE(stop.day, previous) << where;
    previous = stop.day;
    EXPECT_FALSE(stop.caption.en.isEmpty()) << where;
    EXPECT_FALSE(stop.notes.en.isEmpty()) << where;
    ASSERT_FALSE(stop.eventId.isEmpty()) << where;
    const Event* event = dataset.event(stop.eventId.toStdString());
    ASSERT_NE(event, nullptr) << where;
    // The stop's date is the event's date or a day inside it.
    const auto date = Edtf::parse(stop.date.toStdString());
    ASSERT_TRUE(date.has_value()) << where;
    EXPECT_TRUE(event->date.contains(*date)) << where << " is not inside " << event->date.toString();
    // The Japanese and Russian captions are written for readers of each language: whole
    // sentences of their own in that language's script, not the English and not bare titles.
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    EXPECT_FALSE(stop.caption.ja.contains(latin)) << where << " " << stop.caption.ja.toStdString();
    EXPECT_FALSE(stop.caption.ru.contains(latin)) << where << " " << stop.caption.ru.toStdString();
    EXPECT_TRUE(stop.caption.ja.endsWith(QChar(0x3002))) << where << " " << stop.caption.ja.toStdString();
    EXPECT_TRUE(stop.caption.ru.endsWith(QLatin1Char('.'))) << where << " " << stop.caption.ru.toStdString();
    EXPECT_NE(stop.caption.ja.toStdString(), event->title.ja) << where;
    EXPECT_NE(stop.caption.ru.toStdString(), event->title.ru) << where;
    if (!stop.territoryId.isEmpty()) {
      EXPECT_NE(dataset.territory(stop.territoryId.toStdString()), nullptr) << where;
    }
  }
  EXPECT_EQ(tour.stops.front().day, daysFromGregorian(1855, 2, 7));
}

}  // namespace
}  // namespace okhotsk::app
