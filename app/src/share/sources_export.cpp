// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/sources_export.h"

#include "okhotsk/citation_export.h"
#include "okhotsk/dataset.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace okhotsk::app {

QString sourcesAs(const Dataset& dataset, const std::vector<std::string>& sourceIds, CitationFormat format) {
  const std::vector<Source> sources = sourcesByIds(dataset, sourceIds);
  return QString::fromStdString(format == CitationFormat::CslJson ? toCslJson(sources) : toBibtex(sources));
}

void copySources(const Dataset& dataset, const std::vector<std::string>& sourceIds, CitationFormat format) {
  QApplication::clipboard()->setText(sourcesAs(dataset, sourceIds, format));
}

CitationFormat citationFormatFor(const QString& path) {
  return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? CitationFormat::CslJson
                                                                     : CitationFormat::Bibtex;
}

bool writeSourcesFile(const Dataset& dataset, const std::vector<std::string>& sourceIds, const QString& path,
                      QString* error, const SaveDeviceFactory& makeDevice) {
  if (sourcesByIds(dataset, sourceIds).empty()) {
    if (error != nullptr)
      *error = SourcesExportText::tr("cannot write %1: there are no sources to export").arg(path);
    return false;
  }
  return writeFileSafely(path, sourcesAs(dataset, sourceIds, citationFormatFor(path)).toUtf8(), error,
                         makeDevice);
}

QString askForSourcesFile(QWidget* parent, const QString& suggestedName) {
  const QString bibtex = SourcesExportText::tr("BibTeX (*.bib)");
  const QString csl = SourcesExportText::tr("CSL-JSON (*.json)");
  QString filter = bibtex;
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  QString path = QFileDialog::getSaveFileName(parent, SourcesExportText::tr("Export Sources"),
                                              QDir(folder).filePath(suggestedName + QStringLiteral(".bib")),
                                              bibtex + QStringLiteral(";;") + csl, &filter);
  if (path.isEmpty()) return {};
  if (!path.endsWith(QStringLiteral(".bib"), Qt::CaseInsensitive) &&
      !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
    path += filter == csl ? QStringLiteral(".json") : QStringLiteral(".bib");
  return path;
}

QString exportSourcesInteractively(QWidget* parent, const Dataset& dataset,
                                   const std::vector<std::string>& sourceIds, const QString& suggestedName) {
  QString path = askForSourcesFile(parent, suggestedName);
  if (path.isEmpty()) return {};
  QString error;
  if (!writeSourcesFile(dataset, sourceIds, path, &error)) {
    QMessageBox::warning(parent, SourcesExportText::tr("Sources not exported"), error);
    return {};
  }
  return path;
}

}  // namespace okhotsk::app
