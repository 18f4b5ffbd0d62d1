// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// exportDataset: builds the export's tables, writes them into a temporary sibling of the
// target and moves the result into place only when everything was written.

#include "okhotsk/export.h"

#include "export/export_tables.h"
#include "export/export_writer.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <system_error>

namespace okhotsk {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, kExportFormatCount> kFormatCodes{"gpkg", "geojson", "fgb", "csv",
                                                                        "kml"};

// ".events.partial-1234" beside `out`, keeping the extension GDAL's drivers look at.
fs::path temporarySibling(const fs::path& out, bool folder) {
  const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  const std::string stem = folder ? out.filename().string() : out.stem().string();
  return parent /
         ("." + stem + ".partial-" + std::to_string(::getpid()) + (folder ? "" : out.extension().string()));
}

// Why `out` cannot take an export, or empty.
std::string targetProblem(const fs::path& out, bool folder) {
  std::error_code error;
  const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  if (!fs::is_directory(parent, error))
    return "cannot write here: the folder " + parent.string() + " does not exist";
  const fs::file_status status = fs::status(out, error);
  if (folder && fs::exists(status) && !fs::is_directory(status))
    return "cannot write a folder here: a file of that name exists (it is left as it is)";
  if (!folder && fs::is_directory(status)) return "cannot write a file here: it is a folder";
  if (::access(parent.c_str(), W_OK) != 0)
    return "cannot write here: the folder " + parent.string() + " is not writable";
  return {};
}

// Moves the written folder's files into `out` (created when absent); the files' final paths.
bool moveFolderIntoPlace(const fs::path& temporary, const fs::path& out, std::vector<fs::path>& written,
                         Diagnostics& diagnostics) {
  std::error_code error;
  std::vector<fs::path> placed;
  if (!fs::exists(out, error)) {
    fs::rename(temporary, out, error);
    if (error) {
      diagnostics.error(out.string(), "", "", "", "cannot move the export into place: " + error.message());
      return false;
    }
  } else {
    for (const fs::path& file : written) {
      fs::rename(file, out / file.filename(), error);
      if (error) {
        diagnostics.error((out / file.filename()).string(), "", "", "",
                          "cannot move the file into place: " + error.message());
        return false;
      }
    }
    fs::remove_all(temporary, error);
  }
  placed.reserve(written.size());
  for (const fs::path& file : written) placed.push_back(out / file.filename());
  written = std::move(placed);
  return true;
}

// The diagnostics with the temporary sibling's path replaced by the target's.
Diagnostics namingTarget(const Diagnostics& diagnostics, const fs::path& temporary, const fs::path& out) {
  Diagnostics renamed;
  const std::string prefix = temporary.string();
  for (Diagnostic item : diagnostics.items()) {
    if (item.file.starts_with(prefix)) item.file = out.string() + item.file.substr(prefix.size());
    renamed.add(std::move(item));
  }
  return renamed;
}

}  // namespace

std::string_view exportFormatCode(ExportFormat format) noexcept {
  return kFormatCodes.at(static_cast<std::size_t>(format));
}

std::optional<ExportFormat> exportFormatFromCode(std::string_view code) noexcept {
  for (std::size_t i = 0; i < kFormatCodes.size(); ++i)
    if (kFormatCodes[i] == code) return static_cast<ExportFormat>(i);
  return std::nullopt;
}

bool exportWritesFolder(ExportFormat format) noexcept {
  return format == ExportFormat::GeoJson || format == ExportFormat::FlatGeobuf || format == ExportFormat::Csv;
}

bool ExportFilter::passes(const DayRange& possibleDays) const noexcept {
  return !days || days->overlaps(possibleDays);
}

bool ExportFilter::passes(const Event& event) const noexcept {
  if (!categories.empty() &&
      std::find(categories.begin(), categories.end(), event.category) == categories.end())
    return false;
  return passes(event.date.range());
}

ExportResult exportDataset(const Dataset& dataset, ExportFormat format, const fs::path& out,
                           const ExportFilter& filter) {
  ExportResult result;
  const bool folder = exportWritesFolder(format);
  if (const std::string problem = targetProblem(out, folder); !problem.empty()) {
    result.diagnostics.error(out.string(), "", "", "", problem);
    return result;
  }
  const fs::path temporary = temporarySibling(out, folder);
  std::error_code error;
  fs::remove_all(temporary, error);
  if (folder && !fs::create_directory(temporary, error)) {
    result.diagnostics.error(temporary.string(), "", "", "",
                             "cannot create a temporary folder: " + error.message());
    return result;
  }
  const std::vector<exporting::Table> tables = exporting::buildTables(dataset, filter);
  bool ok = exporting::writeTables(tables, format, temporary, result.written, result.diagnostics);
  if (ok && folder) {
    ok = moveFolderIntoPlace(temporary, out, result.written, result.diagnostics);
  } else if (ok) {
    fs::rename(temporary, out, error);
    if (error) {
      result.diagnostics.error(out.string(), "", "", "",
                               "cannot move the export into place: " + error.message());
      ok = false;
    }
    result.written = {out};
  }
  if (!ok) {
    fs::remove_all(temporary, error);
    result.written.clear();
  }
  result.diagnostics = namingTarget(result.diagnostics, temporary, out);
  return result;
}

}  // namespace okhotsk
