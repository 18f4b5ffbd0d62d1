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

/// Whether open() takes a dataset whose load found errors.
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
    Diagnostics diagnostics;
  };
  [[nodiscard]] const Failure& failure() const noexcept { return m_failure; }

  [[nodiscard]] const Dataset* dataset() const noexcept { return m_dataset.get(); }
  [[nodiscard]] std::shared_ptr<const Dataset> sharedDataset() const noexcept { return m_dataset; }
  [[nodiscard]] const QString& path() const noexcept { return m_path; }
  [[nodiscard]] bool isEmbedded() const noexcept { return m_embedded; }
  /// Diagnostics of loading the dataset that is open (a failed open() leaves them as they were).
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
  Failure m_failure;
  QString m_path;
  bool m_embedded = false;
  std::array<std::shared_ptr<const Coastline>, 4> m_lateCoastlines;
  std::unique_ptr<Background> m_background;
  int m_generation = 0;
};

}  // namespace okhotsk::app
