// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tour as web pages for a USB stick: three pages and a map per stop per language, every
// image and link inside the export resolving (the pages read back as XML), captions escaped,
// the Japanese page in Japanese, a folder that holds something else refused and left as it
// was, an earlier export replaced, a failed or stopped export leaving no temporary, the command
// line's --export-web, and the first stop as a headless Chromium shows it.
#include "export/web_export.h"

#include "desktop/command_line.h"
#include "export/headless.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour.h"

#include "embedded_document_test.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace okhotsk::app {
namespace {

constexpr std::array<Language, 3> kLanguages{Language::English, Language::Japanese, Language::Russian};

// A caption that is also markup, to be shown as text.
const QString kMarkupCaption =
    QStringLiteral("The <b>exchange</b> treaty & \"the Kurils\" <script>x</script>");

TourStop stopAt(const char* date, const char* view, const char* event, const QString& en, const char* ja,
                const char* ru) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(QString::fromLatin1(date)));
  stop.view = QString::fromLatin1(view);
  stop.eventId = QString::fromLatin1(event);
  stop.caption.en = en;
  stop.caption.ja = QString::fromUtf8(ja);
  stop.caption.ru = QString::fromUtf8(ru);
  return stop;
}

Tour smallTour() {
  Tour tour;
  tour.title.en = QStringLiteral("Web export test");
  tour.title.ja = QStringLiteral("ウェブ書き出しの試験");
  tour.stops.push_back(
      stopAt("1875-05-07", "region", "E002", kMarkupCaption, "樺太・千島交換条約", "Обменный договор"));
  tour.stops.push_back(stopAt("1956-10-19", "world", "E033", QStringLiteral("The joint declaration"),
                              "日ソ共同宣言", "Совместная декларация"));
  tour.stops.push_back(stopAt("1945-09-03", "habomai", "", QString(), "", ""));  // no event, no caption
  return tour;
}

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, relative to it, sorted.
QStringList filesUnder(const QString& folder) {
  QStringList files;
  QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
  while (it.hasNext()) files << QDir(folder).relativeFilePath(it.next());
  files.sort();
  return files;
}

QStringList expectedFiles(int stops) {
  QStringList files;
  for (const Language language : kLanguages) {
    files << tourWebPageName(language);
    for (int i = 0; i < stops; ++i) files << tourWebImageName(language, i, stops);
  }
  files.sort();
  return files;
}

// A page read back as XML: what it links to and shows.
struct ParsedPage {
  QString error;  ///< the XML reader's, empty when the page is well-formed
  QString lang;
  bool utf8 = false;
  bool generator = false;
  QSet<QString> ids;
  QStringList imageSources;
  QStringList imageAlts;
  QStringList links;
  QStringList captions;  ///< the text of each <p class="caption">
  QStringList outside;   ///< <link>, <script src>, <iframe>…: what would load something else
};

ParsedPage parsePage(const QString& path) {
  ParsedPage page;
  QXmlStreamReader xml(fileBytes(path));
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    const QXmlStreamAttributes a = xml.attributes();
    const auto name = xml.name();
    if (a.hasAttribute(QStringLiteral("id"))) page.ids.insert(a.value(QStringLiteral("id")).toString());
    if (name == QLatin1String("html")) page.lang = a.value(QStringLiteral("lang")).toString();
    if (name == QLatin1String("meta") && a.value(QStringLiteral("charset")) == QLatin1String("utf-8"))
      page.utf8 = true;
    if (name == QLatin1String("meta") && a.value(QStringLiteral("name")) == QLatin1String("generator"))
      page.generator = a.value(QStringLiteral("content")) == QLatin1String("Okhotsk Atlas");
    if (name == QLatin1String("img")) {
      page.imageSources << a.value(QStringLiteral("src")).toString();
      page.imageAlts << a.value(QStringLiteral("alt")).toString();
    }
    if (name == QLatin1String("a")) page.links << a.value(QStringLiteral("href")).toString();
    if (name == QLatin1String("link") || name == QLatin1String("iframe") || name == QLatin1String("object") ||
        (name == QLatin1String("script") && a.hasAttribute(QStringLiteral("src"))))
      page.outside << name.toString();
    if (name == QLatin1String("p") && a.value(QStringLiteral("class")) == QLatin1String("caption"))
      page.captions << xml.readElementText();
  }
  if (xml.hasError()) page.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
  return page;
}

// The mean difference per channel (0 to 255) between two pictures of one size.
double meanDifference(const QImage& a, const QImage& b) {
  const QImage left = a.convertToFormat(QImage::Format_RGB888);
  const QImage right = b.convertToFormat(QImage::Format_RGB888);
  if (left.size() != right.size() || left.isNull()) return 255.0;
  double sum = 0.0;
  for (int y = 0; y < left.height(); ++y) {
    const uchar* l = left.constScanLine(y);
    const uchar* r = right.constScanLine(y);
    for (int x = 0; x < left.width() * 3; ++x)
      sum += std::abs(static_cast<int>(l[x]) - static_cast<int>(r[x]));
  }
  return sum / (left.width() * left.height() * 3.0);
}

class WebExportTest : public okhotsk::test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(directory.isValid());
    options.imageSize = QSize(320, 180);
  }
  [[nodiscard]] QString path(const QString& name) const { return directory.filePath(name); }

  // Exports the small tour into `folder`; the files written, or nothing when it failed.
  QStringList exportTo(const QString& folder, const Tour& tour = smallTour()) {
    QString error;
    QStringList written;
    EXPECT_TRUE(writeTourWeb(tour, *document, *settings, folder, options, &error, {}, &written))
        << error.toStdString();
    return written;
  }

  TourWebOptions options;
  QTemporaryDir directory;
};

TEST_F(WebExportTest, WritesThreePagesAndAMapPerStopPerLanguage) {
  const QString folder = path(QStringLiteral("web"));
  const QStringList written = exportTo(folder);
  EXPECT_EQ(filesUnder(folder), expectedFiles(3)) << "and nothing else: no temporary file";
  EXPECT_EQ(written.size(), 3 * (3 + 1));
  for (const QString& file : written) EXPECT_TRUE(QFileInfo(file).isAbsolute() || file.startsWith(folder));
  for (const Language language : kLanguages)
    for (int i = 0; i < 3; ++i) {
      const QImage map(QDir(folder).filePath(tourWebImageName(language, i, 3)));
      EXPECT_EQ(map.size(), options.imageSize);
    }
  EXPECT_EQ(tourWebImageName(Language::Russian, 9, 120), QStringLiteral("images/ru/stop-010.png"));
}

TEST_F(WebExportTest, EveryImageAndLinkResolvesInsideTheExport) {
  const QString folder = path(QStringLiteral("web"));
  exportTo(folder);
  for (const Language language : kLanguages) {
    const QString name = tourWebPageName(language);
    SCOPED_TRACE(name.toStdString());
    const ParsedPage page = parsePage(QDir(folder).filePath(name));
    ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    EXPECT_TRUE(page.utf8);
    EXPECT_TRUE(page.generator);
    EXPECT_TRUE(page.outside.isEmpty()) << page.outside.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(page.imageSources.size(), 3);
    for (const QString& source : page.imageSources) {
      EXPECT_TRUE(QUrl(source).isRelative()) << source.toStdString();
      EXPECT_FALSE(QImage(QDir(folder).filePath(source)).isNull()) << source.toStdString();
      EXPECT_TRUE(
          source.startsWith(QStringLiteral("images/") + QString::fromUtf8(languageCode(language).data())));
    }
    int anchors = 0;
    int pages = 0;
    int maps = 0;
    for (const QString& link : page.links) {
      if (link.startsWith(QLatin1Char('#'))) {
        ++anchors;
        EXPECT_TRUE(page.ids.contains(link.mid(1))) << link.toStdString();
      } else if (link.startsWith(QStringLiteral("index"))) {
        ++pages;
        EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(link))) << link.toStdString();
      } else if (link.startsWith(QStringLiteral("images/"))) {
        ++maps;  // a map at full size
        EXPECT_TRUE(page.imageSources.contains(link)) << link.toStdString();
      } else {
        // Only the sources' own addresses lead out of the export.
        EXPECT_TRUE(link.startsWith(QStringLiteral("https://")) || link.startsWith(QStringLiteral("http://")))
            << link.toStdString();
      }
    }
    EXPECT_EQ(pages, 2) << "the two other languages";
    EXPECT_EQ(maps, 3);
    // Contents (3 stops, sources), and per stop Contents and the previous or next stop.
    EXPECT_GE(anchors, 3 + 1 + 3 * 2);
    for (int stop = 1; stop <= 3; ++stop)
      EXPECT_TRUE(page.ids.contains(QStringLiteral("stop-%1").arg(stop))) << stop;
  }
}

TEST_F(WebExportTest, CaptionsAreTextNotMarkup) {
  const QString folder = path(QStringLiteral("web"));
  exportTo(folder);
  const QString index = QDir(folder).filePath(QStringLiteral("index.html"));
  const ParsedPage page = parsePage(index);
  ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
  ASSERT_FALSE(page.captions.isEmpty());
  EXPECT_EQ(page.captions.constFirst(), kMarkupCaption);
  ASSERT_FALSE(page.imageAlts.isEmpty());
  EXPECT_EQ(page.imageAlts.constFirst(), kMarkupCaption);
  const QByteArray html = fileBytes(index);
  EXPECT_TRUE(html.contains("The &lt;b&gt;exchange&lt;/b&gt; treaty &amp; &quot;the Kurils&quot;"));
  EXPECT_FALSE(html.contains("<b>exchange"));
  EXPECT_EQ(html.count("<script"), 1) << "the page's own script only";
}

TEST_F(WebExportTest, TheJapanesePageIsInJapanese) {
  const QString folder = path(QStringLiteral("web"));
  exportTo(folder);
  const ParsedPage japanese = parsePage(QDir(folder).filePath(QStringLiteral("index.ja.html")));
  ASSERT_TRUE(japanese.error.isEmpty()) << japanese.error.toStdString();
  EXPECT_EQ(japanese.lang, QStringLiteral("ja"));
  EXPECT_EQ(japanese.captions,
            (QStringList{QStringLiteral("樺太・千島交換条約"), QStringLiteral("日ソ共同宣言")}));
  const QByteArray html = fileBytes(QDir(folder).filePath(QStringLiteral("index.ja.html")));
  EXPECT_TRUE(html.contains(QStringLiteral("<h1>ウェブ書き出しの試験</h1>").toUtf8()));
  EXPECT_TRUE(html.contains(QStringLiteral("日ソ共同宣言").toUtf8()));
  EXPECT_FALSE(html.contains("The joint declaration"));
  EXPECT_EQ(parsePage(QDir(folder).filePath(QStringLiteral("index.ru.html"))).lang, QStringLiteral("ru"));
  EXPECT_EQ(parsePage(QDir(folder).filePath(QStringLiteral("index.html"))).lang, QStringLiteral("en"));
  // The maps are drawn in each page's language: their labels differ.
  const QImage english(QDir(folder).filePath(tourWebImageName(Language::English, 0, 3)));
  const QImage inJapanese(QDir(folder).filePath(tourWebImageName(Language::Japanese, 0, 3)));
  EXPECT_GT(meanDifference(english, inJapanese), 0.05);
}

TEST_F(WebExportTest, AFolderThatHoldsSomethingElseIsRefusedAndLeftAsItWas) {
  const QString folder = path(QStringLiteral("thesis"));
  ASSERT_TRUE(QDir().mkpath(folder));
  for (const char* name : {"index.html", "chapter1.txt"}) {
    QFile file(QDir(folder).filePath(QString::fromLatin1(name)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my own work");
  }
  QString error;
  QStringList written;
  EXPECT_FALSE(writeTourWeb(smallTour(), *document, *settings, folder, options, &error, {}, &written));
  EXPECT_TRUE(error.contains(QDir::toNativeSeparators(folder))) << error.toStdString();
  EXPECT_TRUE(written.isEmpty());
  EXPECT_EQ(filesUnder(folder), (QStringList{QStringLiteral("chapter1.txt"), QStringLiteral("index.html")}));
  EXPECT_EQ(fileBytes(QDir(folder).filePath(QStringLiteral("index.html"))), QByteArray("my own work"));
}

TEST_F(WebExportTest, AnEarlierExportIsReplaced) {
  const QString folder = path(QStringLiteral("web"));
  exportTo(folder);
  Tour shorter = smallTour();
  shorter.stops.resize(2);
  shorter.stops[0].caption.en = QStringLiteral("A new caption");
  EXPECT_EQ(exportTo(folder, shorter).size(), 3 * (2 + 1));
  EXPECT_EQ(filesUnder(folder), expectedFiles(2)) << "the third stop's maps are gone";
  EXPECT_EQ(parsePage(QDir(folder).filePath(QStringLiteral("index.html"))).captions.constFirst(),
            QStringLiteral("A new caption"));
}

TEST_F(WebExportTest, AFileThatCannotBeWrittenIsNamedAndLeavesNoTemporary) {
  const QString folder = path(QStringLiteral("web"));
  exportTo(folder);
  // The Japanese map of stop 2 cannot be written: a folder has its name.
  const QString blocked = QDir(folder).filePath(tourWebImageName(Language::Japanese, 1, 3));
  ASSERT_TRUE(QFile::remove(blocked));
  ASSERT_TRUE(QDir().mkpath(blocked));
  QString error;
  EXPECT_FALSE(writeTourWeb(smallTour(), *document, *settings, folder, options, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("stop-02.png"))) << error.toStdString();
  QStringList expected = expectedFiles(3);
  expected.removeOne(tourWebImageName(Language::Japanese, 1, 3));
  EXPECT_EQ(filesUnder(folder), expected) << "no temporary file beside them";
}

TEST_F(WebExportTest, AStoppedExportIntoANewFolderLeavesNothing) {
  const QString folder = path(QStringLiteral("web"));
  QString error;
  int calls = 0;
  EXPECT_FALSE(
      writeTourWeb(smallTour(), *document, *settings, folder, options, &error, [&calls](int done, int total) {
        EXPECT_EQ(total, 12);
        EXPECT_EQ(done, ++calls);
        return done < 5;
      }));
  EXPECT_EQ(calls, 5);
  EXPECT_TRUE(error.contains(QDir::toNativeSeparators(folder))) << error.toStdString();
  EXPECT_FALSE(QFileInfo::exists(folder)) << filesUnder(folder).join(QLatin1Char(' ')).toStdString();
}

// --- the command line ---------------------------------------------------------------------

QStringList command(std::initializer_list<QString> arguments) {
  QStringList list{QStringLiteral("okhotsk-atlas")};
  for (const QString& argument : arguments) list << argument;
  return list;
}

TEST_F(WebExportTest, CommandWritesTheWebExport) {
  const QString tourFile = path(QStringLiteral("tour.json"));
  QString error;
  ASSERT_TRUE(writeTour(smallTour(), tourFile, &error)) << error.toStdString();
  const QString folder = path(QStringLiteral("web"));
  const QStringList arguments = command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export-web"),
                                         folder, QStringLiteral("--size"), QStringLiteral("320x180")});
  EXPECT_EQ(runModeOf(arguments), RunMode::TourExport);
  testing::internal::CaptureStdout();
  const int status = runTourExportCommand(arguments);
  const QString out = QString::fromStdString(testing::internal::GetCapturedStdout());
  EXPECT_EQ(status, 0);
  EXPECT_EQ(filesUnder(folder), expectedFiles(3));
  EXPECT_EQ(out.count(QStringLiteral("written: ")), 12) << out.toStdString();
  EXPECT_TRUE(
      out.contains(QStringLiteral("written: ") + QDir(folder).filePath(QStringLiteral("index.ja.html"))));
  EXPECT_EQ(QImage(QDir(folder).filePath(tourWebImageName(Language::English, 0, 3))).size(), QSize(320, 180));
  // One output at a time.
  EXPECT_EQ(runTourExportCommand(command({QStringLiteral("--tour"), tourFile, QStringLiteral("--export-web"),
                                          path(QStringLiteral("other")), QStringLiteral("--export-video"),
                                          path(QStringLiteral("talk.mp4"))})),
            2);
  EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("other"))));
}

// --- in a browser -------------------------------------------------------------------------

QString findChromium() {
  for (const char* name : {"chromium", "chromium-headless-shell"}) {
    QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (!found.isEmpty()) return found;
  }
  return {};
}

// The map's place on a screenshot: the rectangle inside its frame (the page draws a 1 px grey
// line around it), found as the first long horizontal run of the frame's colour and the next
// run below it spanning the same columns.
std::optional<QRect> framedMap(const QImage& screenshot) {
  const QColor frame(0x8a, 0x8a, 0x85);
  const auto isFrame = [&](int x, int y) {
    const QColor c = screenshot.pixelColor(x, y);
    return std::abs(c.red() - frame.red()) <= 12 && std::abs(c.green() - frame.green()) <= 12 &&
           std::abs(c.blue() - frame.blue()) <= 12;
  };
  std::optional<QRect> top;
  for (int y = 0; y < screenshot.height(); ++y) {
    int start = 0;
    for (int x = 0; x <= screenshot.width(); ++x) {
      if (x < screenshot.width() && isFrame(x, y)) continue;
      if (x - start >= 300) {
        if (!top) {
          top = QRect(QPoint(start, y), QPoint(x - 1, y));
        } else if (y > top->top() + 100 && std::abs(start - top->left()) <= 2 &&
                   std::abs(x - 1 - top->right()) <= 2) {
          return QRect(QPoint(top->left() + 1, top->top() + 1), QPoint(top->right() - 1, y - 1));
        }
      }
      start = x + 1;
    }
  }
  return std::nullopt;
}

// Issue #14's "done": Debian's Chromium opens the export from a file:// address, with no
// server, and shows the first stop's map. The assertion looks for the map on the screenshot and
// compares it with the stop's image: a blank page, a missing image or another stop's fails.
TEST_F(WebExportTest, HeadlessChromiumShowsTheFirstStop) {
  const QString chromium = findChromium();
  if (chromium.isEmpty()) GTEST_SKIP() << "chromium is not installed (.ci/install-deps installs it)";
  options = TourWebOptions{};  // the default 1600×900 maps, as a user gets them
  Tour tour = smallTour();
  tour.stops.resize(2);
  const QString folder = path(QStringLiteral("usb stick/tour"));  // a space in the address too
  exportTo(folder, tour);
  const QString screenshot = path(QStringLiteral("screenshot.png"));
  QProcess browser;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
  browser.setProcessEnvironment(environment);
  browser.setProcessChannelMode(QProcess::MergedChannels);
  browser.start(chromium,
                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                 QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
                 QStringLiteral("--no-first-run"), QStringLiteral("--disable-dev-shm-usage"),
                 QStringLiteral("--user-data-dir=") + path(QStringLiteral("profile")),
                 QStringLiteral("--screenshot=") + screenshot, QStringLiteral("--window-size=1280,900"),
                 QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("index.html"))).toString()});
  ASSERT_TRUE(browser.waitForFinished(120000)) << "chromium did not finish";
  const QImage shot(screenshot);
  ASSERT_FALSE(shot.isNull()) << "no screenshot: " << browser.readAll().toStdString();
  ASSERT_EQ(shot.size(), QSize(1280, 900));
  const auto map = framedMap(shot);
  ASSERT_TRUE(map.has_value()) << "no framed map on the first screen";
  EXPECT_GE(map->width(), 600) << "the map is shown large";
  EXPECT_NEAR(static_cast<double>(map->width()) / map->height(), 16.0 / 9.0, 0.05);
  const QImage shown = shot.copy(*map);
  const auto scaled = [&](int stop) {
    return QImage(QDir(folder).filePath(tourWebImageName(Language::English, stop, 2)))
        .scaled(map->size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  };
  const double first = meanDifference(shown, scaled(0));
  const double second = meanDifference(shown, scaled(1));
  EXPECT_LT(first, 8.0) << "the first stop's map, as the browser shows it";
  EXPECT_GT(second, first + 5.0) << "and not the second stop's";
}

}  // namespace
}  // namespace okhotsk::app
