// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/widget/map_widget.h"

#include "text/map_description.h"

#include "session/easing.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/user_layers.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/edtf.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

constexpr double kZoomStep = 1.5;
// How far from a boundary's line (logical pixels) a click or the pointer still takes it.
constexpr double kBoundaryReach = 5.0;
// The most events a cluster's chooser lists (those nearest the day); a larger cluster also
// offers to zoom in on it.
constexpr std::size_t kChooserRows = 30;
// The most events a tooltip over a cluster names.
constexpr std::size_t kToolTipRows = 12;

// Events whose place lies in this box are shown in the regional map; others (Moscow,
// Kittery, San Francisco…) in the world view.
bool inRegion(const GeoPoint& point) {
  return point.lon >= 125.0 && point.lon <= 170.0 && point.lat >= 30.0 && point.lat <= 62.0;
}

}  // namespace

MapWidget::MapWidget(TimeController& controller, const AtlasDocument& document,
                     const DisplaySettings& settings, Selection& selection, QWidget* parent)
    : QWidget(parent),
      m_controller(controller),
      m_document(document),
      m_settings(settings),
      m_selection(selection),
      m_renderer(mapDataOf(document)) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);  // the renderer covers every pixel
  setAttribute(Qt::WA_AcceptTouchEvents);
  grabGesture(Qt::PinchGesture);
  setCursor(Qt::OpenHandCursor);
  m_viewport = MapViewport::named(NamedView::Region, size());

  auto repaint = [this] { update(); };
  connect(&m_controller, &TimeController::currentDayChanged, this, repaint);
  connect(&m_controller, &TimeController::currentDayChanged, this, &MapWidget::describe);
  auto takeData = [this] {
    m_renderer.setData(mapDataOf(m_document));
    update();
  };
  connect(&m_document, &AtlasDocument::datasetChanged, this, takeData);
  connect(&m_document, &AtlasDocument::coastlineLoaded, this, takeData);
  connect(&m_settings, &DisplaySettings::languageChanged, this, repaint);
  connect(&m_settings, &DisplaySettings::namingOrderChanged, this, repaint);
  connect(&m_settings, &DisplaySettings::namingOrderChanged, this, &MapWidget::describe);
  connect(&m_document, &AtlasDocument::datasetChanged, this, &MapWidget::describe);
  connect(&m_selection, &Selection::eventSelected, this, &MapWidget::onEventSelected);
  connect(&m_selection, &Selection::territorySelected, this, repaint);
  connect(&m_selection, &Selection::boundarySelected, this, repaint);
  describe();
}

MapWidget::~MapWidget() = default;

void MapWidget::describe() {
  setAccessibleName(tr("Map"));
  const Dataset* dataset = m_document.dataset();
  setAccessibleDescription(dataset != nullptr
                               ? mapDescription(*dataset, m_controller.currentDay(), m_settings.language(),
                                                m_settings.namingOrder())
                               : tr("No dataset is open."));
}

void MapWidget::focusInEvent(QFocusEvent* event) {
  QWidget::focusInEvent(event);
  update();  // the focus frame
}

void MapWidget::focusOutEvent(QFocusEvent* event) {
  QWidget::focusOutEvent(event);
  update();
}

void MapWidget::changeEvent(QEvent* event) {
  // The catalogue has changed: the words of the description with it.
  if (event->type() == QEvent::LanguageChange) describe();
  QWidget::changeEvent(event);
}

MapViewport MapWidget::viewport() const {
  MapViewport viewport = m_viewport;
  viewport.setSize(size());
  return viewport;
}

void MapWidget::setViewport(const MapViewport& viewport) {
  m_pendingFit.reset();
  MapViewport adjusted = viewport;
  adjusted.setSize(size());
  changeViewport(adjusted);
}

void MapWidget::animateTo(const MapViewport& viewport, int durationMs) {
  m_pendingFit.reset();
  MapViewport target = viewport;
  target.setSize(size());
  const MapViewport from = this->viewport();
  if (durationMs <= 0 || from.projection() != target.projection() || !isVisible()) {
    if (m_viewAnimation) m_viewAnimation->stop();
    changeViewport(target);
    return;
  }
  m_animationFrom = from;
  m_animationTo = target;
  if (!m_viewAnimation) {
    m_viewAnimation = new QVariantAnimation(this);
    m_viewAnimation->setStartValue(0.0);
    m_viewAnimation->setEndValue(1.0);
    // The atlas's one easing curve, so a glide on screen moves as the tour's video frames do.
    QEasingCurve curve;
    curve.setCustomType([](qreal t) { return easing::easeInOut(t); });
    m_viewAnimation->setEasingCurve(curve);
    connect(m_viewAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
      const double t = value.toDouble();
      MapViewport step = MapViewport::between(m_animationFrom, m_animationTo, t);
      step.setSize(size());
      changeViewport(step);
    });
  }
  m_viewAnimation->stop();
  m_viewAnimation->setDuration(durationMs);
  m_viewAnimation->start();
}

bool MapWidget::showView(const QString& spec, int durationMs) {
  const auto viewport = MapViewport::fromSpec(spec, size().isEmpty() ? QSize(960, 640) : size());
  if (!viewport) return false;
  animateTo(*viewport, durationMs);
  // Not laid out yet: fit the view again once the widget has its size.
  if (size().isEmpty() || !testAttribute(Qt::WA_Resized) || !isVisible()) m_pendingFit = spec;
  return true;
}

bool MapWidget::isAnimating() const noexcept {
  return m_viewAnimation != nullptr && m_viewAnimation->state() == QAbstractAnimation::Running;
}

void MapWidget::setRenderOptions(const RenderOptions& options) {
  m_options = options;
  update();
  Q_EMIT renderOptionsChanged();
}

void MapWidget::setLegendVisible(bool visible) {
  if (visible == m_options.legend) return;
  RenderOptions options = m_options;
  options.legend = visible;
  setRenderOptions(options);
}

void MapWidget::setLegendCorner(LegendCorner corner) {
  if (corner == m_options.legendCorner) return;
  RenderOptions options = m_options;
  options.legendCorner = corner;
  setRenderOptions(options);
}

void MapWidget::changeViewport(const MapViewport& viewport) {
  if (viewport == m_viewport) return;
  m_viewport = viewport;
  Q_EMIT viewportChanged();
  update();
}

void MapWidget::fit(NamedView view) {
  if (width() <= 0 || height() <= 0 || !testAttribute(Qt::WA_Resized)) {
    // Not laid out yet: fit again when the widget gets its size.
    switch (view) {
      case NamedView::Region:
        m_pendingFit = QStringLiteral("region");
        break;
      case NamedView::World:
        m_pendingFit = QStringLiteral("world");
        break;
      case NamedView::Habomai:
        m_pendingFit = QStringLiteral("habomai");
        break;
    }
  } else {
    m_pendingFit.reset();
  }
  changeViewport(MapViewport::named(view, size()));
}

void MapWidget::fitRegion() {
  fit(NamedView::Region);
}
void MapWidget::fitWorld() {
  fit(NamedView::World);
}
void MapWidget::fitHabomai() {
  fit(NamedView::Habomai);
}

void MapWidget::zoomAround(QPointF anchor, double factor) {
  m_pendingFit.reset();
  if (m_viewAnimation) m_viewAnimation->stop();
  MapViewport viewport = this->viewport();
  viewport.zoomAround(anchor, limitedZoom(viewport, factor));
  changeViewport(viewport);
}

double MapWidget::limitedZoom(const MapViewport& viewport, double factor) const {
  // The regional map zooms out no further than its data box: past it there is only paper.
  if (viewport.projection() != MapProjection::Region || !(factor < 1.0)) return factor;
  const double limit = MapViewport::maxRegionMetresPerPixel(viewport.size());
  return std::max(factor, std::min(1.0, viewport.metresPerPixel() / limit));
}

void MapWidget::zoomIn() {
  zoomAround(QPointF(width() / 2.0, height() / 2.0), kZoomStep);
}
void MapWidget::zoomOut() {
  zoomAround(QPointF(width() / 2.0, height() / 2.0), 1.0 / kZoomStep);
}

void MapWidget::setMeasuring(bool measuring) {
  if (measuring == m_measuring) return;
  m_measuring = measuring;
  m_distance.clear();
  setCursor(measuring ? Qt::CrossCursor : Qt::OpenHandCursor);
  Q_EMIT measuringChanged(measuring);
  update();
}

Projector& MapWidget::projector(MapProjection projection) {
  auto& p = m_projectors[projection == MapProjection::Region ? 0 : 1];
  if (!p) p = std::make_unique<Projector>(projection);
  return *p;
}

std::optional<GeoPoint> MapWidget::geographicAt(QPointF position) {
  const MapViewport viewport = this->viewport();
  const QPointF map = viewport.toMap(position);
  auto point = projector(viewport.projection()).inverse(Vec2{map.x(), map.y()});
  if (!point || !std::isfinite(point->lon) || !std::isfinite(point->lat)) return std::nullopt;
  if (point->lon > 180.0) point->lon -= 360.0;
  if (point->lon < -180.0) point->lon += 360.0;
  return point;
}

// --- painting -------------------------------------------------------------------------------

void MapWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const MapSelection selection{m_selection.territoryId(), m_selection.eventId(), m_selection.boundaryId()};
  m_renderer.render(painter, viewport(), mapSceneOf(m_settings, m_controller.currentDay(), selection),
                    m_options);
  if (m_userLayers)
    m_userLayerPainter.draw(painter, viewport(), m_controller.currentDay(), *m_userLayers, m_options.scale);
  if (m_measuring || !m_distance.isEmpty()) m_distance.draw(painter, viewport(), m_options.scale);
  if (hasFocus()) {
    // Keyboard focus, visible: a thin frame in the highlight colour (one cosmetic stroke).
    painter.setPen(QPen(palette().color(QPalette::Highlight), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
  }
}

// --- pointer and keys -----------------------------------------------------------------------

void MapWidget::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  const auto pending = m_pendingFit ? MapViewport::fromSpec(*m_pendingFit, size()) : std::nullopt;
  if (pending) {
    m_viewport = *pending;
    if (isVisible()) m_pendingFit.reset();
  } else {
    m_viewport.setSize(size());
  }
  Q_EMIT viewportChanged();
}

void MapWidget::wheelEvent(QWheelEvent* event) {
  const double notches = event->angleDelta().y() / 120.0;
  if (notches == 0.0) {
    event->ignore();
    return;
  }
  zoomAround(event->position(), std::pow(kZoomStep, notches / 2.0));
  event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) {
    QWidget::mousePressEvent(event);
    return;
  }
  if (m_viewAnimation) m_viewAnimation->stop();
  m_pressed = true;
  m_dragging = false;
  m_pressPosition = event->position();
  m_lastPosition = event->position();
  event->accept();
}

void MapWidget::mouseMoveEvent(QMouseEvent* event) {
  const QPointF position = event->position();
  if (const auto geo = geographicAt(position)) Q_EMIT cursorMoved(geo->lon, geo->lat);
  if (m_pressed && (event->buttons() & Qt::LeftButton)) {
    if (!m_dragging && QLineF(position, m_pressPosition).length() >= QApplication::startDragDistance()) {
      m_dragging = true;
      setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
      m_pendingFit.reset();
      MapViewport viewport = this->viewport();
      viewport.panByPixels(position - m_lastPosition);
      changeViewport(viewport);
    }
  }
  m_lastPosition = position;
  if (m_measuring && m_distance.pointCount() >= 1 && !m_distance.isFinished()) {
    m_distance.setHover(position);
    update();
  }
  event->accept();
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_pressed) {
    QWidget::mouseReleaseEvent(event);
    return;
  }
  m_pressed = false;
  if (!m_dragging) clickAt(event->position());
  m_dragging = false;
  setCursor(m_measuring ? Qt::CrossCursor : Qt::OpenHandCursor);
  event->accept();
}

void MapWidget::leaveEvent(QEvent* event) {
  m_distance.setHover(std::nullopt);
  QWidget::leaveEvent(event);
}

void MapWidget::clickAt(QPointF position) {
  if (m_measuring) {
    addMeasurePoint(position);
    return;
  }
  const std::vector<const Event*> events = m_renderer.eventsAt(position);
  if (events.size() > 1) {
    chooseEvent(events, position);
    return;
  }
  m_selectingFromMap = true;
  if (!events.empty()) {
    m_selection.selectEvent(QString::fromStdString(events.front()->id));
  } else if (const Boundary* boundary = m_renderer.boundaryAt(viewport(), position, kBoundaryReach)) {
    // A line is hit before the areas it divides: the 50th parallel, not North Sakhalin.
    m_selection.selectBoundary(QString::fromStdString(boundary->id));
  } else if (const Territory* territory = m_renderer.territoryAt(viewport(), position)) {
    m_selection.selectTerritory(QString::fromStdString(territory->id));
  }
  m_selectingFromMap = false;
}

QMenu* MapWidget::eventChooser() const {
  return m_chooser.data();
}

void MapWidget::chooseEvent(const std::vector<const Event*>& events, QPointF position) {
  if (m_chooser) m_chooser->close();
  std::vector<const Event*> sorted = events;
  const std::size_t total = sorted.size();
  if (total > kChooserRows) {
    // A large cluster: the events nearest the day, and a way to see the rest.
    const DayNumber day = m_controller.currentDay();
    auto away = [day](const Event* e) {
      if (day < e->date.earliest()) return e->date.earliest() - day;
      if (day > e->date.latest()) return day - e->date.latest();
      return DayNumber{0};
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const Event* a, const Event* b) { return away(a) < away(b); });
    sorted.resize(kChooserRows);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const Event* a, const Event* b) {
    if (a->date.earliest() != b->date.earliest()) return a->date.earliest() < b->date.earliest();
    return a->date.latest() < b->date.latest();
  });
  const Language language = m_settings.language();
  m_chooser = new QMenu(this);
  m_chooser->setAttribute(Qt::WA_DeleteOnClose);
  m_chooser->setAccessibleName(tr("Events at this place"));
  m_chooser->addSection(tr("%n events here", "a menu of co-located events", static_cast<int>(total)));
  for (const Event* event : sorted) {
    const QString text = tr("%1 — %2", "an event in the chooser: its date — its title")
                             .arg(QString::fromStdString(formatEdtf(event->date, language)),
                                  QString::fromStdString(event->title.get(language)));
    QAction* action = m_chooser->addAction(text);
    const QString id = QString::fromStdString(event->id);
    connect(action, &QAction::triggered, this, [this, id] {
      m_selectingFromMap = true;
      m_selection.selectEvent(id);
      m_selectingFromMap = false;
    });
  }
  if (total > sorted.size()) {
    m_chooser->addSeparator();
    QAction* zoom = m_chooser->addAction(
        tr("Zoom in to see all %n events",
           "the last entry of a chooser that lists only some events of a cluster", static_cast<int>(total)));
    connect(zoom, &QAction::triggered, this,
            [this, position] { zoomAround(position, kZoomStep * kZoomStep); });
  }
  m_chooser->popup(mapToGlobal(position.toPoint()));
}

void MapWidget::addMeasurePoint(QPointF position) {
  const auto geo = geographicAt(position);
  if (!geo) return;
  const auto kilometres = m_distance.addPoint(*geo, projector(viewport().projection()));
  update();
  if (kilometres) Q_EMIT distanceMeasured(*kilometres);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event) {
  // The first click of the pair has added the last point: the second ends the line.
  if (m_measuring && event->button() == Qt::LeftButton) {
    m_distance.finish();
    update();
    event->accept();
    return;
  }
  QWidget::mouseDoubleClickEvent(event);
}

void MapWidget::keyPressEvent(QKeyEvent* event) {
  const double step = 0.1 * std::min(width(), height());
  MapViewport viewport = this->viewport();
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomIn();
      break;
    case Qt::Key_Minus:
      zoomOut();
      break;
    case Qt::Key_Left:
      viewport.panByPixels(QPointF(step, 0));
      break;
    case Qt::Key_Right:
      viewport.panByPixels(QPointF(-step, 0));
      break;
    case Qt::Key_Up:
      viewport.panByPixels(QPointF(0, step));
      break;
    case Qt::Key_Down:
      viewport.panByPixels(QPointF(0, -step));
      break;
    case Qt::Key_Escape:
      if (m_measuring) {
        m_distance.clear();
        update();
      }
      break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if (!m_measuring) {
        QWidget::keyPressEvent(event);
        return;
      }
      m_distance.finish();
      update();
      break;
    case Qt::Key_Backspace:
      if (!m_measuring) {
        QWidget::keyPressEvent(event);
        return;
      }
      if (const auto total = m_distance.removeLast(projector(this->viewport().projection())))
        Q_EMIT distanceMeasured(*total);
      update();
      break;
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  if (!(viewport == this->viewport())) {
    m_pendingFit.reset();
    changeViewport(viewport);
  }
  event->accept();
}

bool MapWidget::event(QEvent* event) {
  switch (event->type()) {
    case QEvent::ToolTip: {
      auto* help = static_cast<QHelpEvent*>(event);
      showToolTip(help->pos(), help->globalPos());
      return true;
    }
    case QEvent::Gesture:
      return handleGesture(static_cast<QGestureEvent*>(event));
    default:
      return QWidget::event(event);
  }
}

bool MapWidget::handleGesture(QGestureEvent* event) {
  auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture));
  if (pinch == nullptr) return QWidget::event(event);
  const QPointF centre = mapFromGlobal(pinch->centerPoint());
  MapViewport viewport = this->viewport();
  if (pinch->changeFlags() & QPinchGesture::CenterPointChanged)
    viewport.panByPixels(pinch->centerPoint() - pinch->lastCenterPoint());
  if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
    viewport.zoomAround(centre, limitedZoom(viewport, pinch->scaleFactor()));
  m_pendingFit.reset();
  m_pressed = false;  // a pinch is not a drag or a click
  changeViewport(viewport);
  event->accept(pinch);
  return true;
}

void MapWidget::showToolTip(const QPoint& position, const QPoint& globalPosition) {
  const Dataset* dataset = m_document.dataset();
  if (dataset == nullptr) {
    QToolTip::hideText();
    return;
  }
  const Language language = m_settings.language();
  const NamingOrder order = m_settings.namingOrder();
  QString text = userFeatureText(position);
  const std::vector<const Event*> events = m_renderer.eventsAt(position);
  if (!text.isEmpty()) {
    // A user's own feature is drawn over the atlas: it answers first.
  } else if (events.size() > 1) {
    // Several markers at one place: name them all, and say a click offers the choice.
    text = QStringLiteral("<b>%1</b>")
               .arg(tr("%n events here: click to choose one", "a tooltip over co-located markers",
                       static_cast<int>(events.size()))
                        .toHtmlEscaped());
    for (std::size_t i = 0; i < std::min(events.size(), kToolTipRows); ++i)
      text += QStringLiteral("<br>%1 — %2")
                  .arg(QString::fromStdString(formatEdtf(events[i]->date, language)).toHtmlEscaped(),
                       QString::fromStdString(events[i]->title.get(language)).toHtmlEscaped());
    if (events.size() > kToolTipRows) text += QStringLiteral("<br>…");
  } else if (!events.empty()) {
    const Event* event = events.front();
    text = QStringLiteral("<b>%1</b><br>%2")
               .arg(QString::fromStdString(event->title.get(language)).toHtmlEscaped(),
                    QString::fromStdString(formatEdtf(event->date, language)).toHtmlEscaped());
  } else if (const Boundary* boundary = m_renderer.boundaryAt(viewport(), position, kBoundaryReach)) {
    text = QStringLiteral("<b>%1</b><br>%2")
               .arg(QString::fromStdString(boundary->name.get(language)).toHtmlEscaped(),
                    QString::fromStdString(formatEdtf(boundary->inForce, language)).toHtmlEscaped());
  } else if (const Territory* territory = m_renderer.territoryAt(viewport(), position)) {
    text =
        QStringLiteral("<b>%1</b>")
            .arg(QString::fromStdString(territory->namesOn(m_controller.currentDay()).label(language, order))
                     .toHtmlEscaped());
    if (const TerritoryPart* part = m_renderer.territoryPartAt(viewport(), position))
      text += QStringLiteral("<br><i>%1</i>")
                  .arg(QString::fromStdString(part->names.label(language, order)).toHtmlEscaped());
    const TerritoryState state = dataset->stateOf(*territory, m_controller.currentDay());
    text += QStringLiteral("<br>%1").arg(describeTerritoryState(*dataset, state, language).toHtmlEscaped());
  }
  if (text.isEmpty())
    QToolTip::hideText();
  else
    QToolTip::showText(globalPosition, text, this);
}

void MapWidget::setUserLayers(const UserLayers* layers) {
  if (m_userLayers) disconnect(m_userLayers.data(), nullptr, this, nullptr);
  m_userLayers = layers;
  if (m_userLayers) connect(m_userLayers.data(), &UserLayers::changed, this, qOverload<>(&QWidget::update));
  update();
}

QString MapWidget::userFeatureText(QPointF position) {
  if (!m_userLayers) return {};
  const auto hit =
      m_userLayerPainter.featureAt(viewport(), position, m_controller.currentDay(), *m_userLayers);
  if (!hit) return {};
  const UserLayer& layer = m_userLayers->at(hit->layer);
  const UserFeature& feature = layer.data->features[hit->feature];
  QString text =
      QStringLiteral("<b>%1</b>")
          .arg((feature.label.empty() ? layer.spec.displayName() : QString::fromStdString(feature.label))
                   .toHtmlEscaped());
  constexpr int kMaxRows = 12;
  int rows = 0;
  for (const auto& [name, value] : feature.attributes) {
    if (rows++ == kMaxRows) {
      text += QStringLiteral("<br>…");
      break;
    }
    text +=
        QStringLiteral("<br>%1: %2")
            .arg(QString::fromStdString(name).toHtmlEscaped(), QString::fromStdString(value).toHtmlEscaped());
  }
  return text;
}

// --- selection --------------------------------------------------------------------------------

void MapWidget::onEventSelected(const QString& eventId) {
  if (!m_selectingFromMap && !eventId.isEmpty()) centreOnEvent(eventId);
  update();
}

void MapWidget::centreOnEvent(const QString& eventId) {
  const Dataset* dataset = m_document.dataset();
  if (dataset == nullptr) return;
  const Event* event = dataset->event(eventId.toStdString());
  if (event == nullptr || !event->location) return;
  m_pendingFit.reset();
  MapViewport viewport = this->viewport();
  if (inRegion(*event->location)) {
    if (viewport.projection() != MapProjection::Region)
      viewport = MapViewport::named(NamedView::Region, size());
    viewport.setCentre(QPointF(event->region.x, event->region.y));
  } else {
    // Far away (Moscow, Kittery, San Francisco): the world map, a little closer, centred on
    // the place but not past the edge of the Earth.
    const MapViewport world = MapViewport::named(NamedView::World, size());
    viewport = world;
    viewport.setMetresPerPixel(world.metresPerPixel() / 1.6);
    const Bounds& extent = MapViewport::namedExtent(NamedView::World);
    const double halfWidth = viewport.metresPerPixel() * width() / 2.0;
    const double halfHeight = viewport.metresPerPixel() * height() / 2.0;
    auto clampAxis = [](double value, double low, double high) {
      return low <= high ? std::clamp(value, low, high) : (low + high) / 2.0;
    };
    viewport.setCentre(
        QPointF(clampAxis(event->world.x, extent.minX + halfWidth, extent.maxX - halfWidth),
                clampAxis(event->world.y, extent.minY + halfHeight, extent.maxY - halfHeight)));
  }
  changeViewport(viewport);
}

}  // namespace okhotsk::app
