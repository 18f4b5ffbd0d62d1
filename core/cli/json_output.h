// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The CLI's stable JSON (core/cli/README.md), built with nlohmann-json: keys stay in the
/// order they are set, and the text written is always valid UTF-8.

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace okhotsk::cli {

using Json = nlohmann::ordered_json;

/// `value` as compact JSON text (no spaces, non-ASCII characters as they are); bytes of the
/// dataset or the arguments that are not valid UTF-8 become U+FFFD.
[[nodiscard]] std::string toJsonText(const Json& value);

/// toJsonText(value) and a line break.
void writeJson(std::ostream& out, const Json& value);

}  // namespace okhotsk::cli
