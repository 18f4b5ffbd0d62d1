// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/control_history_model.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include <QFont>
#include <QStringList>

namespace okhotsk::app {

using panel_text::qs;

namespace {
// Both positions, one per line; empty when the period gives none.
QString positions(const ControlPeriod& period, Language language) {
  QStringList lines;
  for (const LocalizedText* text : {&period.positionJapan, &period.positionRussia})
    if (!text->en.empty()) lines << qs(text->get(language));
  return lines.join(QLatin1Char('\n'));
}

// The highlight colour thinned so that black text stays readable on it.
QColor towardsWhite(const QColor& colour, double amount) {
  const auto mix = [amount](int c) { return static_cast<int>(c + (255 - c) * amount); };
  return {mix(colour.red()), mix(colour.green()), mix(colour.blue())};
}
}  // namespace

ControlHistoryModel::ControlHistoryModel(const AtlasDocument& document, const DisplaySettings& settings,
                                         QObject* parent)
    : QAbstractTableModel(parent),
      m_document(document),
      m_settings(settings),
      m_dataset(document.sharedDataset()) {
  connect(&document, &AtlasDocument::datasetChanged, this, &ControlHistoryModel::reload);
  connect(&settings, &DisplaySettings::languageChanged, this, &ControlHistoryModel::reload);
}

void ControlHistoryModel::setTerritory(const QString& territoryId) {
  if (territoryId == m_territoryId && (m_territory || territoryId.isEmpty())) return;
  m_territoryId = territoryId;
  reload();
}

void ControlHistoryModel::reload() {
  beginResetModel();
  m_dataset = m_document.sharedDataset();
  m_territory =
      m_dataset && !m_territoryId.isEmpty() ? m_dataset->territory(m_territoryId.toStdString()) : nullptr;
  m_periods = m_territory ? m_dataset->controlHistory(*m_territory) : std::span<const ControlPeriod>{};
  m_inForce = -1;
  m_alternative = -1;
  if (m_territory) {
    const TerritoryState state = m_dataset->stateOf(*m_territory, m_day);
    m_inForce = rowOfPeriod(state.period);
    m_alternative = rowOfPeriod(state.alternative);
  }
  endResetModel();
}

int ControlHistoryModel::rowOfPeriod(const ControlPeriod* period) const noexcept {
  if (!period || m_periods.empty()) return -1;
  // The dataset hands out pointers into the same span controlHistory() returns.
  const auto* first = m_periods.data();
  if (period < first || period >= first + m_periods.size()) return -1;
  return static_cast<int>(period - first);
}

void ControlHistoryModel::setCurrentDay(DayNumber day) {
  m_day = day;
  if (!m_territory) return;
  const TerritoryState state = m_dataset->stateOf(*m_territory, day);
  const int inForce = rowOfPeriod(state.period);
  const int alternative = rowOfPeriod(state.alternative);
  if (inForce == m_inForce && alternative == m_alternative) return;
  const int oldInForce = m_inForce;
  const int oldAlternative = m_alternative;
  m_inForce = inForce;
  m_alternative = alternative;
  // Only the rows whose mark changed are repainted.
  for (int row : {oldInForce, oldAlternative, inForce, alternative}) emitRowChanged(row);
}

void ControlHistoryModel::emitRowChanged(int row) {
  if (row < 0 || row >= rowCount()) return;
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                     {Qt::BackgroundRole, Qt::FontRole, Qt::ToolTipRole, InForceRole});
}

const ControlPeriod* ControlHistoryModel::periodAt(int row) const noexcept {
  if (row < 0 || static_cast<std::size_t>(row) >= m_periods.size()) return nullptr;
  return &m_periods[static_cast<std::size_t>(row)];
}

int ControlHistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int ControlHistoryModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlHistoryModel::displayText(const ControlPeriod& period, int column, Language lang) const {
  switch (column) {
    case IntervalColumn:
      return qs(formatEdtf(period.interval, lang));
    case AdministeredByColumn:
      return panel_text::stateList(*m_dataset, period.administeredBy, lang);
    case ClaimedByColumn:
      return panel_text::stateList(*m_dataset, period.claimedBy, lang);
    case KindColumn:
      return panel_text::controlKindName(period.kind);
    case BasisColumn:
      return qs(period.basis.get(lang));
    case PositionsColumn:
      return positions(period, lang);
    case SourcesColumn: {
      QStringList citations;
      for (const std::string& id : period.sourceIds) {
        const Source* source = m_dataset->source(id);
        citations << (source ? panel_text::shortCitation(source->citation) : qs(id));
      }
      return citations.join(QStringLiteral("; "));
    }
    default:
      return {};
  }
}

QString ControlHistoryModel::toolTipText(const ControlPeriod& period, int row, int column,
                                         Language lang) const {
  const bool inForce = row == m_inForce || row == m_alternative;
  QString tip;
  if (inForce)
    tip = m_alternative >= 0 ? tr("Possibly in force on the current date (the hand-over date is imprecise)")
                             : tr("In force on the current date");
  const auto add = [&tip](const QString& line) {
    if (line.isEmpty()) return;
    if (!tip.isEmpty()) tip += QLatin1Char('\n');
    tip += line;
  };
  switch (column) {
    case IntervalColumn:
      add(qs(period.interval.toString()));
      break;
    case BasisColumn:
      add(qs(period.basis.get(lang)));
      break;
    case PositionsColumn:
      add(positions(period, lang));
      add(panel_text::citationsText(*m_dataset, period.positionJapanSourceIds));
      add(panel_text::citationsText(*m_dataset, period.positionRussiaSourceIds));
      break;
    case SourcesColumn:
      add(panel_text::citationsText(*m_dataset, period.sourceIds));
      break;
    default:
      break;
  }
  add(qs(period.note));
  return tip;
}

QVariant ControlHistoryModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const ControlPeriod* period = periodAt(index.row());
  if (!period) return {};
  const Language lang = m_settings.language();
  const bool inForce = index.row() == m_inForce || index.row() == m_alternative;
  switch (role) {
    case Qt::DisplayRole:
      return displayText(*period, index.column(), lang);
    case Qt::ToolTipRole: {
      const QString tip = toolTipText(*period, index.row(), index.column(), lang);
      return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole:
      if (!inForce) return {};
      // Inside an imprecise hand-over both candidates are marked, the later one lighter.
      return towardsWhite(palette::highlight(), index.row() == m_alternative ? 0.88 : 0.72);
    case Qt::ForegroundRole:
      return inForce ? QVariant(palette::text()) : QVariant();
    case Qt::FontRole:
      if (!inForce) return {};
      {
        QFont font;
        font.setBold(true);
        return font;
      }
    case PeriodIdRole:
      return qs(period->id);
    case InForceRole:
      return inForce;
    case FirstDayRole:
      return static_cast<qint64>(period->interval.earliest());
    default:
      return {};
  }
}

QVariant ControlHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case IntervalColumn:
      return tr("Interval");
    case AdministeredByColumn:
      return tr("Administered by");
    case ClaimedByColumn:
      return tr("Claimed by");
    case KindColumn:
      return tr("Kind");
    case BasisColumn:
      return tr("Basis");
    case PositionsColumn:
      return tr("Legal positions");
    case SourcesColumn:
      return tr("Sources");
    default:
      return {};
  }
}

}  // namespace okhotsk::app
