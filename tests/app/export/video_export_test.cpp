// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tour as a video: the file is read back with libavformat and libavcodec, as a player
// would, and checked for its codec, size, frame count and pictures against the frames the
// atlas draws; the WebVTT subtitles beside it are timed to the stops; failures leave nothing
// behind and name the file.
#include "export/video_export.h"
#include "export/tour_export.h"
#include "export/video_encoder.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour.h"

#include "embedded_document_test.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstdlib>
#include <vector>

namespace okhotsk::app {
namespace {

TourStop stopAt(const char* date, const char* view, const char* en, const char* ja, const char* ru,
                double hold) {
  TourStop stop;
  EXPECT_TRUE(stop.setDate(QString::fromLatin1(date)));
  stop.view = QString::fromLatin1(view);
  stop.caption.en = QString::fromUtf8(en);
  stop.caption.ja = QString::fromUtf8(ja);
  stop.caption.ru = QString::fromUtf8(ru);
  stop.holdSeconds = hold;
  return stop;
}

Tour shortTour() {
  Tour tour;
  tour.title.en = QStringLiteral("Video test");
  tour.stops.push_back(
      stopAt("1875-05-07", "region", "The exchange treaty", "樺太・千島交換条約", "Обменный договор", 0.5));
  tour.stops.push_back(stopAt("1945-09-03", "habomai", "", "", "", 0.3));  // no caption: no cue
  tour.stops.push_back(
      stopAt("1956-10-19", "region", "The joint declaration", "日ソ共同宣言", "Совместная декларация", 0.4));
  return tour;
}

// What a player finds in a video file: the codec, the size and every decoded picture as RGB.
struct Decoded {
  AVCodecID codec = AV_CODEC_ID_NONE;
  QSize size;
  std::vector<QImage> frames;
};

Decoded decode(const QString& path) {
  Decoded result;
  AVFormatContext* container = nullptr;
  if (avformat_open_input(&container, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
    return result;
  if (avformat_find_stream_info(container, nullptr) < 0 || container->nb_streams != 1) {
    avformat_close_input(&container);
    return result;
  }
  const AVCodecParameters* parameters = container->streams[0]->codecpar;
  result.codec = parameters->codec_id;
  result.size = QSize(parameters->width, parameters->height);
  const AVCodec* decoder = avcodec_find_decoder(parameters->codec_id);
  AVCodecContext* codec = avcodec_alloc_context3(decoder);
  avcodec_parameters_to_context(codec, parameters);
  avcodec_open2(codec, decoder, nullptr);
  AVPacket* packet = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  SwsContext* scaler = nullptr;
  const auto receive = [&] {
    while (avcodec_receive_frame(codec, frame) == 0) {
      scaler = sws_getCachedContext(scaler, frame->width, frame->height,
                                    static_cast<AVPixelFormat>(frame->format), frame->width, frame->height,
                                    AV_PIX_FMT_RGBA, SWS_BICUBIC, nullptr, nullptr, nullptr);
      QImage image(frame->width, frame->height, QImage::Format_RGBA8888);
      uint8_t* planes[1] = {image.bits()};
      const int strides[1] = {static_cast<int>(image.bytesPerLine())};
      sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
      result.frames.push_back(image);
    }
  };
  while (av_read_frame(container, packet) >= 0) {
    avcodec_send_packet(codec, packet);
    av_packet_unref(packet);
    receive();
  }
  avcodec_send_packet(codec, nullptr);
  receive();
  sws_freeContext(scaler);
  av_frame_free(&frame);
  av_packet_free(&packet);
  avcodec_free_context(&codec);
  avformat_close_input(&container);
  return result;
}

// The mean difference per channel (0 to 255) between two pictures of one size.
double meanDifference(const QImage& a, const QImage& b) {
  const QImage left = a.convertToFormat(QImage::Format_RGBA8888);
  const QImage right = b.convertToFormat(QImage::Format_RGBA8888);
  double sum = 0.0;
  for (int y = 0; y < left.height(); ++y) {
    const uchar* l = left.constScanLine(y);
    const uchar* r = right.constScanLine(y);
    for (int x = 0; x < left.width() * 4; ++x)
      if (x % 4 != 3) sum += std::abs(static_cast<int>(l[x]) - static_cast<int>(r[x]));
  }
  return sum / (left.width() * left.height() * 3.0);
}

class VideoExportTest : public okhotsk::test::EmbeddedDocumentTest {
 protected:
  void SetUp() override {
    EmbeddedDocumentTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(folder.isValid());
    options.size = QSize(192, 108);
    options.framesPerSecond = 10;
    options.transitionSeconds = 0.3;
  }
  [[nodiscard]] QString path(const QString& name) const { return folder.filePath(name); }
  [[nodiscard]] QStringList files() const { return QDir(folder.path()).entryList(QDir::Files, QDir::Name); }

  // Every frame the atlas draws for the tour, as the screen and the PNG frames have them.
  std::vector<QImage> drawnFrames(const Tour& tour) const {
    std::vector<QImage> frames;
    drawTourFrames(tour, *document, *settings, options.size, options.framesPerSecond,
                   options.transitionSeconds, [&frames](const QImage& frame, bool) {
                     frames.push_back(frame.copy());
                     return true;
                   });
    return frames;
  }

  void expectVideoOfTheFrames(const QString& file, AVCodecID codec) {
    const Tour tour = shortTour();
    QString error;
    QStringList written;
    std::vector<int> reported;
    ASSERT_TRUE(writeTourVideo(
        tour, *document, *settings, file, options, &error,
        [&reported](int done, int) {
          reported.push_back(done);
          return true;
        },
        &written))
        << error.toStdString();
    const int total = tourFrameCount(tour, options.framesPerSecond, options.transitionSeconds);
    EXPECT_EQ(static_cast<int>(reported.size()), total);
    EXPECT_EQ(written.front(), file);
    const Decoded video = decode(file);
    EXPECT_EQ(video.codec, codec);
    EXPECT_EQ(video.size, options.size);
    ASSERT_EQ(static_cast<int>(video.frames.size()), total);
    // Each decoded picture is the frame drawn for that moment, up to the codec's loss; and
    // farther from the frames of other stops than from its own.
    const std::vector<QImage> drawn = drawnFrames(tour);
    ASSERT_EQ(drawn.size(), video.frames.size());
    for (std::size_t i = 0; i < drawn.size(); ++i)
      EXPECT_LT(meanDifference(video.frames[i], drawn[i]), 6.0) << "frame " << i;
    EXPECT_GT(meanDifference(video.frames.front(), drawn.back()), 10.0);
  }

  QTemporaryDir folder;
  TourVideoOptions options;
};

TEST_F(VideoExportTest, AnMp4IsH264WithEveryFrameAsDrawn) {
  expectVideoOfTheFrames(path(QStringLiteral("talk.mp4")), AV_CODEC_ID_H264);
  EXPECT_EQ(files(), (QStringList{QStringLiteral("talk.en.vtt"), QStringLiteral("talk.ja.vtt"),
                                  QStringLiteral("talk.mp4"), QStringLiteral("talk.ru.vtt")}));
  // Readable by others, like any file the user saves, though it was written under a private name.
  EXPECT_TRUE(QFile::permissions(path(QStringLiteral("talk.mp4"))).testFlag(QFileDevice::ReadOther));
}

TEST_F(VideoExportTest, AWebmIsVp9WithEveryFrameAsDrawn) {
  expectVideoOfTheFrames(path(QStringLiteral("talk.WebM")), AV_CODEC_ID_VP9);
}

// One cue per stop with a caption, from its first held frame to its last, in each language.
TEST_F(VideoExportTest, SubtitlesAreTimedToTheStopsInEachLanguage) {
  const Tour tour = shortTour();
  // 10 fps, holds of 5, 3 and 4 frames, glides of 3: stop 1 frames 0-4, stop 3 frames 14-17.
  EXPECT_EQ(tourSubtitles(tour, Language::English, 10, 0.3),
            QStringLiteral("WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.500\nThe exchange treaty\n\n"
                           "2\n00:00:01.400 --> 00:00:01.800\nThe joint declaration\n"));
  EXPECT_TRUE(tourSubtitles(tour, Language::Japanese, 10, 0.3).contains(QStringLiteral("\n日ソ共同宣言\n")));
  EXPECT_TRUE(
      tourSubtitles(tour, Language::Russian, 10, 0.3).contains(QStringLiteral("\nОбменный договор\n")));
  // Past an hour the hours count up.
  Tour long_;
  long_.stops.push_back(stopAt("1855-02-07", "region", "a", "a", "a", 3725.25));
  long_.stops.push_back(stopAt("1875-05-07", "region", "b", "b", "b", 1.0));
  EXPECT_TRUE(tourSubtitles(long_, Language::English, 4, 0.0)
                  .contains(QStringLiteral("01:02:05.250 --> 01:02:06.250")));
  EXPECT_EQ(subtitlePath(QStringLiteral("/talks/kurils.2026.mp4"), Language::Japanese),
            QStringLiteral("/talks/kurils.2026.ja.vtt"));
  QFile english(path(QStringLiteral("x.en.vtt")));
  QString error;
  TourVideoOptions small = options;
  ASSERT_TRUE(writeTourVideo(tour, *document, *settings, path(QStringLiteral("x.mp4")), small, &error))
      << error.toStdString();
  ASSERT_TRUE(english.open(QIODevice::ReadOnly));
  EXPECT_EQ(QString::fromUtf8(english.readAll()), tourSubtitles(tour, Language::English, 10, 0.3));
}

// A name that is no video, an odd size, a folder that does not exist: the message names the
// file, and nothing is written.
TEST_F(VideoExportTest, BadRequestsAreRefusedWithTheFileNamed) {
  const Tour tour = shortTour();
  struct Case {
    QString file;
    QSize size;
    const char* reason;
  };
  const Case cases[] = {
      {path(QStringLiteral("talk.avi")), QSize(192, 108), ".mp4 (H.264) or .webm (VP9)"},
      {path(QStringLiteral("talk.mp4")), QSize(191, 108), "both sides even"},
      {path(QStringLiteral("no/such/folder/talk.mp4")), QSize(192, 108), "talk.mp4"},
  };
  for (const Case& c : cases) {
    TourVideoOptions bad = options;
    bad.size = c.size;
    QString error;
    EXPECT_FALSE(writeTourVideo(tour, *document, *settings, c.file, bad, &error)) << c.reason;
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write ") + QDir::toNativeSeparators(c.file)))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromUtf8(c.reason))) << error.toStdString();
    EXPECT_TRUE(files().isEmpty()) << files().join(QLatin1Char(' ')).toStdString();
  }
  QString error;
  EXPECT_FALSE(
      writeTourVideo(Tour{}, *document, *settings, path(QStringLiteral("empty.mp4")), options, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("no stops"))) << error.toStdString();
}

// Stopped halfway: no half video, no temporary, and the video that was there stays.
TEST_F(VideoExportTest, StoppingKeepsTheOldVideoAndLeavesNoTemporary) {
  const QString file = path(QStringLiteral("talk.mp4"));
  {
    QFile old(file);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("last year's video");
  }
  QString error;
  int calls = 0;
  EXPECT_FALSE(writeTourVideo(shortTour(), *document, *settings, file, options, &error,
                              [&calls](int, int) { return ++calls < 4; }));
  EXPECT_EQ(calls, 4);
  EXPECT_TRUE(error.contains(QStringLiteral("stopped"))) << error.toStdString();
  EXPECT_EQ(files(), QStringList{QStringLiteral("talk.mp4")});
  QFile old(file);
  ASSERT_TRUE(old.open(QIODevice::ReadOnly));
  EXPECT_EQ(old.readAll(), QByteArray("last year's video"));
}

// FFmpeg is a module the viewer loads for a video (export/video_encoder): one that cannot be
// found is named in the error, and the old video stays.
TEST_F(VideoExportTest, AMissingVideoModuleIsNamedAndTheOldVideoStays) {
  const QString file = path(QStringLiteral("talk.mp4"));
  {
    QFile old(file);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("last year's video");
  }
  // The build's module is copied beside the test programs (tests/app/CMakeLists.txt).
  const QString beside =
      QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("okhotsk-video.so"));
  ASSERT_TRUE(QFileInfo::exists(beside));
  ASSERT_EQ(videoModuleCandidates().value(0), beside);
  const QString missing = path(QStringLiteral("modules/okhotsk-video.so"));
  qputenv("OKHOTSK_VIDEO_MODULE", QFile::encodeName(missing));
  QString error;
  const bool written = writeTourVideo(shortTour(), *document, *settings, file, options, &error);
  qunsetenv("OKHOTSK_VIDEO_MODULE");
  EXPECT_FALSE(written);
  EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write ") + QDir::toNativeSeparators(file)))
      << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("okhotsk-video"))) << error.toStdString();
  EXPECT_TRUE(error.contains(QDir::toNativeSeparators(missing) + QStringLiteral(": not found")))
      << error.toStdString();
  EXPECT_EQ(files(), QStringList{QStringLiteral("talk.mp4")});
  // With the module back, the same export works.
  EXPECT_TRUE(writeTourVideo(shortTour(), *document, *settings, file, options, &error))
      << error.toStdString();
}

TEST(VideoFormat, ComesFromTheExtension) {
  EXPECT_EQ(videoFormatFor(QStringLiteral("a.mp4")), VideoFormat::Mp4H264);
  EXPECT_EQ(videoFormatFor(QStringLiteral("A.MP4")), VideoFormat::Mp4H264);
  EXPECT_EQ(videoFormatFor(QStringLiteral("a.webm")), VideoFormat::WebmVp9);
  EXPECT_FALSE(videoFormatFor(QStringLiteral("a.mkv")));
  EXPECT_FALSE(videoFormatFor(QStringLiteral("mp4")));
}

}  // namespace
}  // namespace okhotsk::app
