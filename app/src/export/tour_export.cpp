// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tour_export.h"

#include "export/export_text.h"
#include "session/easing.h"

#include "export/picture_export.h"
#include "map/render/map_renderer.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/tour_player.h"
#include "session/view/map_viewport.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include "okhotsk/citation_export.h"
#include "okhotsk/edtf.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <utility>

namespace okhotsk::app {

namespace {

QString spelledDay(DayNumber day, Language language) {
  QString text = QString::fromStdString(formatDay(day, language));
  if (const auto era = formatJapaneseEra(day, language))
    text += QStringLiteral(" · ") + QString::fromStdString(*era);
  if (const auto oldStyle = formatOldStyle(day, language))
    text += QStringLiteral(" · ") + QString::fromStdString(*oldStyle);
  return text;
}

// The stop's date as the tour gives it: a readable EDTF when it parses, else the raw text.
QString spelledStopDate(const TourStop& stop, Language language) {
  if (const auto value = Edtf::parse(stop.date.toStdString())) {
    QString readable = QString::fromStdString(formatEdtf(*value, language));
    if (!value->isImprecise() && !value->isInterval()) return spelledDay(stop.day, language);
    return readable;
  }
  return stop.date;
}

RenderOptions stopOptions(double scale) {
  RenderOptions options;
  options.scale = scale;
  return options;
}

MapScene stopScene(const DisplaySettings& settings, const TourStop& stop, DayNumber day) {
  return mapSceneOf(settings, day, MapSelection{stop.territoryId, stop.eventId});
}

MapViewport stopViewport(const TourStop& stop, QSize size) {
  if (auto viewport = MapViewport::fromSpec(stop.view.isEmpty() ? QStringLiteral("region") : stop.view, size))
    return *viewport;
  return MapViewport::named(NamedView::Region, size);
}

int holdFrames(const TourStop& stop, int fps) {
  return std::max(1, static_cast<int>(std::lround(stop.holdSeconds * fps)));
}

int transitionFrames(double seconds, int fps) {
  return std::max(0, static_cast<int>(std::lround(seconds * fps)));
}

// The caption band at the bottom of a video frame: white type on a dark band, sized to the frame.
void drawCaptionBand(QPainter& painter, QSize size, const QString& caption, double scale) {
  if (caption.isEmpty()) return;
  QFont font = painter.font();
  font.setPixelSize(static_cast<int>(std::lround(26.0 * scale)));
  painter.setFont(font);
  const double margin = 24.0 * scale;
  const QRectF textRect(margin, 0, size.width() - 2 * margin, size.height());
  const QRectF needed = painter.boundingRect(textRect, Qt::TextWordWrap | Qt::AlignHCenter, caption);
  const double bandHeight = needed.height() + 2 * 14.0 * scale;
  const QRectF band(0, size.height() - bandHeight - 40.0 * scale, size.width(), bandHeight);
  painter.fillRect(band, QColor(0, 0, 0, 190));
  painter.setPen(Qt::white);
  painter.drawText(band.adjusted(margin, 0, -margin, 0), Qt::TextWordWrap | Qt::AlignCenter, caption);
}

// The words under a handout page's map: the stop's caption, its event's title and date, and
// the event's sources.
QString handoutStopHtml(const TourStop& stop, const Dataset* dataset, Language language, bool speakerNotes) {
  QString html =
      QStringLiteral("<p style=\"font-size:15px\">%1</p>").arg(stop.caption.get(language).toHtmlEscaped());
  if (const QString& notes = stop.notes.get(language); speakerNotes && !notes.trimmed().isEmpty())
    html += QStringLiteral("<p style=\"font-size:11px; color:#333\"><b>%1</b> %2</p>")
                .arg(ExportText::tr("Speaker notes:", "handout: before the lecturer's notes for a stop"),
                     notes.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
  if (dataset != nullptr && !stop.eventId.isEmpty()) {
    if (const Event* event = dataset->event(stop.eventId.toStdString())) {
      html += QStringLiteral("<p style=\"font-size:12px\"><b>%1</b> (%2)</p>")
                  .arg(QString::fromStdString(event->title.get(language)).toHtmlEscaped(),
                       QString::fromStdString(formatEdtf(event->date, language)).toHtmlEscaped());
      html += QStringLiteral("<p style=\"font-size:10px; color:#444\">%1 %2</p>")
                  .arg(ExportText::tr("Sources:", "handout: before the event's citations"),
                       panel_text::citationsText(*dataset, event->sourceIds).toHtmlEscaped());
    }
  }
  return html;
}

struct HandoutContext {
  const Tour& tour;
  const Dataset* dataset;
  const DisplaySettings& settings;
  MapRenderer& renderer;
  QRectF page;
  bool speakerNotes = false;
};

// One page of the handout: header, date, the stop's map as vectors, caption and sources, credit.
void paintHandoutPage(QPainter& painter, const HandoutContext& c, int i) {
  const TourStop& stop = c.tour.stops[static_cast<std::size_t>(i)];
  const QRectF& page = c.page;
  const Language language = c.settings.language();
  const int total = static_cast<int>(c.tour.stops.size());
  QFont font = painter.font();

  // Header: the tour and the stop number.
  font.setPixelSize(12);
  font.setBold(false);
  painter.setFont(font);
  painter.setPen(QColor(90, 90, 90));
  const QRectF header(page.left(), page.top(), page.width(), 18);
  painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, c.tour.title.get(c.settings.language()));
  painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1 / %2").arg(i + 1).arg(total));

  // The date, large.
  font.setPixelSize(22);
  font.setBold(true);
  painter.setFont(font);
  painter.setPen(Qt::black);
  const QRectF dateRect(page.left(), header.bottom() + 4, page.width(), 30);
  painter.drawText(dateRect, Qt::AlignLeft | Qt::AlignVCenter, spelledStopDate(stop, language));

  // The map: 62% of the page's height, drawn as vectors, on whole units so that the frame and
  // the map's own size are the same rectangle.
  // With speaker notes the map gives up a fifth of its height to them.
  const bool notes = c.speakerNotes && !stop.notes.get(language).trimmed().isEmpty();
  const QRect mapRect(static_cast<int>(std::ceil(page.left())),
                      static_cast<int>(std::ceil(dateRect.bottom() + 6)), static_cast<int>(page.width()),
                      static_cast<int>(page.height() * (notes ? 0.5 : 0.62)));
  // The renderer sets the painter's transform of its own (resetTransform(), setTransform()),
  // which dropped a translate() to the frame and drew the map off it, leaving a white band at
  // its bottom. So the map is recorded at the origin as vectors and replayed into the frame:
  // a QPicture's replay applies its transforms after the painter's.
  QPicture map;
  {
    QPainter recorder(&map);
    recorder.setClipRect(QRect(QPoint(0, 0), mapRect.size()));
    RenderOptions options = stopOptions(0.8);
    options.dateStamp = false;  // the page's heading spells the date out
    c.renderer.render(recorder, stopViewport(stop, mapRect.size()), stopScene(c.settings, stop, stop.day),
                      options);
  }
  painter.save();
  painter.setClipRect(mapRect);
  painter.drawPicture(mapRect.topLeft(), map);
  painter.restore();
  painter.setPen(QPen(QColor(120, 120, 120), 0.8));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(QRectF(mapRect));

  // Caption, the event's title and its sources.
  const QString html = handoutStopHtml(stop, c.dataset, language, c.speakerNotes);
  QTextDocument text;
  text.setDocumentMargin(0);
  text.setTextWidth(page.width());
  text.setHtml(html);
  painter.save();
  painter.translate(page.left(), QRectF(mapRect).bottom() + 10);
  text.drawContents(&painter, QRectF(0, 0, page.width(), page.bottom() - QRectF(mapRect).bottom() - 34));
  painter.restore();

  // Footer: the credit line.
  font.setPixelSize(9);
  font.setBold(false);
  painter.setFont(font);
  painter.setPen(QColor(90, 90, 90));
  painter.drawText(QRectF(page.left(), page.bottom() - 14, page.width(), 14),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   ExportText::tr("Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel & Smith), LGPL-3+ · "
                                  "every event and boundary with its sources in the atlas's dataset",
                                  "handout footer"));
}

// The bibliography: each source's citation and addresses, numbered.
QString bibliographyHtml(const Dataset& dataset, const std::vector<std::string>& ids) {
  QString html = QStringLiteral("<ol style=\"font-size:11px; margin-left:18px\">");
  for (const Source& source : sourcesByIds(dataset, ids)) {
    html += QStringLiteral("<li style=\"margin-bottom:5px\">") +
            QString::fromStdString(source.citation).toHtmlEscaped();
    for (const std::string& url : source.urls)
      html += QStringLiteral("<br/><span style=\"font-size:9px; color:#555\">%1</span>")
                  .arg(QString::fromStdString(url).toHtmlEscaped());
    html += QStringLiteral("</li>");
  }
  return html + QStringLiteral("</ol>");
}

// The top of a bibliography page: the tour's title, then the heading and what the list holds,
// down to kBibliographyTop below the page's top.
constexpr double kBibliographyTop = 18 + 4 + 30 + 2 + 18 + 10;

void paintBibliographyHeading(QPainter& painter, const HandoutContext& c) {
  const QRectF& page = c.page;
  QFont font = painter.font();
  font.setPixelSize(12);
  font.setBold(false);
  painter.setFont(font);
  painter.setPen(QColor(90, 90, 90));
  const QRectF header(page.left(), page.top(), page.width(), 18);
  painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, c.tour.title.get(c.settings.language()));
  font.setPixelSize(22);
  font.setBold(true);
  painter.setFont(font);
  painter.setPen(Qt::black);
  const QRectF heading(page.left(), header.bottom() + 4, page.width(), 30);
  painter.drawText(heading, Qt::AlignLeft | Qt::AlignVCenter,
                   ExportText::tr("Sources", "handout: heading of the bibliography at its end"));
  font.setPixelSize(11);
  font.setBold(false);
  painter.setFont(font);
  painter.setPen(QColor(70, 70, 70));
  const QRectF intro(page.left(), heading.bottom() + 2, page.width(), 18);
  painter.drawText(intro, Qt::AlignLeft | Qt::AlignVCenter,
                   ExportText::tr("Every source cited by the stops of this tour: their events and the "
                                  "control of the territories shown on their dates.",
                                  "handout: under the bibliography heading"));
}

// The bibliography after the stops' pages, on as many pages as it takes.
void paintBibliography(QPainter& painter, QPdfWriter& writer, const HandoutContext& c) {
  if (c.dataset == nullptr) return;
  const std::vector<std::string> ids = tourSourceIds(c.tour, *c.dataset);
  if (ids.empty()) return;
  const QRectF& page = c.page;
  constexpr double kFooter = 22;
  // The list's height on a page: what the heading leaves above the footer.
  const double top = kBibliographyTop;
  const double height = page.height() - top - kFooter;
  QTextDocument text;
  text.setDocumentMargin(0);
  text.setPageSize(QSizeF(page.width(), height));
  text.setHtml(bibliographyHtml(*c.dataset, ids));
  for (int p = 0; p < text.pageCount(); ++p) {
    writer.newPage();
    paintBibliographyHeading(painter, c);
    painter.save();
    painter.translate(page.left(), page.top() + top - p * height);
    // A hair inside the page: the first line of the next page starts exactly at its bottom and
    // would otherwise be drawn here too (clipped away, but still in the PDF's text).
    text.drawContents(&painter, QRectF(0, p * height, page.width(), height - 0.5));
    painter.restore();
  }
}

}  // namespace

std::vector<std::string> tourSourceIds(const Tour& tour, const Dataset& dataset) {
  std::vector<CitedSelection> stops;
  for (const TourStop& stop : tour.stops)
    stops.push_back({stop.day, stop.territoryId.toStdString(), stop.eventId.toStdString()});
  return stopsCitedSourceIds(dataset, stops);
}

bool writeTourHandout(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                      const QString& path, QString* error, const SaveDeviceFactory& makeDevice,
                      bool speakerNotes) {
  auto fail = [&](const QString& reason) {
    if (error) *error = ExportText::tr("cannot write %1: %2").arg(path, reason);
    return false;
  };
  if (tour.stops.empty()) return fail(ExportText::tr("the tour has no stops"));

  // Drawn into memory first, then written through the checked write: a full disk cannot leave
  // half a handout in place of the old one.
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setTitle(tour.title.isEmpty()
                        ? ExportText::tr("Okhotsk Atlas tour", "title of a handout whose tour has none")
                        : tour.title.get(settings.language()));
    writer.setCreator(QStringLiteral("okhotsk-atlas"));
    QPainter painter;
    if (!painter.begin(&writer)) return fail(ExportText::tr("the PDF writer could not start"));
    MapRenderer renderer(mapDataOf(document));
    const HandoutContext context{tour,
                                 document.dataset(),
                                 settings,
                                 renderer,
                                 QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())),
                                 speakerNotes};
    for (int i = 0; i < static_cast<int>(tour.stops.size()); ++i) {
      if (i > 0) writer.newPage();
      paintHandoutPage(painter, context, i);
    }
    paintBibliography(painter, writer, context);
    painter.end();
  }
  buffer.close();
  return writeFileSafely(path, buffer.data(), error, makeDevice);
}

std::vector<StopFrames> tourStopFrames(const Tour& tour, int framesPerSecond, double transitionSeconds) {
  std::vector<StopFrames> stops;
  stops.reserve(tour.stops.size());
  int frame = 0;
  for (std::size_t i = 0; i < tour.stops.size(); ++i) {
    if (i > 0) frame += transitionFrames(transitionSeconds, framesPerSecond);
    const int hold = holdFrames(tour.stops[i], framesPerSecond);
    stops.push_back({frame, hold});
    frame += hold;
  }
  return stops;
}

int tourFrameCount(const Tour& tour, int framesPerSecond, double transitionSeconds) {
  int frames = 0;
  for (std::size_t i = 0; i < tour.stops.size(); ++i) {
    if (i > 0) frames += transitionFrames(transitionSeconds, framesPerSecond);
    frames += holdFrames(tour.stops[i], framesPerSecond);
  }
  return frames;
}

namespace {

// The view and the day a fraction `t` (eased) of the way from one stop to the next; between
// views of different projections the frames cut halfway.
std::pair<MapViewport, DayNumber> glideStep(const TourStop& from, const TourStop& to,
                                            const MapViewport& start, const MapViewport& target, double t) {
  const auto day = static_cast<DayNumber>(
      std::llround(static_cast<double>(from.day) + static_cast<double>(to.day - from.day) * t));
  if (start.projection() == target.projection()) return {MapViewport::between(start, target, t), day};
  return {t < 0.5 ? start : target, day};
}

}  // namespace

bool drawTourFrames(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    QSize size, int framesPerSecond, double transitionSeconds, const TourFrameSink& sink) {
  MapRenderer renderer(mapDataOf(document));
  const double scale = defaultPictureScale(size);
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  const auto draw = [&](const MapViewport& viewport, const MapScene& scene, const RenderOptions& options,
                        const QString& caption) {
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, viewport, scene, options);
    drawCaptionBand(painter, size, caption, scale);
  };
  const Language language = settings.language();
  for (std::size_t i = 0; i < tour.stops.size(); ++i) {
    const TourStop& stop = tour.stops[i];
    const MapViewport target = stopViewport(stop, size);
    RenderOptions options = stopOptions(scale);
    // Below HD the legend would cover the story; the caption band says what matters.
    options.legend = size.width() >= 1280 && size.height() >= 720;
    if (i > 0) {
      const TourStop& from = tour.stops[i - 1];
      const MapViewport start = stopViewport(from, size);
      const int steps = transitionFrames(transitionSeconds, framesPerSecond);
      for (int f = 1; f <= steps; ++f) {
        const auto [viewport, day] =
            glideStep(from, stop, start, target, easing::easeInOut(static_cast<double>(f) / (steps + 1)));
        draw(viewport, stopScene(settings, stop, day), options, QString());
        if (!sink(image, false)) return false;
      }
    }
    // A stop's frames are all alike: drawn once, handed on as often as the stop is held.
    const int hold = holdFrames(stop, framesPerSecond);
    if (hold > 0) draw(target, stopScene(settings, stop, stop.day), options, stop.caption.get(language));
    for (int f = 0; f < hold; ++f)
      if (!sink(image, f > 0)) return false;
  }
  return true;
}

QImage drawTourStop(const TourStop& stop, const AtlasDocument& document, const DisplaySettings& settings,
                    QSize size, double pixelRatio) {
  pixelRatio = std::clamp(pixelRatio, 1.0, 8.0);
  QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(pixelRatio);
  image.fill(Qt::white);
  if (size.isEmpty()) return image;
  MapRenderer renderer(mapDataOf(document));
  RenderOptions options = stopOptions(defaultPictureScale(size));
  options.legend = size.width() >= 1280 && size.height() >= 720;
  QPainter painter(&image);
  renderer.render(painter, stopViewport(stop, size), stopScene(settings, stop, stop.day), options);
  return image;
}

int writeTourFrames(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& folder, QSize size, int framesPerSecond, QString* error,
                    const std::function<bool(int done, int total)>& progress, double transitionSeconds,
                    const SaveDeviceFactory& makeDevice) {
  auto fail = [&](const QString& reason) {
    if (error) *error = reason;
    return -1;
  };
  if (error) error->clear();
  if (tour.stops.empty()) return fail(ExportText::tr("the tour has no stops"));
  if (framesPerSecond < 1 || framesPerSecond > 120)
    return fail(QStringLiteral("%1 frames per second is outside 1 to 120").arg(framesPerSecond));
  if (size.width() < 16 || size.height() < 16) return fail(ExportText::tr("the frame size is too small"));
  if (!QDir().mkpath(folder)) return fail(ExportText::tr("cannot create the folder %1").arg(folder));

  const int total = tourFrameCount(tour, framesPerSecond, transitionSeconds);
  int written = 0;
  bool stopped = false;
  QByteArray encoded;  // the last frame as PNG: a held stop is encoded once
  const bool finished = drawTourFrames(
      tour, document, settings, size, framesPerSecond, transitionSeconds,
      [&](const QImage& frame, bool repeat) {
        const QString name =
            QDir(folder).filePath(QStringLiteral("frame_%1.png").arg(written + 1, 5, 10, QLatin1Char('0')));
        // Encoded in memory, then written through the checked write. A frame that cannot be
        // written stops the export; the frames before it stay in the folder, and the message says so.
        QString reason;
        if (!repeat) {
          QBuffer buffer(&encoded);
          buffer.open(QIODevice::WriteOnly);
          if (!frame.save(&buffer, "PNG")) {
            encoded.clear();
            reason = ExportText::tr("cannot write %1: %2").arg(name, ExportText::tr("PNG encoding failed"));
          }
        }
        if (reason.isEmpty() && !writeFileSafely(name, encoded, &reason, makeDevice) && written > 0)
          reason = ExportText::tr("%1; frames 1 to %2 were written and stay in %3",
                                  "%1 is why a frame could not be written")
                       .arg(reason)
                       .arg(written)
                       .arg(QDir::toNativeSeparators(folder));
        if (!reason.isEmpty()) {
          if (error) *error = reason;
          return false;
        }
        ++written;
        if (progress && !progress(written, total)) stopped = true;
        return !stopped;
      });
  return finished || stopped ? written : -1;
}

}  // namespace okhotsk::app
