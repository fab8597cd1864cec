// The narrative of an element compared as a summary, never as a text dump.
#include "diff/compare.hpp"

#include <algorithm>
#include <map>

namespace planforge::detail::diff {

namespace {

// A block kind ("list item") as the key of its words ("list-item").
std::string key_of(std::string kind) {
  std::replace(kind.begin(), kind.end(), ' ', '-');
  return kind;
}

constexpr std::size_t max_details = 6;

using ByKind = std::map<std::string, std::vector<const Block*>>;

// The blocks of `blocks` that `other` does not have (counting repeats), by kind, in order;
// kinds not yet in `kinds` are appended to it.
ByKind unmatched(const std::vector<Block>& blocks, const std::vector<Block>& other,
                 std::vector<std::string>& kinds) {
  std::map<std::pair<std::string, std::string>, std::size_t> there;
  for (const Block& b : other) ++there[{b.kind, b.text}];
  ByKind out;
  for (const Block& b : blocks) {
    auto it = there.find({b.kind, b.text});
    if (it != there.end() && it->second > 0) {
      --it->second;
      continue;
    }
    if (std::find(kinds.begin(), kinds.end(), b.kind) == kinds.end()) kinds.push_back(b.kind);
    out[b.kind].push_back(&b);
  }
  return out;
}

}  // namespace

std::string excerpt(const std::string& text, std::size_t limit) {
  std::size_t chars = 0, cut = text.size(), last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (chars == limit) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == text.size()) return text;
  if (last_space != std::string::npos && last_space > cut / 2) cut = last_space;
  return text.substr(0, cut) + "…";
}

std::pair<std::string, std::string> excerpts(const std::string& before, const std::string& after,
                                             std::size_t limit) {
  if (before.size() <= limit && after.size() <= limit) return {before, after};
  std::size_t first = 0;
  while (first < before.size() && first < after.size() && before[first] == after[first]) ++first;
  // Start a few words before the difference: at a word when one starts near, never inside
  // a code point.
  std::size_t start = first > limit / 3 ? first - limit / 3 : 0;
  for (std::size_t back = 0; start > back && back < limit / 4; ++back)
    if (before[start - back - 1] == ' ') {
      start -= back;
      break;
    }
  while (start > 0 && (static_cast<unsigned char>(before[start]) & 0xC0) == 0x80) --start;
  auto cut = [&](const std::string& text) {
    const std::string tail = excerpt(text.substr(start), limit);
    return start > 0 ? "…" + tail : tail;
  };
  return {cut(before), cut(after)};
}

bool compare_narrative(const std::vector<Block>& before, const std::vector<Block>& after, const Locale& words,
                       std::string& summary, std::vector<std::string>& details, Location& where) {
  // Blocks present in both (same kind and text, anywhere) are unchanged.
  std::vector<std::string> kinds;  // of the others, as first met
  const auto added = unmatched(after, before, kinds), removed = unmatched(before, after, kinds);
  if (kinds.empty()) return false;

  // Of each kind, what went and what came pair up in order as changes.
  std::vector<std::string> parts;
  std::size_t shown = 0, hidden = 0;
  auto detail = [&](std::string line) {
    if (shown < max_details) {
      details.push_back(std::move(line));
      ++shown;
    } else {
      ++hidden;
    }
  };
  bool located = false;
  for (const std::string& kind : kinds) {
    static const std::vector<const Block*> none;
    const auto& gone = removed.contains(kind) ? removed.at(kind) : none;
    const auto& came = added.contains(kind) ? added.at(kind) : none;
    const std::size_t changed = std::min(gone.size(), came.size());
    const std::string key = key_of(kind), name = words.text("diff.block." + key);
    auto part = [&](const char* what, std::size_t n) {
      parts.push_back(words.text(what, {{"blocks", words.text("diff.blocks." + key, {{"count", n}})}}));
    };
    if (changed) part("diff.blocks-changed", changed);
    if (came.size() > changed) part("diff.blocks-added", came.size() - changed);
    if (gone.size() > changed) part("diff.blocks-removed", gone.size() - changed);
    for (std::size_t i = 0; i < std::max(gone.size(), came.size()); ++i) {
      if (i < changed) {
        const auto [was, is] = excerpts(gone[i]->text, came[i]->text);
        detail(words.text("diff.block-changed", {{"block", name}, {"before", was}, {"after", is}}));
      } else if (i < came.size()) {
        detail(words.text("diff.block-added", {{"block", name}, {"text", excerpt(came[i]->text)}}));
      } else {
        detail(words.text("diff.block-removed", {{"block", name}, {"text", excerpt(gone[i]->text)}}));
      }
      if (!located && i < came.size()) {
        where = came[i]->where;
        located = true;
      }
    }
  }
  if (hidden) details.push_back(words.text("diff.more", {{"count", hidden}}));
  for (std::size_t i = 0; i < parts.size(); ++i) summary += (i ? ", " : "") + parts[i];
  return true;
}

}  // namespace planforge::detail::diff
