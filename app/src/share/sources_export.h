// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/safe_write.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

class QWidget;

namespace okhotsk {
class Dataset;
}

namespace okhotsk::app {

/// The translation context of copying and exporting sources.
class SourcesExportText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::SourcesExport)
};

/// The formats citation managers import (Zotero takes both).
enum class CitationFormat : unsigned char { Bibtex, CslJson };

/// The sources with these ids (unknown ids left out, each once, in order) as BibTeX or
/// CSL-JSON (okhotsk/citation_export.h).
[[nodiscard]] QString sourcesAs(const Dataset& dataset, const std::vector<std::string>& sourceIds,
                                CitationFormat format);

/// Puts sourcesAs() on the clipboard.
void copySources(const Dataset& dataset, const std::vector<std::string>& sourceIds, CitationFormat format);

/// The format a file name asks for: CSL-JSON for ".json", BibTeX otherwise (".bib").
[[nodiscard]] CitationFormat citationFormatFor(const QString& path);

/// Writes the sources to `path` in the format its name asks for, atomically and checked
/// (writeFileSafely); false with `error` naming the file when it cannot be written or when
/// there is no source to write.
bool writeSourcesFile(const Dataset& dataset, const std::vector<std::string>& sourceIds, const QString& path,
                      QString* error = nullptr, const SaveDeviceFactory& makeDevice = {});

/// Asks for a file to export sources to (BibTeX or CSL-JSON), proposing `suggestedName` (without
/// its extension) in the documents folder. A name typed without an extension takes the chosen
/// format's. Empty when the user cancels.
[[nodiscard]] QString askForSourcesFile(QWidget* parent, const QString& suggestedName);

/// Asks for a file (askForSourcesFile) and writes the
/// sources there; a failure is reported in a message box over `parent`. Returns the file
/// written, or an empty string when nothing was written.
QString exportSourcesInteractively(QWidget* parent, const Dataset& dataset,
                                   const std::vector<std::string>& sourceIds, const QString& suggestedName);

}  // namespace okhotsk::app
