// The layout driver: builds every block's chunks, paginates, and repeats with the page
// numbers it found until what the contents and the refs print is where their targets are.

#include "layout/layout.hpp"

#include "layout/blocks.hpp"
#include "layout/cover.hpp"
#include "layout/document_structure.hpp"
#include "layout/front_matter.hpp"
#include "layout/keep_rules.hpp"
#include "layout/paginate.hpp"
#include "layout/running.hpp"
#include "layout/table_splits.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <stdexcept>

namespace planforge::detail {

namespace {

constexpr int max_passes = 4;
constexpr int toc_depth = 3;

// Chunk::structure numbers the trees: the contents', the revision history's, then the body
// blocks' in order.
constexpr int contents_structure = 0, revisions_structure = 1, first_block_structure = 2;

struct HeadingInfo {
  const Heading* heading = nullptr;  // read until the outline is made
  int level = 1;
  std::string key;
};

struct BodyBlock {
  const Block* block = nullptr;
  int heading = -1;  // index into headings_ when the block is a heading
  std::vector<Chunk> chunks;
  Structure structure;     // its elements; its chunks' tags index them
  bool landscape = false;  // goes on landscape pages
  bool built = false;
  bool dynamic = false;  // printed a page number: rebuilt on every pass
};

void collect_list_anchors(const List& list, std::set<std::string>& keys) {
  for (const ListItem& item : list.items) {
    if (!item.anchor.empty()) keys.insert(item.anchor);
    for (const List& child : item.children) collect_list_anchors(child, keys);
  }
}

// The anchors of one block of any kind (a Block's alternative or a grid cell's).
template <class T>
void collect_block_anchors(const T& b, std::set<std::string>& keys) {
  auto add = [&](const std::string& key) {
    if (!key.empty()) keys.insert(key);
  };
  if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, KeyValues> || std::is_same_v<T, Callout> ||
                std::is_same_v<T, Figure> || std::is_same_v<T, Image>) {
    add(b.anchor);
  } else if constexpr (std::is_same_v<T, Table>) {
    add(b.anchor);
    for (const TableRow& row : b.rows) add(row.anchor);
  } else if constexpr (std::is_same_v<T, List>) {
    collect_list_anchors(b, keys);
  } else if constexpr (std::is_same_v<T, PanelGrid>) {
    for (const Panel& p : b.panels) add(p.anchor);
  } else if constexpr (std::is_same_v<T, Grid>) {
    add(b.anchor);
    for (const GridCell& cell : b.cells) {
      add(cell.anchor);
      for (const CellBlock& inner : cell.blocks)
        std::visit([&](const auto& v) { collect_block_anchors(v, keys); }, inner);
    }
  }
}

void collect_anchors(const Block& block, std::set<std::string>& keys) {
  std::visit([&](const auto& b) { collect_block_anchors(b, keys); }, block);
}

class DocumentLayout {
 public:
  // `owned`: the same input when it may be used up (release_content), else null.
  DocumentLayout(const DocumentInput& input, DocumentInput* owned, const Theme& theme, const FontSet& fonts,
                 Diagnostics& diags)
      : input_(input), owned_(owned), ctx_(input, theme, fonts, diags) {}

  PageSet run() {
    index_body();
    Pagination pag;
    bool settled = false;
    for (int pass = 0; pass < max_passes && !settled; ++pass) {
      pag = {};  // it points into the chunks build_all() makes again
      build_all();
      pag = paginate(assemble(), ctx_.geometry(false), ctx_.geometry(true));
      settled = learn(pag);
    }
    if (!settled) {
      // Contents entries are as tall whatever number they print, so printing the numbers
      // just found cannot move anything: the contents are always right.
      ctx_.page = ctx_.geometry(false);
      build_contents();
      pag = paginate(assemble(), ctx_.geometry(false), ctx_.geometry(true));
      ctx_.diags.report(code("layout/refs-unsettled"), {},
                        "cross-reference page numbers did not settle after " + std::to_string(max_passes) +
                            " layout passes; some may be off by a page");
    }
    for (const std::string& id : ctx_.missing_refs)
      ctx_.diags.report(code("layout/ref-without-page"), {},
                        "reference to '" + id + "' has no page: nothing in the document carries that id");
    return materialize(std::move(pag));
  }

 private:
  void index_body() {
    ctx_.anchor_keys = {contents_key, revisions_key};
    bool landscape = false;  // a page break or a spacer goes with the block before it
    // On a theme whose pages are landscape already, a landscape block is on an ordinary page.
    const bool turns = ctx_.theme.page_height > ctx_.theme.page_width;
    for (const Block& block : input_.body) {
      BodyBlock b;
      b.block = &block;
      if (const Flow* flow = flow_of(block)) landscape = flow->landscape && turns;
      b.landscape = landscape;
      if (const auto* h = std::get_if<Heading>(&block)) {
        b.heading = static_cast<int>(headings_.size());
        const std::string key = h->id.empty() ? heading_key(headings_.size()) : h->id;
        headings_.push_back({h, h->level, key});
        ctx_.anchor_keys.insert(key);
        if (h->in_toc && h->level <= toc_depth) toc_.push_back({h->level, h->label, h->title, key});
      } else {
        collect_anchors(block, ctx_.anchor_keys);
      }
      blocks_.push_back(std::move(b));
    }
  }

  std::vector<Chunk> block_chunks(const BodyBlock& b) {
    return std::visit(
        [&](const auto& v) -> std::vector<Chunk> {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, Heading>) {
            return heading_chunks(v, headings_[b.heading].key, ctx_);
          } else if constexpr (std::is_same_v<T, PageBreak>) {
            Chunk c;
            c.break_before = true;
            return one_chunk(std::move(c));
          } else if constexpr (std::is_same_v<T, Spacer>) {
            Chunk c;
            c.space_before = std::max(0.0, v.height);
            return one_chunk(std::move(c));
          } else {
            return chunks_of(v, ctx_);
          }
        },
        *b.block);
  }

  // Builds chunks with `build`, their elements into `tree`, numbered `number`.
  template <class Build>
  std::vector<Chunk> build_tagged(Structure& tree, int number, Build build) {
    tree.clear();
    ctx_.structure = &tree;
    std::vector<Chunk> chunks = build();
    ctx_.structure = &scratch_;
    for (Chunk& c : chunks) c.structure = number;
    return chunks;
  }

  void build_contents() {
    contents_ =
        build_tagged(contents_structure_, contents_structure, [&] { return contents_chunks(toc_, ctx_); });
  }

  void build_all() {
    ctx_.printed.clear();
    ctx_.missing_refs.clear();
    ctx_.page = ctx_.geometry(false);
    build_contents();
    revisions_ = build_tagged(revisions_structure_, revisions_structure,
                              [&] { return revision_chunks(input_.revisions, ctx_); });
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      BodyBlock& b = blocks_[i];
      if (b.built && !b.dynamic) continue;
      ctx_.used_numbers = false;
      ctx_.page = ctx_.geometry(b.landscape);
      std::vector<Chunk>().swap(b.chunks);  // the last pass's, not held while building anew
      b.chunks = build_tagged(b.structure, first_block_structure + static_cast<int>(i),
                              [&] { return block_chunks(b); });
      b.structure.shrink_to_fit();  // kept across passes
      for (Chunk& c : b.chunks) c.block = static_cast<int>(i);
      b.dynamic = ctx_.used_numbers;
      b.built = true;
      if (!b.dynamic) release_content(i);
    }
    ctx_.page = ctx_.geometry(false);
    space_blocks();
    std::vector<RuledBlock> ruled;
    ruled.reserve(blocks_.size());
    for (BodyBlock& b : blocks_)
      ruled.push_back({b.block, &b.chunks, ctx_.geometry(b.landscape).body_height(), b.landscape});
    apply_keep_rules(ruled, ctx_.theme);
  }

  // A block built for good (it printed no page number): a table's cells are read by nothing
  // after it (its rows' keeps, caption and anchor are; a figure is drawn when placed).
  void release_content(std::size_t i) {
    if (!owned_) return;
    if (auto* table = std::get_if<Table>(&owned_->body[i]))
      for (TableRow& row : table->rows) std::vector<Cell>().swap(row.cells);
  }

  bool label_at(std::size_t i) const {
    return is_label(*blocks_[i].block, blocks_[i].chunks,
                    i + 1 < blocks_.size() ? blocks_[i + 1].block : nullptr);
  }

  // Spacing between neighbouring blocks (keeps and breaks are keep_rules.hpp's). Every
  // assignment is idempotent, so blocks kept from an earlier pass can go through it again.
  void space_blocks() {
    const Spacing sp = Spacing::of(ctx_.theme);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      std::vector<Chunk>& chunks = blocks_[i].chunks;
      if (chunks.empty()) continue;
      if (label_at(i)) chunks.front().space_before = sp.block;
      if (i > 0 && label_at(i - 1))
        chunks.front().space_before = std::min(chunks.front().space_before, sp.item);
      // What follows a heading starts close under it.
      if (i > 0 && blocks_[i - 1].heading >= 0 && blocks_[i].heading < 0)
        chunks.front().space_before = std::min(chunks.front().space_before, sp.after_heading);
    }
  }

  std::vector<const Chunk*> assemble() const {
    std::vector<const Chunk*> flow;
    for (const Chunk& c : contents_) flow.push_back(&c);
    for (const Chunk& c : revisions_) flow.push_back(&c);
    for (const BodyBlock& b : blocks_)
      for (const Chunk& c : b.chunks) flow.push_back(&c);
    return flow;
  }

  // Records where the anchors landed; true when every number printed was right.
  bool learn(const Pagination& pag) {
    std::map<std::string, int> found;
    for (const auto& [key, place] : pag.anchors) found[key] = place.page + 2;  // the cover is page 1
    const bool settled = std::all_of(ctx_.printed.begin(), ctx_.printed.end(), [&](const auto& p) {
      const auto it = found.find(p.first);
      return it != found.end() && it->second == p.second;
    });
    ctx_.known_pages = std::move(found);
    return settled;
  }

  // The pages from the last pass's pagination. It uses the layout up as it goes: a block's
  // chunks are freed once the pages pass it, the input's blocks and the pagination once every
  // page is made; the document's structure is joined last, when little else is held.
  PageSet materialize(Pagination pag) {
    PageSet out;
    const PageGeometry portrait = ctx_.geometry(false);
    out.width = portrait.width;
    out.height = portrait.height;
    out.info = input_.info;
    const int total = static_cast<int>(pag.pages.size()) + 1;
    out.pages.reserve(total);
    ctx_.page = portrait;
    // The body's pictures first, at the indexes image_chunks used; the cover adds its logos.
    out.images = owned_ ? std::move(owned_->pictures) : input_.pictures;  // no block reads them now
    Structure cover;
    ctx_.structure = &cover;
    out.pages.push_back(cover_page(input_.cover, ctx_, out.images));
    ctx_.structure = &scratch_;
    out.pages.back().end = PageEnd::part;
    const std::vector<int> offsets = structure_offsets(cover);
    for (PageItem& item : out.pages.back().items) retag(item, offsets.front(), false);
    out.table_splits = table_splits(pag, table_names(), 1);
    std::vector<std::pair<int, PageBox>> figure_boxes;  // set once the structure is joined
    std::size_t passed = 0;                             // the blocks before this one are all on pages made
    for (std::size_t p = 0; p < pag.pages.size(); ++p) {
      const PagePlan& plan = pag.pages[p];
      ctx_.page = ctx_.geometry(plan.landscape);  // the running header and footer span this page
      Page page;
      page.width = ctx_.page.width;
      page.height = ctx_.page.height;
      page.fill = plan.used / ctx_.page.body_height();
      page.end = plan.end;
      add_running_elements(page, static_cast<int>(p) + 2, total, ctx_);
      for (const Placement& pl : pag.pages[p].placements) {
        // A repeated table header is drawn for the row opening the page; it is an artifact.
        const bool repeated = pl.repeats != nullptr;
        const int tree = (repeated ? pl.repeats : pl.chunk)->structure;
        const int offset = tree >= 0 ? offsets[static_cast<std::size_t>(tree) + 1] : 0;
        // The last use of the chunks: a chunk placed once gives its items to the page and
        // lets go of them, so the document is not held twice (a repeated header is copied).
        Chunk& chunk = const_cast<Chunk&>(*pl.chunk);
        Drawn content = repeated ? drawn(chunk) : take_drawn(chunk);
        for (PageItem& item : content.items) {
          shift_item(item, pl.y);
          retag(item, offset, repeated);
          page.items.push_back(std::move(item));
        }
        if (!repeated) {
          std::vector<PageItem>().swap(chunk.items);
          std::vector<PendingLink>().swap(chunk.links);
          chunk.splittable = false;  // and the box it was drawn from
          chunk.shrink = nullptr;
          chunk.draw = nullptr;  // and the figure's text it drew with
          chunk.box = nullptr;
        }
        if (!repeated)
          for (const ElementBox& box : pl.chunk->boxes)
            figure_boxes.emplace_back(box.node + offset, PageBox{static_cast<int>(out.pages.size()), box.x,
                                                                 box.y + pl.y, box.width, box.height});
        for (const PendingLink& link : content.links) {
          LinkArea area = link.area;
          area.y += pl.y;
          if (area.node >= 0) area.node += offset;
          if (!link.target.empty()) {
            const auto it = pag.anchors.find(link.target);
            if (it == pag.anchors.end()) continue;
            area.dest_page = it->second.page + 1;
            area.dest_y = it->second.y;
          }
          page.links.push_back(std::move(area));
        }
      }
      page.items.shrink_to_fit();  // held until the PDF is written: no growth slack
      out.pages.push_back(std::move(page));
      // Pages are made in flow order: no later placement is of a block before this page's last.
      const int last = pag.pages[p].placements.empty() ? -1 : pag.pages[p].placements.back().chunk->block;
      for (; last >= 0 && passed < static_cast<std::size_t>(last); ++passed)
        std::vector<Chunk>().swap(blocks_[passed].chunks);
    }
    ctx_.page = portrait;
    out.outline = outline(pag);
    pag = {};
    for (BodyBlock& b : blocks_) std::vector<Chunk>().swap(b.chunks);
    std::vector<Chunk>().swap(contents_);
    std::vector<Chunk>().swap(revisions_);
    if (owned_) std::vector<Block>().swap(owned_->body);  // figures drawn, outline made: all read
    const std::vector<int> joined = join_structure(cover, out);
    if (joined != offsets)
      throw std::logic_error("layout: the structure joined is not where it was expected");
    for (const auto& [node, box] : figure_boxes) out.structure[node].bbox = box;
    return out;
  }

  std::vector<std::string> table_names() const {
    std::vector<std::string> tables(blocks_.size());
    for (std::size_t i = 0; i < blocks_.size(); ++i)
      if (const auto* t = std::get_if<Table>(blocks_[i].block))
        tables[i] = !t->caption.empty()  ? t->caption
                    : !t->anchor.empty() ? t->anchor
                                         : "table " + std::to_string(i);
    return tables;
  }

  // Where each tree's elements will be in the document's structure, before they are joined
  // (join_structure returns the same): the cover's first, then by Chunk::structure. A part
  // added as a section comes after its Sect (DocumentStructure::add_section).
  std::vector<int> structure_offsets(const Structure& cover) const {
    std::vector<int> offsets;
    int size = 1;  // the Document
    auto add = [&](const Structure& part, bool section) {
      size += section ? 1 : 0;
      offsets.push_back(size);
      size += static_cast<int>(part.size());
    };
    add(cover, false);
    add(contents_structure_, true);
    if (revisions_structure_.empty())
      offsets.push_back(0);
    else
      add(revisions_structure_, true);
    for (const BodyBlock& b : blocks_) add(b.structure, b.heading >= 0);
    return offsets;
  }

  // The document's structure from the cover's tree and the blocks' (document_structure.hpp),
  // into out.structure; the offset of each tree: the cover's first, then by Chunk::structure.
  // Each block's tree is let go of once joined: the document's holds it from then on.
  std::vector<int> join_structure(const Structure& cover, PageSet& out) {
    DocumentStructure doc;
    std::size_t elements = cover.size() + contents_structure_.size() + revisions_structure_.size();
    for (const BodyBlock& b : blocks_) elements += b.structure.size();
    doc.reserve(blocks_.size() + 3, elements);
    std::vector<int> offsets;
    offsets.push_back(doc.add(cover));
    offsets.push_back(doc.add_section(contents_structure_, 1));
    offsets.push_back(revisions_structure_.empty() ? 0 : doc.add_section(revisions_structure_, 1));
    for (BodyBlock& b : blocks_) {
      offsets.push_back(b.heading >= 0 ? doc.add_section(b.structure, headings_[b.heading].level)
                                       : doc.add(b.structure));
      b.structure = Structure();
    }
    out.structure = doc.take();
    return offsets;
  }

  // Moves a tag of a tree appended at `offset` to the document's numbering; a repeated
  // table header is an artifact.
  static void retag(PageItem& item, int offset, bool repeated) {
    std::visit(
        [&](auto& it) {
          if constexpr (requires { it.tag; }) {
            if (repeated)
              it.tag = artifact(ArtifactKind::pagination);
            else if (!it.tag.is_artifact())
              it.tag.node += offset;
          }
        },
        item);
  }

  std::vector<OutlineEntry> outline(const Pagination& pag) const {
    std::vector<OutlineEntry> out;
    auto add = [&](std::string title, int level, const std::string& key) {
      const auto it = pag.anchors.find(key);
      if (it == pag.anchors.end()) return;
      // Bookmark levels nest by order: a level may only go one deeper than the one before.
      const int previous = out.empty() ? 0 : out.back().level;
      out.push_back(
          {std::move(title), std::clamp(level, 1, previous + 1), it->second.page + 1, it->second.y});
    };
    add(input_.locale.text("contents"), 1, contents_key);
    if (!input_.revisions.empty()) add(input_.locale.text("revision-history"), 1, revisions_key);
    for (const HeadingInfo& h : headings_) {
      if (!h.heading->in_toc) continue;
      const std::string& label = h.heading->label;
      add(label.empty() ? h.heading->title : label + " " + h.heading->title, h.heading->level, h.key);
    }
    return out;
  }

  const DocumentInput& input_;
  DocumentInput* owned_ = nullptr;
  LayoutContext ctx_;
  std::vector<HeadingInfo> headings_;
  std::vector<TocEntry> toc_;
  std::vector<BodyBlock> blocks_;
  std::vector<Chunk> contents_, revisions_;
  Structure contents_structure_, revisions_structure_;
  Structure scratch_;  // what builders tag into outside a block (never read)
};

}  // namespace

PageSet layout_document(const DocumentInput& input, const Theme& theme, const FontSet& fonts,
                        Diagnostics& diags) {
  return DocumentLayout(input, nullptr, theme, fonts, diags).run();
}

PageSet layout_document(DocumentInput&& input, const Theme& theme, const FontSet& fonts, Diagnostics& diags) {
  return DocumentLayout(input, &input, theme, fonts, diags).run();
}

}  // namespace planforge::detail
