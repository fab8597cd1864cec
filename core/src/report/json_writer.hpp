#pragma once
// A small streaming JSON writer for planforge's machine output (findings, SARIF, diffs):
// two-space indentation, members in the order written, strings always valid UTF-8 (bytes
// that are not become U+FFFD, since messages quote whatever the user wrote).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

// Appends `s` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The name of the next member (inside an object only).
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::uint32_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();

  // key(name).value(v) in one call.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    return key(name).value(v);
  }
  // An array of strings.
  JsonWriter& strings(std::string_view name, const std::vector<std::string>& items);

  // The document, with a final newline; the writer is empty afterwards.
  std::string take();

 private:
  void before_value();
  JsonWriter& close(char bracket);
  void newline();

  std::string out_;
  struct Level {
    bool array = false;
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace planforge::detail
