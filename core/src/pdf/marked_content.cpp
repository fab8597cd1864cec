#include "pdf/marked_content.hpp"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <string>

namespace planforge::detail {

namespace {

// An artifact's /Type and /Subtype (ISO 32000-1 14.8.2.2.2).
std::string artifact_properties(ArtifactKind kind) {
  switch (kind) {
    case ArtifactKind::header: return "<</Type /Pagination /Subtype /Header>>";
    case ArtifactKind::footer: return "<</Type /Pagination /Subtype /Footer>>";
    case ArtifactKind::watermark: return "<</Type /Pagination /Subtype /Watermark>>";
    case ArtifactKind::pagination: return "<</Type /Pagination>>";
    case ArtifactKind::layout: break;
  }
  return "<</Type /Layout>>";
}

bool same(const Tag& a, const Tag& b) {
  return a.is_artifact() ? b.is_artifact() && a.artifact == b.artifact : a.node == b.node;
}

}  // namespace

MarkedContent::MarkedContent(Haru& haru, HPDF_Page page, const Structure& structure)
    : haru_(haru), page_(page), structure_(structure) {}

bool MarkedContent::changes(const Tag& tag) const { return !open_ || !same(*open_, tag); }

void MarkedContent::enter(const Tag& tag) {
  if (!changes(tag)) return;
  close();
  if (tag.is_artifact()) {
    write("/Artifact " + artifact_properties(tag.artifact) + " BDC\n");
  } else {
    if (static_cast<std::size_t>(tag.node) >= structure_.size())
      throw PdfError("a page item belongs to structure element " + std::to_string(tag.node) + " of " +
                     std::to_string(structure_.size()));
    const StructElement& e = structure_[tag.node];
    write("/" + std::string(standard_name(e.type, e.level)) + " <</MCID " + std::to_string(mcids_.size()) +
          ">> BDC\n");
    mcids_.push_back(tag.node);
  }
  open_ = tag;
}

void MarkedContent::close() {
  if (!open_) return;
  write("EMC\n");
  open_.reset();
}

void MarkedContent::write(const std::string& operators) {
  // The page's content stream as libharu's painting calls leave it (hpdf_pages.h).
  auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
  haru_.call("HPDF_Stream_WriteStr", HPDF_Stream_WriteStr, attr->stream, operators.c_str());
}

}  // namespace planforge::detail
