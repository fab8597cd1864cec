// planforge watch: the real program runs in the background on a copy of the example while the
// test edits its files the way editors do (in place, or a new file renamed over the old) and
// reads the PDF it writes back. Every wait is bounded; a watch that misses a change fails the
// test after the timeout instead of hanging it.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <thread>

namespace {

// Replaces the one occurrence of `from` the way an editor saves: a new file renamed over it.
void save_as_editor(const pf::fs::path& file, const std::string& from, const std::string& to) {
  std::string text = pf::read_text(file);
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in " << file << ": " << from);
  text.replace(at, from.size(), to);
  const pf::fs::path swap = file.parent_path() / ("." + file.filename().string() + ".swp");
  pf::write_text(swap, text);
  pf::fs::rename(swap, file);
}

// The status line of render `n` ("[n] …"), or "" before it is printed.
std::string status(const std::string& out, int n) {
  const std::string start = "[" + std::to_string(n) + "] ";
  const auto at = out.find(start);
  if (at == std::string::npos) return "";
  const auto end = out.find('\n', at);
  return end == std::string::npos ? "" : out.substr(at, end - at);
}

bool printed(const pf::Background& watch, int n) {
  return watch.wait_until([n](const std::string& out) { return !status(out, n).empty(); });
}

}  // namespace

TEST_CASE("watch renders again after a change to an included file, once, and keeps the last good PDF") {
  pf::TempDir dir;
  pf::fs::copy(pf::source("examples/acme-cs"), dir.path(), pf::fs::copy_options::recursive);
  const auto plan = dir / "plan.xml", rollout = dir / "sections/rollout.xml", pdf = dir / "out.pdf";
  pf::Background watch({"watch", plan.string(), "-o", pdf.string()});

  REQUIRE_MESSAGE(printed(watch, 1), watch.err());
  const std::string first = status(watch.out(), 1);
  CHECK(pf::contains(first, "wrote " + pdf.string()));
  CHECK(pf::contains(first, "watching"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Depot Manager"));

  // An included file, saved by rename: one render, naming it, and the PDF shows the edit.
  save_as_editor(rollout, "owner=\"Depot Manager\"", "owner=\"Depot Supervisor\"");
  REQUIRE_MESSAGE(printed(watch, 2), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 2), "rollout.xml changed: wrote"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Depot Supervisor"));
  // Other files in the watched folders (the swap file, the PDF being written) start nothing.
  pf::write_text(dir / "notes.txt", "not an input");
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK(status(watch.out(), 3).empty());

  // A mistake in the plan, saved in place: diagnostics with file:line:col, the PDF kept.
  const auto good = pf::read_bytes(pdf);
  std::string text = pf::read_text(plan);
  pf::write_text(plan, text.replace(text.find("<kpi id=\"k-nps\""), 4, "<kip"));
  REQUIRE_MESSAGE(printed(watch, 3), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 3), "plan.xml changed: failed with exit 1; nothing written, " +
                                                 pdf.string() + " stays as it was"));
  CHECK(pf::contains(watch.err(), "plan.xml:"));
  CHECK(pf::read_bytes(pdf) == good);

  // An include of a file that does not exist yet: the render fails, and creating the file
  // starts the next one.
  pf::write_text(plan, pf::read_text(pf::source("examples/acme-cs/plan.xml")));
  REQUIRE(printed(watch, 4));
  save_as_editor(plan, "</plan>", "  <include href=\"sections/later.xml\"/>\n</plan>");
  REQUIRE(printed(watch, 5));
  CHECK(pf::contains(status(watch.out(), 5), "failed"));
  CHECK(pf::contains(watch.err(), "included file 'sections/later.xml' not found"));
  pf::write_text(
      dir / "sections/later.xml",
      "<section type=\"text\" id=\"later\" title=\"Written later\"><p>Added while watching.</p></section>");
  REQUIRE_MESSAGE(printed(watch, 6), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 6), "later.xml changed: wrote"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Added while watching."));

  const pf::RunOutput end = watch.stop(SIGINT);
  CHECK_MESSAGE(end.exit_code == 0, end.describe());
  CHECK(status(end.out, 7).empty());
}

TEST_CASE("watch: a plan that is not there is a usage error, at once") {
  pf::TempDir dir;
  pf::Background watch({"watch", (dir / "no/such/plan.xml").string()});
  const pf::RunOutput end = watch.wait(30);
  CHECK_MESSAGE(end.exit_code == 2, end.describe());
  CHECK(pf::contains(end.err, "plan.xml"));
}
