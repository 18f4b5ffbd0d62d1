// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/text_check.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace okhotsk::loader {

namespace {

bool continuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF) {
  return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence starting at text[at], or 0 when there is
// none (Unicode 15, table 3-7).
std::size_t sequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : static_cast<unsigned char>(0);
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(byte(1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    // E0: no overlong form; ED: no surrogate (U+D800..U+DFFF).
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
    return continuation(byte(1), low, high) && continuation(byte(2)) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    // F0: no overlong form; F4: nothing above U+10FFFF.
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
    return continuation(byte(1), low, high) && continuation(byte(2)) && continuation(byte(3)) ? 4 : 0;
  }
  return 0;  // 80..C1 (a continuation byte or an overlong lead), F5..FF
}

}  // namespace

std::optional<Utf8Problem> findInvalidUtf8(std::string_view text) {
  std::optional<Utf8Problem> problem;
  std::size_t line = 1;
  std::size_t lineStart = 0;
  std::size_t lastBadLine = 0;
  for (std::size_t at = 0; at < text.size();) {
    // Eight ASCII bytes at a time: most of a dataset's text is ASCII, and this loop reads
    // every byte of every file.
    std::uint64_t word = 0;
    if (at + sizeof word <= text.size()) {
      std::memcpy(&word, text.data() + at, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        const std::size_t next = at + sizeof word;
        // Any byte of the word a '\n'? (a zero byte of word ^ "\n\n\n\n\n\n\n\n")
        const std::uint64_t newlines = word ^ 0x0A0A0A0A0A0A0A0AULL;
        if (((newlines - 0x0101010101010101ULL) & ~newlines & 0x8080808080808080ULL) != 0)
          for (std::size_t i = at; i < next; ++i)
            if (text[i] == '\n') {
              ++line;
              lineStart = i + 1;
            }
        at = next;
        continue;
      }
    }
    const std::size_t length = sequenceLength(text, at);
    if (length == 0) {
      if (!problem) {
        problem = Utf8Problem{line, at - lineStart + 1, static_cast<unsigned char>(text[at]), 0};
      } else if (line != lastBadLine) {
        ++problem->furtherLines;
      }
      lastBadLine = line;
      ++at;  // resume at the next byte
      continue;
    }
    if (text[at] == '\n') {
      ++line;
      lineStart = at + 1;
    }
    at += length;
  }
  return problem;
}

std::string describeUtf8Problem(const Utf8Problem& problem) {
  static constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  std::string message = "not valid UTF-8 at line " + std::to_string(problem.line) + ", column " +
                        std::to_string(problem.column) + " (counted in bytes): byte 0x";
  message += kHex.at(problem.byte >> 4U);
  message += kHex.at(problem.byte & 0xFU);
  if (problem.furtherLines == 1) message += "; 1 more line holds invalid UTF-8";
  if (problem.furtherLines > 1)
    message += "; " + std::to_string(problem.furtherLines) + " more lines hold invalid UTF-8";
  return message;
}

namespace {

// The encoding a byte-order mark or the NUL pattern of the first bytes gives away, or
// nothing: UTF-16 and UTF-32 text, which GDAL reads as bytes and cuts at the first NUL.
std::optional<std::string> wideEncoding(std::string_view text) {
  const auto at = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100U;
  };
  if (at(0) == 0xFF && at(1) == 0xFE)
    return at(2) == 0 && at(3) == 0 ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
  if (at(0) == 0xFE && at(1) == 0xFF) return "UTF-16 (big-endian)";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32 (big-endian)";
  if (text.size() >= 2 && at(0) != 0 && at(1) == 0) return "UTF-16 (little-endian, no byte-order mark)";
  if (text.size() >= 2 && at(0) == 0 && at(1) != 0) return "UTF-16 (big-endian, no byte-order mark)";
  return std::nullopt;
}

// Line and column (1-based, in bytes) of offset `at`.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t at) {
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(
                                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  const std::size_t lineStart = at == 0 ? 0 : text.rfind('\n', at - 1);
  return {line, lineStart == std::string_view::npos || at == 0 ? at + 1 : at - lineStart};
}

// GDAL ends a field at a NUL byte and loses the rest of the row: report where.
void checkNulBytes(std::string_view text, const std::string& file, const std::string& layer,
                   Diagnostics& diagnostics) {
  const std::size_t first = text.find('\0');
  if (first == std::string_view::npos) return;
  const auto [line, column] = lineAndColumn(text, first);
  const auto count = std::count(text.begin(), text.end(), '\0');
  std::string message = "NUL byte at line " + std::to_string(line) + ", column " + std::to_string(column) +
                        " (counted in bytes): the text is cut there and the rest of the row is lost";
  if (count > 1) message += "; " + std::to_string(count - 1) + " more NUL bytes in the file";
  diagnostics.error(file, layer, "", "", std::move(message));
}

// What the CSV checks need of a file's records: the header's values, and each later row whose
// number of values differs from the header's, with the line it starts on and its id.
struct CsvShape {
  struct Mismatch {
    std::size_t line = 0;
    std::size_t values = 0;
    std::string id;
  };
  std::vector<std::string> header;  // the first record's values, once it is whole
  bool headerRead = false;          // the first record ended (a text cut inside it has none)
  std::vector<Mismatch> mismatches;
  bool unclosed = false;       // the text ends inside quotes
  std::size_t longRecord = 0;  // line of the first record over kMaxCsvLineBytes, 0 when none
};

// Reads `text` record by record as RFC 4180 does (a quoted value may hold commas, line breaks
// and doubled quotes; CRLF ends a line like LF; blank lines are skipped), keeping the values
// of the header and, of the other records, only the id (column "id") of those whose number of
// values differs from the header's: a 90 MB file of 100,000 events is checked without
// building its 2 million values as strings.
class CsvScanner {
 public:
  explicit CsvScanner(std::string_view text) : m_text(text) {}

  // Runs of ordinary bytes are taken whole: a 90 MB events.csv is mostly long quoted texts.
  CsvShape scan() {
    std::size_t at = 0;
    while (at < m_text.size()) {
      const std::size_t run = ordinaryRun(at);
      if (run > at) {
        appendRun(at, run);
        at = run;
        continue;
      }
      const char c = m_text[at];
      if (c == '\n') ++m_line;
      if (c == '"') {
        if (m_quoted && at + 1 < m_text.size() && m_text[at + 1] == '"') {
          append('"');
          ++at;
        } else {
          m_quoted = !m_quoted;
        }
      } else if (!m_quoted && c == ',') {
        ++m_fields;
        m_fieldLength = 0;
        m_lastWasCr = false;
        if (m_keepAll) m_shape.header.emplace_back();
      } else if (!m_quoted && c == '\n') {
        if (m_lastWasCr) dropCr();
        finish(at);
        m_recordLine = m_line;
        m_recordStart = at + 1;
      } else {
        append(c);
      }
      ++at;
    }
    m_shape.unclosed = m_quoted;
    if (!m_quoted) finish(m_text.size());
    return std::move(m_shape);
  }

 private:
  // Where the bytes from `at` on stop being ordinary: inside quotes only a quote and a line
  // feed are special, outside them also a comma.
  [[nodiscard]] std::size_t ordinaryRun(std::size_t at) const {
    const char* const data = m_text.data();
    const std::size_t size = m_text.size();
    if (m_quoted) {
      const void* quote = std::memchr(data + at, '"', size - at);
      const std::size_t end =
          quote == nullptr ? size : static_cast<std::size_t>(static_cast<const char*>(quote) - data);
      const void* lineFeed = std::memchr(data + at, '\n', end - at);
      return lineFeed == nullptr ? end : static_cast<std::size_t>(static_cast<const char*>(lineFeed) - data);
    }
    while (at < size && data[at] != '"' && data[at] != ',' && data[at] != '\n') ++at;
    return at;
  }
  // The ordinary bytes [from, to) as append() would take them one by one.
  void appendRun(std::size_t from, std::size_t to) {
    m_fieldLength += to - from;
    m_lastWasCr = m_text[to - 1] == '\r';
    if (keeping()) (m_keepAll ? m_shape.header.back() : m_id).append(m_text.substr(from, to - from));
  }
  [[nodiscard]] bool keeping() const { return m_keepAll || m_fields == m_idColumn; }
  void append(char c) {
    ++m_fieldLength;
    m_lastWasCr = c == '\r';
    if (!keeping()) return;
    (m_keepAll ? m_shape.header.back() : m_id) += c;
  }
  void dropCr() {
    --m_fieldLength;
    if (keeping()) (m_keepAll ? m_shape.header.back() : m_id).pop_back();
  }
  // The record that ends at `end` (its '\n', or the end of the text).
  void finish(std::size_t end) {
    if (m_shape.longRecord == 0 && end - m_recordStart > kMaxCsvLineBytes) m_shape.longRecord = m_recordLine;
    const std::size_t values = m_fields + 1;
    const bool blank = values == 1 && m_fieldLength == 0;
    if (!blank) {
      if (m_keepAll) {
        m_keepAll = false;  // the header is read; the id column is known
        m_shape.headerRead = true;
        const auto& header = m_shape.header;
        m_idColumn = static_cast<std::size_t>(std::find(header.begin(), header.end(), "id") - header.begin());
      } else if (values != m_shape.header.size()) {
        m_shape.mismatches.push_back({m_recordLine, values, m_id});
      }
    } else if (m_keepAll) {
      m_shape.header.assign(1, std::string());  // a blank line before the header
    }
    m_fields = 0;
    m_fieldLength = 0;
    m_lastWasCr = false;
    m_id.clear();
  }

  std::string_view m_text;
  CsvShape m_shape{{std::string()}, false, {}, false, 0};
  bool m_keepAll = true;  // still in the header
  std::size_t m_idColumn = static_cast<std::size_t>(-1);
  bool m_quoted = false;
  std::size_t m_line = 1;
  std::size_t m_recordLine = 1;
  std::size_t m_recordStart = 0;
  std::size_t m_fields = 0;       // commas seen in this record
  std::size_t m_fieldLength = 0;  // bytes of the current value
  bool m_lastWasCr = false;
  std::string m_id;
};

// Header columns repeated or without a name; rows with more or fewer values than the header.
void checkCsvShape(const CsvShape& shape, const std::string& file, const std::string& layer,
                   Diagnostics& diagnostics) {
  const std::vector<std::string>& header = shape.header;
  if (!shape.headerRead) return;  // no whole record at all
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].empty()) {
      diagnostics.error(file, layer, "", "",
                        "column " + std::to_string(i + 1) + " of the header (line 1) has no name");
      continue;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (header[j] == header[i]) {
        diagnostics.error(file, layer, "", header[i],
                          "the header (line 1) names column '" + header[i] + "' twice (columns " +
                              std::to_string(j + 1) + " and " + std::to_string(i + 1) +
                              "); only the first is read");
        break;
      }
  }
  for (const CsvShape::Mismatch& row : shape.mismatches)
    diagnostics.error(file, layer, row.id, "",
                      "line " + std::to_string(row.line) + " has " + std::to_string(row.values) +
                          " values, the header has " + std::to_string(header.size()) +
                          (row.values > header.size() ? "; the extra values are lost"
                                                      : "; the missing ones are read as empty"));
}

// The CSV-only checks; false when the file must not be read.
bool checkCsv(std::string_view text, const std::string& file, const std::string& layer,
              Diagnostics& diagnostics) {
  const CsvShape shape = CsvScanner(text).scan();
  if (shape.longRecord != 0) {
    diagnostics.error(file, layer, "", "",
                      "the row at line " + std::to_string(shape.longRecord) + " is longer than " +
                          std::to_string(kMaxCsvLineBytes) +
                          " bytes, the loader's limit for a CSV row; the layer is not read");
    return false;
  }
  checkCsvShape(shape, file, layer, diagnostics);
  // GDAL's CSV reader accepts a file cut short inside a quoted field without complaint.
  if (shape.unclosed)
    diagnostics.error(file, layer, "", "",
                      "a quoted field is never closed: the file is truncated or malformed; the last row "
                      "may be incomplete");
  else if (!text.empty() && text.back() != '\n')
    diagnostics.warning(file, layer, "", "", "the file does not end with a line break; it may be truncated");
  return true;
}

}  // namespace

namespace {

// A whole file's bytes in one buffer, read with read(2): no zero-filling first (std::string's
// resize wrote all 90 MB of a large events.csv before reading them), and on huge pages where
// the kernel allows (some 45 page faults instead of 22,000). Never a mapping of the file
// itself: one shortened while it is read would end the program with SIGBUS.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() {
    if (m_data != nullptr) ::munmap(m_data, m_capacity);
  }

  // Empty on success, else why not (strerror).
  std::string read(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::strerror(errno);
    std::string problem;
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
      problem = std::strerror(errno);
    } else if (status.st_size > 0) {
      m_capacity = static_cast<std::size_t>(status.st_size);
      void* data = ::mmap(nullptr, m_capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (data == MAP_FAILED) {
        problem = std::strerror(errno);
      } else {
        m_data = static_cast<char*>(data);
        (void)::madvise(m_data, m_capacity, MADV_HUGEPAGE);
        problem = readAll(fd);
      }
    }
    ::close(fd);
    return problem;
  }
  [[nodiscard]] std::string_view view() const { return {m_data, m_size}; }

 private:
  // Up to the size found by fstat; a file that shrank meanwhile gives what it still has.
  std::string readAll(int fd) {
    while (m_size < m_capacity) {
      const ssize_t got = ::read(fd, m_data + m_size, m_capacity - m_size);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return std::strerror(errno);
      if (got == 0) break;
      m_size += static_cast<std::size_t>(got);
    }
    return {};
  }

  char* m_data = nullptr;
  std::size_t m_capacity = 0;
  std::size_t m_size = 0;
};

}  // namespace

bool checkTextFile(const std::filesystem::path& file, const std::string& layer, bool csv,
                   Diagnostics& diagnostics) {
  const std::string name = file.string();
  FileBytes bytes;
  if (const std::string problem = bytes.read(file); !problem.empty()) {
    diagnostics.error(name, layer, "", "", "cannot be read: " + problem);
    return false;
  }
  const std::string_view content = bytes.view();
  if (content.empty()) {
    diagnostics.error(name, layer, "", "", "the file is empty (0 bytes); the layer is not read");
    return false;
  }
  if (const auto encoding = wideEncoding(content)) {
    diagnostics.error(name, layer, "", "",
                      "the file is " + *encoding + ", convert it to UTF-8; the layer is not read");
    return false;
  }
  std::string_view text = content;
  if (text.starts_with("\xEF\xBB\xBF")) {
    diagnostics.warning(name, layer, "", "",
                        "the file starts with a UTF-8 byte-order mark, which is ignored");
    text.remove_prefix(3);
  }
  // Positions count from the file's first byte, the byte-order mark included.
  checkNulBytes(content, name, layer, diagnostics);
  if (const auto problem = findInvalidUtf8(content))
    diagnostics.error(name, layer, "", "", describeUtf8Problem(*problem));
  return !csv || checkCsv(text, name, layer, diagnostics);
}

}  // namespace okhotsk::loader
