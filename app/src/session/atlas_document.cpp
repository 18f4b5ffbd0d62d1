// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/atlas_document.h"

#include "session/geometry_cache.h"

#include "okhotsk/loader.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace okhotsk::app {

namespace {
constexpr std::array<CoastlineLevel, 2> kLateLevels{CoastlineLevel::High, CoastlineLevel::Full};
}

// Worker threads reading the finer coastlines, and what they delivered but the GUI thread
// has not taken yet.
struct AtlasDocument::Background {
  std::vector<std::thread> threads;
  std::mutex mutex;
  std::vector<std::pair<int, std::shared_ptr<const Coastline>>> pending;  // (generation, coastline)

  ~Background() { join(); }
  void join() {
    for (std::thread& thread : threads)
      if (thread.joinable()) thread.join();
    threads.clear();
  }
};

// The thread that checks the open dataset for changes and reads it again when it changed.
struct AtlasDocument::Watcher {
  std::thread thread;
  std::mutex mutex;
  std::condition_variable wake;
  bool stop = false;
  std::shared_ptr<const GeometryCache> cache;  // for the reloads

  ~Watcher() { halt(); }
  void halt() {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    wake.notify_all();
    if (thread.joinable()) thread.join();
  }
  /// Sleeps for `interval`; false when told to stop meanwhile.
  bool sleep(std::chrono::milliseconds interval) {
    std::unique_lock lock(mutex);
    return !wake.wait_for(lock, interval, [this] { return stop; });
  }
};

AtlasDocument::AtlasDocument(QObject* parent)
    : QObject(parent),
      m_geometryCache(std::make_shared<const GeometryCache>()),
      m_background(std::make_unique<Background>()) {}

AtlasDocument::~AtlasDocument() {
  stopWatching();
  m_background->join();
}

bool AtlasDocument::open(const QString& path, OpenPolicy policy) {
  // The fingerprint before reading: a change made while it is read is seen by the first check.
  std::optional<std::string> baseline;
  if (m_reloadInterval > 0) baseline = DatasetProbe(path.toStdString()).fingerprint();
  LoadOptions options;
  options.coastlineLevels = {CoastlineLevel::Intermediate, CoastlineLevel::World};
  options.projectionStore = m_geometryCache.get();
  LoadResult result = loadDataset(path.toStdString(), options);
  // A dataset with errors is not half opened: what the errors name would be missing from the
  // map and the timeline without a word there. The one open stays until the user asks.
  const bool refused = result.dataset && result.diagnostics.hasErrors() && policy == OpenPolicy::Whole;
  if (!result.dataset || refused) {
    m_failure = {path, refused, result.notADataset, std::move(result.diagnostics)};
    return false;
  }
  stopWatching();
  m_failure = {};
  m_policy = policy;
  if (!m_reloadProblem.isEmpty()) {
    m_reloadProblem.clear();
    Q_EMIT reloadProblemChanged();
  }
  m_diagnostics = std::move(result.diagnostics);
  m_background->join();  // results of an older dataset are no longer wanted
  m_background->pending.clear();
  ++m_generation;
  m_dataset = std::move(result.dataset);
  m_path = path;
  const auto embedded = findEmbeddedDataset();
  std::error_code error;  // a connection string is no file: not equivalent, no exception
  m_embedded = embedded && std::filesystem::equivalent(*embedded, path.toStdString(), error);
  m_lateCoastlines = {};
  m_baseline = std::move(baseline);
  Q_EMIT datasetChanged();
  startBackgroundLoads();
  startWatching();
  return true;
}

void AtlasDocument::setReloadInterval(int milliseconds) {
  m_reloadInterval = std::max(0, milliseconds);
  if (m_dataset) startWatching();
}

void AtlasDocument::stopWatching() {
  if (m_watcher) m_watcher->halt();
  m_watcher.reset();
}

// Polls rather than listens: DatasetProbe's one query (or a few stat() calls) every few
// seconds is cheap, works the same for files and any database GDAL reads, and needs no
// trigger installed in the database. The thread never touches the document's members:
// what it finds goes to the GUI thread queued, tagged with the generation it watched.
void AtlasDocument::startWatching() {
  stopWatching();
  if (m_reloadInterval <= 0 || !m_dataset) return;
  m_watcher = std::make_unique<Watcher>();
  Watcher* watcher = m_watcher.get();
  watcher->cache = m_geometryCache;
  const std::string path = m_path.toStdString();
  const std::chrono::milliseconds interval(m_reloadInterval);
  const int generation = m_generation;
  watcher->thread = std::thread([this, watcher, path, interval, generation, baseline = m_baseline] {
    DatasetProbe probe(path);
    std::string error;
    std::optional<std::string> last = baseline ? baseline : probe.fingerprint(&error);
    bool unreachable = false;
    while (watcher->sleep(interval)) {
      const std::optional<std::string> now = probe.fingerprint(&error);
      if (!now || now == last) {
        if (unreachable == !now) continue;
        unreachable = !now;  // reported once on losing it, once on finding it unchanged again
        const QString problem =
            unreachable ? tr("The dataset cannot be reached (%1); the last version read is shown.")
                              .arg(QString::fromStdString(error))
                        : QString();
        QMetaObject::invokeMethod(
            this, [this, generation, problem] { reportReloadProblem(generation, problem); },
            Qt::QueuedConnection);
        continue;
      }
      unreachable = false;
      last = now;
      LoadOptions options;
      options.coastlineLevels = {CoastlineLevel::Intermediate, CoastlineLevel::World};
      options.projectionStore = watcher->cache.get();
      auto result = std::make_shared<LoadResult>(loadDataset(path, options));
      QMetaObject::invokeMethod(
          this, [this, generation, result] { applyReload(generation, result); }, Qt::QueuedConnection);
    }
  });
}

void AtlasDocument::applyReload(int generation, const std::shared_ptr<LoadResult>& result) {
  if (generation != m_generation) return;  // from a dataset no longer open
  const bool acceptable =
      result->dataset && !(result->diagnostics.hasErrors() && m_policy == OpenPolicy::Whole);
  if (!acceptable) {
    const QString first = result->diagnostics.items().empty()
                              ? QString()
                              : QString::fromStdString(result->diagnostics.items().front().toString());
    reportReloadProblem(generation, tr("The dataset changed, but its new version has %n error(s) and was not "
                                       "opened; the last good version is shown. %1",
                                       nullptr, static_cast<int>(result->diagnostics.errorCount()))
                                        .arg(first));
    return;
  }
  m_dataset = std::move(result->dataset);
  m_diagnostics = std::move(result->diagnostics);
  reportReloadProblem(generation, QString());
  Q_EMIT datasetChanged();
}

void AtlasDocument::reportReloadProblem(int generation, const QString& problem) {
  if (generation != m_generation) return;
  const bool was = !m_reloadProblem.isEmpty();
  m_reloadProblem = problem;
  if (was != !problem.isEmpty()) Q_EMIT reloadProblemChanged();
}

QString AtlasDocument::displayPath() const {
  return QString::fromStdString(maskedPath(m_path.toStdString()));
}

bool AtlasDocument::openEmbedded(OpenPolicy policy) {
  const auto embedded = findEmbeddedDataset();
  if (!embedded) {
    m_failure = {};
    m_failure.diagnostics.error("", "", "", "", "the embedded dataset was not found (set OKHOTSK_DATASET)");
    return false;
  }
  return open(QString::fromStdString(embedded->string()), policy);
}

void AtlasDocument::startBackgroundLoads() {
  const std::string path = m_path.toStdString();
  const int generation = m_generation;
  QPointer<AtlasDocument> self(this);
  for (CoastlineLevel level : kLateLevels) {
    m_background->threads.emplace_back([this, self, path, generation, level, cache = m_geometryCache] {
      CoastlineResult result = loadCoastline(path, level, cache.get());
      if (!result.coastline) return;  // absent levels are optional; the coarser one stays
      {
        std::lock_guard lock(m_background->mutex);
        m_background->pending.emplace_back(generation,
                                           std::make_shared<const Coastline>(std::move(*result.coastline)));
      }
      QMetaObject::invokeMethod(
          self.data(),
          [self] {
            if (self) self->deliverPending();
          },
          Qt::QueuedConnection);
    });
  }
}

void AtlasDocument::waitForCoastlines() {
  m_background->join();
  deliverPending();
}

void AtlasDocument::deliverPending() {
  std::vector<std::pair<int, std::shared_ptr<const Coastline>>> delivered;
  {
    std::lock_guard lock(m_background->mutex);
    delivered.swap(m_background->pending);
  }
  for (auto& [generation, coastline] : delivered) {
    if (generation != m_generation) continue;  // from a dataset no longer open
    m_lateCoastlines[static_cast<std::size_t>(coastline->level)] = coastline;
    Q_EMIT coastlineLoaded(coastline->level);
  }
}

const Coastline* AtlasDocument::coastline(CoastlineLevel level) const noexcept {
  if (const auto& late = m_lateCoastlines[static_cast<std::size_t>(level)]) return late.get();
  return m_dataset ? m_dataset->coastline(level) : nullptr;
}

}  // namespace okhotsk::app
