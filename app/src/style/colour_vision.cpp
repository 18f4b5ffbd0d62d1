// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/colour_vision.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace okhotsk::app::colour_vision {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, rows giving linear R', G', B' from linear
// R, G, B. Each row sums to 1 (to six decimals): greys, black and white are seen unchanged.
constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

// Linear sRGB to CIE XYZ (IEC 61966-2-1 primaries, D65), and the D65 white it is scaled to.
constexpr Matrix kRgbToXyz{{{0.4124564, 0.3575761, 0.1804375},
                            {0.2126729, 0.7151522, 0.0721750},
                            {0.0193339, 0.1191920, 0.9503041}}};
constexpr std::array<double, 3> kWhiteD65{0.95047, 1.0, 1.08883};

constexpr double kDegrees = 180.0 / std::numbers::pi;

std::array<double, 3> apply(const Matrix& m, double x, double y, double z) {
  std::array<double, 3> out{};
  for (std::size_t i = 0; i < 3; ++i) out[i] = m[i][0] * x + m[i][1] * y + m[i][2] * z;
  return out;
}

double decode(int channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIELAB's f(t): a cube root, linear near black (CIE 15:2004, with the exact ε and κ).
double labF(double t) {
  constexpr double epsilon = 216.0 / 24389.0;
  constexpr double kappa = 24389.0 / 27.0;
  return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
}

double radians(double degrees) {
  return degrees / kDegrees;
}

// The hue angle h' in degrees, [0, 360); 0 for a neutral colour.
double hueAngle(double b, double aPrime) {
  if (b == 0.0 && aPrime == 0.0) return 0.0;
  const double h = std::atan2(b, aPrime) * kDegrees;
  return h < 0.0 ? h + 360.0 : h;
}

// One colour of the pair after CIEDE2000's a* rescaling: C' and h'.
struct ChromaHue {
  double chroma = 0.0;
  double hue = 0.0;
};

ChromaHue chromaHue(const Lab& lab, double g) {
  const double aPrime = (1.0 + g) * lab.a;
  return {std::hypot(aPrime, lab.b), hueAngle(lab.b, aPrime)};
}

// Δh' (Sharma et al. 2005, eq. 10): the signed hue difference taken the short way round.
double hueDifference(const ChromaHue& first, const ChromaHue& second) {
  if (first.chroma * second.chroma == 0.0) return 0.0;
  const double dh = second.hue - first.hue;
  if (dh > 180.0) return dh - 360.0;
  if (dh < -180.0) return dh + 360.0;
  return dh;
}

// The mean hue h̄' (eq. 14), also taken the short way round.
double meanHue(const ChromaHue& first, const ChromaHue& second) {
  const double sum = first.hue + second.hue;
  if (first.chroma * second.chroma == 0.0) return sum;
  if (std::abs(first.hue - second.hue) <= 180.0) return sum / 2.0;
  return sum < 360.0 ? (sum + 360.0) / 2.0 : (sum - 360.0) / 2.0;
}

// 25^7, in C̄^7 / (C̄^7 + 25^7) of G and R_C.
constexpr double kPow25To7 = 6103515625.0;

double chromaWeight(double meanChroma) {
  const double c7 = std::pow(meanChroma, 7.0);
  return std::sqrt(c7 / (c7 + kPow25To7));
}

}  // namespace

std::string_view visionName(Vision vision) noexcept {
  switch (vision) {
    case Vision::Normal:
      return "normal";
    case Vision::Protanopia:
      return "protanopia";
    case Vision::Deuteranopia:
      return "deuteranopia";
    case Vision::Tritanopia:
      return "tritanopia";
  }
  return "normal";
}

LinearRgb linearOf(const QColor& colour) noexcept {
  const QColor rgb = colour.toRgb();
  return {decode(rgb.red()), decode(rgb.green()), decode(rgb.blue())};
}

LinearRgb simulate(const LinearRgb& colour, Vision vision) noexcept {
  const Matrix* m = nullptr;
  switch (vision) {
    case Vision::Normal:
      return colour;
    case Vision::Protanopia:
      m = &kProtanopia;
      break;
    case Vision::Deuteranopia:
      m = &kDeuteranopia;
      break;
    case Vision::Tritanopia:
      m = &kTritanopia;
      break;
  }
  if (m == nullptr) return colour;
  const auto out = apply(*m, colour.r, colour.g, colour.b);
  return {std::clamp(out[0], 0.0, 1.0), std::clamp(out[1], 0.0, 1.0), std::clamp(out[2], 0.0, 1.0)};
}

Lab labOf(const LinearRgb& colour) noexcept {
  const auto xyz = apply(kRgbToXyz, colour.r, colour.g, colour.b);
  const double fx = labF(xyz[0] / kWhiteD65[0]);
  const double fy = labF(xyz[1] / kWhiteD65[1]);
  const double fz = labF(xyz[2] / kWhiteD65[2]);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

// Sharma, Wu & Dalal (2005), equations 2–22, with kL = kC = kH = 1.
double deltaE2000(const Lab& first, const Lab& second) noexcept {
  const double meanC = (std::hypot(first.a, first.b) + std::hypot(second.a, second.b)) / 2.0;
  const double g = 0.5 * (1.0 - chromaWeight(meanC));
  const ChromaHue one = chromaHue(first, g);
  const ChromaHue two = chromaHue(second, g);

  const double dL = second.l - first.l;
  const double dC = two.chroma - one.chroma;
  const double dH =
      2.0 * std::sqrt(one.chroma * two.chroma) * std::sin(radians(hueDifference(one, two) / 2.0));

  const double meanL = (first.l + second.l) / 2.0;
  const double meanCPrime = (one.chroma + two.chroma) / 2.0;
  const double h = meanHue(one, two);
  const double t = 1.0 - 0.17 * std::cos(radians(h - 30.0)) + 0.24 * std::cos(radians(2.0 * h)) +
                   0.32 * std::cos(radians(3.0 * h + 6.0)) - 0.20 * std::cos(radians(4.0 * h - 63.0));
  const double dTheta = 30.0 * std::exp(-std::pow((h - 275.0) / 25.0, 2.0));
  const double rC = 2.0 * chromaWeight(meanCPrime);
  const double lOffset = (meanL - 50.0) * (meanL - 50.0);
  const double sL = 1.0 + 0.015 * lOffset / std::sqrt(20.0 + lOffset);
  const double sC = 1.0 + 0.045 * meanCPrime;
  const double sH = 1.0 + 0.015 * meanCPrime * t;
  const double rT = -std::sin(radians(2.0 * dTheta)) * rC;

  const double l = dL / sL;
  const double c = dC / sC;
  const double hh = dH / sH;
  return std::sqrt(l * l + c * c + hh * hh + rT * c * hh);
}

double difference(const QColor& first, const QColor& second, Vision vision) noexcept {
  return deltaE2000(labOf(simulate(linearOf(first), vision)), labOf(simulate(linearOf(second), vision)));
}

}  // namespace okhotsk::app::colour_vision
