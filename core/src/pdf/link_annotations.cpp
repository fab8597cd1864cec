#include "pdf/link_annotations.hpp"

#include "pdf/utf8_clean.hpp"

#include <cmath>

namespace planforge::detail {

LinkAnnotations::LinkAnnotations(Haru& haru, const std::vector<PdfPage>& pages)
    : haru_(haru), pages_(pages) {}

void LinkAnnotations::add(int index, const Page& page) {
  const double page_height = page_at(pages_, index, "a page").height;
  for (const LinkArea& link : page.links) {
    if (!std::isfinite(link.x) || !std::isfinite(link.y) || !std::isfinite(link.width) ||
        !std::isfinite(link.height) || !std::isfinite(link.dest_y))
      throw PdfError("a link has a coordinate that is not a number");
    Link out;
    out.rect[0] = link.x;
    out.rect[1] = page_height - link.y - link.height;
    out.rect[2] = link.x + link.width;
    out.rect[3] = page_height - link.y;
    out.page = index;
    out.node = link.node;
    if (!link.uri.empty()) {
      out.uri = percent_encode_uri(link.uri);
      if (out.uri.size() > max_pdf_string_bytes) continue;  // the text stays; it cannot be a link
    } else {
      out.dest_page = link.dest_page;
      out.dest_top = landing_top(page_at(pages_, link.dest_page, "a link"), link.dest_y);
    }
    out.contents = link.contents;
    links_.push_back(std::move(out));
  }
}

void LinkAnnotations::finish(long long struct_parents) {
  struct_parents_ = struct_parents;
  objects_ = std::make_unique<ObjectRange>(haru_, links_.size(),
                                           [this](std::size_t k, std::string& out) { body(k, out); });
  HPDF_Array annots = nullptr;
  for (std::size_t k = 0; k < links_.size(); ++k) {
    if (k == 0 || links_[k].page != links_[k - 1].page) {
      annots = haru_.call("HPDF_Array_New", HPDF_Array_New, haru_.doc()->mmgr);
      haru_.call("HPDF_Dict_Add", HPDF_Dict_Add, pages_[static_cast<std::size_t>(links_[k].page)].page,
                 "Annots", static_cast<void*>(annots));
    }
    haru_.call("HPDF_Array_Add", HPDF_Array_Add, annots, objects_->reference(k));
  }
}

unsigned LinkAnnotations::page_number(std::size_t page) const {
  return pages_[page].page->header.obj_id & 0x00FFFFFF;
}

void LinkAnnotations::body(std::size_t k, std::string& out) const {
  namespace syntax = pdf_syntax;
  const Link& link = links_[k];
  out += "/Type /Annot /Subtype /Link /Rect [";
  for (double v : link.rect) syntax::real(out, v);
  // No visible frame: the text itself shows that it is a link. Printed: PDF/A wants every
  // annotation printable.
  out += " ] /Border [0 0 0] /F 4 /P";
  syntax::ref(out, page_number(static_cast<std::size_t>(link.page)));
  if (!link.contents.empty()) {
    out += " /Contents";
    syntax::text(out, link.contents);
  }
  if (struct_parents_ >= 0 && link.node >= 0) {
    out += " /StructParent";
    syntax::integer(out, struct_parents_ + static_cast<long long>(k));
  }
  if (link.dest_page < 0) {
    out += " /A << /Type /Action /S /URI /URI";
    syntax::literal(out, link.uri);
    out += " >>";
  } else {
    out += " /Dest [";
    syntax::ref(out, page_number(static_cast<std::size_t>(link.dest_page)));
    out += " /FitH";
    syntax::real(out, link.dest_top);
    out += " ]";
  }
}

}  // namespace planforge::detail
