// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/date_error_text.h"

#include "session/interface_language.h"

#include <QLocale>

namespace okhotsk::app {

namespace {

// The kinds whose words need only the text and the character's number (1-based).
QString simpleKindText(EdtfErrorKind kind) {
  switch (kind) {
    case EdtfErrorKind::Empty:
      return DateText::tr("Type a date, for example 1956-10-19.");
    case EdtfErrorKind::Incomplete:
      return DateText::tr("\"%1\" ends before the date does: write year-month-day, for example 1956-10-19.");
    case EdtfErrorKind::Whitespace:
      return DateText::tr("\"%1\": a date has no spaces (character %2).");
    case EdtfErrorKind::TimeOfDay:
      return DateText::tr(
          "\"%1\": the time of day is impossible or not allowed there (character %2); write it whole "
          "after a full date, as in 1945-08-09T11:02:00 or 1945-08-09T11:02:00+09:00.");
    case EdtfErrorKind::Character:
      return DateText::tr(
          "\"%1\": character %2 has no place in a date (write, for example, 1956-10-19, 1956-10 or "
          "1956?).");
    case EdtfErrorKind::Digits:
      return DateText::tr("\"%1\": a month and a day have two digits each, as in 1956-01-05.");
    case EdtfErrorKind::Year:
      return DateText::tr("\"%1\": the year is not written the way EDTF writes years (character %2).");
    case EdtfErrorKind::Qualifier:
      return DateText::tr("\"%1\": ?, ~ or % comes once, at the end of the date.");
    case EdtfErrorKind::Interval:
      return DateText::tr("\"%1\": an interval is written start/end, for example 1945-08-09/1945-09-05.");
    case EdtfErrorKind::IntervalOrder:
      return DateText::tr("\"%1\": the interval starts after it ends.");
    case EdtfErrorKind::NoSuchMonth:
    case EdtfErrorKind::NoSuchDay:
    case EdtfErrorKind::Unsupported:
    case EdtfErrorKind::Other:
      break;
  }
  return DateText::tr("\"%1\" is a form of date the atlas does not read (character %2).");
}

}  // namespace

QString edtfErrorText(const QString& input, const EdtfError& error, Language language) {
  if (language == Language::English) return QString::fromStdString(error.message());
  const QString text = input.trimmed();
  if (error.kind == EdtfErrorKind::NoSuchMonth)
    return DateText::tr("\"%1\": there is no month %2.").arg(text, QString::number(error.month));
  if (error.kind == EdtfErrorKind::NoSuchDay) {
    const QLocale locale = InterfaceLanguage::localeFor(language);
    return DateText::tr("\"%1\": %3 %4 has no day %2.",
                        "%2 the day, %3 the month's name as in a date (Russian: genitive), %4 the year")
        .arg(text, QString::number(error.day), locale.monthName(error.month, QLocale::LongFormat),
             QString::number(error.year));  // one call: "%330" after a first .arg() would read as %33
  }
  if (error.kind == EdtfErrorKind::Empty) return simpleKindText(error.kind);
  // The template decides what it shows; the typed text is never read for placeholders.
  const QString words = simpleKindText(error.kind);
  if (!words.contains(QStringLiteral("%2"))) return words.arg(text);
  return words.arg(text, QString::number(error.position + 1));
}

}  // namespace okhotsk::app
