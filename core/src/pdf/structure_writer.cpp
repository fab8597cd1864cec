#include "pdf/structure_writer.hpp"

#include "pdf/pdf_objects.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace planforge::detail {

namespace {

// Where content is in the document's content order: page, then MCID.
struct Position {
  int page = std::numeric_limits<int>::max();
  int mcid = 0;
  bool operator<(const Position& o) const { return page != o.page ? page < o.page : mcid < o.mcid; }
};

// A number tree's leaves hold at most this many entries (libharu's arrays hold 32,767 items).
constexpr std::size_t leaf_entries = 1024;

const char* numbering_name(ListNumbering n) {
  switch (n) {
    case ListNumbering::disc: return "Disc";
    case ListNumbering::decimal: return "Decimal";
    case ListNumbering::lower_alpha: return "LowerAlpha";
    case ListNumbering::lower_roman: return "LowerRoman";
    case ListNumbering::none: break;
  }
  return "None";
}

bool is_cell(StructType t) { return t == StructType::header_cell || t == StructType::data_cell; }

class StructureWriter {
 public:
  StructureWriter(Haru& haru, const Structure& s, const std::vector<PdfPage>& pages, const PageTags& tags)
      : objects_(haru), s_(s), pages_(pages), tags_(tags), content_(s.size()), links_(s.size()),
        first_(s.size()), keep_(s.size(), false), children_(s.size()), dicts_(s.size(), nullptr) {}

  void write() {
    // Marked content as PDF/UA-1 reads it is ISO 32000-1's: header scopes and /Tabs came with 1.5.
    objects_.pdf_version(HPDF_VER_17);
    if (s_.empty()) return;
    collect();
    HPDF_Dict root = objects_.dict(true);
    objects_.add_name(root, "Type", "StructTreeRoot");
    for (std::size_t i = 0; i < s_.size(); ++i)
      if (keep_[i]) dicts_[i] = objects_.dict(true);
    for (std::size_t i = 0; i < s_.size(); ++i)
      if (keep_[i]) element(static_cast<int>(i), root);
    objects_.add(root, "K", dicts_[0]);
    parent_tree(root);
    HPDF_Dict catalog = objects_.catalog();
    objects_.add(catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = objects_.dict();
    objects_.add_bool(mark_info, "Marked", true);
    objects_.add(catalog, "MarkInfo", mark_info);
    HPDF_Dict viewer = objects_.dict();
    objects_.add_bool(viewer, "DisplayDocTitle", true);  // the title, not the file name
    objects_.add(catalog, "ViewerPreferences", viewer);
    for (const PdfPage& p : pages_) objects_.add_name(p.page, "Tabs", "S");  // tab in structure order
  }

 private:
  // Each element's own content and links; the first position in its subtree; which elements
  // are written (those with content, table cells, and their ancestors); children in order.
  void collect() {
    for (std::size_t p = 0; p < tags_.mcids.size(); ++p)
      for (std::size_t m = 0; m < tags_.mcids[p].size(); ++m)
        content_[node(tags_.mcids[p][m])].push_back({static_cast<int>(p), static_cast<int>(m)});
    for (std::size_t k = 0; k < tags_.links.size(); ++k)
      if (tags_.links[k].node >= 0) links_[node(tags_.links[k].node)].push_back(k);
    for (std::size_t i = 0; i < s_.size(); ++i) {
      if (!content_[i].empty()) first_[i] = content_[i].front();
      keep_[i] = !content_[i].empty() || !links_[i].empty() || is_cell(s_[static_cast<int>(i)].type);
    }
    keep_[0] = true;
    // Parents come before their children, so one backward pass carries facts up the tree.
    for (std::size_t i = s_.size(); i-- > 1;) {
      const int parent = s_[static_cast<int>(i)].parent;
      if (parent < 0 || static_cast<std::size_t>(parent) >= i)
        throw PdfError("structure element " + std::to_string(i) + " has parent " + std::to_string(parent));
      const auto p = static_cast<std::size_t>(parent);
      first_[p] = std::min(first_[p], first_[i]);
      if (keep_[i]) keep_[p] = true;
    }
    for (std::size_t i = 1; i < s_.size(); ++i)
      if (keep_[i]) children_[static_cast<std::size_t>(s_[static_cast<int>(i)].parent)].push_back(static_cast<int>(i));
  }

  std::size_t node(int n) const {
    if (n < 0 || static_cast<std::size_t>(n) >= s_.size())
      throw PdfError("marked content refers to structure element " + std::to_string(n) + " of " +
                     std::to_string(s_.size()));
    return static_cast<std::size_t>(n);
  }

  void element(int i, HPDF_Dict root) {
    const StructElement& e = s_[i];
    const auto index = static_cast<std::size_t>(i);
    HPDF_Dict d = dicts_[index];
    // No /Type /StructElem: it is optional, and at tens of thousands of elements (a table
    // cell each) its bytes add up in a file libharu cannot pack into object streams.
    objects_.add_name(d, "S", std::string(standard_name(e.type, e.level)).c_str());
    objects_.add(d, "P", e.parent < 0 ? root : dicts_[static_cast<std::size_t>(e.parent)]);
    const int page = content_[index].empty() ? -1 : content_[index].front().page;
    if (page >= 0) objects_.add(d, "Pg", pages_[static_cast<std::size_t>(page)].page);
    if (e.type == StructType::figure && !e.alt.empty()) objects_.add_text(d, "Alt", e.alt);
    attributes(e, d);
    objects_.add(d, "K", kids(index, page));
  }

  // Content and child elements merged in reading order, then the element's annotations.
  HPDF_Array kids(std::size_t i, int page) {
    HPDF_Array k = objects_.array();
    const std::vector<Position>& own = content_[i];
    std::size_t next = 0;
    auto content = [&](const Position& at) {
      if (at.page == page) {
        objects_.push_number(k, at.mcid);
        return;
      }
      HPDF_Dict mcr = objects_.dict();  // content on another page than the element's /Pg
      objects_.add_name(mcr, "Type", "MCR");
      objects_.add(mcr, "Pg", pages_[static_cast<std::size_t>(at.page)].page);
      objects_.add_number(mcr, "MCID", at.mcid);
      objects_.push(k, mcr);
    };
    for (int child : children_[i]) {
      while (next < own.size() && own[next] < first_[static_cast<std::size_t>(child)]) content(own[next++]);
      objects_.push(k, dicts_[static_cast<std::size_t>(child)]);
    }
    while (next < own.size()) content(own[next++]);
    for (std::size_t l : links_[i]) {
      const LinkAnnotation& link = tags_.links[l];
      HPDF_Dict objr = objects_.dict();
      objects_.add_name(objr, "Type", "OBJR");
      objects_.add(objr, "Obj", link.annot);
      objects_.add(objr, "Pg", pages_[static_cast<std::size_t>(link.page)].page);
      objects_.push(k, objr);
    }
    return k;
  }

  void attributes(const StructElement& e, HPDF_Dict d) {
    if (is_cell(e.type) && (e.type == StructType::header_cell || e.col_span > 1)) {
      HPDF_Dict a = objects_.dict();
      objects_.add_name(a, "O", "Table");
      if (e.type == StructType::header_cell) objects_.add_name(a, "Scope", e.scope == HeaderScope::row ? "Row" : "Column");
      if (e.col_span > 1) objects_.add_number(a, "ColSpan", e.col_span);
      objects_.add(d, "A", a);
    } else if (e.type == StructType::list) {
      HPDF_Dict a = objects_.dict();
      objects_.add_name(a, "O", "List");
      objects_.add_name(a, "ListNumbering", numbering_name(e.numbering));
      objects_.add(d, "A", a);
    } else if (e.type == StructType::figure && e.bbox && e.bbox->page >= 0 &&
               static_cast<std::size_t>(e.bbox->page) < pages_.size()) {
      const double h = pages_[static_cast<std::size_t>(e.bbox->page)].height;
      HPDF_Dict a = objects_.dict();
      objects_.add_name(a, "O", "Layout");
      objects_.add_name(a, "Placement", "Block");
      HPDF_Array box = objects_.array();
      objects_.push_real(box, e.bbox->x);
      objects_.push_real(box, h - e.bbox->y - e.bbox->height);
      objects_.push_real(box, e.bbox->x + e.bbox->width);
      objects_.push_real(box, h - e.bbox->y);
      objects_.add(a, "BBox", box);
      objects_.add(d, "A", a);
    }
  }

  // Keys: page p is p (/StructParents), link annotation k is pages + k (/StructParent).
  void parent_tree(HPDF_Dict root) {
    struct Entry {
      int key;
      void* value;
    };
    std::vector<Entry> entries;
    for (std::size_t p = 0; p < tags_.mcids.size(); ++p) {
      if (tags_.mcids[p].empty()) continue;
      HPDF_Array owners = objects_.array(true);
      for (int n : tags_.mcids[p]) objects_.push(owners, dicts_[node(n)]);
      objects_.add_number(pages_[p].page, "StructParents", static_cast<long long>(p));
      entries.push_back({static_cast<int>(p), owners});
    }
    const auto base = static_cast<int>(pages_.size());
    for (std::size_t k = 0; k < tags_.links.size(); ++k) {
      const LinkAnnotation& link = tags_.links[k];
      if (link.node < 0) continue;
      const int key = base + static_cast<int>(k);
      objects_.add_number(link.annot, "StructParent", key);
      entries.push_back({key, dicts_[node(link.node)]});
    }
    HPDF_Dict tree = objects_.dict(true);
    auto fill = [&](HPDF_Dict leaf, std::size_t from, std::size_t to) {
      HPDF_Array nums = objects_.array();
      for (std::size_t i = from; i < to; ++i) {
        objects_.push_number(nums, entries[i].key);
        objects_.push(nums, entries[i].value);
      }
      objects_.add(leaf, "Nums", nums);
    };
    if (entries.size() <= leaf_entries) {
      fill(tree, 0, entries.size());
    } else {  // a two-level number tree: leaves with their key ranges
      HPDF_Array kids = objects_.array();
      for (std::size_t from = 0; from < entries.size(); from += leaf_entries) {
        const std::size_t to = std::min(entries.size(), from + leaf_entries);
        HPDF_Dict leaf = objects_.dict(true);
        fill(leaf, from, to);
        HPDF_Array limits = objects_.array();
        objects_.push_number(limits, entries[from].key);
        objects_.push_number(limits, entries[to - 1].key);
        objects_.add(leaf, "Limits", limits);
        objects_.push(kids, leaf);
      }
      objects_.add(tree, "Kids", kids);
    }
    objects_.add(root, "ParentTree", tree);
    objects_.add_number(root, "ParentTreeNextKey", base + static_cast<long long>(tags_.links.size()));
  }

  PdfObjects objects_;
  const Structure& s_;
  const std::vector<PdfPage>& pages_;
  const PageTags& tags_;
  std::vector<std::vector<Position>> content_;
  std::vector<std::vector<std::size_t>> links_;
  std::vector<Position> first_;
  std::vector<bool> keep_;
  std::vector<std::vector<int>> children_;
  std::vector<HPDF_Dict> dicts_;
};

}  // namespace

void write_structure(Haru& haru, const Structure& structure, const std::vector<PdfPage>& pages,
                     const PageTags& tags) {
  StructureWriter(haru, structure, pages, tags).write();
}

}  // namespace planforge::detail
