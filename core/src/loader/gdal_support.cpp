// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/gdal_support.h"

#include <cpl_conv.h>
#include <gdal.h>

#include <mutex>

namespace okhotsk::loader {

void registerDrivers() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
  });
}

GdalErrorCollector::GdalErrorCollector() {
  CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this);
}

GdalErrorCollector::~GdalErrorCollector() {
  CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCollector::handle(CPLErr level, CPLErrorNum /*number*/, const char* message) {
  auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
  if (self == nullptr || message == nullptr) return;
  if (level >= CE_Failure)
    self->m_failures.emplace_back(message);
  else if (level == CE_Warning)
    self->m_warnings.emplace_back(message);
}

std::string joinMessages(const std::vector<std::string>& messages) {
  if (messages.empty()) return "unrecognised or damaged file";
  std::string text;
  for (const std::string& message : messages) text += (text.empty() ? "" : "; ") + message;
  return text;
}

}  // namespace okhotsk::loader
