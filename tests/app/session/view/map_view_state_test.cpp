// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MapViewState holds the map's current view as session state: it tells its listeners when the
// view changes, and only then.

#include "session/view/map_view_state.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

TEST(MapViewStateTest, EmitsWhenTheViewChangesAndNotWhenItIsTheSame) {
  MapViewState state;
  QSignalSpy changed(&state, &MapViewState::viewportChanged);
  const MapViewport region = MapViewport::named(NamedView::Region, QSize(800, 600));
  state.setViewport(region);
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(state.viewport(), region);
  state.setViewport(region);
  EXPECT_EQ(changed.count(), 1) << "the same view again is no change";
  const MapViewport habomai = MapViewport::named(NamedView::Habomai, QSize(800, 600));
  state.setViewport(habomai);
  EXPECT_EQ(changed.count(), 2);
  EXPECT_EQ(state.viewport().toSpec(), habomai.toSpec());
}

}  // namespace
}  // namespace okhotsk::app
