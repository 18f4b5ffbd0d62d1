// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/diagnostics.h"

#include <algorithm>

namespace okhotsk {

const char* severityName(Severity severity) noexcept {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "error";
}

std::string Diagnostic::toString() const {
  std::string text = file.empty() ? std::string("(dataset)") : file;
  text += ": ";
  text += severityName(severity);
  if (!layer.empty()) text += ": layer " + layer;
  if (!featureId.empty()) text += ", feature " + featureId;
  if (!field.empty()) text += ", field " + field;
  text += ": " + message;
  return text;
}

void Diagnostics::error(std::string file, std::string layer, std::string featureId, std::string field,
                        std::string message) {
  add({Severity::Error, std::move(file), std::move(layer), std::move(featureId), std::move(field),
       std::move(message)});
}

void Diagnostics::warning(std::string file, std::string layer, std::string featureId, std::string field,
                          std::string message) {
  add({Severity::Warning, std::move(file), std::move(layer), std::move(featureId), std::move(field),
       std::move(message)});
}

std::string Diagnostics::toText() const {
  std::string text;
  for (const Diagnostic& diagnostic : m_items) {
    text += diagnostic.toString();
    text += '\n';
  }
  return text;
}

std::size_t Diagnostics::errorCount() const noexcept {
  return static_cast<std::size_t>(std::count_if(
      m_items.begin(), m_items.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warningCount() const noexcept {
  return static_cast<std::size_t>(std::count_if(
      m_items.begin(), m_items.end(), [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

}  // namespace okhotsk
