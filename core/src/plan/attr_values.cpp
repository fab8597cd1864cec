#include "plan/attr_values.hpp"

#include "plan/text_util.hpp"

#include <charconv>
#include <cmath>

namespace planforge::detail::loader {

namespace {

bool is_plain_decimal(std::string_view s, bool whole) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  const std::size_t digits_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == digits_start) return false;
  if (i == s.size()) return true;
  if (whole || s[i] != '.') return false;
  const std::size_t fraction = ++i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i == s.size() && i > fraction;
}

}  // namespace

std::optional<double> parse_plain_number(std::string_view text) {
  const std::string_view v = trim(text);
  double value = 0;
  if (!is_plain_decimal(v, false) ||
      std::from_chars(v.data(), v.data() + v.size(), value).ec != std::errc() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<long> parse_plain_integer(std::string_view text) {
  const std::string_view v = trim(text);
  long value = 0;
  if (!is_plain_decimal(v, true) || std::from_chars(v.data(), v.data() + v.size(), value).ec != std::errc())
    return std::nullopt;
  return value;
}

std::optional<bool> parse_boolean(std::string_view text) {
  const std::string_view v = trim(text);
  if (v == "true") return true;
  if (v == "false") return false;
  return std::nullopt;
}

std::vector<std::string_view> split_ids(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_xml_space(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_xml_space(text[i])) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

}  // namespace planforge::detail::loader
