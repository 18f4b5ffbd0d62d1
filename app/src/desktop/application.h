// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace okhotsk::app {

/// The whole program: parses the command line (viewer, --render, --benchmark, --kiosk,
/// --present, --tour) and runs it. Returns the process exit status.
int runApplication(int argc, char** argv);

}  // namespace okhotsk::app
