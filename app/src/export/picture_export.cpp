// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/picture_export.h"

#include "export/export_text.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace okhotsk::app {

std::optional<PictureFormat> pictureFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return PictureFormat::Png;
  if (suffix == QLatin1String("svg")) return PictureFormat::Svg;
  if (suffix == QLatin1String("pdf")) return PictureFormat::Pdf;
  return std::nullopt;
}

double defaultPictureScale(QSize size) {
  return std::clamp(std::min(size.width() / 1920.0, size.height() / 1080.0), 1.0, 4.0);
}

namespace {

// The picture in `format`, drawn into memory: the bytes, or empty with `reason` set.
QByteArray drawPicture(PictureFormat format, MapRenderer& renderer, const MapViewport& viewport,
                       const MapScene& scene, const RenderOptions& options, const QString& title,
                       QString& reason) {
  const QSize pixels = viewport.size();
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QPainter painter;
  switch (format) {
    case PictureFormat::Png: {
      QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
      image.fill(Qt::white);
      painter.begin(&image);
      renderer.render(painter, viewport, scene, options);
      painter.end();
      if (!image.save(&buffer, "PNG")) reason = ExportText::tr("PNG encoding failed");
      break;
    }
    case PictureFormat::Svg: {
      QSvgGenerator generator;
      generator.setOutputDevice(&buffer);
      generator.setSize(pixels);
      generator.setViewBox(QRect(QPoint(0, 0), pixels));
      // 96 pixels per inch, as the PDF: other programs open it at the size it has on screen.
      generator.setResolution(96);
      generator.setTitle(title);
      if (!painter.begin(&generator)) {
        reason = ExportText::tr("the SVG generator could not start");
        break;
      }
      renderer.render(painter, viewport, scene, options);
      painter.end();
      break;
    }
    case PictureFormat::Pdf: {
      // One page the size of the picture at 96 pixels per inch, no margins.
      QPdfWriter writer(&buffer);
      writer.setResolution(96);
      writer.setPageSize(QPageSize(QSizeF(pixels.width() * 72.0 / 96.0, pixels.height() * 72.0 / 96.0),
                                   QPageSize::Point, QString(), QPageSize::ExactMatch));
      writer.setPageMargins(QMarginsF(0, 0, 0, 0));
      writer.setTitle(title);
      writer.setCreator(QStringLiteral("okhotsk-atlas"));
      if (!painter.begin(&writer)) {
        reason = ExportText::tr("the PDF writer could not start");
        break;
      }
      renderer.render(painter, viewport, scene, options);
      painter.end();
      break;
    }
  }
  buffer.close();
  return reason.isEmpty() ? buffer.data() : QByteArray();
}

}  // namespace

bool writeMapPicture(MapRenderer& renderer, const MapViewport& viewport, const MapScene& scene,
                     const RenderOptions& options, const QString& path, QString* error,
                     const SaveDeviceFactory& makeDevice) {
  auto fail = [&](const QString& reason) {
    if (error) *error = ExportText::tr("cannot write %1: %2").arg(path, reason);
    return false;
  };
  const auto format = pictureFormatFor(path);
  if (!format) return fail(ExportText::tr("the file must end in .png, .svg or .pdf"));
  if (viewport.size().isEmpty()) return fail(ExportText::tr("the picture has no size"));
  const QString title = ExportText::tr("Okhotsk Atlas — %1", "title of an exported picture; %1 is the date")
                            .arg(QString::fromStdString(isoDate(scene.day)));
  // Drawn into memory first, so that every byte reaches the disk through the checked write and
  // a full disk cannot leave half a picture in place of the old one.
  // A picture shows the map, never what the user happens to have selected in the window.
  MapScene unselected = scene;
  unselected.selection = {};
  QString reason;
  const QByteArray bytes = drawPicture(*format, renderer, viewport, unselected, options, title, reason);
  if (!reason.isEmpty()) return fail(reason);
  return writeFileSafely(path, bytes, error, makeDevice);
}

}  // namespace okhotsk::app
