// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/map_texts.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

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
  return names.join(MapText::tr(" & ", "joins the names of two states on a map label"));
}

QString administrators(const Dataset& dataset, const ControlPeriod& period, Language language,
                       const QString& joiner) {
  QStringList names;
  for (const std::string& id : period.administeredBy) names.append(stateShortName(dataset, id, language));
  return names.join(joiner);
}

}  // namespace

QString mapPhrase(MapPhrase phrase) {
  switch (phrase) {
    case MapPhrase::NotRecorded:
      return MapText::tr("no status recorded", "a territory on a day the data does not cover");
    case MapPhrase::LegendAdministered:
      return MapText::tr("Administered by", "map legend heading, followed by state colour swatches");
    case MapPhrase::LegendClaimed:
      return MapText::tr("claimed by (hatching in its colour)", "map legend");
    case MapPhrase::LegendDisputed:
      return MapText::tr("disputed (dashed outline)", "map legend");
    case MapPhrase::LegendJoint:
      return MapText::tr("joint administration (stripes)", "map legend");
    case MapPhrase::LegendUncertain:
      return MapText::tr("uncertain day or transition (?)", "map legend");
    case MapPhrase::LegendBoundary:
      return MapText::tr("boundary in force", "map legend: a line symbol");
    case MapPhrase::LegendSchematic:
      return MapText::tr("schematic boundary (course not given)", "map legend: a dotted line symbol");
    case MapPhrase::LegendEvents:
      return MapText::tr("Events", "map legend heading, followed by event categories");
    case MapPhrase::LegendImprecise:
      return MapText::tr("imprecise date (halo)", "map legend: an event marker with a soft halo");
    case MapPhrase::LegendLater:
      return MapText::tr("later event (ring)", "map legend: an event after the current date");
    case MapPhrase::Credit:
      return MapText::tr("Coastlines: GSHHG 2.3.7 (LGPL-3+); data: see sources", "map credit line");
    case MapPhrase::CreditCoastlines:
      return MapText::tr("Coastlines: GSHHG 2.3.7 (LGPL-3+)", "map credit line when no data is drawn");
    case MapPhrase::CreditData:
      return MapText::tr("Data: see sources", "map credit line when no coastline is drawn");
  }
  return {};
}

QString creditText(bool coastlinesDrawn, bool dataDrawn) {
  if (coastlinesDrawn && dataDrawn) return mapPhrase(MapPhrase::Credit);
  if (coastlinesDrawn) return mapPhrase(MapPhrase::CreditCoastlines);
  if (dataDrawn) return mapPhrase(MapPhrase::CreditData);
  return {};
}

QString degreesText(double degrees, bool latitude) {
  const QString number = QString::number(std::abs(degrees), 'g', 8);
  if (latitude)
    return degrees < 0 ? MapText::tr("%1° S", "a latitude").arg(number)
                       : MapText::tr("%1° N", "a latitude").arg(number);
  return degrees < 0 ? MapText::tr("%1° W", "a longitude").arg(number)
                     : MapText::tr("%1° E", "a longitude").arg(number);
}

namespace {

// "43°30′00″": rounded to the second, the carry taken into minutes and degrees.
QString dms(double degrees) {
  const auto totalSeconds = static_cast<long long>(std::llround(std::abs(degrees) * 3600.0));
  const long long d = totalSeconds / 3600;
  const long long m = totalSeconds / 60 % 60;
  const long long sec = totalSeconds % 60;
  return QStringLiteral("%1°%2′%3″").arg(d).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
}

}  // namespace

QString dmsText(double lon, double lat) {
  const QString latitude = lat < 0 ? MapText::tr("%1 S", "a latitude in DMS").arg(dms(lat))
                                   : MapText::tr("%1 N", "a latitude in DMS").arg(dms(lat));
  const QString longitude = lon < 0 ? MapText::tr("%1 W", "a longitude in DMS").arg(dms(lon))
                                    : MapText::tr("%1 E", "a longitude in DMS").arg(dms(lon));
  return MapText::tr("%1, %2", "a position: latitude, longitude").arg(latitude, longitude);
}

QString projectionText(MapProjection projection) {
  // "+proj=lcc +lat_1=38 …": the parameters by name.
  const std::string_view definition = projectionDefinition(projection);
  QString text = QString::fromUtf8(definition.data(), static_cast<qsizetype>(definition.size()));
  QHash<QString, QString> parameters;
  for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!token.startsWith(QLatin1Char('+'))) continue;
    const qsizetype equals = token.indexOf(QLatin1Char('='));
    if (equals < 0)
      parameters.insert(token.mid(1), QString());
    else
      parameters.insert(token.mid(1, equals - 1), token.mid(equals + 1));
  }
  auto angle = [&](const QString& key, bool latitude) {
    bool ok = false;
    const double value = parameters.value(key).toDouble(&ok);
    return ok ? degreesText(value, latitude) : QStringLiteral("?");
  };
  const QString datum =
      parameters.value(QStringLiteral("datum")) == QLatin1String("WGS84")
          ? QStringLiteral("WGS 84")
          : parameters.value(QStringLiteral("datum"), parameters.value(QStringLiteral("ellps")));
  const QString proj = parameters.value(QStringLiteral("proj"));
  QString name;
  if (proj == QLatin1String("lcc"))
    name = MapText::tr("Lambert conformal conic, standard parallels %1 and %2, central meridian %3",
                       "the map's projection, in its credit line")
               .arg(angle(QStringLiteral("lat_1"), true), angle(QStringLiteral("lat_2"), true),
                    angle(QStringLiteral("lon_0"), false));
  else if (proj == QLatin1String("eqearth"))
    name = MapText::tr("Equal Earth, central meridian %1", "the world map's projection, in its credit line")
               .arg(angle(QStringLiteral("lon_0"), false));
  else
    return text;  // a projection without words of its own: its definition
  if (datum.isEmpty()) return name;
  return MapText::tr("Projection: %1; %2", "%1 is the projection with its parameters, %2 the datum (WGS 84)")
      .arg(name, datum);
}

QString kilometresText(const QString& number) {
  return MapText::tr("%1 km", "a distance; %1 is the number").arg(number);
}

QString stateShortName(const Dataset& dataset, std::string_view stateId, Language language) {
  if (const State* state = dataset.state(stateId)) return QString::fromStdString(state->shortLabel(language));
  return QString::fromUtf8(stateId.data(), static_cast<qsizetype>(stateId.size()));
}

QString eventCategoryName(EventCategory category) {
  switch (category) {
    case EventCategory::Treaty:
      return MapText::tr("Treaty", "event category");
    case EventCategory::Diplomacy:
      return MapText::tr("Diplomacy", "event category");
    case EventCategory::Military:
      return MapText::tr("Military", "event category");
    case EventCategory::Territorial:
      return MapText::tr("Territorial", "event category");
    case EventCategory::Trade:
      return MapText::tr("Trade", "event category");
    case EventCategory::Economy:
      return MapText::tr("Economy", "event category");
    case EventCategory::Politics:
      return MapText::tr("Politics", "event category");
  }
  return {};
}

QString describeTerritoryState(const Dataset& dataset, const TerritoryState& state, Language language) {
  if (!state.known()) return mapPhrase(MapPhrase::NotRecorded);
  const ControlPeriod& period = *state.period;
  const QString both = MapText::tr(" & ", "joins the names of two states on a map label");
  QString text;
  if (state.uncertain()) {
    text = MapText::tr("day uncertain: %1 → %2", "the state before → after an imprecisely dated change")
               .arg(administrators(dataset, period, language, both),
                    administrators(dataset, *state.alternative, language, both));
  } else if (period.kind == ControlKind::Transition) {
    // The data lists the states of a transition in no set order: joined without a direction.
    text = MapText::tr("in transition: %1", "%1 lists the states involved, joined by \" & \"")
               .arg(administrators(dataset, period, language, both));
  } else if (period.administeredBy.size() > 1) {
    text = MapText::tr("joint: %1", "administered jointly by the states in %1")
               .arg(administrators(dataset, period, language, both));
  } else if (period.kind == ControlKind::MilitaryOccupation) {
    text = MapText::tr("occupied by %1", "a territory under military occupation")
               .arg(administrators(dataset, period, language, both));
  } else {
    text = MapText::tr("administered by %1", "a territory's administering state")
               .arg(administrators(dataset, period, language, both));
  }
  const QString claimants = claimantsOf(dataset, period, state.alternative, language);
  if (claimants.isEmpty()) return text;
  return MapText::tr("%1 · claimed by %2", "%1 is who administers, %2 the other claimants")
      .arg(text, claimants);
}

}  // namespace okhotsk::app
