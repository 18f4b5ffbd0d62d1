// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "session/user_layers.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_texts.h"

#include "okhotsk/dataset.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace okhotsk::app {

namespace {
constexpr double kZoomPerWheelNotch = 0.8;  // one notch shows 80 % of the range
constexpr double kPanPerWheelNotch = 0.1;   // shift+wheel: a tenth of the range
constexpr double kDensityBinWidth = 3.0;    // px (scaled), the narrowest bar of the density view
}  // namespace

// --- Construction ---------------------------------------------------------------------------

TimelineWidget::TimelineWidget(TimeController& controller, const AtlasDocument& document,
                               const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);  // cursor shapes over the handle and the marks
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setAccessibleName(tr("Timeline"));  // and again on QEvent::LanguageChange
  m_shownDay = controller.currentDay();
  setAccessibleDescription(QString::fromStdString(formatDay(m_shownDay, settings.language())));

  connect(&m_controller, &TimeController::currentDayChanged, this, &TimelineWidget::onCurrentDayChanged);
  connect(&m_controller, &TimeController::visibleRangeChanged, this, &TimelineWidget::invalidateStaticLayer);
  connect(&m_controller, &TimeController::boundsChanged, this, &TimelineWidget::invalidateStaticLayer);
  connect(&m_controller, &TimeController::loopRangeChanged, this, qOverload<>(&QWidget::update));
  connect(&m_document, &AtlasDocument::datasetChanged, this, &TimelineWidget::onDatasetChanged);
  connect(&m_controller, &TimeController::playingChanged, this, [this](bool playing) {
    if (!playing)
      setAccessibleDescription(
          QString::fromStdString(formatDay(m_controller.currentDay(), m_settings.language())));
  });
  connect(&m_settings, &DisplaySettings::languageChanged, this, [this] {
    invalidateStaticLayer();
    onCurrentDayChanged(m_controller.currentDay());  // the label's words change
  });
  onDatasetChanged();
  updateLayout();
}

TimelineWidget::~TimelineWidget() {
  endPan();  // the controller outlives the widget: give it back its policy
}

void TimelineWidget::endPan() {
  if (m_drag == Drag::Pan) m_controller.setFollowCurrentDay(m_followBeforePan);
}

const Dataset* TimelineWidget::dataset() const {
  return m_document.dataset();
}

QSize TimelineWidget::sizeHint() const {
  const double s = logicalDpiY() / 96.0;
  return {qRound(800 * s), qRound(120 * s)};
}

QSize TimelineWidget::minimumSizeHint() const {
  // Touch-friendly: a finger can hit the handle and a mark at 90 px (at 96 dpi).
  const double s = logicalDpiY() / 96.0;
  return {qRound(320 * s), qRound(90 * s)};
}

void TimelineWidget::onDatasetChanged() {
  const Dataset* loaded = dataset();
  m_controlMarks.rebuild(loaded != nullptr ? loaded->controlPeriods() : std::span<const ControlPeriod>());
  if (loaded != nullptr) {
    m_indices.reserve(loaded->events().size());
    m_marks.reserve(loaded->events().size());
  }
  invalidateStaticLayer();
}

void TimelineWidget::setUserLayers(const UserLayers* layers) {
  if (m_userLayers) disconnect(m_userLayers.data(), nullptr, this, nullptr);
  m_userLayers = layers;
  if (m_userLayers)
    connect(m_userLayers.data(), &UserLayers::changed, this, &TimelineWidget::invalidateStaticLayer);
  invalidateStaticLayer();
}

void TimelineWidget::setTouchTargetSize(int pixels) {
  if (pixels == m_touchTarget) return;
  m_touchTarget = std::max(pixels, 0);
  updateLayout();
  invalidateStaticLayer();
}

void TimelineWidget::invalidateStaticLayer() {
  m_staticLayerValid = false;
  update();
}

// --- Geometry -----------------------------------------------------------------------------

void TimelineWidget::updateLayout() {
  TimelineMetrics metrics;
  metrics.width = width();
  metrics.height = height();
  metrics.scale = std::max(1.0, logicalDpiY() / 96.0);
  const QFontMetricsF fontMetrics(font());
  metrics.textHeight = fontMetrics.height();
  metrics.yearWidth = fontMetrics.horizontalAdvance(QStringLiteral("0000"));
  QFont legendFont = font();
  legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
  metrics.legendTextHeight = QFontMetricsF(legendFont).height();
  if (m_touchTarget > 0) metrics.markSize = std::max(9.0 * metrics.scale, m_touchTarget / 3.0);
  m_layout = computeTimelineLayout(metrics);
}

TimeAxis TimelineWidget::axis() const {
  return {m_controller.visibleRange(), m_layout.left, m_layout.right};
}

TimelinePainter TimelineWidget::painter() const {
  return {m_layout, axis(), font(), m_settings.language(), static_cast<double>(width())};
}

double TimelineWidget::xForDay(DayNumber day) const {
  return axis().xForDay(day);
}

DayNumber TimelineWidget::dayAtX(double x) const {
  return axis().dayAtX(x);
}

TimelineWidget::StepUnit TimelineWidget::stepUnit() const {
  return tickScales()[painter().scaleChoice().major].unit;
}

QRect TimelineWidget::handleRect(DayNumber day) const {
  return painter().handleRect(day);
}

bool TimelineWidget::hitsHandle(QPointF position) const {
  const DayNumber day = m_controller.currentDay();
  if (!m_controller.visibleRange().contains(day)) return false;
  const double reach = std::max(10.0 * m_layout.scale, m_touchTarget / 2.0);  // a fingertip
  return std::abs(position.x() - xForDay(day)) <= reach || painter().handleLabelRect(day).contains(position);
}

// --- Painting ------------------------------------------------------------------------------

bool TimelineWidget::staticLayerIsCurrent() const {
  return m_staticLayerValid && m_staticSize == size() && m_staticRange == m_controller.visibleRange() &&
         m_staticLanguage == m_settings.language() && m_staticPixelRatio == devicePixelRatioF() &&
         m_staticDataset == dataset();
}

void TimelineWidget::rebuildStaticLayer() {
  updateLayout();  // the logical DPI may have changed with the screen
  const qreal ratio = devicePixelRatioF();
  const QSize pixels = (QSizeF(size()) * ratio).toSize();
  if (m_staticLayer.size() != pixels) m_staticLayer = QPixmap(pixels);
  m_staticLayer.setDevicePixelRatio(ratio);
  m_staticLayer.fill(TimelinePainter::background());
  const Dataset* loaded = dataset();
  m_marks.clear();
  m_density.clear();
  if (loaded != nullptr) {
    // O(events in view), once per visible range: the dataset's date index finds them.
    loaded->eventIndicesIn(m_controller.visibleRange(), m_indices);
    // Twice what the lane holds side by side cannot fit: no need to place them to know.
    const bool crowded = static_cast<double>(m_indices.size()) > 2.0 * eventLaneCapacity(m_layout);
    if (crowded ||
        drawsDensity(packEventMarks(loaded->events(), m_indices, axis(), m_layout, m_marks), m_layout)) {
      m_marks.clear();
      m_density.rebuild(loaded->events(), m_indices, axis(), kDensityBinWidth * m_layout.scale);
    }
  }
  {
    QPainter layer(&m_staticLayer);
    layer.setRenderHint(QPainter::Antialiasing);
    layer.setRenderHint(QPainter::TextAntialiasing);
    painter().drawStatic(layer, m_controlMarks, m_marks, m_density, loaded != nullptr, m_labels);
    m_userMarks.clear();
    if (m_userLayers) {
      const double height = std::min(6.0 * m_layout.scale, m_layout.labelStrip.height() / 2.0);
      const QRectF row(m_layout.left, m_layout.labelStrip.bottom() - height, m_layout.right - m_layout.left,
                       height);
      userTimelineMarks(*m_userLayers, axis(), row, m_userMarks);
      drawUserTimelineMarks(layer, m_userMarks);
    }
  }
  m_staticLayerValid = true;
  m_staticSize = size();
  m_staticRange = m_controller.visibleRange();
  m_staticLanguage = m_settings.language();
  m_staticPixelRatio = ratio;
  m_staticDataset = loaded;
  ++m_staticLayerBuilds;
}

void TimelineWidget::paintEvent(QPaintEvent* event) {
  if (!staticLayerIsCurrent()) rebuildStaticLayer();
  QPainter screen(this);
  const QRect dirty = event->rect();
  // The layer has the widget's device pixels; copy only the part being repainted.
  const qreal ratio = m_staticLayer.devicePixelRatio();
  screen.drawPixmap(
      QRectF(dirty), m_staticLayer,
      QRectF(dirty.x() * ratio, dirty.y() * ratio, dirty.width() * ratio, dirty.height() * ratio));
  screen.setRenderHint(QPainter::Antialiasing);
  screen.setRenderHint(QPainter::TextAntialiasing);
  if (const auto& loop = m_controller.loopRange()) painter().drawLoopRange(screen, *loop);
  painter().drawHandle(screen, m_controller.currentDay());
  if (hasFocus()) {
    // A keyboard user must see where the keys go. The system's focus colour, not the
    // handle's: a frame in the date's colour would read as part of the date.
    screen.setPen(QPen(palette().color(QPalette::Highlight), 1.0 * m_layout.scale, Qt::DotLine));
    screen.setBrush(Qt::NoBrush);
    screen.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
  }
}

void TimelineWidget::onCurrentDayChanged(DayNumber day) {
  // The controller has already brought the day into view when it follows the date.
  // Only the handle moved: repaint where it was and where it is.
  update(handleRect(m_shownDay));
  if (!m_controller.visibleRange().contains(m_shownDay) || !m_controller.visibleRange().contains(day))
    update(QRect(0, 0, width(), qCeil(m_layout.labelStrip.bottom()) + 2));  // the edge label
  m_shownDay = day;
  update(handleRect(day));
  // Not at 60 Hz while playing: a screen reader would chatter. Updated when playback stops.
  if (!m_controller.isPlaying())
    setAccessibleDescription(QString::fromStdString(formatDay(day, m_settings.language())));
}

void TimelineWidget::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateLayout();
  m_staticLayerValid = false;
}

void TimelineWidget::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
    updateLayout();
    invalidateStaticLayer();
  }
  if (event->type() == QEvent::LanguageChange) {
    // The catalogue changed: the name, and the words painted in the static layer (the
    // legend's categories, "No dataset is open.").
    setAccessibleName(tr("Timeline"));
    invalidateStaticLayer();
  }
}

void TimelineWidget::focusInEvent(QFocusEvent* event) {
  QWidget::focusInEvent(event);
  update();
}

void TimelineWidget::focusOutEvent(QFocusEvent* event) {
  QWidget::focusOutEvent(event);
  update();
}

// --- Hit testing and tooltips ----------------------------------------------------------------

double TimelineWidget::markReach() const {
  // A kiosk's finger: the mark and its reach together are at least the touch target wide.
  return std::max(3.0 * m_layout.scale, (m_touchTarget - m_layout.markSize) / 2.0);
}

const EventMark* TimelineWidget::markAt(QPointF position) const {
  if (!staticLayerIsCurrent()) return nullptr;  // marks are those of the last drawing
  const double reach = markReach();
  const EventMark* best = nullptr;
  double bestDistance = 1e9;
  for (const EventMark& mark : m_marks) {
    if (!mark.rect.adjusted(-reach, -reach, reach, reach).contains(position)) continue;
    const double distance = std::abs(mark.rect.center().x() - position.x());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = &mark;
    }
  }
  return best;
}

QString TimelineWidget::toolTipAt(QPointF position) const {
  const Dataset* loaded = dataset();
  if (loaded == nullptr) return {};
  const Language language = m_settings.language();
  const double reach = markReach();
  QString events = eventsToolTip(*loaded, m_marks, position, reach, language);
  if (!events.isEmpty()) return events;
  if (staticLayerIsCurrent() && !m_density.empty()) {
    const int bin = m_density.binAtX(position.x());
    if (const auto category = EventDensity::categoryAtY(m_layout, position.y()); category && bin >= 0)
      if (QString bar =
              densityToolTip(*category, m_density.binDays(bin), m_density.count(*category, bin), language);
          !bar.isEmpty())
        return bar;
  }
  if (m_userLayers && !m_userMarks.empty())
    if (QString user = userMarksToolTip(*m_userLayers, m_userMarks, position, reach); !user.isEmpty())
      return user;
  // The control lane: which territories change hands here.
  if (!m_layout.controlLane.adjusted(0.0, -reach, 0.0, reach).contains(position)) return {};
  const TimeAxis timeAxis = axis();
  const double slack = reach / timeAxis.pixelsPerDay();
  return controlChangesToolTip(*loaded, timeAxis.dayAtX(position.x()),
                               static_cast<DayNumber>(std::ceil(slack)), language, m_settings.namingOrder());
}

bool TimelineWidget::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
      QToolTip::hideText();
      event->ignore();
    } else {
      QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
  }
  return QWidget::event(event);
}

// --- Mouse, wheel and keys -------------------------------------------------------------------

bool TimelineWidget::onTrack(QPointF position) const {
  return position.y() < m_layout.tickLabels.top() && position.x() >= m_layout.left &&
         position.x() <= m_layout.right;
}

void TimelineWidget::scrubTo(double x) {
  // Kept inside the axis so the view does not run away under the finger.
  m_controller.setCurrentDay(dayAtX(std::clamp(x, m_layout.left, m_layout.right - 0.01)));
}

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) {
    QWidget::mousePressEvent(event);
    return;
  }
  m_pressPosition = event->position();
  m_pressRange = m_controller.visibleRange();
  const EventMark* pressed = markAt(event->position());
  m_pressedEvent = pressed != nullptr ? std::optional<std::size_t>(pressed->eventIndex) : std::nullopt;
  const bool pans = (event->modifiers() & Qt::ShiftModifier) != 0 || !onTrack(event->position());
  if (hitsHandle(event->position()) && !pans) {
    m_drag = Drag::Handle;
    setCursor(Qt::SizeHorCursor);
  } else if (pans) {
    m_drag = Drag::Pending;  // a click sets the date, a drag pans: decided on moving
  } else {
    // A press on the track moves the date there at once (on a point mark, to the mark's day:
    // at low zoom a pixel is weeks wide); dragging on scrubs.
    const EventMark* mark = markAt(event->position());
    const Dataset* loaded = dataset();
    if (mark != nullptr && mark->pointLike() && loaded != nullptr) {
      m_controller.setCurrentDay(loaded->events()[mark->eventIndex].date.earliest());
      m_drag = Drag::MarkPress;
    } else {
      scrubTo(event->position().x());
      m_drag = Drag::Handle;
    }
    setCursor(Qt::SizeHorCursor);
  }
  event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
  const QPointF position = event->position();
  // Moved away: a scrub or a pan, not a click on the mark pressed.
  if (m_pressedEvent && QLineF(position, m_pressPosition).length() >= QApplication::startDragDistance())
    m_pressedEvent.reset();
  switch (m_drag) {
    case Drag::MarkPress:
      // The mark's day holds until the pointer really moves.
      if (std::abs(position.x() - m_pressPosition.x()) < QApplication::startDragDistance()) return;
      m_drag = Drag::Handle;
      [[fallthrough]];
    case Drag::Handle:
      scrubTo(position.x());
      return;
    case Drag::Pending:
      if (std::abs(position.x() - m_pressPosition.x()) < QApplication::startDragDistance()) return;
      m_drag = Drag::Pan;
      setCursor(Qt::ClosedHandCursor);
      // The view stays under the pointer even if the date moves (playback) meanwhile.
      m_followBeforePan = m_controller.followsCurrentDay();
      m_controller.setFollowCurrentDay(false);
      [[fallthrough]];
    case Drag::Pan: {
      const double daysMoved = (position.x() - m_pressPosition.x()) / axis().pixelsPerDay();
      const auto shift = static_cast<DayNumber>(std::llround(daysMoved));
      m_controller.setVisibleRange({m_pressRange.first - shift, m_pressRange.last - shift});
      return;
    }
    case Drag::None:
      break;
  }
  if (hitsHandle(position)) {
    setCursor(Qt::SizeHorCursor);
  } else if (markAt(position) != nullptr) {
    setCursor(Qt::PointingHandCursor);
  } else {
    unsetCursor();
  }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) {
    QWidget::mouseReleaseEvent(event);
    return;
  }
  if (m_drag == Drag::Pending) {
    // A click on the labels or the legend: on a point mark, go to its day; elsewhere, to the
    // day under the pointer.
    const EventMark* mark = markAt(event->position());
    const Dataset* loaded = dataset();
    if (mark != nullptr && mark->pointLike() && loaded != nullptr)
      m_controller.setCurrentDay(loaded->events()[mark->eventIndex].date.earliest());
    else
      m_controller.setCurrentDay(dayAtX(event->position().x()));
  }
  endPan();
  m_drag = Drag::None;
  unsetCursor();
  event->accept();
  const Dataset* activated = dataset();
  if (const std::optional<std::size_t> index = std::exchange(m_pressedEvent, std::nullopt);
      index && activated != nullptr && *index < activated->events().size()) {
    const Event& chosen = activated->events()[*index];
    // A span's mark: the press went to the day under the finger; the event's story starts on
    // its first day.
    if (!chosen.date.contains(m_controller.currentDay())) m_controller.setCurrentDay(chosen.date.earliest());
    Q_EMIT eventActivated(QString::fromStdString(chosen.id));
  }
}

QMenu* TimelineWidget::makeContextMenu(QPointF position) {
  const DayNumber day = dayAtX(std::clamp(position.x(), m_layout.left, m_layout.right - 0.01));
  auto* menu = new QMenu(this);
  menu->addAction(tr("Set Loop Start Here"), this, [this, day] { m_controller.setLoopStartAt(day); });
  menu->addAction(tr("Set Loop End Here"), this, [this, day] { m_controller.setLoopEndAt(day); });
  QAction* clear = menu->addAction(tr("Clear Loop"), &m_controller, &TimeController::clearLoop);
  clear->setEnabled(m_controller.loopRange().has_value() || m_controller.loops());
  return menu;
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent* event) {
  QMenu* menu = makeContextMenu(event->pos());
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(event->globalPos());
  event->accept();
}

void TimelineWidget::zoomAround(double x, double factor) {
  m_controller.setVisibleRange(axis().zoomedAround(x, factor));
}

void TimelineWidget::wheelEvent(QWheelEvent* event) {
  const QPoint angle = event->angleDelta();
  const double notchesY = angle.y() / 120.0;
  const double notchesX = angle.x() / 120.0;
  const double axisWidth = m_layout.right - m_layout.left;
  if ((event->modifiers() & Qt::ShiftModifier) || std::abs(notchesX) > std::abs(notchesY)) {
    // Shift+wheel (some platforms turn it into a horizontal wheel) and trackpad swipes pan.
    const double notches = std::abs(notchesX) > std::abs(notchesY) ? notchesX : notchesY;
    const DayRange panned = axis().pannedBy(-notches * kPanPerWheelNotch * axisWidth);
    if (panned != m_controller.visibleRange()) m_controller.setVisibleRange(panned);
  } else if (notchesY != 0.0) {
    zoomAround(event->position().x(), std::pow(kZoomPerWheelNotch, notchesY));
  }
  event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent* event) {
  const bool control = (event->modifiers() & Qt::ControlModifier) != 0;
  const DayNumber day = m_controller.currentDay();
  const DayRange bounds = m_controller.bounds();
  switch (event->key()) {
    case Qt::Key_Left:
      m_controller.setCurrentDay(stepByUnit(day, stepUnit(), -1));
      break;
    case Qt::Key_Right:
      m_controller.setCurrentDay(stepByUnit(day, stepUnit(), +1));
      break;
    case Qt::Key_PageUp:
      control ? m_controller.stepToPreviousControlChange() : m_controller.stepToPreviousEvent();
      break;
    case Qt::Key_PageDown:
      control ? m_controller.stepToNextControlChange() : m_controller.stepToNextEvent();
      break;
    case Qt::Key_Home:
      m_controller.setCurrentDay(bounds.first);
      break;
    case Qt::Key_End:
      m_controller.setCurrentDay(bounds.last);
      break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomAround(xForDay(day), kZoomPerWheelNotch);
      break;
    case Qt::Key_Minus:
      zoomAround(xForDay(day), 1.0 / kZoomPerWheelNotch);
      break;
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

}  // namespace okhotsk::app
