// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks on the bytes of a text file a dataset reads (CSV, GeoJSON, JSON), before GDAL
// parses it: GDAL passes bytes through, so text that is not UTF-8 would reach the dataset,
// the viewer and the CLI's JSON unnoticed. Private to core/src/loader.

#include "okhotsk/diagnostics.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace okhotsk::loader {

/// Where a text first stops being UTF-8.
struct Utf8Problem {
  std::size_t line = 0;          ///< 1-based; lines end at '\n'
  std::size_t column = 0;        ///< 1-based, in bytes from the start of the line
  unsigned char byte = 0;        ///< the byte there
  std::size_t furtherLines = 0;  ///< lines after `line` that hold invalid UTF-8 too
};

/// The first byte of `text` that does not begin a well-formed UTF-8 sequence (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or
/// nothing when all of `text` is UTF-8.
[[nodiscard]] std::optional<Utf8Problem> findInvalidUtf8(std::string_view text);

/// The diagnostic message for `problem`: "not valid UTF-8 at line 3, column 17 (counted in
/// bytes): byte 0xFF; 1 more line holds invalid UTF-8".
[[nodiscard]] std::string describeUtf8Problem(const Utf8Problem& problem);

/// The loader's limit on one row of a CSV (a line, or the lines of a row with a quoted line
/// break), below GDAL's own (about 10 MB in GDAL 3.6, past which GDAL stops reading the
/// layer with a vague error): a longer row is reported with its line number and the layer is
/// not read. The dataset's longest row is about 4,300 bytes.
inline constexpr std::size_t kMaxCsvLineBytes = 1'000'000;

/// Reads the text file `file` of layer `layer` and reports to `diagnostics`:
/// - errors that stop the layer from being read (returns false): the file cannot be read,
///   is empty, is UTF-16 (or UTF-32), or (`csv`) has a row over kMaxCsvLineBytes;
/// - errors: NUL bytes, text that is not UTF-8, (`csv`) a quoted field never closed, header
///   columns repeated or without a name, rows with more or fewer values than the header;
/// - warnings: a UTF-8 byte-order mark (ignored), (`csv`) no line break after the last line.
/// CRLF line ends are accepted. Every message names the line where one applies.
bool checkTextFile(const std::filesystem::path& file, const std::string& layer, bool csv,
                   Diagnostics& diagnostics);

}  // namespace okhotsk::loader
