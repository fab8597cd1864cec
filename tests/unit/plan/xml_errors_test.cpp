// Reading and parsing: every way a file can fail before its content is looked at.
#include "plan_test_util.hpp"

using plantest::Loaded;
using plantest::TempDir;

using One = plantest::OnePlan;

TEST_CASE("malformed XML: a closing tag that does not match names the open element") {
  One t("<plan format=\"1\">\n<meta><title>T</title>\n</plan>\n");
  CHECK(t.l.plan == nullptr);
  CHECK(t.lines() ==
        std::vector<std::string>{
            "3:1: error: malformed XML: closing tag </plan> does not match <meta> opened at 2:1"});
}

TEST_CASE("malformed XML: an element left open at the end of the file is reported where it opens") {
  One t("<plan format=\"1\">\n  <meta>\n");
  CHECK(t.lines() == std::vector<std::string>{"2:3: error: malformed XML: element <meta> is not closed"});
  CHECK(t.l.hints_of("not closed") == std::vector<std::string>{"add </meta> where it ends"});
}

TEST_CASE("malformed XML: a closing tag without a start tag") {
  One t("<plan format=\"1\"></plan></meta>");
  // pugixml reports this as a mismatch; the root is closed, so nothing is open.
  CHECK(t.lines() == std::vector<std::string>{
                         "1:25: error: malformed XML: closing tag </meta> has no matching start tag"});
}

TEST_CASE("malformed XML: attribute mistakes get specific messages") {
  // A plan with one mistake in an attribute, and the one line it must get.
  const std::pair<const char*, const char*> mistakes[] = {
      {"<plan format=1></plan>", "1:14: error: malformed XML: attribute value must be in quotes"},
      {"<plan format=\"1></plan>", "1:14: error: malformed XML: attribute value is not closed: missing \""},
      {"<plan format=\"1\"id=\"x\"></plan>", "1:17: error: malformed XML: missing space between attributes"},
      {"<plan format=\"1\" draft></plan>", "1:18: error: malformed XML: attribute 'draft' has no value"},
  };
  for (const auto& [xml, line] : mistakes) {
    INFO(xml);
    CHECK(One(xml).lines() == std::vector<std::string>{line});
  }
}

TEST_CASE("malformed XML: a literal '<' in text, columns counted in code points") {
  // "Ä" is two bytes but one column.
  One t("<plan format=\"1\">\n<meta><title>Ä a < b</title></meta></plan>");
  CHECK(t.lines() == std::vector<std::string>{"2:18: error: malformed XML: '<' does not start a valid tag"});
  CHECK(t.l.hints_of("valid tag") == std::vector<std::string>{"write &lt; for a literal '<'"});
}

TEST_CASE("malformed XML: an unclosed comment is reported where it starts") {
  One t("<plan format=\"1\">\n  <!-- draft\n</plan>");
  CHECK(t.lines() ==
        std::vector<std::string>{"2:3: error: malformed XML: comment is not closed: missing '-->'"});
}

TEST_CASE("a missing plan file is an error on the file, without a line") {
  TempDir dir;
  const auto p = dir.path() / "nope.xml";
  const Loaded l = plantest::load(p);
  CHECK(l.plan == nullptr);
  CHECK(l.lines() == std::vector<std::string>{p.generic_string() + ": error: file not found"});
}

TEST_CASE("a directory given as the plan") {
  TempDir dir;
  const Loaded l = plantest::load(dir.path());
  CHECK(l.lines() ==
        std::vector<std::string>{dir.path().generic_string() + ": error: is a directory, not a file"});
}

TEST_CASE("a file over 64 MiB is refused before it is read") {
  TempDir dir;
  const auto p = dir.write("huge.xml", "<plan format=\"1\">");
  std::filesystem::resize_file(p, 65ull * 1024 * 1024);  // sparse: costs no disk
  const Loaded l = plantest::load(p);
  CHECK(l.plan == nullptr);
  CHECK(l.lines() ==
        std::vector<std::string>{p.generic_string() +
                                 ": error: file is too large (65.0 MiB); the limit is 64.0 MiB"});
}

TEST_CASE("an empty file") {
  One t("");
  CHECK(t.lines() == std::vector<std::string>{" error: file is empty"});
}

TEST_CASE("invalid UTF-8 is reported at the bad byte, counting the others") {
  One t("<plan format=\"1\">\n<meta><title>Äb\xE9 caf\xE9</title></meta>\n<section type=\"text\"/></plan>");
  CHECK(t.lines() == std::vector<std::string>{
                         "2:16: error: invalid UTF-8: byte 0xE9 (and 1 more invalid bytes in this file)"});
  CHECK(
      t.l.hints_of("invalid UTF-8") ==
      std::vector<std::string>{"save the file as UTF-8 (this byte looks like Latin-1 or Windows-1252 text)"});
  // The load goes on with the bytes replaced, so later mistakes are found too.
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->meta.title == "Äb? caf?");
}

TEST_CASE("overlong UTF-8 and surrogates are invalid too") {
  One t(
      "<plan format=\"1\"><meta><title>\xC0\xAF \xED\xA0\x80</title></meta><section type=\"text\"/></plan>");
  CHECK(t.lines() == std::vector<std::string>{
                         "1:31: error: invalid UTF-8: byte 0xC0 (and 4 more invalid bytes in this file)"});
}

TEST_CASE("control characters are not allowed") {
  One t(
      "<plan format=\"1\"><meta><title>a\x01"
      "b</title></meta><section type=\"text\"/></plan>");
  CHECK(t.lines() == std::vector<std::string>{"1:32: error: control character U+0001 is not allowed in XML"});
}

TEST_CASE("UTF-16 files are refused with a reason") {
  One t(std::string("\xFF\xFE<\0p\0", 6));
  CHECK(t.lines() ==
        std::vector<std::string>{" error: file is encoded as UTF-16; planforge reads UTF-8 only"});
}

TEST_CASE("UTF-16 and UTF-32 without a byte order mark are recognised by their '<'") {
  One be(std::string("\0<\0p\0l", 6));
  CHECK(be.l.lines() ==
        std::vector<std::string>{be.f + ": error: file is encoded as UTF-16; planforge reads UTF-8 only"});
  One le(std::string("<\0p\0", 4));
  CHECK(le.l.lines() ==
        std::vector<std::string>{le.f + ": error: file is encoded as UTF-16; planforge reads UTF-8 only"});
  One wide(std::string("<\0\0\0p\0\0\0", 8));
  CHECK(wide.l.lines() ==
        std::vector<std::string>{wide.f + ": error: file is encoded as UTF-32; planforge reads UTF-8 only"});
}

TEST_CASE("a file starting with a NUL byte is not called UTF-16") {
  One t(std::string(1, '\0') + plantest::plan_with(""));
  CHECK(t.l.has(t.f + ":1:1: error: control character U+0000 is not allowed in XML"));
  for (const auto& line : t.l.lines()) CHECK(line.find("UTF-16") == std::string::npos);
}

TEST_CASE("an encoding declaration other than UTF-8") {
  One t("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + plantest::plan_with(""));
  CHECK(t.l.has(t.f + ":1:21: error: encoding 'ISO-8859-1' is not supported; plans are UTF-8"));
}

TEST_CASE("the root element must be <plan>") {
  One t("<?xml version=\"1.0\"?>\n<plna format=\"1\"/>");
  CHECK(t.l.plan == nullptr);
  CHECK(t.lines() ==
        std::vector<std::string>{"2:1: error: the root element is <plna>; a plan file starts with <plan>"});
}

TEST_CASE("format: missing is an error but the load goes on — another version stops it") {
  SUBCASE("missing") {
    One t("<plan id=\"x\">\n<meta><title>T</title></meta>\n<section type=\"text\"/>\n</plan>");
    CHECK(t.lines() == std::vector<std::string>{"1:1: error: <plan> is missing attribute 'format'"});
    REQUIRE(t.l.plan != nullptr);
    CHECK(t.l.plan->sections.size() == 1);
  }
  SUBCASE("unsupported") {
    One t("<plan id=\"x\" format=\"2\"><meta><title>T</title></meta></plan>");
    CHECK(t.l.plan == nullptr);
    CHECK(t.lines() == std::vector<std::string>{
                           "1:14: error: unsupported plan format '2'; this planforge reads format 1"});
  }
}

TEST_CASE("a DOCTYPE is ignored with a warning, and its entities stay undefined") {
  One t("<?xml version=\"1.0\"?>\n<!DOCTYPE plan [ <!ENTITY co \"Acme\"> ]>\n" +
        plantest::plan_with("<section type=\"text\"><p>&co;</p></section>"));
  CHECK(t.lines() == std::vector<std::string>{"2:1: warning: DOCTYPE ignored: planforge does not "
                                              "read DTDs, so entities declared there are not defined",
                                              "5:25: error: undefined entity '&co;'"});
}

TEST_CASE("duplicate attributes: an error at the second, a note at the first, the first kept") {
  One t(plantest::plan_with("<section type=\"text\" title=\"One\" id=\"s\" title=\"Two\"/>"));
  CHECK(t.lines() == std::vector<std::string>{"3:22: note: 'title' first given here",
                                              "3:41: error: duplicate attribute 'title'"});
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->sections.at(0).title == "One");
}

TEST_CASE("undefined entities in text and attributes, with a hint for HTML names") {
  One t(plantest::plan_with(
      "<section type=\"text\" title=\"A &foo; B\">\n<p>x&nbsp;y &amp;bar; &#xZZ;</p>\n</section>"));
  CHECK(t.lines() == std::vector<std::string>{"3:31: error: undefined entity '&foo;'",
                                              "4:5: error: undefined entity '&nbsp;'",
                                              "4:23: error: invalid character reference '&#xZZ;'"});
  CHECK(t.l.hints_of("&nbsp;") ==
        std::vector<std::string>{
            "XML knows only &lt; &gt; &amp; &apos; &quot;: write the character itself or &#160;"});
}

TEST_CASE("text outside the root element and a second root") {
  SUBCASE("before") {
    One t("stray\n" + plantest::plan_with(""));
    CHECK(t.l.has(t.f + ":1:1: error: text before the root element <plan>"));
  }
  SUBCASE("after") {
    One t(plantest::plan_with("") + "oops\n");
    CHECK(t.l.has(t.f + ":5:1: error: text after the end of the root element"));
  }
  SUBCASE("second root") {
    One t(plantest::plan_with("") + "<plan format=\"1\"/>\n");
    CHECK(t.l.has(t.f + ":5:1: error: second root element <plan>; a file has one root"));
  }
}

TEST_CASE("entity-like text in comments, CDATA and processing instructions is not checked") {
  One t(
      "<plan format=\"1\"><!-- &nbsp; --><meta><title>T &amp; <![CDATA[&bogus;]]></title></meta>"
      "<?pi &x; ?><section type=\"text\"/></plan>");
  CHECK_MESSAGE(t.l.lines().empty(), plantest::dump(t.l));
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->meta.title == "T & &bogus;");
}

TEST_CASE("locations in files with CR LF line ends and a byte order mark") {
  SUBCASE("CR LF") {
    One t(
        "<plan format=\"1\">\r\n<meta><title>T</title></meta>\r\n<section type=\"text\" "
        "tilte=\"x\"/>\r\n</plan>\r\n");
    CHECK(t.lines() == std::vector<std::string>{"3:22: error: unknown attribute 'tilte' on <section>"});
  }
  SUBCASE("lone CR") {
    One t(
        "<plan format=\"1\">\r<meta><title>T</title></meta>\r<section type=\"text\" tilte=\"x\"/>\r</plan>");
    CHECK(t.lines() == std::vector<std::string>{"3:22: error: unknown attribute 'tilte' on <section>"});
  }
  SUBCASE("byte order mark") {
    One t(
        "\xEF\xBB\xBF<plan format=\"1\"><meta><title>T</title></meta><section type=\"text\" "
        "tilte=\"x\"/></plan>");
    CHECK(t.lines() == std::vector<std::string>{"1:68: error: unknown attribute 'tilte' on <section>"});
  }
  SUBCASE("multi-byte characters before the column, on a long line") {
    // Columns count code points across the 64-byte blocks the line map uses.
    const std::string pad = "€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€";  // 40 × 3 bytes
    One t("<plan format=\"1\"><meta><title>" + pad +
          "</title></meta><section type=\"text\" tilte=\"x\"/></plan>");
    // 30 columns before the pad, 40 for it, then "</title></meta>" (15) and
    // "<section type=\"text\" " (21).
    CHECK(t.lines() == std::vector<std::string>{"1:107: error: unknown attribute 'tilte' on <section>"});
  }
}
