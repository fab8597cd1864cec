#include "pdf/page_workers.hpp"

#include <sched.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace planforge::detail {

namespace {

// How many pages the workers may paint ahead of the one being handed over, per worker.
constexpr std::size_t pages_ahead_per_thread = 8;

struct Slot {
  std::optional<PaintedPage> page;
  std::exception_ptr error;
  bool ready = false;
};

}  // namespace

int default_paint_threads() {
  cpu_set_t cpus;
  int available = 0;
  if (sched_getaffinity(0, sizeof cpus, &cpus) == 0) available = CPU_COUNT(&cpus);
  if (available < 1) available = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(available, 1, max_paint_threads);
}

void paint_in_order(std::size_t count, int threads, const std::function<PaintedPage(std::size_t)>& paint,
                    const std::function<void(std::size_t, PaintedPage&&)>& take) {
  if (threads <= 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) take(i, paint(i));
    return;
  }
  const std::size_t window = pages_ahead_per_thread * static_cast<std::size_t>(threads);
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable painted, room;
  std::size_t next = 0, taken = 0;
  bool stop = false;

  auto work = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return stop || next >= count || next < taken + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Slot slot;
      try {
        slot.page = paint(i);
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.ready = true;
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(slot);
      }
      painted.notify_one();  // only the handing thread waits on it
    }
  };

  std::vector<std::jthread> workers;
  // Declared after the workers, so destroyed before them: on every way out the workers are
  // told to stop before they are joined.
  struct Stopper {
    std::mutex& mutex;
    bool& stop;
    std::condition_variable& room;
    ~Stopper() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      room.notify_all();
    }
  } stopper{mutex, stop, room};
  for (int t = 0; t < threads; ++t) {
    try {
      workers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: those running do the work
    }
  }
  if (workers.empty()) {
    for (std::size_t i = 0; i < count; ++i) take(i, paint(i));
    return;
  }

  for (std::size_t i = 0; i < count; ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      painted.wait(lock, [&] { return slots[i].ready; });
      slot = std::move(slots[i]);
      taken = i + 1;
    }
    room.notify_all();
    if (slot.error) std::rethrow_exception(slot.error);
    take(i, std::move(*slot.page));
  }
}

}  // namespace planforge::detail
