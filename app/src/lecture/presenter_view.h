// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QImage>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;

namespace okhotsk::app {

struct AtlasSession;
class TourEditor;

/// Which screen each of a lecture's two windows takes, by index into the screens the
/// application has: the audience's on the first screen that is not the primary one (the
/// projector, as a laptop sees it), the presenter's on the primary. With one screen both are on
/// it and `twoScreens` is false: the presenter view then waits to be asked for (N).
struct LectureScreens {
  int audience = 0;
  int presenter = 0;
  bool twoScreens = false;
};
[[nodiscard]] LectureScreens chooseLectureScreens(int screenCount, int primaryIndex);

/// The lecturer's screen in lecture mode: what the audience does not see. The current stop
/// (number, date, caption) with its speaker notes in large type, the next stop's caption and a
/// picture of its map, the time since the tour began and the clock; buttons to step, to blank
/// the projector and to restart the timer; and, on a second tab, the tour editor, so that
/// editing happens here and never on the projector.
///
/// A top-level window of its own, for the lecturer's screen. The presentation window owns it
/// and adds its tour actions to it, so that the clicker's keys work whichever window has focus.
/// It reads the session's tour player and settings, and edits the tour through its editor.
class PresenterView : public QWidget {
  Q_OBJECT

 public:
  using Clock = std::function<QDateTime()>;

  explicit PresenterView(AtlasSession& session, QWidget* parent = nullptr);
  ~PresenterView() override;

  [[nodiscard]] TourEditor* editor() const noexcept { return m_editor; }
  /// The buttons under the stop: each shows and triggers the presentation window's action.
  void setStepActions(QAction* previous, QAction* next, QAction* blank);
  /// Where the time comes from (tests and the benchmark pass their own); the system clock by default.
  void setClock(Clock clock);
  /// The tabs: the presenter's page (0) or the tour editor (1).
  void showPresenterPage();
  void showEditorPage();
  [[nodiscard]] bool isEditorPageShown() const;

  [[nodiscard]] QString stopText() const;
  [[nodiscard]] QString notesText() const;
  [[nodiscard]] QString nextText() const;
  [[nodiscard]] QString elapsedText() const;
  [[nodiscard]] QString clockText() const;
  /// The picture of the next stop's map (null at the last stop, and until the view is shown).
  [[nodiscard]] QImage nextPreview() const { return m_preview; }

 public Q_SLOTS:
  /// Starts the lecture's timer again at zero.
  void restartTimer();
  /// Reads the clock and shows the elapsed time and the time of day.
  void refreshTime();

 Q_SIGNALS:
  /// The window was shown or hidden (by the lecturer's window manager too).
  void shownChanged(bool shown);

 protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  QWidget* buildPresenterPage();
  void retranslate();
  void applyFonts();
  void onStopChanged(int index);
  void renderPreviewLater();
  void renderPreview();

  AtlasSession& m_session;
  Clock m_clock;
  QDateTime m_started;  // when the tour reached its first stop; invalid before
  QTimer* m_tick = nullptr;
  bool m_previewPending = false;
  double m_screenFactor = 1.0;  // type and preview grow on screens taller than full HD
  QImage m_preview;

  QTabWidget* m_tabs = nullptr;
  TourEditor* m_editor = nullptr;
  QLabel* m_stop = nullptr;       // "Stop 3 of 12 · 1945-08-18"
  QLabel* m_caption = nullptr;    // the caption the audience reads
  QLabel* m_notes = nullptr;      // the speaker notes
  QLabel* m_nextTitle = nullptr;  // "Next"
  QLabel* m_next = nullptr;       // the next stop's caption
  QLabel* m_nextImage = nullptr;  // its map
  QLabel* m_elapsed = nullptr;
  QLabel* m_clockLabel = nullptr;
  QToolButton* m_previous = nullptr;
  QToolButton* m_forward = nullptr;
  QToolButton* m_blank = nullptr;
  QToolButton* m_restart = nullptr;
};

}  // namespace okhotsk::app
