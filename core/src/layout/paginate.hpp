#pragma once
// Pagination: chunks poured onto pages, honouring keep-with-next chains, page breaks,
// repeated table headers and cuts through boxes taller than the room left.

#include "layout/chunk.hpp"
#include "layout/context.hpp"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace planforge::detail {

struct Placement {
  const Chunk* chunk = nullptr;
  double y = 0;                // page y of the chunk's top
};

struct PagePlan {
  std::vector<Placement> placements;
};

struct AnchorPlace {
  int page = 0;                // index among the paginated pages
  double y = 0;
};

struct Pagination {
  std::vector<PagePlan> pages;
  std::deque<Chunk> pieces;    // chunks cut by pagination (stable addresses)
  std::map<std::string, AnchorPlace> anchors;  // first place each key landed
};

// Lays `flow` out between the page's top and bottom. The chunks must outlive the result.
Pagination paginate(const std::vector<const Chunk*>& flow, const PageGeometry& page);

}  // namespace planforge::detail
