#include "batch/wire.hpp"

#include <bit>
#include <cstdint>

namespace planforge::detail {

namespace {

void put(std::string& out, std::uint64_t n) {
  for (int k = 0; k < 8; ++k) out += static_cast<char>((n >> (8 * k)) & 0xff);
}

void put(std::string& out, double x) { put(out, std::bit_cast<std::uint64_t>(x)); }

void put(std::string& out, const std::string& s) {
  put(out, static_cast<std::uint64_t>(s.size()));
  out += s;
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}

  bool number(std::uint64_t& n) {
    if (bytes_.size() - pos_ < 8) return false;
    n = 0;
    for (int k = 0; k < 8; ++k) n |= std::uint64_t(static_cast<unsigned char>(bytes_[pos_ + k])) << (8 * k);
    pos_ += 8;
    return true;
  }
  template <typename T>
  bool number_as(T& out) {
    std::uint64_t n;
    if (!number(n)) return false;
    out = static_cast<T>(n);
    return true;
  }
  bool real(double& x) {
    std::uint64_t n;
    if (!number(n)) return false;
    x = std::bit_cast<double>(n);
    return true;
  }
  bool string(std::string& s) {
    std::uint64_t n;
    if (!number(n) || n > bytes_.size() - pos_) return false;
    s.assign(bytes_, pos_, n);
    pos_ += n;
    return true;
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  const std::string& bytes_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string encode_result(const RunResult& result, const std::filesystem::path& extra) {
  std::string out;
  put(out, static_cast<std::uint64_t>(result.exit_code));
  put(out, result.output.string());
  put(out, static_cast<std::uint64_t>(result.pages));
  put(out, extra.string());
  put(out, static_cast<std::uint64_t>(result.errors));
  put(out, static_cast<std::uint64_t>(result.warnings));
  put(out, static_cast<std::uint64_t>(result.diagnostics.size()));
  for (const Diagnostic& d : result.diagnostics) {
    put(out, static_cast<std::uint64_t>(d.severity));
    put(out, d.location.file);
    put(out, static_cast<std::uint64_t>(d.location.line));
    put(out, static_cast<std::uint64_t>(d.location.column));
    put(out, d.message);
    put(out, static_cast<std::uint64_t>(d.hints.size()));
    for (const std::string& hint : d.hints) put(out, hint);
    put(out, d.code);
  }
  put(out, static_cast<std::uint64_t>(result.timings.size()));
  for (const StageTiming& t : result.timings) {
    put(out, t.stage);
    put(out, t.wall_ms);
    put(out, t.cpu_ms);
    put(out, static_cast<std::uint64_t>(t.calls));
  }
  return out;
}

std::optional<RunResult> decode_result(const std::string& bytes, std::filesystem::path* extra) {
  Reader in(bytes);
  RunResult result;
  std::string output, extra_path;
  std::uint64_t count = 0;
  if (!in.number_as(result.exit_code) || !in.string(output) || !in.number_as(result.pages) ||
      !in.string(extra_path) || !in.number_as(result.errors) || !in.number_as(result.warnings) ||
      !in.number(count))
    return std::nullopt;
  result.output = output;
  if (extra) *extra = extra_path;
  for (std::uint64_t i = 0; i < count; ++i) {
    Diagnostic d;
    std::uint64_t hints = 0;
    if (!in.number_as(d.severity) || !in.string(d.location.file) || !in.number_as(d.location.line) ||
        !in.number_as(d.location.column) || !in.string(d.message) || !in.number(hints))
      return std::nullopt;
    for (std::uint64_t h = 0; h < hints; ++h)
      if (!in.string(d.hints.emplace_back())) return std::nullopt;
    if (!in.string(d.code)) return std::nullopt;
    result.diagnostics.push_back(std::move(d));
  }
  if (!in.number(count)) return std::nullopt;
  for (std::uint64_t i = 0; i < count; ++i) {
    StageTiming t;
    if (!in.string(t.stage) || !in.real(t.wall_ms) || !in.real(t.cpu_ms) || !in.number_as(t.calls))
      return std::nullopt;
    result.timings.push_back(std::move(t));
  }
  if (!in.at_end()) return std::nullopt;
  return result;
}

}  // namespace planforge::detail
