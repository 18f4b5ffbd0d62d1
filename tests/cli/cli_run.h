// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Running okhotsk-cli's commands in the test process and keeping what they printed.
#include "commands.h"

#include <sstream>
#include <string>
#include <vector>

namespace okhotsk::cli::test {

struct CliRun {
  int status = 0;
  std::string out;
  std::string err;
};

/// run() with `arguments` (argv without the program name), its status and both outputs.
inline CliRun runCli(const std::vector<std::string>& arguments) {
  std::ostringstream out;
  std::ostringstream err;
  const int status = run(arguments, out, err);
  return {status, out.str(), err.str()};
}

}  // namespace okhotsk::cli::test
