#pragma once
// Runs jobs in child processes, a few at a time. A child is a fork() of the caller that runs
// one job and sends its answer back through a pipe: whatever the job does to its process
// (a crash in a plugin, memory exhausted, global state a plugin changed) ends with it. No
// exec: the child already holds everything the job needs, and nothing has to be found on
// disk. The caller must be single-threaded when it calls run_in_children().

#include <cstddef>
#include <functional>
#include <string>

namespace planforge::detail {

struct ChildOutcome {
  bool answered = false;  // the child sent its answer and exited normally
  std::string answer;     // what the job returned
  std::string failure;    // otherwise how it ended: "killed by signal 11 (Segmentation fault)"
};

// Runs work(i) for every i < count, each in a child of its own, at most `jobs` at a time
// (at least one). Calls done(i, outcome) in this process as each child ends, in the order
// they end. Standard output and error are flushed before every fork, so nothing buffered is
// written twice; children leave with _exit() and never run this process's exit handlers.
void run_in_children(std::size_t count, int jobs, const std::function<std::string(std::size_t)>& work,
                     const std::function<void(std::size_t, ChildOutcome)>& done);

}  // namespace planforge::detail
