// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/print_export.h"

#include "export/export_text.h"
#include "export/picture_export.h"
#include "style/palette.h"

#include "okhotsk/edtf.h"
#include "okhotsk/projection.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace okhotsk::app {

namespace {

constexpr double kUnitsPerInch = 96.0;
constexpr double kMmPerInch = 25.4;

double units(double mm) {
  return mm / kMmPerInch * kUnitsPerInch;
}

// Heights of the bands around the map, in millimetres.
constexpr double kMarginMm = 10.0;
constexpr double kTitleMm = 13.0;
constexpr double kCaptionMm = 15.0;

QFont pageFont(double heightMm, bool bold) {
  QFont font(QStringLiteral("Noto Sans"));
  font.setStyleHint(QFont::SansSerif);
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(units(heightMm)))));
  font.setBold(bold);
  return font;
}

// The title above the map and the caption (the date, then the user's line) under it.
void drawTexts(QPainter& painter, const PrintLayout& layout, const QString& date) {
  const QRectF map = printMapRect(layout);
  const QString title =
      layout.title.trimmed().isEmpty() ? ExportText::tr("Okhotsk Atlas") : layout.title.trimmed();
  painter.setPen(palette::text());
  painter.setFont(pageFont(6.5, true));
  const QRectF titleBox(map.left(), units(kMarginMm), map.width(), map.top() - units(kMarginMm) - units(2));
  painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                   QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, titleBox.width()));
  painter.setFont(pageFont(4.2, true));
  const double line = units(5.6);
  const QRectF dateBox(map.left(), map.bottom() + units(2), map.width(), line);
  painter.drawText(dateBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, date);
  if (!layout.caption.trimmed().isEmpty()) {
    painter.setFont(pageFont(3.6, false));
    painter.setPen(palette::mutedText());
    const QRectF captionBox(map.left(), dateBox.bottom(), map.width(), line);
    painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font())
                         .elidedText(layout.caption.trimmed(), Qt::ElideRight, captionBox.width()));
  }
}

// A north arrow in `box`, turned by `angle` degrees clockwise, with an "N" at its tip.
void drawNorthArrow(QPainter& painter, const QRectF& box, double angle) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  const QPointF centre = box.center();
  const double r = std::min(box.width(), box.height()) / 2;
  QColor ring = palette::text();
  ring.setAlphaF(0.35F);
  painter.setPen(QPen(ring, units(0.25)));
  painter.setBrush(QColor(255, 255, 255, 225));
  painter.drawEllipse(centre, r, r);
  painter.translate(centre);
  painter.rotate(angle);
  QPainterPath left;
  left.moveTo(0, -r * 0.62);
  left.lineTo(-r * 0.3, r * 0.45);
  left.lineTo(0, r * 0.22);
  left.closeSubpath();
  QPainterPath right;
  right.moveTo(0, -r * 0.62);
  right.lineTo(r * 0.3, r * 0.45);
  right.lineTo(0, r * 0.22);
  right.closeSubpath();
  painter.setPen(QPen(palette::text(), units(0.2)));
  painter.setBrush(palette::text());
  painter.drawPath(left);
  painter.setBrush(Qt::white);
  painter.drawPath(right);
  painter.setFont(pageFont(3.0, true));
  painter.setPen(palette::text());
  painter.drawText(QRectF(-r, -r * 1.02, 2 * r, r * 0.42), Qt::AlignHCenter | Qt::AlignVCenter,
                   ExportText::tr("N", "north, on the north arrow"));
  painter.restore();
}

// Replays the recorded map at `rect`. QPicture scales what it replays by the target device's
// resolution over the one it was recorded at; undone here, the map keeps page units.
void playMap(QPainter& painter, const QPicture& picture, const QRectF& rect) {
  painter.save();
  painter.setClipRect(rect);
  painter.translate(rect.topLeft());
  QPaintDevice* device = painter.device();
  const double recorded = picture.logicalDpiX();
  if (device != nullptr && device->logicalDpiX() > 0 && recorded > 0)
    painter.scale(recorded / device->logicalDpiX(), recorded / device->logicalDpiY());
  painter.drawPicture(QPointF(0, 0), picture);
  painter.restore();
}

// Everything on the page, in page units, with the map drawn by `drawMap` into its rectangle.
template <typename DrawMap>
void drawPage(QPainter& painter, const PrintLayout& layout, const MapViewport& map, const QString& date,
              DrawMap&& drawMap) {
  const QSizeF page = printPageSize(layout);
  painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
  const QRectF rect = printMapRect(layout);
  drawMap(rect);
  // The paper around the map stays white: an SVG keeps no clip, and the map's land and
  // graticule reach past its edges there.
  const QRectF whole(QPointF(0, 0), page);
  painter.save();
  painter.setClipping(false);
  for (const QRectF& band :
       {QRectF(whole.topLeft(), QPointF(whole.right(), rect.top())),
        QRectF(QPointF(whole.left(), rect.bottom()), whole.bottomRight()),
        QRectF(QPointF(whole.left(), rect.top()), QPointF(rect.left(), rect.bottom())),
        QRectF(QPointF(rect.right(), rect.top()), QPointF(whole.right(), rect.bottom()))})
    painter.fillRect(band, Qt::white);
  painter.restore();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(QPen(palette::mutedText(), units(0.2)));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(rect);
  drawNorthArrow(painter, printNorthArrowRect(layout), northAngle(map));
  drawTexts(painter, layout, date);
}

}  // namespace

QSize printPixels(const PrintLayout& layout) {
  return {static_cast<int>(std::lround(layout.paperMm.width() / kMmPerInch * layout.dpi)),
          static_cast<int>(std::lround(layout.paperMm.height() / kMmPerInch * layout.dpi))};
}

QSizeF printPageSize(const PrintLayout& layout) {
  return {units(layout.paperMm.width()), units(layout.paperMm.height())};
}

QRectF printMapRect(const PrintLayout& layout) {
  const QSizeF page = printPageSize(layout);
  const double margin = units(kMarginMm);
  const double top = margin + units(kTitleMm);
  const double bottom = page.height() - margin - units(kCaptionMm);
  return {margin, top, std::max(1.0, page.width() - 2 * margin), std::max(1.0, bottom - top)};
}

QRectF printNorthArrowRect(const PrintLayout& layout) {
  const QRectF map = printMapRect(layout);
  const double size = units(16);
  const double inset = units(4);
  return {map.right() - inset - size, map.top() + inset, size, size};
}

MapViewport printMapViewport(const MapViewport& shown, const PrintLayout& layout) {
  const QSizeF rect = printMapRect(layout).size();
  const QSize size(std::max(1, static_cast<int>(std::floor(rect.width()))),
                   std::max(1, static_cast<int>(std::floor(rect.height()))));
  MapViewport viewport = shown;
  viewport.setSize(size);
  if (shown.isValid()) {
    const double factor = std::max(static_cast<double>(shown.size().width()) / size.width(),
                                   static_cast<double>(shown.size().height()) / size.height());
    viewport.setMetresPerPixel(shown.metresPerPixel() * factor);
  }
  return viewport;
}

double northAngle(const MapViewport& viewport) {
  if (!viewport.isValid()) return 0;
  const Projector projector(viewport.projection());
  const QPointF centre = viewport.centre();
  const auto geo = projector.inverse(Vec2{centre.x(), centre.y()});
  if (!geo) return 0;
  // A short step north (south near the pole), projected: its direction on the map.
  const double step = geo->lat > 89.0 ? -0.05 : 0.05;
  const auto ahead = projector.forward(GeoPoint{geo->lon, geo->lat + step});
  if (!ahead) return 0;
  double dx = ahead->x - centre.x();
  double dy = ahead->y - centre.y();  // map y grows northwards
  if (step < 0) {
    dx = -dx;
    dy = -dy;
  }
  if (std::hypot(dx, dy) <= 0) return 0;
  return std::atan2(dx, dy) * 180.0 / std::numbers::pi;
}

namespace {

// One page to draw: the map (without selection or date stamp) and the words around it.
struct PageJob {
  MapRenderer& renderer;
  const PrintLayout& layout;
  MapViewport map;
  MapScene scene;
  RenderOptions options;
  QString date;
  QString title;
  [[nodiscard]] double unitsToDevice() const { return layout.dpi / kUnitsPerInch; }

  // The map as a recorded picture, for vector pages: replayed at its place on the page (the
  // renderer resets the painter's transform, so it cannot be drawn there directly).
  [[nodiscard]] QPicture recordMap() const {
    QPicture picture;
    QPainter recorder(&picture);
    renderer.render(recorder, map, scene, options);
    recorder.end();
    return picture;
  }
};

bool pngPage(const PageJob& job, QBuffer& buffer, QString& reason) {
  const double toDevice = job.unitsToDevice();
  QImage page(printPixels(job.layout), QImage::Format_ARGB32_Premultiplied);
  page.setDevicePixelRatio(toDevice);
  const int dotsPerMetre = static_cast<int>(std::lround(job.layout.dpi / 0.0254));
  page.setDotsPerMeterX(dotsPerMetre);
  page.setDotsPerMeterY(dotsPerMetre);
  QPainter painter(&page);
  drawPage(painter, job.layout, job.map, job.date, [&](const QRectF& rect) {
    // The map in pixels of its own at the page's resolution, then placed.
    QImage image((QSizeF(job.map.size()) * toDevice).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(toDevice);
    image.fill(Qt::white);
    QPainter mapPainter(&image);
    job.renderer.render(mapPainter, job.map, job.scene, job.options);
    mapPainter.end();
    painter.drawImage(rect.topLeft(), image);
  });
  painter.end();
  if (!page.save(&buffer, "PNG")) reason = ExportText::tr("PNG encoding failed");
  return reason.isEmpty();
}

bool svgPage(const PageJob& job, QBuffer& buffer, QString& reason) {
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  generator.setSize(printPixels(job.layout));
  generator.setResolution(job.layout.dpi);  // the paper's size in millimetres
  generator.setViewBox(QRectF(QPointF(0, 0), printPageSize(job.layout)));
  generator.setTitle(job.title);
  QPainter painter;
  if (!painter.begin(&generator)) {
    reason = ExportText::tr("the SVG generator could not start");
    return false;
  }
  const QPicture picture = job.recordMap();
  drawPage(painter, job.layout, job.map, job.date,
           [&](const QRectF& rect) { playMap(painter, picture, rect); });
  painter.end();
  return true;
}

bool pdfPage(const PageJob& job, QBuffer& buffer, QString& reason) {
  QPdfWriter writer(&buffer);
  writer.setResolution(job.layout.dpi);
  writer.setPageSize(QPageSize(job.layout.paperMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
  writer.setPageMargins(QMarginsF(0, 0, 0, 0));
  writer.setTitle(job.title);
  writer.setCreator(QStringLiteral("okhotsk-atlas"));
  QPainter painter;
  if (!painter.begin(&writer)) {
    reason = ExportText::tr("the PDF writer could not start");
    return false;
  }
  painter.scale(job.unitsToDevice(), job.unitsToDevice());
  const QPicture picture = job.recordMap();
  drawPage(painter, job.layout, job.map, job.date,
           [&](const QRectF& rect) { playMap(painter, picture, rect); });
  painter.end();
  return true;
}

}  // namespace

bool writePrintPicture(MapRenderer& renderer, const MapViewport& shown, const MapScene& scene,
                       const RenderOptions& options, const PrintLayout& layout, const QString& path,
                       QString* error, const SaveDeviceFactory& makeDevice) {
  auto fail = [&](const QString& reason) {
    if (error) *error = ExportText::tr("cannot write %1: %2").arg(path, reason);
    return false;
  };
  const auto format = pictureFormatFor(path);
  // A printed page (margins, caption) is no map a GIS could place: no GeoTIFF.
  if (!format || *format == PictureFormat::GeoTiff)
    return fail(ExportText::tr("the file must end in .png, .svg or .pdf"));
  const QSize pixels = printPixels(layout);
  if (pixels.isEmpty() || layout.dpi <= 0) return fail(ExportText::tr("the picture has no size"));
  if (static_cast<qint64>(pixels.width()) * pixels.height() > 400000000LL)
    return fail(ExportText::tr("the page is too large at this resolution"));

  // The page shows the map, never what the user happens to have selected in the window; the
  // date is in the caption, not stamped on the map.
  PageJob job{renderer,
              layout,
              printMapViewport(shown, layout),
              scene,
              options,
              QString::fromStdString(formatDay(scene.day, scene.language)),
              layout.title.trimmed().isEmpty() ? ExportText::tr("Okhotsk Atlas") : layout.title.trimmed()};
  job.scene.selection = {};
  job.options.dateStamp = false;
  job.options.scale = 1.0;  // page units are 1/96 inch: type as on a desktop screen

  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QString reason;
  switch (*format) {
    case PictureFormat::Png:
      pngPage(job, buffer, reason);
      break;
    case PictureFormat::Svg:
      svgPage(job, buffer, reason);
      break;
    case PictureFormat::Pdf:
      pdfPage(job, buffer, reason);
      break;
    case PictureFormat::GeoTiff:  // refused above
      break;
  }
  buffer.close();
  if (!reason.isEmpty()) return fail(reason);
  return writeFileSafely(path, buffer.data(), error, makeDevice);
}

}  // namespace okhotsk::app
