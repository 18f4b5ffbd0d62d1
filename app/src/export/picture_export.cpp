// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/picture_export.h"

#include "export/export_text.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

bool writeMapPicture(MapRenderer& renderer, const MapViewport& viewport, const MapScene& scene,
                     const RenderOptions& options, const QString& path, QString* error) {
  auto fail = [&](const QString& reason) {
    if (error) *error = ExportText::tr("cannot write %1: %2").arg(path, reason);
    return false;
  };
  const auto format = pictureFormatFor(path);
  if (!format) return fail(ExportText::tr("the file must end in .png, .svg or .pdf"));
  const QSize pixels = viewport.size();
  if (pixels.isEmpty()) return fail(ExportText::tr("the picture has no size"));
  const QString title = ExportText::tr("Okhotsk Atlas — %1", "title of an exported picture; %1 is the date")
                            .arg(QString::fromStdString(isoDate(scene.day)));

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
  switch (*format) {
    case PictureFormat::Png: {
      QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
      image.fill(Qt::white);
      QPainter painter(&image);
      renderer.render(painter, viewport, scene, options);
      painter.end();
      if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(file.errorString().isEmpty() ? ExportText::tr("PNG encoding failed")
                                                 : file.errorString());
      }
      break;
    }
    case PictureFormat::Svg: {
      QSvgGenerator generator;
      generator.setOutputDevice(&file);
      generator.setSize(pixels);
      generator.setViewBox(QRect(QPoint(0, 0), pixels));
      generator.setTitle(title);
      QPainter painter;
      if (!painter.begin(&generator)) {
        file.cancelWriting();
        return fail(ExportText::tr("the SVG generator could not start"));
      }
      renderer.render(painter, viewport, scene, options);
      painter.end();
      break;
    }
    case PictureFormat::Pdf: {
      // One page the size of the picture at 96 pixels per inch, no margins.
      QPdfWriter writer(&file);
      writer.setResolution(96);
      writer.setPageSize(QPageSize(QSizeF(pixels.width() * 72.0 / 96.0, pixels.height() * 72.0 / 96.0),
                                   QPageSize::Point, QString(), QPageSize::ExactMatch));
      writer.setPageMargins(QMarginsF(0, 0, 0, 0));
      writer.setTitle(title);
      writer.setCreator(QStringLiteral("okhotsk-atlas"));
      QPainter painter;
      if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(ExportText::tr("the PDF writer could not start"));
      }
      renderer.render(painter, viewport, scene, options);
      painter.end();
      break;
    }
  }
  if (!file.commit()) return fail(file.errorString());
  return true;
}

}  // namespace okhotsk::app
