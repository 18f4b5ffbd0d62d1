// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/csv_split.h"

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

namespace okhotsk::loader {
namespace {

// How many records after the middle may be tried before the file is read whole.
constexpr int kMaxCandidates = 64;
constexpr std::size_t kChunkBytes = std::size_t{1} << 20U;

std::size_t countByte(std::string_view text, char byte) {
  std::size_t count = 0;
  const char* at = text.data();
  const char* const end = text.data() + text.size();
  while (at < end) {
    const void* found = std::memchr(at, byte, static_cast<std::size_t>(end - at));
    if (found == nullptr) break;
    ++count;
    at = static_cast<const char*>(found) + 1;
  }
  return count;
}

// Reads lines (each without its line feed) and says where a record boundary after `target`
// lies. A record is one or more lines, joined while a quote is open, as GDAL's CSV reader
// (CSVReadParseLine3L) joins them: every quote character toggles, and a doubled quote
// toggles twice.
class BoundaryScanner {
 public:
  enum class State { Scanning, Found, Refused };

  BoundaryScanner(std::uintmax_t target, int headerFields) : m_target(target), m_headerFields(headerFields) {}

  /// One line that ended with a line feed at byte offset `lineFeedAt`.
  State line(std::string_view text, std::uintmax_t lineFeedAt) {
    if (m_state != State::Scanning) return m_state;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.find('\r') != std::string_view::npos) return refuse();  // GDAL ends lines at a lone CR
    if (text.empty() && !m_inQuotes) return refuse();                // GDAL skips blank lines
    ++m_lines;
    const bool counting = m_phase != Phase::Records;
    if (counting) {
      m_fields += countFieldBreaks(text);
    } else {
      m_inQuotes = (countByte(text, '"') % 2 == 1) != m_inQuotes;
    }
    if (!m_inQuotes) recordEnded(lineFeedAt + 1);
    return m_state;
  }

  [[nodiscard]] State state() const { return m_state; }
  [[nodiscard]] const CsvSplit& split() const { return m_split; }

 private:
  enum class Phase { Header, Records, Candidate };

  // Commas outside quotes, updating the quote state; a record's first line counts one field.
  int countFieldBreaks(std::string_view text) {
    int breaks = 0;
    for (char c : text) {
      if (c == '"')
        m_inQuotes = !m_inQuotes;
      else if (c == ',' && !m_inQuotes)
        ++breaks;
    }
    return breaks;
  }

  void recordEnded(std::uintmax_t next) {
    const int fields = m_fields + 1;
    // GDAL opens the second half without a header and counts its columns on its first line:
    // the record there must be one line.
    const bool oneLine = m_lines == 1;
    m_fields = 0;
    m_lines = 0;
    switch (m_phase) {
      case Phase::Header:
        if (fields != m_headerFields) {
          refuse();
          return;
        }
        m_phase = Phase::Records;
        break;
      case Phase::Records:
        ++m_records;
        if (next >= m_target) {
          m_split.offset = next;
          m_split.recordsBefore = m_records;
          m_phase = Phase::Candidate;
        }
        break;
      case Phase::Candidate:
        if (fields == m_headerFields && oneLine) {
          m_state = State::Found;
          return;
        }
        ++m_records;
        m_split.offset = next;
        m_split.recordsBefore = m_records;
        if (++m_candidates == kMaxCandidates) refuse();
        break;
    }
  }

  State refuse() {
    m_state = State::Refused;
    return m_state;
  }

  std::uintmax_t m_target;
  int m_headerFields;
  State m_state = State::Scanning;
  Phase m_phase = Phase::Header;
  bool m_inQuotes = false;
  int m_fields = 0;
  int m_lines = 0;  // lines of the record being read
  int m_candidates = 0;
  long long m_records = 0;
  CsvSplit m_split;
};

// Feeds `text` (the bytes from `offset` on) line by line; returns the bytes of an unfinished
// last line, which the caller keeps for the next call.
std::size_t feedLines(BoundaryScanner& scanner, std::string_view text, std::uintmax_t offset) {
  std::size_t start = 0;
  while (start < text.size() && scanner.state() == BoundaryScanner::State::Scanning) {
    const std::size_t lineFeed = text.find('\n', start);
    if (lineFeed == std::string_view::npos) return text.size() - start;
    (void)scanner.line(text.substr(start, lineFeed - start), offset + lineFeed);
    start = lineFeed + 1;
  }
  return 0;
}

}  // namespace

std::optional<CsvSplit> findCsvSplit(std::string_view text, int headerFields) {
  BoundaryScanner scanner(text.size() / 2, headerFields);
  (void)feedLines(scanner, text, 0);
  if (scanner.state() != BoundaryScanner::State::Found) return std::nullopt;
  CsvSplit split = scanner.split();
  split.size = text.size();
  return split;
}

std::optional<CsvSplit> findCsvFileSplit(const std::filesystem::path& file, int headerFields,
                                         std::uintmax_t minBytes) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error || size < minBytes || size < 2) return std::nullopt;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!stream) return std::nullopt;
  BoundaryScanner scanner(size / 2, headerFields);
  std::vector<char> buffer(kChunkBytes);
  std::size_t kept = 0;         // an unfinished line carried to the front of the buffer
  std::uintmax_t bufferAt = 0;  // the file offset of buffer[0]
  while (scanner.state() == BoundaryScanner::State::Scanning) {
    if (kept == buffer.size()) buffer.resize(buffer.size() * 2);  // a line longer than the buffer
    const std::size_t read = std::fread(buffer.data() + kept, 1, buffer.size() - kept, stream.get());
    if (read == 0) return std::nullopt;  // the end, or an error, before a boundary was found
    const std::size_t filled = kept + read;
    const std::size_t unfinished = feedLines(scanner, std::string_view(buffer.data(), filled), bufferAt);
    std::memmove(buffer.data(), buffer.data() + filled - unfinished, unfinished);
    bufferAt += filled - unfinished;
    kept = unfinished;
  }
  if (scanner.state() != BoundaryScanner::State::Found) return std::nullopt;
  CsvSplit split = scanner.split();
  split.size = size;
  return split;
}

}  // namespace okhotsk::loader
