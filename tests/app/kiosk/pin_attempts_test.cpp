// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PIN pad's brake, on an injected clock: a wait that doubles after each wrong PIN, a
// lock-out after five in a row that lasts five minutes, and a fresh start after a right PIN or
// after the lock-out has run out.
#include "kiosk/pin_attempts.h"

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

class PinAttemptsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    attempts.setClock([this] { return now; });
  }
  std::chrono::milliseconds now{1'000'000};
  PinAttempts attempts;
};

TEST_F(PinAttemptsTest, NoWaitBeforeAnyWrongPin) {
  EXPECT_EQ(attempts.waitLeft(), 0ms);
  EXPECT_FALSE(attempts.isLockedOut());
}

TEST_F(PinAttemptsTest, TheWaitDoublesAfterEachWrongPin) {
  const std::chrono::milliseconds expected[] = {1s, 2s, 4s, 8s};
  for (const std::chrono::milliseconds wait : expected) {
    EXPECT_FALSE(attempts.recordWrong());
    EXPECT_EQ(attempts.waitLeft(), wait);
    now += wait - 1ms;
    EXPECT_EQ(attempts.waitLeft(), 1ms);
    now += 1ms;
    EXPECT_EQ(attempts.waitLeft(), 0ms);
  }
  EXPECT_EQ(attempts.wrongInARow(), 4);
  EXPECT_FALSE(attempts.isLockedOut());
}

TEST_F(PinAttemptsTest, TheFifthWrongPinLocksThePadForFiveMinutes) {
  for (int i = 1; i < PinAttempts::lockOutAfter(); ++i) {
    EXPECT_FALSE(attempts.recordWrong());
    now += attempts.waitLeft();
  }
  EXPECT_TRUE(attempts.recordWrong());
  EXPECT_TRUE(attempts.isLockedOut());
  EXPECT_EQ(attempts.waitLeft(), 5min);
  now += 5min - 1s;
  EXPECT_TRUE(attempts.isLockedOut());
  now += 1s;
  EXPECT_FALSE(attempts.isLockedOut());
  EXPECT_EQ(attempts.waitLeft(), 0ms);
  // After the lock-out the count starts again: one wrong PIN waits a second, not five minutes.
  EXPECT_FALSE(attempts.recordWrong());
  EXPECT_EQ(attempts.waitLeft(), 1s);
}

TEST_F(PinAttemptsTest, ARightPinStartsTheCountAgain) {
  attempts.recordWrong();
  now += 1s;
  attempts.recordWrong();
  attempts.recordRight();
  EXPECT_EQ(attempts.wrongInARow(), 0);
  EXPECT_EQ(attempts.waitLeft(), 0ms);
  attempts.recordWrong();
  EXPECT_EQ(attempts.waitLeft(), 1s);
}

}  // namespace
}  // namespace okhotsk::app
