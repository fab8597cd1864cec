#pragma once
// Helpers for integration tests: run the real planforge program (and poppler's and qpdf's
// tools) as a user or a CI job would, capture what it prints and its exit code, and read
// the PDFs back. Reusable by any test file under tests/integration/.
//
//   auto r = pf::planforge({"render", pf::data("integration/minimal/plan.xml"), "-o", out});
//   CHECK(r.exit_code == 0);
//   CHECK(pf::contains(pf::pdf_text(out), "Operations"));

#include "temp_dir.hpp"
#include "text_checks.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pf {

namespace fs = std::filesystem;

struct RunOutput {
  int exit_code = -1;    // the program's exit status; 128 + N when killed by signal N
  std::string out, err;  // everything it wrote to stdout and stderr
  bool timed_out = false;

  // "exit 1\n--- stdout\n…\n--- stderr\n…" for failure messages.
  std::string describe() const;
};

// Environment changes for one run: a value sets the variable, std::nullopt removes it.
using EnvChanges = std::vector<std::pair<std::string, std::optional<std::string>>>;

struct RunSettings {
  EnvChanges env;
  fs::path cwd;  // empty: the test's working directory
  int timeout_seconds = 120;
};

// Runs `program` with `args` and waits for it (killing it after the timeout).
RunOutput run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunSettings& settings = {});

// Runs git in `dir` as a fixed test author (no signing), for throwaway repositories.
RunOutput git(const fs::path& dir, const std::vector<std::string>& args);

// Runs the planforge program under test. PLANFORGE_PLUGIN_PATH, PLANFORGE_TEMPLATE_PATH and
// SOURCE_DATE_EPOCH are removed from its environment unless `settings.env` sets them, so a
// developer's shell cannot change a test's outcome.
RunOutput planforge(const std::vector<std::string>& args, RunSettings settings = {});

// Runs planforge(args, settings) and checks that it ended with `exit_code` (saying all it
// printed when not); the test goes on either way.
RunOutput planforge_exits(int exit_code, const std::vector<std::string>& args, RunSettings settings = {});

// Renders `plan` to `pdf` (then the `extra` arguments) and requires that it worked: exit 0,
// or the test stops here with everything the program said.
RunOutput render_ok(const std::string& plan, const fs::path& pdf, const std::vector<std::string>& extra = {},
                    RunSettings settings = {});

// Runs a Python 3 `script` on the JSON `document`, which it sees parsed as `d` (`json` and
// `sys` imported; `args` follow in sys.argv[2:]). Requires that Python ran it without an
// error (a failed assert stops the test, with Python's words); returns what it printed.
std::string python_on_json(const std::string& document, const std::string& script,
                           const std::vector<std::string>& args = {});

// Text of a PDF via pdftotext (-layout keeps columns); of one page (1-based) with -f/-l.
std::string pdf_text(const fs::path& pdf, bool layout = true);
std::string pdf_page_text(const fs::path& pdf, int page, bool layout = true);
// Number of pages per pdfinfo; -1 when pdfinfo cannot read the file.
int pdf_pages(const fs::path& pdf);
// True when `qpdf --check` finds no problem; its report goes to `report` when given.
bool qpdf_check(const fs::path& pdf, std::string* report = nullptr);

// Files.
std::vector<std::uint8_t> read_bytes(const fs::path& file);
std::string read_text(const fs::path& file);
void write_text(const fs::path& file, const std::string& text);

// A fresh folder under the system's temporary folder (tests/support/temp_dir.hpp).
using TempDir = planforge::testing::TempDir;

// The planforge program running in the background (for `planforge watch`), with the same
// environment as planforge(); killed when the object goes away.
class Background {
 public:
  explicit Background(const std::vector<std::string>& args, RunSettings settings = {});
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  // What it wrote so far.
  std::string out() const;
  std::string err() const;
  // Waits until `ready` holds for what it wrote to stdout; false after the timeout.
  bool wait_until(const std::function<bool(const std::string&)>& ready, int timeout_seconds = 30) const;
  // Sends `signal`, waits for the end and returns everything it wrote and its exit code.
  RunOutput stop(int signal);
  // Waits for it to end by itself (killing it after the timeout), the same way.
  RunOutput wait(int timeout_seconds = 30);

 private:
  TempDir capture_;
  int pid_ = -1;
};

// Paths of the tree under test.
std::string data(const std::string& relative);        // tests/data/<relative>
std::string fixture_dir(const std::string& fixture);  // the fixture plugin's own folder
std::string source(const std::string& relative);      // the source tree

// Sets a file's content to a recognisable "previous PDF", for "left untouched" checks.
void plant_previous_output(const fs::path& file);
// True when the file still holds exactly what plant_previous_output() wrote.
bool previous_output_untouched(const fs::path& file);

using planforge::testing::contains;
using planforge::testing::missing;

// The first number in `text` written with an ASCII hyphen-minus ("-1.5" after a space, a
// bracket or a colon), with the words around it; empty when every minus is U+2212.
std::string hyphen_minus_number(const std::string& text);
using planforge::testing::count;

}  // namespace pf
