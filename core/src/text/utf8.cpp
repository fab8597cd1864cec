#include "text/utf8.hpp"

namespace planforge::detail {

namespace {

// Length of a sequence from its lead byte; 0 for a byte that cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const int len = sequence_length(lead);
  if (len == 1) {
    ++pos;
    return lead;
  }
  if (len == 0 || pos + len > s.size()) {
    ++pos;
    return replacement_char;
  }
  char32_t cp = lead & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    const auto c = static_cast<unsigned char>(s[pos + i]);
    if ((c & 0xC0) != 0x80) {
      ++pos;
      return replacement_char;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are malformed too.
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    ++pos;
    return replacement_char;
  }
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) ++pos;  // ASCII: the usual case
  while (pos < s.size()) {
    const std::size_t before = pos;
    const char32_t cp = next_code_point(s, pos);
    // A genuine U+FFFD occupies three bytes; a decoding error advances by one.
    if (cp == replacement_char && pos - before == 1) return false;
  }
  return true;
}

void append_sanitized(std::string& out, std::string_view s) {
  if (is_valid_utf8(s)) {
    out.append(s);
    return;
  }
  std::size_t pos = 0;
  while (pos < s.size()) append_utf8(out, next_code_point(s, pos));
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_sanitized(out, s);
  return out;
}

}  // namespace planforge::detail
