// FileCache (input/file_cache.hpp): what is kept is used only while its file is unchanged,
// and never more than the bounds.
#include "input/file_cache.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>

using planforge::detail::FileCache;

namespace {

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// A cache of file contents that counts how often it read a file.
struct Reads {
  int count = 0;
  std::function<std::string()> of(const std::filesystem::path& file) {
    return [this, file] {
      ++count;
      return planforge::test::read_text(file);
    };
  }
};

// A temporary folder holding one file, a.txt.
struct OneFile {
  planforge::test::TempDir dir;
  std::filesystem::path file = dir.path() / "a.txt";
  explicit OneFile(const std::string& text) { write_text(file, text); }
};

// Gets `file` through `cache`: checks its text, and how many reads `reads` counted in all.
void check_get(FileCache<std::string>& cache, Reads& reads, const std::filesystem::path& file,
               const std::string& text, int read_count) {
  CHECK(*cache.get(file, reads.of(file)) == text);
  CHECK(reads.count == read_count);
}

// A cache that keeps even a file written a moment ago (no settling time).
FileCache<std::string> keeping_at_once(std::size_t capacity = 4) {
  return FileCache<std::string>(capacity, 0, {}, std::chrono::nanoseconds(0));
}

}  // namespace

TEST_CASE("a file cache reads a file once while it is unchanged, and again at once when it changes") {
  OneFile one("first");
  const auto& file = one.file;
  FileCache<std::string> cache = keeping_at_once();
  Reads reads;
  CHECK(*cache.get(file, reads.of(file)) == "first");
  check_get(cache, reads, file, "first", 1);
  CHECK(cache.hits() == 1);

  // Rewritten in place with the same size and another modification time.
  write_text(file, "fir5t");
  std::filesystem::last_write_time(file,
                                   std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
  check_get(cache, reads, file, "fir5t", 2);

  // Replaced by a renamed file, as editors save: another inode.
  write_text(one.dir.path() / "b.txt", "second");
  std::filesystem::rename(one.dir.path() / "b.txt", file);
  check_get(cache, reads, file, "second", 3);
  CHECK(cache.size() == 1);
}

TEST_CASE("a file changed less than the settling time ago is read every time, not kept") {
  // Two same-size writes inside one tick of the file system's clock could leave the same
  // identity: an entry is only made once the file's times would show its next change.
  OneFile one("first");
  const auto& file = one.file;
  FileCache<std::string> cache(4, 0, {}, std::chrono::hours(1));
  Reads reads;
  cache.get(file, reads.of(file));
  write_text(file, "fir5t");  // possibly within the same tick: same size, same times
  check_get(cache, reads, file, "fir5t", 2);
  CHECK(cache.size() == 0);
}

TEST_CASE("a file cache keeps nothing it could not make, and nothing of a file that is gone") {
  OneFile one("x");
  const auto& file = one.file;
  FileCache<std::string> cache = keeping_at_once();
  CHECK_THROWS_AS(cache.get(file, []() -> std::string { throw std::runtime_error("unusable"); }),
                  std::runtime_error);
  CHECK(cache.size() == 0);
  Reads reads;
  cache.get(file, reads.of(file));
  CHECK(cache.size() == 1);
  std::filesystem::remove(file);
  check_get(cache, reads, file, "", 2);  // read again (nothing), not answered from the cache
  CHECK(cache.size() == 0);
}

TEST_CASE("a file cache holds at most its capacity and its weight, the least recently used going first") {
  planforge::test::TempDir dir;
  std::vector<std::filesystem::path> files;
  for (int i = 0; i < 6; ++i) {
    files.push_back(dir.path() / (std::to_string(i) + ".txt"));
    write_text(files.back(), std::string(10, 'a' + i));
  }
  FileCache<std::string> by_count = keeping_at_once(3);
  Reads reads;
  for (int i = 0; i < 3; ++i) by_count.get(files[i], reads.of(files[i]));
  by_count.get(files[0], reads.of(files[0]));  // used again: 1 is now the oldest
  by_count.get(files[3], reads.of(files[3]));
  CHECK(by_count.size() == 3);
  reads.count = 0;
  by_count.get(files[0], reads.of(files[0]));
  CHECK(reads.count == 0);
  by_count.get(files[1], reads.of(files[1]));
  CHECK(reads.count == 1);

  FileCache<std::string> by_weight(
      100, 25, [](const std::string& s) { return s.size(); }, std::chrono::nanoseconds(0));
  for (int i = 0; i < 6; ++i) by_weight.get(files[i], reads.of(files[i]));
  CHECK(by_weight.size() == 2);  // 10 bytes each, 25 in all
  FileCache<std::string> too_heavy(
      100, 5, [](const std::string& s) { return s.size(); }, std::chrono::nanoseconds(0));
  CHECK(*too_heavy.get(files[0], reads.of(files[0])) == std::string(10, 'a'));
  CHECK(too_heavy.size() == 0);
}
