// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/atlas_document.h"

#include "okhotsk/loader.h"

#include <QMetaObject>
#include <QPointer>

#include <mutex>
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

AtlasDocument::AtlasDocument(QObject* parent)
    : QObject(parent), m_background(std::make_unique<Background>()) {}

AtlasDocument::~AtlasDocument() {
  m_background->join();
}

bool AtlasDocument::open(const QString& path, OpenPolicy policy) {
  LoadOptions options;
  options.coastlineLevels = {CoastlineLevel::Intermediate, CoastlineLevel::World};
  LoadResult result = loadDataset(path.toStdString(), options);
  // A dataset with errors is not half opened: what the errors name would be missing from the
  // map and the timeline without a word there. The one open stays until the user asks.
  const bool refused = result.dataset && result.diagnostics.hasErrors() && policy == OpenPolicy::Whole;
  if (!result.dataset || refused) {
    m_failure = {path, refused, std::move(result.diagnostics)};
    return false;
  }
  m_failure = {};
  m_diagnostics = std::move(result.diagnostics);
  m_background->join();  // results of an older dataset are no longer wanted
  m_background->pending.clear();
  ++m_generation;
  m_dataset = std::move(result.dataset);
  m_path = path;
  const auto embedded = findEmbeddedDataset();
  m_embedded = embedded && std::filesystem::equivalent(*embedded, path.toStdString());
  m_lateCoastlines = {};
  Q_EMIT datasetChanged();
  startBackgroundLoads();
  return true;
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
    m_background->threads.emplace_back([this, self, path, generation, level] {
      CoastlineResult result = loadCoastline(path, level);
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
