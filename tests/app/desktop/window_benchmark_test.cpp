// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-window part of --benchmark: it shows the desktop window offscreen, grabs it whole
// at every scrub date and reports figures for each part of the window; --benchmark starts it in
// child processes only from the okhotsk-atlas program (never, say, from a test binary).

#include "desktop/window_benchmark.h"
#include "desktop/command_line.h"
#include "export/benchmark_support.h"
#include "export/headless.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

QJsonObject lastJsonLine(const std::string& out) {
  const QByteArray text = QByteArray::fromStdString(out).trimmed();
  return QJsonDocument::fromJson(text.mid(text.lastIndexOf('\n') + 1)).object();
}

TEST(WindowBenchmark, BenchmarkOptionsSelectTheBenchmarkMode) {
  EXPECT_EQ(runModeOf({QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark"),
                       QStringLiteral("--no-window")}),
            RunMode::Benchmark);
  EXPECT_EQ(runModeOf({QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark"),
                       QStringLiteral("--window-only"), QStringLiteral("--size"), QStringLiteral("800x600")}),
            RunMode::Benchmark);
}

TEST(WindowBenchmark, GrabsTheWholeWindowAtEveryScrubDateAndSavesTheLast) {
  QStandardPaths::setTestModeEnabled(true);  // the window's settings are not the user's
  const QTemporaryDir dir;
  const QString png = dir.filePath(QStringLiteral("last.png"));
  testing::internal::CaptureStdout();
  const int status = runWindowBenchmarkCommand(
      {QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark"), QStringLiteral("--window-only"),
       QStringLiteral("--size"), QStringLiteral("900x600"), QStringLiteral("--out"), png});
  const std::string out = testing::internal::GetCapturedStdout();
  ASSERT_EQ(status, 0) << out;
  const QJsonObject json = lastJsonLine(out);
  ASSERT_FALSE(json.isEmpty()) << out;
  EXPECT_EQ(json.value(QStringLiteral("dates")).toInt(), 240);
  EXPECT_EQ(json.value(QStringLiteral("size")).toString(), QStringLiteral("900x600"));
  const double dpr = json.value(QStringLiteral("device_pixel_ratio")).toDouble();
  const QString pixels = QStringLiteral("%1x%2").arg(qRound(900 * dpr)).arg(qRound(600 * dpr));
  EXPECT_EQ(json.value(QStringLiteral("pixels")).toString(), pixels);
  EXPECT_EQ(json.value(QStringLiteral("first_frame_pixels")).toString(), pixels);
  // Both figures: the real frame (dirty regions repainted) and the whole window grabbed.
  for (const char* key : {"real_frames", "real_frames_cpu", "grab_frames"}) {
    const QJsonObject frames = json.value(QLatin1String(key)).toObject();
    EXPECT_GT(frames.value(QStringLiteral("median_ms")).toDouble(), 0.0) << key;
    EXPECT_LE(frames.value(QStringLiteral("median_ms")).toDouble(),
              frames.value(QStringLiteral("p95_ms")).toDouble())
        << key;
    EXPECT_LE(frames.value(QStringLiteral("p95_ms")).toDouble(),
              frames.value(QStringLiteral("max_ms")).toDouble())
        << key;
  }
  const QJsonObject views = json.value(QStringLiteral("grab_views")).toObject();
  for (const char* view : {"map", "timeline", "playback", "chart", "events", "territory"})
    EXPECT_TRUE(views.value(QLatin1String(view)).toObject().contains(QStringLiteral("p95_ms"))) << view;
  EXPECT_GT(json.value(QStringLiteral("open_ms")).toDouble(), 0.0);
  EXPECT_GT(json.value(QStringLiteral("peak_rss_mb")).toDouble(), 0.0);
  // The peak before the grabs is a peak of the same process: above zero, not above the whole's.
  const double realFramesRss = json.value(QStringLiteral("peak_rss_real_frames_mb")).toDouble();
  EXPECT_GT(realFramesRss, 0.0);
  EXPECT_LE(realFramesRss, json.value(QStringLiteral("peak_rss_mb")).toDouble());

  // The saved frame is the whole window: as large as it, and not one colour.
  const QImage image(png);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), pixels);
  const QRgb corner = image.pixel(0, 0);
  bool varied = false;
  for (int y = 0; y < image.height() && !varied; y += 7)
    for (int x = 0; x < image.width() && !varied; x += 7) varied = image.pixel(x, y) != corner;
  EXPECT_TRUE(varied);
}

// The real frames repaint what the date changes, and only that: the map (its date stamp at
// least) on every date, the trade chart's cursor strip but not the whole chart, and not the
// territory panel hidden behind its tab.
TEST(WindowBenchmark, RealFramesRepaintOnlyWhatTheDateChanges) {
  QStandardPaths::setTestModeEnabled(true);
  testing::internal::CaptureStdout();
  const int status = runWindowBenchmarkCommand(
      {QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark"), QStringLiteral("--window-only"),
       QStringLiteral("--size"), QStringLiteral("1000x700")});
  const std::string out = testing::internal::GetCapturedStdout();
  ASSERT_EQ(status, 0) << out;
  const QJsonObject json = lastJsonLine(out);
  const QJsonObject repaints = json.value(QStringLiteral("repaints")).toObject();
  for (const char* view : {"map", "timeline", "playback", "chart", "events", "territory", "rest"}) {
    const QJsonObject figures = repaints.value(QLatin1String(view)).toObject();
    ASSERT_TRUE(figures.contains(QStringLiteral("frames_painted"))) << view;
    EXPECT_LE(figures.value(QStringLiteral("frames_painted")).toInt(), 240) << view;
    EXPECT_GE(figures.value(QStringLiteral("area_share")).toDouble(), 0.0) << view;
    EXPECT_LE(figures.value(QStringLiteral("area_share")).toDouble(), 1.0) << view;
  }
  EXPECT_EQ(repaints.value(QStringLiteral("map")).toObject().value(QStringLiteral("frames_painted")).toInt(),
            240);
  const QJsonObject chart = repaints.value(QStringLiteral("chart")).toObject();
  EXPECT_GT(chart.value(QStringLiteral("frames_painted")).toInt(), 100);
  EXPECT_LT(chart.value(QStringLiteral("area_share")).toDouble(), 0.25);
  EXPECT_EQ(
      repaints.value(QStringLiteral("territory")).toObject().value(QStringLiteral("frames_painted")).toInt(),
      0);

  // The slowest frames by processor time, slowest first, each with its date.
  const QJsonArray slowest = json.value(QStringLiteral("slowest_real_frames")).toArray();
  ASSERT_EQ(slowest.size(), 5);
  QStringList dates;
  for (const DayNumber day : benchmark::scrubDays(240)) dates << QString::fromStdString(isoDate(day));
  const QJsonObject cpu = json.value(QStringLiteral("real_frames_cpu")).toObject();
  double previous = slowest.first().toObject().value(QStringLiteral("cpu_ms")).toDouble();
  EXPECT_DOUBLE_EQ(previous, cpu.value(QStringLiteral("max_ms")).toDouble());
  for (const auto& value : slowest) {
    const QJsonObject frame = value.toObject();
    const QString date = frame.value(QStringLiteral("date")).toString();
    EXPECT_TRUE(dates.contains(date)) << date.toStdString();
    EXPECT_LE(frame.value(QStringLiteral("cpu_ms")).toDouble(), previous);
    EXPECT_GE(frame.value(QStringLiteral("cpu_ms")).toDouble(),
              cpu.value(QStringLiteral("median_ms")).toDouble());
    EXPECT_GT(frame.value(QStringLiteral("map")).toDouble(), 0.0);  // the map repaints on every date
    previous = frame.value(QStringLiteral("cpu_ms")).toDouble();
  }
}

TEST(WindowBenchmark, BadSizeIsAUsageError) {
  EXPECT_EQ(runWindowBenchmarkCommand({QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark"),
                                       QStringLiteral("--window-only"), QStringLiteral("--size"),
                                       QStringLiteral("huge")}),
            2);
}

TEST(WindowBenchmark, OutsideTheProgramTheWholeWindowIsNotMeasuredInChildren) {
  // From this test binary, --benchmark must not start copies of the binary: it reports why.
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  const int status = runBenchmarkCommand({QStringLiteral("okhotsk-atlas"), QStringLiteral("--benchmark")});
  const std::string out = testing::internal::GetCapturedStdout();
  const std::string err = testing::internal::GetCapturedStderr();
  ASSERT_EQ(status, 0) << err;
  const QJsonObject json = lastJsonLine(out);
  const QJsonArray windows = json.value(QStringLiteral("whole_window")).toArray();
  ASSERT_EQ(windows.size(), 2);
  for (const auto& window : windows)
    EXPECT_TRUE(window.toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("okhotsk-atlas")));
  EXPECT_EQ(json.value(QStringLiteral("frames")).toArray().size(), 3);  // the map-only figures stay
  EXPECT_GT(json.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("events")).toInt(), 100);
  EXPECT_NE(err.find("scrub frame"), std::string::npos) << err;  // the table
}

TEST(WindowBenchmark, ScrubRunsFrom1850ToTodayEvenly) {
  const std::vector<DayNumber> days = benchmark::scrubDays(240);
  ASSERT_EQ(days.size(), 240U);
  EXPECT_EQ(days.front(), daysFromGregorian(1850, 1, 1));
  EXPECT_EQ(days.back(), today());
  for (std::size_t i = 1; i < days.size(); ++i) EXPECT_GT(days[i], days[i - 1]);
  EXPECT_DOUBLE_EQ(benchmark::percentile({5.0, 1.0, 3.0, 2.0, 4.0}, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(benchmark::percentile({5.0, 1.0, 3.0, 2.0, 4.0}, 0.95), 5.0);
}

// A block larger than the peak so far, touched, is resident: the peak is at least its size.
TEST(WindowBenchmark, PeakRssGrowsWithTheMemoryThisProcessTouches) {
  const double before = benchmark::peakRssMegabytes();
  EXPECT_GT(before, 1.0);
  const auto bytes = static_cast<std::size_t>((before + 32.0) * 1024.0 * 1024.0);
  const std::vector<char> block(bytes, 1);
  EXPECT_GE(benchmark::peakRssMegabytes(), before + 31.0) << block[bytes / 2];
}

}  // namespace
}  // namespace okhotsk::app
