// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// okhotsk-cli: the command-line companion for historians' scripts and for checking
/// datasets. Core only (no Qt). The JSON output is stable and documented in core/cli/README.md.

#include <ostream>
#include <string>
#include <vector>

namespace okhotsk::cli {

/// Runs the CLI with `arguments` (without the program name). Returns the exit status:
/// 0 success (also --help, --version), 1 the dataset has errors (check), an invalid date
/// (date) or a dataset that cannot be read, 2 a usage error (README.md, --help).
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

}  // namespace okhotsk::cli
