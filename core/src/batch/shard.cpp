// --shard K/N: which plans a job of a matrix renders.
#include <planforge/batch.hpp>

#include <algorithm>
#include <charconv>

PLANFORGE_BEGIN_NAMESPACE

namespace {

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto index = whole_number(text.substr(0, slash));
  const auto count = whole_number(text.substr(slash + 1));
  if (!index || !count || *count < 1 || *index < 1 || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

std::vector<std::filesystem::path> select_shard(std::vector<std::filesystem::path> plans, Shard shard) {
  // The order is the paths' bytes, not the order given or the locale's: every machine of a
  // matrix must agree without talking to the others.
  for (auto& plan : plans) plan = plan.lexically_normal();
  std::sort(plans.begin(), plans.end(),
            [](const auto& a, const auto& b) { return a.generic_string() < b.generic_string(); });
  plans.erase(std::unique(plans.begin(), plans.end()), plans.end());
  std::vector<std::filesystem::path> out;
  if (shard.count < 1 || shard.index < 1 || shard.index > shard.count) return out;
  for (std::size_t i = static_cast<std::size_t>(shard.index - 1); i < plans.size();
       i += static_cast<std::size_t>(shard.count))
    out.push_back(plans[i]);
  return out;
}

PLANFORGE_END_NAMESPACE
