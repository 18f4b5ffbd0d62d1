// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/geometry_cache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cstring>
#include <type_traits>
#include <utility>

namespace okhotsk::app {

namespace {

// The file: a fixed header, then the vertices as they lie in memory (x, y doubles in this
// machine's byte order: a cache never leaves the machine that wrote it).
constexpr std::array<char, 8> kMagic{'O', 'K', 'G', 'E', 'O', 'M', '\r', '\n'};
constexpr std::uint32_t kFileVersion = 1;
constexpr std::size_t kKeyLength = 32;
constexpr std::array<char, 8> kValidMagic{'O', 'K', 'V', 'A', 'L', 'I', 'D', '1'};

// Marks a file as used, for prune(); at most once a day, so that a daily start does not write
// to the disk each time.
void markUsed(QFile& file) {
  const QDateTime now = QDateTime::currentDateTimeUtc();
  if (file.fileTime(QFileDevice::FileModificationTime).secsTo(now) > qint64{24} * 3600)
    (void)file.setFileTime(now, QFileDevice::FileModificationTime);
}

struct Header {
  std::array<char, 8> magic{};
  std::uint32_t fileVersion = 0;
  std::uint32_t keyVersion = 0;  // kProjectionCacheVersion
  std::array<char, kKeyLength> key{};
  std::uint64_t count = 0;
  std::array<char, kKeyLength> checksum{};  // projectionCacheKey of the vertices themselves
};
static_assert(std::is_trivially_copyable_v<Header> && std::is_trivially_copyable_v<Vec2>);
static_assert(sizeof(Vec2) == 2 * sizeof(double));

std::array<char, kKeyLength> checksumOf(std::span<const Vec2> vertices) {
  const std::string text = projectionCacheKey(vertices, 0, "okhotsk geometry cache payload");
  std::array<char, kKeyLength> out{};
  std::memcpy(out.data(), text.data(), std::min(text.size(), out.size()));
  return out;
}

std::array<char, kKeyLength> keyField(const std::string& key) {
  std::array<char, kKeyLength> out{};
  std::memcpy(out.data(), key.data(), std::min(key.size(), out.size()));
  return out;
}

// The vertices of a whole file's bytes when every check passes.
std::optional<std::vector<Vec2>> parse(const uchar* bytes, qint64 size, const std::string& key,
                                       std::size_t count) {
  if (size < static_cast<qint64>(sizeof(Header))) return std::nullopt;
  Header header;
  std::memcpy(&header, bytes, sizeof header);
  if (header.magic != kMagic || header.fileVersion != kFileVersion ||
      header.keyVersion != kProjectionCacheVersion || header.key != keyField(key) || header.count != count)
    return std::nullopt;
  if (static_cast<std::uint64_t>(size) != sizeof(Header) + count * sizeof(Vec2)) return std::nullopt;
  std::vector<Vec2> vertices(count);
  std::memcpy(static_cast<void*>(vertices.data()), bytes + sizeof(Header), count * sizeof(Vec2));
  if (checksumOf(vertices) != header.checksum) return std::nullopt;
  return vertices;
}

}  // namespace

GeometryCache::GeometryCache(QString directory) : GeometryCache(std::move(directory), Limits{}) {}

GeometryCache::GeometryCache(QString directory, Limits limits)
    : m_directory(std::move(directory)), m_limits(limits) {}

QString GeometryCache::defaultDirectory() {
  // Without an application's name the cache folder would be the user's whole ~/.cache.
  if (QCoreApplication::applicationName().isEmpty()) return {};
  const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
  return base.isEmpty() ? QString() : base + QStringLiteral("/geometry");
}

QString GeometryCache::filePath(const std::string& key) const {
  return m_directory + QLatin1Char('/') + QString::fromStdString(key) + QStringLiteral(".okgeom");
}

std::optional<std::vector<Vec2>> GeometryCache::find(const std::string& key, std::size_t count) const {
  std::optional<std::vector<Vec2>> found;
  if (!m_directory.isEmpty() && key.size() == kKeyLength) {
    QFile file(filePath(key));
    if (file.open(QIODevice::ReadOnly)) {
      const qint64 size = file.size();
      // Mapped where the file system allows it, else read in one go.
      if (const uchar* mapped = size > 0 ? file.map(0, size) : nullptr) {
        found = parse(mapped, size, key, count);
        file.unmap(const_cast<uchar*>(mapped));
      } else {
        const QByteArray bytes = file.readAll();
        found = parse(reinterpret_cast<const uchar*>(bytes.constData()), bytes.size(), key, count);
      }
      if (found) markUsed(file);
    }
  }
  ++(found ? m_hits : m_misses);
  return found;
}

void GeometryCache::keep(const std::string& key, std::span<const Vec2> projected) const {
  if (m_directory.isEmpty() || key.size() != kKeyLength || !QDir().mkpath(m_directory)) return;
  Header header;
  header.magic = kMagic;
  header.fileVersion = kFileVersion;
  header.keyVersion = kProjectionCacheVersion;
  header.key = keyField(key);
  header.count = projected.size();
  header.checksum = checksumOf(projected);
  QSaveFile file(filePath(key));
  if (!file.open(QIODevice::WriteOnly)) return;
  file.write(reinterpret_cast<const char*>(&header), sizeof header);
  file.write(reinterpret_cast<const char*>(projected.data()), static_cast<qint64>(projected.size_bytes()));
  if (!file.commit()) return;
  ++m_writes;
  prune(file.fileName());
}

QString GeometryCache::validityPath(const std::string& key) const {
  return m_directory + QLatin1Char('/') + QString::fromStdString(key) + QStringLiteral(".okvalid");
}

bool GeometryCache::knownValid(const std::string& key) const {
  if (m_directory.isEmpty() || key.size() != kKeyLength) return false;
  QFile file(validityPath(key));
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QByteArray expected =
      QByteArray(kValidMagic.data(), kValidMagic.size()) + QByteArray::fromStdString(key);
  if (file.size() != expected.size() || file.readAll() != expected) return false;
  markUsed(file);
  return true;
}

void GeometryCache::rememberValid(const std::string& key) const {
  if (m_directory.isEmpty() || key.size() != kKeyLength || !QDir().mkpath(m_directory)) return;
  QSaveFile file(validityPath(key));
  if (!file.open(QIODevice::WriteOnly)) return;
  file.write(kValidMagic.data(), kValidMagic.size());
  file.write(key.data(), static_cast<qint64>(key.size()));
  if (file.commit()) prune(file.fileName());
}

void GeometryCache::prune(const QString& kept) const {
  QFileInfoList files =
      QDir(m_directory).entryInfoList({QStringLiteral("*.okgeom"), QStringLiteral("*.okvalid")}, QDir::Files);
  // Most recently used first.
  std::sort(files.begin(), files.end(),
            [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() > b.lastModified(); });
  const QDateTime oldest =
      QDateTime::currentDateTimeUtc().addSecs(-std::chrono::seconds(m_limits.unusedFor).count());
  qint64 total = 0;
  for (const QFileInfo& info : files) {
    const bool keep = info.absoluteFilePath() == QFileInfo(kept).absoluteFilePath() ||
                      (info.lastModified() >= oldest && total + info.size() <= m_limits.totalBytes);
    if (keep) {
      total += info.size();
    } else if (QFile::remove(info.absoluteFilePath())) {
      ++m_removals;
    }
  }
}

}  // namespace okhotsk::app
