#include "json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace okhotsk::cli {

JsonWriter::~JsonWriter() {
  if (m_first.empty()) m_out << '\n';
}

void JsonWriter::separator() {
  if (m_afterKey) {
    m_afterKey = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) m_out << ',';
    m_first.back() = false;
  }
}

JsonWriter& JsonWriter::beginObject() {
  separator();
  m_out << '{';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::endObject() {
  m_out << '}';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::beginArray() {
  separator();
  m_out << '[';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::endArray() {
  m_out << ']';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separator();
  m_out << '"' << escape(name) << "\":";
  m_afterKey = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separator();
  m_out << '"' << escape(text) << '"';
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  separator();
  if (!std::isfinite(number)) {
    m_out << "null";
    return *this;
  }
  std::array<char, 64> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
  m_out.write(buffer.data(), result.ptr - buffer.data());
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  separator();
  m_out << number;
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  separator();
  m_out << (flag ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  separator();
  m_out << "null";
  return *this;
}

JsonWriter& JsonWriter::stringArray(const std::vector<std::string>& items) {
  beginArray();
  for (const std::string& item : items) value(item);
  return endArray();
}

std::string JsonWriter::escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size() + 2);
  for (const char c : text) {
    switch (c) {
      case '"':
        escaped += "\\\"";
        break;
      case '\\':
        escaped += "\\\\";
        break;
      case '\n':
        escaped += "\\n";
        break;
      case '\r':
        escaped += "\\r";
        break;
      case '\t':
        escaped += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          escaped += "\\u00";
          escaped += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
          escaped += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

}  // namespace okhotsk::cli
