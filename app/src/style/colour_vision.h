// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <array>
#include <string_view>

namespace okhotsk::app {

/// How the atlas's colours look to readers with a colour-vision deficiency, and how far apart
/// two colours look: the measure the palette is checked with (tests/app/style/).
///
/// Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
/// Simulation of Color Vision Deficiency", IEEE TVCG 15(6):1291–1298, doi:10.1109/TVCG.2009.113:
/// their severity-1.0 matrices (full dichromacy), applied to linear-light sRGB; the result is
/// clamped to the display's gamut.
///
/// Difference: CIEDE2000 (CIE 142-2001) between CIELAB colours, reference white D65, computed
/// as in Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference Formula: Implementation
/// Notes, Supplementary Test Data, and Mathematical Observations", Color Res. Appl. 30(1):21–30.
/// A difference of about 1 is just noticeable between large patches side by side.
namespace colour_vision {

enum class Vision : unsigned char { Normal, Protanopia, Deuteranopia, Tritanopia };
inline constexpr std::array<Vision, 4> kVisions{Vision::Normal, Vision::Protanopia, Vision::Deuteranopia,
                                                Vision::Tritanopia};
/// "normal", "protanopia", "deuteranopia", "tritanopia".
[[nodiscard]] std::string_view visionName(Vision vision) noexcept;

/// Linear-light sRGB, each channel in [0, 1].
struct LinearRgb {
  double r = 0.0;
  double g = 0.0;
  double b = 0.0;
};

/// CIE 1976 L*a*b*, reference white D65.
struct Lab {
  double l = 0.0;
  double a = 0.0;
  double b = 0.0;
};

/// Decodes an 8-bit sRGB colour (IEC 61966-2-1 transfer function); alpha is ignored.
[[nodiscard]] LinearRgb linearOf(const QColor& colour) noexcept;
/// The colour as seen with `vision` (Normal: unchanged), clamped to [0, 1].
[[nodiscard]] LinearRgb simulate(const LinearRgb& colour, Vision vision) noexcept;
/// CIELAB of a linear sRGB colour (sRGB primaries, D65 white).
[[nodiscard]] Lab labOf(const LinearRgb& colour) noexcept;
/// CIEDE2000 colour difference ΔE00 (kL = kC = kH = 1); symmetric, 0 for equal colours.
[[nodiscard]] double deltaE2000(const Lab& first, const Lab& second) noexcept;
/// ΔE00 between two sRGB colours as seen with `vision`.
[[nodiscard]] double difference(const QColor& first, const QColor& second, Vision vision) noexcept;

}  // namespace colour_vision
}  // namespace okhotsk::app
