#include "text/panel_text.h"

#include "text/in_language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace okhotsk::app::panel_text {

namespace {
QString tr(const char* text) {
  return QCoreApplication::translate("okhotsk::app::PanelText", text);
}

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
  if (language == Language::Japanese) return names.join(QStringLiteral("、")) + QStringLiteral("、") + last;
  return names.join(QStringLiteral(", ")) + inLanguage(language, u" and ", u"", u" и ") + last;
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

QString controlKindName(ControlKind kind, Language language) {
  switch (kind) {
    case ControlKind::Sovereignty:
      return inLanguage(language, u"Sovereignty", u"主権", u"Суверенитет");
    case ControlKind::Joint:
      return inLanguage(language, u"Joint (undivided)", u"共同統治（境界なし）",
                        u"Совместное владение (без границы)");
    case ControlKind::MilitaryOccupation:
      return inLanguage(language, u"Military occupation", u"軍事占領", u"Военная оккупация");
    case ControlKind::AdministeredDisputed:
      return inLanguage(language, u"Administered; sovereignty disputed", u"施政下・主権係争中",
                        u"Под управлением; суверенитет оспаривается");
    case ControlKind::Transition:
      return inLanguage(language, u"Transition", u"移行期", u"Переходный период");
  }
  return {};
}

QString precisionWords(Precision precision) {
  switch (precision) {
    case Precision::Day:
      return tr("known to the day");
    case Precision::Month:
      return tr("known to the month");
    case Precision::Season:
      return tr("known to the season");
    case Precision::Year:
      return tr("known to the year");
    case Precision::Decade:
      return tr("known to the decade");
    case Precision::Century:
      return tr("known to the century");
    case Precision::Millennium:
      return tr("known to the millennium");
  }
  return {};
}

namespace {
QString qualifierWords(const Qualifiers& qualifiers) {
  if (qualifiers.uncertain && qualifiers.approximate) return tr("uncertain and approximate");
  if (qualifiers.uncertain) return tr("uncertain");
  if (qualifiers.approximate) return tr("approximate");
  return {};
}

QString endpointWords(const EdtfEndpoint& endpoint, bool isStart) {
  switch (endpoint.kind) {
    case EndpointKind::Open:
      return isStart ? tr("open start") : tr("no end (ongoing)");
    case EndpointKind::Unknown:
      return isStart ? tr("start unknown") : tr("end unknown");
    case EndpointKind::Date:
      break;
  }
  QString words = (isStart ? tr("start ") : tr("end ")) + precisionWords(endpoint.date.precision());
  const QString qualifiers = qualifierWords(endpoint.date.qualifiers());
  if (!qualifiers.isEmpty()) words += QStringLiteral(", ") + qualifiers;
  return words;
}
}  // namespace

QString dateQualityWords(const Edtf& date) {
  if (!date.isInterval()) {
    const EdtfDate& single = date.start().date;
    QString words = precisionWords(single.precision());
    const QString qualifiers = qualifierWords(single.qualifiers());
    if (!qualifiers.isEmpty()) words += QStringLiteral("; ") + qualifiers;
    return words;
  }
  return endpointWords(date.start(), true) + QStringLiteral("; ") + endpointWords(date.end(), false);
}

QString controlSentence(const Dataset& dataset, const ControlPeriod& period, Language language) {
  QString sentence;
  if (period.administeredBy.empty()) {
    sentence = inLanguage(language, u"No administering state recorded", u"施政国の記録なし",
                          u"Управляющее государство не указано");
  } else if (period.administeredBy.size() > 1 || period.kind == ControlKind::Joint) {
    sentence =
        inLanguage(language, u"Administered jointly by %1", u"共同施政：%1", u"Совместное управление: %1")
            .arg(stateListInSentence(dataset, period.administeredBy, language));
  } else {
    sentence = inLanguage(language, u"Administered by %1", u"施政：%1", u"Под управлением: %1")
                   .arg(stateListInSentence(dataset, period.administeredBy, language));
  }
  // Claimants that do not administer are the dispute; a state claiming what it administers
  // adds nothing to the sentence.
  std::vector<std::string> others;
  for (const std::string& id : period.claimedBy)
    if (std::find(period.administeredBy.begin(), period.administeredBy.end(), id) ==
        period.administeredBy.end())
      others.push_back(id);
  if (!others.empty())
    sentence +=
        inLanguage(language, u"; claimed by %1.", u"。領有を主張：%1。", u"; суверенитет заявляет: %1.")
            .arg(stateListInSentence(dataset, others, language));
  else
    sentence += inLanguage(language, u"; no other claim recorded.", u"。他国の領有主張の記録なし。",
                           u"; иных притязаний не отмечено.");
  return sentence;
}

QString basisAndPositionsHtml(const Dataset& dataset, const ControlPeriod& period, Language language) {
  const QString muted = QStringLiteral("<span style=\"color:#5c636a\">%1</span>");
  const QString sourcesWord = inLanguage(language, u"Sources: ", u"出典：", u"Источники: ");
  const auto paragraph = [&](const LocalizedText& text,
                             const std::vector<std::string>& sourceIds) -> QString {
    if (text.en.empty()) return {};
    QString html = QStringLiteral("<p style=\"margin:4px 0\">") + qs(text.get(language)).toHtmlEscaped();
    if (!sourceIds.empty())
      html += QStringLiteral("<br/>") +
              muted.arg(QString(sourcesWord + citationsText(dataset, sourceIds)).toHtmlEscaped());
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
  return QLocale().toString(squareKilometres, 'f', QLocale::FloatingPointShortest) + QStringLiteral(" km²");
}

}  // namespace okhotsk::app::panel_text
