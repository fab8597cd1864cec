#include "layout/figure_text.hpp"

#include "layout/text_flow.hpp"

#include <cmath>

namespace planforge::detail {

FigureText::FigureText(const Figure& figure, int node, LayoutContext& ctx)
    : measure_(ctx.fonts, ctx.hyphenator, pick(ctx.palette(), ctx.theme.link_color),
               [&ctx](const std::string& id) {
                 const auto title = ctx.input.ref_titles.find(id);
                 return title != ctx.input.ref_titles.end() ? title->second : std::string();
               }),
      node_(node) {
  const double height = std::isfinite(figure.height) ? figure.height : 0;
  box_of_.assign(figure.ops.size(), -1);
  for (std::size_t op = 0; op < figure.ops.size(); ++op) {
    const auto* tb = std::get_if<FigTextBox>(&figure.ops[op]);
    if (!tb) continue;
    Box box;
    box.x = tb->x;
    box.y = tb->y;
    // Without a max_height the lines run down to the canvas's bottom edge and stop there.
    box.layout = set_text_box(*tb, height - tb->y, measure_.env());
    for (std::size_t l = 0; l < box.layout.lines.size(); ++l) {
      const TextLine& line = box.layout.lines[l];
      std::vector<int>& links = box.span_link.emplace_back(line.spans.size(), -1);
      for (std::size_t i = 0; i < line.spans.size(); ++i) {
        const TextSpan& s = line.spans[i];
        std::string target;
        if (!s.ref.empty()) {
          target = ctx.ref_key(s.ref);
          if (target.empty()) ctx.missing_refs.insert(s.ref);
        }
        if (s.link.empty() && target.empty()) continue;
        // The spans of one link on a line (its words, when justified) make one area and
        // one Link element.
        Link* prev =
            i > 0 && links[i - 1] >= 0 ? &box.links[static_cast<std::size_t>(links[i - 1])] : nullptr;
        if (prev && prev->uri == s.link && prev->target == target) {
          prev->last = i;
        } else {
          box.links.push_back(
              Link{l, i, i, s.link, target, node < 0 ? -1 : ctx.element(StructType::link, node)});
        }
        links[i] = static_cast<int>(box.links.size() - 1);
      }
    }
    box_of_[op] = static_cast<int>(boxes_.size());
    boxes_.push_back(std::move(box));
  }
}

void FigureText::draw(std::size_t op, double ox, double scale, Chunk& c) const {
  if (op >= box_of_.size() || box_of_[op] < 0) return;
  const Box* box = &boxes_[static_cast<std::size_t>(box_of_[op])];
  auto X = [&](double x) { return ox + (box->x + x) * scale; };
  auto Y = [&](double y) { return (box->y + y) * scale; };
  for (std::size_t l = 0; l < box->layout.lines.size(); ++l) {
    const TextLine& line = box->layout.lines[l];
    for (std::size_t i = 0; i < line.spans.size(); ++i) {
      const TextSpan& s = line.spans[i];
      const int link = box->span_link[l][i];
      const int tag = link >= 0 ? box->links[static_cast<std::size_t>(link)].node : node_;
      const double baseline = Y(line.baseline - s.rise);
      c.items.push_back(
          PlacedText{X(s.x), baseline, s.text, s.style, s.size * scale, s.color, 0, content_of(tag)});
      if (link >= 0 && !s.link.empty())
        c.items.push_back(link_underline(X(s.x), baseline, s.width * scale, s.size * scale, s.color));
    }
  }
  for (const Link& link : box->links) {
    const TextLine& line = box->layout.lines[link.line];
    const TextSpan &first = line.spans[link.first], &last = line.spans[link.last];
    PendingLink pending;
    pending.area = LinkArea{X(first.x),
                            Y(line.top),
                            (last.x + last.width - first.x) * scale,
                            box->layout.line_height * scale,
                            link.uri,
                            -1,
                            0,
                            link.node,
                            {}};
    for (std::size_t i = link.first; i <= link.last; ++i) pending.area.contents += line.spans[i].text;
    pending.target = link.target;
    c.links.push_back(std::move(pending));
  }
}

}  // namespace planforge::detail
