// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The colour-vision maths against published reference values: CIEDE2000 against the test
// pairs of Sharma, Wu & Dalal (2005), sRGB → CIELAB against the standard values of the sRGB
// primaries, and the dichromacy simulation against the matrices of Machado et al. (2009).
#include "style/colour_vision.h"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>

namespace {

using namespace okhotsk::app::colour_vision;

struct ReferencePair {
  Lab first;
  Lab second;
  double deltaE;
};

// Table 1 of Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference Formula: Implementation
// Notes, Supplementary Test Data, and Mathematical Observations": all 34 pairs, given to four
// decimals. They cover hue wrap-around, the blue-region rotation term, neutral colours (C' = 0)
// and both orders of each pair.
constexpr std::array<ReferencePair, 34> kSharma{{
    {{50.0000, 2.6772, -79.7751}, {50.0000, 0.0000, -82.7485}, 2.0425},
    {{50.0000, 3.1571, -77.2803}, {50.0000, 0.0000, -82.7485}, 2.8615},
    {{50.0000, 2.8361, -74.0200}, {50.0000, 0.0000, -82.7485}, 3.4412},
    {{50.0000, -1.3802, -84.2814}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -1.1848, -84.8006}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -0.9009, -85.5211}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, 0.0000, 0.0000}, {50.0000, -1.0000, 2.0000}, 2.3669},
    {{50.0000, -1.0000, 2.0000}, {50.0000, 0.0000, 0.0000}, 2.3669},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0009}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0010}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0011}, 7.2195},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0012}, 7.2195},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0009, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0010, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0011, -2.4900}, 4.7461},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 0.0000, -2.5000}, 4.3065},
    {{50.0000, 2.5000, 0.0000}, {73.0000, 25.0000, -18.0000}, 27.1492},
    {{50.0000, 2.5000, 0.0000}, {61.0000, -5.0000, 29.0000}, 22.8977},
    {{50.0000, 2.5000, 0.0000}, {56.0000, -27.0000, -3.0000}, 31.9030},
    {{50.0000, 2.5000, 0.0000}, {58.0000, 24.0000, 15.0000}, 19.4535},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.1736, 0.5854}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2972, 0.0000}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 1.8634, 0.5757}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2592, 0.3350}, 1.0000},
    {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
    {{63.0109, -31.0961, -5.8663}, {62.8187, -29.7946, -4.0864}, 1.2630},
    {{61.2901, 3.7196, -5.3901}, {61.4292, 2.2480, -4.9620}, 1.8731},
    {{35.0831, -44.1164, 3.7933}, {35.0232, -40.0716, 1.5901}, 1.8645},
    {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
    {{36.4612, 47.8580, 18.3852}, {36.2715, 50.5065, 21.2231}, 1.4146},
    {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, 1.4441},
    {{90.9257, -0.5406, -0.9208}, {88.6381, -0.8985, -0.7239}, 1.5381},
    {{6.7747, -0.2908, -2.4247}, {5.8714, -0.0985, -2.2286}, 0.6377},
    {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
}};

TEST(ColourVisionTest, Ciede2000MatchesTheSharmaWuDalalTestPairs) {
  for (std::size_t i = 0; i < kSharma.size(); ++i) {
    const ReferencePair& pair = kSharma[i];
    // The table rounds to four decimals.
    EXPECT_NEAR(deltaE2000(pair.first, pair.second), pair.deltaE, 5e-5) << "pair " << i + 1;
    EXPECT_NEAR(deltaE2000(pair.second, pair.first), pair.deltaE, 5e-5) << "pair " << i + 1 << " reversed";
  }
  EXPECT_EQ(deltaE2000({40.0, 20.0, -30.0}, {40.0, 20.0, -30.0}), 0.0);
}

// sRGB (IEC 61966-2-1) → CIELAB D65 of white, grey and the primaries: the values published in
// colour-science references (e.g. Bruce Lindbloom's calculator), to four decimals.
TEST(ColourVisionTest, LabOfTheSrgbPrimariesMatchesPublishedValues) {
  struct Expected {
    QColor colour;
    Lab lab;
  };
  const std::array<Expected, 5> expected{{
      {QColor(255, 255, 255), {100.0, 0.0, 0.0}},
      {QColor(0, 0, 0), {0.0, 0.0, 0.0}},
      {QColor(255, 0, 0), {53.2408, 80.0925, 67.2032}},
      {QColor(0, 255, 0), {87.7347, -86.1827, 83.1793}},
      {QColor(0, 0, 255), {32.2970, 79.1875, -107.8602}},
  }};
  for (const Expected& e : expected) {
    const Lab lab = labOf(linearOf(e.colour));
    EXPECT_NEAR(lab.l, e.lab.l, 2e-3) << e.colour.name().toStdString();
    EXPECT_NEAR(lab.a, e.lab.a, 2e-3) << e.colour.name().toStdString();
    EXPECT_NEAR(lab.b, e.lab.b, 2e-3) << e.colour.name().toStdString();
  }
  // The sRGB transfer function: 50 % grey (128) is 21.6 % of white's light, L* 53.59.
  EXPECT_NEAR(linearOf(QColor(128, 128, 128)).g, 0.21586, 1e-5);
  EXPECT_NEAR(labOf(linearOf(QColor(128, 128, 128))).l, 53.585, 1e-3);
}

// A pure linear primary comes out as that column of the severity-1.0 matrix of Machado,
// Oliveira & Fernandes (2009) (negative entries clamped to 0): a mistyped or transposed
// matrix fails here.
TEST(ColourVisionTest, SimulationUsesMachadoSeverityOneMatrices) {
  struct Column {
    Vision vision;
    LinearRgb primary;
    LinearRgb seen;
  };
  const std::array<Column, 9> columns{{
      {Vision::Protanopia, {1, 0, 0}, {0.152286, 0.114503, 0.0}},
      {Vision::Protanopia, {0, 1, 0}, {1.0, 0.786281, 0.0}},
      {Vision::Protanopia, {0, 0, 1}, {0.0, 0.099216, 1.0}},
      {Vision::Deuteranopia, {1, 0, 0}, {0.367322, 0.280085, 0.0}},
      {Vision::Deuteranopia, {0, 1, 0}, {0.860646, 0.672501, 0.042940}},
      {Vision::Deuteranopia, {0, 0, 1}, {0.0, 0.047413, 0.968881}},
      {Vision::Tritanopia, {1, 0, 0}, {1.0, 0.0, 0.004733}},
      {Vision::Tritanopia, {0, 1, 0}, {0.0, 0.930809, 0.691367}},
      {Vision::Tritanopia, {0, 0, 1}, {0.0, 0.147602, 0.303900}},
  }};
  for (const Column& c : columns) {
    const LinearRgb seen = simulate(c.primary, c.vision);
    const std::string what = std::string(visionName(c.vision)) + " of (" + std::to_string(c.primary.r) +
                             ", " + std::to_string(c.primary.g) + ", " + std::to_string(c.primary.b) + ")";
    EXPECT_NEAR(seen.r, c.seen.r, 1e-6) << what;
    EXPECT_NEAR(seen.g, c.seen.g, 1e-6) << what;
    EXPECT_NEAR(seen.b, c.seen.b, 1e-6) << what;
  }
  // A partial value scales linearly (in linear light, not in 8-bit sRGB).
  const LinearRgb half = simulate({0.5, 0.0, 0.0}, Vision::Deuteranopia);
  EXPECT_NEAR(half.r, 0.5 * 0.367322, 1e-6);
  EXPECT_NEAR(half.g, 0.5 * 0.280085, 1e-6);
}

TEST(ColourVisionTest, NeutralColoursLookTheSameToEveryone) {
  for (const Vision vision : kVisions) {
    for (const int v : {0, 51, 128, 200, 255}) {
      const QColor grey(v, v, v);
      EXPECT_LT(difference(grey, grey, vision), 1e-9);
      const Lab seen = labOf(simulate(linearOf(grey), vision));
      const Lab normal = labOf(linearOf(grey));
      EXPECT_NEAR(seen.l, normal.l, 1e-3) << visionName(vision) << " grey " << v;
      EXPECT_NEAR(seen.a, 0.0, 1e-3) << visionName(vision) << " grey " << v;
      EXPECT_NEAR(seen.b, 0.0, 1e-3) << visionName(vision) << " grey " << v;
    }
  }
}

// What each deficiency is known for: protanopes and deuteranopes confuse red with green, a
// tritanope does not; tritanopes confuse blue with green, the others do not.
TEST(ColourVisionTest, EachDeficiencyLosesItsOwnContrast) {
  const QColor red(0xD0, 0x30, 0x30);
  const QColor green(0x40, 0x7A, 0x30);
  const double redGreen = difference(red, green, Vision::Normal);
  EXPECT_GT(redGreen, 40.0);
  EXPECT_LT(difference(red, green, Vision::Protanopia), redGreen / 3.0);
  EXPECT_LT(difference(red, green, Vision::Deuteranopia), redGreen / 3.0);
  EXPECT_GT(difference(red, green, Vision::Tritanopia), redGreen / 2.0);

  const QColor blue(0x30, 0x70, 0xD0);
  const QColor teal(0x20, 0xA0, 0x90);
  const double blueTeal = difference(blue, teal, Vision::Normal);
  EXPECT_LT(difference(blue, teal, Vision::Tritanopia), blueTeal / 2.0);
  EXPECT_GT(difference(blue, teal, Vision::Protanopia), blueTeal / 2.0);
  EXPECT_GT(difference(blue, teal, Vision::Deuteranopia), blueTeal / 2.0);
}

TEST(ColourVisionTest, VisionsHaveNames) {
  EXPECT_EQ(visionName(Vision::Normal), "normal");
  EXPECT_EQ(visionName(Vision::Protanopia), "protanopia");
  EXPECT_EQ(visionName(Vision::Deuteranopia), "deuteranopia");
  EXPECT_EQ(visionName(Vision::Tritanopia), "tritanopia");
}

}  // namespace
