#include "input/xml_entities.hpp"

#include <cctype>
#include <cstdio>

namespace planforge::detail {

bool is_predefined_entity(std::string_view name) {
  return name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot";
}

// The code point of a character reference's body (what follows "&#": "x41", "65"); 0 when
// it is malformed or too long to be one.
unsigned long char_ref_value(std::string_view body) {
  if (body.empty()) return 0;
  const bool hex = body[0] == 'x';
  const std::string_view digits = hex ? body.substr(1) : body;
  if (digits.empty() || digits.size() > 8) return 0;
  unsigned long code = 0;
  for (char c : digits) {
    const auto u = static_cast<unsigned char>(c);
    if (hex ? !std::isxdigit(u) : !std::isdigit(u)) return 0;
    code = code * (hex ? 16 : 10) +
           static_cast<unsigned long>(std::isdigit(u) ? c - '0' : std::tolower(u) - 'a' + 10);
  }
  return code;
}

bool valid_char_ref(std::string_view body) {  // body: what follows "&#", without ';'
  const unsigned long code = char_ref_value(body);
  return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

std::size_t utf8_length(unsigned long code) {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
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
      if (s[i] == '[')
        ++depth;
      else if (s[i] == ']')
        --depth;
      else if (s[i] == '>' && depth <= 0)
        return i + 1;
    }
    return s.size();
  }
  return lt + 1;
}

namespace {

// HTML entities plan authors reach for, with the character reference that works instead.
struct HtmlEntity {
  std::string_view name;
  unsigned code;
};
constexpr HtmlEntity html_entities[] = {
    {"nbsp", 160},   {"ndash", 8211}, {"mdash", 8212}, {"hellip", 8230}, {"copy", 169},    {"reg", 174},
    {"trade", 8482}, {"euro", 8364},  {"pound", 163},  {"yen", 165},     {"lsquo", 8216},  {"rsquo", 8217},
    {"ldquo", 8220}, {"rdquo", 8221}, {"laquo", 171},  {"raquo", 187},   {"bull", 8226},   {"middot", 183},
    {"deg", 176},    {"times", 215},  {"plusmn", 177}, {"le", 8804},     {"ge", 8805},     {"rarr", 8594},
    {"larr", 8592},  {"sect", 167},   {"para", 182},   {"shy", 173},     {"thinsp", 8201}, {"check", 10003},
};

std::vector<std::string> entity_hints(std::string_view name) {
  for (const HtmlEntity& e : html_entities) {
    if (e.name == name) {
      char ref[16];
      std::snprintf(ref, sizeof ref, "&#%u;", e.code);
      return {std::string("XML knows only &lt; &gt; &amp; &apos; &quot;: write the character "
                          "itself or ") +
              ref};
    }
  }
  return {"XML knows only &lt; &gt; &amp; &apos; &quot;; write &amp; for a literal '&'"};
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}

bool is_html_entity(std::string_view name) {
  for (const HtmlEntity& e : html_entities)
    if (e.name == name) return true;
  return false;
}

// pugixml leaves "&amp" without its ';' as written, and the PDF would show "&amp". A bare
// '&' ("R&D", "AT&T") is accepted as written, as pugixml does; but '&' followed by what is
// plainly a reference with its ';' forgotten is an error.
void report_unterminated(std::string_view s, std::size_t amp, bool numeric, std::vector<EntityProblem>& out) {
  std::size_t j = amp + (numeric ? 2 : 1);
  const std::size_t start = j;
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  while (j < s.size() && alnum(s[j])) ++j;
  const std::string_view name = s.substr(start, j - start);
  if (name.empty()) return;
  const std::string written(s.substr(amp, j - amp));
  if (numeric) {
    if (valid_char_ref(name))
      out.push_back({amp,
                     EntityProblem::Kind::unterminated,
                     "character reference '" + written + "' is not terminated: missing ';'",
                     {"write " + written + ";"}});
  } else if (is_predefined_entity(name) || is_html_entity(name)) {
    out.push_back({amp, EntityProblem::Kind::unterminated,
                   "entity reference '" + written + "' is not terminated: missing ';'",
                   is_predefined_entity(name)
                       ? std::vector<std::string>{"write " + written + "; for the character, or &amp;" +
                                                  written.substr(1) + " for the text '" + written + "'"}
                       : entity_hints(name)});
  }
}

void check_reference(std::string_view s, std::size_t amp, std::vector<EntityProblem>& out) {
  std::size_t j = amp + 1;
  const bool numeric = j < s.size() && s[j] == '#';
  if (numeric) ++j;
  const std::size_t name_start = j;
  while (j < s.size() && is_name_char(s[j])) ++j;
  if (j >= s.size() || s[j] != ';' || j == name_start) {
    report_unterminated(s, amp, numeric, out);
    return;
  }
  const std::string_view name = s.substr(name_start, j - name_start);
  const std::string written(s.substr(amp, j + 1 - amp));
  if (numeric) {
    if (!valid_char_ref(name))
      out.push_back({amp, EntityProblem::Kind::invalid, "invalid character reference '" + written + "'", {}});
  } else if (!is_predefined_entity(name)) {
    out.push_back(
        {amp, EntityProblem::Kind::undefined, "undefined entity '" + written + "'", entity_hints(name)});
  }
}

}  // namespace

std::vector<EntityProblem> find_entity_problems(std::string_view s) {
  // Most files have few '&': jump from one to the next, classifying the markup in between
  // only as far as needed.
  std::vector<EntityProblem> out;
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
    check_reference(s, amp, out);
    amp = s.find('&', amp + 1);
  }
  return out;
}

}  // namespace planforge::detail
