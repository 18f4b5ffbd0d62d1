// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Geodesics on WGS 84 against values published or computed by GeographicLib's own GeodSolve
// tool (geographiclib-tools 2.1.2, `GeodSolve -i -p 9` and `GeodSolve -I ... -p 9`).
#include "okhotsk/geodesy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace okhotsk {
namespace {

double dms(double degrees, double minutes, double seconds) {
  const double sign = degrees < 0 ? -1.0 : 1.0;
  return sign * (std::abs(degrees) + minutes / 60.0 + seconds / 3600.0);
}

TEST(Geodesy, VincentysFlindersPeakToBuninyong) {
  // Vincenty (1975) and Geoscience Australia's worked example: Flinders Peak to Buninyong is
  // 54 972.271 m on the GRS 80 ellipsoid (WGS 84 differs by far less than a millimetre here),
  // leaving Flinders Peak at an azimuth of 306°52'05.37".
  const double lon1 = dms(144, 25, 29.52440);
  const double lat1 = dms(-37, 57, 3.72030);
  const double lon2 = dms(143, 55, 35.38390);
  const double lat2 = dms(-37, 39, 10.15610);
  EXPECT_NEAR(geodesicDistanceKm(lon1, lat1, lon2, lat2), 54.972271, 1e-6);
  EXPECT_NEAR(geodesicInitialBearing(lon1, lat1, lon2, lat2) + 360.0, dms(306, 52, 5.37), 0.01 / 3600.0);
}

TEST(Geodesy, AQuarterOfTheEquatorIsAQuarterOfItsCircumference) {
  // On the equator the geodesic is the equator itself: a·π/2 with a = 6 378 137 m.
  EXPECT_NEAR(geodesicDistanceKm(0, 0, 90, 0), 6378.137 * std::numbers::pi / 2.0, 1e-9);
  EXPECT_NEAR(geodesicInitialBearing(0, 0, 90, 0), 90.0, 1e-9);
}

TEST(Geodesy, AcrossSakhalinAt50NorthMatchesGeodSolve) {
  // 141.9°E to 143.75°E along 50°N: 132.633763 km on the ellipsoid (a sphere of the mean
  // radius gives about 132.21 km). GeodSolve: azi1 89.29138338304227.
  EXPECT_NEAR(geodesicDistanceKm(141.9, 50.0, 143.75, 50.0), 132.633762953606, 1e-9);
  EXPECT_NEAR(geodesicInitialBearing(141.9, 50.0, 143.75, 50.0), 89.29138338304227, 1e-9);
}

TEST(Geodesy, LongDistancesMatchGeodSolve) {
  // Sapporo (43.0642°N 141.3469°E) to Moscow (55.7558°N 37.6173°E).
  EXPECT_NEAR(geodesicDistanceKm(141.3469, 43.0642, 37.6173, 55.7558), 6932.815927430924, 1e-8);
  EXPECT_NEAR(geodesicInitialBearing(141.3469, 43.0642, 37.6173, 55.7558), -38.19507006536906, 1e-9);
  // Nearly antipodal, where simple iterations fail to converge.
  EXPECT_NEAR(geodesicDistanceKm(0, 0, 179.5, 0.5), 19936.288578965314, 1e-8);
  EXPECT_NEAR(geodesicInitialBearing(0, 0, 179.5, 0.5), 25.67187286829188, 1e-8);
}

TEST(Geodesy, DistanceIsSymmetricAndZeroForOnePoint) {
  EXPECT_DOUBLE_EQ(geodesicDistanceKm(145.5, 43.3, 145.5, 43.3), 0.0);
  EXPECT_NEAR(geodesicDistanceKm(145.6, 43.3, 146.2, 43.5), geodesicDistanceKm(146.2, 43.5, 145.6, 43.3),
              1e-9);
}

TEST(Geodesy, LineSamplesTheGeodesicEvenly) {
  const std::vector<GeoPoint> line = geodesicLine(141.9, 50.0, 143.75, 50.0, 2);
  ASSERT_EQ(line.size(), 3U);
  EXPECT_EQ(line.front(), (GeoPoint{141.9, 50.0}));
  EXPECT_EQ(line.back(), (GeoPoint{143.75, 50.0}));
  // GeodSolve -I 50 141.9 50 143.75 at 66316.881476803 m: the midpoint bulges north.
  EXPECT_NEAR(line[1].lat, 50.00368700581179, 1e-9);
  EXPECT_NEAR(line[1].lon, 142.825, 1e-9);
  const std::vector<GeoPoint> many = geodesicLine(141.9, 50.0, 143.75, 50.0, 64);
  ASSERT_EQ(many.size(), 65U);
  for (std::size_t i = 0; i + 1 < many.size(); ++i)
    EXPECT_NEAR(geodesicDistanceKm(many[i].lon, many[i].lat, many[i + 1].lon, many[i + 1].lat),
                132.633762953606 / 64.0, 1e-9);
  EXPECT_EQ(geodesicLine(0, 0, 1, 1, 0).size(), 2U);
}

}  // namespace
}  // namespace okhotsk
