// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/tour.h"

#include "okhotsk/language.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace okhotsk::app {

class AtlasDocument;
class DisplaySettings;

/// How a tour becomes a web export.
struct TourWebOptions {
  QSize imageSize{1600, 900};  ///< each stop's map, in pixels
};

/// The page of a web export in `language`, relative to its folder: index.html (English),
/// index.ja.html, index.ru.html.
[[nodiscard]] QString tourWebPageName(Language language);

/// The map of stop `stop` (from 0) on the page in `language`, relative to the export's folder:
/// images/en/stop-01.png, … (two digits at least, more for a tour of a hundred stops or more).
[[nodiscard]] QString tourWebImageName(Language language, int stop, int stopCount);

/// Writes a tour as web pages that open from a folder or a USB stick with no server
/// (okhotsk-atlas --tour FILE --export-web DIR): index.html, index.ja.html and index.ru.html,
/// one page per language, each with the tour's title, a list of its stops, then each stop as a
/// section (id="stop-1", …) with its map (a link to it at full size), its date spelled out in the
/// page's language (formatEdtf), the caption, the highlighted event's title
/// and date, the event's sources as full citations, Previous / Contents / Next links and links
/// to the other two languages; then every source the tour cites (tourSourceIds) and the
/// atlas's credit line. Each stop's map is drawn by drawTourFrames() as the stop's held frame
/// (without the caption band: the page prints the caption), once per language, since the map's
/// labels, legend and credit follow the language: images/<code>/stop-NN.png. The pages are
/// HTML5 written as well-formed XHTML, with inline CSS, a few lines of inline script for the
/// arrow keys and nothing from outside; the links work with scripts off. The pages' own words
/// come from the catalogue of the page's language (translation context "TourWeb"); the map's
/// words are drawn with that catalogue installed for the time of the drawing.
///
/// `folder` is created when needed. A folder that is not empty must hold an earlier web export
/// of the atlas (its index.html names the atlas as generator): its files are replaced, and maps
/// of stops the tour no longer has are removed. Any other folder is refused, untouched, with
/// `error` naming it. Each file is written atomically and checked (writeFileSafely). `progress`
/// (may be empty) is told done/total after each file and may return false to stop. When a file
/// cannot be written, or the export was stopped, false is returned with `error` naming the file
/// and the reason (the folder, when stopped); no temporary file is left, and an export into a new or empty
/// folder removes what it wrote. `written` (may be null) receives the files written and left in the folder,
/// pages and maps. Call it on the application's thread: it installs a catalogue on the
/// application while it draws (so the windows get a LanguageChange event, and keep their words).
bool writeTourWeb(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                  const QString& folder, const TourWebOptions& options, QString* error = nullptr,
                  const std::function<bool(int done, int total)>& progress = {},
                  QStringList* written = nullptr);

}  // namespace okhotsk::app
