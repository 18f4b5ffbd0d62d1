// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The palette as readers with a colour-vision deficiency see it: every two event categories,
// every two trade flows, and every two states of the shipped dataset that exist at the same
// time (strong colours and map fills) stay at least kMinimumDeltaE apart in CIEDE2000, for
// normal vision and simulated protanopia, deuteranopia and tritanopia (style/colour_vision.h).
// Prints the smallest difference of each group for each vision (run the test binary to see it).
//
// The threshold: ΔE00 ≈ 1 is a just-noticeable difference between large patches side by side.
// The atlas's colours are read on small, separate marks (timeline dots of ~8 px, map markers
// of 5 px radius, 1–2 px hatching, legend swatches), where the difference needed grows several
// times over (Stone, Szafir & Setlur 2014, "An Engineering Model for Color Difference as a
// Function of Size"); 10 keeps about an order of magnitude above the large-patch threshold.
// It is also what the Okabe–Ito palette, designed for colour-blind readers, holds for the seven
// categories under all three simulations (its closest pair, under tritanopia, is 10.9): a
// higher floor would reject the reference palette itself.
#include "chart/trade_markers.h"
#include "style/colour_vision.h"
#include "style/palette.h"

#include "okhotsk/dataset.h"
#include "okhotsk/loader.h"
#include "okhotsk/model.h"

#include <QString>

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;
using colour_vision::Vision;

constexpr double kMinimumDeltaE = 10.0;

// The shipped dataset (geodata/dataset in the source tree), without coastlines.
const Dataset& shippedDataset() {
  static const std::unique_ptr<Dataset> dataset = [] {
    LoadOptions options;
    options.coastlineLevels.clear();
    return loadDataset(std::filesystem::path(OKHOTSK_DATASET_SOURCE_DIR), options).dataset;
  }();
  if (!dataset) throw std::runtime_error("the shipped dataset cannot be loaded");
  return *dataset;
}

struct Swatch {
  std::string name;
  QColor colour;
};

// Colours that can be seen together, and which two of them must be told apart.
struct Group {
  std::string name;
  std::vector<Swatch> swatches;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
};

void pairEveryTwo(Group& group) {
  for (std::size_t i = 0; i < group.swatches.size(); ++i)
    for (std::size_t j = i + 1; j < group.swatches.size(); ++j) group.pairs.emplace_back(i, j);
}

Group categoryGroup() {
  Group group{"categories", {}, {}};
  for (int c = 0; c < kEventCategoryCount; ++c) {
    const auto category = static_cast<EventCategory>(c);
    group.swatches.push_back({std::string(eventCategoryCode(category)), palette::categoryColour(category)});
  }
  pairEveryTwo(group);
  return group;
}

Group flowGroup() {
  Group group{"trade flows", {}, {}};
  for (const TradeFlow flow : {TradeFlow::JapanExports, TradeFlow::JapanImports, TradeFlow::Total})
    group.swatches.push_back({std::string(tradeFlowCode(flow)), trade_markers::flowColour(flow)});
  pairEveryTwo(group);
  return group;
}

// States whose `valid` intervals overlap can share a map, a legend or a panel; states that
// never coexist (the Russian Empire and the Russian Federation) may look alike.
bool coexist(const State& a, const State& b) {
  return a.validDays().overlaps(b.validDays());
}

Group stateGroup(const Dataset& dataset, bool fills) {
  Group group{fills ? "state fills" : "states", {}, {}};
  const auto states = dataset.states();
  for (const State& state : states) {
    const QString id = QString::fromStdString(state.id);
    group.swatches.push_back(
        {state.id, fills ? palette::stateFill(&dataset, id) : palette::stateColour(&dataset, id)});
  }
  for (std::size_t i = 0; i < states.size(); ++i)
    for (std::size_t j = i + 1; j < states.size(); ++j)
      if (coexist(states[i], states[j])) group.pairs.emplace_back(i, j);
  return group;
}

struct Closest {
  double deltaE = std::numeric_limits<double>::infinity();
  std::string pair;
};

// Checks every pair of the group for one vision; returns the closest.
Closest checkGroup(const Group& group, Vision vision) {
  Closest closest;
  for (const auto& [i, j] : group.pairs) {
    const Swatch& a = group.swatches[i];
    const Swatch& b = group.swatches[j];
    const double deltaE = colour_vision::difference(a.colour, b.colour, vision);
    EXPECT_GE(deltaE, kMinimumDeltaE)
        << group.name << ": " << a.name << " " << a.colour.name().toStdString() << " and " << b.name << " "
        << b.colour.name().toStdString() << " under " << colour_vision::visionName(vision);
    if (deltaE < closest.deltaE) closest = {deltaE, a.name + "/" + b.name};
  }
  return closest;
}

std::string cell(const Closest& closest) {
  return QString::number(closest.deltaE, 'f', 1).rightJustified(5).toStdString() + " " + closest.pair;
}

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

TEST(PaletteColourVisionTest, PaletteStaysApartUnderEverySimulatedDeficiency) {
  const Dataset& dataset = shippedDataset();
  ASSERT_GE(dataset.states().size(), 2u);
  const std::vector<Group> groups{categoryGroup(), flowGroup(), stateGroup(dataset, false),
                                  stateGroup(dataset, true)};

  constexpr std::size_t kNameWidth = 13;
  constexpr std::size_t kCellWidth = 34;
  std::string table = "Smallest CIEDE2000 difference per group (Machado 2009 simulation; threshold " +
                      std::to_string(static_cast<int>(kMinimumDeltaE)) + ")\n" + padded("group", kNameWidth);
  for (const Vision vision : colour_vision::kVisions)
    table += padded(std::string(colour_vision::visionName(vision)), kCellWidth);
  table += "\n";
  for (const Group& group : groups) {
    ASSERT_FALSE(group.pairs.empty()) << group.name;
    table += padded(group.name, kNameWidth);
    for (const Vision vision : colour_vision::kVisions)
      table += padded(cell(checkGroup(group, vision)), kCellWidth);
    table += "\n";
  }
  std::cout << table << std::flush;
}

// The exemption comes from the data: states are compared when their intervals overlap.
TEST(PaletteColourVisionTest, StatesAreComparedWhenTheirIntervalsOverlap) {
  const Dataset& dataset = shippedDataset();
  const State* japan = dataset.state("japan");
  const State* empire = dataset.state("russian_empire");
  const State* federation = dataset.state("russian_federation");
  const State* farEast = dataset.state("far_eastern_republic");
  const State* rsfsr = dataset.state("rsfsr");
  const State* ussr = dataset.state("ussr");
  ASSERT_TRUE(japan && empire && federation && farEast && rsfsr && ussr);
  EXPECT_TRUE(coexist(*japan, *federation));
  EXPECT_TRUE(coexist(*farEast, *rsfsr)) << "1920–1922";
  EXPECT_FALSE(coexist(*empire, *federation));
  EXPECT_FALSE(coexist(*rsfsr, *ussr)) << "the RSFSR's interval ends the day the USSR's begins";
  const Group states = stateGroup(dataset, false);
  EXPECT_LT(states.pairs.size(), states.swatches.size() * (states.swatches.size() - 1) / 2);
}

}  // namespace
