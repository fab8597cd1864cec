#include "harness.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace pf {

namespace {

// Marker bytes of a "previous PDF" that a failed run must leave alone.
const std::string previous_pdf = "%PDF-1.4\n% previous output planted by the integration tests\n%%EOF\n";

std::vector<std::string> environment_with(const EnvChanges& changes) {
  std::map<std::string, std::string> env;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    const auto eq = entry.find('=');
    if (eq != std::string::npos) env[entry.substr(0, eq)] = entry.substr(eq + 1);
  }
  for (const auto& [name, value] : changes) {
    if (value)
      env[name] = *value;
    else
      env.erase(name);
  }
  std::vector<std::string> out;
  for (const auto& [name, value] : env) out.push_back(name + "=" + value);
  return out;
}

int wait_for(pid_t pid, int timeout_seconds, bool& timed_out) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      timed_out = true;
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

std::string RunOutput::describe() const {
  return "exit " + std::to_string(exit_code) + (timed_out ? " (timed out)" : "") + "\n--- stdout\n" + out +
         "\n--- stderr\n" + err;
}

namespace {

// Starts `program` with stdout and stderr going to the two files.
pid_t spawn(const std::string& program, const std::vector<std::string>& args, const RunSettings& settings,
            const fs::path& out_file, const fs::path& err_file) {
  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings = environment_with(settings.env);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // The child: only async-signal-safe calls until exec.
    const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int in = ::open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) ::_exit(126);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    if (!settings.cwd.empty() && ::chdir(settings.cwd.c_str()) != 0) ::_exit(126);
    ::execve(program.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  return pid;
}

RunSettings planforge_settings(RunSettings settings) {
  EnvChanges env{{"PLANFORGE_PLUGIN_PATH", std::nullopt},
                 {"PLANFORGE_TEMPLATE_PATH", std::nullopt},
                 {"SOURCE_DATE_EPOCH", std::nullopt}};
  env.insert(env.end(), settings.env.begin(), settings.env.end());  // later entries win
  settings.env = std::move(env);
  return settings;
}

}  // namespace

RunOutput run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunSettings& settings) {
  TempDir capture;
  const fs::path out_file = capture / "stdout", err_file = capture / "stderr";
  const pid_t pid = spawn(program, args, settings, out_file, err_file);
  RunOutput result;
  result.exit_code = wait_for(pid, settings.timeout_seconds, result.timed_out);
  result.out = read_text(out_file);
  result.err = read_text(err_file);
  return result;
}

Background::Background(const std::vector<std::string>& args, RunSettings settings) {
  pid_ = spawn(PLANFORGE_EXE, args, planforge_settings(std::move(settings)), capture_ / "stdout",
               capture_ / "stderr");
}

Background::~Background() {
  if (pid_ > 0) stop(SIGKILL);
}

std::string Background::out() const { return read_text(capture_ / "stdout"); }
std::string Background::err() const { return read_text(capture_ / "stderr"); }

bool Background::wait_until(const std::function<bool(const std::string&)>& ready, int timeout_seconds) const {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready(out())) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return ready(out());
}

RunOutput Background::stop(int signal) {
  if (pid_ > 0) ::kill(pid_, signal);
  return wait();
}

RunOutput Background::wait(int timeout_seconds) {
  RunOutput result;
  if (pid_ > 0) {
    result.exit_code = wait_for(pid_, timeout_seconds, result.timed_out);
    pid_ = -1;
  }
  result.out = out();
  result.err = err();
  return result;
}

RunOutput git(const fs::path& dir, const std::vector<std::string>& args) {
  std::vector<std::string> all{"-C", dir.string(),
                               "-c", "user.name=planforge tests",
                               "-c", "user.email=tests@planforge.invalid",
                               "-c", "commit.gpgsign=false"};
  all.insert(all.end(), args.begin(), args.end());
  return run_program("/usr/bin/git", all);
}

RunOutput planforge_exits(int exit_code, const std::vector<std::string>& args, RunSettings settings) {
  RunOutput r = planforge(args, std::move(settings));
  CHECK_MESSAGE(r.exit_code == exit_code, r.describe());
  return r;
}

RunOutput render_ok(const std::string& plan, const fs::path& pdf, const std::vector<std::string>& extra,
                    RunSettings settings) {
  std::vector<std::string> args = {"render", plan, "-o", pdf.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  RunOutput r = planforge(args, std::move(settings));
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  return r;
}

std::string python_on_json(const std::string& document, const std::string& script,
                           const std::vector<std::string>& args) {
  TempDir tmp;
  const auto file = tmp / "document.json";
  write_text(file, document);
  std::vector<std::string> argv = {"-c", "import json,sys\nd=json.load(open(sys.argv[1]))\n" + script,
                                   file.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  const RunOutput r = run_program("/usr/bin/python3", argv);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  return r.out;
}

RunOutput planforge(const std::vector<std::string>& args, RunSettings settings) {
  return run_program(PLANFORGE_EXE, args, planforge_settings(std::move(settings)));
}

namespace {
std::string tool_output(const std::string& tool, const std::vector<std::string>& args) {
  const RunOutput r = run_program(tool, args);
  if (r.exit_code != 0) throw std::runtime_error(tool + " failed: " + r.describe());
  return r.out;
}
}  // namespace

std::string pdf_text(const fs::path& pdf, bool layout) {
  std::vector<std::string> args;
  if (layout) args.push_back("-layout");
  args.insert(args.end(), {pdf.string(), "-"});
  return tool_output("/usr/bin/pdftotext", args);
}

std::string pdf_page_text(const fs::path& pdf, int page, bool layout) {
  std::vector<std::string> args{"-f", std::to_string(page), "-l", std::to_string(page)};
  if (layout) args.push_back("-layout");
  args.insert(args.end(), {pdf.string(), "-"});
  return tool_output("/usr/bin/pdftotext", args);
}

int pdf_pages(const fs::path& pdf) {
  const RunOutput r = run_program("/usr/bin/pdfinfo", {pdf.string()});
  if (r.exit_code != 0) return -1;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("Pages:", 0) == 0) return std::atoi(line.c_str() + 6);
  return -1;
}

bool qpdf_check(const fs::path& pdf, std::string* report) {
  const RunOutput r = run_program("/usr/bin/qpdf", {"--check", pdf.string()});
  if (report) *report = r.out + r.err;
  return r.exit_code == 0;
}

std::vector<std::uint8_t> read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_text(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string data(const std::string& relative) { return (fs::path(PLANFORGE_TEST_DATA) / relative).string(); }
std::string fixture_dir(const std::string& fixture) {
  return (fs::path(PLANFORGE_FIXTURE_PLUGIN_DIR) / fixture).string();
}
std::string source(const std::string& relative) {
  return (fs::path(PLANFORGE_SOURCE_DIR) / relative).string();
}

void plant_previous_output(const fs::path& file) { write_text(file, previous_pdf); }
bool previous_output_untouched(const fs::path& file) { return read_text(file) == previous_pdf; }

std::string hyphen_minus_number(const std::string& text) {
  static const std::regex number(R"((^|[\s(\[:;=/])-[0-9])");
  std::smatch m;
  if (!std::regex_search(text, m, number)) return {};
  const auto at = static_cast<std::size_t>(m.position(0));
  const std::size_t from = at < 30 ? 0 : at - 30;
  return text.substr(from, 60);
}

}  // namespace pf
