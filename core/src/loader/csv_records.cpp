// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/csv_records.h"

#include "loader/text_check.h"

#include <algorithm>
#include <cstring>

namespace okhotsk::loader {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{4} << 20U;

std::size_t countQuotes(std::string_view text) {
  std::size_t count = 0;
  const char* at = text.data();
  const char* const end = text.data() + text.size();
  while (at < end) {
    const void* found = std::memchr(at, '"', static_cast<std::size_t>(end - at));
    if (found == nullptr) break;
    ++count;
    at = static_cast<const char*>(found) + 1;
  }
  return count;
}

}  // namespace

CsvRecordReader::CsvRecordReader(const std::filesystem::path& file, std::uintmax_t from, std::uintmax_t to)
    : m_stream(std::fopen(file.c_str(), "rb"), &std::fclose), m_position(from), m_end(to) {
  if (!m_stream || std::fseek(m_stream.get(), static_cast<long>(from), SEEK_SET) != 0) m_refused = true;
}

// More bytes into the buffer, up to the range's end; false at its end.
bool CsvRecordReader::fill() {
  if (m_eof) return false;
  if (m_start > 0) {
    m_buffer.erase(0, m_start);
    m_start = 0;
  }
  const std::uintmax_t buffered = m_position + m_buffer.size();
  const std::size_t want = static_cast<std::size_t>(
      std::min<std::uintmax_t>(kChunkBytes, m_end > buffered ? m_end - buffered : 0));
  if (want == 0) {
    m_eof = true;
    return false;
  }
  const std::size_t old = m_buffer.size();
  m_buffer.resize(old + want);
  const std::size_t got = std::fread(m_buffer.data() + old, 1, want, m_stream.get());
  m_buffer.resize(old + got);
  if (got == 0) m_eof = true;
  return got > 0;
}

// The next line without its line end (LF or CRLF); false at the end of the range.
bool CsvRecordReader::readLine(std::string_view& line) {
  std::size_t lineFeed = std::string::npos;
  std::size_t searched = m_start;
  while (true) {
    lineFeed = m_buffer.find('\n', searched);
    if (lineFeed != std::string::npos) break;
    if (m_buffer.size() - m_start > kMaxCsvLineBytes) {
      m_refused = true;
      return false;
    }
    searched = m_buffer.size();
    const std::size_t before = m_start;
    if (!fill()) break;
    searched -= before - m_start;  // fill() moved the buffer's start to 0
  }
  const std::size_t end = lineFeed == std::string::npos ? m_buffer.size() : lineFeed;
  if (end == m_start && lineFeed == std::string::npos) return false;  // nothing left
  line = std::string_view(m_buffer).substr(m_start, end - m_start);
  const std::size_t consumed = (lineFeed == std::string::npos ? end : end + 1) - m_start;
  m_position += consumed;
  m_start += consumed;
  // A carriage return ends a line only before a line feed (CRLF); GDAL ends lines at one alone.
  if (lineFeed != std::string::npos && !line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find('\r') != std::string_view::npos || line.find('\0') != std::string_view::npos ||
      line.size() > kMaxCsvLineBytes) {
    m_refused = true;
    return false;
  }
  return true;
}

CsvRecordReader::Result CsvRecordReader::next(std::vector<std::string>& values) {
  if (m_refused) return Result::Refused;
  if (m_position >= m_end) return Result::End;
  const bool fileStart = m_position == 0;
  std::string_view line;
  if (!readLine(line)) return m_refused ? Result::Refused : Result::End;
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (fileStart && line.starts_with(kByteOrderMark)) line.remove_prefix(kByteOrderMark.size());  // as GDAL
  if (line.empty() || line.starts_with(kByteOrderMark)) {
    // A blank line: GDAL skips it, and would number the rows otherwise. A byte-order mark
    // where a record starts: GDAL may skip it there too.
    m_refused = true;
    return Result::Refused;
  }
  std::size_t quotes = countQuotes(line);
  if (quotes % 2 == 0) {
    split(line, values);
    return Result::Record;
  }
  m_record.assign(line);
  while (quotes % 2 == 1) {
    // The line's view dies with the next read; the record is kept whole in m_record.
    if (!readLine(line)) {
      if (m_refused) return Result::Refused;
      break;  // an unclosed quote at the end: GDAL takes what there is
    }
    m_record += '\n';
    m_record += line;
    quotes += countQuotes(line);
  }
  split(m_record, values);
  return Result::Record;
}

// GDAL 3.6's CSVSplitLine with a comma, quotes honoured and not kept, taking the bytes between
// quotes and commas in runs: a quote toggles quoting, a doubled quote inside quotes is one quote,
// a comma outside quotes ends a value, and a record whose last byte is a comma (even inside an
// unclosed quote, as GDAL checks it) has one more, empty, value.
void CsvRecordReader::split(std::string_view record, std::vector<std::string>& values) {
  std::size_t count = 0;
  std::size_t at = 0;
  const std::size_t size = record.size();
  while (at < size) {
    if (count == values.size()) values.emplace_back();
    std::string& value = values[count++];
    value.clear();
    bool quoted = false;
    while (at < size) {
      if (quoted) {
        const std::size_t quote = record.find('"', at);
        if (quote == std::string_view::npos) {
          value.append(record.substr(at));
          at = size;
          break;
        }
        value.append(record.substr(at, quote - at));
        at = quote + 1;
        if (at < size && record[at] == '"') {
          value += '"';  // a doubled quote inside quotes: one quote
          ++at;
        } else {
          quoted = false;
        }
        continue;
      }
      std::size_t stop = at;
      while (stop < size && record[stop] != ',' && record[stop] != '"') ++stop;
      value.append(record.substr(at, stop - at));
      at = stop;
      if (at == size) break;
      ++at;
      if (record[stop] == ',') break;
      quoted = true;
    }
    if (at >= size && record[size - 1] == ',') {
      if (count == values.size()) values.emplace_back();
      values[count++].clear();
    }
  }
  values.resize(count);
}

}  // namespace okhotsk::loader
