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

std::size_t skipped_region_end(std::string_view s, std::size_t lt) {
  const auto after = [&](std::string_view end) {
    const std::size_t at = s.find(end, lt);
    return at == std::string_view::npos ? s.size() : at + end.size();
  };
  if (s.compare(lt, 4, "<!--") == 0) return after("-->");
  if (s.compare(lt, 9, "<![CDATA[") == 0) return after("]]>");
  if (s.compare(lt, 2, "<?") == 0) return after("?>");
  if (s.compare(lt, 2, "<!") == 0) {
    int depth = 0;  // the DOCTYPE's internal subset may hold '>' inside [ ]
    for (std::size_t i = lt; i < s.size(); ++i) {
      if (s[i] == '[') ++depth;
      else if (s[i] == ']') --depth;
      else if (s[i] == '>' && depth <= 0) return i + 1;
    }
    return s.size();
  }
  return lt + 1;
}

bool is_var_name(std::string_view s) {
  if (s.empty()) return false;
  const auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; };
  if (!alpha(s[0])) return false;
  for (char c : s)
    if (!alpha(c) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '.')
      return false;
  return true;
}

}  // namespace planforge::detail::loader
