// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Staff PINs kept as salted yescrypt hashes: a hash verifies its own PIN and no other, the same
// PIN hashed twice gives two different hashes (a fresh salt), several staff PINs each open the
// pad, and neither a non-PIN nor a damaged hash ever verifies.
#include "kiosk/pin_hash.h"

#include "kiosk/kiosk_commands.h"

#include <gtest/gtest.h>

#include <sstream>

namespace okhotsk::app {
namespace {

TEST(PinHash, AHashVerifiesItsPinAndNoOther) {
  const QString hash = hashPin(QStringLiteral("4711"));
  ASSERT_FALSE(hash.isEmpty());
  EXPECT_TRUE(hash.startsWith(QStringLiteral("$y$"))) << hash.toStdString();
  EXPECT_FALSE(hash.contains(QStringLiteral("4711"))) << hash.toStdString();
  EXPECT_TRUE(looksLikePinHash(hash));
  EXPECT_TRUE(verifyPin(QStringLiteral("4711"), hash));
  for (const QString& wrong :
       {QStringLiteral("4712"), QStringLiteral("47110"), QStringLiteral("0471"), QStringLiteral("1174")})
    EXPECT_FALSE(verifyPin(wrong, hash)) << wrong.toStdString();
}

TEST(PinHash, TheSamePinHashedTwiceHasTwoSalts) {
  const QString first = hashPin(QStringLiteral("123456"));
  const QString second = hashPin(QStringLiteral("123456"));
  ASSERT_FALSE(first.isEmpty());
  EXPECT_NE(first, second);
  EXPECT_TRUE(verifyPin(QStringLiteral("123456"), first));
  EXPECT_TRUE(verifyPin(QStringLiteral("123456"), second));
}

TEST(PinHash, EachOfSeveralStaffPinsOpensThePad) {
  const QStringList pins{QStringLiteral("4711"), QStringLiteral("280655"), QStringLiteral("123456789012")};
  QStringList hashes;
  for (const QString& pin : pins) hashes.append(hashPin(pin));
  for (const QString& pin : pins) EXPECT_TRUE(verifyPinAgainstAny(pin, hashes)) << pin.toStdString();
  EXPECT_FALSE(verifyPinAgainstAny(QStringLiteral("1111"), hashes));
  EXPECT_FALSE(verifyPinAgainstAny(QStringLiteral("4711"), {}));
}

TEST(PinHash, OnlyFourToTwelveDigitsAreHashedOrVerified) {
  for (const QString& notAPin : {QString(), QStringLiteral("123"), QStringLiteral("1234567890123"),
                                 QStringLiteral("12a4"), QStringLiteral("١٢٣٤"), QStringLiteral(" 1234")}) {
    EXPECT_FALSE(isValidPin(notAPin)) << notAPin.toStdString();
    EXPECT_TRUE(hashPin(notAPin).isEmpty()) << notAPin.toStdString();
  }
  EXPECT_TRUE(isValidPin(QStringLiteral("0000")));
  EXPECT_TRUE(isValidPin(QStringLiteral("123456789012")));
}

TEST(PinHash, ADamagedHashNeverVerifies) {
  const QString hash = hashPin(QStringLiteral("4711"));
  ASSERT_FALSE(hash.isEmpty());
  QString changed = hash;
  changed[changed.size() - 1] = changed.back() == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
  EXPECT_FALSE(verifyPin(QStringLiteral("4711"), changed));
  EXPECT_FALSE(verifyPin(QStringLiteral("4711"), hash.left(hash.size() - 4)));
  // The PIN itself where a hash belongs, a scheme libcrypt does not know, nothing at all.
  for (const QString& bad : {QStringLiteral("4711"), QStringLiteral("$zz$abc$def"), QString()})
    EXPECT_FALSE(verifyPin(QStringLiteral("4711"), bad)) << bad.toStdString();
}

// What `okhotsk-atlas --hash-pin` does with what it reads: one INI line holding a hash per PIN.
TEST(HashPinCommand, PrintsOneIniLineWithAHashPerPin) {
  std::istringstream input("4711\n  280655  \n\nignored-after-the-empty-line\n");
  QStringList problems;
  const QString line = hashPinsToIniLine(input, &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
  ASSERT_TRUE(line.startsWith(QStringLiteral("exitPinHash="))) << line.toStdString();
  const QStringList hashes = line.mid(QStringLiteral("exitPinHash=").size()).split(QLatin1Char(','));
  ASSERT_EQ(hashes.size(), 2);
  EXPECT_TRUE(verifyPin(QStringLiteral("4711"), hashes.at(0)));
  EXPECT_TRUE(verifyPin(QStringLiteral("280655"), hashes.at(1)));
  EXPECT_FALSE(line.contains(QStringLiteral("4711")));
}

TEST(HashPinCommand, ABadPinGivesNoLineAndDoesNotRepeatThePin) {
  std::istringstream input("4711\n98x7\n");
  QStringList problems;
  EXPECT_TRUE(hashPinsToIniLine(input, &problems).isEmpty());
  ASSERT_EQ(problems.size(), 1);
  EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("PIN 2"))) << problems.constFirst().toStdString();
  EXPECT_FALSE(problems.constFirst().contains(QStringLiteral("98x7")));
  std::istringstream empty("");
  EXPECT_TRUE(hashPinsToIniLine(empty, &problems).isEmpty());
}

}  // namespace
}  // namespace okhotsk::app
