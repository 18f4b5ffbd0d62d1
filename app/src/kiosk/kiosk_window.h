// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/atlas_session.h"
#include "text/kiosk_phrases.h"

#include "kiosk/idle_monitor.h"
#include "kiosk/kiosk_settings.h"
#include "kiosk/pin_attempts.h"
#include "kiosk/usage_log.h"
#include "kiosk/window_guard.h"
#include "session/tour_player.h"

#include <QTimer>
#include <QTranslator>
#include <QWidget>

class QHBoxLayout;

class QLabel;
class QScreen;
class QPushButton;
class QTextBrowser;

namespace okhotsk::app {

class MapWidget;
class TimelineWidget;

/// The museum kiosk (`okhotsk-atlas --kiosk`): one full-screen, frameless window for a touch
/// screen left alone for months. The map, a touch-sized timeline with previous / play /
/// next buttons, a story panel for the touched event or island, and language buttons
/// (English / 日本語 / Русский) that switch the interface and the data's names and titles.
///
/// A visitor meets a welcome band over the map's foot first: "touch here to start" in English,
/// Japanese and Russian at once, one button per language. Touching one starts in that
/// language, touching anything else in the current one; the band comes back with the idle
/// reset, "start over" and the attract loop. The kiosk's use is counted anonymously per day
/// (UsageLog) when `usageLog` names a file.
///
/// Locked down: no menus, dialogs, file access, context menus or links; the window refuses
/// to close except through the configured exit key sequence or the PIN pad (a long press in
/// the top-left corner, when a PIN is set). After `attractAfter` without input the default
/// tour plays with captions (the first touch stops it); after `resetAfter` the view, date,
/// selection and language return to their start.
///
/// Owns its IdleMonitor and widgets; shares the session's controller, document, tour player,
/// selection and settings.
class KioskWindow : public QWidget {
  Q_OBJECT

 public:
  KioskWindow(AtlasSession& session, KioskSettings settings, QWidget* parent = nullptr);
  ~KioskWindow() override;

  [[nodiscard]] TourPlayer& player() noexcept { return m_session.player; }
  [[nodiscard]] IdleMonitor& idleMonitor() noexcept { return m_idle; }
  [[nodiscard]] MapWidget* map() const noexcept { return m_map; }
  [[nodiscard]] const KioskSettings& kioskSettings() const noexcept { return m_settings; }
  [[nodiscard]] bool isAttracting() const noexcept { return m_session.player.isAutoplaying(); }
  [[nodiscard]] bool isPinPadVisible() const;
  /// What the PIN pad says after OK: a wrong PIN, the wait before the next try, the lock-out;
  /// empty when it has nothing to say.
  [[nodiscard]] QString pinFeedback() const { return m_pinFeedback; }
  /// The wrong tries, the growing wait and the lock-out (tests set its clock).
  [[nodiscard]] PinAttempts& pinAttempts() noexcept { return m_pinAttempts; }
  /// How many dots the PIN pad shows: one per digit typed since it opened or since OK.
  [[nodiscard]] int pinDigitsShown() const;
  /// True while a press in the top-left corner is held and the PIN pad is about to open.
  [[nodiscard]] bool isCornerHoldArmed() const noexcept { return m_cornerHold.isActive(); }
  [[nodiscard]] QString storyText() const;
  [[nodiscard]] QString captionText() const;
  /// The "are you still there?" warning's text while it is shown, else empty.
  [[nodiscard]] QString stillThereText() const;
  /// The smallest side of a touch target, in logical pixels: 9 mm, about 48 px at 1080p.
  [[nodiscard]] int touchTargetSize() const noexcept { return m_touchSize; }
  [[nodiscard]] TimelineWidget* timeline() const noexcept { return m_timeline; }
  /// True while the welcome band waits for a visitor's first touch.
  [[nodiscard]] bool isWelcomeShown() const;
  /// The welcome band's buttons' texts, English, Japanese, Russian: each in its own language.
  [[nodiscard]] QStringList welcomeTexts() const;
  /// The anonymous counts of use (tests read them; the kiosk saves them to `usageLog`).
  [[nodiscard]] UsageLog& usageLog() noexcept { return m_usage; }

  /// The screen `name` (a screen's name, or its index; empty: the primary screen) names, or
  /// null when there is none such here.
  [[nodiscard]] static QScreen* configuredScreen(const QString& name);
  /// Shows the window full screen on the configured screen (an unknown one is reported and
  /// the primary screen used) and arms the window guard, which keeps it there.
  void showOnConfiguredScreen();
  /// Re-asserts the window (full screen, raised, active) when a window manager hides,
  /// minimises or unmaps it; armed by showOnConfiguredScreen(), disarmed by exitKiosk().
  [[nodiscard]] WindowGuard& windowGuard() noexcept { return m_guard; }

 public Q_SLOTS:
  /// View, date, selection, language and story back to the start of the day.
  void resetToStart();
  /// "Start over": as resetToStart() but the language the visitor chose stays.
  void startOver();
  void startAttract();
  void stopAttract();
  /// The visitor's first touch: the welcome band goes and a session of use begins.
  void dismissWelcome();
  /// Shows or hides the map's legend (the kiosk's Legend button).
  void setLegendShown(bool shown);
  void showPinPad();
  /// A digit on the PIN pad (tests press the buttons; this is what they call).
  void enterPinDigit(int digit);
  /// The PIN pad's OK: leaves kiosk mode when the digits typed are a staff PIN.
  void confirmPin();
  /// Leaves kiosk mode: the window may close now and does.
  void exitKiosk();

 Q_SIGNALS:
  void exitRequested();
  /// Too many wrong PINs in a row: the pad takes none for PinAttempts::lockOutFor().
  void pinPadLockedOut();

 protected:
  void closeEvent(QCloseEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void buildInterface();
  [[nodiscard]] QHBoxLayout* buildTopRow();
  [[nodiscard]] QHBoxLayout* buildMiddle(const QFont& base);
  [[nodiscard]] QHBoxLayout* buildBottomRow();
  void buildPinPad();
  [[nodiscard]] QWidget* buildWelcome(QWidget* parent, const QFont& base);
  void showWelcome();
  /// A story opened: counted in the session, or on the welcome's first touch.
  void countStory();
  /// The idle thresholds and warning from the settings, and what each of them does.
  void startIdleMonitor();
  /// Reads the usage log's file (problems go to the log) and saves it every few minutes.
  void startUsageLog();
  void saveUsage();
  /// The attract loop's tour: `tour=`, else (missing, unreadable: reported) the shipped one.
  void loadAttractTour();
  /// The kiosk's own words (window title, title, buttons, PIN pad) in the interface's language,
  /// and the current language's button checked: at start, when the language or the catalogue
  /// changes (QEvent::LanguageChange), and when playback or the PIN pad change.
  void applyLanguage();
  /// The story of what was touched last: an event (marker, Next/Previous) or a territory.
  void updateStory();
  void updateCaption();
  void showStillThere(std::chrono::seconds remaining);
  void hideStillThere();
  void updateStillThere();
  /// Next/Previous: the day of the next/previous event, and that event's story.
  void stepToEvent(bool forward);
  [[nodiscard]] QString phrase(KioskPhrase key) const;
  /// m_pinFeedback for a wait still to come ("try again in 4 s", "locked for 5 min"), or empty.
  void updatePinWaitFeedback();
  void rejectPin();

  AtlasSession& m_session;
  KioskSettings m_settings;
  IdleMonitor m_idle;
  WindowGuard m_guard;
  bool m_exitAllowed = false;
  int m_touchSize = 48;
  double m_typeScale = 1.0;
  /// What the story tells of: whichever of the selected event and territory came last.
  enum class StorySubject { None, Event, Territory };
  StorySubject m_storySubject = StorySubject::None;

  MapWidget* m_map = nullptr;
  TimelineWidget* m_timeline = nullptr;
  QTextBrowser* m_story = nullptr;
  QLabel* m_title = nullptr;
  QLabel* m_caption = nullptr;
  QLabel* m_stillThere = nullptr;  // "are you still there?" before the attract loop or reset
  QTimer m_stillThereTick;         // counts its seconds down
  int m_stillThereSeconds = 0;
  QPushButton* m_startOver = nullptr;
  QPushButton* m_previous = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_next = nullptr;
  std::array<QPushButton*, 3> m_languageButtons{};
  QPushButton* m_legend = nullptr;

  QWidget* m_welcome = nullptr;
  std::array<QPushButton*, 3> m_welcomeButtons{};
  // The Japanese and Russian catalogues, whatever the interface's language: the welcome band
  // speaks all three.
  QTranslator m_japaneseCatalogue;
  QTranslator m_russianCatalogue;
  UsageLog m_usage;
  QTimer m_usageSave;  // saves counts that are not yet in the file every few minutes
  QString m_lastUsageError;
  bool m_storyOnFirstTouch = false;

  QWidget* m_pinPad = nullptr;
  QLabel* m_pinDisplay = nullptr;
  QString m_pinEntered;
  QString m_pinFeedback;
  PinAttempts m_pinAttempts;
  QTimer m_cornerHold;  // a long press in the top-left corner opens the PIN pad
  QTimer m_pinTimeout;  // the pad closes by itself when left alone
};

}  // namespace okhotsk::app
