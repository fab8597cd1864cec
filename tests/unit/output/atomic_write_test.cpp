// write_atomically: readers see the old file or the new one, never a half-written one, and a
// failed write leaves the old file and no temporary behind.
#include "output/atomic_write.hpp"

#include "test_files.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <csignal>
#include <fstream>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace planforge::detail;
using namespace planforge::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::uint8_t> bytes_of(const std::string& s) { return {s.begin(), s.end()}; }

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string write_error(const fs::path& target, const std::string& content) {
  try {
    write_atomically(target, bytes_of(content));
    return "written";
  } catch (const WriteError& e) {
    return e.what();
  }
}

// Runs write_error in a child process as user nobody when we are root (root ignores folder
// permissions, so the read-only case could not fail otherwise). Returns the message.
std::string write_error_unprivileged(const fs::path& target, const std::string& content) {
  if (::geteuid() != 0) return write_error(target, content);
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    std::string message = "could not drop privileges";
    if (::setgid(65534) == 0 && ::setuid(65534) == 0) message = write_error(target, content);
    (void)!::write(fds[1], message.data(), message.size());
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string message;
  char buffer[512];
  ssize_t n;
  while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) message.append(buffer, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return message;
}

}  // namespace

TEST_CASE("writes a new file with the bytes and umask-respecting permissions") {
  TempDir dir;
  auto target = dir.path() / "plan.pdf";
  const mode_t saved = ::umask(027);  // a known umask: group may read, others nothing
  write_atomically(target, bytes_of("%PDF-new"));
  ::umask(saved);
  CHECK(read_text(target) == "%PDF-new");
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(entries(dir.path()) == std::vector<std::string>{"plan.pdf"});
}

TEST_CASE("replaces an existing file and leaves no temporary behind") {
  TempDir dir;
  auto target = dir.write("plan.pdf", std::string("old content"));
  write_atomically(target, bytes_of("new"));
  CHECK(read_text(target) == "new");
  write_atomically(target, {});
  CHECK(read_text(target).empty());
  CHECK(entries(dir.path()) == std::vector<std::string>{"plan.pdf"});
}

TEST_CASE("a directory as target is refused and left alone") {
  TempDir dir;
  auto target = dir.path() / "out.pdf";
  fs::create_directory(target);
  dir.write("out.pdf/keep.txt", std::string("x"));
  CHECK(write_error(target, "new") == "cannot write " + target.string() + ": it is a directory");
  CHECK(fs::is_directory(target));
  CHECK(read_text(target / "keep.txt") == "x");
}

TEST_CASE("a read-only folder: WriteError with the system's reason, old file untouched") {
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  auto folder = dir.path() / "ro";
  fs::create_directory(folder);
  auto target = folder / "plan.pdf";
  std::ofstream(target) << "old content";
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                              fs::perms::others_read);
  auto message = write_error_unprivileged(target, "new content");
  INFO(message);
  CHECK(message.rfind("cannot write " + target.string() + ": cannot create a temporary file in " +
                          folder.string() + ": ",
                      0) == 0);
  CHECK(message.find("Permission denied") != std::string::npos);
  CHECK(read_text(target) == "old content");
  CHECK(entries(folder) == std::vector<std::string>{"plan.pdf"});
  fs::permissions(folder, fs::perms::owner_all, fs::perm_options::add);
}

TEST_CASE("a missing folder and an empty path are WriteErrors") {
  TempDir dir;
  auto target = dir.path() / "missing" / "plan.pdf";
  CHECK(write_error(target, "x") ==
        "cannot write " + target.string() + ": folder " + target.parent_path().string() + " does not exist");
  CHECK(write_error("", "x") == "cannot write: no output path given");
}

TEST_CASE("writing through a symbolic link replaces the file it points at") {
  TempDir dir;
  auto real = dir.write("real.pdf", std::string("old"));
  auto link = dir.path() / "link.pdf";
  fs::create_symlink(real, link);
  write_atomically(link, bytes_of("new"));
  CHECK(fs::is_symlink(fs::symlink_status(link)));
  CHECK(read_text(real) == "new");
}

TEST_CASE("a file being replaced keeps its permissions: a 0600 PDF stays private") {
  TempDir dir;
  auto target = dir.write("private.pdf", std::string("old"));
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  write_atomically(target, bytes_of("new"));
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(read_text(target) == "new");
}

TEST_CASE("a name as long as the file system allows can be written (the temporary name is shortened)") {
  TempDir dir;
  auto target = dir.path() / (std::string(251, 'a') + ".pdf");
  write_atomically(target, bytes_of("%PDF"));
  CHECK(read_text(target) == "%PDF");
  CHECK(entries(dir.path()).size() == 1);
  // Multi-byte names are cut between characters, never inside one.
  std::string wide;
  for (int i = 0; i < 84; ++i) wide += "\xC3\xA9";  // 168 bytes of é
  auto accented = dir.path() / (wide + std::string(83, 'b') + ".pdf");
  write_atomically(accented, bytes_of("%PDF"));
  CHECK(read_text(accented) == "%PDF");
}

TEST_CASE(
    "SIGTERM or SIGINT while the temporary file exists removes it — the signal still ends the process") {
  for (int signal : {SIGTERM, SIGINT}) {
    CAPTURE(signal);
    TempDir dir;
    auto target = dir.write("plan.pdf", std::string("previous"));
    // The parent watches the folder and signals the child the moment its temporary file
    // appears; the child is then writing 256 MiB, far longer than the signal takes.
    const int watch = ::inotify_init1(IN_CLOEXEC);
    REQUIRE(watch >= 0);
    REQUIRE(::inotify_add_watch(watch, dir.path().c_str(), IN_CREATE) >= 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      // As in the planforge program: the default dispositions, not the test runner's.
      std::signal(SIGTERM, SIG_DFL);
      std::signal(SIGINT, SIG_DFL);
      std::vector<std::uint8_t> big(256u << 20, 'x');
      try {
        write_atomically(target, big);
      } catch (...) {
      }
      ::_exit(0);
    }
    alignas(inotify_event) char events[4096];
    REQUIRE(::read(watch, events, sizeof events) > 0);
    ::kill(pid, signal);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(watch);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal);
    CHECK(entries(dir.path()) == std::vector<std::string>{"plan.pdf"});
    CHECK(read_text(target) == "previous");
  }
}
