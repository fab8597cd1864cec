#pragma once
// Writes a file so that readers see the old content or the new, never a half-written one:
// a temporary file in the same folder, flushed, then renamed over the target.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <stdexcept>

namespace planforge::detail {

struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws WriteError naming the path and the system's reason; the target is untouched then.
void write_atomically(const std::filesystem::path& target, std::span<const std::uint8_t> bytes);

// The same, for content a writer puts into a file by name (libharu saving a PDF, which then
// never has to be held whole in memory): `fill` writes the temporary file, which exists and
// is empty; whatever it throws leaves the target untouched and is passed on.
void write_atomically_via(const std::filesystem::path& target,
                          const std::function<void(const std::filesystem::path& temporary)>& fill);

}  // namespace planforge::detail
