#include "plan/encoding.hpp"
#include "sdk/core_codes.hpp"

#include <cstdio>
#include <cstring>

namespace planforge::detail::loader {

namespace {

std::string hex_byte(unsigned char b) {
  char out[8];
  std::snprintf(out, sizeof out, "0x%02X", b);
  return out;
}

std::string code_point_name(unsigned char c) {
  char out[12];
  std::snprintf(out, sizeof out, "U+%04X", c);
  return out;
}

std::string more(std::size_t count, const char* what) {
  if (count == 0) return {};
  return " (and " + std::to_string(count) + " more " + what + " in this file)";
}

}  // namespace

bool check_encoding(XmlFile& file, Diagnostics& diags) {
  const std::string_view s = *file.buffer;
  if (s.empty()) {
    diags.report(code("file/empty"), file.whole_file(), "file is empty");
    return false;
  }
  // By byte order mark, or by the '<' an XML file starts with, as UTF-16 or UTF-32 spell it.
  // A file merely starting with a NUL byte is not UTF-16: it is reported as the control
  // character it is (sanitize_for_parser).
  const auto starts = [&](std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  const bool utf32 = starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv) ||
                     starts("\x00\x00\x00<"sv) || starts("<\x00\x00\x00"sv);
  const bool utf16 =
      !utf32 &&
      (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv) ||
       (s.size() >= 4 && ((starts("\x00<"sv) && s[2] == '\0') || (starts("<\x00"sv) && s[3] == '\0'))));
  if (utf16 || utf32) {
    diags.report(
        code("file/wrong-encoding"), file.whole_file(),
        std::string("file is encoded as ") + (utf32 ? "UTF-32" : "UTF-16") + "; planforge reads UTF-8 only",
        {"save the file as UTF-8"});
    return false;
  }
  return true;
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t len;
  char32_t cp;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    cp = b & 0x07;
  } else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;  // overlong
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;                            // surrogate
  if (cp > 0x10FFFF) return 0;
  return len;
}

void sanitize_for_parser(XmlFile& file, Diagnostics& diags) {
  std::string& buf = *file.buffer;
  std::size_t bad_utf8 = 0, controls = 0;
  std::size_t first_bad = std::string::npos, first_control = std::string::npos;
  unsigned char bad_byte = 0, control_byte = 0;  // as read, before they are replaced
  const std::size_t n = buf.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII runs dominate; test eight bytes at a time for any high bit or control byte.
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, buf.data() + i, 8);
      const std::uint64_t high = w & 0x8080808080808080ull;
      const std::uint64_t below_space = (w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull;
      if (high == 0 && below_space == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char b = static_cast<unsigned char>(buf[i]);
    if (b < 0x20) {
      if (b != '\t' && b != '\n' && b != '\r') {
        if (controls++ == 0) {
          first_control = i;
          control_byte = b;
        }
        buf[i] = ' ';
      }
      ++i;
    } else if (b < 0x80) {
      ++i;
    } else if (const std::size_t len = utf8_sequence_length(buf, i)) {
      i += len;
    } else {
      if (bad_utf8++ == 0) {
        first_bad = i;
        bad_byte = b;
      }
      buf[i] = '?';
      ++i;
    }
  }
  if (bad_utf8 > 0) {
    const unsigned char b = bad_byte;
    std::vector<std::string> hints{"save the file as UTF-8"};
    if (b >= 0xA0) hints[0] += " (this byte looks like Latin-1 or Windows-1252 text)";
    diags.report(code("file/invalid-utf8"), file.at(first_bad),
                 "invalid UTF-8: byte " + hex_byte(b) + more(bad_utf8 - 1, "invalid bytes"),
                 std::move(hints));
  }
  if (controls > 0) {
    diags.report(code("file/control-character"), file.at(first_control),
                 "control character " + code_point_name(control_byte) + " is not allowed in XML" +
                     more(controls - 1, "control characters"));
  }
}

}  // namespace planforge::detail::loader
