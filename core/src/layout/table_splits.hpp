#pragma once
// Every table continued from one page onto the next, with the body rows each page holds:
// with each page's fill and end (PagePlan), the facts the page-quality measure reads.

#include "layout/page_set.hpp"
#include "layout/paginate.hpp"

#include <string>
#include <vector>

namespace planforge::detail {

// `names[b]` names block b of the flow when it is a table and is empty otherwise;
// `first_page` is the PageSet index of the first paginated page (after the cover).
std::vector<TableSplit> table_splits(const Pagination& pag, const std::vector<std::string>& names,
                                     int first_page);

}  // namespace planforge::detail
