#include "layout/table_splits.hpp"

#include <map>
#include <set>

namespace planforge::detail {

namespace {

using RowsByTable = std::map<int, std::set<int>>;  // block -> its rows on a page

RowsByTable rows_on(const PagePlan& page, const std::vector<std::string>& names) {
  RowsByTable rows;
  for (const Placement& pl : page.placements) {
    const Chunk& c = *pl.chunk;
    const bool row = c.role == Role::unit || c.role == Role::emphasis;
    if (row && c.block >= 0 && static_cast<std::size_t>(c.block) < names.size() && !names[c.block].empty())
      rows[c.block].insert(c.unit);  // the pieces of a cut row count once per page
  }
  return rows;
}

}  // namespace

std::vector<TableSplit> table_splits(const Pagination& pag, const std::vector<std::string>& names,
                                     int first_page) {
  std::vector<TableSplit> out;
  RowsByTable before;
  for (std::size_t p = 0; p < pag.pages.size(); ++p) {
    RowsByTable here = rows_on(pag.pages[p], names);
    for (const auto& [block, rows] : here)
      if (const auto it = before.find(block); it != before.end())
        out.push_back({first_page + static_cast<int>(p) - 1, static_cast<int>(it->second.size()),
                       static_cast<int>(rows.size()), names[block]});
    before = std::move(here);
  }
  return out;
}

}  // namespace planforge::detail
