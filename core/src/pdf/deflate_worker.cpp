#include "pdf/deflate_worker.hpp"

#include <system_error>

namespace planforge::detail {

DeflateWorker::DeflateWorker(int level) : deflater_(level) {
  try {
    thread_ = std::thread([this] { run(); });
  } catch (const std::system_error&) {
    // No thread to be had (a process at its limit): the inputs are deflated as they come.
  }
}

DeflateWorker::~DeflateWorker() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void DeflateWorker::add(std::string head, std::string body) {
  if (!thread_.joinable()) {
    done_.emplace_back(deflater_.deflate({head, body}));
    return;
  }
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return waiting_.size() < max_waiting || failure_; });
  if (failure_) std::rethrow_exception(failure_);
  waiting_.push_back({std::move(head), std::move(body)});
  lock.unlock();
  changed_.notify_all();
}

std::vector<std::string> DeflateWorker::finish() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return (waiting_.empty() && !busy_) || failure_; });
  if (failure_) std::rethrow_exception(failure_);
  return std::move(done_);
}

void DeflateWorker::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stop_ || !waiting_.empty(); });
    if (stop_ || failure_) return;
    Input input = std::move(waiting_.front());
    waiting_.pop_front();
    busy_ = true;
    lock.unlock();
    std::string deflated;
    std::exception_ptr failure;
    try {
      deflated = std::string(deflater_.deflate({input.head, input.body}));
    } catch (...) {
      failure = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    if (failure)
      failure_ = failure;
    else
      done_.push_back(std::move(deflated));
    changed_.notify_all();
  }
}

}  // namespace planforge::detail
