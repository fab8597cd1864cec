// The loader against hostile plans: every limit of docs/limits.md at its boundary, reported
// at its place; the confinement of every file a plan names; recursion-free handling of
// nesting, include chains and variable chains far deeper than any stack would hold.
#include "plan_test_util.hpp"

#include <chrono>

#include <sys/stat.h>

using plantest::Loaded;

namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

planforge::LoadOptions options_for(const std::filesystem::path& plan) {
  planforge::LoadOptions o;
  o.plan = plan;
  return o;
}

bool any_line_contains(const Loaded& l, const std::string& text) {
  for (const auto& line : l.lines())
    if (line.find(text) != std::string::npos) return true;
  return false;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("nesting: 64 levels are fine, the 65th is an error at its '<', however deep the file goes") {
  plantest::TempDir dir;
  // <plan> is level 1, <meta> 2, <title> 3: 61 more levels of <x> make 64.
  const std::string ok =
      "<plan format=\"1\"><meta><title>T" + repeat("<x>", 61) + repeat("</x>", 61) + "</title></meta></plan>";
  const Loaded fine = plantest::load(dir.write("ok.xml", ok));
  CHECK_FALSE(any_line_contains(fine, "nested"));
  for (std::size_t depth : {62u, 16'000u, 200'000u}) {
    CAPTURE(depth);
    const std::string deep = "<plan format=\"1\"><meta><title>T" + repeat("<x>", depth) +
                             repeat("</x>", depth) + "</title></meta></plan>";
    const auto file = dir.write("deep.xml", deep);
    const Loaded l = plantest::load(file);
    CHECK(l.plan == nullptr);
    // The 62nd <x> is level 65: it starts at column 32 + 3 * 61.
    CHECK(l.lines() ==
          std::vector<std::string>{file.string() + ":1:" + std::to_string(32 + 3 * 61) +
                                   ": error: elements are nested more than 64 levels deep here"});
  }
}

TEST_CASE("nesting: --limit depth raises the bound") {
  plantest::TempDir dir;
  const auto file = dir.write("p.xml", "<plan format=\"1\"><meta><title>T" + repeat("<b>", 200) +
                                           repeat("</b>", 200) + "</title></meta></plan>");
  auto options = options_for(file);
  options.limits.depth = 300;
  const Loaded l = plantest::load_with(options);
  CHECK_FALSE(any_line_contains(l, "nested"));
}

TEST_CASE("elements and attributes are counted against their limits") {
  plantest::TempDir dir;
  const auto file = dir.write("p.xml", plantest::plan_with("<section type=\"text\" " + repeat("a=\"1\" ", 1) +
                                                           "/>" + repeat("<x/>", 200)));
  auto options = options_for(file);
  options.limits.elements = 100;
  const Loaded many = plantest::load_with(options);
  CHECK(many.plan == nullptr);
  CHECK_MESSAGE(any_line_contains(many, "error: the plan has more than 100 elements"), plantest::dump(many));

  std::string attrs;
  for (int i = 0; i < 200'000; ++i) attrs += " a" + std::to_string(i) + "=\"x\"";
  const auto wide = dir.write("wide.xml", plantest::plan_with("<section type=\"text\"" + attrs + "/>"));
  const auto start = std::chrono::steady_clock::now();
  const Loaded l = plantest::load(wide);
  CHECK(seconds_since(start) < 2.0);
  CHECK_MESSAGE(any_line_contains(l, ":3:2207: error: <section> has more than 256 attributes"),
                plantest::dump(l));
}

TEST_CASE("duplicate attributes among many are found without comparing each with all") {
  plantest::TempDir dir;
  std::string attrs;
  for (int i = 0; i < 200; ++i) attrs += " a" + std::to_string(i) + "=\"x\"";
  const auto file = dir.write("p.xml", plantest::plan_with("<section type=\"text\"" + attrs + " a7=\"y\"/>"));
  const Loaded l = plantest::load(file);
  CHECK_MESSAGE(any_line_contains(l, "error: duplicate attribute 'a7'"), plantest::dump(l));
  CHECK_MESSAGE(any_line_contains(l, "note: 'a7' first given here"), plantest::dump(l));
}

TEST_CASE("variables: a chain of 10,400 resolves without recursion — a chain cycle names its ends") {
  plantest::TempDir dir;
  std::string vars;
  const int n = 10'400;
  for (int i = 0; i < n; ++i)
    vars += "<var name=\"a" + std::to_string(i) + "\">${a" + std::to_string(i + 1) + "}</var>";
  vars += "<var name=\"a" + std::to_string(n) + "\">end</var>";
  const auto file = dir.write(
      "p.xml", plantest::plan_with("<vars>" + vars + "</vars><section type=\"text\"><p>${a0}</p></section>"));
  const Loaded l = plantest::load(file);
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
  CHECK(l.plan->vars.at("a0") == "end");

  std::string cycle;
  for (int i = 0; i < n; ++i)
    cycle += "<var name=\"c" + std::to_string(i) + "\">${c" + std::to_string((i + 1) % n) + "}</var>";
  const Loaded c = plantest::load(dir.write("c.xml", plantest::plan_with("<vars>" + cycle + "</vars>")));
  CHECK_MESSAGE(any_line_contains(c,
                                  "error: variable 'c0' refers to itself: c0 → c1 → c2 → c3 → c4 → c5 → … "
                                  "(10389 more) … → c10395 → c10396 → c10397 → c10398 → c10399 → c0"),
                plantest::dump(c));
}

TEST_CASE("variables: an expansion bomb stops at the budget, even when nothing uses it") {
  plantest::TempDir dir;
  std::string vars = "<var name=\"v0\">xxxxxxxxxx</var>";
  for (int i = 1; i <= 10; ++i)
    vars += "<var name=\"v" + std::to_string(i) + "\">" + repeat("${v" + std::to_string(i - 1) + "}", 10) +
            "</var>";
  const auto file = dir.write("p.xml", plantest::plan_with("<vars>" + vars + "</vars>"));
  const auto start = std::chrono::steady_clock::now();
  const Loaded l = plantest::load(file);
  CHECK(seconds_since(start) < 5.0);
  CHECK_MESSAGE(any_line_contains(
                    l, "error: variable 'v7' would make ${var} expansion produce more than 64.0 MiB of text"),
                plantest::dump(l));
  CHECK(l.diags.error_count() == 1);

  auto options = options_for(file);
  options.limits.expansion_bytes = 1 << 20;
  const Loaded small = plantest::load_with(options);
  CHECK_MESSAGE(
      any_line_contains(small,
                        "error: variable 'v5' would make ${var} expansion produce more than 1.0 MiB of text"),
      plantest::dump(small));
}

TEST_CASE("40,000 undefined variables in one paragraph are located in one pass") {
  plantest::TempDir dir;
  const auto file = dir.write("p.xml", plantest::plan_with("<section type=\"text\"><p>" +
                                                           repeat("${x} ", 40'000) + "</p></section>"));
  const auto start = std::chrono::steady_clock::now();
  const Loaded l = plantest::load(file);
  CHECK(seconds_since(start) < 3.0);
  CHECK(l.diags.error_count() == 40'000);
  CHECK_MESSAGE(any_line_contains(l, ":3:200020: error: undefined variable 'x'"), plantest::dump(l));
}

TEST_CASE("values longer than a PDF string can hold are refused where they stand") {
  plantest::TempDir dir;
  const std::string big(70'000, 'T');
  const auto file = dir.write(
      "p.xml", plantest::plan_with("<section type=\"text\" title=\"" + big + "\"><p><link href=\"https://x/" +
                                       std::string(30'000, 'a') + "\">x</link></p></section>",
                                   "<subtitle>" + big + "</subtitle>"));
  const Loaded l = plantest::load(file);
  CHECK_MESSAGE(
      any_line_contains(l, ":2:31: error: <subtitle> is 70,000 bytes long; it may hold at most 65,535 bytes"),
      plantest::dump(l));
  CHECK_MESSAGE(
      any_line_contains(
          l,
          ":3:22: error: the value of 'title' is 70,000 bytes long; a value may hold at most 65,535 bytes"),
      plantest::dump(l));
  CHECK_MESSAGE(any_line_contains(
                    l, "error: the link address is 30,010 bytes long; a link may be at most 21,845 bytes"),
                plantest::dump(l));
}

TEST_CASE("an unterminated entity reference is an error, a bare '&' is text") {
  plantest::TempDir dir;
  const auto file = dir.write(
      "p.xml", plantest::plan_with("<section type=\"text\"><p>R&D &amp AT&T &nbsp x &#169 y</p></section>"));
  const Loaded l = plantest::load(file);
  CHECK(l.lines() ==
        std::vector<std::string>{
            file.string() + ":3:29: error: entity reference '&amp' is not terminated: missing ';'",
            file.string() + ":3:39: error: entity reference '&nbsp' is not terminated: missing ';'",
            file.string() + ":3:47: error: character reference '&#169' is not terminated: missing ';'"});
}
