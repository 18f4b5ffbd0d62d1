// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/projection_cache.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace okhotsk {

namespace {

// Two independent 64-bit hashes over 64-bit words (not cryptographic: the cache guards
// against change, not against an adversary; 128 bits make a chance collision negligible).
class KeyHasher {
 public:
  void add(std::uint64_t word) noexcept {
    m_a = (m_a ^ word) * 0xff51afd7ed558ccdULL;
    m_a ^= m_a >> 32U;
    m_b = std::rotl((m_b + word) * 0xc4ceb9fe1a85ec53ULL, 31);
  }
  void add(double value) noexcept { add(std::bit_cast<std::uint64_t>(value)); }
  void add(std::string_view text) noexcept {
    add(static_cast<std::uint64_t>(text.size()));
    for (char c : text) add(static_cast<std::uint64_t>(static_cast<unsigned char>(c)));
  }
  [[nodiscard]] std::string hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(32);
    for (std::uint64_t h : {finish(m_a), finish(m_b)})
      for (int shift = 60; shift >= 0; shift -= 4)
        out.push_back(kDigits[(h >> static_cast<unsigned>(shift)) & 0xFU]);
    return out;
  }

 private:
  static std::uint64_t finish(std::uint64_t h) noexcept {
    h ^= h >> 33U;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33U;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33U;
    return h;
  }
  std::uint64_t m_a = 0x6a09e667f3bcc908ULL;
  std::uint64_t m_b = 0xbb67ae8584caa73bULL;
};

}  // namespace

std::string projectionCacheKey(std::span<const Vec2> geographic, std::size_t pointCount,
                               std::string_view definition) {
  KeyHasher hasher;
  hasher.add(static_cast<std::uint64_t>(kProjectionCacheVersion));
  hasher.add(definition);
  hasher.add(static_cast<std::uint64_t>(geographic.size()));
  hasher.add(static_cast<std::uint64_t>(pointCount));
  for (const Vec2& v : geographic) {
    hasher.add(v.x);
    hasher.add(v.y);
  }
  return hasher.hex();
}

std::string polygonCheckKey(std::span<const Vec2> vertices, std::span<const std::size_t> rings,
                            std::string_view checker) {
  KeyHasher hasher;
  hasher.add(std::string_view("okhotsk polygon validity 1"));
  hasher.add(checker);
  hasher.add(static_cast<std::uint64_t>(rings.size()));
  for (std::size_t ring : rings) hasher.add(static_cast<std::uint64_t>(ring));
  hasher.add(static_cast<std::uint64_t>(vertices.size()));
  for (const Vec2& v : vertices) {
    hasher.add(v.x);
    hasher.add(v.y);
  }
  return hasher.hex();
}

bool projectVertices(MapProjection projection, std::vector<Vec2>& vertices, std::size_t pointCount,
                     const ProjectedVertexStore* store) {
  if (vertices.empty()) return false;
  pointCount = std::min(pointCount, vertices.size());
  std::string key;
  if (store != nullptr) {
    key = projectionCacheKey(vertices, pointCount, projectionDefinition(projection));
    if (auto cached = store->find(key, vertices.size())) {
      vertices = std::move(*cached);
      return true;
    }
  }
  // One call for all of them: PROJ's set-up and OGR's per-call buffers are paid once, not per
  // point.
  const Projector projector(projection);
  const auto firstPoint = static_cast<std::ptrdiff_t>(vertices.size() - pointCount);
  const std::vector<Vec2> lonLats(vertices.begin() + firstPoint, vertices.end());
  std::vector<Vec2> points = lonLats;
  vertices.resize(static_cast<std::size_t>(firstPoint));
  projector.forward(vertices);
  if (!projector.forward(points)) {
    // Some point failed: find which, one by one (rare: points lie in the dataset's region).
    for (std::size_t i = 0; i < points.size(); ++i)
      points[i] = projector.forward(GeoPoint{lonLats[i].x, lonLats[i].y}).value_or(Vec2{});
  }
  vertices.insert(vertices.end(), points.begin(), points.end());
  if (store != nullptr) store->keep(key, vertices);
  return false;
}

}  // namespace okhotsk
