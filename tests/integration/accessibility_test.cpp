// Tagged PDF (docs/accessibility.md): the structure tree read back with poppler, as a
// screen reader would walk it. The Matterhorn checks on every plan are the Python test
// tests/accessibility/matterhorn.py.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

std::string struct_text(const pf::fs::path& pdf) {
  const auto r = pf::run_program("/usr/bin/pdfinfo", {"-struct-text", pdf.string()});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("tagged PDF: the minimal plan's structure tree, in reading order") {
  pf::TempDir tmp;
  const auto out = tmp / "minimal.pdf";
  pf::render_ok(pf::data("integration/minimal.xml"), out);
  CHECK(pf::contains(pf::run_program("/usr/bin/pdfinfo", {out.string()}).out, "Tagged:          yes"));
  const std::string tree = struct_text(out);
  INFO(tree);
  // The cover's title is the first heading; each section a Sect with its heading, the
  // contents a TOC of links, the list L > LI > Lbl + LBody.
  CHECK(tree.rfind("Document\n", 0) == 0);
  CHECK(pf::contains(tree, "  H1 (block)\n    \"Minimal Service Plan\"\n"));
  CHECK(pf::contains(
      tree, "  Sect\n    H1 (block)\n      \"Contents\"\n    TOC\n      TOCI\n        Link (inline)\n"));
  CHECK(pf::contains(tree, "  Sect\n    H1 (block)\n      \"1Operations and Processes\"\n    P (block)\n"));
  CHECK(pf::contains(tree,
                     "    L (block):\n       /ListNumbering /Disc\n      LI (block)\n        Lbl (block)\n"
                     "          \"•\"\n        LBody (block)\n"
                     "          \"Tier one resolves password resets and account questions.\"\n"));
  CHECK(pf::contains(tree, "    Sect\n      H2 (block)\n        \"1.1Tools\"\n      P (block)\n"));
  // Running header and footer are artifacts: the client's name is in the tree once (the
  // cover), the page numbers never.
  CHECK(count(tree, "Integration Test Client") == 1);
  CHECK_FALSE(pf::contains(tree, "Page 3 of 3"));
}

TEST_CASE("tagged PDF: the example's tables have header cells, its figures text alternatives") {
  pf::TempDir tmp;
  const auto out = tmp / "acme.pdf";
  pf::render_ok(pf::source("examples/acme-cs/plan.xml"), out);
  // -struct (no text) is fast; -struct-text extracts every element's text and takes seconds.
  const auto s = pf::run_program("/usr/bin/pdfinfo", {"-struct", out.string()});
  REQUIRE(s.exit_code == 0);
  CHECK(count(s.out, "Table (block)") >= 10);
  // Every table has header cells (TH, with their scope); the key-value tables' labels are
  // row headers.
  CHECK(count(s.out, "TH:\n") >= count(s.out, "Table (block)"));
  CHECK(count(s.out, "/Scope /Column") > 0);
  CHECK(count(s.out, "/Scope /Row") > 0);
  CHECK(count(s.out, "Figure") >= 6);  // five charts and the logo
  CHECK(count(s.out, "TOCI") >= 20);
  // Identical bytes from a second run: the tree adds nothing that varies.
  const auto again = tmp / "again.pdf";
  REQUIRE(
      pf::planforge({"render", pf::source("examples/acme-cs/plan.xml"), "-o", again.string()}).exit_code ==
      0);
  CHECK(pf::read_bytes(out) == pf::read_bytes(again));
}

TEST_CASE("--pdf-a: PDF/A-2b identification, sRGB output intent, an ID from the content, same bytes") {
  pf::TempDir tmp;
  const auto render = [&](const std::string& plan, const std::string& name, bool archival) {
    const auto out = tmp / name;
    std::vector<std::string> args{"render", plan, "-o", out.string()};
    if (archival) args.push_back("--pdf-a");
    const auto r = pf::planforge(args);
    INFO(r.describe());
    REQUIRE(r.exit_code == 0);
    return out;
  };
  const auto minimal = pf::data("integration/minimal.xml");
  const auto a = render(minimal, "a.pdf", true), b = render(minimal, "b.pdf", true);
  CHECK(pf::read_bytes(a) == pf::read_bytes(b));
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(a, &report), report);
  const std::string meta = pf::run_program("/usr/bin/pdfinfo", {"-meta", a.string()}).out;
  CHECK(pf::missing(meta, {"<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                           "<pdfuaid:part>1</pdfuaid:part>"}) == "");
  const std::string trailer = pf::run_program("/usr/bin/qpdf", {"--show-object=trailer", a.string()}).out;
  CHECK(pf::contains(trailer, "/ID [ <"));
  const std::string catalog = pf::run_program("/usr/bin/qpdf", {"--show-object=1", a.string()}).out;
  CHECK(pf::missing(catalog, {"/OutputIntents [ << /DestOutputProfile ", "/S /GTS_PDFA1"}) == "");
  // The ID comes from the content: another plan has another, the same plan the same.
  const auto other = render(pf::source("examples/acme-cs/plan.xml"), "acme.pdf", true);
  CHECK(pf::run_program("/usr/bin/qpdf", {"--show-object=trailer", other.string()}).out != trailer);
  // Without --pdf-a: no PDF/A claim, no output intent, no ID (nothing needs one).
  const auto plain = render(minimal, "plain.pdf", false);
  CHECK_FALSE(pf::contains(pf::run_program("/usr/bin/pdfinfo", {"-meta", plain.string()}).out, "<pdfaid:"));
  CHECK_FALSE(
      pf::contains(pf::run_program("/usr/bin/qpdf", {"--show-object=trailer", plain.string()}).out, "/ID"));
}
