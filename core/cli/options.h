// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line of okhotsk-cli, read with CLI11: its options, --help, --version and usage
// errors.

#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace okhotsk::cli {

/// What the command line asks for.
struct Options {
  std::string command;                 ///< state, events, trade, check, date, sources, export or generate
  std::vector<std::string> arguments;  ///< the command's positional arguments, in order
  std::optional<std::string> dataset;
  Language language = Language::English;
  bool json = false;
  std::optional<std::string> category;
  std::optional<int> fromYear;
  std::optional<int> toYear;
  std::vector<std::string> eventIds;    ///< sources --event (each once or repeated)
  std::optional<std::string> tourFile;  ///< sources --tour
  std::optional<std::string> viewDate;  ///< sources --date
  std::optional<std::string> format;    ///< sources --format: csl-json, bibtex or text
  /// export: --from and --to (EDTF dates) and every --category given.
  std::optional<std::string> fromDate;
  std::optional<std::string> toDate;
  std::vector<std::string> categories;
  /// generate: --events, --polygons and --seed.
  int generateEvents = 0;
  int generatePolygons = 0;
  std::uint64_t seed = 1;
};

/// A mistake in the command line found after parsing (a date that is not one, FROM after
/// TO): reported with usageHint(), exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The exit statuses, as documented in --help and core/cli/README.md.
enum ExitStatus : int { kSuccess = 0, kFailure = 1, kUsage = 2 };

/// The command line read, or the exit status when reading it has already ended the run
/// (--help and --version print to `out`, usage errors to `err`).
struct CommandLine {
  Options options;
  std::optional<int> exitStatus;
};

/// Reads `arguments` (without the program name).
[[nodiscard]] CommandLine parseCommandLine(const std::vector<std::string>& arguments, std::ostream& out,
                                           std::ostream& err);

/// The version line --version prints: "okhotsk-cli 0.1.0".
[[nodiscard]] std::string versionLine();

/// "Run 'okhotsk-cli events --help' for more information.\n" (without a command: for the
/// program's help).
[[nodiscard]] std::string usageHint(const std::string& command);

/// An EDTF date given as an argument; throws UsageError when it is not one.
[[nodiscard]] Edtf parseDateArgument(const std::string& text);

}  // namespace okhotsk::cli
