#include "plan/id_index.hpp"

namespace planforge::detail {

std::uint64_t IdIndex::hash_of(std::string_view id) {
  // FNV-1a: ids are short, and this is all the mixing linear probing needs.
  std::uint64_t h = 1469598103934665603ull;
  for (char c : id) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

void IdIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.node) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].node) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::pair<const Node*, bool> IdIndex::insert(std::string_view id, const Node* node) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash_of(id);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].node) {
    if (slots_[i].hash == h && slots_[i].id == id) return {slots_[i].node, false};
    i = (i + 1) & mask;
  }
  slots_[i] = Slot{h, id, node};
  ++size_;
  return {node, true};
}

const Node* IdIndex::find(std::string_view id) const {
  if (slots_.empty()) return nullptr;
  const std::uint64_t h = hash_of(id);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask; slots_[i].node; i = (i + 1) & mask)
    if (slots_[i].hash == h && slots_[i].id == id) return slots_[i].node;
  return nullptr;
}

}  // namespace planforge::detail
