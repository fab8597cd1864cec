#pragma once
// The pages between the cover and the body: the table of contents and the revision history.

#include "layout/chunk.hpp"
#include "layout/context.hpp"

#include <string>
#include <vector>

namespace planforge::detail {

struct TocEntry {
  int level = 1;
  std::string label, title;
  std::string key;  // anchor key of the heading
};

// "Contents" and one entry per heading: number, title, dot leaders, page number, linked.
std::vector<Chunk> contents_chunks(const std::vector<TocEntry>& entries, LayoutContext& ctx);

// "Revision history" and its table; nothing when there are no revisions.
std::vector<Chunk> revision_chunks(const std::vector<RevisionRow>& revisions, LayoutContext& ctx);

}  // namespace planforge::detail
