// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk endurance: a KioskWindow on the embedded dataset and its tour, offscreen, driven
// through a simulated week of attract loops and visitor sessions on an injected clock, with
// no sleeping. The idle monitor takes its time from the clock (IdleMonitor::setClock), the
// tour's glides and holds from TourPlayer::advance(), and the map's view animations from a
// QAnimationDriver that reads the same clock; so a week passes in minutes.
//
// Prints one line per simulated day and a JSON summary: the resident set size (RSS) at the
// start and the end and its growth per simulated hour (least-squares slope of the hourly
// samples after the first hour, which warms the caches: fonts, glyphs, base images), the open
// file descriptors (/proc/self/fd) and the live timers at the start and the end.
// Targets: < 1 MB per hour, no growth in file descriptors or timers.
//
// Run: build/dev/tests/benchmarks/kiosk_soak_benchmark [--hours 168] [--seed 1]
//      (QT_QPA_PLATFORM=offscreen is set when no platform is given)
//
// Live timers: every QObject alive is known through Qt's object hooks (qtHookData, the table
// debuggers and GammaRay use; checked against the running Qt's version before use), so the
// counts include members and unparented objects: QTimer objects, single-shot timers and the
// timers registered with the event dispatcher (QObject::startTimer, active QTimers).

#include "kiosk/kiosk_settings.h"
#include "kiosk/kiosk_window.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "timeline/timeline_widget.h"

#include <QAbstractAnimation>
#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <vector>

// Qt's hook table (QtCore/private/qhooks_p.h, not installed by Debian's qt6-base-dev): the
// slots this program uses, at the indices Qt 6 gives them.
extern Q_DECL_IMPORT quintptr qtHookData[];

namespace {

using namespace std::chrono_literals;

// Every QObject alive, through the hooks Qt calls in QObject's constructor and destructor.
class LiveObjects {
 public:
  enum HookIndex { HookDataSize = 1, QtVersion = 2, AddQObject = 3, RemoveQObject = 4 };

  /// Installs the hooks when the running Qt has the table this program knows; false otherwise.
  static bool install() {
    if (qtHookData[QtVersion] >> 16 != 6 || qtHookData[HookDataSize] <= RemoveQObject) return false;
    s_previousAdd = qtHookData[AddQObject];
    s_previousRemove = qtHookData[RemoveQObject];
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&added);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&removed);
    return true;
  }
  static void uninstall() {
    qtHookData[AddQObject] = s_previousAdd;
    qtHookData[RemoveQObject] = s_previousRemove;
  }
  static std::vector<QObject*> snapshot() {
    const std::lock_guard lock(s_mutex);
    return {s_objects.begin(), s_objects.end()};
  }

 private:
  using Callback = void (*)(QObject*);
  static void added(QObject* object) {
    {
      const std::lock_guard lock(s_mutex);
      s_objects.insert(object);
    }
    // The table holds function addresses as integers: no other way to call a hook chained before.
    if (s_previousAdd != 0)
      reinterpret_cast<Callback>(s_previousAdd)(object);  // NOLINT(performance-no-int-to-ptr)
  }
  static void removed(QObject* object) {
    {
      const std::lock_guard lock(s_mutex);
      s_objects.erase(object);
    }
    if (s_previousRemove != 0)
      reinterpret_cast<Callback>(s_previousRemove)(object);  // NOLINT(performance-no-int-to-ptr)
  }
  static inline std::mutex s_mutex;
  static inline std::set<QObject*> s_objects;
  static inline quintptr s_previousAdd = 0;
  static inline quintptr s_previousRemove = 0;
};
using okhotsk::app::AtlasSession;
using okhotsk::app::KioskSettings;
using okhotsk::app::KioskWindow;
using Milliseconds = std::chrono::milliseconds;

// The one clock of the simulation.
struct SimulatedClock {
  Milliseconds now{0};
};

// Qt's animations (the map's glide to a tour stop's view) advance on the simulated clock.
class SimulatedAnimationDriver : public QAnimationDriver {
 public:
  explicit SimulatedAnimationDriver(const SimulatedClock& clock) : m_clock(clock) {}
  [[nodiscard]] qint64 elapsed() const override { return m_clock.now.count(); }

 private:
  const SimulatedClock& m_clock;
};

double residentMegabytes() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0;
  long resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

int openFileDescriptors() {
  // The listing's own descriptor is open while it runs: one less.
  return static_cast<int>(QDir(QStringLiteral("/proc/self/fd"))
                              .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                              .size()) -
         1;
}

struct ObjectCounts {
  int objects = 0;
  int widgets = 0;
  int timerObjects = 0;  // QTimer and single-shot timer objects
  int activeTimers = 0;  // timers registered with the event dispatcher
};

// Counts the live objects: all of them when the hooks are in (`hooked`), else those the object
// trees of `roots` and every widget reach (members and unparented objects are then missed).
ObjectCounts countObjects(bool hooked, const std::vector<QObject*>& roots) {
  std::set<QObject*> seen;
  if (hooked) {
    for (QObject* object : LiveObjects::snapshot()) seen.insert(object);
  } else {
    const auto visit = [&seen](QObject* root) {
      if (root == nullptr) return;
      seen.insert(root);
      for (QObject* child : root->findChildren<QObject*>()) seen.insert(child);
    };
    for (QObject* root : roots) visit(root);
    for (QWidget* widget : QApplication::allWidgets()) visit(widget);
  }
  ObjectCounts counts;
  QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
  for (QObject* object : seen) {
    if (object->thread() != QThread::currentThread()) continue;  // a worker's, being made or gone
    ++counts.objects;
    if (object->isWidgetType()) ++counts.widgets;
    const char* name = object->metaObject()->className();
    if (qobject_cast<QTimer*>(object) != nullptr || std::strcmp(name, "QSingleShotTimer") == 0)
      ++counts.timerObjects;
    if (dispatcher != nullptr)
      counts.activeTimers += static_cast<int>(dispatcher->registeredTimers(object).size());
  }
  return counts;
}

QJsonObject countsJson(const ObjectCounts& counts) {
  return {{QStringLiteral("qobjects"), counts.objects},
          {QStringLiteral("widgets"), counts.widgets},
          {QStringLiteral("qtimer_objects"), counts.timerObjects},
          {QStringLiteral("registered_timers"), counts.activeTimers}};
}

// Least-squares slope of y over x.
double slope(const std::vector<double>& x, const std::vector<double>& y) {
  const auto n = static_cast<double>(x.size());
  if (x.size() < 2) return 0.0;
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
  }
  const double denominator = n * sxx - sx * sx;
  return denominator == 0.0 ? 0.0 : (n * sxy - sx * sy) / denominator;
}

struct Options {
  int hours = 24 * 7;
  unsigned seed = 1;
  int visitorsPerOpenHour = 6;
};

// A kiosk as a museum runs it: the defaults, with the anonymous usage log on (written at every
// reset and every five minutes), into a folder of the benchmark's own.
KioskSettings museumSettings(const QString& folder) {
  KioskSettings settings = KioskSettings::defaults();
  settings.usageLog = QDir(folder).filePath(QStringLiteral("kiosk-usage.csv"));
  return settings;
}

class Soak {
 public:
  Soak(AtlasSession& session, const Options& options)
      : m_session(session),
        m_random(options.seed),
        m_window(session, museumSettings(m_logFolder.path())),
        m_driver(m_clock) {
    m_driver.install();
    m_window.idleMonitor().stop();  // polled below, on the simulated clock
    m_window.idleMonitor().setClock([this] { return m_clock.now; });
    m_window.resize(1024, 640);
    m_window.show();
    (void)QTest::qWaitForWindowExposed(&m_window);
    connect();
  }
  ~Soak() { m_driver.uninstall(); }
  Soak(const Soak&) = delete;
  Soak& operator=(const Soak&) = delete;

  [[nodiscard]] Milliseconds now() const noexcept { return m_clock.now; }
  [[nodiscard]] int stopsShown() const noexcept { return m_stops; }
  [[nodiscard]] int attractStarts() const noexcept { return m_attracts; }
  [[nodiscard]] int visitors() const noexcept { return m_visitors; }
  /// How many times a visitor's input ended an idle period (and so stopped the attract loop).
  [[nodiscard]] int resumed() const noexcept { return m_resumed; }
  [[nodiscard]] KioskWindow& window() noexcept { return m_window; }

  // Lets `duration` pass with nobody at the screen (the attract loop plays after its delay).
  void idle(Milliseconds duration) {
    const Milliseconds end = m_clock.now + duration;
    while (m_clock.now < end) {
      // Fine steps while something moves on screen, whole seconds while a stop is held.
      const bool moving =
          m_session.player.isAnimating() || m_window.map()->isAnimating() || m_session.controller.isPlaying();
      step(std::min<Milliseconds>(moving ? 500ms : 1000ms, end - m_clock.now));
    }
  }

  // One visitor: touches the screen (which stops the attract loop), taps the map, steps
  // through events, switches language, drags the timeline, sometimes plays, then walks away.
  void visitor() {
    ++m_visitors;
    std::uniform_int_distribution<int> actions(4, 12);
    std::uniform_int_distribution<int> pause(5, 25);
    std::uniform_int_distribution<int> kind(0, 6);
    const int count = actions(m_random);
    if (qEnvironmentVariableIsSet("SOAK_DEBUG"))
      std::fprintf(stderr, "visitor at %lld s: idle %lld ms attracting %d autoplay %d\n",
                   static_cast<long long>(m_clock.now.count() / 1000),
                   static_cast<long long>(m_window.idleMonitor().idleFor().count()),
                   m_window.idleMonitor().isAttracting() ? 1 : 0, m_session.player.isAutoplaying() ? 1 : 0);
    for (int i = 0; i < count; ++i) {
      act(kind(m_random));
      idle(Milliseconds(pause(m_random) * 1000));
    }
  }

 private:
  void connect() {
    QObject::connect(&m_session.player, &okhotsk::app::TourPlayer::stopChanged, &m_window,
                     [this] { ++m_stops; });
    QObject::connect(&m_session.player, &okhotsk::app::TourPlayer::autoplayChanged, &m_window,
                     [this](bool on) { m_attracts += on ? 1 : 0; });
    QObject::connect(&m_window.idleMonitor(), &okhotsk::app::IdleMonitor::activityResumed, &m_window,
                     [this] { ++m_resumed; });
  }

  void step(Milliseconds elapsed) {
    m_clock.now += elapsed;
    m_driver.advance();
    m_window.idleMonitor().poll();
    m_session.player.advance(elapsed);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }

  void click(QWidget* widget, QPoint at = {}) {
    if (widget == nullptr || !widget->isVisible()) return;
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
  }

  QPushButton* button(const char* name) const {
    return m_window.findChild<QPushButton*>(QString::fromLatin1(name));
  }

  void act(int kind) {
    std::uniform_int_distribution<int> x(0, std::max(0, m_window.map()->width() - 1));
    std::uniform_int_distribution<int> y(0, std::max(0, m_window.map()->height() - 1));
    static constexpr std::array<const char*, 3> kLanguages{"language_en", "language_ja", "language_ru"};
    std::uniform_int_distribution<std::size_t> language(0, kLanguages.size() - 1);
    switch (kind) {
      case 0:
      case 1:
        click(m_window.map(), QPoint(x(m_random), y(m_random)));
        break;
      case 2:
        click(button("nextEvent"));
        break;
      case 3:
        click(button("previousEvent"));
        break;
      case 4:
        click(button(kLanguages[language(m_random)]));
        break;
      case 5: {
        auto* timeline = m_window.findChild<okhotsk::app::TimelineWidget*>();
        if (timeline == nullptr) break;
        const int row = timeline->height() / 2;
        QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(timeline->width() / 4, row));
        QTest::mouseMove(timeline, QPoint(timeline->width() / 2, row));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(timeline->width() * 3 / 4, row));
        break;
      }
      default:
        click(button("play"));
        break;
    }
  }

  AtlasSession& m_session;
  std::mt19937 m_random;
  QTemporaryDir m_logFolder;  // the usage log's; before the window, which writes it at exit
  KioskWindow m_window;
  SimulatedClock m_clock;
  SimulatedAnimationDriver m_driver;
  int m_stops = 0;
  int m_attracts = 0;
  int m_visitors = 0;
  int m_resumed = 0;
};

Options parseOptions(const QStringList& arguments) {
  Options options;
  for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
    if (arguments[i] == QLatin1String("--hours")) options.hours = std::max(1, arguments[i + 1].toInt());
    if (arguments[i] == QLatin1String("--seed")) options.seed = arguments[i + 1].toUInt();
    if (arguments[i] == QLatin1String("--visitors")) options.visitorsPerOpenHour = arguments[i + 1].toInt();
  }
  return options;
}

// One simulated hour: visitors come while the museum is open (09:00–18:00, evenly spread with
// some jitter), the attract loop plays the rest of the time and all night.
void simulateHour(Soak& soak, int hourOfDay, const Options& options, std::mt19937& random) {
  const Milliseconds hourStart = soak.now();
  const Milliseconds hourEnd = hourStart + 1h;
  const bool open = hourOfDay >= 9 && hourOfDay < 18;
  const int visitors = open ? std::max(0, options.visitorsPerOpenHour) : 0;
  const Milliseconds slot = visitors > 0 ? Milliseconds(1h) / visitors : Milliseconds(1h);
  std::uniform_int_distribution<int> jitter(0, static_cast<int>(slot.count() / 2000));  // in seconds
  for (int v = 0; v < visitors; ++v) {
    const Milliseconds arrival = hourStart + slot * v + Milliseconds(jitter(random) * 1000);
    if (arrival >= hourEnd) break;
    if (arrival > soak.now()) soak.idle(arrival - soak.now());
    soak.visitor();
  }
  if (soak.now() < hourEnd) soak.idle(hourEnd - soak.now());
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  const bool hooked = LiveObjects::install();
  QApplication application(argc, argv);
  const Options options = parseOptions(QApplication::arguments());
  AtlasSession session;
  if (!session.document.openEmbedded()) {
    std::fprintf(stderr, "kiosk_soak_benchmark: the embedded dataset cannot be opened\n%s",
                 session.document.failure().diagnostics.toText().c_str());
    return 1;
  }
  session.document.waitForCoastlines();

  QElapsedTimer real;
  real.start();
  Soak soak(session, options);
  const auto roots = [&session, &soak, &application] {
    return std::vector<QObject*>{&application,      &session.controller,         &session.player,
                                 &session.document, &session.selection,          &session.settings,
                                 &soak.window(),    &soak.window().idleMonitor()};
  };
  soak.idle(2min);  // settle: the first attract loop starts, caches fill
  const double rssStart = residentMegabytes();
  const int fdsStart = openFileDescriptors();
  const ObjectCounts countsStart = countObjects(hooked, roots());

  std::mt19937 random(options.seed + 1);
  std::vector<double> hours;
  std::vector<double> rss;
  for (int hour = 0; hour < options.hours; ++hour) {
    simulateHour(soak, (9 + hour) % 24, options, random);  // the week starts at opening time
    hours.push_back(hour + 1.0);
    rss.push_back(residentMegabytes());
    if ((hour + 1) % 24 == 0 || hour + 1 == options.hours)
      std::printf("hour %4d  rss %.1f MB  fds %d  stops %d  visitors %d  attract loops %d  real %.0f s\n",
                  hour + 1, rss.back(), openFileDescriptors(), soak.stopsShown(), soak.visitors(),
                  soak.attractStarts(), static_cast<double>(real.elapsed()) / 1000.0);
    std::fflush(stdout);
  }
  const int fdsEnd = openFileDescriptors();
  const ObjectCounts countsEnd = countObjects(hooked, roots());
  // The first hour warms the caches; the growth is the trend of the hours after it.
  const std::vector<double> laterHours(hours.begin() + (hours.size() > 2 ? 1 : 0), hours.end());
  const std::vector<double> laterRss(rss.begin() + (rss.size() > 2 ? 1 : 0), rss.end());
  const double growth = slope(laterHours, laterRss);

  QJsonObject json;
  json[QStringLiteral("simulated_hours")] = options.hours;
  json[QStringLiteral("seed")] = static_cast<int>(options.seed);
  json[QStringLiteral("real_seconds")] = static_cast<double>(real.elapsed()) / 1000.0;
  json[QStringLiteral("stops_shown")] = soak.stopsShown();
  json[QStringLiteral("attract_loops")] = soak.attractStarts();
  json[QStringLiteral("visitor_sessions")] = soak.visitors();
  json[QStringLiteral("idle_periods_ended_by_input")] = soak.resumed();
  json[QStringLiteral("rss_start_mb")] = rssStart;
  json[QStringLiteral("rss_end_mb")] = rss.empty() ? rssStart : rss.back();
  json[QStringLiteral("rss_growth_mb_per_hour")] = growth;
  json[QStringLiteral("fds_start")] = fdsStart;
  json[QStringLiteral("fds_end")] = fdsEnd;
  json[QStringLiteral("objects_counted")] =
      hooked ? QStringLiteral("all (Qt hooks)") : QStringLiteral("reachable");
  json[QStringLiteral("objects_start")] = countsJson(countsStart);
  json[QStringLiteral("objects_end")] = countsJson(countsEnd);
  const bool met = growth < 1.0 && fdsEnd <= fdsStart && countsEnd.timerObjects <= countsStart.timerObjects &&
                   countsEnd.activeTimers <= countsStart.activeTimers;
  json[QStringLiteral("targets_met")] = met;
  std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
  soak.window().exitKiosk();
  if (hooked) LiveObjects::uninstall();
  return 0;
}
