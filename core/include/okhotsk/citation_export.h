// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file citation_export.h
/// Sources for citation managers: CSL-JSON (the Citation Style Language's data schema 1.0.2,
/// which Zotero, Mendeley and pandoc read) and BibTeX (UTF-8, for biber, Zotero and JabRef),
/// and which sources an event, a view of the map or a tour cites.
///
/// The writers use a source's structured fields (type, authors, title, …) where they are
/// given, and fall back to what every source has: `citation` becomes the title, the first
/// address the URL, and the type follows `quality`. So a dataset whose sources are only
/// citations still exports valid, importable entries.

#include "okhotsk/calendar.h"
#include "okhotsk/model.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk {

class Dataset;

/// The CSL item type a source is filed as: "treaty", "manuscript", "document", "webpage",
/// "report", "book", "article-journal", "article-newspaper", "entry-encyclopedia", "dataset".
[[nodiscard]] std::string_view cslType(const Source& source);

/// The sources as a CSL-JSON array (one item per source, in order), indented, UTF-8 (a byte
/// that is not UTF-8 becomes U+FFFD). Each item has `id` (the source id) and `type`, and the
/// fields the source gives: author ({family, given} for "Family, Given", {literal} for an
/// institution), title, container-title, publisher, issued and accessed as date-parts
/// (with "circa" for an uncertain or approximate date), page, archive, URL (the first
/// web address), language and note (the other addresses).
[[nodiscard]] std::string toCslJson(std::span<const Source> sources);

/// The BibTeX entry type of a source: "book", "article", "incollection", "techreport",
/// "online", "unpublished" or "misc".
[[nodiscard]] std::string_view bibtexType(const Source& source);

/// BibTeX keys for the sources, in order: each id with characters BibTeX does not take in a key
/// replaced by '_', made unique (ignoring case) by a "_2", "_3", … suffix.
[[nodiscard]] std::vector<std::string> bibtexKeys(std::span<const Source> sources);

/// `text` for a BibTeX field in braces: LaTeX's special characters escaped (\&, \%, \#, \_,
/// \$, \textasciitilde{}, \textasciicircum{}, \textbackslash{}), braces written as
/// \textbraceleft{} and \textbraceright{} so that every entry stays balanced; other text,
/// Japanese and Russian included, stays UTF-8 as it is.
[[nodiscard]] std::string bibtexEscape(std::string_view text);

/// The sources as BibTeX entries, separated by a blank line. Persons' names are written as
/// given ("Family, Given", joined with " and "); an institution is braced so that it is not
/// split into names. URLs go to `url` as they are (braces and spaces percent-encoded).
[[nodiscard]] std::string toBibtex(std::span<const Source> sources);

/// The sources as plain text: per source "id: citation" and each address indented on a line of
/// its own.
[[nodiscard]] std::string toCitationText(std::span<const Source> sources);

/// The sources with these ids, in this order, each once; ids the dataset does not know are
/// left out.
[[nodiscard]] std::vector<Source> sourcesByIds(const Dataset& dataset, std::span<const std::string> ids);

/// What a view of the atlas shows: a day, and the selected territory and event (either may be
/// empty).
struct CitedSelection {
  DayNumber day = 0;
  std::string territoryId;
  std::string eventId;
};

/// The sources behind a view: the selected territory's control on that day (both candidate
/// periods on an uncertain day) and the selected event's own sources; with nothing selected
/// (or only ids the dataset does not know), the control of every territory of the story (not
/// the context-only ones) on that day. Each id once, in first-cited order.
[[nodiscard]] std::vector<std::string> viewCitedSourceIds(const Dataset& dataset, const CitedSelection& view);

/// The sources of a tour: each stop's view (viewCitedSourceIds), in stop order, each id once.
[[nodiscard]] std::vector<std::string> stopsCitedSourceIds(const Dataset& dataset,
                                                           std::span<const CitedSelection> stops);

/// The events' own sources, event by event in the order given, each id once; unknown event ids
/// are skipped.
[[nodiscard]] std::vector<std::string> eventsCitedSourceIds(const Dataset& dataset,
                                                            std::span<const std::string> eventIds);

}  // namespace okhotsk
