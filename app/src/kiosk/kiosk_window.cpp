// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosk_window.h"

#include "kiosk/pin_hash.h"

#include "text/kiosk_phrases.h"

#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "text/map_texts.h"
#include "text/panel_text.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/edtf.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QScroller>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <utility>

namespace okhotsk::app {

namespace {

constexpr std::array<Language, 3> kLanguages{Language::English, Language::Japanese, Language::Russian};
constexpr std::array<const char*, 3> kLanguageLabels{"English", "日本語", "Русский"};

int languageIndex(Language language) {
  return static_cast<int>(std::find(kLanguages.begin(), kLanguages.end(), language) - kLanguages.begin());
}

QString html(const std::string& text) {
  return QString::fromStdString(text).toHtmlEscaped();
}

// 9 mm in the window's (device-independent) pixels on `screen`, from the size the screen
// reports; a screen that reports none (under 5 cm tall) is taken as 96 dpi.
int nineMillimetres(const QScreen* screen) {
  double pixelsPerMillimetre = 96.0 / 25.4;
  if (screen && screen->physicalSize().height() >= 50.0)
    pixelsPerMillimetre = screen->geometry().height() / screen->physicalSize().height();
  return static_cast<int>(std::ceil(9.0 * pixelsPerMillimetre));
}

}  // namespace

QScreen* KioskWindow::configuredScreen(const QString& name) {
  const QList<QScreen*> screens = QGuiApplication::screens();
  if (name.isEmpty()) return QGuiApplication::primaryScreen();
  for (QScreen* screen : screens)
    if (screen->name() == name) return screen;
  bool isIndex = false;
  const int index = name.toInt(&isIndex);
  if (isIndex && index >= 0 && index < screens.size()) return screens[index];
  return nullptr;
}

KioskWindow::KioskWindow(AtlasSession& session, KioskSettings settings, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint),
      m_session(session),
      m_settings(std::move(settings)),
      m_guard(this) {
  setObjectName(QStringLiteral("KioskWindow"));
  // Touch targets: 48 px on a 1080-line screen, scaled with the screen's height (so that a
  // 1024×768 panel holds the whole kiosk), and never under 9 mm on the screen's own size.
  const QScreen* screen = this->screen();
  const double factor = screen ? std::clamp(screen->geometry().height() / 1080.0, 0.75, 3.0) : 1.0;
  m_touchSize = std::max(static_cast<int>(std::lround(48.0 * factor)), nineMillimetres(screen));
  m_typeScale = 1.35 * factor;
  // Missing catalogues leave the welcome band's lines in English: never an empty button.
  if (!m_japaneseCatalogue.load(QStringLiteral(":/i18n/okhotsk_ja")) ||
      !m_russianCatalogue.load(QStringLiteral(":/i18n/okhotsk_ru")))
    qWarning(
        "okhotsk-atlas: kiosk: a translation catalogue is missing; the welcome screen falls back to English");
  buildInterface();
  buildPinPad();

  startUsageLog();

  startIdleMonitor();
  loadAttractTour();
  m_session.player.setTransition(std::chrono::milliseconds(1500));
  connect(&m_session.player, &TourPlayer::stopChanged, this, &KioskWindow::updateCaption);
  connect(&m_session.player, &TourPlayer::autoplayChanged, this, &KioskWindow::updateCaption);
  connect(&m_session.player, &TourPlayer::viewRequested, this,
          [this](const QString& spec) { m_map->showView(spec, 1500); });

  // The one way out for staff with a keyboard.
  auto* exitShortcut = new QShortcut(m_settings.exitSequence, this);
  exitShortcut->setContext(Qt::ApplicationShortcut);
  connect(exitShortcut, &QShortcut::activated, this, &KioskWindow::exitKiosk);

  qApp->installEventFilter(this);
  // The story follows whatever was touched last: a marker after an island tells the event, an
  // island after a marker tells the island. One story at a time: choosing one lets go of the
  // other, so that touching it again is a new choice.
  connect(&m_session.selection, &Selection::eventSelected, this, [this](const QString& id) {
    if (!id.isEmpty()) {
      countStory();
      m_storySubject = StorySubject::Event;
      m_session.selection.selectTerritory(QString());
    } else if (m_storySubject == StorySubject::Event)
      m_storySubject =
          m_session.selection.territoryId().isEmpty() ? StorySubject::None : StorySubject::Territory;
    updateStory();
  });
  connect(&m_session.selection, &Selection::territorySelected, this, [this](const QString& id) {
    if (!id.isEmpty()) {
      countStory();
      m_storySubject = StorySubject::Territory;
      m_session.selection.selectEvent(QString());
    } else if (m_storySubject == StorySubject::Territory)
      m_storySubject = m_session.selection.eventId().isEmpty() ? StorySubject::None : StorySubject::Event;
    updateStory();
  });
  connect(&m_session.controller, &TimeController::currentDayChanged, this, [this] {
    if (m_storySubject == StorySubject::Territory) updateStory();
  });
  connect(&m_session.controller, &TimeController::playingChanged, this, [this] { applyLanguage(); });
  connect(&m_session.settings, &DisplaySettings::languageChanged, this, [this] {
    m_usage.useLanguage(QDate::currentDate(), m_session.settings.language());
    if (m_stillThere->isVisible()) updateStillThere();
    applyLanguage();
    updateStory();
    updateCaption();
  });
  resetToStart();
}

void KioskWindow::loadAttractTour() {
  const auto load = [this](const QString& path) {
    const TourReadResult result = readTour(path, m_session.document.dataset());
    for (const TourProblem& problem : result.problems)
      qWarning("okhotsk-atlas: kiosk tour: %s", qUtf8Printable(problem.toString()));
    if (result.tour) m_session.player.setTour(*result.tour);
    return result.tour.has_value();
  };
  // A configured tour that cannot be read must not turn the attract loop off: the shipped one
  // plays instead, and the log says so.
  if (!m_settings.tourPath.isEmpty()) {
    if (load(m_settings.tourPath)) return;
    qWarning("okhotsk-atlas: kiosk: the tour %s cannot be played; the attract loop plays the shipped tour",
             qUtf8Printable(m_settings.tourPath));
  }
  const QString shipped = findDefaultTour();
  if (shipped.isEmpty() || !load(shipped))
    qWarning("okhotsk-atlas: kiosk: no tour to play; the attract loop only returns to the start");
}

KioskWindow::~KioskWindow() {
  qApp->removeEventFilter(this);
  saveUsage();
}

void KioskWindow::startIdleMonitor() {
  m_idle.setAttractAfter(m_settings.attractAfter);
  m_idle.setResetAfter(m_settings.resetAfter);
  // A visitor still reading gets a warning before their choices are undone.
  m_idle.setWarnBefore(m_settings.warnBefore);
  m_idle.watch(qApp);
  m_idle.start();
  connect(&m_idle, &IdleMonitor::warningDue, this, &KioskWindow::showStillThere);
  connect(&m_idle, &IdleMonitor::warningWithdrawn, this, &KioskWindow::hideStillThere);
  connect(&m_idle, &IdleMonitor::attractDue, this, &KioskWindow::hideStillThere);
  connect(&m_idle, &IdleMonitor::resetDue, this, &KioskWindow::hideStillThere);
  m_stillThereTick.setInterval(std::chrono::seconds(1));
  connect(&m_stillThereTick, &QTimer::timeout, this, [this] {
    m_stillThereSeconds = std::max(m_stillThereSeconds - 1, 0);
    updateStillThere();
  });
  connect(&m_idle, &IdleMonitor::attractDue, this, &KioskWindow::startAttract);
  connect(&m_idle, &IdleMonitor::activityResumed, this, &KioskWindow::stopAttract);
  connect(&m_idle, &IdleMonitor::resetDue, this, [this] {
    if (!isAttracting()) resetToStart();
  });
}

void KioskWindow::startUsageLog() {
  m_usage = UsageLog(m_settings.usageLog);
  QStringList problems;
  if (!m_settings.usageLog.isEmpty() && !m_usage.load(&problems))
    for (const QString& problem : problems)
      qWarning("okhotsk-atlas: kiosk: usage log: %s", qUtf8Printable(problem));
  m_usageSave.setInterval(std::chrono::minutes(5));
  connect(&m_usageSave, &QTimer::timeout, this, &KioskWindow::saveUsage);
  m_usageSave.start();
}

void KioskWindow::saveUsage() {
  QString error;
  if (m_usage.save(&error)) {
    m_lastUsageError.clear();
    return;
  }
  // Once per kind of failure, not every five minutes into the journal.
  if (error != m_lastUsageError)
    qWarning("okhotsk-atlas: kiosk: the usage log cannot be saved: %s", qUtf8Printable(error));
  m_lastUsageError = error;
}

void KioskWindow::buildInterface() {
  QFont base = QApplication::font();
  base.setPointSizeF(16.0 * 0.75 * m_typeScale);
  setFont(base);
  setAutoFillBackground(true);
  QPalette surface = palette();
  surface.setColor(QPalette::Window, QColor(246, 244, 238));
  setPalette(surface);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(m_touchSize / 4, m_touchSize / 4, m_touchSize / 4, m_touchSize / 4);
  layout->setSpacing(m_touchSize / 4);
  layout->addLayout(buildTopRow());
  layout->addLayout(buildMiddle(base), 1);
  layout->addLayout(buildBottomRow());

  // Nothing a visitor touches opens a menu.
  for (QWidget* child : findChildren<QWidget*>()) child->setContextMenuPolicy(Qt::NoContextMenu);
  setContextMenuPolicy(Qt::NoContextMenu);
  m_cornerHold.setSingleShot(true);
  m_cornerHold.setInterval(3000);
  connect(&m_cornerHold, &QTimer::timeout, this, &KioskWindow::showPinPad);
}

// Top: the title, the language buttons and "start over".
QHBoxLayout* KioskWindow::buildTopRow() {
  auto* top = new QHBoxLayout;
  m_title = new QLabel(this);
  m_title->setObjectName(QStringLiteral("kioskTitle"));
  m_title->setTextFormat(Qt::RichText);
  m_title->setWordWrap(true);  // the subtitle wraps on a narrow screen instead of widening the window
  top->addWidget(m_title, 1);
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    auto* button = new QPushButton(QString::fromUtf8(kLanguageLabels[i]), this);
    button->setObjectName(
        QStringLiteral("language_%1").arg(QString::fromUtf8(languageCode(kLanguages[i]).data())));
    button->setCheckable(true);
    button->setMinimumSize(m_touchSize * 2, m_touchSize);
    const Language language = kLanguages[i];
    connect(button, &QPushButton::clicked, this,
            [this, language] { m_session.settings.setLanguage(language); });
    top->addWidget(button);
    m_languageButtons[i] = button;
  }
  m_startOver = new QPushButton(this);
  m_startOver->setObjectName(QStringLiteral("startOver"));
  m_startOver->setMinimumSize(m_touchSize * 2, m_touchSize);
  connect(m_startOver, &QPushButton::clicked, this, &KioskWindow::startOver);
  top->addSpacing(m_touchSize / 2);
  top->addWidget(m_startOver);
  return top;
}

// Middle: the map with the attract caption over its foot, and the story beside it.
QHBoxLayout* KioskWindow::buildMiddle(const QFont& base) {
  AtlasSession& s = m_session;
  auto* middle = new QHBoxLayout;
  auto* mapBox = new QWidget(this);
  auto* mapLayout = new QVBoxLayout(mapBox);
  mapLayout->setContentsMargins(0, 0, 0, 0);
  mapLayout->setSpacing(0);
  m_map = new MapWidget(s.controller, s.document, s.settings, s.selection, mapBox);
  RenderOptions options = m_map->renderOptions();
  options.scale = m_typeScale;
  m_map->setRenderOptions(options);
  mapLayout->addWidget(m_map, 1);
  m_caption = new QLabel(mapBox);
  m_caption->setObjectName(QStringLiteral("kioskCaption"));
  m_caption->setWordWrap(true);
  m_caption->setAlignment(Qt::AlignCenter);
  m_caption->setTextFormat(Qt::PlainText);
  m_caption->setStyleSheet(
      QStringLiteral("background: rgba(20,20,20,220); color: white; padding: %1px;").arg(m_touchSize / 4));
  QFont captionFont = base;
  captionFont.setPointSizeF(22.0 * 0.75 * m_typeScale);
  m_caption->setFont(captionFont);
  m_caption->hide();
  mapLayout->addWidget(m_caption);
  m_welcome = buildWelcome(mapBox, base);
  mapLayout->addWidget(m_welcome);
  m_stillThere = new QLabel(this);
  m_stillThere->setObjectName(QStringLiteral("kioskStillThere"));
  m_stillThere->setWordWrap(true);
  m_stillThere->setAlignment(Qt::AlignCenter);
  m_stillThere->setTextFormat(Qt::RichText);
  m_stillThere->setStyleSheet(QStringLiteral("background: rgba(20,20,20,235); color: white; padding: %1px; "
                                             "border-radius: %2px;")
                                  .arg(m_touchSize / 2)
                                  .arg(m_touchSize / 4));
  m_stillThere->setFont(captionFont);
  m_stillThere->hide();
  middle->addWidget(mapBox, 3);

  m_story = new QTextBrowser(this);
  m_story->setObjectName(QStringLiteral("kioskStory"));
  m_story->setOpenLinks(false);
  m_story->setOpenExternalLinks(false);
  m_story->setTextInteractionFlags(Qt::NoTextInteraction);
  m_story->setMinimumWidth(m_touchSize * 8);
  QScroller::grabGesture(m_story->viewport(), QScroller::LeftMouseButtonGesture);
  middle->addWidget(m_story, 1);
  return middle;
}

// Bottom: previous / play / next and the timeline, tall enough for a finger.
QHBoxLayout* KioskWindow::buildBottomRow() {
  AtlasSession& s = m_session;
  auto* bottom = new QHBoxLayout;
  auto touchButton = [this, bottom](const QString& name, auto slot) {
    auto* button = new QPushButton(this);
    button->setObjectName(name);
    button->setMinimumSize(m_touchSize * 2, m_touchSize);
    connect(button, &QPushButton::clicked, this, slot);
    bottom->addWidget(button);
    return button;
  };
  m_previous = touchButton(QStringLiteral("previousEvent"), [this] { stepToEvent(false); });
  m_play = touchButton(QStringLiteral("play"), [this] { m_session.controller.togglePlaying(); });
  m_next = touchButton(QStringLiteral("nextEvent"), [this] { stepToEvent(true); });
  m_legend = touchButton(QStringLiteral("legend"), [this] { setLegendShown(m_legend->isChecked()); });
  m_legend->setCheckable(true);
  m_legend->setChecked(true);
  m_timeline = new TimelineWidget(s.controller, s.document, s.settings, this);
  m_timeline->setMinimumHeight(m_touchSize * 3);
  // Marks a finger can hit, and a touched mark opens its story like a marker on the map.
  m_timeline->setTouchTargetSize(m_touchSize);
  connect(m_timeline, &TimelineWidget::eventActivated, &s.selection, &Selection::selectEvent);
  // Touches reach the timeline as touches; unhandled, Qt turns them into the mouse drags it knows.
  m_timeline->setAttribute(Qt::WA_AcceptTouchEvents);
  bottom->addWidget(m_timeline, 1);
  return bottom;
}

QWidget* KioskWindow::buildWelcome(QWidget* parent, const QFont& base) {
  auto* band = new QWidget(parent);
  band->setObjectName(QStringLiteral("kioskWelcome"));
  band->setAutoFillBackground(true);
  QPalette dark = band->palette();
  dark.setColor(QPalette::Window, QColor(28, 40, 52));
  band->setPalette(dark);
  auto* row = new QHBoxLayout(band);
  row->setContentsMargins(m_touchSize / 3, m_touchSize / 3, m_touchSize / 3, m_touchSize / 3);
  row->setSpacing(m_touchSize / 3);
  QFont font = base;
  font.setPointSizeF(base.pointSizeF() * 1.15);
  // Three lines: on a narrow screen "touch here to start" wraps once above the language's name.
  const int textHeight = QFontMetrics(font).lineSpacing() * 3 + m_touchSize / 4 + 2;
  const std::array<const QTranslator*, 3> catalogues{nullptr, &m_japaneseCatalogue, &m_russianCatalogue};
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    auto* button = new QPushButton(band);
    button->setObjectName(
        QStringLiteral("welcome_%1").arg(QString::fromUtf8(languageCode(kLanguages[i]).data())));
    button->setStyleSheet(QStringLiteral("QPushButton { background: rgba(255,255,255,28); "
                                         "border: %1px solid rgba(255,255,255,150); border-radius: %2px; }")
                              .arg(std::max(1, m_touchSize / 24))
                              .arg(m_touchSize / 6));
    // A label inside the button wraps the line where a button's own text would be cut off
    // (Russian is the longest); the press goes to the button beneath.
    auto* label = new QLabel(button);
    label->setObjectName(
        QStringLiteral("welcomeText_%1").arg(QString::fromUtf8(languageCode(kLanguages[i]).data())));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: white; background: transparent;"));
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Each button in its own language, whatever the interface's: a visitor who reads only one
    // of them finds their line.
    label->setText(kioskPhraseIn(KioskPhrase::TouchToStart, catalogues[i]) + QLatin1Char('\n') +
                   QString::fromUtf8(kLanguageLabels[i]));
    button->setAccessibleName(label->text().replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    auto* inside = new QVBoxLayout(button);
    inside->setContentsMargins(m_touchSize / 6, m_touchSize / 8, m_touchSize / 6, m_touchSize / 8);
    inside->addWidget(label);
    button->setMinimumSize(m_touchSize * 3, std::max(m_touchSize * 2, textHeight));
    const Language language = kLanguages[i];
    // The release that clicks it also dismisses the band (eventFilter), after the language is set.
    connect(button, &QPushButton::clicked, this,
            [this, language] { m_session.settings.setLanguage(language); });
    row->addWidget(button, 1);
    m_welcomeButtons[i] = button;
  }
  return band;
}

bool KioskWindow::isWelcomeShown() const {
  return !m_welcome->isHidden();
}

QStringList KioskWindow::welcomeTexts() const {
  QStringList texts;
  for (const QPushButton* button : m_welcomeButtons) texts.append(button->findChild<QLabel*>()->text());
  return texts;
}

void KioskWindow::showWelcome() {
  m_storyOnFirstTouch = false;
  m_welcome->show();
}

void KioskWindow::dismissWelcome() {
  if (!isWelcomeShown()) return;
  m_welcome->hide();
  const QDate today = QDate::currentDate();
  m_usage.beginSession(today, m_session.settings.language());
  if (std::exchange(m_storyOnFirstTouch, false)) m_usage.openStory(today);
}

void KioskWindow::countStory() {
  // The touch that ends the welcome may itself open a story (an island under the finger): it
  // is counted once that touch has begun the session.
  if (!isWelcomeShown())
    m_usage.openStory(QDate::currentDate());
  else if (!isAttracting())  // the attract loop's own stories are nobody's
    m_storyOnFirstTouch = true;
}

void KioskWindow::setLegendShown(bool shown) {
  RenderOptions options = m_map->renderOptions();
  options.legend = shown;
  m_map->setRenderOptions(options);
  m_legend->setChecked(shown);
}

void KioskWindow::buildPinPad() {
  m_pinPad = new QWidget(this);
  m_pinPad->setObjectName(QStringLiteral("pinPad"));
  m_pinPad->setAutoFillBackground(true);
  QPalette dark = m_pinPad->palette();
  dark.setColor(QPalette::Window, QColor(30, 30, 30));
  dark.setColor(QPalette::WindowText, Qt::white);
  m_pinPad->setPalette(dark);
  auto* grid = new QGridLayout(m_pinPad);
  m_pinDisplay = new QLabel(m_pinPad);
  m_pinDisplay->setAlignment(Qt::AlignCenter);
  m_pinDisplay->setWordWrap(true);
  grid->addWidget(m_pinDisplay, 0, 0, 1, 3);
  for (int digit = 0; digit <= 9; ++digit) {
    auto* button = new QPushButton(QString::number(digit), m_pinPad);
    button->setObjectName(QStringLiteral("pin_%1").arg(digit));
    button->setMinimumSize(m_touchSize * 3 / 2, m_touchSize * 3 / 2);
    connect(button, &QPushButton::clicked, this, [this, digit] { enterPinDigit(digit); });
    if (digit == 0)
      grid->addWidget(button, 4, 1);
    else
      grid->addWidget(button, 1 + (digit - 1) / 3, (digit - 1) % 3);
  }
  auto* cancel = new QPushButton(m_pinPad);
  cancel->setObjectName(QStringLiteral("pinCancel"));
  cancel->setMinimumSize(m_touchSize * 3 / 2, m_touchSize * 3 / 2);
  connect(cancel, &QPushButton::clicked, this, [this] {
    m_pinEntered.clear();
    m_pinPad->hide();
  });
  grid->addWidget(cancel, 4, 0);
  // The pad never guesses when a PIN is complete (that would tell its length): staff press OK.
  auto* confirm = new QPushButton(m_pinPad);
  confirm->setObjectName(QStringLiteral("pinOk"));
  confirm->setMinimumSize(m_touchSize * 3 / 2, m_touchSize * 3 / 2);
  connect(confirm, &QPushButton::clicked, this, &KioskWindow::confirmPin);
  grid->addWidget(confirm, 4, 2);
  m_pinPad->hide();
  m_pinTimeout.setSingleShot(true);
  m_pinTimeout.setInterval(20000);
  connect(&m_pinTimeout, &QTimer::timeout, this, [this] {
    m_pinEntered.clear();
    m_pinPad->hide();
  });
  for (QWidget* child : m_pinPad->findChildren<QWidget*>()) child->setContextMenuPolicy(Qt::NoContextMenu);
}

QString KioskWindow::phrase(KioskPhrase key) const {
  return kioskPhrase(key);
}

void KioskWindow::applyLanguage() {
  setWindowTitle(phrase(KioskPhrase::Title));
  m_story->setAccessibleName(KioskText::tr("Story", "the kiosk's text about the chosen island or event"));
  m_title->setText(QStringLiteral("<span style=\"font-size:%1px; font-weight:600\">%2</span><br><span "
                                  "style=\"font-size:%3px; color:#555\">%4</span>")
                       .arg(std::lround(26.0 * m_typeScale))
                       .arg(phrase(KioskPhrase::Title).toHtmlEscaped())
                       .arg(std::lround(15.0 * m_typeScale))
                       .arg(phrase(KioskPhrase::Subtitle).toHtmlEscaped()));
  m_startOver->setText(phrase(KioskPhrase::StartOver));
  m_previous->setText(phrase(KioskPhrase::Previous));
  m_play->setText(phrase(m_session.controller.isPlaying() ? KioskPhrase::Pause : KioskPhrase::Play));
  m_next->setText(phrase(KioskPhrase::Next));
  m_legend->setText(phrase(KioskPhrase::Legend));
  const int current = languageIndex(m_session.settings.language());
  for (std::size_t i = 0; i < m_languageButtons.size(); ++i)
    m_languageButtons[i]->setChecked(static_cast<int>(i) == current);
  m_pinDisplay->setText(phrase(KioskPhrase::EnterPin) + QStringLiteral("\n") +
                        QString(m_pinEntered.size(), QChar(0x25CF)) +
                        (m_pinFeedback.isEmpty() ? QString() : QStringLiteral("\n") + m_pinFeedback));
  m_pinPad->findChild<QPushButton*>(QStringLiteral("pinCancel"))->setText(phrase(KioskPhrase::Cancel));
  m_pinPad->findChild<QPushButton*>(QStringLiteral("pinOk"))
      ->setText(KioskText::tr("OK", "the PIN pad's button that checks the PIN typed"));
}

void KioskWindow::updateStory() {
  const Dataset* dataset = m_session.document.dataset();
  const Language language = m_session.settings.language();
  const NamingOrder order = m_session.settings.namingOrder();
  const int heading = static_cast<int>(std::lround(22.0 * m_typeScale));
  QString text;
  if (dataset != nullptr) {
    const Event* event = m_storySubject == StorySubject::Event
                             ? dataset->event(m_session.selection.eventId().toStdString())
                             : nullptr;
    const Territory* territory = m_storySubject == StorySubject::Territory
                                     ? dataset->territory(m_session.selection.territoryId().toStdString())
                                     : nullptr;
    if (event != nullptr) {
      text += QStringLiteral("<p style=\"font-size:%1px; font-weight:600\">%2</p>")
                  .arg(heading)
                  .arg(html(event->title.get(language)));
      text += QStringLiteral("<p><i>%1</i></p>").arg(html(formatEdtf(event->date, language)));
      text += QStringLiteral("<p>%1</p>").arg(html(event->summary.get(language)));
      if (event->confidence == Confidence::Unconfirmed)
        text += QStringLiteral("<p><b>%1</b></p>").arg(phrase(KioskPhrase::Unconfirmed).toHtmlEscaped());
      text += QStringLiteral("<p style=\"color:#555\"><b>%1</b><br>%2</p>")
                  .arg(phrase(KioskPhrase::Sources).toHtmlEscaped(),
                       panel_text::citationsText(*dataset, event->sourceIds).toHtmlEscaped());
    } else if (territory != nullptr) {
      text += QStringLiteral("<p style=\"font-size:%1px; font-weight:600\">%2</p>")
                  .arg(heading)
                  .arg(panel_text::bothNames(territory->names, language, order).toHtmlEscaped());
      const TerritoryState state = dataset->stateOf(*territory, m_session.controller.currentDay());
      text += QStringLiteral("<p><i>%1</i></p>")
                  .arg(html(formatDay(m_session.controller.currentDay(), language)));
      text +=
          QStringLiteral("<p>%1</p>").arg(describeTerritoryState(*dataset, state, language).toHtmlEscaped());
      if (state.period != nullptr)
        text += QStringLiteral("<p style=\"color:#555\"><b>%1</b><br>%2</p>")
                    .arg(phrase(KioskPhrase::Sources).toHtmlEscaped(),
                         panel_text::citationsText(*dataset, state.period->sourceIds).toHtmlEscaped());
    }
  }
  if (text.isEmpty()) text = QStringLiteral("<p>%1</p>").arg(phrase(KioskPhrase::Hint).toHtmlEscaped());
  m_story->setHtml(text);
}

void KioskWindow::stepToEvent(bool forward) {
  TimeController& controller = m_session.controller;
  if (!(forward ? controller.stepToNextEvent() : controller.stepToPreviousEvent())) return;
  const Dataset* dataset = m_session.document.dataset();
  if (dataset == nullptr) return;
  // The first event (in the dataset's order) that starts on the day reached: a button press,
  // not a frame, so a walk over the events is cheap enough.
  const DayNumber day = controller.currentDay();
  const auto& events = dataset->events();
  const auto found =
      std::find_if(events.begin(), events.end(), [day](const Event& e) { return e.date.earliest() == day; });
  if (found != events.end()) m_session.selection.selectEvent(QString::fromStdString(found->id));
}

void KioskWindow::updateCaption() {
  if (!isAttracting()) {
    m_caption->hide();
    return;
  }
  // "Touch to start" is the welcome band's, under the caption, in all three languages.
  const QString caption = m_session.player.caption(m_session.settings.language());
  m_caption->setText(caption);
  m_caption->setVisible(!caption.isEmpty());
}

void KioskWindow::showStillThere(std::chrono::seconds remaining) {
  m_stillThereSeconds = static_cast<int>(remaining.count());
  updateStillThere();
  m_stillThere->show();
  m_stillThere->raise();
  m_stillThereTick.start();
}

void KioskWindow::hideStillThere() {
  m_stillThereTick.stop();
  m_stillThere->hide();
}

void KioskWindow::updateStillThere() {
  m_stillThere->setText(
      QStringLiteral("<p style=\"font-size:%1px; font-weight:600\">%2</p><p>%3</p>")
          .arg(std::lround(30.0 * m_typeScale))
          .arg(KioskText::tr("Are you still there?",
                             "the kiosk's warning before it starts again from the beginning")
                   .toHtmlEscaped(),
               KioskText::tr(
                   "The atlas starts again from the beginning in %n second(s). Touch the screen to carry on.",
                   "the kiosk's warning; %n counts down", m_stillThereSeconds)
                   .toHtmlEscaped()));
  const QSize size = m_stillThere->sizeHint().boundedTo(QSize(width() * 3 / 4, height() * 3 / 4));
  const int labelWidth = std::max(size.width(), std::min(width() * 2 / 3, m_touchSize * 16));
  m_stillThere->setGeometry(
      QRect(QPoint((width() - labelWidth) / 2, (height() - m_stillThere->heightForWidth(labelWidth)) / 2),
            QSize(labelWidth, m_stillThere->heightForWidth(labelWidth))));
}

QString KioskWindow::stillThereText() const {
  return m_stillThere->isVisible() ? m_stillThere->text() : QString();
}

QString KioskWindow::storyText() const {
  return m_story->toPlainText();
}

QString KioskWindow::captionText() const {
  return m_caption->isVisible() || isAttracting() ? m_caption->text() : QString();
}

bool KioskWindow::isPinPadVisible() const {
  return !m_pinPad->isHidden();
}

int KioskWindow::pinDigitsShown() const {
  return static_cast<int>(m_pinDisplay->text().count(QChar(0x25CF)));
}

void KioskWindow::resetToStart() {
  // The visitor's session ends first: the language going back is not theirs.
  m_usage.endSession();
  m_session.player.stopAutoplay();
  m_session.controller.pause();
  m_session.selection.clear();
  m_storySubject = StorySubject::None;
  m_session.settings.setLanguage(m_settings.language);
  m_session.controller.setVisibleRange(m_session.controller.bounds());
  if (!m_session.controller.jumpTo(m_settings.startDate))
    m_session.controller.jumpTo(QStringLiteral("1945-08-15"));
  if (!m_map->showView(m_settings.startView)) m_map->showView(QStringLiteral("region"));
  m_pinEntered.clear();
  m_pinPad->hide();
  setLegendShown(true);
  // The next touch on the welcome band starts another session.
  saveUsage();
  showWelcome();
  applyLanguage();
  updateStory();
  updateCaption();
}

void KioskWindow::startOver() {
  // The visitor's own button: everything back to the start but the language they chose,
  // which they keep until the idle reset.
  const Language chosen = m_session.settings.language();
  resetToStart();
  m_session.settings.setLanguage(chosen);
}

void KioskWindow::startAttract() {
  if (m_session.player.count() == 0) {
    resetToStart();
    return;
  }
  resetToStart();
  m_session.player.startAutoplay();
  m_usage.beginAttractLoop(QDate::currentDate());
  updateCaption();
}

void KioskWindow::stopAttract() {
  if (!isAttracting()) return;
  m_session.player.stopAutoplay();
  updateCaption();
}

void KioskWindow::showPinPad() {
  if (!m_settings.hasExitPin()) return;
  m_pinEntered.clear();
  updatePinWaitFeedback();
  applyLanguage();
  const QSize size = m_pinPad->sizeHint().expandedTo(QSize(m_touchSize * 6, m_touchSize * 8));
  m_pinPad->setGeometry(QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size));
  m_pinPad->show();
  m_pinPad->raise();
  m_pinTimeout.start();
}

void KioskWindow::enterPinDigit(int digit) {
  if (!isPinPadVisible()) return;
  m_pinTimeout.start();
  // Digits typed while the pad waits are not kept: the wait is meant to be sat out.
  updatePinWaitFeedback();
  // Twelve digits is the longest PIN; more is a finger resting on a key.
  if (m_pinFeedback.isEmpty() && m_pinEntered.size() < 12) m_pinEntered += QString::number(digit);
  applyLanguage();
}

void KioskWindow::confirmPin() {
  if (!isPinPadVisible()) return;
  m_pinTimeout.start();
  const QString entered = std::exchange(m_pinEntered, QString());
  updatePinWaitFeedback();
  if (!m_pinFeedback.isEmpty()) {  // still waiting: not even a right PIN is checked
    applyLanguage();
    return;
  }
  const bool plainMatches = !m_settings.exitPin.isEmpty() && entered == m_settings.exitPin;
  if (plainMatches || verifyPinAgainstAny(entered, m_settings.exitPinHashes)) {
    m_pinAttempts.recordRight();
    exitKiosk();
    return;
  }
  rejectPin();
}

void KioskWindow::rejectPin() {
  if (m_pinAttempts.recordWrong()) {
    // Staff find this in the journal: someone tried the pad many times.
    qWarning("okhotsk-atlas: kiosk: %d wrong PINs in a row; the PIN pad is locked for %d minutes",
             PinAttempts::lockOutAfter(), static_cast<int>(PinAttempts::lockOutFor().count()));
    Q_EMIT pinPadLockedOut();
  }
  updatePinWaitFeedback();
  m_pinFeedback.prepend(
      KioskText::tr("Wrong PIN.", "the PIN pad, after OK with a PIN that is not a staff PIN") +
      QLatin1Char(' '));
  applyLanguage();
}

void KioskWindow::updatePinWaitFeedback() {
  const std::chrono::milliseconds wait = m_pinAttempts.waitLeft();
  if (wait <= std::chrono::milliseconds::zero()) {
    m_pinFeedback.clear();
    return;
  }
  if (m_pinAttempts.isLockedOut()) {
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(wait).count();
    m_pinFeedback = KioskText::tr("Too many wrong PINs: the pad is locked for %1 min.",
                                  "the PIN pad's lock-out; %1 is a number of minutes")
                        .arg(minutes);
    return;
  }
  const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
  m_pinFeedback =
      KioskText::tr("Try again in %1 s.", "the PIN pad's wait after a wrong PIN; %1 is a number of seconds")
          .arg(seconds);
}

void KioskWindow::exitKiosk() {
  m_exitAllowed = true;
  m_guard.disarm();
  Q_EMIT exitRequested();
  close();
}

void KioskWindow::showOnConfiguredScreen() {
  QScreen* target = configuredScreen(m_settings.screen);
  if (target == nullptr) {
    QStringList names;
    for (const QScreen* screen : QGuiApplication::screens()) names.append(screen->name());
    qWarning(
        "okhotsk-atlas: kiosk: screen=%s is not a screen here (screens: %s); the kiosk uses the "
        "primary screen",
        qUtf8Printable(m_settings.screen), qUtf8Printable(names.join(QStringLiteral(", "))));
    target = QGuiApplication::primaryScreen();
  }
  if (target != nullptr) setGeometry(target->geometry());
  showFullScreen();
  m_guard.arm();
}

void KioskWindow::closeEvent(QCloseEvent* event) {
  // Alt+F4, a window manager's close button or a stray signal: the kiosk stays.
  if (!m_exitAllowed) {
    event->ignore();
    return;
  }
  m_idle.stop();
  saveUsage();
  QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent* event) {
  // A new catalogue: every word again (those of the data follow DisplaySettings' language).
  if (event->type() == QEvent::LanguageChange) {
    applyLanguage();
    updateStory();
    updateCaption();
  }
  QWidget::changeEvent(event);
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event) {
  auto* widget = qobject_cast<QWidget*>(watched);
  const bool ours = widget != nullptr && (widget == this || isAncestorOf(widget));
  if (!ours) return QWidget::eventFilter(watched, event);
  switch (event->type()) {
    case QEvent::ContextMenu:
      return true;  // swallowed: no menus for visitors
    case QEvent::Polish:
      widget->setContextMenuPolicy(Qt::NoContextMenu);  // also widgets made after the constructor
      break;
    case QEvent::MouseButtonPress: {
      const QPoint local = mapFromGlobal(static_cast<QMouseEvent*>(event)->globalPosition().toPoint());
      const int corner = m_touchSize * 3 / 2;
      if (local.x() < corner && local.y() < corner && m_settings.hasExitPin()) m_cornerHold.start();
      break;
    }
    case QEvent::MouseButtonRelease:
      m_cornerHold.stop();
      [[fallthrough]];
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
      // The first touch ends the welcome; queued, so that a welcome button's click (on this
      // same release) sets the language first.
      if (isWelcomeShown()) QTimer::singleShot(0, this, &KioskWindow::dismissWelcome);
      break;
    default:
      break;
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace okhotsk::app
