// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/palette.h"

#include <array>

namespace okhotsk::app::palette {

// Okabe & Ito (2008), "Color Universal Design": black, orange, sky blue, bluish green,
// yellow, blue, vermillion, reddish purple.
namespace {
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);
const QColor kBlack(0x00, 0x00, 0x00);

// Mix a colour with white: fills must leave labels and hatching readable.
QColor lighten(const QColor& colour, double towardsWhite) {
  auto mix = [towardsWhite](int c) { return static_cast<int>(c + (255 - c) * towardsWhite); };
  return {mix(colour.red()), mix(colour.green()), mix(colour.blue())};
}

}  // namespace

QColor stateColour(const Dataset* dataset, const QString& stateId) {
  static const std::array<QColor, 6> kFallback{kOrange,      kBlue,          kSkyBlue,
                                               kBluishGreen, kReddishPurple, kVermillion};
  const QColor grey(0x88, 0x88, 0x88);
  if (dataset == nullptr) return grey;
  const State* state = dataset->state(stateId.toStdString());
  if (state == nullptr) return grey;
  if (state->colour) return QColor::fromRgb(static_cast<QRgb>(*state->colour));
  const auto index = static_cast<std::size_t>(state - dataset->states().data());
  return kFallback[index % kFallback.size()];
}

QColor stateFill(const Dataset* dataset, const QString& stateId, Contrast contrast) {
  return lighten(stateColour(dataset, stateId), contrast == Contrast::Projector ? 0.3 : 0.55);
}

QString sampleState(const Dataset* dataset, int index) {
  if (dataset == nullptr || index < 0 || static_cast<std::size_t>(index) >= dataset->states().size())
    return {};
  return QString::fromStdString(dataset->states()[static_cast<std::size_t>(index)].id);
}

QColor categoryColour(EventCategory category) {
  switch (category) {
    case EventCategory::Treaty:
      return kBlue;
    case EventCategory::Diplomacy:
      return kSkyBlue;
    case EventCategory::Military:
      return kVermillion;
    case EventCategory::Territorial:
      return kReddishPurple;
    case EventCategory::Trade:
      return kBluishGreen;
    case EventCategory::Economy:
      return kOrange;
    case EventCategory::Politics:
      return kBlack;
  }
  return kBlack;
}

QColor sea(Contrast contrast) {
  if (contrast == Contrast::Projector)
    return {0xC3, 0xCD, 0xD6};  // grey-blue: clear of the Russian states' blue fills
  return {0xDD, 0xE8, 0xF0};
}
QColor land(Contrast contrast) {
  if (contrast == Contrast::Projector) return {0xFC, 0xFA, 0xF4};
  return {0xF4, 0xF1, 0xEA};
}
QColor coastline(Contrast contrast) {
  if (contrast == Contrast::Projector) return {0x26, 0x30, 0x3A};
  return {0x7A, 0x86, 0x90};
}
QColor lake(Contrast contrast) {
  return sea(contrast);
}
QColor text() {
  return {0x1E, 0x1E, 0x1E};
}
QColor mutedText() {
  return {0x5C, 0x63, 0x6A};
}
QColor highlight() {
  return kVermillion;
}

}  // namespace okhotsk::app::palette
