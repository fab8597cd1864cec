#include <planforge/document.hpp>

#include <utility>

PLANFORGE_BEGIN_NAMESPACE

RichText plain(std::string text) { return {Run{std::move(text)}}; }

RichText bold(std::string text) {
  Run run{std::move(text)};
  run.bold = true;
  return {std::move(run)};
}

std::string to_plain_text(const RichText& text) {
  std::string out;
  for (const auto& run : text)
    for (char c : run.text) out += c == '\n' ? ' ' : c;
  return out;
}

RichText splice(std::string_view text, const std::vector<Run>& pieces) {
  RichText out;
  std::size_t next = 0;
  while (!text.empty()) {
    const auto at = text.find(inline_slot);
    if (at != 0) out.push_back(Run{std::string(text.substr(0, at))});
    if (at == std::string_view::npos) break;
    if (next < pieces.size()) out.push_back(pieces[next++]);
    text.remove_prefix(at + inline_slot.size());
  }
  return out;
}

const Flow* flow_of(const Block& block) {
  return std::visit(
      [](const auto& b) -> const Flow* {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, PageBreak> || std::is_same_v<T, Spacer>)
          return nullptr;
        else
          return &b.flow;
      },
      block);
}

Flow* flow_of(Block& block) { return const_cast<Flow*>(flow_of(std::as_const(block))); }

PLANFORGE_END_NAMESPACE
