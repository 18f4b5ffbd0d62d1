// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// What the libFuzzer targets share: checking a property (a failure aborts, so that libFuzzer
/// saves the input as a crash), a fixed scratch folder per process, and writing an input to a file.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace okhotsk::fuzz {

/// Prints "property failed: <what>" and `detail` to stderr, then aborts.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

/// fail(what, detail) unless `ok`.
inline void require(bool ok, std::string_view what, std::string_view detail = {}) {
  if (!ok) fail(what, detail);
}

/// `bytes` printable for a message: printable ASCII as is, everything else as \xHH.
[[nodiscard]] std::string printable(std::string_view bytes);

/// The input as a string_view.
[[nodiscard]] inline std::string_view asText(const std::uint8_t* data, std::size_t size) noexcept {
  return {reinterpret_cast<const char*>(data), size};
}

/// An empty folder for this process (<tmp>/okhotsk-fuzz-<name>-<pid>), made on the first call
/// and removed when the process exits normally. The same path on every call.
[[nodiscard]] const std::filesystem::path& scratchFolder(std::string_view name);

/// Replaces `path` by exactly these bytes.
void writeFile(const std::filesystem::path& path, std::string_view bytes);

/// `text` with every byte sequence that is not UTF-8 replaced by U+FFFD, one for each maximal
/// ill-formed subpart (the Unicode Standard's recommended practice, chapter 3, "U+FFFD
/// Substitution of Maximal Subparts"); written independently of the code under test.
[[nodiscard]] std::string replaceInvalidUtf8(std::string_view text);

/// True when `text` is well-formed UTF-8.
[[nodiscard]] inline bool isValidUtf8(std::string_view text) {
  return replaceInvalidUtf8(text) == text;
}

}  // namespace okhotsk::fuzz
