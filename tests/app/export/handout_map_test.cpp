// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The handout's maps fill their frames: each page is written as a PDF, rasterised by pdftoppm
// (poppler-utils) as a reader's viewer would, and the map frame (its grey outline) is found on
// the page; no row inside the frame may be left blank paper (the map was drawn off its frame,
// leaving a white band across the bottom of every map).
#include "export/tour_export.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour.h"

#include "okhotsk/language.h"

#include "embedded_document_test.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace okhotsk::app {
namespace {

struct GreyRun {
  int begin = 0;
  int end = 0;  // one past the last row
};

bool isFrameGrey(QRgb pixel) {
  // The frame is drawn in (120, 120, 120); anti-aliased to at most a light grey.
  return qRed(pixel) < 200 && qAbs(qRed(pixel) - qGreen(pixel)) < 12 && qAbs(qRed(pixel) - qBlue(pixel)) < 12;
}

bool isPaper(QRgb pixel) {
  return qRed(pixel) >= 250 && qGreen(pixel) >= 250 && qBlue(pixel) >= 250;
}

// The longest vertical run of frame-grey pixels in a column.
GreyRun longestGreyRun(const QImage& image, int x) {
  GreyRun best;
  int start = -1;
  for (int y = 0; y <= image.height(); ++y) {
    const bool grey = y < image.height() && isFrameGrey(image.pixel(x, y));
    if (grey && start < 0) start = y;
    if (!grey && start >= 0) {
      if (y - start > best.end - best.begin) best = {start, y};
      start = -1;
    }
  }
  return best;
}

// The column (searched in [from, to)) holding the frame's vertical edge: the longest grey run.
std::optional<std::pair<int, GreyRun>> frameEdge(const QImage& image, int from, int to) {
  std::optional<std::pair<int, GreyRun>> best;
  for (int x = from; x < to; ++x) {
    const GreyRun run = longestGreyRun(image, x);
    if (!best || run.end - run.begin > best->second.end - best->second.begin) best = {{x, run}};
  }
  if (best && best->second.end - best->second.begin < image.height() / 3) return std::nullopt;
  return best;
}

class HandoutMapTest : public okhotsk::test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(directory.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
      GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
  }

  // Page `page` (1-based) of the PDF at 96 dots per inch.
  [[nodiscard]] QImage rasterise(const QString& pdf, int page) const {
    const QString prefix = directory.filePath(QStringLiteral("page"));
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-f"), QString::number(page),
                   QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
                   QStringLiteral("-png"), pdf, prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
  }

  QTemporaryDir directory;
};

TEST_F(HandoutMapTest, EveryMapFillsItsFrameToTheBottom) {
  Tour tour;
  tour.title.en = QStringLiteral("Frames");
  // Each projection, and a lon/lat box whose shape differs from the frame's.
  for (const char* view : {"region", "habomai", "144,42.5,149,46", "world"}) {
    TourStop stop;
    ASSERT_TRUE(stop.setDate(QStringLiteral("1956-10-19")));
    stop.view = QString::fromLatin1(view);
    stop.caption.en = QStringLiteral("A caption");
    tour.stops.push_back(stop);
  }
  const QString pdf = directory.filePath(QStringLiteral("handout.pdf"));
  QString error;
  ASSERT_TRUE(writeTourHandout(tour, *document, *settings, pdf, &error)) << error.toStdString();

  for (int page = 1; page <= static_cast<int>(tour.stops.size()); ++page) {
    SCOPED_TRACE(tour.stops[static_cast<std::size_t>(page - 1)].view.toStdString());
    const QImage image = rasterise(pdf, page);
    ASSERT_FALSE(image.isNull()) << "pdftoppm failed on page " << page;
    // A4 landscape at 96 dpi with 12 mm margins: the frame's sides lie near 45 px from the edges.
    const auto left = frameEdge(image, 30, 70);
    const auto right = frameEdge(image, image.width() - 70, image.width() - 30);
    ASSERT_TRUE(left.has_value()) << "no frame edge found on the left";
    ASSERT_TRUE(right.has_value()) << "no frame edge found on the right";
    const GreyRun rows = left->second;
    EXPECT_NEAR(rows.begin, right->second.begin, 2);
    EXPECT_NEAR(rows.end, right->second.end, 2);
    const int x0 = left->first + 3;
    const int x1 = right->first - 3;
    ASSERT_GT(x1 - x0, image.width() / 2);
    // Every row inside the frame is painted: a row of blank paper has no map in it (label boxes
    // are white too, but never across the whole width).
    int blankRows = 0;
    int firstBlank = -1;
    int lastBlank = -1;
    for (int y = rows.begin + 3; y < rows.end - 3; ++y) {
      int paper = 0;
      for (int x = x0; x < x1; ++x) paper += isPaper(image.pixel(x, y)) ? 1 : 0;
      if (paper > (x1 - x0) * 9 / 10) {
        ++blankRows;
        if (firstBlank < 0) firstBlank = y;
        lastBlank = y;
      }
    }
    EXPECT_EQ(blankRows, 0) << "blank rows inside the map frame (rows " << rows.begin << " to " << rows.end
                            << "), from " << firstBlank << " to " << lastBlank;
  }
}

}  // namespace
}  // namespace okhotsk::app
