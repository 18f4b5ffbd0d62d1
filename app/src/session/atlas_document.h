// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/loader.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>

namespace okhotsk::app {

/// Whether open() takes a dataset whose load found errors.
class GeometryCache;

enum class OpenPolicy : unsigned char {
  Whole,        ///< refuse a dataset with any error (warnings never refuse): the default
  WhatIsValid,  ///< open what is valid, leaving out what the errors name (the user asked)
};

/// The dataset the atlas shows, with the diagnostics of loading it and the coastline
/// levels read later in the background. Owns them; views read through const accessors.
///
/// Opening reads every layer except the high and full coastlines, so the first frame
/// waits only for the intermediate level; the finer levels follow from a worker thread
/// and arrive through coastlineLoaded().
///
/// Live reload: while a dataset is open, a worker thread asks every reloadInterval() for a
/// cheap fingerprint of it (okhotsk::DatasetProbe: for a database one query of row counts
/// and row versions, for files their sizes and times). When it changes, the dataset is read
/// again on that thread and, if it opens under the same policy, replaces the one shown
/// (datasetChanged(); the date and the selection live elsewhere and stay). A reload or a
/// probe that fails keeps what is shown and is reported once (reloadProblemChanged()) until
/// one succeeds again. The high and full coastlines already read are kept. Projected geometry
/// an earlier run left in the user's cache folder is taken from there (GeometryCache).
class AtlasDocument : public QObject {
  Q_OBJECT

 public:
  explicit AtlasDocument(QObject* parent = nullptr);
  ~AtlasDocument() override;

  /// Opens a dataset folder or GeoPackage whole: returns false, and keeps the dataset open
  /// before (its diagnostics too), when nothing could be read or, unless `policy` is
  /// WhatIsValid, when the load found errors; failure() then says which and lists them.
  bool open(const QString& path, OpenPolicy policy = OpenPolicy::Whole);
  /// Opens the embedded dataset (see okhotsk::findEmbeddedDataset()).
  bool openEmbedded(OpenPolicy policy = OpenPolicy::Whole);

  /// The last open() that failed, or an empty path when the last one succeeded.
  struct Failure {
    QString path;
    /// True when the dataset could be read but had errors and the policy was Whole: it
    /// opens with OpenPolicy::WhatIsValid. False when nothing could be read at all.
    bool refused = false;
    /// True when the path holds none of the dataset's layers (a foreign GeoJSON, Shapefile,
    /// CSV, KML, GeoPackage): it can only be added as a layer, never opened as a dataset.
    bool notADataset = false;
    Diagnostics diagnostics;
  };
  [[nodiscard]] const Failure& failure() const noexcept { return m_failure; }

  [[nodiscard]] const Dataset* dataset() const noexcept { return m_dataset.get(); }
  [[nodiscard]] std::shared_ptr<const Dataset> sharedDataset() const noexcept { return m_dataset; }
  [[nodiscard]] const QString& path() const noexcept { return m_path; }
  /// The path as it may be shown: a connection string's password masked (okhotsk::maskedPath).
  [[nodiscard]] QString displayPath() const;
  [[nodiscard]] bool isEmbedded() const noexcept { return m_embedded; }
  /// Diagnostics of loading the dataset that is open (a failed open() leaves them as they were).
  [[nodiscard]] const Diagnostics& diagnostics() const noexcept { return m_diagnostics; }

  /// The best-loaded coastline of a level, or nullptr while it is still loading.
  [[nodiscard]] const Coastline* coastline(CoastlineLevel level) const noexcept;
  /// Blocks until the background coastline loads have finished (for --render and tests).
  void waitForCoastlines();

  /// How often the open dataset is checked for changes; 0 stops checking. Applies from now
  /// on to the open dataset and to those opened later.
  void setReloadInterval(int milliseconds);
  [[nodiscard]] int reloadInterval() const noexcept { return m_reloadInterval; }
  static constexpr int kDefaultReloadInterval = 5000;
  /// Why the last check or reload of the open dataset failed (the data shown is the last
  /// good one), or empty while it is current. In English, for the diagnostics and logs.
  [[nodiscard]] const QString& reloadProblem() const noexcept { return m_reloadProblem; }

 Q_SIGNALS:
  void datasetChanged();
  void coastlineLoaded(okhotsk::CoastlineLevel level);
  /// reloadProblem() changed: a check or reload began to fail (once per streak of failures),
  /// or one succeeded again.
  void reloadProblemChanged();

 private:
  void startBackgroundLoads();
  void deliverPending();
  void startWatching();
  void stopWatching();
  void applyReload(int generation, const std::shared_ptr<LoadResult>& result);
  void reportReloadProblem(int generation, const QString& problem);

  struct Background;
  struct Watcher;
  std::shared_ptr<const GeometryCache> m_geometryCache;  // shared with the loading threads
  std::shared_ptr<const Dataset> m_dataset;
  Diagnostics m_diagnostics;
  Failure m_failure;
  QString m_path;
  bool m_embedded = false;
  std::array<std::shared_ptr<const Coastline>, 4> m_lateCoastlines;
  std::unique_ptr<Background> m_background;
  std::unique_ptr<Watcher> m_watcher;
  int m_generation = 0;
  int m_reloadInterval = kDefaultReloadInterval;
  OpenPolicy m_policy = OpenPolicy::Whole;
  QString m_reloadProblem;
  std::optional<std::string> m_baseline;  // the open dataset's fingerprint when it was read
};

}  // namespace okhotsk::app
