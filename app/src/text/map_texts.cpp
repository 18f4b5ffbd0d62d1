#include "text/map_texts.h"

#include "text/in_language.h"

#include <QStringList>

#include <algorithm>

namespace okhotsk::app {

namespace {

// Claimants that do not administer, in the data's order, without repeats.
QString claimantsOf(const Dataset& dataset, const ControlPeriod& period, const ControlPeriod* other,
                    Language language) {
  QStringList names;
  auto addFrom = [&](const ControlPeriod& p) {
    for (const std::string& claimant : p.claimedBy) {
      if (std::find(p.administeredBy.begin(), p.administeredBy.end(), claimant) != p.administeredBy.end())
        continue;
      const QString name = stateShortName(dataset, claimant, language);
      if (!names.contains(name)) names.append(name);
    }
  };
  addFrom(period);
  if (other != nullptr) addFrom(*other);
  return names.join(QStringLiteral(" & "));
}

QString administrators(const Dataset& dataset, const ControlPeriod& period, Language language,
                       const QString& joiner) {
  QStringList names;
  for (const std::string& id : period.administeredBy) names.append(stateShortName(dataset, id, language));
  return names.join(joiner);
}

}  // namespace

QString mapPhrase(MapPhrase phrase, Language language) {
  switch (phrase) {
    case MapPhrase::AdministeredBy:
      return inLanguage(language, u"administered by ", u"施政: ", u"управление: ");
    case MapPhrase::OccupiedBy:
      return inLanguage(language, u"occupied by ", u"占領: ", u"оккупация: ");
    case MapPhrase::ClaimedBy:
      return inLanguage(language, u"claimed by ", u"領有主張: ", u"притязания: ");
    case MapPhrase::Joint:
      return inLanguage(language, u"joint: ", u"共同統治: ", u"совместно: ");
    case MapPhrase::Transition:
      return inLanguage(language, u"in transition: ", u"移行期: ", u"переход: ");
    case MapPhrase::UncertainDay:
      return inLanguage(language, u"day uncertain: ", u"日付不確定: ", u"дата неясна: ");
    case MapPhrase::NotRecorded:
      return inLanguage(language, u"no status recorded", u"状態の記録なし", u"статус не указан");
    case MapPhrase::LegendAdministered:
      return inLanguage(language, u"Administered by", u"施政国", u"Под управлением");
    case MapPhrase::LegendClaimed:
      return inLanguage(language, u"claimed by (hatching in its colour)", u"領有主張（主張国の色の斜線）",
                        u"притязания (штриховка цветом страны)");
    case MapPhrase::LegendDisputed:
      return inLanguage(language, u"disputed (dashed outline)", u"係争地（破線の輪郭）",
                        u"спорная (пунктирный контур)");
    case MapPhrase::LegendJoint:
      return inLanguage(language, u"joint administration (stripes)", u"共同統治（縞）",
                        u"совместное управление (полосы)");
    case MapPhrase::LegendUncertain:
      return inLanguage(language, u"uncertain day or transition (?)", u"日付不確定・移行期（?）",
                        u"неясная дата или переход (?)");
    case MapPhrase::LegendBoundary:
      return inLanguage(language, u"boundary in force", u"有効な境界線", u"действующая граница");
    case MapPhrase::LegendSchematic:
      return inLanguage(language, u"schematic boundary (course not given)", u"模式的な境界線（経路は不明）",
                        u"схематичная граница (трасса не указана)");
    case MapPhrase::LegendEvents:
      return inLanguage(language, u"Events", u"出来事", u"События");
    case MapPhrase::LegendImprecise:
      return inLanguage(language, u"imprecise date (halo)", u"日付が不正確（ぼかし）",
                        u"неточная дата (ореол)");
    case MapPhrase::LegendLater:
      return inLanguage(language, u"later event (ring)", u"後の出来事（輪）", u"позднее событие (кольцо)");
    case MapPhrase::Credit:
      return inLanguage(language, u"Coastlines: GSHHG 2.3.7 (LGPL-3+); data: see sources",
                        u"海岸線: GSHHG 2.3.7 (LGPL-3+)、データ: 出典を参照",
                        u"Береговые линии: GSHHG 2.3.7 (LGPL-3+); данные: см. источники");
    case MapPhrase::Kilometres:
      return inLanguage(language, u"km", u"km", u"км");
  }
  return {};
}

QString stateShortName(const Dataset& dataset, std::string_view stateId, Language language) {
  if (const State* state = dataset.state(stateId)) return QString::fromStdString(state->shortLabel(language));
  return QString::fromUtf8(stateId.data(), static_cast<qsizetype>(stateId.size()));
}

QString eventCategoryName(EventCategory category, Language language) {
  switch (category) {
    case EventCategory::Treaty:
      return inLanguage(language, u"Treaty", u"条約", u"Договор");
    case EventCategory::Diplomacy:
      return inLanguage(language, u"Diplomacy", u"外交", u"Дипломатия");
    case EventCategory::Military:
      return inLanguage(language, u"Military", u"軍事", u"Военные действия");
    case EventCategory::Territorial:
      return inLanguage(language, u"Territorial", u"領土", u"Территория");
    case EventCategory::Trade:
      return inLanguage(language, u"Trade", u"貿易", u"Торговля");
    case EventCategory::Economy:
      return inLanguage(language, u"Economy", u"経済", u"Экономика");
    case EventCategory::Politics:
      return inLanguage(language, u"Politics", u"政治", u"Политика");
  }
  return {};
}

QString describeTerritoryState(const Dataset& dataset, const TerritoryState& state, Language language) {
  if (!state.known()) return mapPhrase(MapPhrase::NotRecorded, language);
  const ControlPeriod& period = *state.period;
  const QString separator = QStringLiteral(" · ");
  const QString arrow = QStringLiteral(" → ");
  QString text;
  if (state.uncertain()) {
    text = mapPhrase(MapPhrase::UncertainDay, language) +
           administrators(dataset, period, language, QStringLiteral(" & ")) + arrow +
           administrators(dataset, *state.alternative, language, QStringLiteral(" & "));
  } else if (period.kind == ControlKind::Transition) {
    text = mapPhrase(MapPhrase::Transition, language) + administrators(dataset, period, language, arrow);
  } else if (period.administeredBy.size() > 1) {
    text = mapPhrase(MapPhrase::Joint, language) +
           administrators(dataset, period, language, QStringLiteral(" & "));
  } else {
    const MapPhrase how =
        period.kind == ControlKind::MilitaryOccupation ? MapPhrase::OccupiedBy : MapPhrase::AdministeredBy;
    text = mapPhrase(how, language) + administrators(dataset, period, language, QStringLiteral(" & "));
  }
  const QString claimants = claimantsOf(dataset, period, state.alternative, language);
  if (!claimants.isEmpty()) text += separator + mapPhrase(MapPhrase::ClaimedBy, language) + claimants;
  return text;
}

}  // namespace okhotsk::app
