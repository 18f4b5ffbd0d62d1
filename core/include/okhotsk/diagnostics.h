// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file diagnostics.h
/// Problems found while loading or checking data. Loading never stops at the first
/// problem: each one becomes a Diagnostic naming the file, layer, feature and field.

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace okhotsk {

enum class Severity : unsigned char { Error, Warning, Info };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;       ///< path of the file (or GeoPackage) read
  std::string layer;      ///< layer name ("events"); empty for file-level problems
  std::string featureId;  ///< the feature's id, or "#N" (1-based row) when it has none
  std::string field;      ///< the field, or "geometry"; empty when not field-specific
  std::string message;    ///< what is wrong, in English

  /// "events.csv: error: layer events, feature E013, field date: day 30 does not exist in February 1956"
  [[nodiscard]] std::string toString() const;
};

[[nodiscard]] const char* severityName(Severity severity) noexcept;  // "error", "warning", "info"

/// A list of diagnostics with helpers for the common case.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }
  void error(std::string file, std::string layer, std::string featureId, std::string field,
             std::string message);
  void warning(std::string file, std::string layer, std::string featureId, std::string field,
               std::string message);
  void append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
  }
  /// Puts `other`'s diagnostics before the one at `at` (at the end when `at` is past it).
  void insert(std::size_t at, const Diagnostics& other) {
    const auto position = static_cast<std::ptrdiff_t>(std::min(at, m_items.size()));
    m_items.insert(m_items.begin() + position, other.m_items.begin(), other.m_items.end());
  }
  /// Keeps the first `count` diagnostics.
  void truncate(std::size_t count) {
    if (count < m_items.size()) m_items.resize(count);
  }

  [[nodiscard]] const std::vector<Diagnostic>& items() const noexcept { return m_items; }
  [[nodiscard]] bool empty() const noexcept { return m_items.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return m_items.size(); }
  [[nodiscard]] std::size_t errorCount() const noexcept;
  [[nodiscard]] std::size_t warningCount() const noexcept;
  [[nodiscard]] bool hasErrors() const noexcept { return errorCount() > 0; }

  /// Every diagnostic's toString() in order, one a line, each line ending in '\n' (a report,
  /// a message box's details, stderr); empty when there are none.
  [[nodiscard]] std::string toText() const;

 private:
  std::vector<Diagnostic> m_items;
};

}  // namespace okhotsk
