#include "export/tour_export.h"

#include "export/picture_export.h"
#include "session/tour_player.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include "okhotsk/edtf.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

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

RenderOptions stopOptions(const TourStop& stop, double scale) {
  RenderOptions options;
  options.scale = scale;
  options.selectedEventId = stop.eventId;
  options.selectedTerritoryId = stop.territoryId;
  return options;
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

}  // namespace

bool writeTourHandout(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                      const QString& path, QString* error) {
  auto fail = [&](const QString& reason) {
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
  };
  if (tour.stops.empty()) return fail(QStringLiteral("the tour has no stops"));
  const Dataset* dataset = document.dataset();
  const Language language = settings.language();

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
  QPdfWriter writer(&file);
  writer.setResolution(96);
  writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                   QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
  writer.setTitle(tour.title.isEmpty() ? QStringLiteral("Okhotsk Atlas tour") : tour.title);
  writer.setCreator(QStringLiteral("okhotsk-atlas"));
  QPainter painter;
  if (!painter.begin(&writer)) {
    file.cancelWriting();
    return fail(QStringLiteral("the PDF writer could not start"));
  }
  MapRenderer renderer(document, settings);
  const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
  const int total = static_cast<int>(tour.stops.size());
  for (int i = 0; i < total; ++i) {
    const TourStop& stop = tour.stops[static_cast<std::size_t>(i)];
    if (i > 0) writer.newPage();
    QFont font = painter.font();

    // Header: the tour and the stop number.
    font.setPixelSize(12);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(90, 90, 90));
    const QRectF header(page.left(), page.top(), page.width(), 18);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, tour.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(i + 1).arg(total));

    // The date, large.
    font.setPixelSize(22);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF dateRect(page.left(), header.bottom() + 4, page.width(), 30);
    painter.drawText(dateRect, Qt::AlignLeft | Qt::AlignVCenter, spelledStopDate(stop, language));

    // The map: 62% of the page's height, drawn as vectors.
    const QRectF mapRect(page.left(), dateRect.bottom() + 6, page.width(), page.height() * 0.62);
    const QSize mapSize(static_cast<int>(mapRect.width()), static_cast<int>(mapRect.height()));
    painter.save();
    painter.translate(mapRect.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), mapRect.size()));
    renderer.render(painter, stopViewport(stop, mapSize), stop.day, stopOptions(stop, 0.8));
    painter.restore();
    painter.setPen(QPen(QColor(120, 120, 120), 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mapRect);

    // Caption, the event's title and its sources.
    QString html =
        QStringLiteral("<p style=\"font-size:15px\">%1</p>").arg(stop.caption.get(language).toHtmlEscaped());
    if (dataset != nullptr && !stop.eventId.isEmpty()) {
      if (const Event* event = dataset->event(stop.eventId.toStdString())) {
        html += QStringLiteral("<p style=\"font-size:12px\"><b>%1</b> (%2)</p>")
                    .arg(QString::fromStdString(event->title.get(language)).toHtmlEscaped(),
                         QString::fromStdString(formatEdtf(event->date, language)).toHtmlEscaped());
        html += QStringLiteral("<p style=\"font-size:10px; color:#444\">%1 %2</p>")
                    .arg(QStringLiteral("Sources:"),
                         panel_text::citationsText(*dataset, event->sourceIds).toHtmlEscaped());
      }
    }
    QTextDocument text;
    text.setDocumentMargin(0);
    text.setTextWidth(page.width());
    text.setHtml(html);
    painter.save();
    painter.translate(page.left(), mapRect.bottom() + 10);
    text.drawContents(&painter, QRectF(0, 0, page.width(), page.bottom() - mapRect.bottom() - 34));
    painter.restore();

    // Footer: the credit line.
    font.setPixelSize(9);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(90, 90, 90));
    painter.drawText(QRectF(page.left(), page.bottom() - 14, page.width(), 14),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel & Smith), LGPL-3+ · "
                                    "every event and boundary with its sources in the atlas's dataset"));
  }
  painter.end();
  if (!file.commit()) return fail(file.errorString());
  return true;
}

int tourFrameCount(const Tour& tour, int framesPerSecond, double transitionSeconds) {
  int frames = 0;
  for (std::size_t i = 0; i < tour.stops.size(); ++i) {
    if (i > 0) frames += transitionFrames(transitionSeconds, framesPerSecond);
    frames += holdFrames(tour.stops[i], framesPerSecond);
  }
  return frames;
}

int writeTourFrames(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                    const QString& folder, QSize size, int framesPerSecond, QString* error,
                    const std::function<bool(int done, int total)>& progress, double transitionSeconds) {
  auto fail = [&](const QString& reason) {
    if (error) *error = reason;
    return -1;
  };
  if (error) error->clear();
  if (tour.stops.empty()) return fail(QStringLiteral("the tour has no stops"));
  if (framesPerSecond < 1 || framesPerSecond > 120)
    return fail(QStringLiteral("%1 frames per second is outside 1 to 120").arg(framesPerSecond));
  if (size.width() < 16 || size.height() < 16) return fail(QStringLiteral("the frame size is too small"));
  if (!QDir().mkpath(folder)) return fail(QStringLiteral("cannot create the folder %1").arg(folder));

  MapRenderer renderer(document, settings);
  const double scale = defaultPictureScale(size);
  const Language language = settings.language();
  const int total = tourFrameCount(tour, framesPerSecond, transitionSeconds);
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  int written = 0;
  bool stopped = false;  // by the progress callback: not an error
  auto writeFrame = [&](const MapViewport& viewport, DayNumber day, const RenderOptions& options,
                        const QString& caption) -> bool {
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, viewport, day, options);
    drawCaptionBand(painter, size, caption, scale);
    painter.end();
    const QString name =
        QDir(folder).filePath(QStringLiteral("frame_%1.png").arg(written + 1, 5, 10, QLatin1Char('0')));
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
      if (error) *error = QStringLiteral("cannot write %1: %2").arg(name, file.errorString());
      return false;
    }
    ++written;
    if (progress && !progress(written, total)) stopped = true;
    return !stopped;
  };

  for (std::size_t i = 0; i < tour.stops.size(); ++i) {
    const TourStop& stop = tour.stops[i];
    const MapViewport target = stopViewport(stop, size);
    RenderOptions options = stopOptions(stop, scale);
    // Below HD the legend would cover the story; the caption band says what matters.
    options.legend = size.width() >= 1280 && size.height() >= 720;
    const QString caption = stop.caption.get(language);
    if (i > 0) {
      const TourStop& from = tour.stops[i - 1];
      const MapViewport start = stopViewport(from, size);
      const int steps = transitionFrames(transitionSeconds, framesPerSecond);
      for (int f = 1; f <= steps; ++f) {
        const double t = easeInOut(static_cast<double>(f) / (steps + 1));
        const auto day = static_cast<DayNumber>(
            std::llround(static_cast<double>(from.day) + static_cast<double>(stop.day - from.day) * t));
        MapViewport viewport = target;
        if (start.projection() == target.projection())
          viewport = MapViewport::between(start, target, t);
        else if (t < 0.5)
          viewport = start;  // a cut halfway between projections
        if (!writeFrame(viewport, day, options, QString())) return stopped ? written : -1;
      }
    }
    for (int f = 0; f < holdFrames(stop, framesPerSecond); ++f)
      if (!writeFrame(target, stop.day, options, caption)) return stopped ? written : -1;
  }
  return written;
}

}  // namespace okhotsk::app
