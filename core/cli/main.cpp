// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <iostream>

int main(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  return okhotsk::cli::run(arguments, std::cout, std::cerr);
}
