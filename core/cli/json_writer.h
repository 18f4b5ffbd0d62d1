#pragma once

/// A small streaming JSON writer for the CLI's stable output (no dependency beyond std).

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk::cli {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : m_out(out) {}
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();
  JsonWriter& stringArray(const std::vector<std::string>& items);
  /// key + value in one call.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  JsonWriter& optionalField(std::string_view name, const std::optional<double>& v) {
    key(name);
    return v ? value(*v) : null();
  }

  [[nodiscard]] static std::string escape(std::string_view text);

 private:
  void separator();
  std::ostream& m_out;
  std::vector<bool> m_first;  // per open container: no element written yet
  bool m_afterKey = false;
};

}  // namespace okhotsk::cli
