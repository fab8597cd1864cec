#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

#include <pthread.h>
#include <unistd.h>

namespace planforge::fuzz {

namespace fs = std::filesystem;

const fs::path& scratch_folder() {
  static const fs::path folder = [] {
    const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path made = base / ("planforge-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(made);
    fs::create_directories(made);
    // Removed when the process ends normally; a crash leaves it for the post-mortem.
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(scratch_folder(), ec);
    });
    return made;
  }();
  return folder;
}

void write_file(const fs::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

void report(const Diagnostics& diags, std::size_t pages) {
  if (!std::getenv("PLANFORGE_FUZZ_VERBOSE")) return;
  for (const Diagnostic& d : diags.sorted()) std::fprintf(stderr, "  %s\n", format_diagnostic(d).c_str());
  std::fprintf(stderr, "  -> %zu errors, %zu warnings, %zu pages\n", diags.error_count(),
               diags.warning_count(), pages);
}

void run_with_stack(std::size_t stack_bytes, const std::function<void()>& body) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_bytes);
  pthread_t thread;
  auto trampoline = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&body)) != 0) {
    std::perror("pthread_create");
    std::abort();
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace planforge::fuzz
