#pragma once
// The plan's id index: id → element. An open-addressing table of (hash, id, node): a 50 MB
// plan has a hundred thousand ids and a node-based map spends its time in cache misses.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace planforge::detail {

struct Node;

class IdIndex {
 public:
  // Adds `id` (a view that must outlive the index) unless present; returns the node the id
  // maps to and whether it was added.
  std::pair<const Node*, bool> insert(std::string_view id, const Node* node);
  const Node* find(std::string_view id) const;
  bool contains(std::string_view id) const { return find(id) != nullptr; }
  std::size_t size() const { return size_; }

  // Every (id, node), in no particular order: sort before anything reaches the output.
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.node) f(s.id, s.node);
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::string_view id;
    const Node* node = nullptr;
  };
  static std::uint64_t hash_of(std::string_view id);
  void grow();

  std::vector<Slot> slots_;  // power-of-two size, at most half full
  std::size_t size_ = 0;
};

}  // namespace planforge::detail
