// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline with a historian's 100,000 events: density bars per category where marks do
// not fit, marks again when zoomed in, the embedded dataset unchanged, and a date change that
// leaves the static layer alone. Built offscreen; checks read the widget's bins and pixels.
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolTip>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

bool near(QColor a, const QColor& b, int tolerance = 24) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

constexpr int kSyntheticEvents = 100000;

// The loader fixture plus `count` synthetic events, spread over 1850-2020 by a fixed
// pseudo-random sequence, in every category, a tenth of them known to the month only.
bool writeLargeDataset(const QString& directory, int count) {
  const QDir fixture(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid"));
  for (const QString& name : fixture.entryList(QDir::Files))
    if (!QFile::copy(fixture.filePath(name), QDir(directory).filePath(name))) return false;
  QFile events(QDir(directory).filePath(QStringLiteral("events.csv")));
  if (!events.open(QIODevice::Append | QIODevice::Text)) return false;
  QTextStream out(&events);
  static constexpr std::array<const char*, 7> kCategories{"treaty", "diplomacy", "military", "territorial",
                                                          "trade",  "economy",   "politics"};
  std::uint64_t state = 12345;
  const DayNumber first = day(1850, 1, 1);
  const DayNumber span = day(2020, 12, 31) - first;
  for (int i = 0; i < count; ++i) {
    state = (state * 6364136223846793005ULL) + 1442695040888963407ULL;
    const DayNumber when = first + static_cast<DayNumber>((state >> 33) % static_cast<std::uint64_t>(span));
    const CivilDate date = gregorianFromDays(when);
    const QString edtf = i % 10 == 0
                             ? QStringLiteral("%1-%2").arg(date.year).arg(date.month, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1-%2-%3")
                                   .arg(date.year)
                                   .arg(date.month, 2, 10, QLatin1Char('0'))
                                   .arg(date.day, 2, 10, QLatin1Char('0'));
    out << "S" << i << ',' << edtf << ',' << kCategories[static_cast<std::size_t>(i) % kCategories.size()]
        << ",Synthetic " << i << ",,,,,,,,,,src_a,confirmed,\n";
  }
  return out.status() == QTextStream::Ok;
}

// The events overlapping `range`, counted here from the dataset's own list.
std::size_t eventsOverlapping(const Dataset& dataset, DayRange range,
                              std::optional<EventCategory> category = {}) {
  std::size_t count = 0;
  for (const Event& event : dataset.events())
    if (event.date.earliest() <= range.last && event.date.latest() >= range.first &&
        (!category || event.category == *category))
      ++count;
  return count;
}

std::size_t densityTotal(const EventDensity& density, std::optional<EventCategory> only = {}) {
  std::size_t total = 0;
  for (int c = 0; c < kEventCategoryCount; ++c) {
    const auto category = static_cast<EventCategory>(c);
    if (only && category != *only) continue;
    for (int bin = 0; bin < density.binCount(); ++bin)
      total += static_cast<std::size_t>(density.count(category, bin));
  }
  return total;
}

// One large dataset for all the tests of the suite: loading it is the slow part.
class TimelineDensityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    ASSERT_TRUE(writeLargeDataset(directory.path(), kSyntheticEvents));
    shared = std::make_unique<AtlasDocument>();
    ASSERT_TRUE(shared->open(directory.path()));
  }
  static void TearDownTestSuite() { shared.reset(); }

  void SetUp() override {
    ASSERT_NE(shared, nullptr);
    ASSERT_EQ(document.dataset()->events().size(), static_cast<std::size_t>(kSyntheticEvents) + 5);
    timeline.resize(1000, 140);
    timeline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
    controller.setCurrentDay(day(2019, 1, 1));  // the handle out of the way
    (void)timeline.grab();
  }

  static inline std::unique_ptr<AtlasDocument> shared;
  AtlasDocument& document = *shared;
  TimeController controller{document};
  DisplaySettings settings;
  TimelineWidget timeline{controller, document, settings};
};

TEST_F(TimelineDensityTest, ZoomedOutItDrawsDensityWhoseCountsAddUpToTheEventsInView) {
  const EventDensity& density = timeline.density();
  ASSERT_FALSE(density.empty());
  EXPECT_TRUE(timeline.eventMarks().empty());
  const DayRange range = controller.visibleRange();
  const Dataset& dataset = *document.dataset();
  EXPECT_EQ(densityTotal(density), eventsOverlapping(dataset, range));
  EXPECT_EQ(density.total(), eventsOverlapping(dataset, range));
  for (int c = 0; c < kEventCategoryCount; ++c) {
    const auto category = static_cast<EventCategory>(c);
    EXPECT_EQ(densityTotal(density, category), eventsOverlapping(dataset, range, category))
        << "category " << c;
  }
  // Bins of a few pixels, tiling the range without gaps.
  ASSERT_GT(density.binCount(), 100);
  for (int bin = 0; bin + 1 < density.binCount(); ++bin) {  // the last ends with the range
    EXPECT_GE(density.binRight(bin) - density.binLeft(bin), 3.0 - 1e-9);
    EXPECT_LE(density.binRight(bin) - density.binLeft(bin), 12.0);
    if (bin > 0) {
      EXPECT_EQ(density.binDays(bin).first, density.binDays(bin - 1).last + 1);
    }
  }
  EXPECT_EQ(density.binDays(0).first, range.first);
  EXPECT_EQ(density.binDays(density.binCount() - 1).last, range.last);
}

TEST_F(TimelineDensityTest, TheBarsAreDrawnInTheirCategoryColourInTheirOwnRow) {
  const EventDensity& density = timeline.density();
  ASSERT_FALSE(density.empty());
  const QImage image = timeline.grab().toImage();
  const double ratio = image.devicePixelRatio();
  for (const EventCategory category :
       {EventCategory::Treaty, EventCategory::Trade, EventCategory::Politics}) {
    // The fullest bin of the category, away from the handle.
    int fullest = 0;
    for (int bin = 0; bin < density.binCount() / 2; ++bin)
      if (density.count(category, bin) > density.count(category, fullest)) fullest = bin;
    ASSERT_GT(density.count(category, fullest), 0);
    const QRectF bar = density.barRect(timeline.timelineLayout(), category, fullest);
    ASSERT_FALSE(bar.isEmpty());
    const QPoint centre((bar.center() * ratio).toPoint());
    const QColor expected = palette::categoryColour(category);
    EXPECT_TRUE(near(image.pixelColor(centre), expected, 60))
        << "category " << static_cast<int>(category) << " got "
        << image.pixelColor(centre).name().toStdString() << " expected " << expected.name().toStdString();
  }
}

TEST_F(TimelineDensityTest, ABinsTooltipNamesItsCount) {
  const EventDensity& density = timeline.density();
  ASSERT_FALSE(density.empty());
  const EventCategory category = EventCategory::Military;
  int bin = density.binCount() / 3;
  while (bin < density.binCount() && density.count(category, bin) == 0) ++bin;
  ASSERT_LT(bin, density.binCount());
  const int count = density.count(category, bin);
  const QRectF bar = density.barRect(timeline.timelineLayout(), category, bin);
  const QPoint position = bar.center().toPoint();
  QHelpEvent help(QEvent::ToolTip, position, timeline.mapToGlobal(position));
  QApplication::sendEvent(&timeline, &help);
  const QString text = QToolTip::text();
  EXPECT_TRUE(text.contains(QStringLiteral("%1 event").arg(count))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("Military"), Qt::CaseInsensitive)) << text.toStdString();
  // The bin's first day, as the handle writes it.
  const CivilDate first = gregorianFromDays(density.binDays(bin).first);
  EXPECT_TRUE(text.contains(QString::number(first.year))) << text.toStdString();
  QToolTip::hideText();
}

TEST_F(TimelineDensityTest, ZoomingInTurnsTheBinsBackIntoMarks) {
  ASSERT_FALSE(timeline.density().empty());
  const QPoint position(500, timeline.height() - 6);
  int notches = 0;
  while (!timeline.density().empty() && notches < 80) {
    QWheelEvent wheel(QPointF(position), QPointF(timeline.mapToGlobal(position)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&timeline, &wheel);
    (void)timeline.grab();
    ++notches;
  }
  EXPECT_TRUE(timeline.density().empty()) << "still density after " << notches << " notches";
  EXPECT_GT(notches, 1);
  const std::size_t inView = eventsOverlapping(*document.dataset(), controller.visibleRange());
  ASSERT_GT(inView, 0U);
  EXPECT_EQ(timeline.eventMarks().size(), inView);

  // And back out: density again.
  for (int i = 0; i < notches; ++i) {
    QWheelEvent wheel(QPointF(position), QPointF(timeline.mapToGlobal(position)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&timeline, &wheel);
  }
  (void)timeline.grab();
  EXPECT_FALSE(timeline.density().empty());
  EXPECT_TRUE(timeline.eventMarks().empty());
}

TEST_F(TimelineDensityTest, MovingTheDateDoesNotRebuildTheDensity) {
  const int builds = timeline.staticLayerBuildCount();
  for (const DayNumber d : {day(1860, 1, 1), day(1905, 9, 5), day(1945, 8, 28), day(2000, 1, 1)}) {
    controller.setCurrentDay(d);
    (void)timeline.grab();
  }
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds);
  controller.setVisibleRange({day(1900, 1, 1), day(1960, 1, 1)});
  (void)timeline.grab();
  EXPECT_EQ(timeline.staticLayerBuildCount(), builds + 1);
  EXPECT_EQ(timeline.density().total(), eventsOverlapping(*document.dataset(), controller.visibleRange()));
}

// The embedded dataset keeps its marks at the window's usual sizes, drawn as before.
class TimelineEmbeddedTest : public ::testing::TestWithParam<int> {};

TEST_P(TimelineEmbeddedTest, TheEmbeddedDatasetStillDrawsMarks) {
  AtlasDocument document;
  ASSERT_TRUE(document.openEmbedded());
  TimeController controller{document};
  DisplaySettings settings;
  TimelineWidget timeline{controller, document, settings};
  timeline.resize(GetParam(), 120);
  timeline.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
  controller.setCurrentDay(controller.bounds().last);
  const QImage image = timeline.grab().toImage();
  EXPECT_TRUE(timeline.density().empty());
  EXPECT_EQ(timeline.eventMarks().size(), eventsOverlapping(*document.dataset(), controller.visibleRange()));
  // Every solid point mark shows its category's colour at its centre (no bars over them).
  const double ratio = image.devicePixelRatio();
  int considered = 0;
  int checked = 0;
  for (const EventMark& mark : timeline.eventMarks()) {
    if (!mark.pointLike() || mark.soft || mark.unconfirmed) continue;
    if (std::abs(mark.rect.center().x() - timeline.xForDay(controller.currentDay())) < 20.0) continue;
    const QColor pixel = image.pixelColor((mark.rect.center() * ratio).toPoint());
    const QColor expected = palette::categoryColour(mark.category);
    // Marks may overlap a neighbour of another colour: count those that show their own.
    ++considered;
    if (near(pixel, expected, 40)) ++checked;
  }
  ASSERT_GT(considered, 10);
  EXPECT_GT(checked * 2, considered);
}

INSTANTIATE_TEST_SUITE_P(Widths, TimelineEmbeddedTest, ::testing::Values(800, 1000, 1920, 3840));

}  // namespace
}  // namespace okhotsk::app
