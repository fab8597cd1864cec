#pragma once
// What both fuzz targets share: a scratch folder for the files an input becomes, and a
// thread with a small stack to run each input on, so that recursion too deep for it is a
// stack-overflow finding at once instead of a crash somewhere far deeper (or a hang).

#include <cstddef>
#include <cstdint>
#include <planforge/diagnostics.hpp>

#include <filesystem>
#include <functional>
#include <string_view>

namespace planforge::fuzz {

// A folder of this process under /dev/shm (or the temporary folder), made once.
const std::filesystem::path& scratch_folder();

// Writes `bytes` to `file`, replacing it.
void write_file(const std::filesystem::path& file, std::string_view bytes);

// With PLANFORGE_FUZZ_VERBOSE set, prints what an input led to (for triage and for seeing
// that a seed does what it should); otherwise nothing.
void report(const Diagnostics& diags, std::size_t pages);

// Runs `body` on a thread with `stack_bytes` of stack and waits for it.
void run_with_stack(std::size_t stack_bytes, const std::function<void()>& body);

// The stack each input gets: a tenth of a default thread's. The limits on nesting keep
// every recursion of planforge far inside it.
inline constexpr std::size_t input_stack_bytes = 1u << 20;

}  // namespace planforge::fuzz
