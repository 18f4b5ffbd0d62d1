// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The loader through its real path (okhotsk::loadDataset), one target per format, chosen by
// OKHOTSK_FUZZ_FORMAT at build time:
//   csv      events.csv        in a copy of tests/fixtures/loader/valid
//   geojson  boundaries.geojson in that copy
//   fgb      territories.fgb   in that copy (its territories.geojson removed)
//   gpkg     the whole dataset as one GeoPackage
// The copy is made once per process in a fixed scratch folder; each input rewrites the one file.
// Properties: every diagnostic names a file inside the dataset and says something; every
// loaded event has earliest <= latest. ASan's leak check covers the loader's handles.
#include "fuzz_support.h"

#include "okhotsk/loader.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;
using okhotsk::fuzz::require;

constexpr std::string_view kFormat = OKHOTSK_FUZZ_FORMAT;

struct FuzzDataset {
  fs::path folder;     ///< the scratch folder
  fs::path dataset;    ///< what loadDataset() opens
  fs::path inputFile;  ///< the file each input replaces
};

FuzzDataset makeDataset() {
  FuzzDataset result;
  result.folder = okhotsk::fuzz::scratchFolder(std::string("loader-") + std::string(kFormat));
  if (kFormat == "gpkg") {
    result.dataset = result.folder / "atlas.gpkg";
    result.inputFile = result.dataset;
    return result;
  }
  result.dataset = result.folder / "dataset";
  fs::copy(fs::path(OKHOTSK_FIXTURES_DIR) / "loader" / "valid", result.dataset, fs::copy_options::recursive);
  if (kFormat == "csv") {
    result.inputFile = result.dataset / "events.csv";
  } else if (kFormat == "geojson") {
    result.inputFile = result.dataset / "boundaries.geojson";
  } else {
    fs::remove(result.dataset / "territories.geojson");
    result.inputFile = result.dataset / "territories.fgb";
  }
  return result;
}

const FuzzDataset& fuzzDataset() {
  static const FuzzDataset dataset = makeDataset();
  return dataset;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)fuzzDataset();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const FuzzDataset& setup = fuzzDataset();
  okhotsk::fuzz::writeFile(setup.inputFile, okhotsk::fuzz::asText(data, size));
  const okhotsk::LoadResult result = okhotsk::loadDataset(setup.dataset);

  const std::string folder = setup.folder.string();
  for (const okhotsk::Diagnostic& diagnostic : result.diagnostics.items()) {
    require(!diagnostic.file.empty(), "a diagnostic names no file", diagnostic.toString());
    require(diagnostic.file.rfind(folder, 0) == 0, "a diagnostic names a file outside the dataset",
            diagnostic.toString());
    require(!diagnostic.message.empty(), "a diagnostic says nothing", diagnostic.toString());
  }
  if (result.dataset)
    for (const okhotsk::Event& event : result.dataset->events())
      require(event.date.earliest() <= event.date.latest(), "an event with earliest > latest",
              event.id + ": " + event.date.toString());
  return 0;
}
