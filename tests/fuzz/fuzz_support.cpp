// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace okhotsk::fuzz {

namespace fs = std::filesystem;

void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "\n*** property failed: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!detail.empty()) std::fprintf(stderr, "*** %.*s\n", static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  std::abort();
}

std::string printable(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text = "\"";
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f && c != '"' && c != '\\') {
      text += c;
    } else {
      text += "\\x";
      text += kHex[byte >> 4U];
      text += kHex[byte & 0x0fU];
    }
  }
  return text + "\"";
}

namespace {

// Removes the scratch folder at exit; a crash leaves it for a look.
struct ScratchFolder {
  fs::path path;
  explicit ScratchFolder(std::string_view name) {
    std::error_code error;
    fs::path base = fs::temp_directory_path(error);
    if (error) base = "/tmp";
    path = base / ("okhotsk-fuzz-" + std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(path, error);
    if (!fs::create_directories(path, error))
      fail("cannot make the scratch folder", path.string() + ": " + error.message());
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code error;
    fs::remove_all(path, error);
  }
};

}  // namespace

const fs::path& scratchFolder(std::string_view name) {
  static const ScratchFolder folder(name);
  return folder.path;
}

void writeFile(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail("cannot write the input to the scratch file", path.string());
}

namespace {

// How many continuation bytes follow a lead byte, and the range the first one must lie in
// (Table 3-7 of the Unicode Standard); 0 when `lead` cannot start a sequence.
struct LeadByte {
  int continuations = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xbf;
};

LeadByte leadByte(unsigned char lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return {1, 0x80, 0xbf};
  if (lead == 0xe0) return {2, 0xa0, 0xbf};
  if (lead == 0xed) return {2, 0x80, 0x9f};
  if (lead >= 0xe1 && lead <= 0xef) return {2, 0x80, 0xbf};
  if (lead == 0xf0) return {3, 0x90, 0xbf};
  if (lead >= 0xf1 && lead <= 0xf3) return {3, 0x80, 0xbf};
  if (lead == 0xf4) return {3, 0x80, 0x8f};
  return {};
}

}  // namespace

std::string replaceInvalidUtf8(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xef\xbf\xbd";
  std::string result;
  result.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      result += text[i++];
      continue;
    }
    const LeadByte expected = leadByte(lead);
    std::size_t next = i + 1;
    int seen = 0;
    while (seen < expected.continuations && next < text.size()) {
      const auto byte = static_cast<unsigned char>(text[next]);
      const unsigned char low = seen == 0 ? expected.low : 0x80;
      const unsigned char high = seen == 0 ? expected.high : 0xbf;
      if (byte < low || byte > high) break;
      ++next;
      ++seen;
    }
    if (expected.continuations > 0 && seen == expected.continuations)
      result += text.substr(i, next - i);
    else
      result += kReplacement;
    i = next;
  }
  return result;
}

}  // namespace okhotsk::fuzz
