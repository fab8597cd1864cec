// Entity references. pugixml decodes the five predefined entities and character references
// and leaves anything else as written, without a word; the reader deserves an error.
#include "plan/convert.hpp"
#include "plan/text_util.hpp"
#include "plan/xml_file.hpp"

#include <cctype>
#include <cstdio>

namespace planforge::detail::loader {

namespace {

bool is_predefined(std::string_view name) {
  return name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot";
}

// HTML entities plan authors reach for, with the character reference that works instead.
struct HtmlEntity {
  std::string_view name;
  unsigned code;
};
constexpr HtmlEntity html_entities[] = {
    {"nbsp", 160},   {"ndash", 8211}, {"mdash", 8212}, {"hellip", 8230}, {"copy", 169},
    {"reg", 174},    {"trade", 8482}, {"euro", 8364},  {"pound", 163},   {"yen", 165},
    {"lsquo", 8216}, {"rsquo", 8217}, {"ldquo", 8220}, {"rdquo", 8221},  {"laquo", 171},
    {"raquo", 187},  {"bull", 8226},  {"middot", 183}, {"deg", 176},     {"times", 215},
    {"plusmn", 177}, {"le", 8804},    {"ge", 8805},    {"rarr", 8594},   {"larr", 8592},
    {"sect", 167},   {"para", 182},   {"shy", 173},    {"thinsp", 8201}, {"check", 10003},
};

std::vector<std::string> entity_hints(std::string_view name) {
  for (const HtmlEntity& e : html_entities) {
    if (e.name == name) {
      char ref[16];
      std::snprintf(ref, sizeof ref, "&#%u;", e.code);
      return {std::string("XML knows only &lt; &gt; &amp; &apos; &quot;: write the character "
                          "itself or ") + ref};
    }
  }
  return {"XML knows only &lt; &gt; &amp; &apos; &quot;; write &amp; for a literal '&'"};
}

bool valid_char_ref(std::string_view body) {  // body: what follows "&#", without ';'
  if (body.empty()) return false;
  const bool hex = body[0] == 'x';
  std::string_view digits = hex ? body.substr(1) : body;
  if (digits.empty() || digits.size() > 8) return false;
  unsigned long code = 0;
  for (char c : digits) {
    if (hex ? !std::isxdigit(static_cast<unsigned char>(c)) : !std::isdigit(static_cast<unsigned char>(c)))
      return false;
    code = code * (hex ? 16 : 10) +
           static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(c))
                                          ? c - '0'
                                          : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
  }
  const bool allowed = code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                       (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
  return allowed;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}

std::size_t utf8_length(unsigned long code) {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

void check_reference(XmlFile& file, std::size_t amp, Diagnostics& diags) {
  const std::string_view s = *file.buffer;
  std::size_t j = amp + 1;
  const bool numeric = j < s.size() && s[j] == '#';
  if (numeric) ++j;
  const std::size_t name_start = j;
  while (j < s.size() && is_name_char(s[j])) ++j;
  // A bare '&' ("R&D") is accepted as written, as pugixml does.
  if (j >= s.size() || s[j] != ';' || j == name_start) return;
  const std::string_view name = s.substr(name_start, j - name_start);
  const std::string written(s.substr(amp, j + 1 - amp));
  if (numeric) {
    if (!valid_char_ref(name)) diags.error(file.at(amp), "invalid character reference '" + written + "'");
  } else if (!is_predefined(name)) {
    diags.error(file.at(amp), "undefined entity '" + written + "'", entity_hints(name));
  }
}

}  // namespace

void check_entities(XmlFile& file, Diagnostics& diags) {
  // Runs before pugixml rewrites the bytes. Most files have few '&': jump from one to the
  // next, classifying the markup in between only as far as needed.
  const std::string_view s = *file.buffer;
  std::size_t amp = s.find('&');
  std::size_t classified = 0;  // every comment, CDATA, PI and DOCTYPE before this is known
  while (amp != std::string_view::npos) {
    for (std::size_t lt = s.find('<', classified); lt != std::string_view::npos && lt < amp;
         lt = s.find('<', classified))
      classified = skipped_region_end(s, lt);
    if (classified > amp) {  // the '&' is inside a comment, CDATA section, PI or DOCTYPE
      amp = s.find('&', classified);
      continue;
    }
    check_reference(file, amp, diags);
    amp = s.find('&', amp + 1);
  }
}

std::size_t original_offset(XmlFile& file, std::size_t start, std::size_t index, bool entities) {
  const std::string_view s = file.pristine();
  std::size_t o = start, d = 0;
  while (d < index && o < s.size()) {
    if (s[o] == '\r') {
      o += (o + 1 < s.size() && s[o + 1] == '\n') ? 2 : 1;
      d += 1;
      continue;
    }
    if (entities && s[o] == '&') {
      const std::size_t semi = s.find(';', o);
      if (semi != std::string_view::npos && semi - o <= 12) {
        const std::string_view body = s.substr(o + 1, semi - o - 1);
        if (is_predefined(body)) {
          o = semi + 1;
          d += 1;
          continue;
        }
        if (body.size() > 1 && body[0] == '#' && valid_char_ref(body.substr(1))) {
          const bool hex = body[1] == 'x';
          const unsigned long code = std::stoul(std::string(body.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10);
          o = semi + 1;
          d += utf8_length(code);
          continue;
        }
      }
    }
    ++o;
    ++d;
  }
  return o;
}

}  // namespace planforge::detail::loader
