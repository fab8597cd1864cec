#pragma once
// What every block builder needs: the theme, fonts, page geometry, and the page numbers
// known so far (refs and the contents print them; the layout repeats until they hold).

#include "layout/document_input.hpp"
#include "layout/structure.hpp"
#include "text/font.hpp"
#include "theme/theme.hpp"

#include <planforge/diagnostics.hpp>

#include "text/line_breaker.hpp"
#include "text/outline.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace planforge::detail {

struct PageGeometry {
  double width = 0, height = 0;
  double left = 0, right = 0;  // x of the text column's edges
  double top = 0, bottom = 0;  // y of the body's top and bottom
  double column_width() const { return right - left; }
  double body_height() const { return bottom - top; }
};

class LayoutContext {
 public:
  LayoutContext(const DocumentInput& input, const Theme& theme, const FontSet& fonts, Diagnostics& diags);

  const DocumentInput& input;
  const Theme& theme;
  const FontSet& fonts;
  Diagnostics& diags;
  // The page the block being built goes on: the theme's, or its landscape page.
  PageGeometry page;
  PageGeometry geometry(bool landscape) const;

  const Palette& palette() const { return theme.palette; }

  // The anchor key a ref to `id` lands on: the id itself when something carries it as an
  // anchor, else the heading named by the engine's fallback; empty when neither exists.
  std::string ref_key(const std::string& id) const;
  // The printed page number of `key` (cover = 1), recording that it was printed. Before
  // the first pass knows anything this is a two-digit guess.
  int page_number(const std::string& key);

  // Anchor keys present in the document (collected before layout starts).
  std::set<std::string> anchor_keys;
  // Page numbers found by the previous pass.
  std::map<std::string, int> known_pages;
  // What this pass printed: key -> number; compared with where the keys landed.
  std::map<std::string, int> printed;
  // Refs whose target has no place in the document (reported once, after the last pass).
  std::set<std::string> missing_refs;
  // `runs` measured, shared with every earlier identical plain run: tables repeat the same
  // short cells ("monthly", "%", an owner) hundreds of times. Kept: plain runs of at most
  // `max_kept_text` bytes, the first `max_kept_texts` of them (docs/architecture.md, "Caches").
  std::shared_ptr<const MeasuredText> measure(std::vector<StyledRun> runs);
  static constexpr std::size_t max_kept_text = 48, max_kept_texts = 8192;

  // Hyphenates words that fit no line, in the plan's language (never null).
  std::shared_ptr<const Hyphenator> hyphenator;

  // The change bar in the left margin beside a block `height` tall at `top`, when `anchor`
  // is among the changed ones (render --changes-since).
  std::optional<PlacedRect> change_bar(const std::string& anchor, double top, double height) const;

  // Set while building a block that printed a page number, so its chunks are rebuilt when
  // numbers change and reused otherwise.
  bool used_numbers = false;

  // The structure of the block being built (structure.hpp): builders add its elements and
  // tag what they draw with them. Never null (a scratch tree until the driver sets one).
  Structure* structure = &scratch_structure_;
  // Adds an element to `structure` under `parent` (-1: at the block's top); its index.
  int element(StructType type, int parent = -1) { return structure->add(type, parent); }

  // The watermark's letters as outlines, made on first use (layout/watermark.cpp).
  std::shared_ptr<const TextOutline> watermark_letters;

 private:
  static std::string key_of(const StyledRun& run);
  std::unordered_map<std::string, std::shared_ptr<const MeasuredText>> measured_;  // never iterated
  Structure scratch_structure_;
};

// Internal anchor keys cannot collide with plan ids, which are XML names.
inline std::string heading_key(std::size_t index) { return "#heading-" + std::to_string(index); }
inline const std::string contents_key = "#contents";
inline const std::string revisions_key = "#revisions";

}  // namespace planforge::detail
