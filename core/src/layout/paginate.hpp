#pragma once
// Pagination: chunks poured onto pages, honouring keep chains (hard and soft), page breaks,
// section starts, changes of orientation, repeated table headers and cuts through boxes
// taller than the room left. The rules are in keep_rules.hpp; this is where they apply.

#include "layout/chunk.hpp"
#include "layout/context.hpp"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace planforge::detail {

struct Placement {
  const Chunk* chunk = nullptr;
  double y = 0;  // page y of the chunk's top
  // For a table header row drawn again on a continued page: the chunk it is drawn for (its
  // table's row opening the page); null otherwise.
  const Chunk* repeats = nullptr;
};

struct PagePlan {
  std::vector<Placement> placements;
  bool landscape = false;
  double used = 0;              // from the body's top to the bottom of its last content
  PageEnd end = PageEnd::flow;  // why the next page was started
};

struct AnchorPlace {
  int page = 0;  // index among the paginated pages
  double y = 0;
};

struct Pagination {
  std::vector<PagePlan> pages;
  std::deque<Chunk> pieces;                    // chunks cut by pagination (stable addresses)
  std::map<std::string, AnchorPlace> anchors;  // first place each key landed
};

// Lays `flow` out between the pages' tops and bottoms: `portrait` is the theme's page,
// `landscape` the page of chunks marked landscape. The chunks must outlive the result.
Pagination paginate(const std::vector<const Chunk*>& flow, const PageGeometry& portrait,
                    const PageGeometry& landscape);

}  // namespace planforge::detail
