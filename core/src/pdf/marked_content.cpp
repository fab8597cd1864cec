#include "pdf/marked_content.hpp"

#include "pdf/pdf_writer.hpp"

#include <string>

namespace planforge::detail {

namespace {

// An artifact's /Type and /Subtype (ISO 32000-1 14.8.2.2.2).
std::string_view artifact_properties(ArtifactKind kind) {
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

MarkedContent::MarkedContent(ContentWriter& out, const Structure& structure)
    : out_(out), structure_(structure) {}

bool MarkedContent::changes(const Tag& tag) const { return !open_ || !same(*open_, tag); }

void MarkedContent::enter(const Tag& tag) {
  if (!changes(tag)) return;
  close();
  if (tag.is_artifact()) {
    out_.raw("/Artifact ");
    out_.raw(artifact_properties(tag.artifact));
    out_.raw(" BDC\n");
  } else {
    if (static_cast<std::size_t>(tag.node) >= structure_.size())
      throw PdfError("a page item belongs to structure element " + std::to_string(tag.node) + " of " +
                     std::to_string(structure_.size()));
    const StructElement& e = structure_[tag.node];
    out_.raw("/");
    out_.raw(standard_name(e.type, e.level));
    out_.raw(" <</MCID ");
    out_.raw(std::to_string(mcids_.size()));
    out_.raw(">> BDC\n");
    mcids_.push_back(tag.node);
  }
  open_ = tag;
}

void MarkedContent::close() {
  if (!open_) return;
  out_.raw("EMC\n");
  open_.reset();
}

}  // namespace planforge::detail
