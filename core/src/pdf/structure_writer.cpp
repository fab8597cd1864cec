#include "pdf/structure_writer.hpp"

#include "pdf/object_range.hpp"
#include "pdf/pdf_objects.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <string>

namespace planforge::detail {

namespace {

namespace syntax = pdf_syntax;

// Where content is in the document's content order: page, then MCID.
struct Position {
  int page = std::numeric_limits<int>::max();
  int mcid = 0;
  bool operator<(const Position& o) const { return page != o.page ? page < o.page : mcid < o.mcid; }
};

// A number tree's leaves hold at most this many entries.
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

// Values grouped by key, stored flat: one allocation, not one vector per key.
template <class T>
struct Rows {
  std::vector<std::uint32_t> start;  // row k is values[start[k], start[k + 1])
  std::vector<T> values;
  std::span<const T> operator[](std::size_t k) const {
    return {values.data() + start[k], values.data() + start[k + 1]};
  }
};

// `each(emit)` calls emit(key, value) for every value, in the same order each time: once
// to count, once to fill.
template <class T, class Each>
Rows<T> make_rows(std::size_t keys, Each each) {
  Rows<T> rows;
  rows.start.assign(keys + 1, 0);
  each([&](std::size_t key, const T&) { ++rows.start[key + 1]; });
  for (std::size_t k = 0; k < keys; ++k) rows.start[k + 1] += rows.start[k];
  rows.values.resize(rows.start[keys]);
  std::vector<std::uint32_t> next(rows.start.begin(), rows.start.end() - 1);
  each([&](std::size_t key, const T& value) { rows.values[next[key]++] = value; });
  return rows;
}

}  // namespace

class StructureObjects::Tree {
 public:
  Tree(Haru& haru, const Structure& s, const std::vector<PdfPage>& pages, const PageTags& tags,
       const LinkAnnotations& links)
      : haru_(haru), s_(s), pages_(pages), tags_(tags), links_(links) {
    PdfObjects objects(haru_);
    // Marked content as PDF/UA-1 reads it is ISO 32000-1's: header scopes and /Tabs came with 1.5.
    objects.pdf_version(HPDF_VER_17);
    if (s_.empty()) return;
    collect();
    objects_ = std::make_unique<ObjectRange>(haru_, 1 + elements_.size() + leaves_,
                                             [this](std::size_t i, std::string& out) { body(i, out); });
    HPDF_Dict catalog = objects.catalog();
    objects.add(catalog, "StructTreeRoot", objects_->reference(0));
    HPDF_Dict mark_info = objects.dict();
    objects.add_bool(mark_info, "Marked", true);
    objects.add(catalog, "MarkInfo", mark_info);
    HPDF_Dict viewer = objects.dict();
    objects.add_bool(viewer, "DisplayDocTitle", true);  // the title, not the file name
    objects.add(catalog, "ViewerPreferences", viewer);
    for (std::size_t p = 0; p < pages_.size(); ++p) {
      objects.add_name(pages_[p].page, "Tabs", "S");  // tab in structure order
      if (p < tags_.mcids.size() && !tags_.mcids[p].empty())
        objects.add_number(pages_[p].page, "StructParents", static_cast<long long>(p));
    }
  }

 private:
  // Each element's own content and links; the first position in its subtree; which elements
  // are written (those with content, table cells, and their ancestors); children in order;
  // the ParentTree's keys.
  void collect() {
    const std::size_t n = s_.size();
    content_ = make_rows<Position>(n, [&](auto emit) {
      for (std::size_t p = 0; p < tags_.mcids.size(); ++p)
        for (std::size_t m = 0; m < tags_.mcids[p].size(); ++m)
          emit(node(tags_.mcids[p][m]), Position{static_cast<int>(p), static_cast<int>(m)});
    });
    link_rows_ = make_rows<std::uint32_t>(n, [&](auto emit) {
      for (std::size_t k = 0; k < links_.size(); ++k)
        if (links_.node(k) >= 0) emit(node(links_.node(k)), static_cast<std::uint32_t>(k));
    });
    first_.assign(n, Position{});
    std::vector<bool> keep(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      if (!content_[i].empty()) first_[i] = content_[i].front();
      keep[i] = !content_[i].empty() || !link_rows_[i].empty() || is_cell(s_[static_cast<int>(i)].type);
    }
    keep[0] = true;
    // Parents come before their children, so one backward pass carries facts up the tree.
    for (std::size_t i = n; i-- > 1;) {
      const int parent = s_[static_cast<int>(i)].parent;
      if (parent < 0 || static_cast<std::size_t>(parent) >= i)
        throw PdfError("structure element " + std::to_string(i) + " has parent " + std::to_string(parent));
      const auto p = static_cast<std::size_t>(parent);
      first_[p] = std::min(first_[p], first_[i]);
      if (keep[i]) keep[p] = true;
    }
    object_.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
      if (keep[i]) {
        elements_.push_back(static_cast<int>(i));
        object_[i] = static_cast<std::uint32_t>(elements_.size());  // 0 is the root
      }
    children_ = make_rows<int>(n, [&](auto emit) {
      for (std::size_t i = 1; i < n; ++i)
        if (keep[i]) emit(static_cast<std::size_t>(s_[static_cast<int>(i)].parent), static_cast<int>(i));
    });
    // Keys: page p is p (/StructParents), link annotation k is pages + k (/StructParent).
    for (std::size_t p = 0; p < tags_.mcids.size(); ++p)
      if (!tags_.mcids[p].empty()) keys_.push_back(static_cast<long long>(p));
    for (std::size_t k = 0; k < links_.size(); ++k)
      if (links_.node(k) >= 0) keys_.push_back(base() + static_cast<long long>(k));
    leaves_ = keys_.size() <= leaf_entries ? 0 : (keys_.size() + leaf_entries - 1) / leaf_entries;
  }

  std::size_t node(int n) const {
    if (n < 0 || static_cast<std::size_t>(n) >= s_.size())
      throw PdfError("marked content refers to structure element " + std::to_string(n) + " of " +
                     std::to_string(s_.size()));
    return static_cast<std::size_t>(n);
  }

  long long base() const { return static_cast<long long>(pages_.size()); }
  unsigned page_number(std::size_t page) const { return pages_[page].page->header.obj_id & 0x00FFFFFF; }
  void element_ref(std::string& out, std::size_t element) const {
    syntax::ref(out, objects_->number(object_[element]));
  }

  // Objects: 0 the StructTreeRoot, then the written elements in order, then the leaves.
  void body(std::size_t index, std::string& out) const {
    if (index == 0) return root(out);
    if (index <= elements_.size()) return element(static_cast<std::size_t>(elements_[index - 1]), out);
    const std::size_t from = (index - 1 - elements_.size()) * leaf_entries;
    const std::size_t to = std::min(keys_.size(), from + leaf_entries);
    nums(out, from, to);
    out += " /Limits [";
    syntax::integer(out, keys_[from]);
    syntax::integer(out, keys_[to - 1]);
    out += " ]";
  }

  void root(std::string& out) const {
    out += "/Type /StructTreeRoot /K";
    element_ref(out, 0);
    out += " /ParentTree <<";
    if (leaves_ == 0) {
      nums(out, 0, keys_.size());
    } else {  // a two-level number tree: leaves with their key ranges
      out += " /Kids [";
      for (std::size_t l = 0; l < leaves_; ++l) syntax::ref(out, objects_->number(1 + elements_.size() + l));
      out += " ]";
    }
    out += " >> /ParentTreeNextKey";
    syntax::integer(out, base() + static_cast<long long>(links_.size()));
  }

  // The ParentTree's entries [from, to): a page's key to the array of its MCIDs' elements,
  // a link's key to its element.
  void nums(std::string& out, std::size_t from, std::size_t to) const {
    out += " /Nums [";
    for (std::size_t e = from; e < to; ++e) {
      const long long key = keys_[e];
      syntax::integer(out, key);
      if (key < base()) {
        out += " [";
        for (int n : tags_.mcids[static_cast<std::size_t>(key)])
          element_ref(out, static_cast<std::size_t>(n));
        out += " ]";
      } else {
        element_ref(out, static_cast<std::size_t>(links_.node(static_cast<std::size_t>(key - base()))));
      }
      out += '\n';
    }
    out += " ]";
  }

  void element(std::size_t i, std::string& out) const {
    const StructElement& e = s_[static_cast<int>(i)];
    // No /Type /StructElem: it is optional, and at tens of thousands of elements (a table
    // cell each) its bytes add up, even deflated in object streams.
    out += "/S /";
    out += standard_name(e.type, e.level);
    out += " /P";
    if (e.parent < 0)
      syntax::ref(out, objects_->number(0));
    else
      element_ref(out, static_cast<std::size_t>(e.parent));
    const std::span<const Position> own = content_[i];
    const int page = own.empty() ? -1 : own.front().page;
    if (page >= 0) {
      out += " /Pg";
      syntax::ref(out, page_number(static_cast<std::size_t>(page)));
    }
    if (e.type == StructType::figure && !e.alt.empty()) {
      out += " /Alt";
      syntax::text(out, e.alt);
    }
    attributes(e, out);
    kids(i, page, out);
  }

  // Content and child elements merged in reading order, then the element's annotations.
  void kids(std::size_t i, int page, std::string& out) const {
    out += " /K [";
    const std::span<const Position> own = content_[i];
    std::size_t next = 0;
    auto content = [&](const Position& at) {
      if (at.page == page) return syntax::integer(out, at.mcid);
      out += " << /Type /MCR /Pg";  // content on another page than the element's /Pg
      syntax::ref(out, page_number(static_cast<std::size_t>(at.page)));
      out += " /MCID";
      syntax::integer(out, at.mcid);
      out += " >>";
    };
    for (int child : children_[i]) {
      while (next < own.size() && own[next] < first_[static_cast<std::size_t>(child)]) content(own[next++]);
      element_ref(out, static_cast<std::size_t>(child));
    }
    while (next < own.size()) content(own[next++]);
    for (std::uint32_t k : link_rows_[i]) {
      out += " << /Type /OBJR /Obj";
      syntax::ref(out, links_.number(k));
      out += " /Pg";
      syntax::ref(out, page_number(static_cast<std::size_t>(links_.page(k))));
      out += " >>";
    }
    out += " ]";
  }

  void attributes(const StructElement& e, std::string& out) const {
    if (is_cell(e.type) && (e.type == StructType::header_cell || e.col_span > 1)) {
      out += " /A << /O /Table";
      if (e.type == StructType::header_cell)
        out += e.scope == HeaderScope::row ? " /Scope /Row" : " /Scope /Column";
      if (e.col_span > 1) {
        out += " /ColSpan";
        syntax::integer(out, e.col_span);
      }
      out += " >>";
    } else if (e.type == StructType::list) {
      out += " /A << /O /List /ListNumbering /";
      out += numbering_name(e.numbering);
      out += " >>";
    } else if (e.type == StructType::figure && e.bbox && e.bbox->page >= 0 &&
               static_cast<std::size_t>(e.bbox->page) < pages_.size()) {
      const double h = pages_[static_cast<std::size_t>(e.bbox->page)].height;
      out += " /A << /O /Layout /Placement /Block /BBox [";
      syntax::real(out, e.bbox->x);
      syntax::real(out, h - e.bbox->y - e.bbox->height);
      syntax::real(out, e.bbox->x + e.bbox->width);
      syntax::real(out, h - e.bbox->y);
      out += " ] >>";
    }
  }

  Haru& haru_;
  const Structure& s_;
  const std::vector<PdfPage>& pages_;
  const PageTags& tags_;
  const LinkAnnotations& links_;
  Rows<Position> content_;
  Rows<std::uint32_t> link_rows_;
  Rows<int> children_;
  std::vector<Position> first_;
  std::vector<int> elements_;          // the written elements, in order
  std::vector<std::uint32_t> object_;  // each element's object index (0: not written)
  std::vector<long long> keys_;        // the ParentTree's keys, ascending
  std::size_t leaves_ = 0;             // 0: the entries are in the ParentTree itself
  std::unique_ptr<ObjectRange> objects_;
};

StructureObjects::StructureObjects(Haru& haru, const Structure& structure, const std::vector<PdfPage>& pages,
                                   const PageTags& tags, const LinkAnnotations& links)
    : tree_(std::make_unique<Tree>(haru, structure, pages, tags, links)) {}

StructureObjects::~StructureObjects() = default;

}  // namespace planforge::detail
