// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include <QCoreApplication>
#include <QString>

namespace okhotsk::app {

/// The translation context of what is wrong with a typed date.
class DateText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::DateText)
};

/// Why `input` is not a date the atlas reads, for a person who typed it. In English, the
/// parser's own reason ("at character 9: day 30 does not exist in February 1956"); in Japanese
/// and Russian, the kind of mistake worded from the catalogue ("「1956-02-30」：1956年2月に30日は
/// ありません。"), since the parser's reasons are English.
[[nodiscard]] QString edtfErrorText(const QString& input, const EdtfError& error, Language language);

}  // namespace okhotsk::app
