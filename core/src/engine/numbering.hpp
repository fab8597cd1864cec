#pragma once
// Heading numbers: 1, 1.1, 1.1.1 in the body; A, B and A.1 in appendices. A heading with a
// label keeps it (the client's own number) and its subsections continue from it ("4a.1");
// a labelled heading does not advance the automatic count. Headings kept out of the
// contents are not numbered.

#include <planforge/document.hpp>

#include <string>
#include <vector>

namespace planforge::detail {

class HeadingNumberer {
 public:
  // Numbers one heading in place (Heading::label becomes its final number). Headings must
  // come in document order; all body sections before the appendices.
  void number(Heading& heading, bool appendix);

 private:
  std::vector<int> counters_;         // per level, of the current part (body or appendix)
  std::vector<std::string> numbers_;  // the number shown at each level of the current path
  bool in_appendix_ = false;
};

// "A", "B", …, "Z", "AA", "AB", … for 1, 2, …
std::string appendix_letter(int n);

// The deepest heading level the layout styles: deeper ones look like it (the number still
// shows the true depth).
inline constexpr int max_heading_level = 4;

}  // namespace planforge::detail
