// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/panel_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace okhotsk::app::panel_text {

namespace {

// Longest short citation kept whole; longer ones are cut at a word.
constexpr qsizetype kShortCitationLength = 52;

QString elideAtWord(const QString& text, qsizetype length) {
  if (text.size() <= length) return text;
  qsizetype cut = text.lastIndexOf(QLatin1Char(' '), length - 1);
  if (cut < length / 2) cut = length - 1;
  return text.left(cut).trimmed() + QStringLiteral("…");
}

// "Barbieri, Katherine, and Omar M. G. Keshk" + "2016" → "Barbieri & Keshk 2016".
QString authorYear(const QString& authors, const QString& year) {
  const QString firstSurname = authors.section(QLatin1Char(','), 0, 0).trimmed();
  const qsizetype lastAnd = authors.lastIndexOf(QStringLiteral(" and "));
  if (lastAnd < 0) return firstSurname + QLatin1Char(' ') + year;
  // Names before the last "and" come as "Surname, Given" pairs; two fields mean one author.
  const QStringList before = authors.left(lastAnd).split(QLatin1Char(','), Qt::SkipEmptyParts);
  const QString lastAuthor = authors.mid(lastAnd + 5).trimmed();
  const QString lastSurname = lastAuthor.section(QLatin1Char(' '), -1);
  if (before.size() <= 2) return firstSurname + QStringLiteral(" & ") + lastSurname + QLatin1Char(' ') + year;
  return firstSurname + QStringLiteral(" et al. ") + year;
}
}  // namespace

QString shortCitation(const std::string& citation) {
  QString text = qs(citation).simplified();
  if (text.isEmpty()) return text;
  // Author–year style: "Surname, Given, and Given Surname. 2016. Title. …"
  static const QRegularExpression authorYearPattern(QStringLiteral(R"(^(.{3,160}?)\.\s+(\d{4}[a-z]?)\.\s)"));
  if (const QRegularExpressionMatch match = authorYearPattern.match(text); match.hasMatch())
    return authorYear(match.captured(1), match.captured(2));

  // Otherwise the head before any subtitle, explanation or list.
  QString head = text;
  for (const QString& stop : {QStringLiteral(":"), QStringLiteral(" ("), QStringLiteral(";")}) {
    const qsizetype at = head.indexOf(stop);
    if (at > 0) head = head.left(at);
  }
  const QStringList parts = head.split(QStringLiteral(", "));
  QString result = parts.front();
  if (parts.size() > 1 && result.size() + 2 + parts[1].size() <= kShortCitationLength)
    result += QStringLiteral(", ") + parts[1];
  return elideAtWord(result.trimmed(), kShortCitationLength);
}

QString stateName(const Dataset& dataset, const std::string& stateId, Language language) {
  const State* state = dataset.state(stateId);
  return state ? qs(state->name.get(language)) : qs(stateId);
}

QString stateNameInSentence(const Dataset& dataset, const std::string& stateId, Language language) {
  QString name = stateName(dataset, stateId, language);
  // English needs the article before names of several words ("the Soviet Union"), not
  // before one-word country names ("Japan").
  if (language == Language::English && name.contains(QLatin1Char(' ')) &&
      !name.startsWith(QStringLiteral("the "), Qt::CaseInsensitive))
    return QStringLiteral("the ") + name;
  return name;
}

QString stateListInSentence(const Dataset& dataset, const std::vector<std::string>& stateIds,
                            Language language) {
  QStringList names;
  for (const std::string& id : stateIds) names << stateNameInSentence(dataset, id, language);
  if (names.size() <= 1) return names.join(QString());
  const QString last = names.takeLast();
  return PanelText::tr("%1 and %2", "the last two items of a list of states: A, B and C")
      .arg(names.join(PanelText::tr(", ", "separator between items of a list of states")), last);
}

QString stateList(const Dataset& dataset, const std::vector<std::string>& stateIds, Language language) {
  QStringList names;
  for (const std::string& id : stateIds) names << stateName(dataset, id, language);
  return names.join(QStringLiteral(", "));
}

QString bothNames(const PlaceNames& names, Language language, NamingOrder order) {
  const NamingOrder pairOrder = order == NamingOrder::English ? NamingOrder::JapaneseFirst : order;
  QString pair = qs(names.label(language, pairOrder));
  if (order == NamingOrder::English && language == Language::English && !names.english.empty() &&
      qs(names.english) != pair)
    return qs(names.english) + QStringLiteral(" (") + pair + QLatin1Char(')');
  return pair;
}

QString controlKindName(ControlKind kind) {
  switch (kind) {
    case ControlKind::Sovereignty:
      return PanelText::tr("Sovereignty", "kind of control over a territory");
    case ControlKind::Joint:
      return PanelText::tr("Joint (undivided)", "kind of control: two states share an undivided territory");
    case ControlKind::MilitaryOccupation:
      return PanelText::tr("Military occupation", "kind of control over a territory");
    case ControlKind::AdministeredDisputed:
      return PanelText::tr("Administered; sovereignty disputed", "kind of control over a territory");
    case ControlKind::Transition:
      return PanelText::tr("Transition", "kind of control: a handover in progress");
  }
  return {};
}

QString precisionWords(Precision precision) {
  switch (precision) {
    case Precision::Day:
      return PanelText::tr("known to the day");
    case Precision::Month:
      return PanelText::tr("known to the month");
    case Precision::Season:
      return PanelText::tr("known to the season");
    case Precision::Year:
      return PanelText::tr("known to the year");
    case Precision::Decade:
      return PanelText::tr("known to the decade");
    case Precision::Century:
      return PanelText::tr("known to the century");
    case Precision::Millennium:
      return PanelText::tr("known to the millennium");
  }
  return {};
}

namespace {
QString qualifierWords(const Qualifiers& qualifiers) {
  if (qualifiers.uncertain && qualifiers.approximate) return PanelText::tr("uncertain and approximate");
  if (qualifiers.uncertain) return PanelText::tr("uncertain");
  if (qualifiers.approximate) return PanelText::tr("approximate");
  return {};
}

QString endpointWords(const EdtfEndpoint& endpoint, bool isStart) {
  switch (endpoint.kind) {
    case EndpointKind::Open:
      return isStart ? PanelText::tr("open start") : PanelText::tr("no end (ongoing)");
    case EndpointKind::Unknown:
      return isStart ? PanelText::tr("start unknown") : PanelText::tr("end unknown");
    case EndpointKind::Date:
      break;
  }
  const QString precision = precisionWords(endpoint.date.precision());
  const QString qualifiers = qualifierWords(endpoint.date.qualifiers());
  if (qualifiers.isEmpty())
    return (isStart ? PanelText::tr("start %1", "%1: how precisely the start is known")
                    : PanelText::tr("end %1", "%1: how precisely the end is known"))
        .arg(precision);
  return (isStart
              ? PanelText::tr("start %1, %2",
                              "%1: how precisely the start is known; %2: uncertain/approximate")
              : PanelText::tr("end %1, %2", "%1: how precisely the end is known; %2: uncertain/approximate"))
      .arg(precision, qualifiers);
}
}  // namespace

QString dateQualityWords(const Edtf& date) {
  if (!date.isInterval()) {
    const EdtfDate& single = date.start().date;
    QString words = precisionWords(single.precision());
    const QString qualifiers = qualifierWords(single.qualifiers());
    if (qualifiers.isEmpty()) return words;
    return PanelText::tr("%1; %2", "how precisely a date is known; uncertain/approximate")
        .arg(words, qualifiers);
  }
  return PanelText::tr("%1; %2", "how precisely a date is known; uncertain/approximate")
      .arg(endpointWords(date.start(), true), endpointWords(date.end(), false));
}

QString controlSentence(const Dataset& dataset, const ControlPeriod& period, Language language) {
  // Claimants that do not administer are the dispute; a state claiming what it administers
  // adds nothing to the sentence.
  std::vector<std::string> others;
  for (const std::string& id : period.claimedBy)
    if (std::find(period.administeredBy.begin(), period.administeredBy.end(), id) ==
        period.administeredBy.end())
      others.push_back(id);
  const QString administrators = stateListInSentence(dataset, period.administeredBy, language);
  const QString claimants = stateListInSentence(dataset, others, language);
  // Whole sentences, so that each language can order its words its own way.
  if (period.administeredBy.empty())
    return others.empty() ? PanelText::tr("No administering state recorded; no other claim recorded.")
                          : PanelText::tr("No administering state recorded; claimed by %1.").arg(claimants);
  if (period.administeredBy.size() > 1 || period.kind == ControlKind::Joint)
    return others.empty()
               ? PanelText::tr("Administered jointly by %1; no other claim recorded.").arg(administrators)
               : PanelText::tr("Administered jointly by %1; claimed by %2.").arg(administrators, claimants);
  return others.empty() ? PanelText::tr("Administered by %1; no other claim recorded.").arg(administrators)
                        : PanelText::tr("Administered by %1; claimed by %2.").arg(administrators, claimants);
}

QString basisAndPositionsHtml(const Dataset& dataset, const ControlPeriod& period, Language language) {
  const QString muted = QStringLiteral("<span style=\"color:#5c636a\">%1</span>");

  const auto paragraph = [&](const LocalizedText& text,
                             const std::vector<std::string>& sourceIds) -> QString {
    if (text.en.empty()) return {};
    QString html = QStringLiteral("<p style=\"margin:4px 0\">") + qs(text.get(language)).toHtmlEscaped();
    if (!sourceIds.empty())
      html += QStringLiteral("<br/>") + muted.arg(PanelText::tr("Sources: %1", "%1: citations")
                                                      .arg(citationsText(dataset, sourceIds))
                                                      .toHtmlEscaped());
    return html + QStringLiteral("</p>");
  };
  QString html = paragraph(period.basis, {});
  // Side by side and in the same form: neither position is stated as fact.
  html += paragraph(period.positionJapan, period.positionJapanSourceIds);
  html += paragraph(period.positionRussia, period.positionRussiaSourceIds);
  return html;
}

QString sourcesHtml(const Dataset& dataset, const std::vector<std::string>& sourceIds, bool links) {
  if (sourceIds.empty()) return {};
  QString html = QStringLiteral("<ol style=\"margin-top:0; margin-left:-20px\">");
  for (const std::string& id : sourceIds) {
    const Source* source = dataset.source(id);
    html += QStringLiteral("<li>");
    if (!source) {
      html += qs(id).toHtmlEscaped();
    } else {
      html += qs(source->citation).toHtmlEscaped();
      for (const std::string& url : source->urls) {
        const QString address = qs(url).toHtmlEscaped();
        html += QStringLiteral("<br/>");
        if (links)
          html += QStringLiteral("<a href=\"%1\">%1</a>").arg(address);
        else
          html += QStringLiteral("<span style=\"color:#5c636a\">%1</span>").arg(address);
      }
    }
    html += QStringLiteral("</li>");
  }
  html += QStringLiteral("</ol>");
  return html;
}

QString citationsText(const Dataset& dataset, const std::vector<std::string>& sourceIds) {
  QStringList citations;
  for (const std::string& id : sourceIds) {
    const Source* source = dataset.source(id);
    citations << (source ? qs(source->citation) : qs(id));
  }
  return citations.join(QStringLiteral("; "));
}

QString areaText(double squareKilometres) {
  // As published: no digits added ("3,168", "3,168.5").
  return PanelText::tr("%1 km²", "an area; %1 is the number")
      .arg(QLocale().toString(squareKilometres, 'f', QLocale::FloatingPointShortest));
}

}  // namespace okhotsk::app::panel_text
