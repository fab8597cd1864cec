// The packed save's second thread (deflate_worker.hpp): every input comes back deflated, in
// the order it was added, however many wait; a worker dropped with inputs waiting stops.

#include "pdf/deflate_worker.hpp"

#include <doctest/doctest.h>

#include <zlib.h>

#include <string>
#include <vector>

using namespace planforge::detail;

namespace {

std::string inflated(const std::string& deflated, std::size_t size) {
  std::string out(size, '\0');
  uLongf out_size = static_cast<uLongf>(size);
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(out.data()), &out_size,
                     reinterpret_cast<const Bytef*>(deflated.data()),
                     static_cast<uLong>(deflated.size())) == Z_OK);
  out.resize(out_size);
  return out;
}

std::string input(int i) {
  return std::string(static_cast<std::size_t>(1000 + i * 37), static_cast<char>('a' + i % 26));
}

}  // namespace

TEST_CASE("the deflate worker gives back every input deflated, in order") {
  DeflateWorker worker(1);
  constexpr int count = 200;  // many more than may wait at once
  for (int i = 0; i < count; ++i) worker.add("head " + std::to_string(i) + "\n", input(i));
  const std::vector<std::string> out = worker.finish();
  REQUIRE(out.size() == count);
  for (int i = 0; i < count; ++i) {
    const std::string expected = "head " + std::to_string(i) + "\n" + input(i);
    CHECK(out[static_cast<std::size_t>(i)].size() < expected.size());
    CHECK(inflated(out[static_cast<std::size_t>(i)], expected.size() + 16) == expected);
  }
  DeflateWorker same(1);
  for (int i = 0; i < count; ++i) same.add("head " + std::to_string(i) + "\n", input(i));
  CHECK(same.finish() == out);  // the same bytes, whatever the timing
}

TEST_CASE("a deflate worker with nothing to do, or dropped with inputs waiting, stops") {
  CHECK(DeflateWorker(1).finish().empty());
  DeflateWorker dropped(6);
  for (int i = 0; i < 10; ++i) dropped.add({}, input(i));
}  // its destructor joins the thread
