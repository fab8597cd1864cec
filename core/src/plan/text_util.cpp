#include "plan/text_util.hpp"

#include <cctype>

namespace planforge::detail::loader {

bool is_blank(std::string_view s) {
  for (char c : s)
    if (!is_xml_space(c)) return false;
  return true;
}

void append_collapsed(std::string& out, std::string_view s, bool& pending_space) {
  for (char c : s) {
    if (is_xml_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  append_collapsed(out, s, pending);
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_var_name(std::string_view s) {
  if (s.empty()) return false;
  const auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; };
  if (!alpha(s[0])) return false;
  for (char c : s)
    if (!alpha(c) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '.') return false;
  return true;
}

std::string thousands(std::uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace planforge::detail::loader
