// Entity references in a plan file, reported at their place, and the way back from a
// decoded value to the bytes it was decoded from.
#include "plan/convert.hpp"
#include "plan/text_util.hpp"
#include "plan/xml_file.hpp"
#include "sdk/core_codes.hpp"

namespace planforge::detail::loader {

namespace {

const DiagnosticCode& entity_code(EntityProblem::Kind kind) {
  switch (kind) {
    case EntityProblem::Kind::invalid: return code("xml/invalid-character-reference");
    case EntityProblem::Kind::unterminated: return code("xml/unterminated-reference");
    case EntityProblem::Kind::undefined: break;
  }
  return code("xml/undefined-entity");
}

}  // namespace

void check_entities(XmlFile& file, Diagnostics& diags) {
  // Runs before pugixml rewrites the bytes.
  for (EntityProblem& p : find_entity_problems(*file.buffer))
    diags.report(entity_code(p.kind), file.at(p.offset), std::move(p.message), std::move(p.hints));
}

void original_offsets(XmlFile& file, std::size_t start, std::vector<std::size_t>& indexes, bool entities) {
  const std::string_view s = file.pristine();
  std::size_t o = start, d = 0;
  for (std::size_t& index : indexes) {
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
          if (is_predefined_entity(body)) {
            o = semi + 1;
            d += 1;
            continue;
          }
          if (body.size() > 1 && body[0] == '#' && valid_char_ref(body.substr(1))) {
            o = semi + 1;
            d += utf8_length(char_ref_value(body.substr(1)));
            continue;
          }
        }
      }
      ++o;
      ++d;
    }
    index = o;
  }
}

}  // namespace planforge::detail::loader
