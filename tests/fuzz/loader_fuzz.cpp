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

#include <cmath>
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

// What reaches the renderer: dates in order, and only coordinates that can be projected.
bool onEarth(const okhotsk::GeoPoint& point) {
  return std::isfinite(point.lon) && std::isfinite(point.lat) && std::abs(point.lat) <= 90.0 &&
         std::abs(point.lon) <= 180.0;
}

bool finite(const okhotsk::MultiPolygon& shape) {
  for (const okhotsk::Polygon& polygon : shape.polygons)
    for (const okhotsk::Vec2& vertex : polygon.exterior)
      if (!std::isfinite(vertex.x) || !std::isfinite(vertex.y)) return false;
  return true;
}

void checkLoaded(const okhotsk::Dataset& dataset) {
  for (const okhotsk::Event& event : dataset.events()) {
    require(event.date.earliest() <= event.date.latest(), "an event with earliest > latest",
            event.id + ": " + event.date.toString());
    require(!event.location || onEarth(*event.location), "an event's point cannot be projected", event.id);
  }
  for (const okhotsk::Place& place : dataset.places())
    require(onEarth(place.location), "a place's point cannot be projected", place.id);
  for (const okhotsk::Territory& territory : dataset.territories()) {
    require(onEarth(territory.labelPoint), "a territory's label point cannot be projected", territory.id);
    require(
        finite(territory.shape.geographic) && finite(territory.shape.region) && finite(territory.shape.world),
        "a territory has a vertex that is not a finite number", territory.id);
  }
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
  if (result.dataset) checkLoaded(*result.dataset);
  return 0;
}
