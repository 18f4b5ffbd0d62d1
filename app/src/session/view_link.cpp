// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/view_link.h"

#include "session/view/map_viewport.h"
#include "text/date_error_text.h"

#include "okhotsk/edtf.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

namespace okhotsk::app {

namespace {

constexpr auto kScheme = QLatin1String("okhotsk:");

constexpr std::array<std::pair<ViewLayer, const char*>, 6> kLayers{{
    {ViewLayer::Legend, "legend"},
    {ViewLayer::Events, "events"},
    {ViewLayer::Labels, "labels"},
    {ViewLayer::DateStamp, "date"},
    {ViewLayer::ScaleBar, "scale"},
    {ViewLayer::Credit, "credit"},
}};

// Percent-encodes all but letters, digits and "-._~" and the characters listed.
QString encoded(const QString& text, const QByteArray& keep) {
  return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

QString decoded(QStringView text) {
  return QUrl::fromPercentEncoding(text.toUtf8());
}

}  // namespace

QString viewLayerCode(ViewLayer layer) {
  for (const auto& [known, code] : kLayers)
    if (known == layer) return QString::fromLatin1(code);
  return {};
}

bool isViewLink(const QString& text) {
  return text.trimmed().startsWith(kScheme, Qt::CaseInsensitive);
}

QString encodeViewLink(const ViewLink& link) {
  // The date is the path: EDTF's "/", ":" and "+" (intervals, times) stay readable.
  QString text = kScheme + encoded(link.date, "/:+");
  QStringList query{QStringLiteral("v=%1").arg(kViewLinkVersion)};
  const auto add = [&query](const char* key, const QString& value) {
    if (!value.isEmpty()) query.append(QString::fromLatin1(key) + u'=' + encoded(value, ","));
  };
  add("view", link.view);
  if (link.language) add("lang", QString::fromStdString(std::string(languageCode(*link.language))));
  if (link.namingOrder) add("names", QString::fromStdString(std::string(namingOrderCode(*link.namingOrder))));
  if (link.hiddenLayers) {
    QStringList hidden;
    for (const auto& [layer, code] : kLayers)
      if ((*link.hiddenLayers & static_cast<unsigned>(layer)) != 0U) hidden.append(QString::fromLatin1(code));
    // "hide=" with nothing after it says "every layer on", which is not the same as not saying.
    query.append(QStringLiteral("hide=") + hidden.join(u','));
  }
  add("territory", link.territoryId);
  add("event", link.eventId);
  return text + u'?' + query.join(u'&');
}

namespace {

// The link's path: a date in EDTF with a first day, or a problem.
void readDate(const QString& date, Language language, ViewLink& link, QStringList& problems) {
  if (date.isEmpty()) return;
  FirstDayError error;
  if (firstDayOf(date.toStdString(), &error)) {
    link.date = date;
    return;
  }
  const QString reason = error.reason == FirstDayError::Reason::NotEdtf
                             ? edtfErrorText(date, error.edtf, language)
                             : ViewLinkText::tr("the date has no first day (its start is open)");
  problems.append(ViewLinkText::tr("the link’s date “%1” was left out: %2").arg(date, reason));
}

void readVersion(const QString& value, QStringList& problems, const std::function<void()>& reject) {
  bool ok = false;
  const int version = value.toInt(&ok);
  if (!ok || version < 1)
    reject();
  else if (version > kViewLinkVersion)
    problems.append(ViewLinkText::tr("the link was made by a newer version of the atlas (format "
                                     "%1); what this version understands of it is shown")
                        .arg(version));
}

// "legend,credit": the layers switched off; an unknown name is reported and skipped.
unsigned readHiddenLayers(const QString& value, QStringList& problems) {
  unsigned hidden = 0;
  for (const QStringView code : QStringView(value).split(u',', Qt::SkipEmptyParts)) {
    const auto known = std::find_if(kLayers.begin(), kLayers.end(), [&](const auto& layer) {
      return code.trimmed() == QLatin1String(layer.second);
    });
    if (known != kLayers.end())
      hidden |= static_cast<unsigned>(known->first);
    else
      problems.append(ViewLinkText::tr("the link’s layer “%1” was left out: the atlas has no such layer")
                          .arg(code.trimmed().toString()));
  }
  return hidden;
}

// One key=value of the query. Any key this version does not know is from a later version or
// another tool: ignored, as promised.
void readQueryItem(const QString& key, const QString& value, ViewLink& link, QStringList& problems) {
  const auto reject = [&problems, &key, &value] {
    problems.append(ViewLinkText::tr("the link’s “%1” value “%2” was left out: it is not one the "
                                     "atlas knows")
                        .arg(key, value));
  };
  if (key == u"v") {
    readVersion(value, problems, reject);
  } else if (key == u"view") {
    QString error;
    if (MapViewport::fromSpec(value, QSize(800, 600), &error))
      link.view = value;
    else
      problems.append(ViewLinkText::tr("the link’s map view “%1” was left out: %2").arg(value, error));
  } else if (key == u"lang") {
    if (const auto chosen = languageFromCode(value.toStdString()))
      link.language = chosen;
    else
      reject();
  } else if (key == u"names") {
    if (const auto order = namingOrderFromCode(value.toStdString()))
      link.namingOrder = order;
    else
      reject();
  } else if (key == u"hide") {
    link.hiddenLayers = readHiddenLayers(value, problems);
  } else if (key == u"territory") {
    link.territoryId = value;
  } else if (key == u"event") {
    link.eventId = value;
  }
}

}  // namespace

ViewLinkReadResult decodeViewLink(const QString& text, Language language) {
  ViewLinkReadResult result;
  const QString trimmed = text.trimmed();
  if (!isViewLink(trimmed)) {
    result.problems.append(
        ViewLinkText::tr("“%1” is not a view link: a view link starts with “okhotsk:”").arg(trimmed));
    return result;
  }
  QStringView rest = QStringView(trimmed).mid(kScheme.size());
  while (rest.startsWith(u'/')) rest = rest.mid(1);
  const qsizetype question = rest.indexOf(u'?');
  const QStringView path = question < 0 ? rest : rest.left(question);
  const QStringView queryText = question < 0 ? QStringView() : rest.mid(question + 1);

  ViewLink link;
  readDate(decoded(path).trimmed(), language, link, result.problems);
  for (const QStringView item : queryText.split(u'&', Qt::SkipEmptyParts)) {
    const qsizetype equals = item.indexOf(u'=');
    const QString key = decoded(equals < 0 ? item : item.left(equals)).trimmed().toLower();
    const QString value = equals < 0 ? QString() : decoded(item.mid(equals + 1)).trimmed();
    readQueryItem(key, value, link, result.problems);
  }
  result.link = std::move(link);
  return result;
}

}  // namespace okhotsk::app
