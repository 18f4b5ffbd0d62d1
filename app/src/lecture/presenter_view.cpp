// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecture/presenter_view.h"

#include "export/tour_export.h"
#include "lecture/tour_editor.h"
#include "session/atlas_session.h"
#include "style/screen_scale.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

// The next stop's picture: 16:9, as wide as a third of a laptop's screen.
constexpr QSize kPreviewSize(480, 270);

// "12:34" under an hour, "1:02:03" from an hour on.
QString formatElapsed(qint64 seconds) {
  seconds = std::max<qint64>(0, seconds);
  const qint64 hours = seconds / 3600;
  const qint64 minutes = (seconds / 60) % 60;
  const qint64 secs = seconds % 60;
  const auto two = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
  if (hours > 0) return QStringLiteral("%1:%2:%3").arg(hours).arg(two(minutes), two(secs));
  return QStringLiteral("%1:%2").arg(two(minutes), two(secs));
}

QLabel* wrappedLabel(const QString& name, QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setObjectName(name);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  return label;
}

}  // namespace

LectureScreens chooseLectureScreens(int screenCount, int primaryIndex) {
  LectureScreens screens;
  if (screenCount <= 0) return screens;
  const int primary = std::clamp(primaryIndex, 0, screenCount - 1);
  screens.presenter = primary;
  screens.audience = primary;
  for (int i = 0; i < screenCount; ++i)
    if (i != primary) {
      screens.audience = i;
      screens.twoScreens = true;
      break;
    }
  return screens;
}

PresenterView::PresenterView(AtlasSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session), m_clock([] { return QDateTime::currentDateTime(); }) {
  setObjectName(QStringLiteral("PresenterView"));
  setWindowIcon(QIcon(QStringLiteral(":/okhotsk/okhotsk-atlas.svg")));
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(buildPresenterPage(), QString());
  m_editor = new TourEditor(session.player, session.controller, session.selection, session.view,
                            session.document, session.settings, m_tabs);
  m_tabs->addTab(m_editor, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_tabs);

  m_tick = new QTimer(this);
  m_tick->setInterval(500);  // the seconds change on time, within half a second
  connect(m_tick, &QTimer::timeout, this, &PresenterView::refreshTime);
  connect(&session.player, &TourPlayer::stopChanged, this, &PresenterView::onStopChanged);
  connect(&session.player, &TourPlayer::tourChanged, this,
          [this] { onStopChanged(m_session.player.currentIndex()); });
  connect(&session.settings, &DisplaySettings::languageChanged, this,
          [this] { onStopChanged(m_session.player.currentIndex()); });
  retranslate();
  applyFonts();
  resize(1280, 800);
}

PresenterView::~PresenterView() {
  // The editor first, while this view is whole: losing focus, its field commits an edit, and
  // the player's tourChanged comes back here.
  delete m_editor;
  m_editor = nullptr;
  disconnect(&m_session.player, nullptr, this, nullptr);
  disconnect(&m_session.settings, nullptr, this, nullptr);
}

QWidget* PresenterView::buildPresenterPage() {
  auto* page = new QWidget(this);
  auto* grid = new QGridLayout(page);
  // The top line: where the tour is, and the two times.
  m_stop = wrappedLabel(QStringLiteral("presenterStop"), page);
  m_elapsed = new QLabel(page);
  m_elapsed->setObjectName(QStringLiteral("presenterElapsed"));
  m_clockLabel = new QLabel(page);
  m_clockLabel->setObjectName(QStringLiteral("presenterClock"));
  auto* times = new QHBoxLayout;
  times->addWidget(m_stop, 1);
  times->addWidget(m_elapsed);
  times->addSpacing(24);
  times->addWidget(m_clockLabel);
  grid->addLayout(times, 0, 0, 1, 2);
  // Left: the caption the audience reads, then the notes, which scroll when they are long.
  m_caption = wrappedLabel(QStringLiteral("presenterCaption"), page);
  grid->addWidget(m_caption, 1, 0);
  m_notes = wrappedLabel(QStringLiteral("presenterNotes"), page);
  m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* scroll = new QScrollArea(page);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setBackgroundRole(QPalette::Base);  // the notes on a page, not on the window's grey
  m_notes->setBackgroundRole(QPalette::Base);
  m_notes->setAutoFillBackground(true);
  m_notes->setMargin(8);
  scroll->setWidget(m_notes);
  grid->addWidget(scroll, 2, 0);
  // Right: what comes next.
  auto* nextColumn = new QVBoxLayout;
  m_nextTitle = new QLabel(page);
  m_next = wrappedLabel(QStringLiteral("presenterNext"), page);
  m_nextImage = new QLabel(page);
  m_nextImage->setObjectName(QStringLiteral("presenterNextImage"));
  m_nextImage->setMinimumSize(kPreviewSize / 2);
  m_nextImage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  nextColumn->setContentsMargins(16, 0, 0, 0);
  nextColumn->addWidget(m_nextTitle);
  nextColumn->addWidget(m_nextImage);
  nextColumn->addWidget(m_next, 1);
  grid->addLayout(nextColumn, 1, 1, 2, 1);
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 2);
  grid->setRowStretch(2, 1);
  // The buttons: step, blank, restart the timer.
  auto* buttons = new QHBoxLayout;
  const auto button = [page, buttons](const QString& name) {
    auto* b = new QToolButton(page);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    buttons->addWidget(b);
    return b;
  };
  m_previous = button(QStringLiteral("presenterPrevious"));
  m_forward = button(QStringLiteral("presenterNext"));
  m_blank = button(QStringLiteral("presenterBlank"));
  m_restart = button(QStringLiteral("presenterRestartTimer"));
  connect(m_restart, &QToolButton::clicked, this, &PresenterView::restartTimer);
  grid->addLayout(buttons, 3, 0, 1, 2);
  return page;
}

void PresenterView::setStepActions(QAction* previous, QAction* next, QAction* blank) {
  m_previous->setDefaultAction(previous);
  m_forward->setDefaultAction(next);
  m_blank->setDefaultAction(blank);
}

void PresenterView::setClock(Clock clock) {
  m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
  refreshTime();
}

void PresenterView::showPresenterPage() {
  m_tabs->setCurrentIndex(0);
}

void PresenterView::showEditorPage() {
  m_tabs->setCurrentIndex(1);
}

bool PresenterView::isEditorPageShown() const {
  return m_tabs->currentIndex() == 1;
}

QString PresenterView::stopText() const {
  return m_stop->text() + QLatin1Char('\n') + m_caption->text();
}

QString PresenterView::notesText() const {
  return m_notes->text();
}

QString PresenterView::nextText() const {
  return m_next->text();
}

QString PresenterView::elapsedText() const {
  return m_elapsed->text();
}

QString PresenterView::clockText() const {
  return m_clockLabel->text();
}

void PresenterView::restartTimer() {
  m_started = m_session.player.currentIndex() >= 0 ? m_clock() : QDateTime();
  refreshTime();
}

void PresenterView::refreshTime() {
  const QDateTime now = m_clock();
  m_clockLabel->setText(QLocale().toString(now.time(), QStringLiteral("HH:mm")));
  m_elapsed->setText(formatElapsed(m_started.isValid() ? m_started.secsTo(now) : 0));
}

void PresenterView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void PresenterView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  applyFonts();
  refreshTime();
  m_tick->start();
  renderPreviewLater();
  Q_EMIT shownChanged(true);
}

void PresenterView::hideEvent(QHideEvent* event) {
  m_tick->stop();  // nothing ticks for a window nobody sees
  QWidget::hideEvent(event);
  Q_EMIT shownChanged(false);
}

void PresenterView::retranslate() {
  setWindowTitle(tr("Presenter View[*]"));  // [*]: the tour has unsaved changes
  m_tabs->setTabText(0,
                     tr("Presenter", "tab of the presenter view: the current and next stop, notes, times"));
  m_tabs->setTabText(1, tr("Edit Tour", "tab of the presenter view: the tour editor"));
  m_nextTitle->setText(tr("Next", "presenter view: heading over the next stop"));
  m_restart->setText(tr("Restart Timer"));
  m_elapsed->setToolTip(tr("Time since the tour reached its first stop"));
  m_clockLabel->setToolTip(tr("Time of day"));
  onStopChanged(m_session.player.currentIndex());
}

void PresenterView::applyFonts() {
  // Read at arm's length on a laptop, or at a lectern: larger than the interface's type (which
  // the lecture mode scales for a 4K screen, scaleApplicationFontFor), the tabs and the editor
  // as the interface. The preview grows with the screen.
  m_screenFactor = largeScreenFactor(screen());
  m_nextImage->setMinimumSize(kPreviewSize * (m_screenFactor / 2));
  const double base = QApplication::font().pointSizeF();
  QFont font = QApplication::font();
  font.setPointSizeF(base * 1.2);
  for (QWidget* widget : std::initializer_list<QWidget*>{m_next, m_previous, m_forward, m_blank, m_restart})
    widget->setFont(font);
  QFont caption = font;
  caption.setPointSizeF(base * 1.5);
  caption.setBold(true);
  m_caption->setFont(caption);
  QFont stopFont = font;
  stopFont.setPointSizeF(base * 1.5);
  m_stop->setFont(stopFont);
  // Buttons a lecturer hits without looking.
  const int buttonHeight = QFontMetrics(font).height() * 2;
  for (QToolButton* b : {m_previous, m_forward, m_blank, m_restart}) b->setMinimumHeight(buttonHeight);
  QFont notes = font;
  notes.setPointSizeF(base * 1.6);
  m_notes->setFont(notes);
  QFont times = font;
  times.setPointSizeF(base * 2.2);
  times.setBold(true);
  m_elapsed->setFont(times);
  m_clockLabel->setFont(times);
  m_nextTitle->setFont(caption);
}

void PresenterView::onStopChanged(int index) {
  const TourPlayer& player = m_session.player;
  const Language language = m_session.settings.language();
  const TourStop* stop = player.currentStop();
  if (index >= 0 && stop != nullptr && !m_started.isValid()) {
    m_started = m_clock();  // the lecture begins with its first stop
    refreshTime();
  }
  if (stop == nullptr || index < 0) {
    m_stop->setText(player.count() == 0 ? tr("No tour loaded")
                                        : tr("Before the first stop (%n stop(s))", nullptr, player.count()));
    m_caption->clear();
    m_notes->clear();
  } else {
    m_stop->setText(tr("Stop %1 of %2 · %3").arg(index + 1).arg(player.count()).arg(stop->date));
    m_caption->setText(stop->caption.get(language));
    const QString& notes = stop->notes.get(language);
    m_notes->setText(notes.trimmed().isEmpty() ? tr("(no notes)") : notes);
  }
  const int nextIndex = index + 1;
  if (nextIndex < player.count()) {
    const TourStop& next = player.tour().stops[static_cast<std::size_t>(nextIndex)];
    m_next->setText(
        QStringLiteral("%1 · %2\n%3").arg(nextIndex + 1).arg(next.date, next.caption.get(language)));
  } else {
    m_next->setText(player.count() > 0 ? tr("End of the tour") : QString());
  }
  renderPreviewLater();
}

void PresenterView::renderPreviewLater() {
  // After the audience's window has drawn the new stop: the preview never delays the projector.
  if (m_previewPending || !isVisible()) return;
  m_previewPending = true;
  QTimer::singleShot(0, this, [this] {
    m_previewPending = false;
    renderPreview();
  });
}

void PresenterView::renderPreview() {
  const TourPlayer& player = m_session.player;
  const int nextIndex = player.currentIndex() + 1;
  if (nextIndex < 0 || nextIndex >= player.count()) {
    m_preview = QImage();
    m_nextImage->clear();
    return;
  }
  // The picture at its preview size, drawn sharper for the screen's pixels and larger on a 4K
  // screen that no desktop scales (largeScreenFactor): labels keep the size they have at full HD.
  const double ratio = devicePixelRatioF() * m_screenFactor;
  m_preview = drawTourStop(player.tour().stops[static_cast<std::size_t>(nextIndex)], m_session.document,
                           m_session.settings, kPreviewSize, ratio);
  QPixmap pixmap = QPixmap::fromImage(m_preview);
  pixmap.setDevicePixelRatio(devicePixelRatioF());
  m_nextImage->setPixmap(pixmap);
}

}  // namespace okhotsk::app
