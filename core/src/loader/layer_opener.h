// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which layers a dataset has and how they are opened: a folder of files (one layer per
// file, FlatGeobuf, GeoPackage, GeoJSON or CSV, named by the layer) or one GeoPackage
// holding all layers, or a data source GDAL opens by a connection string (PG:…, /vsi…)
// holding tables of the layers' names. Private to core/src/loader.

#include "loader/gdal_support.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/loader.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace okhotsk::loader {

/// The loader's ceilings (geodata/README.md, "Limits and validation"): a file over the first
/// is not read, and once the files read by one load pass the second, no further one is. The
/// dataset's largest file, coastline_full.fgb, is about 5 MB; all its files about 8 MB.
inline constexpr std::uintmax_t kMaxFileBytes = 256ULL << 20U;
inline constexpr std::uintmax_t kMaxLoadBytes = 1ULL << 30U;

/// Why `path` must not be opened, or empty when it is a readable regular file (after
/// following symbolic links). Uses stat() and access() only, never open(): opening a FIFO
/// blocks until a writer appears. Names a symbolic link loop, a dangling link and its
/// target, a folder, FIFO, socket or device.
[[nodiscard]] std::string fileProblem(const std::filesystem::path& path);

/// One opened layer with its file and name, for diagnostics.
struct OpenedLayer {
  std::string file;
  std::string name;
  std::shared_ptr<GDALDataset> owner;
  OGRLayer* layer = nullptr;
  std::unique_ptr<OGRCoordinateTransformation> toWgs84;  // null when already WGS 84
  /// A CSV's text check still running beside the read (LayerOpener::layer with
  /// `checkAlongside`), and where its diagnostics go in the opener's list; settled by
  /// LayerOpener::settleCheck().
  struct TextCheck {
    bool readable = false;
    Diagnostics diagnostics;
  };
  std::shared_ptr<std::future<TextCheck>> pendingCheck;
  std::size_t checkMark = 0;
};

/// Finds and opens the layers of a dataset folder or GeoPackage, reporting what is
/// missing or unreadable to `diagnostics`.
class LayerOpener {
 public:
  LayerOpener(std::filesystem::path path, Diagnostics& diagnostics)
      : m_path(std::move(path)), m_display(maskedPath(m_path.string())), m_diagnostics(diagnostics) {}

  /// Checks the path and opens a GeoPackage or connection; false (reported) when nothing can
  /// be read, or when what is there has none of the dataset's layers (notADataset()).
  bool open();
  [[nodiscard]] bool valid() const { return m_valid; }
  [[nodiscard]] bool notADataset() const { return m_notADataset; }
  /// The path as messages show it (a connection string's password masked).
  [[nodiscard]] const std::string& displayPath() const { return m_display; }

  /// Opens layer `name`; empty when it is absent (an error when `required`, else a warning
  /// unless `reportAbsence` is false) or cannot be trusted. A `geometric` layer also gets
  /// its transformation to WGS 84 prepared.
  ///
  /// With `checkAlongside`, a CSV's text checks (loader/text_check) run on another thread while
  /// the caller reads the layer, instead of before GDAL opens it; the caller must then call
  /// settleCheck() once it has read the layer (or given up on it). For the large events layer:
  /// on a dataset of 100,000 events, its check took about a quarter of a second of the open.
  std::optional<OpenedLayer> layer(const std::string& name, bool required, bool geometric,
                                   bool reportAbsence = true, bool checkAlongside = false);
  /// Waits for `opened`'s text check, if one runs, and puts its diagnostics where they would
  /// have been had it run first. When it says the file must not be read, everything reported
  /// since (the read's own diagnostics) is dropped and false returned: the caller drops what it
  /// read, so that the result is the one of a check run first.
  bool settleCheck(OpenedLayer& opened);

  /// Files opened so far, by layer name.
  [[nodiscard]] const std::unordered_map<std::string, std::string>& layerFiles() const {
    return m_layerFiles;
  }

 private:
  bool openConnection();
  bool hasSchemaLayer();
  bool openInFolder(OpenedLayer& opened, bool required, bool reportAbsence, GdalErrorCollector& collector,
                    bool checkAlongside);
  bool openInContainer(OpenedLayer& opened, bool required, bool reportAbsence);
  bool withinCeilings(const std::filesystem::path& file, const std::string& layer);
  bool reportFailures(const OpenedLayer& opened, GdalErrorCollector& collector);
  bool prepareTransformation(OpenedLayer& opened);

  std::filesystem::path m_path;
  std::string m_display;
  Diagnostics& m_diagnostics;
  bool m_folder = false;
  bool m_valid = false;
  bool m_notADataset = false;
  std::uintmax_t m_bytes = 0;  // the sizes of the files read so far
  std::shared_ptr<GDALDataset> m_container;
  std::unordered_map<std::string, std::string> m_layerFiles;
};

}  // namespace okhotsk::loader
