// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/compare_view.h"

#include "map/render/map_scene.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "text/date_error_text.h"

#include "okhotsk/edtf.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace okhotsk::app {

ComparePane::ComparePane(const AtlasDocument& document, const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_document(document), m_settings(settings) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  connect(&document, &AtlasDocument::datasetChanged, this, qOverload<>(&QWidget::update));
  connect(&document, &AtlasDocument::coastlineLoaded, this, qOverload<>(&QWidget::update));
  connect(&settings, &DisplaySettings::languageChanged, this, qOverload<>(&QWidget::update));
  connect(&settings, &DisplaySettings::namingOrderChanged, this, qOverload<>(&QWidget::update));
}

void ComparePane::setDay(DayNumber day) {
  if (day == m_day) return;
  m_day = day;
  update();
}

void ComparePane::setExtent(MapProjection projection, const Bounds& extent) {
  m_projection = projection;
  m_extent = extent;
  update();
}

MapViewport ComparePane::viewport() const {
  return MapViewport::fitted(m_projection, m_extent, size(), 0.0);
}

void ComparePane::setRenderOptions(const RenderOptions& options) {
  m_options = options;
  update();
}

void ComparePane::paintEvent(QPaintEvent* /*event*/) {
  QPainter painter(this);
  if (m_document.dataset() == nullptr) {
    painter.fillRect(rect(), palette().window());
    return;
  }
  m_renderer.setData(mapDataOf(m_document));
  m_renderer.render(painter, viewport(), mapSceneOf(m_settings, m_day), m_options);
}

void ComparePane::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0.0) return;
  MapViewport moved = viewport();
  moved.zoomAround(event->position(), std::pow(1.25, steps));
  setExtent(moved.projection(), moved.mapBounds());
  Q_EMIT extentMoved(m_projection, m_extent);
  event->accept();
}

void ComparePane::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) m_dragFrom = event->position();
}

void ComparePane::mouseMoveEvent(QMouseEvent* event) {
  if (!m_dragFrom || (event->buttons() & Qt::LeftButton) == 0) {
    m_dragFrom.reset();
    return;
  }
  MapViewport moved = viewport();
  moved.panByPixels(event->position() - *m_dragFrom);
  m_dragFrom = event->position();
  setExtent(moved.projection(), moved.mapBounds());
  Q_EMIT extentMoved(m_projection, m_extent);
}

CompareView::CompareView(const AtlasDocument& document, const DisplaySettings& settings,
                         MapProjection projection, const Bounds& extent, DayNumber left, DayNumber right,
                         QWidget* parent)
    : QWidget(parent), m_document(document), m_settings(settings) {
  setObjectName(QStringLiteral("CompareView"));
  auto* layout = new QVBoxLayout(this);
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  for (int side = 0; side < 2; ++side) {
    auto* box = new QWidget(splitter);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_dateFields[side] = new QLineEdit(box);
    m_dateLabels[side] = new QLabel(box);
    m_dateErrors[side] = new QLabel(box);
    m_dateErrors[side]->setWordWrap(true);
    m_dateErrors[side]->setStyleSheet(QStringLiteral("color: #b00020"));
    m_dateErrors[side]->hide();
    m_panes[side] = new ComparePane(document, settings, box);
    m_panes[side]->setExtent(projection, extent);
    grid->addWidget(m_dateFields[side], 0, 0);
    grid->addWidget(m_dateLabels[side], 0, 1);
    grid->addWidget(m_dateErrors[side], 1, 0, 1, 2);
    grid->addWidget(m_panes[side], 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    splitter->addWidget(box);
    connect(m_dateFields[side], &QLineEdit::returnPressed, this, [this, side] { applyTypedDate(side); });
  }
  // The two sides show the same extent: zooming or moving one moves the other.
  for (int side = 0; side < 2; ++side)
    connect(m_panes[side], &ComparePane::extentMoved, m_panes[1 - side], &ComparePane::setExtent);
  m_changes = new QTreeWidget(this);
  m_changes->setObjectName(QStringLiteral("compareChanges"));
  m_changes->setHeaderHidden(true);
  m_changes->setRootIsDecorated(false);
  m_changes->setWordWrap(true);
  auto* vertical = new QSplitter(Qt::Vertical, this);
  vertical->addWidget(splitter);
  vertical->addWidget(m_changes);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 1);
  vertical->setSizes({700, 300});  // shares, scaled to the window
  layout->addWidget(vertical);

  connect(&document, &AtlasDocument::datasetChanged, this, &CompareView::refresh);
  connect(&settings, &DisplaySettings::languageChanged, this, &CompareView::refresh);
  connect(&settings, &DisplaySettings::namingOrderChanged, this, &CompareView::refresh);
  retranslate();
  setDays(left, right);
}

void CompareView::setRenderOptions(const RenderOptions& options) {
  for (ComparePane* pane : m_panes) pane->setRenderOptions(options);
}

void CompareView::setDays(DayNumber left, DayNumber right) {
  for (int side = 0; side < 2; ++side) {
    const DayNumber day = side == 0 ? left : right;
    m_panes[side]->setDay(day);
    m_dateFields[side]->setText(QString::fromStdString(isoDate(day)));
    m_dateErrors[side]->clear();
    m_dateErrors[side]->hide();
  }
  refresh();
}

bool CompareView::setDates(const QString& left, const QString& right) {
  m_dateFields[0]->setText(left);
  m_dateFields[1]->setText(right);
  bool ok = true;
  for (int side = 0; side < 2; ++side) {
    applyTypedDate(side);
    ok = ok && m_dateErrors[side]->text().isEmpty();
  }
  return ok;
}

QString CompareView::dateError(int side) const {
  return m_dateErrors[side == 0 ? 0 : 1]->text();
}

void CompareView::applyTypedDate(int side) {
  const QString text = m_dateFields[side]->text().trimmed();
  FirstDayError error;
  const auto day = firstDayOf(text.toStdString(), &error);
  if (!day) {
    const QString reason = error.reason == FirstDayError::Reason::NotEdtf
                               ? edtfErrorText(text, error.edtf, m_settings.language())
                               : CompareText::tr("the date has no first day (its start is open)");
    m_dateErrors[side]->setText(reason);
    m_dateErrors[side]->show();
    return;
  }
  m_dateErrors[side]->clear();
  m_dateErrors[side]->hide();
  m_panes[side]->setDay(*day);
  refresh();
}

void CompareView::refresh() {
  const Language language = m_settings.language();
  for (int side = 0; side < 2; ++side)
    m_dateLabels[side]->setText(QString::fromStdString(formatDay(m_panes[side]->day(), language)));
  m_changes->clear();
  const Dataset* dataset = m_document.dataset();
  if (dataset == nullptr) {
    m_comparison = {};
    return;
  }
  m_comparison = compareDates(*dataset, m_panes[0]->day(), m_panes[1]->day());
  const ComparisonText text = describeComparison(*dataset, m_comparison, language, m_settings.namingOrder());
  const auto section = [this](const QString& title, const QStringList& lines, const QString& none) {
    auto* heading = new QTreeWidgetItem(m_changes, {title});
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    heading->setFlags(Qt::ItemIsEnabled);
    for (const QString& line : lines) new QTreeWidgetItem(m_changes, {line});
    if (lines.isEmpty()) new QTreeWidgetItem(m_changes, {none});
  };
  section(CompareText::tr("Control of territories"), text.territories,
          CompareText::tr("No change of control."));
  section(CompareText::tr("Boundaries"), text.boundaries, CompareText::tr("No boundary came or went."));
  section(CompareText::tr("Events in between"), text.events, CompareText::tr("No events in between."));
}

void CompareView::retranslate() {
  setWindowTitle(CompareText::tr("Compare Dates"));
  for (int side = 0; side < 2; ++side) {
    m_dateFields[side]->setPlaceholderText(CompareText::tr("date (EDTF)"));
    m_dateFields[side]->setAccessibleName(side == 0 ? CompareText::tr("Earlier date")
                                                    : CompareText::tr("Later date"));
    m_panes[side]->setAccessibleName(side == 0 ? CompareText::tr("Map on the first date")
                                               : CompareText::tr("Map on the second date"));
  }
}

void CompareView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    refresh();
  }
  QWidget::changeEvent(event);
}

}  // namespace okhotsk::app
