// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lecturer's tour editor, through a PresentationWindow on the embedded dataset and its
// default tour, offscreen: "add the current state" (date, map view, selection), editing the
// current stop's fields, reordering and removing with the buttons, saving (read back equal;
// a failed save names the path and loses nothing) and the modified flag.
#include "lecture/presentation_window.h"

#include "lecture/presenter_view.h"
#include "lecture/tour_editor.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "session/tour.h"
#include "session/tour_player.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include "visible_texts.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <ostream>

namespace okhotsk::app {

// GoogleTest prints a tour that differs as its JSON text.
[[maybe_unused]] static void PrintTo(const Tour& tour, std::ostream* out) {
  *out << serializeTour(tour).toStdString();
}
[[maybe_unused]] static void PrintTo(const TourStop& stop, std::ostream* out) {
  Tour tour;
  tour.stops.push_back(stop);
  *out << serializeTour(tour).toStdString();
}

namespace {

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

class TourEditorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(directory.isValid());
    ASSERT_NE(shared, nullptr);
    ASSERT_NE(shared->document.dataset(), nullptr) << "the embedded dataset did not open";
    // A fresh start for every test on the shared session.
    session.selection.clear();
    session.settings.setLanguage(Language::English);
    session.controller.setCurrentDay(session.controller.bounds().first);
    tourPath = findDefaultTour();
    ASSERT_FALSE(tourPath.isEmpty()) << "the default tour was not found beside the embedded dataset";
    const TourReadResult read = readTour(tourPath, session.document.dataset());
    ASSERT_TRUE(read.tour.has_value());
    tour = *read.tour;
    ASSERT_GE(tour.stops.size(), 4U);

    window = std::make_unique<PresentationWindow>(session);
    window->setTransitionMs(0);
    window->resize(1100, 700);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    // The editor is on the lecturer's screen, in the presenter view (E).
    window->setPresenterShown(true);
    window->presenter()->showEditorPage();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
    QApplication::processEvents();
    ASSERT_TRUE(window->openTour(tourPath));
    QApplication::processEvents();
    editor = window->editor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->isVisible());
  }

  // Hidden first: destroying the window while an editor field has focus uses the destroyed
  // player (see DestroyingTheWindowWhileAFieldHasFocusIsSafe).
  void TearDown() override {
    if (window) window->hide();
    QApplication::processEvents();
    window.reset();
  }

  [[nodiscard]] int count() const { return static_cast<int>(tour.stops.size()); }
  [[nodiscard]] TourPlayer& player() const { return window->player(); }
  [[nodiscard]] const TourStop& playerStop(int index) const {
    return player().tour().stops[static_cast<std::size_t>(index)];
  }
  [[nodiscard]] const TourStop& originalStop(int index) const {
    return tour.stops[static_cast<std::size_t>(index)];
  }
  template <typename T>
  [[nodiscard]] T* child(const char* name) const {
    T* found = editor->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
  }
  void click(const char* buttonName) const {
    auto* button = child<QPushButton>(buttonName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible()) << buttonName;
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
  }
  void goTo(int index) const {
    player().goTo(index);
    QApplication::processEvents();
  }
  // Types `text` key by key into the focused widget; QTest::keyClicks takes ASCII only, so each
  // character is a key event carrying its text, as a keyboard layout or an input method sends.
  static void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
      QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
      QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
      QApplication::sendEvent(widget, &press);
      QApplication::sendEvent(widget, &release);
    }
  }
  // Replaces a line edit's text as a user would, and finishes with Return.
  static void typeInto(QLineEdit* edit, const QString& text) {
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QApplication::processEvents();
  }
  // Writes a tour file into the temporary directory and opens it in the editor.
  bool openText(const QByteArray& json) {
    const QString path = directory.filePath(QStringLiteral("opened.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    file.write(json);
    file.close();
    const bool opened = window->openTour(path);
    QApplication::processEvents();
    return opened;
  }

  QTemporaryDir directory;
  // One session for the suite: opening the embedded dataset is the slow part of a test.
  static void SetUpTestSuite() {
    shared = new AtlasSession;
    shared->document.openEmbedded();  // SetUp checks that it opened
  }
  static void TearDownTestSuite() {
    delete shared;
    shared = nullptr;
  }

  static AtlasSession* shared;
  AtlasSession& session = *shared;
  QString tourPath;
  Tour tour;
  std::unique_ptr<PresentationWindow> window;
  TourEditor* editor = nullptr;
};

AtlasSession* TourEditorTest::shared = nullptr;

// --- add the current state ----------------------------------------------------------------

TEST_F(TourEditorTest, AddCurrentStateAddsAStopAfterTheCurrentOne) {
  goTo(2);
  // Another date, view and selection than the stop's, as a lecturer would set them up.
  const TourStop& other = originalStop(count() - 1);
  const QString eventId = other.eventId;
  const QString territoryId = originalStop(0).territoryId;
  ASSERT_FALSE(eventId.isEmpty());
  ASSERT_FALSE(territoryId.isEmpty());
  ASSERT_NE(eventId, originalStop(2).eventId);
  session.selection.selectEvent(eventId);
  session.selection.selectTerritory(territoryId);
  const DayNumber day = originalStop(2).day + 123;
  session.controller.setCurrentDay(day);
  ASSERT_EQ(session.controller.currentDay(), day);
  const auto panned = MapViewport::fromSpec(u"145,43,147.5,45", window->map()->size());
  ASSERT_TRUE(panned.has_value());
  window->map()->setViewport(*panned);
  QApplication::processEvents();
  const MapViewport shown = window->map()->viewport();

  QSignalSpy modified(editor, &TourEditor::modifiedChanged);
  click("addStop");

  ASSERT_EQ(player().count(), count() + 1);
  EXPECT_EQ(player().currentIndex(), 3);
  const TourStop& added = playerStop(3);
  EXPECT_EQ(added.day, day);
  EXPECT_EQ(added.date, QString::fromStdString(isoDate(day)));
  EXPECT_EQ(added.eventId, eventId);
  EXPECT_EQ(added.territoryId, territoryId);
  // A new stop's words are the lecturer's to write: nothing is copied in.
  EXPECT_TRUE(added.caption.isEmpty());
  EXPECT_TRUE(added.notes.isEmpty());

  // The view spec reads back as about the map's view.
  QString error;
  const auto view = MapViewport::fromSpec(added.view, shown.size(), &error);
  ASSERT_TRUE(view.has_value()) << added.view.toStdString() << ": " << error.toStdString();
  EXPECT_EQ(view->projection(), shown.projection());
  const double width = shown.metresPerPixel() * shown.size().width();
  EXPECT_LE(QLineF(view->centre(), shown.centre()).length(), 0.02 * width) << added.view.toStdString();
  EXPECT_NEAR(view->metresPerPixel() / shown.metresPerPixel(), 1.0, 0.1) << added.view.toStdString();

  // The other stops are where they were, around the new one.
  for (int i = 0; i < count(); ++i) EXPECT_EQ(playerStop(i < 3 ? i : i + 1), originalStop(i)) << i;
  EXPECT_TRUE(editor->isModified());
  ASSERT_EQ(modified.count(), 1);
  EXPECT_TRUE(modified.at(0).at(0).toBool());
  EXPECT_TRUE(window->isWindowModified());
  // The list shows it, selected.
  auto* list = child<QListWidget>("tourStops");
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->count(), count() + 1);
  EXPECT_EQ(list->currentRow(), 3);
}

// Without a selection of the lecturer's own, the event and territory selected are the ones
// the current stop highlights: the new stop must not inherit them, nor the current stop's
// captions or notes in any language.
TEST_F(TourEditorTest, AddCurrentStateStartsACleanStop) {
  int from = -1;
  for (int i = 0; i < count(); ++i) {
    const TourStop& stop = originalStop(i);
    if (!stop.eventId.isEmpty() && !stop.caption.ja.isEmpty() && !stop.caption.ru.isEmpty()) {
      from = i;
      break;
    }
  }
  ASSERT_GE(from, 0) << "the default tour has no stop with an event and captions in three languages";
  for (const Language language : {Language::Japanese, Language::Russian, Language::English}) {
    SCOPED_TRACE(static_cast<int>(language));
    player().setTour(tour);
    session.settings.setLanguage(language);
    goTo(from);
    ASSERT_EQ(session.selection.eventId(), originalStop(from).eventId);
    const DayNumber day = originalStop(from).day + 40;
    session.controller.setCurrentDay(day);
    QApplication::processEvents();
    const QString view = window->map()->viewport().toSpec();

    click("addStop");
    ASSERT_EQ(player().count(), count() + 1);
    ASSERT_EQ(player().currentIndex(), from + 1);
    const TourStop& added = playerStop(from + 1);
    EXPECT_EQ(added.day, day);
    EXPECT_EQ(added.date, QString::fromStdString(isoDate(day)));
    EXPECT_EQ(added.view, view);
    EXPECT_TRUE(added.eventId.isEmpty()) << added.eventId.toStdString();
    EXPECT_TRUE(added.territoryId.isEmpty()) << added.territoryId.toStdString();
    EXPECT_TRUE(added.caption.en.isEmpty()) << added.caption.en.toStdString();
    EXPECT_TRUE(added.caption.ja.isEmpty()) << added.caption.ja.toStdString();
    EXPECT_TRUE(added.caption.ru.isEmpty()) << added.caption.ru.toStdString();
    EXPECT_TRUE(added.notes.isEmpty()) << added.notes.en.toStdString();
    EXPECT_TRUE(child<QLineEdit>("stopCaption")->text().isEmpty());
    EXPECT_TRUE(child<QPlainTextEdit>("stopNotes")->toPlainText().isEmpty());
    // Moving the focus away from the empty caption field writes nothing into the stop.
    child<QLineEdit>("stopDate")->setFocus();
    QApplication::processEvents();
    EXPECT_TRUE(playerStop(from + 1).caption.isEmpty());
    EXPECT_EQ(playerStop(from), originalStop(from)) << "adding changed the stop before it";
  }
}

TEST_F(TourEditorTest, AddCurrentStateOnAnEmptyTourAddsTheFirstStop) {
  player().setTour(Tour{});
  QApplication::processEvents();
  session.selection.clear();
  click("addStop");
  ASSERT_EQ(player().count(), 1);
  EXPECT_EQ(player().currentIndex(), 0);
  EXPECT_EQ(playerStop(0).day, session.controller.currentDay());
  EXPECT_TRUE(playerStop(0).eventId.isEmpty());
  EXPECT_TRUE(playerStop(0).territoryId.isEmpty());
  EXPECT_TRUE(MapViewport::fromSpec(playerStop(0).view, window->map()->size()).has_value());
}

// --- the current stop's fields ------------------------------------------------------------

TEST_F(TourEditorTest, TheCaptionFieldEditsTheCurrentStopsCaption) {
  goTo(1);
  auto* caption = child<QLineEdit>("stopCaption");
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(caption->text(), originalStop(1).caption.en);
  const QString text = QStringLiteral("Edited caption for the lecture");
  typeInto(caption, text);

  EXPECT_EQ(playerStop(1).caption.en, text);
  EXPECT_EQ(playerStop(1).caption.ja, originalStop(1).caption.ja);
  EXPECT_EQ(playerStop(1).caption.ru, originalStop(1).caption.ru);
  TourStop expected = originalStop(1);
  expected.caption.en = text;
  EXPECT_EQ(playerStop(1), expected);  // nothing else of the stop changed
  for (int i = 0; i < count(); ++i) {
    if (i == 1) continue;
    EXPECT_EQ(playerStop(i), originalStop(i)) << i;
  }
  EXPECT_EQ(window->captionText(), text);
  EXPECT_TRUE(editor->isModified());
}

TEST_F(TourEditorTest, TheCaptionFieldEditsTheShownLanguage) {
  session.settings.setLanguage(Language::Japanese);
  goTo(1);
  auto* caption = child<QLineEdit>("stopCaption");
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(caption->text(), originalStop(1).caption.ja);
  typeInto(caption, QStringLiteral("edited ja"));
  EXPECT_EQ(playerStop(1).caption.ja, QStringLiteral("edited ja"));
  EXPECT_EQ(playerStop(1).caption.en, originalStop(1).caption.en);
  EXPECT_EQ(window->captionText(), QStringLiteral("edited ja"));
}

TEST_F(TourEditorTest, TheDateFieldRefusesANonDateAndTakesADate) {
  goTo(1);
  auto* date = child<QLineEdit>("stopDate");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->text(), originalStop(1).date);
  typeInto(date, QStringLiteral("1956-02-30"));
  EXPECT_EQ(playerStop(1), originalStop(1));
  EXPECT_FALSE(editor->isModified());
  EXPECT_TRUE(editor->statusText().contains(QStringLiteral("Stop 2"))) << editor->statusText().toStdString();
  EXPECT_TRUE(editor->statusText().contains(QStringLiteral("\"date\"")))
      << editor->statusText().toStdString();

  typeInto(date, QStringLiteral("1960-01-19"));
  EXPECT_EQ(playerStop(1).date, QStringLiteral("1960-01-19"));
  EXPECT_EQ(playerStop(1).day, daysFromGregorian(1960, 1, 19));
  EXPECT_TRUE(editor->isModified());
}

TEST_F(TourEditorTest, TheNotesFieldEditsTheSpeakerNotes) {
  goTo(2);
  auto* notes = child<QPlainTextEdit>("stopNotes");
  ASSERT_NE(notes, nullptr);
  EXPECT_EQ(notes->toPlainText(), originalStop(2).notes.en);
  notes->setPlainText(QStringLiteral("New notes for stop three."));
  QApplication::processEvents();
  EXPECT_EQ(playerStop(2).notes.en, QStringLiteral("New notes for stop three."));
  EXPECT_TRUE(window->notesText().contains(QStringLiteral("New notes for stop three.")));
  EXPECT_TRUE(editor->isModified());
}

// Typed key by key, as a lecturer types: every keystroke changes the stop, and the field must
// keep its cursor where the typing is (it was put back at the start, so "ABC DEF" became
// "FED CBA").
TEST_F(TourEditorTest, TypingInTheNotesFieldKeepsTheTypedOrder) {
  goTo(2);
  auto* notes = child<QPlainTextEdit>("stopNotes");
  ASSERT_NE(notes, nullptr);
  notes->setFocus();
  notes->selectAll();
  QTest::keyClick(notes, Qt::Key_Delete);
  QTest::keyClicks(notes, QStringLiteral("ABC DEF"));
  QTest::keyClick(notes, Qt::Key_Return);
  QTest::keyClicks(notes, QStringLiteral("gh"));
  QApplication::processEvents();
  const QString typed = QStringLiteral("ABC DEF\ngh");
  EXPECT_EQ(notes->toPlainText(), typed);
  EXPECT_EQ(notes->textCursor().position(), typed.size()) << "the cursor left the end of the typing";
  EXPECT_EQ(playerStop(2).notes.en, typed);

  const QString path = directory.filePath(QStringLiteral("typed-notes.json"));
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  const TourReadResult read = readTour(path, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(read.tour->stops[2].notes.en, typed);
}

// The lecturer writes the title, a caption and the notes in each of the three languages with
// the editor's language choice, whatever the interface's language; the saved file has them all.
TEST_F(TourEditorTest, EditsTitleCaptionAndNotesInAllThreeLanguages) {
  goTo(1);
  auto* language = child<QComboBox>("editLanguage");
  ASSERT_NE(language, nullptr);
  ASSERT_TRUE(language->isVisible());
  EXPECT_EQ(editor->editLanguage(), Language::English);  // the interface's language to begin with
  struct Texts {
    Language language;
    QString title, caption, notes;
  };
  const std::array<Texts, 3> texts{{
      {Language::English, QStringLiteral("Lecture"), QStringLiteral("The caption"),
       QStringLiteral("Say this")},
      {Language::Japanese, QStringLiteral("講義"), QStringLiteral("説明文"), QStringLiteral("ここで話す")},
      {Language::Russian, QStringLiteral("Лекция"), QStringLiteral("Подпись"), QStringLiteral("Сказать это")},
  }};
  for (const Texts& t : texts) {
    SCOPED_TRACE(static_cast<int>(t.language));
    // Chosen as a user would: the combo box's own keys (Up to the first, then Down; Home is
    // the window's "first stop").
    language->setFocus();
    for (int i = 0; i < language->count(); ++i) QTest::keyClick(language, Qt::Key_Up);
    for (int i = 0; i < language->findData(static_cast<int>(t.language)); ++i)
      QTest::keyClick(language, Qt::Key_Down);
    QApplication::processEvents();
    ASSERT_EQ(editor->editLanguage(), t.language);
    typeInto(child<QLineEdit>("tourTitle"), t.title);
    typeInto(child<QLineEdit>("stopCaption"), t.caption);
    auto* notes = child<QPlainTextEdit>("stopNotes");
    notes->setFocus();
    notes->selectAll();
    QTest::keyClick(notes, Qt::Key_Delete);
    typeText(notes, t.notes);
    QApplication::processEvents();
  }
  EXPECT_EQ(session.settings.language(), Language::English)
      << "choosing a language to edit changed the interface";
  EXPECT_EQ(window->captionText(), texts[0].caption);

  // Each language's texts are shown again when it is chosen again.
  editor->setEditLanguage(Language::Japanese);
  QApplication::processEvents();
  EXPECT_EQ(child<QLineEdit>("stopCaption")->text(), texts[1].caption);
  EXPECT_EQ(child<QPlainTextEdit>("stopNotes")->toPlainText(), texts[1].notes);
  EXPECT_EQ(child<QLineEdit>("tourTitle")->text(), texts[1].title);

  const QString path = directory.filePath(QStringLiteral("three-languages.json"));
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  const TourReadResult read = readTour(path, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  const TourStop& saved = read.tour->stops[1];
  for (const Texts& t : texts) {
    SCOPED_TRACE(static_cast<int>(t.language));
    EXPECT_EQ(saved.caption.get(t.language), t.caption);
    EXPECT_EQ(saved.notes.get(t.language), t.notes);
    EXPECT_EQ(read.tour->title.get(t.language), t.title);
  }
  EXPECT_EQ(saved.caption.ja, texts[1].caption);
  EXPECT_EQ(saved.notes.ru, texts[2].notes);
  // The other stops are as they were.
  for (int i = 0; i < count(); ++i) {
    if (i == 1) continue;
    EXPECT_EQ(read.tour->stops[static_cast<std::size_t>(i)], originalStop(i)) << i;
  }

  // The speaker notes follow the interface's language.
  session.settings.setLanguage(Language::Russian);
  QApplication::processEvents();
  EXPECT_TRUE(window->notesText().contains(texts[2].notes)) << window->notesText().toStdString();
  EXPECT_EQ(editor->editLanguage(), Language::Russian);
}

TEST_F(TourEditorTest, ChoosingARowInTheListGoesToThatStop) {
  auto* list = child<QListWidget>("tourStops");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->count(), count());
  list->setCurrentRow(4);
  QApplication::processEvents();
  EXPECT_EQ(player().currentIndex(), 4);
  EXPECT_EQ(session.controller.currentDay(), originalStop(4).day);
  EXPECT_EQ(window->captionText(), originalStop(4).caption.en);
  EXPECT_FALSE(editor->isModified());  // going somewhere is not an edit
}

// --- reorder and remove -------------------------------------------------------------------

TEST_F(TourEditorTest, MoveButtonsReorderTheStops) {
  goTo(1);
  click("moveDown");
  EXPECT_EQ(player().currentIndex(), 2);
  EXPECT_EQ(playerStop(2), originalStop(1));
  EXPECT_EQ(playerStop(1), originalStop(2));
  EXPECT_TRUE(editor->isModified());
  click("moveUp");
  click("moveUp");
  EXPECT_EQ(player().currentIndex(), 0);
  EXPECT_EQ(playerStop(0), originalStop(1));
  EXPECT_EQ(playerStop(1), originalStop(0));
  EXPECT_EQ(playerStop(2), originalStop(2));
  click("moveUp");  // already first: nothing
  EXPECT_EQ(player().currentIndex(), 0);
  EXPECT_EQ(playerStop(0), originalStop(1));
  click("moveDown");
  EXPECT_EQ(player().tour(), tour);

  goTo(count() - 1);
  click("moveDown");  // already last: nothing
  EXPECT_EQ(player().tour(), tour);
  EXPECT_EQ(player().currentIndex(), count() - 1);
}

TEST_F(TourEditorTest, RemoveButtonRemovesTheCurrentStop) {
  goTo(2);
  click("removeStop");
  ASSERT_EQ(player().count(), count() - 1);
  for (int i = 0; i < count() - 1; ++i) EXPECT_EQ(playerStop(i), originalStop(i < 2 ? i : i + 1)) << i;
  EXPECT_EQ(child<QListWidget>("tourStops")->count(), count() - 1);
  EXPECT_TRUE(editor->isModified());
  EXPECT_EQ(window->player().count(), count() - 1);
  // The counter follows.
  goTo(0);
  EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("counter"))->text(),
            QStringLiteral("1 / %1").arg(count() - 1));
}

// --- saving -------------------------------------------------------------------------------

TEST_F(TourEditorTest, SaveToWritesATourThatReadsBackTheSame) {
  goTo(1);
  click("addStop");
  typeInto(child<QLineEdit>("stopCaption"), QStringLiteral("Added in the test"));
  ASSERT_TRUE(editor->isModified());
  const QString path = directory.filePath(QStringLiteral("saved.json"));
  QSignalSpy modified(editor, &TourEditor::modifiedChanged);
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  EXPECT_FALSE(editor->isModified());
  ASSERT_EQ(modified.count(), 1);
  EXPECT_FALSE(modified.at(0).at(0).toBool());
  EXPECT_FALSE(window->isWindowModified());
  EXPECT_EQ(editor->filePath(), path);
  EXPECT_TRUE(editor->statusText().contains(path));

  const TourReadResult read = readTour(path, session.document.dataset());
  EXPECT_TRUE(read.problems.empty());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(*read.tour, player().tour());
  ASSERT_EQ(read.tour->stops.size(), tour.stops.size() + 1);
  EXPECT_EQ(read.tour->stops[2].caption.en, QStringLiteral("Added in the test"));
}

TEST_F(TourEditorTest, SavingTheUnchangedDefaultTourKeepsIt) {
  goTo(3);
  const QString path = directory.filePath(QStringLiteral("unchanged.json"));
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  const TourReadResult read = readTour(path, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(*read.tour, tour);
}

TEST_F(TourEditorTest, AFailedSaveNamesThePathAndLosesNothing) {
  const QString good = directory.filePath(QStringLiteral("good.json"));
  ASSERT_TRUE(editor->saveTo(good));
  const QByteArray goodBytes = fileBytes(good);
  ASSERT_FALSE(goodBytes.isEmpty());

  goTo(0);
  click("removeStop");
  ASSERT_TRUE(editor->isModified());
  const Tour edited = player().tour();

  // A path inside a "directory" that is a regular file: nothing can be written there.
  const QString blocker = directory.filePath(QStringLiteral("not-a-folder"));
  {
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("a regular file");
  }
  const QString bad = blocker + QStringLiteral("/tour.json");
  QSignalSpy modified(editor, &TourEditor::modifiedChanged);
  EXPECT_FALSE(editor->saveTo(bad));
  EXPECT_TRUE(editor->statusText().contains(bad)) << editor->statusText().toStdString();
  EXPECT_TRUE(editor->isModified());
  EXPECT_EQ(modified.count(), 0);
  EXPECT_EQ(editor->filePath(), good);
  EXPECT_EQ(player().tour(), edited);
  EXPECT_EQ(fileBytes(good), goodBytes);
  EXPECT_EQ(fileBytes(blocker), QByteArray("a regular file"));
  EXPECT_FALSE(QFile::exists(bad));

  // save() still goes to the file the tour came from.
  ASSERT_TRUE(editor->save());
  EXPECT_FALSE(editor->isModified());
  const TourReadResult read = readTour(good, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(*read.tour, edited);
}

// A new catalogue sets the editor's words again, the status line included.
TEST_F(TourEditorTest, ACatalogueChangeSetsTheWordsAndTheStatusAgain) {
  const QString path = directory.filePath(QStringLiteral("saved.json"));
  ASSERT_TRUE(editor->saveTo(path));
  const QString status = editor->statusText();
  ASSERT_EQ(status, QStringLiteral("Saved ") + path);
  auto* date = child<QLineEdit>("stopDate");
  ASSERT_NE(date, nullptr);
  auto labelOf = [this](const QWidget* field) -> QString {
    for (const QLabel* label : editor->findChildren<QLabel*>())
      if (label->buddy() == field) return label->text();
    return {};
  };
  ASSERT_EQ(labelOf(date), QStringLiteral("Date (EDTF)"));

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  EXPECT_EQ(child<QPushButton>("addStop")->text(), QStringLiteral("⟦Add Current State⟧"));
  EXPECT_EQ(child<QPushButton>("moveDown")->text(), QStringLiteral("⟦Down⟧"));
  EXPECT_EQ(child<QLineEdit>("tourTitle")->placeholderText(), QStringLiteral("⟦Tour title⟧"));
  EXPECT_EQ(labelOf(date), QStringLiteral("⟦Date (EDTF)⟧"));
  EXPECT_EQ(labelOf(child<QDoubleSpinBox>("stopHold")), QStringLiteral("⟦Hold (attract loop, video)⟧"));
  EXPECT_EQ(child<QDoubleSpinBox>("stopHold")->suffix(), QStringLiteral("⟦ s⟧"));
  EXPECT_EQ(editor->statusText(), QStringLiteral("⟦Saved ") + path + QStringLiteral("⟧"));
  EXPECT_FALSE(editor->isModified());  // only words changed

  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();
  EXPECT_EQ(child<QPushButton>("addStop")->text(), QStringLiteral("Add Current State"));
  EXPECT_EQ(labelOf(date), QStringLiteral("Date (EDTF)"));
  EXPECT_EQ(editor->statusText(), status);
}

TEST_F(TourEditorTest, ModifiedFollowsEditsOpensAndSaves) {
  EXPECT_FALSE(editor->isModified());
  EXPECT_EQ(editor->filePath(), tourPath);
  QSignalSpy modified(editor, &TourEditor::modifiedChanged);
  goTo(1);
  EXPECT_FALSE(editor->isModified());  // stepping is not an edit
  click("moveDown");
  EXPECT_TRUE(editor->isModified());
  click("moveUp");
  EXPECT_TRUE(editor->isModified());  // still an edit, even though it undoes the first
  EXPECT_EQ(modified.count(), 1);

  const QString path = directory.filePath(QStringLiteral("modified.json"));
  ASSERT_TRUE(editor->saveTo(path));
  EXPECT_FALSE(editor->isModified());
  EXPECT_EQ(modified.count(), 2);

  typeInto(child<QLineEdit>("tourTitle"), QStringLiteral("A new title"));
  EXPECT_EQ(player().tour().title.en, QStringLiteral("A new title"));
  EXPECT_TRUE(editor->isModified());
  ASSERT_TRUE(editor->save());
  EXPECT_FALSE(editor->isModified());

  click("addStop");
  EXPECT_TRUE(editor->isModified());
  ASSERT_TRUE(window->openTour(tourPath));  // opening a file starts unmodified
  EXPECT_FALSE(editor->isModified());
  EXPECT_EQ(editor->filePath(), tourPath);
  EXPECT_EQ(player().tour(), tour);
}

// The window's title marks a tour with unsaved changes (the window follows the editor's
// modified flag), and the mark goes when the tour is saved.
TEST_F(TourEditorTest, TheTitleMarksUnsavedChanges) {
  ASSERT_NE(window->windowHandle(), nullptr);
  const QString saved = window->windowHandle()->title();
  EXPECT_FALSE(saved.contains(QLatin1Char('*'))) << saved.toStdString();
  click("moveDown");
  ASSERT_TRUE(editor->isModified());
  EXPECT_TRUE(window->isWindowModified());
  const QString modified = window->windowHandle()->title();
  EXPECT_TRUE(modified.contains(QLatin1Char('*')))
      << "the title does not show the unsaved changes: \"" << modified.toStdString() << "\"";
  ASSERT_TRUE(editor->saveTo(directory.filePath(QStringLiteral("title.json"))));
  EXPECT_EQ(window->windowHandle()->title(), saved);
}

// The shipped tour is opened by default; Save must not write over it, and Save As proposes a new
// file in the user's documents (or data) folder rather than the shipped file.
TEST_F(TourEditorTest, SaveNeverWritesOverTheShippedTour) {
  ASSERT_EQ(editor->filePath(), tourPath);
  const QByteArray shipped = fileBytes(tourPath);
  ASSERT_FALSE(shipped.isEmpty());
  click("addStop");
  ASSERT_TRUE(editor->isModified());
  EXPECT_TRUE(TourEditor::isProtectedPath(tourPath));
  EXPECT_FALSE(editor->save());
  EXPECT_EQ(fileBytes(tourPath), shipped);
  EXPECT_TRUE(editor->isModified()) << "the changes are not saved anywhere yet";

  const QString suggested = editor->suggestedSavePath();
  EXPECT_NE(QFileInfo(suggested).absoluteFilePath(), QFileInfo(tourPath).absoluteFilePath());
  EXPECT_FALSE(QFileInfo::exists(suggested)) << suggested.toStdString();
  EXPECT_TRUE(suggested.endsWith(QStringLiteral(".json"))) << suggested.toStdString();
  const QString folder = QFileInfo(suggested).absolutePath();
  EXPECT_TRUE(folder == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) ||
              folder == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      << folder.toStdString();
}

// A read-only tour file (or a new file in a read-only folder) is not written by Save; a
// writable copy is, and Save As then proposes that copy.
TEST_F(TourEditorTest, SaveNeverWritesOverAReadOnlyFile) {
  const QString copy = directory.filePath(QStringLiteral("read-only.json"));
  ASSERT_TRUE(QFile::copy(tourPath, copy));
  ASSERT_TRUE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
  ASSERT_TRUE(window->openTour(copy));
  QApplication::processEvents();
  const QByteArray before = fileBytes(copy);
  click("addStop");
  EXPECT_TRUE(TourEditor::isProtectedPath(copy));
  EXPECT_FALSE(editor->save());
  EXPECT_EQ(fileBytes(copy), before);
  EXPECT_NE(editor->suggestedSavePath(), copy);

  const QString locked = directory.filePath(QStringLiteral("locked"));
  ASSERT_TRUE(QDir().mkpath(locked));
  ASSERT_TRUE(
      QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
  EXPECT_TRUE(TourEditor::isProtectedPath(QDir(locked).filePath(QStringLiteral("new.json"))));
  QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

  const QString writable = directory.filePath(QStringLiteral("writable.json"));
  ASSERT_TRUE(QFile::copy(tourPath, writable));
  ASSERT_TRUE(QFile::setPermissions(writable, QFile::ReadOwner | QFile::WriteOwner));
  ASSERT_TRUE(window->openTour(writable));
  QApplication::processEvents();
  EXPECT_FALSE(TourEditor::isProtectedPath(writable));
  EXPECT_EQ(editor->suggestedSavePath(), writable);
  click("addStop");
  EXPECT_TRUE(editor->save()) << editor->statusText().toStdString();
  const TourReadResult read = readTour(writable, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_EQ(read.tour->stops.size(), tour.stops.size() + 1);
}

TEST_F(TourEditorTest, SaveWithoutAFileDoesNothing) {
  player().setTour(Tour{});
  // A tour that never had a file: the window asks for one ("Save As").
  TourEditor fresh(player(), session.controller, session.selection, session.view, session.document,
                   session.settings);
  EXPECT_TRUE(fresh.filePath().isEmpty());
  EXPECT_FALSE(fresh.save());
}

// --- fields the editor shows but must not change by itself ---------------------------------

// A hold time the spin box cannot show (below its 1 s minimum) must survive saving a tour in
// which nothing was edited.
TEST_F(TourEditorTest, SavingKeepsAHoldTimeBelowOneSecond) {
  ASSERT_TRUE(openText(R"({"format": "okhotsk-atlas-tour", "version": 1, "title": "Short holds", "stops": [
      {"date": "1956-10-19", "view": "region", "caption": "Half a second", "hold": 0.5},
      {"date": "1945-08-28", "view": "world", "caption": "Two and an eighth", "hold": 2.125}]})"))
      << editor->statusText().toStdString();
  const Tour opened = player().tour();
  ASSERT_EQ(opened.stops.size(), 2U);
  ASSERT_DOUBLE_EQ(opened.stops[0].holdSeconds, 0.5);
  const QString path = directory.filePath(QStringLiteral("short-holds.json"));
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  const TourReadResult read = readTour(path, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_DOUBLE_EQ(read.tour->stops[0].holdSeconds, 0.5) << "saving changed the hold of the current stop";
  EXPECT_EQ(*read.tour, opened);
}

// A hold time with more decimals than the spin box shows must survive editing the stop's
// caption.
TEST_F(TourEditorTest, EditingTheCaptionKeepsAPreciseHoldTime) {
  ASSERT_TRUE(openText(R"({"format": "okhotsk-atlas-tour", "version": 1, "title": "Precise", "stops": [
      {"date": "1956-10-19", "view": "region", "caption": "First", "hold": 2.125}]})"));
  typeInto(child<QLineEdit>("stopCaption"), QStringLiteral("First, edited"));
  EXPECT_EQ(playerStop(0).caption.en, QStringLiteral("First, edited"));
  EXPECT_DOUBLE_EQ(playerStop(0).holdSeconds, 2.125) << "editing the caption changed the hold";
}

// In Japanese the caption field shows the English caption when there is no Japanese one (the
// fallback); saving must not write that fallback into the stop as its Japanese caption.
TEST_F(TourEditorTest, SavingInJapaneseDoesNotCopyTheEnglishFallback) {
  ASSERT_TRUE(openText(R"({"format": "okhotsk-atlas-tour", "version": 1, "title": "English only", "stops": [
      {"date": "1956-10-19", "view": "region", "caption": "Only an English caption"}]})"));
  session.settings.setLanguage(Language::Japanese);
  QApplication::processEvents();
  // The English caption is the empty Japanese field's hint, not its text.
  EXPECT_TRUE(child<QLineEdit>("stopCaption")->text().isEmpty());
  EXPECT_EQ(child<QLineEdit>("stopCaption")->placeholderText(), QStringLiteral("Only an English caption"));
  const Tour opened = player().tour();
  ASSERT_TRUE(opened.stops[0].caption.ja.isEmpty());
  const QString path = directory.filePath(QStringLiteral("english-only.json"));
  ASSERT_TRUE(editor->saveTo(path)) << editor->statusText().toStdString();
  const TourReadResult read = readTour(path, session.document.dataset());
  ASSERT_TRUE(read.tour.has_value());
  EXPECT_TRUE(read.tour->stops[0].caption.ja.isEmpty())
      << "the Japanese caption became \"" << read.tour->stops[0].caption.ja.toStdString() << "\"";
  EXPECT_EQ(*read.tour, opened);
}

// --- destruction --------------------------------------------------------------------------

// The lecturer has just added a stop (the caption field has focus) and the window is destroyed
// while shown. Destroying the window moves the focus out of the caption field, which finishes
// its editing; that must not reach the window's TourPlayer after it has been destroyed. Run in
// a child process (a death test) because the failure is a use after free that may crash.
TEST(TourEditorDestruction, DestroyingTheWindowWhileAFieldHasFocusIsSafe) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        AtlasSession session;
        if (!session.document.openEmbedded()) std::exit(3);
        auto window = std::make_unique<PresentationWindow>(session);
        window->setTransitionMs(0);
        window->resize(1100, 700);
        window->show();
        window->setPresenterShown(true);
        window->presenter()->showEditorPage();
        if (!QTest::qWaitForWindowExposed(window.get())) std::exit(4);
        if (!window->openTour(findDefaultTour())) std::exit(5);
        QApplication::processEvents();
        bool playerDestroyed = false;
        bool usedAfterDestruction = false;
        QObject::connect(&window->player(), &QObject::destroyed, [&] { playerDestroyed = true; });
        auto* caption = window->editor()->findChild<QLineEdit*>(QStringLiteral("stopCaption"));
        QTest::mouseClick(window->editor()->findChild<QPushButton*>(QStringLiteral("addStop")),
                          Qt::LeftButton);
        QApplication::processEvents();
        QObject::connect(caption, &QLineEdit::editingFinished, [&] {
          if (playerDestroyed) usedAfterDestruction = true;
        });
        window.reset();
        std::exit(usedAfterDestruction ? 1 : 0);
      },
      ::testing::ExitedWithCode(0), "")
      << "the editor finished editing a field after the window's TourPlayer was destroyed";
}

}  // namespace
}  // namespace okhotsk::app
