#pragma once
// Deflates the object streams of a packed save (object_streams.hpp) on a second thread
// while libharu writes the next objects on the first: the deflating, most of what packing
// costs, then overlaps the rest of the save. Results are kept in the order the inputs came,
// so the bytes are the same whatever the timing. At most `max_waiting` inputs wait: a
// writer that outruns the deflater waits for it, and memory stays bounded. Where no thread
// can be started, each input is deflated when it is added.

#include "pdf/deflater.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace planforge::detail {

class DeflateWorker {
 public:
  static constexpr std::size_t max_waiting = 16;

  explicit DeflateWorker(int level);
  ~DeflateWorker();  // stops the thread; inputs not yet deflated are dropped
  DeflateWorker(const DeflateWorker&) = delete;
  DeflateWorker& operator=(const DeflateWorker&) = delete;

  // Queues `head` followed by `body` to be deflated as one stream.
  void add(std::string head, std::string body);
  // Waits for every input; the deflated streams in the order they were added. Throws what
  // the thread threw (PdfError).
  std::vector<std::string> finish();

 private:
  struct Input {
    std::string head, body;
  };
  void run();

  Deflater deflater_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Input> waiting_;
  std::vector<std::string> done_;
  std::exception_ptr failure_;
  bool busy_ = false, stop_ = false;
  std::thread thread_;  // started last, when everything it uses exists
};

}  // namespace planforge::detail
