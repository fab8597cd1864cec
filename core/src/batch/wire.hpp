#pragma once
// A run's result as bytes, for the answer a child process sends its parent (see
// process_pool.hpp): both sides are this same program, so the format only has to be exact.

#include <planforge/engine.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace planforge::detail {

std::string encode_result(const RunResult& result, const std::filesystem::path& extra = {});
// std::nullopt when the bytes are not a whole encoded result. `extra` receives the path
// encoded with it (the resolved output name, for the naming step).
std::optional<RunResult> decode_result(const std::string& bytes, std::filesystem::path* extra = nullptr);

}  // namespace planforge::detail
