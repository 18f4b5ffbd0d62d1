#include "timeline/timeline_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"

#include "okhotsk/dataset.h"

#include <QApplication>
#include <QDate>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace okhotsk::app {

namespace {

// --- Tick scales ------------------------------------------------------------------------

// A tick scale: every `step` days (within a month), months or years. The axis labels the
// finest scale whose labels fit and adds unlabelled minor ticks of a finer scale.
struct Scale {
  TimelineWidget::StepUnit unit;
  int step;
  double approximateDays;
};

using Unit = TimelineWidget::StepUnit;
constexpr std::array<Scale, 15> kScales{{
    {Unit::Day, 1, 1.0},
    {Unit::Day, 2, 2.0},
    {Unit::Day, 5, 5.0},
    {Unit::Day, 10, 10.0},
    {Unit::Day, 15, 15.0},
    {Unit::Month, 1, 30.44},
    {Unit::Month, 3, 91.31},
    {Unit::Month, 6, 182.62},
    {Unit::Year, 1, 365.2425},
    {Unit::Year, 2, 730.485},
    {Unit::Year, 5, 1826.21},
    {Unit::Year, 10, 3652.425},
    {Unit::Year, 20, 7304.85},
    {Unit::Year, 50, 18262.1},
    {Unit::Year, 100, 36524.25},
}};

// Days of a month that carry a tick of a day scale. Steps restart each month so that the
// 1st always has one; the last few days of long months stay empty rather than crowd it.
bool isDayTick(int step, int dayOfMonth) {
  switch (step) {
    case 1:
      return true;
    case 2:
      return dayOfMonth % 2 == 1 && dayOfMonth <= 29;
    case 5:
      return dayOfMonth == 1 || (dayOfMonth % 5 == 0 && dayOfMonth <= 25);
    case 10:
      return dayOfMonth == 1 || dayOfMonth == 10 || dayOfMonth == 20;
    default:
      return dayOfMonth == 1 || dayOfMonth == 15;
  }
}

// True when every tick of `coarse` is also a tick of `fine`, so minor ticks never fall
// beside a major one.
bool includes(const Scale& fine, const Scale& coarse) {
  if (fine.unit != coarse.unit) return static_cast<int>(fine.unit) < static_cast<int>(coarse.unit);
  if (fine.unit != Unit::Day) return coarse.step % fine.step == 0;
  return fine.step == 1 || (fine.step == 5 && (coarse.step == 10 || coarse.step == 15)) ||
         (fine.step == 2 && coarse.step == 15);
}

// Calls f(day, date) for each tick of `scale` inside `range`.
template <typename F>
void forEachTick(const Scale& scale, const DayRange& range, F&& f) {
  const CivilDate first = gregorianFromDays(range.first);
  switch (scale.unit) {
    case Unit::Year: {
      std::int64_t year = first.year + ((first.month == 1 && first.day == 1) ? 0 : 1);
      const std::int64_t remainder = ((year % scale.step) + scale.step) % scale.step;
      if (remainder != 0) year += scale.step - remainder;
      for (;; year += scale.step) {
        const DayNumber day = daysFromGregorian(year, 1, 1);
        if (day > range.last) break;
        f(day, CivilDate{year, 1, 1});
      }
      break;
    }
    case Unit::Month: {
      std::int64_t year = first.year;
      int month = first.month;
      if (first.day != 1) ++month;
      for (;; ++month) {
        if (month > 12) {
          month = 1;
          ++year;
        }
        const DayNumber day = daysFromGregorian(year, month, 1);
        if (day > range.last) break;
        if ((month - 1) % scale.step == 0) f(day, CivilDate{year, month, 1});
      }
      break;
    }
    case Unit::Day: {
      CivilDate date = first;
      for (DayNumber day = range.first; day <= range.last; ++day) {
        if (isDayTick(scale.step, date.day)) f(day, date);
        if (++date.day > daysInGregorianMonth(date.year, date.month)) {
          date.day = 1;
          if (++date.month > 12) {
            date.month = 1;
            ++date.year;
          }
        }
      }
      break;
    }
  }
}

// --- Words in the three languages --------------------------------------------------------

const QLocale& localeFor(Language language) {
  static const QLocale english(QLocale::English, QLocale::UnitedStates);  // "Sep", not "Sept"
  static const QLocale japanese(QLocale::Japanese, QLocale::Japan);
  static const QLocale russian(QLocale::Russian, QLocale::Russia);
  switch (language) {
    case Language::Japanese:
      return japanese;
    case Language::Russian:
      return russian;
    case Language::English:
      break;
  }
  return english;
}

QString yearText(std::int64_t year) {
  return QString::number(year);
}

// "Aug" / "8月" / "авг." on its own (axis labels).
QString monthShort(int month, Language language) {
  return localeFor(language).standaloneMonthName(month, QLocale::ShortFormat);
}

// "Aug 1945" / "1945年8月" / "авг. 1945".
QString monthAndYear(const CivilDate& date, Language language) {
  if (language == Language::Japanese) return QStringLiteral("%1年%2月").arg(date.year).arg(date.month);
  return monthShort(date.month, language) + QLatin1Char(' ') + yearText(date.year);
}

// The label of a labelled tick, and whether it marks the start of a larger unit (drawn bold).
QString tickLabel(const Scale& scale, const CivilDate& date, Language language, bool* boundary) {
  *boundary = false;
  switch (scale.unit) {
    case Unit::Year:
      return yearText(date.year);
    case Unit::Month:
      if (date.month == 1) {
        *boundary = true;
        return yearText(date.year);
      }
      return monthShort(date.month, language);
    case Unit::Day:
      if (date.day == 1) {
        *boundary = true;
        return monthAndYear(date, language);
      }
      return QString::number(date.day);
  }
  return {};
}

QString categoryName(EventCategory category, Language language) {
  struct Names {
    const char16_t* en;
    const char16_t* ja;
    const char16_t* ru;
  };
  static constexpr std::array<Names, kEventCategoryCount> kNames{{
      {u"Treaty", u"条約", u"Договор"},
      {u"Diplomacy", u"外交", u"Дипломатия"},
      {u"Military", u"軍事", u"Военные действия"},
      {u"Territorial", u"領土", u"Территория"},
      {u"Trade", u"貿易", u"Торговля"},
      {u"Economy", u"経済", u"Экономика"},
      {u"Politics", u"政治", u"Политика"},
  }};
  const Names& names = kNames[static_cast<std::size_t>(category)];
  switch (language) {
    case Language::Japanese:
      return QString::fromUtf16(names.ja);
    case Language::Russian:
      return QString::fromUtf16(names.ru);
    case Language::English:
      break;
  }
  return QString::fromUtf16(names.en);
}

enum class LegendWord { Imprecise, Unconfirmed, ControlChange };

QString legendWord(LegendWord word, Language language) {
  static constexpr std::array<std::array<const char16_t*, 3>, 3> kWords{{
      {u"date imprecise or uncertain", u"日付が不確か", u"дата неточна"},
      {u"unconfirmed", u"未確認", u"не подтверждено"},
      {u"control changes", u"支配の変化", u"смена контроля"},
  }};
  return QString::fromUtf16(kWords[static_cast<std::size_t>(word)][static_cast<std::size_t>(language)]);
}

// A date mark is "soft" when it cannot be drawn as one exact day.
bool isSoft(const Edtf& date) {
  return date.isImprecise();
}

QString fromStd(const std::string& text) {
  return QString::fromStdString(text);
}

QColor withAlpha(QColor colour, int alpha) {
  colour.setAlpha(alpha);
  return colour;
}

constexpr double kZoomPerWheelNotch = 0.8;  // one notch shows 80 % of the range
constexpr double kPanPerWheelNotch = 0.1;   // shift+wheel: a tenth of the range
constexpr int kMaxRows = 8;

const QColor kBackground(0xFB, 0xFB, 0xF9);
const QColor kLaneBackground(0xF0, 0xF0, 0xEC);
const QColor kGrid(0xE2, 0xE2, 0xDD);

}  // namespace

// --- Construction ---------------------------------------------------------------------------

TimelineWidget::TimelineWidget(TimeController& controller, const AtlasDocument& document,
                               const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);  // cursor shapes over the handle and the marks
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setAccessibleName(tr("Timeline"));
  m_shownDay = controller.currentDay();
  setAccessibleDescription(fromStd(formatDay(m_shownDay, settings.language())));

  connect(&m_controller, &TimeController::currentDayChanged, this, &TimelineWidget::onCurrentDayChanged);
  connect(&m_controller, &TimeController::visibleRangeChanged, this, &TimelineWidget::invalidateStaticLayer);
  connect(&m_controller, &TimeController::boundsChanged, this, &TimelineWidget::invalidateStaticLayer);
  connect(&m_document, &AtlasDocument::datasetChanged, this, &TimelineWidget::onDatasetChanged);
  connect(&m_controller, &TimeController::playingChanged, this, [this](bool playing) {
    if (!playing)
      setAccessibleDescription(fromStd(formatDay(m_controller.currentDay(), m_settings.language())));
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
  m_controlMarks.clear();
  m_longestControlMark = 0;
  if (const Dataset* loaded = dataset()) {
    for (const ControlPeriod& period : loaded->controlPeriods()) {
      const EdtfEndpoint& start = period.interval.start();
      if (start.kind != EndpointKind::Date) continue;
      const EdtfDate& date = start.date;
      const bool imprecise = date.precision() != Precision::Day || date.qualifiers().any();
      m_controlMarks.push_back({date.range(), imprecise});
    }
    std::sort(m_controlMarks.begin(), m_controlMarks.end(), [](const ControlMark& a, const ControlMark& b) {
      return a.days.first != b.days.first ? a.days.first < b.days.first : a.days.last < b.days.last;
    });
    // Several territories change hands on the same day (treaties): one tick.
    m_controlMarks.erase(
        std::unique(m_controlMarks.begin(), m_controlMarks.end(),
                    [](const ControlMark& a, const ControlMark& b) { return a.days == b.days; }),
        m_controlMarks.end());
    for (const ControlMark& mark : m_controlMarks)
      m_longestControlMark = std::max(m_longestControlMark, mark.days.last - mark.days.first);
    m_indices.reserve(loaded->events().size());
    m_marks.reserve(loaded->events().size());
  }
  invalidateStaticLayer();
}

void TimelineWidget::invalidateStaticLayer() {
  m_staticLayerValid = false;
  update();
}

// --- Geometry -----------------------------------------------------------------------------

void TimelineWidget::updateLayout() {
  Layout& l = m_layout;
  l.scale = std::max(1.0, logicalDpiY() / 96.0);
  const double s = l.scale;
  const QFontMetricsF metrics(font());
  const double textHeight = metrics.height();
  const double pad = 4.0 * s;
  // Room for half a year label at each end, so the first and last labels are not cut.
  const double margin = std::max(14.0 * s, metrics.horizontalAdvance(QStringLiteral("0000")) / 2.0 + 4.0 * s);
  l.left = margin;
  l.right = std::max(l.left + 1.0, width() - margin);
  const double w = width();
  const double h = height();

  l.labelStrip = QRectF(0.0, pad / 2.0, w, textHeight + 6.0 * s);
  l.markSize = 9.0 * s;
  l.rowPitch = l.markSize + 3.0 * s;
  l.tickLength = 6.0 * s;
  const double controlHeight = 11.0 * s;
  // From the bottom: the legend (when there is room for it and two rows of marks), the tick
  // labels, the axis, the control lane; the event lane takes what is left.
  QFont legendFont = font();
  legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
  const double legendHeight = QFontMetricsF(legendFont).height() + 4.0 * s;
  const double fixedHeight = l.labelStrip.bottom() + 3.0 * s + 3.0 * s + controlHeight + 2.0 * s + 1.0 * s +
                             l.tickLength + textHeight + pad / 2.0;
  const bool legend = h - fixedHeight - legendHeight >= 2.0 * l.rowPitch;
  l.legendRow = legend ? QRectF(0.0, h - pad / 2.0 - legendHeight, w, legendHeight) : QRectF();
  const double bottom = legend ? l.legendRow.top() : h - pad / 2.0;
  l.tickLabels = QRectF(0.0, bottom - textHeight, w, textHeight);
  l.axisY = l.tickLabels.top() - l.tickLength - 1.0 * s;
  l.controlLane = QRectF(l.left, l.axisY - 2.0 * s - controlHeight, l.right - l.left, controlHeight);
  const double eventTop = l.labelStrip.bottom() + 3.0 * s;
  l.eventLane =
      QRectF(l.left, eventTop, l.right - l.left, std::max(0.0, l.controlLane.top() - 3.0 * s - eventTop));
  l.rows = std::clamp(static_cast<int>((l.eventLane.height() - 2.0 * s) / l.rowPitch), 1, kMaxRows);
}

double TimelineWidget::pixelsPerDay() const {
  const DayRange range = m_controller.visibleRange();
  return (m_layout.right - m_layout.left) / static_cast<double>(range.length());
}

double TimelineWidget::dayEdgeX(DayNumber day) const {
  const DayRange range = m_controller.visibleRange();
  // Far-away days (open interval ends) are kept within a few widths so painting stays exact.
  const double days =
      std::clamp(static_cast<double>(day - range.first), -4.0 * static_cast<double>(range.length()),
                 5.0 * static_cast<double>(range.length()));
  return m_layout.left + days * pixelsPerDay();
}

double TimelineWidget::xForDay(DayNumber day) const {
  return dayEdgeX(day) + pixelsPerDay() / 2.0;
}

DayNumber TimelineWidget::dayAtX(double x) const {
  return m_controller.visibleRange().first +
         static_cast<DayNumber>(std::floor((x - m_layout.left) / pixelsPerDay()));
}

namespace {
// The labelled scale for a zoom: the finest whose labels keep apart; and its minor ticks.
struct ScaleChoice {
  std::size_t major = kScales.size() - 1;
  std::ptrdiff_t minor = -1;
};

ScaleChoice chooseScales(double pixelsPerDay, const QFontMetricsF& metrics, double s, Language language) {
  const double gap = 14.0 * s;
  const double yearWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
  double monthWidth = yearWidth;
  for (int month = 1; month <= 12; ++month)
    monthWidth = std::max(monthWidth, metrics.horizontalAdvance(monthShort(month, language)));
  const double dayWidth = metrics.horizontalAdvance(QStringLiteral("00"));
  ScaleChoice choice;
  for (std::size_t i = 0; i < kScales.size(); ++i) {
    const Scale& scale = kScales[i];
    const double labelWidth =
        scale.unit == Unit::Year ? yearWidth : (scale.unit == Unit::Month ? monthWidth : dayWidth);
    // Day ticks are uneven near month ends (steps restart on the 1st): a little more room.
    const double spacing = scale.approximateDays * pixelsPerDay * (scale.unit == Unit::Day ? 0.8 : 1.0);
    if (spacing >= labelWidth + gap) {
      choice.major = i;
      break;
    }
  }
  const double minorSpacing = 5.0 * s;
  for (std::size_t j = 0; j < choice.major; ++j) {
    if (kScales[j].approximateDays * pixelsPerDay >= minorSpacing &&
        includes(kScales[j], kScales[choice.major])) {
      choice.minor = static_cast<std::ptrdiff_t>(j);
      break;
    }
  }
  return choice;
}
}  // namespace

TimelineWidget::StepUnit TimelineWidget::stepUnit() const {
  const ScaleChoice choice =
      chooseScales(pixelsPerDay(), QFontMetricsF(font()), m_layout.scale, m_settings.language());
  return kScales[choice.major].unit;
}

QString TimelineWidget::handleText(DayNumber day) const {
  const CivilDate date = gregorianFromDays(day);
  const Language language = m_settings.language();
  if (language == Language::Japanese)
    return QStringLiteral("%1年%2月%3日").arg(date.year).arg(date.month).arg(date.day);
  // "28 Aug 1945" / "28 авг. 1945": the genitive short month, as in a date.
  return QStringLiteral("%1 %2 %3")
      .arg(date.day)
      .arg(localeFor(language).monthName(date.month, QLocale::ShortFormat))
      .arg(date.year);
}

QRectF TimelineWidget::handleLabelRect(DayNumber day) const {
  QFont bold = font();
  bold.setBold(true);
  const QFontMetricsF metrics(bold);
  const double s = m_layout.scale;
  const double width = metrics.horizontalAdvance(handleText(day)) + 14.0 * s;
  const QRectF& strip = m_layout.labelStrip;
  const double x = std::clamp(xForDay(day) - width / 2.0, 1.0, std::max(1.0, this->width() - width - 1.0));
  return {x, strip.top(), width, strip.height()};
}

QRect TimelineWidget::handleRect(DayNumber day) const {
  const double s = m_layout.scale;
  const double x = xForDay(day);
  const double halfWidth = 8.0 * s;  // the knob and antialiasing
  const QRectF line(x - halfWidth, m_layout.labelStrip.top(), 2.0 * halfWidth,
                    m_layout.axisY + halfWidth + 2.0 - m_layout.labelStrip.top());
  return line.united(handleLabelRect(day)).toAlignedRect().adjusted(-2, -2, 2, 2);
}

bool TimelineWidget::hitsHandle(QPointF position) const {
  const DayNumber day = m_controller.currentDay();
  if (!m_controller.visibleRange().contains(day)) return false;
  const double reach = 10.0 * m_layout.scale;  // a fingertip
  return std::abs(position.x() - xForDay(day)) <= reach || handleLabelRect(day).contains(position);
}

// --- The static layer ----------------------------------------------------------------------

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
  m_staticLayer.fill(kBackground);
  {
    QPainter painter(&m_staticLayer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font());
    // Lane backgrounds.
    const double radius = 3.0 * m_layout.scale;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLaneBackground);
    painter.drawRoundedRect(m_layout.eventLane, radius, radius);
    painter.drawRoundedRect(m_layout.controlLane, radius, radius);
    drawAxis(painter);
    drawControlMarks(painter);
    drawEventMarks(painter);
    drawLegend(painter);
  }
  m_staticLayerValid = true;
  m_staticSize = size();
  m_staticRange = m_controller.visibleRange();
  m_staticLanguage = m_settings.language();
  m_staticPixelRatio = ratio;
  m_staticDataset = dataset();
  ++m_staticLayerBuilds;
}

void TimelineWidget::drawAxis(QPainter& painter) {
  const Layout& l = m_layout;
  const double s = l.scale;
  const Language language = m_settings.language();
  const DayRange range = m_controller.visibleRange();
  const QFontMetricsF metrics(font());
  const ScaleChoice choice = chooseScales(pixelsPerDay(), metrics, s, language);
  const Scale& major = kScales[choice.major];

  // Minor ticks, unlabelled.
  if (choice.minor >= 0) {
    painter.setPen(QPen(palette::mutedText().lighter(150), 1.0 * s));
    forEachTick(kScales[static_cast<std::size_t>(choice.minor)], range, [&](DayNumber day, const CivilDate&) {
      const double x = xForDay(day);
      painter.drawLine(QPointF(x, l.axisY), QPointF(x, l.axisY + l.tickLength / 2.0));
    });
  }

  // Major ticks with a faint grid line through the lanes, so an event reads against a year.
  QFont boldFont = font();
  boldFont.setBold(true);
  const QFontMetricsF boldMetrics(boldFont);
  m_labelRects.clear();
  const double labelGap = 6.0 * s;
  auto collides = [&](const QRectF& rect) {
    const QRectF padded = rect.adjusted(-labelGap, 0.0, labelGap, 0.0);
    return std::any_of(m_labelRects.begin(), m_labelRects.end(),
                       [&](const QRectF& other) { return other.intersects(padded); });
  };
  auto labelRect = [&](double x, double textWidth) {
    const double left = std::clamp(x - textWidth / 2.0, 1.0, std::max(1.0, width() - textWidth - 1.0));
    return QRectF(left, l.tickLabels.top(), textWidth, l.tickLabels.height());
  };

  // Boundary labels (a new month or year) first: they win over ordinary ones when crowded.
  struct Pending {
    double x;
    bool boundary;
  };
  forEachTick(major, range, [&](DayNumber day, const CivilDate& date) {
    const double x = xForDay(day);
    painter.setPen(QPen(kGrid, 1.0 * s));
    painter.drawLine(QPointF(x, l.eventLane.top()), QPointF(x, l.controlLane.bottom()));
    painter.setPen(QPen(palette::mutedText(), 1.0 * s));
    painter.drawLine(QPointF(x, l.axisY), QPointF(x, l.axisY + l.tickLength));
    bool boundary = false;
    const QString text = tickLabel(major, date, language, &boundary);
    if (!boundary) return;
    const QRectF rect = labelRect(x, boldMetrics.horizontalAdvance(text));
    if (collides(rect)) return;
    painter.setFont(boldFont);
    painter.setPen(palette::text());
    painter.drawText(rect, Qt::AlignCenter, text);
    m_labelRects.push_back(rect);
  });

  // When zoomed in to days or months, name the month or year at the left edge too, so the
  // reader never sees bare day numbers.
  if (major.unit != Unit::Year) {
    const CivilDate first = gregorianFromDays(range.first);
    const QString text = major.unit == Unit::Day ? monthAndYear(first, language) : yearText(first.year);
    const QRectF rect(1.0, l.tickLabels.top(), boldMetrics.horizontalAdvance(text), l.tickLabels.height());
    if (!collides(rect)) {
      painter.setFont(boldFont);
      painter.setPen(palette::text());
      painter.drawText(rect, Qt::AlignCenter, text);
      m_labelRects.push_back(rect);
    }
  }

  painter.setFont(font());
  painter.setPen(palette::text());
  forEachTick(major, range, [&](DayNumber day, const CivilDate& date) {
    bool boundary = false;
    const QString text = tickLabel(major, date, language, &boundary);
    if (boundary) return;
    const QRectF rect = labelRect(xForDay(day), metrics.horizontalAdvance(text));
    if (collides(rect)) return;
    painter.drawText(rect, Qt::AlignCenter, text);
    m_labelRects.push_back(rect);
  });

  painter.setPen(QPen(palette::mutedText(), 1.0 * s));
  painter.drawLine(QPointF(l.left, l.axisY), QPointF(l.right, l.axisY));
}

void TimelineWidget::drawControlMarks(QPainter& painter) {
  const Layout& l = m_layout;
  const double s = l.scale;
  const DayRange range = m_controller.visibleRange();
  const QRectF lane = l.controlLane.adjusted(0.0, 2.0 * s, 0.0, -2.0 * s);
  const QColor colour = palette::text();
  // Marks are sorted by first day; none is longer than m_longestControlMark.
  auto it = std::lower_bound(m_controlMarks.begin(), m_controlMarks.end(), range.first - m_longestControlMark,
                             [](const ControlMark& mark, DayNumber day) { return mark.days.first < day; });
  for (; it != m_controlMarks.end() && it->days.first <= range.last; ++it) {
    if (!it->days.overlaps(range)) continue;
    const double x0 = dayEdgeX(it->days.first);
    const double x1 = dayEdgeX(it->days.last + 1);
    if (it->imprecise && x1 - x0 > 3.0 * s) {
      // A start known only to the month or year: the days it may fall on.
      painter.setBrush(withAlpha(colour, 40));
      QPen pen(withAlpha(colour, 150), 1.0 * s, Qt::DashLine);
      painter.setPen(pen);
      painter.drawRoundedRect(QRectF(x0, lane.top(), x1 - x0, lane.height()), 2.0 * s, 2.0 * s);
    } else {
      const double x = (x0 + x1) / 2.0;
      painter.setPen(
          QPen(it->imprecise ? withAlpha(colour, 120) : colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
      painter.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
    }
  }
}

void TimelineWidget::drawEventMarks(QPainter& painter) {
  m_marks.clear();
  const Dataset* loaded = dataset();
  const Layout& l = m_layout;
  const double s = l.scale;
  if (loaded == nullptr) {
    painter.setPen(palette::mutedText());
    painter.drawText(l.eventLane, Qt::AlignCenter, tr("No dataset is open."));
    return;
  }
  const DayRange range = m_controller.visibleRange();
  loaded->eventIndicesIn(range, m_indices);
  const auto events = loaded->events();

  // Rows are packed greedily in date order: each mark goes to the first row where it does
  // not touch the previous mark; when all rows are full it overlaps the row that frees first.
  std::array<double, kMaxRows> rowEnd;
  rowEnd.fill(-1e9);
  const double gap = 2.0 * s;
  const double size = l.markSize;
  const double rowsHeight = l.rows * l.rowPitch - (l.rowPitch - size);
  const double top = l.eventLane.top() + std::max(0.0, (l.eventLane.height() - rowsHeight) / 2.0);
  const double clipLeft = l.left - size;
  const double clipRight = l.right + size;

  for (std::size_t index : m_indices) {
    const Event& event = events[index];
    const double x0 = std::max(clipLeft, dayEdgeX(event.date.earliest()));
    const double x1 = std::min(clipRight, dayEdgeX(event.date.latest() + 1));
    const bool soft = isSoft(event.date);
    const bool interval = event.date.isInterval();
    const bool span = (interval || soft) && x1 - x0 >= size * 1.5;
    const double centre = (x0 + x1) / 2.0;
    // An interval too short to show at this zoom still reads as one: a short capsule.
    const double half = (interval && !span ? size * 0.8 : size / 2.0);
    const double left = span ? x0 : centre - half;
    const double right = span ? x1 : centre + half;

    int row = 0;
    for (int r = 0; r < l.rows; ++r) {
      if (rowEnd[static_cast<std::size_t>(r)] + gap <= left) {
        row = r;
        break;
      }
      if (rowEnd[static_cast<std::size_t>(r)] < rowEnd[static_cast<std::size_t>(row)]) row = r;
    }
    rowEnd[static_cast<std::size_t>(row)] = std::max(rowEnd[static_cast<std::size_t>(row)], right);
    const QRectF rect(left, top + row * l.rowPitch, right - left, size);

    const QColor colour = palette::categoryColour(event.category);
    const bool unconfirmed = event.confidence == Confidence::Unconfirmed;
    QPen pen(colour, (unconfirmed ? 2.0 : 1.2) * s);
    if (soft) pen.setStyle(Qt::DashLine);
    QBrush brush;
    if (unconfirmed) {
      brush = QBrush(kBackground);  // hollow: no fill of its colour
    } else if (soft) {
      brush = QBrush(withAlpha(colour, 80));
    } else if (span) {
      brush = QBrush(withAlpha(colour, 170));  // an interval of exact days
    } else {
      brush = QBrush(colour);
      pen = QPen(kBackground, 1.0 * s);  // a crisp dot with a light rim, readable when packed
    }
    painter.setPen(pen);
    painter.setBrush(brush);
    if (span || interval) {
      painter.drawRoundedRect(rect.adjusted(0.5 * s, 0.5 * s, -0.5 * s, -0.5 * s), size / 2.0, size / 2.0);
    } else if (soft) {
      // Imprecise but narrow at this zoom: a larger, blurred-looking disc, never a crisp point.
      painter.drawEllipse(rect.center(), size * 0.6, size * 0.6);
    } else {
      painter.drawEllipse(rect.adjusted(0.5 * s, 0.5 * s, -0.5 * s, -0.5 * s));
    }
    m_marks.push_back({rect, index, !span && !interval});
  }
}

void TimelineWidget::drawLegend(QPainter& painter) {
  const Layout& l = m_layout;
  const double s = l.scale;
  const Language language = m_settings.language();
  QFont legendFont = font();
  legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
  const QFontMetricsF metrics(legendFont);
  const double swatch = 8.0 * s;
  const double itemGap = 10.0 * s;
  const double textGap = 4.0 * s;

  // Entries: the categories, then how marks differ (soft, hollow, control tick).
  struct Entry {
    QString text;
    int kind;  // 0 category dot, 1 soft, 2 hollow, 3 control tick
    QColor colour;
  };
  std::array<Entry, kEventCategoryCount + 3> entries;
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    entries[static_cast<std::size_t>(i)] = {categoryName(category, language), 0,
                                            palette::categoryColour(category)};
  }
  const QColor neutral = palette::mutedText();
  entries[kEventCategoryCount] = {legendWord(LegendWord::Imprecise, language), 1, neutral};
  entries[kEventCategoryCount + 1] = {legendWord(LegendWord::Unconfirmed, language), 2, neutral};
  entries[kEventCategoryCount + 2] = {legendWord(LegendWord::ControlChange, language), 3, palette::text()};

  // Everything when it fits in the row; else only the categories; else swatches alone.
  if (l.legendRow.isEmpty()) return;
  const double available = l.right - l.left;
  auto entryWidth = [&](const Entry& entry, bool withText) {
    const double symbol = entry.kind == 1 ? swatch + 4.0 * s : swatch;  // the soft mark is wider
    return symbol + (withText ? textGap + metrics.horizontalAdvance(entry.text) : 0.0);
  };
  auto widthOf = [&](std::size_t count, bool withText) {
    double total = 0.0;
    for (std::size_t i = 0; i < count; ++i) total += entryWidth(entries[i], withText) + itemGap;
    return total - itemGap;
  };
  std::size_t count = entries.size();
  bool withText = true;
  if (widthOf(count, true) > available) count = kEventCategoryCount;
  if (widthOf(count, true) > available) withText = false;

  painter.setFont(legendFont);
  const double centreY = l.legendRow.center().y();
  double x = l.left;
  for (std::size_t i = 0; i < count; ++i) {
    const Entry& entry = entries[i];
    const double symbolWidth = entryWidth(entry, false);
    const QRectF box(x, centreY - swatch / 2.0, symbolWidth, swatch);
    switch (entry.kind) {
      case 0:
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.colour);
        painter.drawEllipse(box);
        break;
      case 1:
        painter.setPen(QPen(entry.colour, 1.2 * s, Qt::DashLine));
        painter.setBrush(withAlpha(entry.colour, 80));
        painter.drawRoundedRect(box, swatch / 2.0, swatch / 2.0);
        break;
      case 2:
        painter.setPen(QPen(entry.colour, 2.0 * s));
        painter.setBrush(kBackground);
        painter.drawEllipse(box.adjusted(s, s, -s, -s));
        break;
      default:
        painter.setPen(QPen(entry.colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(box.center().x(), box.top() - s),
                         QPointF(box.center().x(), box.bottom() + s));
        break;
    }
    x += symbolWidth;
    if (withText) {
      x += textGap;
      const double textWidth = metrics.horizontalAdvance(entry.text);
      painter.setPen(palette::mutedText());
      painter.drawText(QRectF(x, l.legendRow.top(), textWidth + 1.0, l.legendRow.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, entry.text);
      x += textWidth;
    }
    x += itemGap;
  }
}

// --- Painting ------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent* event) {
  if (!staticLayerIsCurrent()) rebuildStaticLayer();
  QPainter painter(this);
  const QRect dirty = event->rect();
  // The layer has the widget's device pixels; copy only the part being repainted.
  const qreal ratio = m_staticLayer.devicePixelRatio();
  painter.drawPixmap(
      QRectF(dirty), m_staticLayer,
      QRectF(dirty.x() * ratio, dirty.y() * ratio, dirty.width() * ratio, dirty.height() * ratio));
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  drawHandle(painter);
  if (hasFocus()) {
    // A keyboard user must see where the keys go. The system's focus colour, not the
    // handle's: a frame in the date's colour would read as part of the date.
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0 * m_layout.scale, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
  }
}

void TimelineWidget::drawHandle(QPainter& painter) const {
  const Layout& l = m_layout;
  const double s = l.scale;
  const DayNumber day = m_controller.currentDay();
  const DayRange range = m_controller.visibleRange();
  const QColor colour = palette::highlight();
  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);

  if (!range.contains(day)) {
    // Panned away from the date: a label at the edge that points towards it.
    const bool before = day < range.first;
    const QString text =
        before ? QStringLiteral("◀ ") + handleText(day) : handleText(day) + QStringLiteral(" ▶");
    const double textWidth = QFontMetricsF(bold).horizontalAdvance(text) + 14.0 * s;
    const QRectF rect(before ? 1.0 : width() - textWidth - 1.0, l.labelStrip.top(), textWidth,
                      l.labelStrip.height());
    painter.setPen(QPen(colour, 1.5 * s));
    painter.setBrush(kBackground);
    painter.drawRoundedRect(rect, 4.0 * s, 4.0 * s);
    painter.setPen(palette::text());
    painter.drawText(rect, Qt::AlignCenter, text);
    return;
  }

  const double x = xForDay(day);
  // The line through the lanes, then the knob on the axis that the finger grabs. A light halo
  // keeps it apart from marks of the same hue (military events share the highlight colour).
  painter.setPen(QPen(withAlpha(kBackground, 170), 4.0 * s, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(x, l.labelStrip.bottom()), QPointF(x, l.axisY));
  painter.setPen(QPen(colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(x, l.labelStrip.bottom()), QPointF(x, l.axisY));
  painter.setPen(QPen(Qt::white, 1.5 * s));
  painter.setBrush(colour);
  painter.drawEllipse(QPointF(x, l.axisY), 6.0 * s, 6.0 * s);

  const QRectF label = handleLabelRect(day);
  painter.setPen(QPen(colour, 1.5 * s));
  painter.setBrush(kBackground);
  painter.drawRoundedRect(label.adjusted(0.75 * s, 0.75 * s, -0.75 * s, -0.75 * s), 4.0 * s, 4.0 * s);
  painter.setPen(palette::text());
  painter.drawText(label, Qt::AlignCenter, handleText(day));
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
  if (!m_controller.isPlaying()) setAccessibleDescription(fromStd(formatDay(day, m_settings.language())));
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

const TimelineWidget::Mark* TimelineWidget::markAt(QPointF position) const {
  if (!staticLayerIsCurrent()) return nullptr;  // marks are those of the last drawing
  const double reach = 3.0 * m_layout.scale;
  const Mark* best = nullptr;
  double bestDistance = 1e9;
  for (const Mark& mark : m_marks) {
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
  const double reach = 3.0 * m_layout.scale;
  QString text;
  int shown = 0;
  int more = 0;
  for (const Mark& mark : m_marks) {
    if (!mark.rect.adjusted(-reach, -reach, reach, reach).contains(position)) continue;
    if (shown == 4) {
      ++more;
      continue;
    }
    const Event& event = loaded->events()[mark.eventIndex];
    if (!text.isEmpty()) text += QStringLiteral("<hr/>");
    text += QStringLiteral("<b>%1</b><br/>%2 · %3")
                .arg(fromStd(event.title.get(language)).toHtmlEscaped(),
                     fromStd(formatEdtf(event.date, language)).toHtmlEscaped(),
                     categoryName(event.category, language).toHtmlEscaped());
    if (event.confidence == Confidence::Unconfirmed)
      text += QStringLiteral(" · <i>%1</i>").arg(legendWord(LegendWord::Unconfirmed, language));
    ++shown;
  }
  if (more > 0) text += QStringLiteral("<br/>") + tr("and %n more", nullptr, more);
  if (!text.isEmpty()) return text;

  // The control lane: which territories change hands here.
  if (m_layout.controlLane.adjusted(0.0, -reach, 0.0, reach).contains(position)) {
    const DayNumber day = dayAtX(position.x());
    const double slack = reach / pixelsPerDay();
    const auto nearDay = static_cast<DayNumber>(std::ceil(slack));
    QStringList lines;
    for (const ControlPeriod& period : loaded->controlPeriods()) {
      if (period.interval.start().kind != EndpointKind::Date) continue;
      const DayRange days = period.interval.start().date.range();
      if (days.last < day - nearDay || days.first > day + nearDay) continue;
      const Territory* territory = loaded->territory(period.territoryId);
      QStringList administrators;
      for (const std::string& id : period.administeredBy)
        if (const State* state = loaded->state(id)) administrators << fromStd(state->name.get(language));
      lines << QStringLiteral("%1 → %2 (%3)")
                   .arg(territory != nullptr
                            ? fromStd(territory->names.label(language, m_settings.namingOrder()))
                                  .toHtmlEscaped()
                            : fromStd(period.territoryId).toHtmlEscaped(),
                        administrators.join(QStringLiteral(", ")).toHtmlEscaped(),
                        fromStd(formatEdtf(Edtf(period.interval.start().date), language)).toHtmlEscaped());
      if (lines.size() == 8) break;
    }
    if (!lines.isEmpty())
      return QStringLiteral("<b>%1</b><br/>").arg(legendWord(LegendWord::ControlChange, language)) +
             lines.join(QStringLiteral("<br/>"));
  }
  return {};
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

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) {
    QWidget::mousePressEvent(event);
    return;
  }
  m_pressPosition = event->position();
  m_pressRange = m_controller.visibleRange();
  if (hitsHandle(event->position())) {
    m_drag = Drag::Handle;
    setCursor(Qt::SizeHorCursor);
  } else {
    m_drag = Drag::Pending;  // a click sets the date, a drag pans: decided on moving
  }
  event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
  const QPointF position = event->position();
  switch (m_drag) {
    case Drag::Handle: {
      // Kept inside the axis so the view does not run away under the finger.
      const double x = std::clamp(position.x(), m_layout.left, m_layout.right - 0.01);
      m_controller.setCurrentDay(dayAtX(x));
      return;
    }
    case Drag::Pending:
      if (std::abs(position.x() - m_pressPosition.x()) < QApplication::startDragDistance()) return;
      m_drag = Drag::Pan;
      setCursor(Qt::ClosedHandCursor);
      // The view stays under the pointer even if the date moves (playback) meanwhile.
      m_followBeforePan = m_controller.followsCurrentDay();
      m_controller.setFollowCurrentDay(false);
      [[fallthrough]];
    case Drag::Pan: {
      const double daysMoved = (position.x() - m_pressPosition.x()) / pixelsPerDay();
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
    // A click: on a point mark, go to its day (at low zoom a pixel is weeks wide);
    // elsewhere, to the day under the pointer.
    const Mark* mark = markAt(event->position());
    const Dataset* loaded = dataset();
    if (mark != nullptr && mark->pointLike && loaded != nullptr)
      m_controller.setCurrentDay(loaded->events()[mark->eventIndex].date.earliest());
    else
      m_controller.setCurrentDay(dayAtX(event->position().x()));
  }
  endPan();
  m_drag = Drag::None;
  unsetCursor();
  event->accept();
}

void TimelineWidget::zoomAround(double x, double factor) {
  const DayRange range = m_controller.visibleRange();
  const double axisWidth = m_layout.right - m_layout.left;
  x = std::clamp(x, m_layout.left, m_layout.right - 0.01);
  // The day under the pointer stays under it: rounding the new range to whole days must not
  // let it drift a day per wheel notch.
  const DayNumber anchor = dayAtX(x);
  const auto days =
      static_cast<DayNumber>(std::llround(std::max(8.0, static_cast<double>(range.length()) * factor)));
  const auto offset =
      static_cast<DayNumber>(std::floor((x - m_layout.left) / (axisWidth / static_cast<double>(days))));
  const DayNumber first = anchor - offset;
  m_controller.setVisibleRange({first, first + days - 1});
}

void TimelineWidget::panByPixels(double dx) {
  const DayRange range = m_controller.visibleRange();
  const auto shift = static_cast<DayNumber>(std::llround(dx / pixelsPerDay()));
  if (shift != 0) m_controller.setVisibleRange({range.first + shift, range.last + shift});
}

void TimelineWidget::wheelEvent(QWheelEvent* event) {
  const QPoint angle = event->angleDelta();
  const double notchesY = angle.y() / 120.0;
  const double notchesX = angle.x() / 120.0;
  const double axisWidth = m_layout.right - m_layout.left;
  if ((event->modifiers() & Qt::ShiftModifier) || std::abs(notchesX) > std::abs(notchesY)) {
    // Shift+wheel (some platforms turn it into a horizontal wheel) and trackpad swipes pan.
    const double notches = std::abs(notchesX) > std::abs(notchesY) ? notchesX : notchesY;
    panByPixels(-notches * kPanPerWheelNotch * axisWidth);
  } else if (notchesY != 0.0) {
    zoomAround(event->position().x(), std::pow(kZoomPerWheelNotch, notchesY));
  }
  event->accept();
}

DayNumber TimelineWidget::stepFrom(DayNumber day, int direction) const {
  const StepUnit unit = stepUnit();
  if (unit == StepUnit::Day) return day + direction;
  CivilDate date = gregorianFromDays(day);
  if (unit == StepUnit::Month) {
    std::int64_t months = date.year * 12 + (date.month - 1) + direction;
    date.year = months >= 0 ? months / 12 : (months - 11) / 12;
    date.month = static_cast<int>(months - date.year * 12) + 1;
  } else {
    date.year += direction;
  }
  date.day = std::min(date.day, daysInGregorianMonth(date.year, date.month));  // 31 Jan → 28 Feb
  return daysFromGregorian(date);
}

void TimelineWidget::keyPressEvent(QKeyEvent* event) {
  const bool control = (event->modifiers() & Qt::ControlModifier) != 0;
  const DayNumber day = m_controller.currentDay();
  const DayRange bounds = m_controller.bounds();
  switch (event->key()) {
    case Qt::Key_Left:
      m_controller.setCurrentDay(stepFrom(day, -1));
      break;
    case Qt::Key_Right:
      m_controller.setCurrentDay(stepFrom(day, +1));
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
