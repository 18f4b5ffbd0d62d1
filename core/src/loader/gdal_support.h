// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GDAL plumbing shared by the loader's units: driver registration and an error handler
// that turns GDAL's messages into text for diagnostics. Private to core/src/loader.

#include <cpl_error.h>

#include <string>
#include <utility>
#include <vector>

namespace okhotsk::loader {

/// Registers GDAL's drivers and the loader's configuration options, once per process.
void registerDrivers();

/// Collects GDAL's error messages raised on this thread while alive, instead of
/// letting them reach stderr; they become diagnostics.
class GdalErrorCollector {
 public:
  GdalErrorCollector();
  ~GdalErrorCollector();
  GdalErrorCollector(const GdalErrorCollector&) = delete;
  GdalErrorCollector& operator=(const GdalErrorCollector&) = delete;

  /// Messages of severity CE_Failure or worse since the last call.
  std::vector<std::string> takeFailures() { return std::exchange(m_failures, {}); }
  std::vector<std::string> takeWarnings() { return std::exchange(m_warnings, {}); }

 private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum number, const char* message);
  std::vector<std::string> m_failures;
  std::vector<std::string> m_warnings;
};

/// GDAL's messages joined by "; ", or a generic reason when GDAL gave none.
[[nodiscard]] std::string joinMessages(const std::vector<std::string>& messages);

}  // namespace okhotsk::loader
