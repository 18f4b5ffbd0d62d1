// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_output.h"

namespace okhotsk::cli {

std::string toJsonText(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void writeJson(std::ostream& out, const Json& value) {
  out << toJsonText(value) << '\n';
}

}  // namespace okhotsk::cli
