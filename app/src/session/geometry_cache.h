// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/projection_cache.h"

#include <QString>

#include <QtGlobal>

#include <atomic>
#include <chrono>

namespace okhotsk::app {

/// The projected geometry of the datasets opened before (ProjectedVertexStore), one file per
/// key in a folder: by default "geometry" in the user's cache folder
/// (QStandardPaths::CacheLocation, e.g. ~/.cache/OkhotskAtlas/okhotsk-atlas/geometry).
///
/// It also remembers which polygons passed GEOS's validity check (knownValid()).
///
/// A file is mapped (or read) whole and checked before it is trusted: its magic, format
/// version, key, vertex count, exact size and a checksum of the vertices. One that fails any
/// check is ignored, and replaced when the loader has computed the vertices again. Files are
/// written to a temporary sibling and renamed over the old one (QSaveFile), so a reader in
/// another process never sees half a file. Without a cache folder, or with one that cannot be
/// written, nothing is kept and nothing fails: every open projects. Safe to use from several
/// threads at once.
///
/// The folder does not grow without end: a file that answers a lookup is marked as used (its
/// modification time, at most once a day), and each time a file is written, files of ours not
/// used for `Limits::unusedFor` are removed, then the least recently used until the folder
/// holds at most `Limits::totalBytes`. Other files in the folder are never touched.
class GeometryCache final : public ProjectedVertexStore {
 public:
  struct Limits {
    std::chrono::hours unusedFor{24 * 60};  // 60 days
    qint64 totalBytes = qint64{256} << 20;  // 256 MiB
  };

  /// The folder need not exist yet; an empty one disables the cache.
  explicit GeometryCache(QString directory = defaultDirectory());
  GeometryCache(QString directory, Limits limits);

  /// "geometry" in the user's cache folder, or empty when there is none (or no application
  /// name to find it by).
  [[nodiscard]] static QString defaultDirectory();
  [[nodiscard]] const QString& directory() const noexcept { return m_directory; }
  /// The file that holds `key`'s vertices.
  [[nodiscard]] QString filePath(const std::string& key) const;

  [[nodiscard]] std::optional<std::vector<Vec2>> find(const std::string& key,
                                                      std::size_t count) const override;
  void keep(const std::string& key, std::span<const Vec2> projected) const override;
  /// A small file per valid polygon, "<key>.okvalid", holding a magic and the key.
  [[nodiscard]] bool knownValid(const std::string& key) const override;
  void rememberValid(const std::string& key) const override;

  /// What happened since construction: lookups answered, lookups not answered (absent or
  /// rejected files), files written.
  [[nodiscard]] int hits() const noexcept { return m_hits.load(); }
  [[nodiscard]] int misses() const noexcept { return m_misses.load(); }
  [[nodiscard]] int writes() const noexcept { return m_writes.load(); }
  /// Files removed by the limits since construction.
  [[nodiscard]] int removals() const noexcept { return m_removals.load(); }

 private:
  // Applies the limits to the folder; `kept` was just written and stays.
  void prune(const QString& kept) const;
  [[nodiscard]] QString validityPath(const std::string& key) const;

  QString m_directory;
  Limits m_limits;
  mutable std::atomic<int> m_hits{0};
  mutable std::atomic<int> m_misses{0};
  mutable std::atomic<int> m_writes{0};
  mutable std::atomic<int> m_removals{0};
};

}  // namespace okhotsk::app
