// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/playback_bar.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"

#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <optional>

namespace okhotsk::app {

namespace {

constexpr double kDaysPerYear = 365.2425;
// Slow speeds for living through a month day by day (August 1945), then years per second.
constexpr std::array<double, 10> kSpeeds{
    1.0 / kDaysPerYear, 7.0 / kDaysPerYear, 1.0 / 12.0, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0};

// How many whole `unit`s (in days) a speed of `daysPerSecond` is, when it is one.
std::optional<int> wholeUnits(double daysPerSecond, double unit) {
  const double units = daysPerSecond / unit;
  const double rounded = std::round(units);
  if (rounded < 1.0 || std::abs(units - rounded) > 1e-6 * rounded) return std::nullopt;
  return static_cast<int>(rounded);
}

}  // namespace

// Below a quarter of a year a second, speeds read in days, weeks or months a second ("1 day/s",
// "1 month/s"), with the plural forms of the language; faster ones in years.
QString PlaybackBar::speedText(double yearsPerSecond) {
  const double daysPerSecond = yearsPerSecond * kDaysPerYear;
  if (yearsPerSecond < 0.25) {
    if (const auto months = wholeUnits(daysPerSecond, kDaysPerYear / 12.0))
      return tr("%n months/s", "playback speed: months of history per second", *months);
    if (const auto weeks = wholeUnits(daysPerSecond, 7.0))
      return tr("%n weeks/s", "playback speed: weeks of history per second", *weeks);
    if (const auto days = wholeUnits(daysPerSecond, 1.0))
      return tr("%n days/s", "playback speed: days of history per second", *days);
    if (daysPerSecond < 60.0)
      return tr("%1 days/s", "playback speed: days of history per second, not a whole number")
          .arg(QLocale().toString(daysPerSecond, 'g', 3));
  }
  const QString number = QLocale().toString(yearsPerSecond, 'g', 3);
  return yearsPerSecond == 1.0 ? tr("%1 year/s").arg(number) : tr("%1 years/s").arg(number);
}

namespace {

// The Old Style date in words. English reads "(O.S. 26 January 1855)", as historians
// write it; the Japanese and Russian forms of core name the calendar in their own way.
QString oldStyleText(DayNumber day, Language language) {
  if (language == Language::English) {
    const CivilDate julian = julianFromDays(day);
    return QStringLiteral("(O.S. %1 %2 %3)")
        .arg(julian.day)
        .arg(QLocale(QLocale::English).monthName(julian.month))
        .arg(julian.year);
  }
  const auto text = formatOldStyle(day, language);
  return text ? QString::fromStdString(*text) : QString();
}

// Watches the date field: selects everything when it gets focus (a new date replaces the old
// one), and Escape gives up the typed text.
class DateFieldFilter : public QObject {
 public:
  DateFieldFilter(QLineEdit* field, std::function<void()> onEscape)
      : QObject(field), m_field(field), m_onEscape(std::move(onEscape)) {}

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == m_field && event->type() == QEvent::FocusIn)
      QTimer::singleShot(0, m_field, &QLineEdit::selectAll);  // after the click places the cursor
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
      m_onEscape();
      return true;
    }
    return false;
  }

 private:
  QLineEdit* m_field;
  std::function<void()> m_onEscape;
};

}  // namespace

PlaybackBar::PlaybackBar(TimeController& controller, const AtlasDocument& document,
                         const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  const double s = std::max(1.0, logicalDpiY() / 96.0);
  // The controls and the date on one row; a refused date's reason on a row of its own under
  // them (shown only then), so that it never takes the date's room.
  auto* rows = new QVBoxLayout(this);
  rows->setContentsMargins(0, 0, 0, 0);
  rows->setSpacing(qRound(2 * s));
  auto* layout = new QHBoxLayout;
  layout->setSpacing(qRound(4 * s));
  rows->addLayout(layout);
  // Created from left to right, which is also the order of the focus chain.
  addStepButtons(layout, s);
  addSpeedAndLoop(layout, s);
  addDateField(layout, s);
  addDateLabels(layout, s);
  rows->addWidget(m_errorLabel);
  connectControls();
  connectController();
  retranslate();

  m_loop->setChecked(m_controller.loops());
  onSpeedChanged(m_controller.speedYearsPerSecond());
  onPlayingChanged(m_controller.isPlaying());
  onCurrentDayChanged(m_controller.currentDay());
}

void PlaybackBar::addStepButtons(QHBoxLayout* layout, double s) {
  m_previousControlChange = makeButton();
  m_previousEvent = makeButton();
  m_play = makeButton();
  m_play->setCheckable(true);
  m_nextEvent = makeButton();
  m_nextControlChange = makeButton();
  for (QToolButton* button :
       {m_previousControlChange, m_previousEvent, m_play, m_nextEvent, m_nextControlChange})
    layout->addWidget(button);
  layout->addSpacing(qRound(8 * s));
}

void PlaybackBar::addSpeedAndLoop(QHBoxLayout* layout, double s) {
  m_speed = new QComboBox(this);
  m_speed->setMinimumHeight(qRound(32 * s));
  for (double speed : kSpeeds) m_speed->addItem(speedText(speed), speed);
  layout->addWidget(m_speed);

  m_loop = makeButton();
  m_loop->setCheckable(true);
  m_loop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  layout->addWidget(m_loop);
  layout->addSpacing(qRound(8 * s));
}

void PlaybackBar::addDateField(QHBoxLayout* layout, double s) {
  m_dateField = new QLineEdit(this);
  m_dateField->setMinimumHeight(qRound(32 * s));
  m_dateField->setMinimumWidth(m_dateField->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                               qRound(24 * s));
  m_dateField->setMaximumWidth(m_dateField->minimumWidth() * 2);  // room for an interval
  // One width whatever its border: the red frame of a refused date must not move the header.
  m_dateField->setFixedWidth(
      std::clamp(m_dateField->sizeHint().width(), m_dateField->minimumWidth(), m_dateField->maximumWidth()));
  m_dateField->installEventFilter(new DateFieldFilter(m_dateField, [this] {
    clearDateError();
    showCurrentDateInField();
  }));
  layout->addWidget(m_dateField);
}

void PlaybackBar::addDateLabels(QHBoxLayout* layout, double s) {
  // Laid out by the constructor, under the row: wrapped, as long as the language needs.
  m_errorLabel = new QLabel(this);
  m_errorLabel->setWordWrap(true);
  QPalette errorPalette = m_errorLabel->palette();
  errorPalette.setColor(QPalette::WindowText, palette::highlight().darker(120));
  m_errorLabel->setPalette(errorPalette);
  m_errorLabel->hide();

  m_dateLabel = new QLabel(this);
  m_dateLabel->setTextFormat(Qt::RichText);
  m_dateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);  // historians copy dates
  QFont dateFont = m_dateLabel->font();
  dateFont.setPointSizeF(dateFont.pointSizeF() * 1.15);
  m_dateLabel->setFont(dateFont);
  m_dateLabel->setMinimumWidth(qRound(120 * s));
  m_dateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long dates never widen the bar
  layout->addSpacing(qRound(8 * s));
  layout->addWidget(m_dateLabel, 1);
}

// Every control calls the controller...
void PlaybackBar::connectControls() {
  connect(m_play, &QAbstractButton::toggled, this,
          [this](bool on) { on ? m_controller.play() : m_controller.pause(); });
  connect(m_previousEvent, &QAbstractButton::clicked, &m_controller, &TimeController::stepToPreviousEvent);
  connect(m_nextEvent, &QAbstractButton::clicked, &m_controller, &TimeController::stepToNextEvent);
  connect(m_previousControlChange, &QAbstractButton::clicked, &m_controller,
          &TimeController::stepToPreviousControlChange);
  connect(m_nextControlChange, &QAbstractButton::clicked, &m_controller,
          &TimeController::stepToNextControlChange);
  connect(m_loop, &QAbstractButton::toggled, &m_controller, &TimeController::setLoop);
  connect(m_speed, &QComboBox::activated, this,
          [this](int index) { m_controller.setSpeedYearsPerSecond(m_speed->itemData(index).toDouble()); });
  connect(m_dateField, &QLineEdit::returnPressed, this, &PlaybackBar::submitDate);
  connect(m_dateField, &QLineEdit::textEdited, this, &PlaybackBar::clearDateError);
}

// ...and mirrors its signals, so the bar stays right when they change elsewhere.
void PlaybackBar::connectController() {
  connect(&m_controller, &TimeController::currentDayChanged, this, &PlaybackBar::onCurrentDayChanged);
  connect(&m_controller, &TimeController::typedDateChanged, this, [this] {
    updateDateLabel();
    if (!m_dateError && !(m_dateField->hasFocus() && m_dateField->isModified())) showCurrentDateInField();
  });
  connect(&m_controller, &TimeController::playingChanged, this, &PlaybackBar::onPlayingChanged);
  connect(&m_controller, &TimeController::speedChanged, this, &PlaybackBar::onSpeedChanged);
  connect(&m_controller, &TimeController::loopChanged, m_loop, &QAbstractButton::setChecked);
  connect(&m_controller, &TimeController::boundsChanged, this, &PlaybackBar::updateStepButtons);
  connect(&m_document, &AtlasDocument::datasetChanged, this, &PlaybackBar::updateStepButtons);
  connect(&m_settings, &DisplaySettings::languageChanged, this, [this] {
    updateDateLabel();
    updateDateLabelMode();
  });
}

PlaybackBar::~PlaybackBar() = default;

QAbstractButton* PlaybackBar::playButton() const noexcept {
  return m_play;
}
QAbstractButton* PlaybackBar::previousEventButton() const noexcept {
  return m_previousEvent;
}
QAbstractButton* PlaybackBar::nextEventButton() const noexcept {
  return m_nextEvent;
}
QAbstractButton* PlaybackBar::previousControlChangeButton() const noexcept {
  return m_previousControlChange;
}
QAbstractButton* PlaybackBar::nextControlChangeButton() const noexcept {
  return m_nextControlChange;
}
QAbstractButton* PlaybackBar::loopButton() const noexcept {
  return m_loop;
}

QToolButton* PlaybackBar::makeButton() {
  const double s = std::max(1.0, logicalDpiY() / 96.0);
  auto* button = new QToolButton(this);
  button->setMinimumSize(qRound(32 * s), qRound(32 * s));  // a fingertip on the kiosk
  button->setIconSize(QSize(qRound(20 * s), qRound(20 * s)));
  button->setFocusPolicy(Qt::StrongFocus);
  return button;
}

void PlaybackBar::retranslate() {
  retranslateButtons();
  m_speed->setAccessibleName(tr("Playback speed"));
  m_speed->setToolTip(tr("How much history passes per second while playing"));
  // The items keep their order, their speeds and the current one; only their words change.
  for (int i = 0; i < m_speed->count(); ++i)
    m_speed->setItemText(i, speedText(m_speed->itemData(i).toDouble()));
  m_dateField->setAccessibleName(tr("Go to date"));
  m_dateField->setPlaceholderText(tr("e.g. 1956-10-19"));
  m_errorLabel->setAccessibleName(tr("Date error"));
  m_dateLabel->setAccessibleName(tr("Current date"));
  if (m_dateError)
    showDateError(m_dateErrorMessage);
  else
    m_dateField->setToolTip(tr("Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter"));
}

void PlaybackBar::retranslateButtons() {
  m_previousControlChange->setAccessibleName(tr("Previous control change"));
  m_previousControlChange->setToolTip(tr("Go to the previous change of control (Ctrl+Page Up)"));
  m_previousEvent->setAccessibleName(tr("Previous event"));
  m_previousEvent->setToolTip(tr("Go to the previous event (Page Up)"));
  m_play->setAccessibleName(m_controller.isPlaying() ? tr("Pause") : tr("Play"));
  m_play->setToolTip(tr("Play or pause the timeline"));
  m_nextEvent->setAccessibleName(tr("Next event"));
  m_nextEvent->setToolTip(tr("Go to the next event (Page Down)"));
  m_nextControlChange->setAccessibleName(tr("Next control change"));
  m_nextControlChange->setToolTip(tr("Go to the next change of control (Ctrl+Page Down)"));
  m_loop->setAccessibleName(tr("Loop"));
  m_loop->setToolTip(
      tr("After the end, start again from the beginning, or from the start of the loop set in the Go menu"));
  m_loop->setText(tr("Loop"));
}

void PlaybackBar::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslate();
  if (event->type() != QEvent::StyleChange && event->type() != QEvent::PaletteChange) return;
  // Icons come from the style, so a new style brings new icons.
  QStyle* st = style();
  m_previousControlChange->setIcon(st->standardIcon(QStyle::SP_MediaSkipBackward, nullptr, this));
  m_previousEvent->setIcon(st->standardIcon(QStyle::SP_MediaSeekBackward, nullptr, this));
  m_nextEvent->setIcon(st->standardIcon(QStyle::SP_MediaSeekForward, nullptr, this));
  m_nextControlChange->setIcon(st->standardIcon(QStyle::SP_MediaSkipForward, nullptr, this));
  m_loop->setIcon(st->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
  onPlayingChanged(m_controller.isPlaying());
}

void PlaybackBar::onPlayingChanged(bool playing) {
  {
    const QSignalBlocker blocker(m_play);  // mirroring the controller must not call it back
    m_play->setChecked(playing);
  }
  m_play->setIcon(
      style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay, nullptr, this));
  m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
  // Icons of the other buttons are set on the first StyleChange; make sure they exist now.
  if (m_previousEvent->icon().isNull()) {
    QStyle* st = style();
    m_previousControlChange->setIcon(st->standardIcon(QStyle::SP_MediaSkipBackward, nullptr, this));
    m_previousEvent->setIcon(st->standardIcon(QStyle::SP_MediaSeekBackward, nullptr, this));
    m_nextEvent->setIcon(st->standardIcon(QStyle::SP_MediaSeekForward, nullptr, this));
    m_nextControlChange->setIcon(st->standardIcon(QStyle::SP_MediaSkipForward, nullptr, this));
    m_loop->setIcon(st->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
  }
}

void PlaybackBar::onSpeedChanged(double yearsPerSecond) {
  int index = m_speed->findData(yearsPerSecond);
  if (index < 0) {
    // A speed set elsewhere (a tour, the command line): list it in order.
    index = 0;
    while (index < m_speed->count() && m_speed->itemData(index).toDouble() < yearsPerSecond) ++index;
    m_speed->insertItem(index, speedText(yearsPerSecond), yearsPerSecond);
  }
  m_speed->setCurrentIndex(index);
}

void PlaybackBar::onCurrentDayChanged(DayNumber /*day*/) {
  updateDateLabel();
  updateStepButtons();
  // The date moved on: a refused date no longer applies.
  clearDateError();
  // Mirror the date in the field unless the user is typing there.
  if (!(m_dateField->hasFocus() && m_dateField->isModified())) showCurrentDateInField();
}

void PlaybackBar::showCurrentDateInField() {
  // The date as typed while it is the current one ("1945~"), else the day.
  const QString typed = m_controller.typedDateText();
  m_dateField->setText(typed.isEmpty() ? QString::fromStdString(isoDate(m_controller.currentDay())) : typed);
  m_dateField->setModified(false);
}

std::optional<QString> PlaybackBar::eraOfSpanText(DayNumber first, DayNumber last, Language language) {
  // The era years of a typed span ("197X" is Shōwa 45–54). An open end ("1945/..") has no era
  // of its own, so the known end stands for the span.
  if (last >= kDayMax) last = first;
  if (first <= kDayMin) first = last;
  const auto era = formatJapaneseEraSpan(first, last, language);
  if (!era) return std::nullopt;
  return QString::fromStdString(*era);
}

void PlaybackBar::updateStepButtons() {
  const Dataset* dataset = m_document.dataset();
  const DayNumber day = m_controller.currentDay();
  const DayRange bounds = m_controller.bounds();
  auto inBounds = [&](std::optional<DayNumber> target) { return target && bounds.contains(*target); };
  m_previousEvent->setEnabled(dataset != nullptr && inBounds(dataset->previousEventStart(day)));
  m_nextEvent->setEnabled(dataset != nullptr && inBounds(dataset->nextEventStart(day)));
  m_previousControlChange->setEnabled(dataset != nullptr && inBounds(dataset->previousControlChange(day)));
  m_nextControlChange->setEnabled(dataset != nullptr && inBounds(dataset->nextControlChange(day)));
}

void PlaybackBar::updateDateLabel() {
  const DayNumber day = m_controller.currentDay();
  const Language language = m_settings.language();
  const QString separator = QStringLiteral(" · ");
  // A typed date is said as it was typed ("about 1945"), with the era of its whole span; else
  // the day with its era.
  const std::optional<Edtf>& typed = m_controller.typedDate();
  const bool oneDay = !typed || typed->earliest() == typed->latest();
  const QString spoken =
      QString::fromStdString(typed ? formatEdtf(*typed, language) : formatDay(day, language));
  QString text = QStringLiteral("<b>%1</b>").arg(spoken.toHtmlEscaped());
  QString plain = spoken;
  QStringList notes;
  if (!oneDay) {
    if (const auto era = eraOfSpanText(typed->earliest(), typed->latest(), language)) notes << *era;
  } else if (const auto era = formatJapaneseEra(day, language)) {
    notes << QString::fromStdString(*era);
  }
  // The Old Style date is of one day: not given for a span.
  if (oneDay && isOldStyleInRussia(day)) {
    const QString oldStyle = oldStyleText(day, language);
    if (!oldStyle.isEmpty()) notes << oldStyle;
  }
  if (!notes.isEmpty()) {
    const QColor muted = palette::mutedText();
    // On one line when the bar is wide; else the era and Old Style go on a second line
    // rather than being cut off.
    if (m_twoLineDate)
      text += QStringLiteral("<br/><span style=\"color:%1; font-size:small\">%2</span>")
                  .arg(muted.name(), notes.join(separator).toHtmlEscaped());
    else
      text += QStringLiteral("<span style=\"color:%1\">%2%3</span>")
                  .arg(muted.name(), separator, notes.join(separator).toHtmlEscaped());
    plain += separator + notes.join(separator);
  }
  m_dateLabel->setText(text);
  m_dateLabel->setAccessibleDescription(plain);
  m_dateLabel->setToolTip(plain);
}

void PlaybackBar::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);  // the layout has already placed the children
  updateDateLabelMode();
}

void PlaybackBar::updateDateLabelMode() {
  // Decided on a long date of the current language, not on the date shown, so the bar does
  // not change height while playing when the Old Style note comes and goes.
  const DayNumber longDay = daysFromGregorian(1888, 9, 28);
  const Language language = m_settings.language();
  QString sample = QString::fromStdString(formatDay(longDay, language));
  if (const auto era = formatJapaneseEra(longDay, language))
    sample += QStringLiteral(" · ") + QString::fromStdString(*era);
  sample += QStringLiteral(" · ") + oldStyleText(longDay, language);
  QFont bold = m_dateLabel->font();
  bold.setBold(true);
  const bool twoLines = QFontMetrics(bold).horizontalAdvance(sample) > m_dateLabel->width();
  if (twoLines == m_twoLineDate) return;
  m_twoLineDate = twoLines;
  updateDateLabel();
}

void PlaybackBar::submitDate() {
  QString error;
  if (m_controller.jumpTo(m_dateField->text(), &error, m_settings.language())) {
    clearDateError();
    showCurrentDateInField();  // as typed
    m_dateField->selectAll();  // ready for the next date
    return;
  }
  showDateError(error);
}

void PlaybackBar::showDateError(const QString& message) {
  m_dateError = true;
  m_dateErrorMessage = message;
  const QString text = tr("Not a date: %1").arg(message);
  m_dateField->setStyleSheet(
      QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; padding: 1px 4px; }")
          .arg(palette::highlight().name()));
  m_dateField->setToolTip(text);
  m_dateField->setAccessibleDescription(text);
  m_errorLabel->setText(text);
  m_errorLabel->show();
}

void PlaybackBar::clearDateError() {
  if (!m_dateError) return;
  m_dateError = false;
  m_dateErrorMessage.clear();
  m_dateField->setStyleSheet(QString());
  m_dateField->setToolTip(tr("Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter"));
  m_dateField->setAccessibleDescription(QString());
  m_errorLabel->clear();
  m_errorLabel->hide();
}

}  // namespace okhotsk::app
