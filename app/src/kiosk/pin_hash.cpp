// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pin_hash.h"

#include <crypt.h>

#include <QByteArray>

#include <array>
#include <cstring>
#include <memory>

namespace okhotsk::app {

namespace {

// Compares every byte whatever the first difference, so that the time taken says nothing
// about how much of a guess was right.
bool sameBytes(const QByteArray& left, const QByteArray& right) {
  if (left.size() != right.size()) return false;
  unsigned char difference = 0;
  for (qsizetype i = 0; i < left.size(); ++i) difference |= static_cast<unsigned char>(left[i] ^ right[i]);
  return difference == 0;
}

// crypt_r with its 32 KiB work area on the heap; empty when libxcrypt refuses the setting.
QByteArray cryptWith(const QByteArray& phrase, const QByteArray& setting) {
  auto data = std::make_unique<crypt_data>();
  std::memset(data.get(), 0, sizeof(crypt_data));
  const char* result = crypt_r(phrase.constData(), setting.constData(), data.get());
  // libxcrypt answers a bad setting with "*0" or "*1" (never a valid hash), or null.
  if (result == nullptr || result[0] == '*') return {};
  return QByteArray(result);
}

}  // namespace

QString hashPin(const QString& pin) {
  if (!isValidPin(pin)) return {};
  std::array<char, CRYPT_GENSALT_OUTPUT_SIZE> setting{};
  // Null random bytes: libxcrypt draws the salt from the system's random source itself;
  // count 0: yescrypt's default cost.
  if (crypt_gensalt_rn("$y$", 0, nullptr, 0, setting.data(), static_cast<int>(setting.size())) == nullptr)
    return {};
  return QString::fromLatin1(cryptWith(pin.toLatin1(), QByteArray(setting.data())));
}

bool verifyPin(const QString& pin, const QString& hash) {
  if (!isValidPin(pin) || !looksLikePinHash(hash)) return false;
  const QByteArray expected = hash.toLatin1();
  const QByteArray computed = cryptWith(pin.toLatin1(), expected);
  return !computed.isEmpty() && sameBytes(computed, expected);
}

bool verifyPinAgainstAny(const QString& pin, const QStringList& hashes) {
  bool matched = false;
  // Every hash is tried, so that which member of staff's PIN was near says nothing either.
  for (const QString& hash : hashes) matched = verifyPin(pin, hash) || matched;
  return matched;
}

}  // namespace okhotsk::app
