// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file view_link.h
/// A view of the atlas as a short text link that pastes into a note or an e-mail:
///
///   okhotsk:1945-08-30?v=1&view=146.200,43.600,420.0km&lang=ja&names=russian-first
///          &hide=legend,credit&territory=etorofu&event=E013
///
/// The date (EDTF, as typed) is the link's path; everything else is an optional query key:
/// `v` the format's version (1), `view` the map's centre and width or a named view
/// (MapViewport::fromSpec), `lang` en|ja|ru, `names` the naming order (namingOrderCode),
/// `hide` the map layers switched off, `territory` and `event` the selection. Reading is
/// tolerant: unknown keys are ignored, a bad value is reported and left out, the rest is kept.

#include "okhotsk/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace okhotsk::app {

/// The translation context of what is wrong with a view link.
class ViewLinkText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::ViewLinkText)
};

/// The map's layers a link can switch off (bits of ViewLink::hiddenLayers).
enum class ViewLayer : unsigned {
  Legend = 1U << 0U,
  Events = 1U << 1U,
  Labels = 1U << 2U,
  DateStamp = 1U << 3U,
  ScaleBar = 1U << 4U,
  Credit = 1U << 5U,
};
inline constexpr unsigned kAllViewLayers = 0x3FU;
/// The name of a layer in a link ("legend", "events", "labels", "date", "scale", "credit").
[[nodiscard]] QString viewLayerCode(ViewLayer layer);

/// One view. Every part is optional: a link names what it wants and the rest stays as it is.
struct ViewLink {
  QString date;  ///< EDTF as typed ("1945-08-30", "1945~", "1956-10-19/1956-12-12"); empty: none
  QString view;  ///< a MapViewport spec ("146.200,43.600,420.0km", "world"); empty: none
  std::optional<Language> language;
  std::optional<NamingOrder> namingOrder;
  std::optional<unsigned> hiddenLayers;  ///< ViewLayer bits; empty: not said
  QString territoryId;                   ///< selected territory; empty: none
  QString eventId;                       ///< selected event; empty: none

  friend bool operator==(const ViewLink&, const ViewLink&) = default;
};

/// The version of the link format this program writes and reads.
inline constexpr int kViewLinkVersion = 1;

/// The link's text (URL-safe: EDTF's "?", "%" and spaces are percent-encoded).
[[nodiscard]] QString encodeViewLink(const ViewLink& link);

/// What reading a link gave: the view (empty when the text is not a view link at all) and
/// every problem found, each a sentence for the user.
struct ViewLinkReadResult {
  std::optional<ViewLink> link;
  QStringList problems;
};

/// Reads a link (spaces around it ignored; "okhotsk://…" accepted too). A text that is not an
/// okhotsk: link gives no view and one problem; a bad value (a date that is not EDTF, an
/// unknown language, a view that cannot be read, a layer it does not know, a newer version)
/// is reported and left out. `language` words a date's mistake (as TimeController::jumpTo).
[[nodiscard]] ViewLinkReadResult decodeViewLink(const QString& text, Language language = Language::English);

/// Whether `text` looks like a view link (starts with "okhotsk:"), e.g. on a command line.
[[nodiscard]] bool isViewLink(const QString& text);

}  // namespace okhotsk::app
