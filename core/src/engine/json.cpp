// Diagnostics as JSON, for `planforge validate --format json` and CI tools.
#include <planforge/engine.hpp>

#include <cstdio>

PLANFORGE_BEGIN_NAMESPACE

namespace {

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when it is not one. Messages quote the
// user's text, which may be anything; JSON must be valid UTF-8 all the same.
std::size_t utf8_length(const std::string& s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;                                    // overlong
  if (n == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;             // overlong
  if (n == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;            // surrogate
  if (n == 4 && ((c == 0xF0 && byte(i + 1) < 0x90) || c > 0xF4 || (c == 0xF4 && byte(i + 1) >= 0x90))) return 0;
  return n;
}

void append_string(std::string& out, const std::string& s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s, i, n);
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buffer;
    } else {
      out += c;
    }
    i += n;
  }
  out += '"';
}

}  // namespace

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  std::string out = "[";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    out += i == 0 ? "\n  {" : ",\n  {";
    out += "\"file\": ";
    append_string(out, d.location.file);
    out += ", \"line\": " + std::to_string(d.location.line);
    out += ", \"column\": " + std::to_string(d.location.column);
    out += ", \"severity\": ";
    append_string(out, to_string(d.severity));
    out += ", \"message\": ";
    append_string(out, d.message);
    out += ", \"hints\": [";
    for (std::size_t h = 0; h < d.hints.size(); ++h) {
      if (h) out += ", ";
      append_string(out, d.hints[h]);
    }
    out += "]}";
  }
  out += diagnostics.empty() ? "]\n" : "\n]\n";
  return out;
}

PLANFORGE_END_NAMESPACE
