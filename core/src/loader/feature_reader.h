// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Field access on the features of one opened layer. Every problem is reported by file,
// layer, feature and field. Private to core/src/loader.

#include "loader/gdal_support.h"
#include "loader/layer_opener.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/edtf.h"
#include "okhotsk/language.h"
#include "okhotsk/model.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk::loader {

/// The loader's ceiling on the features of one layer (geodata/README.md, "Limits and
/// validation"): the largest layer of the dataset, coastline_full, has about 3,100.
inline constexpr long long kMaxFeaturesPerLayer = 1'000'000;

/// Field access on one feature, reporting problems by file, layer, feature and field.
class FeatureReader {
 public:
  FeatureReader(const OpenedLayer& layer, Diagnostics& diagnostics);
  /// A reader of `layer` that finds fields as `namesFrom` does: for a part of a CSV file opened
  /// without its header (LayerReaders::readEvents), whose columns are those of `namesFrom`.
  FeatureReader(const OpenedLayer& layer, Diagnostics& diagnostics, const FeatureReader& namesFrom)
      : m_layer(layer), m_diagnostics(diagnostics), m_fieldIndex(namesFrom.m_fieldIndex) {}

  /// Reports required fields absent from the layer; returns false if any is absent.
  bool requireFields(std::initializer_list<std::string_view> fields);

  /// Moves to `feature`, row `row` (1-based) of the layer.
  void setFeature(OGRFeature* feature, long long row);

  [[nodiscard]] const std::string& featureId() const { return m_featureId; }
  [[nodiscard]] bool hasField(std::string_view field) const { return m_fieldIndex.contains(field); }
  [[nodiscard]] std::size_t fieldCount() const { return m_fieldIndex.size(); }

  /// The field's text, trimmed; empty when the field is absent or null.
  [[nodiscard]] std::string text(std::string_view field) const;
  std::optional<std::string> requiredText(std::string_view field);
  /// An optional real; an unparsable value is reported and treated as absent.
  std::optional<double> real(std::string_view field);
  std::optional<double> requiredReal(std::string_view field);
  std::optional<int> requiredInteger(std::string_view field);
  bool boolean(std::string_view field, bool fallback = false);
  std::optional<Edtf> edtf(std::string_view field, bool required);
  /// A ';'-separated list, items trimmed, empty items dropped.
  [[nodiscard]] std::vector<std::string> list(std::string_view field) const;
  /// The fields <prefix>_en, <prefix>_ja and <prefix>_ru.
  [[nodiscard]] LocalizedText localized(std::string_view prefix) const;
  /// The name_* fields.
  [[nodiscard]] PlaceNames names() const;
  /// Reports a feature with none of the romanised names; false then.
  bool namesPresent(const PlaceNames& names);

  void error(std::string_view field, std::string message);
  void warning(std::string_view field, std::string message);

  [[nodiscard]] OGRFeature* feature() const { return m_feature; }
  [[nodiscard]] const OpenedLayer& layer() const { return m_layer; }

 private:
  const OpenedLayer& m_layer;
  Diagnostics& m_diagnostics;
  std::map<std::string, int, std::less<>> m_fieldIndex;
  OGRFeature* m_feature = nullptr;
  long long m_row = 0;
  std::string m_featureId;
};

/// The error for a layer with more than `maxFeatures` features (the rest are not read).
inline void reportFeatureCeiling(const OpenedLayer& layer, Diagnostics& diagnostics, long long maxFeatures) {
  diagnostics.error(layer.file, layer.name, "", "",
                    "more than " + std::to_string(maxFeatures) +
                        " features, the loader's ceiling for a layer; the rest are not read");
}

/// Which of a layer's features forEachFeature() reads: `count` of them (all when negative),
/// numbered from `firstRow` + 1, for a layer read in parts (LayerReaders::readEvents).
struct FeatureSpan {
  long long firstRow = 0;
  long long count = -1;
};

/// Iterates a layer's features, turning GDAL read failures (a truncated file) into diagnostics.
/// GDAL's and GEOS's messages raised while a feature is handled (validity, repair,
/// transformation) are reported against that feature, not the next one. At most
/// `maxFeatures` features are read, counting those before `span`; more are reported as one
/// error. Returns how many features of the span were read.
template <typename PerFeature>
long long forEachFeature(const OpenedLayer& layer, FeatureReader& reader, Diagnostics& diagnostics,
                         PerFeature&& perFeature, FeatureSpan span = {},
                         long long maxFeatures = kMaxFeaturesPerLayer) {
  GdalErrorCollector collector;
  layer.layer->ResetReading();
  long long row = span.firstRow;
  while (span.count < 0 || row - span.firstRow < span.count) {
    OGRFeatureUniquePtr feature(layer.layer->GetNextFeature());
    for (const std::string& failure : collector.takeFailures())
      diagnostics.error(layer.file, layer.name, "#" + std::to_string(row + 1), "",
                        "read error (damaged or truncated file?): " + failure);
    if (!feature) break;
    if (row == maxFeatures) {
      reportFeatureCeiling(layer, diagnostics, maxFeatures);
      break;
    }
    ++row;
    reader.setFeature(feature.get(), row);
    perFeature(reader);
    const std::vector<std::string> failures = collector.takeFailures();
    for (const std::string& failure : failures) reader.error("geometry", "GDAL/GEOS: " + failure);
    for (const std::string& warning : collector.takeWarnings())
      if (std::find(failures.begin(), failures.end(), warning) == failures.end())
        reader.warning("geometry", "GDAL/GEOS: " + warning);
  }
  return row - span.firstRow;
}

}  // namespace okhotsk::loader
