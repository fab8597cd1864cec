#include <planforge/document.hpp>

PLANFORGE_BEGIN_NAMESPACE

RichText plain(std::string text) { return {Run{std::move(text)}}; }

RichText bold(std::string text) {
  Run run{std::move(text)};
  run.bold = true;
  return {std::move(run)};
}

std::string to_plain_text(const RichText& text) {
  std::string out;
  for (const auto& run : text) out += run.text;
  return out;
}

PLANFORGE_END_NAMESPACE
