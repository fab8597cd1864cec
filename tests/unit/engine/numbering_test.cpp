#include "engine/numbering.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using planforge::detail::HeadingNumberer;

namespace {
std::string numbered(HeadingNumberer& n, int level, bool appendix = false, std::string label = {},
                     bool in_toc = true) {
  Heading h;
  h.level = level;
  h.label = std::move(label);
  h.in_toc = in_toc;
  n.number(h, appendix);
  return h.label;
}
}  // namespace

TEST_CASE("body headings are numbered 1, 1.1, 1.1.1 and deeper counters restart") {
  HeadingNumberer n;
  CHECK(numbered(n, 1) == "1");
  CHECK(numbered(n, 2) == "1.1");
  CHECK(numbered(n, 3) == "1.1.1");
  CHECK(numbered(n, 3) == "1.1.2");
  CHECK(numbered(n, 2) == "1.2");
  CHECK(numbered(n, 3) == "1.2.1");
  CHECK(numbered(n, 1) == "2");
  CHECK(numbered(n, 2) == "2.1");
}

TEST_CASE("appendices are lettered after the body and count their subsections") {
  HeadingNumberer n;
  CHECK(numbered(n, 1) == "1");
  CHECK(numbered(n, 1) == "2");
  CHECK(numbered(n, 1, true) == "A");
  CHECK(numbered(n, 2, true) == "A.1");
  CHECK(numbered(n, 2, true) == "A.2");
  CHECK(numbered(n, 1, true) == "B");
  CHECK(numbered(n, 2, true) == "B.1");
}

TEST_CASE("a label overrides the number, does not advance the count, and prefixes its subsections") {
  HeadingNumberer n;
  CHECK(numbered(n, 1) == "1");
  CHECK(numbered(n, 1, false, "4a") == "4a");
  CHECK(numbered(n, 2) == "4a.1");
  CHECK(numbered(n, 1) == "2");
}

TEST_CASE("headings kept out of the contents are not numbered") {
  HeadingNumberer n;
  CHECK(numbered(n, 1) == "1");
  CHECK(numbered(n, 2, false, {}, false) == "");
  CHECK(numbered(n, 2) == "1.1");
}

TEST_CASE("levels deeper than the layout styles keep their full number") {
  HeadingNumberer n;
  for (int level = 1; level <= 5; ++level) numbered(n, level);
  Heading deep;
  deep.level = 6;
  n.number(deep, false);
  CHECK(deep.label == "1.1.1.1.1.1");
  CHECK(deep.level == detail::max_heading_level);
}

TEST_CASE("appendix letters continue past Z") {
  CHECK(detail::appendix_letter(1) == "A");
  CHECK(detail::appendix_letter(26) == "Z");
  CHECK(detail::appendix_letter(27) == "AA");
  CHECK(detail::appendix_letter(28) == "AB");
  CHECK(detail::appendix_letter(52) == "AZ");
  CHECK(detail::appendix_letter(53) == "BA");
}
