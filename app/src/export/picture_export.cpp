// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/picture_export.h"

#include "export/export_text.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <atomic>
#include <string>

namespace okhotsk::app {

std::optional<PictureFormat> pictureFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return PictureFormat::Png;
  if (suffix == QLatin1String("svg")) return PictureFormat::Svg;
  if (suffix == QLatin1String("pdf")) return PictureFormat::Pdf;
  if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) return PictureFormat::GeoTiff;
  return std::nullopt;
}

namespace {

// The projection's WKT in `format` (a GDAL FORMAT= option), or empty when it cannot be written so.
QString projectionWkt(MapProjection projection, const char* format) {
  OGRSpatialReference srs;
  if (srs.importFromProj4(std::string(projectionDefinition(projection)).c_str()) != OGRERR_NONE) return {};
  const std::string option = std::string("FORMAT=") + format;
  const char* const options[] = {option.c_str(), nullptr};
  char* text = nullptr;
  const OGRErr status = srs.exportToWkt(&text, options);
  QString wkt = status == OGRERR_NONE && text != nullptr ? QString::fromUtf8(text) : QString();
  CPLFree(text);
  return wkt;
}

// Each WKT made once per process; the picture exports ask for one with each file.
const QString& cachedWkt(MapProjection projection, bool esri) {
  static const std::array<QString, 4> texts{
      projectionWkt(MapProjection::Region, "WKT2_2019"), projectionWkt(MapProjection::Region, "WKT1_ESRI"),
      projectionWkt(MapProjection::World, "WKT2_2019"), projectionWkt(MapProjection::World, "WKT1_ESRI")};
  const std::size_t index = (projection == MapProjection::Region ? 0U : 2U) + (esri ? 1U : 0U);
  return texts.at(index);
}

}  // namespace

PictureGeoreference pictureGeoreference(const MapViewport& viewport) {
  const QPointF topLeft = viewport.toMap(QPointF(0.0, 0.0));
  const double metres = viewport.metresPerPixel();
  PictureGeoreference georeference;
  georeference.geoTransform = {topLeft.x(), metres, 0.0, topLeft.y(), 0.0, -metres};
  georeference.wkt = cachedWkt(viewport.projection(), false);
  georeference.esriWkt = cachedWkt(viewport.projection(), true);
  return georeference;
}

QString worldFileText(const MapViewport& viewport) {
  const std::array<double, 6> gt = pictureGeoreference(viewport).geoTransform;
  // A world file names the centre of the top left pixel, half a pixel in from the corner.
  const std::array<double, 6> lines{gt[1], gt[4], gt[2], gt[5], gt[0] + gt[1] / 2.0, gt[3] + gt[5] / 2.0};
  QString text;
  for (const double value : lines) text += QString::number(value, 'f', 10) + QLatin1Char('\n');
  return text;
}

bool writeWorldFiles(const MapViewport& viewport, const QString& pngPath, QString* error,
                     const SaveDeviceFactory& makeDevice) {
  const PictureGeoreference georeference = pictureGeoreference(viewport);
  const QFileInfo png(pngPath);
  const QString base = png.dir().filePath(png.completeBaseName());
  const QString pam =
      QStringLiteral("<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">%1</SRS>\n</PAMDataset>\n")
          .arg(georeference.wkt.toHtmlEscaped());
  return writeFileSafely(base + QStringLiteral(".pgw"), worldFileText(viewport).toUtf8(), error,
                         makeDevice) &&
         writeFileSafely(base + QStringLiteral(".prj"), georeference.esriWkt.toUtf8(), error, makeDevice) &&
         writeFileSafely(pngPath + QStringLiteral(".aux.xml"), pam.toUtf8(), error, makeDevice);
}

double defaultPictureScale(QSize size) {
  return std::clamp(std::min(size.width() / 1920.0, size.height() / 1080.0), 1.0, 4.0);
}

namespace {

// The bytes of GDAL's in-memory file `name` (empty when there is none); the file is removed.
QByteArray takeMemoryFile(const std::string& name) {
  vsi_l_offset length = 0;
  GByte* data = VSIGetMemFileBuffer(name.c_str(), &length, TRUE);
  QByteArray bytes;
  if (data != nullptr)
    bytes = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
  CPLFree(data);
  return bytes;
}

// `image` as a GeoTIFF (RGB, deflate) with `georeference`, written by GDAL into memory: the
// bytes, or empty with `reason` set. A projection GeoTIFF's keys cannot hold (Equal Earth) goes
// to GDAL's side file, whose bytes are put in `auxXml` (else it is left empty).
QByteArray geoTiffBytes(const QImage& image, const PictureGeoreference& georeference, QString& reason,
                        QByteArray& auxXml) {
  if (GDALGetDriverByName("GTiff") == nullptr) GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("GTiff");
  if (driver == nullptr) {
    reason = ExportText::tr("GDAL has no GeoTIFF driver");
    return {};
  }
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  static std::atomic<int> serial{0};
  const std::string name = "/vsimem/okhotsk-picture-" + std::to_string(serial++) + ".tif";
  const char* const options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", "INTERLEAVE=PIXEL", nullptr};
  GDALDatasetH dataset =
      GDALCreate(driver, name.c_str(), rgb.width(), rgb.height(), 3, GDT_Byte,
                 const_cast<char**>(options));  // NOLINT(cppcoreguidelines-pro-type-const-cast)
  if (dataset == nullptr) {
    reason =
        ExportText::tr("GDAL could not create the GeoTIFF: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
    return {};
  }
  std::array<double, 6> transform = georeference.geoTransform;
  bool ok = GDALSetGeoTransform(dataset, transform.data()) == CE_None &&
            GDALSetProjection(dataset, georeference.wkt.toUtf8().constData()) == CE_None;
  // Every band from the one RGB buffer: 3 bytes per pixel, the bands one byte apart.
  ok = ok && GDALDatasetRasterIO(
                 dataset, GF_Write, 0, 0, rgb.width(), rgb.height(),
                 const_cast<uchar*>(rgb.constBits()),  // NOLINT(cppcoreguidelines-pro-type-const-cast)
                 rgb.width(), rgb.height(), GDT_Byte, 3, nullptr, 3, static_cast<int>(rgb.bytesPerLine()),
                 1) == CE_None;
  if (!ok)
    reason =
        ExportText::tr("GDAL could not write the GeoTIFF: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
  GDALClose(dataset);
  QByteArray bytes = takeMemoryFile(name);
  auxXml = takeMemoryFile(name + ".aux.xml");
  if (!ok) return {};
  if (bytes.isEmpty()) reason = ExportText::tr("GDAL wrote an empty GeoTIFF");
  return bytes;
}

// The picture in `format`, drawn into memory: the bytes, or empty with `reason` set.
QByteArray drawPicture(PictureFormat format, MapRenderer& renderer, const MapViewport& viewport,
                       const MapScene& scene, const RenderOptions& options, const QString& title,
                       QString& reason, QByteArray& sideFile) {
  const QSize pixels = viewport.size();
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QPainter painter;
  switch (format) {
    case PictureFormat::Png:
    case PictureFormat::GeoTiff: {
      QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
      image.fill(Qt::white);
      painter.begin(&image);
      renderer.render(painter, viewport, scene, options);
      painter.end();
      if (format == PictureFormat::GeoTiff) {
        buffer.close();
        return geoTiffBytes(image, pictureGeoreference(viewport), reason, sideFile);
      }
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
  if (!format) return fail(ExportText::tr("the file must end in .png, .svg, .pdf, .tif or .tiff"));
  if (viewport.size().isEmpty()) return fail(ExportText::tr("the picture has no size"));
  const QString title = ExportText::tr("Okhotsk Atlas — %1", "title of an exported picture; %1 is the date")
                            .arg(QString::fromStdString(isoDate(scene.day)));
  // Drawn into memory first, so that every byte reaches the disk through the checked write and
  // a full disk cannot leave half a picture in place of the old one.
  // A picture shows the map, never what the user happens to have selected in the window.
  MapScene unselected = scene;
  unselected.selection = {};
  QString reason;
  QByteArray sideFile;
  const QByteArray bytes =
      drawPicture(*format, renderer, viewport, unselected, options, title, reason, sideFile);
  if (!reason.isEmpty()) return fail(reason);
  if (!writeFileSafely(path, bytes, error, makeDevice)) return false;
  if (*format != PictureFormat::GeoTiff) return true;
  // The GeoTIFF's projection where its keys could not hold it; an older side file would
  // contradict the new picture.
  const QString auxPath = path + QStringLiteral(".aux.xml");
  if (sideFile.isEmpty())
    return !QFileInfo::exists(auxPath) || QFile::remove(auxPath) ||
           fail(ExportText::tr("cannot remove the old %1").arg(auxPath));
  return writeFileSafely(auxPath, sideFile, error, makeDevice);
}

}  // namespace okhotsk::app
