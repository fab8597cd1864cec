// pugixml's parse status and offset → a message a plan author understands, at the place the
// mistake is (not where the parser happened to give up).
#include "plan/text_util.hpp"
#include "plan/xml_file.hpp"
#include "sdk/core_codes.hpp"

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string_view name_at(std::string_view s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size() && is_name_char(s[end])) ++end;
  return s.substr(i, end - i);
}

struct OpenTag {
  std::string_view name;
  std::size_t offset;  // of '<'
};

// The elements still open at `stop`. The file parsed cleanly up to there, so a plain scan
// over tags, skipping comments, CDATA, PIs, the DOCTYPE and quoted values, is reliable.
std::vector<OpenTag> open_elements(std::string_view s, std::size_t stop) {
  std::vector<OpenTag> stack;
  std::size_t i = 0;
  auto skip_to = [&](std::string_view end) {
    const std::size_t at = s.find(end, i);
    i = at == std::string_view::npos ? s.size() : at + end.size();
  };
  while (i < stop) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos || lt >= stop) break;
    i = lt;
    if (s.compare(i, 2, "<!") == 0 || s.compare(i, 2, "<?") == 0) {
      i = skipped_region_end(s, i);
      continue;
    }
    if (s.compare(i, 2, "</") == 0) {
      if (!stack.empty()) stack.pop_back();
      skip_to(">");
      continue;
    }
    const std::string_view name = name_at(s, i + 1);
    char quote = 0;
    std::size_t j = i + 1 + name.size();
    for (; j < s.size(); ++j) {
      if (quote) {
        if (s[j] == quote) quote = 0;
      } else if (s[j] == '"' || s[j] == '\'') {
        quote = s[j];
      } else if (s[j] == '>') {
        break;
      }
    }
    if (j >= s.size() || s[j - 1] != '/') stack.push_back({name, i});
    i = j + 1;
  }
  return stack;
}

struct Problem {
  std::size_t offset;
  std::string message;
  std::vector<std::string> hints;
};

Problem mismatch(XmlFile& file, std::size_t offset) {
  const std::string_view s = file.pristine();
  const std::vector<OpenTag> open = open_elements(s, offset >= 2 ? offset - 2 : 0);
  if (offset < 2 || offset >= s.size() || s.compare(offset - 2, 2, "</") != 0) {
    if (open.empty()) return {offset, "unexpected end of file", {}};
    const OpenTag& last = open.back();
    return {last.offset,
            "element <" + std::string(last.name) + "> is not closed",
            {"add </" + std::string(last.name) + "> where it ends"}};
  }
  const std::string closing(name_at(s, offset));
  if (open.empty()) return {offset - 2, "closing tag </" + closing + "> has no matching start tag", {}};
  const OpenTag& last = open.back();
  const Location opened = file.at(last.offset);
  // at() moves the line map's cursor back; that is allowed, only slower.
  return {offset - 2,
          "closing tag </" + closing + "> does not match <" + std::string(last.name) + "> opened at " +
              std::to_string(opened.line) + ":" + std::to_string(opened.column),
          {"close <" + std::string(last.name) + "> first, or correct the tag name"}};
}

Problem bad_attribute(std::string_view s, std::size_t offset) {
  const auto at = [&](std::size_t k) { return k < s.size() ? s[k] : '\0'; };
  std::size_t back = offset;
  while (back > 0 && is_xml_space(s[back - 1])) --back;
  const char before = back > 0 ? s[back - 1] : '\0';
  if ((before == '"' || before == '\'') && back >= 2 && s[back - 2] == '=')
    return {back - 1, "attribute value is not closed: missing " + std::string(1, before), {}};
  if (before == '=') return {offset, "attribute value must be in quotes", {"write name=\"value\""}};
  if ((before == '"' || before == '\'') && is_name_char(at(offset)))
    return {offset, "missing space between attributes", {}};
  if (is_name_char(before) && (at(offset) == '"' || at(offset) == '\''))
    return {offset, "expected '=' between the attribute name and its value", {}};
  // pugixml reads one character past a bare name ("draft>", "draft/") before it gives up.
  std::size_t name_end = back;
  if ((before == '>' || before == '/') && back > 0) {
    name_end = back - 1;
    while (name_end > 0 && is_xml_space(s[name_end - 1])) --name_end;
  }
  if (name_end > 0 && is_name_char(s[name_end - 1]) && !(at(offset) == '"' || at(offset) == '\'')) {
    back = name_end;
    std::size_t start = back;
    while (start > 0 && is_name_char(s[start - 1])) --start;
    return {start,
            "attribute '" + std::string(s.substr(start, back - start)) + "' has no value",
            {"write name=\"value\""}};
  }
  return {offset, "malformed attribute", {"write name=\"value\""}};
}

Problem describe(XmlFile& file, const pugi::xml_parse_result& result) {
  const std::string_view s = file.pristine();
  const auto offset = static_cast<std::size_t>(result.offset);
  const auto back_to = [&](std::string_view start) {
    const std::size_t at = s.rfind(start, offset);
    return at == std::string_view::npos ? offset : at;
  };
  switch (result.status) {
    case pugi::status_unrecognized_tag: {
      const std::size_t lt = offset > 0 && s[offset - 1] == '<' ? offset - 1 : offset;
      return {lt, "'<' does not start a valid tag", {"write &lt; for a literal '<'"}};
    }
    case pugi::status_bad_pi:
      return {back_to("<?"), "malformed XML declaration or processing instruction", {}};
    case pugi::status_bad_comment: return {back_to("<!--"), "comment is not closed: missing '-->'", {}};
    case pugi::status_bad_cdata:
      return {back_to("<![CDATA["), "CDATA section is not closed: missing ']]>'", {}};
    case pugi::status_bad_doctype: return {back_to("<!"), "malformed or misplaced DOCTYPE declaration", {}};
    case pugi::status_bad_pcdata: return {offset, "malformed text", {}};
    case pugi::status_bad_start_element: return {offset, "malformed start tag: expected '>' or '/>'", {}};
    case pugi::status_bad_attribute: return bad_attribute(s, offset);
    case pugi::status_bad_end_element: return {back_to("</"), "malformed closing tag: expected '>'", {}};
    case pugi::status_end_element_mismatch: return mismatch(file, offset);
    case pugi::status_no_document_element:
      return {offset, "the file has no root element", {"a plan file starts with <plan format=\"1\">"}};
    default: return {offset, std::string("cannot parse XML: ") + result.description(), {}};
  }
}

}  // namespace

void report_parse_error(XmlFile& file, const pugi::xml_parse_result& result, Diagnostics& diags) {
  Problem p = describe(file, result);
  diags.report(code("xml/malformed"), file.at(p.offset), "malformed XML: " + p.message, std::move(p.hints));
}

}  // namespace planforge::detail::loader
