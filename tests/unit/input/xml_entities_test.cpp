// The entity scan shared by plans and themes.
#include "input/xml_entities.hpp"

#include <doctest/doctest.h>

using namespace planforge::detail;

namespace {

std::vector<std::string> messages(std::string_view xml) {
  std::vector<std::string> out;
  for (const EntityProblem& p : find_entity_problems(xml))
    out.push_back(std::to_string(p.offset) + " " + p.message);
  return out;
}

}  // namespace

TEST_CASE("undefined, invalid and unterminated references — bare ampersands are text") {
  CHECK(messages("<a>R&D, AT&T &amp; &lt;</a>").empty());
  CHECK(messages("<a>&nbsp;</a>") == std::vector<std::string>{"3 undefined entity '&nbsp;'"});
  CHECK(messages("<a>&#1;</a>") == std::vector<std::string>{"3 invalid character reference '&#1;'"});
  CHECK(messages("<a>&amp</a>") ==
        std::vector<std::string>{"3 entity reference '&amp' is not terminated: missing ';'"});
  CHECK(messages("<a>&ndash x</a>") ==
        std::vector<std::string>{"3 entity reference '&ndash' is not terminated: missing ';'"});
  CHECK(messages("<a>&#x41 x</a>") ==
        std::vector<std::string>{"3 character reference '&#x41' is not terminated: missing ';'"});
  CHECK(messages("<a>&ampersand</a>").empty());  // not a reference anyone forgot to end
  CHECK(messages("<!-- &x; --><![CDATA[&y;]]><?pi &z;?><a/>").empty());
}
