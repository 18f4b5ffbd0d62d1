// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/loader.h"

#include <cstdlib>
#include <system_error>

namespace okhotsk {

namespace {

bool looksLikeDataset(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error) && std::filesystem::exists(path / "events.csv", error);
}

std::filesystem::path executableDirectory() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path{} : self.parent_path();
}

}  // namespace

std::optional<std::filesystem::path> findEmbeddedDataset() {
  if (const char* overridden = std::getenv("OKHOTSK_DATASET"); overridden != nullptr && *overridden != '\0') {
    std::error_code error;
    if (std::filesystem::exists(overridden, error)) return std::filesystem::path(overridden);
  }
  // Installed: <prefix>/bin/okhotsk-atlas and <prefix>/share/okhotsk-atlas/dataset.
  if (const auto directory = executableDirectory(); !directory.empty()) {
    const auto installed = directory.parent_path() / OKHOTSK_DATASET_INSTALL_DIR;
    if (looksLikeDataset(installed)) return installed;
  }
  // Build tree: the source checkout's dataset.
  const std::filesystem::path source(OKHOTSK_DATASET_SOURCE_DIR);
  if (looksLikeDataset(source)) return source;
  return std::nullopt;
}

}  // namespace okhotsk
