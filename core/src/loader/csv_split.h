// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a large CSV can be cut in two, so that its halves are read on two threads (the
// events layer of a 100,000-event dataset is about 90 MB). Private to core/src/loader.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace okhotsk::loader {

/// A record boundary in a CSV file: the second half starts at byte `offset`, and
/// `recordsBefore` records lie between the header and it.
struct CsvSplit {
  std::uintmax_t offset = 0;
  std::uintmax_t size = 0;  ///< the file's size when it was scanned
  long long recordsBefore = 0;
};

/// The record boundary nearest after the middle of `text`, a whole CSV file: after a line
/// break outside quotes, with a record there of exactly `headerFields` comma-separated
/// fields, as the header has, on one line (GDAL counts the columns of a file opened without
/// its header on its first line). Empty when the text gives any doubt about how a reader counts
/// its records (a blank line, a carriage return not followed by a line feed, a header of
/// another width, no such record among the next few): the caller then reads it whole.
[[nodiscard]] std::optional<CsvSplit> findCsvSplit(std::string_view text, int headerFields);

/// findCsvSplit() on the file, which it reads only up to the boundary and the record after
/// it. Empty also when the file is smaller than `minBytes` or cannot be read.
[[nodiscard]] std::optional<CsvSplit> findCsvFileSplit(const std::filesystem::path& file, int headerFields,
                                                       std::uintmax_t minBytes);

}  // namespace okhotsk::loader
