// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace okhotsk::app {

/// The dataset the atlas shows, with the diagnostics of loading it and the coastline
/// levels read later in the background. Owns them; views read through const accessors.
///
/// Opening reads every layer except the high and full coastlines, so the first frame
/// waits only for the intermediate level; the finer levels follow from a worker thread
/// and arrive through coastlineLoaded().
class AtlasDocument : public QObject {
  Q_OBJECT

 public:
  explicit AtlasDocument(QObject* parent = nullptr);
  ~AtlasDocument() override;

  /// Opens a dataset folder or GeoPackage. Returns false when nothing could be read; the
  /// previous dataset then stays open. With errors in the data it still opens what is valid.
  bool open(const QString& path);
  /// Opens the embedded dataset (see okhotsk::findEmbeddedDataset()).
  bool openEmbedded();

  [[nodiscard]] const Dataset* dataset() const noexcept { return m_dataset.get(); }
  [[nodiscard]] std::shared_ptr<const Dataset> sharedDataset() const noexcept { return m_dataset; }
  [[nodiscard]] const QString& path() const noexcept { return m_path; }
  [[nodiscard]] bool isEmbedded() const noexcept { return m_embedded; }
  /// Diagnostics of the last open() (also of a failed one).
  [[nodiscard]] const Diagnostics& diagnostics() const noexcept { return m_diagnostics; }

  /// The best-loaded coastline of a level, or nullptr while it is still loading.
  [[nodiscard]] const Coastline* coastline(CoastlineLevel level) const noexcept;
  /// Blocks until the background coastline loads have finished (for --render and tests).
  void waitForCoastlines();

 Q_SIGNALS:
  void datasetChanged();
  void coastlineLoaded(okhotsk::CoastlineLevel level);

 private:
  void startBackgroundLoads();
  void deliverPending();

  struct Background;
  std::shared_ptr<const Dataset> m_dataset;
  Diagnostics m_diagnostics;
  QString m_path;
  bool m_embedded = false;
  std::array<std::shared_ptr<const Coastline>, 4> m_lateCoastlines;
  std::unique_ptr<Background> m_background;
  int m_generation = 0;
};

}  // namespace okhotsk::app
