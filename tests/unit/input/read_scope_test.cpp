// ReadScope: the one rule for every file a plan names, and read_regular_file.
#include "input/read_file.hpp"
#include "input/read_scope.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace planforge::detail;
namespace fs = std::filesystem;

namespace {

struct Folder {
  Folder() {
    static std::atomic<int> n{0};
    path = fs::temp_directory_path() /
           ("pf-input-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(path / "plan/sub");
    std::ofstream(path / "plan/sub/a.xml") << "a";
    std::ofstream(path / "secret.txt") << "secret";
  }
  ~Folder() { fs::remove_all(path); }
  fs::path path;
};

}  // namespace

TEST_CASE("inside, outside, through '..', absolute, through a symbolic link") {
  Folder f;
  const ReadScope scope(f.path / "plan", {});
  const fs::path base = f.path / "plan";
  CHECK(scope.resolve(base, "sub/a.xml").status == ReadScope::Status::ok);
  CHECK(scope.resolve(base, "sub/../sub/a.xml").status == ReadScope::Status::ok);
  CHECK(scope.resolve(base, "sub/none.xml").status == ReadScope::Status::not_found);
  CHECK(scope.resolve(base, "../secret.txt").status == ReadScope::Status::outside);
  CHECK(scope.resolve(base, (f.path / "secret.txt").string()).status == ReadScope::Status::outside);
  CHECK(scope.resolve(base, "/etc/passwd").status == ReadScope::Status::outside);
  // A missing file outside is outside, not "not found": nothing about it is revealed.
  CHECK(scope.resolve(base, "../none.txt").status == ReadScope::Status::outside);

  fs::create_symlink(f.path / "secret.txt", f.path / "plan/link.txt");
  const auto linked = scope.resolve(base, "link.txt");
  CHECK(linked.status == ReadScope::Status::outside);
  CHECK(linked.through_link);
  CHECK(ReadScope::outside_message("logo", "link.txt", linked) ==
        "logo 'link.txt' leads outside the plan's folder through a symbolic link (to " +
            (f.path / "secret.txt").generic_string() + ")");

  fs::create_symlink(f.path / "plan/sub", f.path / "plan/inner");
  CHECK(scope.resolve(base, "inner/a.xml").status == ReadScope::Status::ok);
}

TEST_CASE("--allow-read folders widen the scope — '/' allows everything") {
  Folder f;
  CHECK(ReadScope(f.path / "plan", {f.path}).resolve(f.path / "plan", "../secret.txt").status ==
        ReadScope::Status::ok);
  CHECK(ReadScope(f.path / "plan", {"/"}).resolve(f.path / "plan", "/etc/passwd").status ==
        ReadScope::Status::ok);
  // A folder whose name merely starts like the plan's is not inside it.
  fs::create_directories(f.path / "plan-other");
  std::ofstream(f.path / "plan-other/x.xml") << "x";
  CHECK(ReadScope(f.path / "plan", {}).resolve(f.path / "plan", "../plan-other/x.xml").status ==
        ReadScope::Status::outside);
}

TEST_CASE("read_regular_file refuses what is not a regular file without blocking, and what is too large") {
  Folder f;
  std::string bytes;
  REQUIRE(::mkfifo((f.path / "fifo").c_str(), 0600) == 0);
  const ReadResult fifo = read_regular_file(f.path / "fifo", bytes, 1 << 20);
  CHECK(fifo.status == ReadStatus::not_a_file);
  CHECK(describe_read_problem(fifo) == "is a FIFO, not a regular file");
  CHECK(describe_read_problem(read_regular_file(f.path, bytes, 1 << 20)) == "is a directory, not a file");
  CHECK(describe_read_problem(read_regular_file("/dev/zero", bytes, 1 << 20)) ==
        "is a device, not a regular file");
  CHECK(read_regular_file(f.path / "none", bytes, 1 << 20).status == ReadStatus::not_found);
  const ReadResult big = read_regular_file(f.path / "secret.txt", bytes, 3);
  CHECK(describe_read_problem(big) == "file is too large (6 bytes); the limit is 3 bytes");
  CHECK(read_problem_phrase(big) == "is too large (6 bytes; the limit is 3 bytes)");
  REQUIRE(read_regular_file(f.path / "secret.txt", bytes, 6).status == ReadStatus::ok);
  CHECK(bytes == "secret");
}
