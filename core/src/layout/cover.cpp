#include "layout/cover.hpp"

#include "layout/text_flow.hpp"

#include <algorithm>

namespace planforge::detail {

std::pair<double, double> fit_image(const RasterImage& image, double box_w, double box_h) {
  if (image.width == 0 || image.height == 0) return {0, 0};
  const double s = std::min({box_w / image.width, box_h / image.height, 1.0});
  return {image.width * s, image.height * s};
}

namespace {

class CoverBuilder {
 public:
  CoverBuilder(const CoverData& cover, LayoutContext& ctx, std::vector<RasterImage>& images)
      : cover_(cover), ctx_(ctx), images_(images), pal_(ctx.palette()) {}

  Page build() {
    const std::string& style = ctx_.theme.cover_style;
    if (style == "plain")
      plain();
    else if (style == "full")
      full();
    else if (style == "classic")
      classic();
    else if (style == "minimal")
      minimal();
    else
      band();
    return std::move(page_);
  }

 private:
  // Wrapped text from `top` (only measured unless `draw`), the content of a new element of
  // `type` unless `node` names one; returns the bottom.
  double text(const std::string& s, double x, double top, double width, const TextStyle& st, bool draw = true,
              StructType type = StructType::paragraph, int node = -1) {
    if (s.empty()) return top;
    const auto lines = set_lines(plain_run(s, st), width, ctx_);
    if (draw && node < 0) node = ctx_.element(type);
    std::vector<PendingLink> no_links;
    double y = top;
    for (const Line& line : lines) {
      if (draw) place_line(line, x, y, width, st, ctx_, page_.items, no_links, node);
      y += st.line_height();
    }
    return y;
  }

  TextStyle style(double size, bool bold, Color colour, double leading = 1.25,
                  Align align = Align::left) const {
    return TextStyle{.size = size, .bold = bold, .color = colour, .leading = leading, .align = align};
  }

  // The title in the theme's heading face, `scale` times the body size.
  TextStyle title_style(double scale, Color colour, double leading, Align align = Align::left) const {
    TextStyle st = style(body() * scale, true, colour, leading, align);
    st.display = true;
    return st;
  }

  double left() const { return ctx_.page.left; }
  double width() const { return ctx_.page.column_width(); }
  double body() const { return ctx_.theme.body_size; }

  // Client, title and subtitle; returns the bottom. `light`: on the primary colour.
  double title_group(double top, bool light, bool draw = true) {
    const Color strong = light ? Color{255, 255, 255} : pal_.primary;
    const Color soft = light ? pal_.primary.tint(0.72) : pal_.muted;
    double y = text(cover_.client, left(), top, width(), style(body() * 1.3, false, soft), draw);
    if (!cover_.client.empty()) y += body() * 0.8;
    // The document's title is its first heading.
    y = text(cover_.title, left(), y, width(), title_style(3.0, strong, 1.15), draw, StructType::heading);
    if (!cover_.subtitle.empty()) y += body() * 0.6;
    return text(cover_.subtitle, left(), y, width(),
                style(body() * 1.6, false, light ? soft : pal_.text, 1.3), draw);
  }

  // Label-over-value pairs in columns from `top`, `width` wide, centred in the text
  // column (only measured unless `draw`); returns the bottom of the last row. Centred pairs
  // sit in the middle of their columns (the classic title page).
  double details(double top, double width, bool light, Align align = Align::left, bool draw = true) {
    const Locale& locale = ctx_.input.locale;
    const auto label_of = [&](const char* key) { return locale.upper(locale.text(key)); };
    const std::pair<std::string, std::string> fields[] = {
        {label_of("cover.prepared-by"), cover_.prepared_by},
        {label_of("cover.date"), cover_.date},
        {label_of("cover.version"), cover_.version},
        {label_of("cover.status"), cover_.status},
        {label_of("cover.plan-period"), cover_.period},
        {label_of("cover.confidentiality"), cover_.confidentiality}};
    const TextStyle label =
        style(ctx_.theme.small_size, true, light ? pal_.primary.tint(0.6) : pal_.muted, 1.4, align);
    const TextStyle value = style(body() * 1.1, false, light ? Color{255, 255, 255} : pal_.text, 1.35, align);
    // Three columns when every value fits one line in them, else two.
    const double gap = body() * 2;
    double widest = 0;
    for (const auto& f : fields)
      widest = std::max(widest, ctx_.fonts.text_width(f.second, value.size, FontStyle::regular));
    const int columns = widest <= (width - gap * 2) / 3 ? 3 : 2;
    const double col_w = (width - gap * (columns - 1)) / columns;
    double y = top, row_bottom = top;
    int col = 0;
    for (const auto& [name, v] : fields) {
      if (v.empty()) continue;
      const double x = left() + (ctx_.page.column_width() - width) / 2 + col * (col_w + gap);
      // Label and value read as one paragraph: "PREPARED BY Northwind Advisory".
      const int node = ctx_.element(StructType::paragraph);
      const double b = text(v, x, text(name, x, y, col_w, label, draw, StructType::paragraph, node), col_w,
                            value, draw, StructType::paragraph, node);
      row_bottom = std::max(row_bottom, b);
      if (++col == columns) {
        col = 0;
        y = row_bottom + body() * 1.2;
      }
    }
    return row_bottom;
  }

  // Places an image fitted in a box anchored at its top-right (or top-left) corner, tagged
  // as a figure whose text alternative names whose logo it is.
  void logo(const std::optional<RasterImage>& image, const std::string& owner, double x, double y,
            double box_w, double box_h, bool right_aligned, std::optional<Color> plate = std::nullopt) {
    if (!image || image->width == 0) return;
    const auto [w, h] = fit_image(*image, box_w, box_h);
    const double ix = right_aligned ? x - w : x;
    if (plate) {
      const double pad = 8;
      page_.items.push_back(
          PlacedRect{ix - pad, y - pad, w + 2 * pad, h + 2 * pad, *plate, std::nullopt, 0.5, 3});
    }
    const int node = ctx_.element(StructType::figure);
    StructElement& figure = (*ctx_.structure)[node];
    figure.alt = owner.empty() ? ctx_.input.locale.text("alt.logo-unnamed")
                               : ctx_.input.locale.text("alt.logo", {{"name", owner}});
    figure.bbox = PageBox{0, ix, y, w, h};
    images_.push_back(*image);
    page_.items.push_back(PlacedImage{images_.size() - 1, ix, y, w, h, content_of(node)});
  }

  void footer_rule(bool light) {
    const double y = ctx_.page.bottom;
    const Color c = light ? pal_.primary.tint(0.35) : pal_.rule;
    page_.items.push_back(PlacedLine{left(), y, left() + width(), y, c, 0.6});
    logo(cover_.firm_logo, cover_.prepared_by, left(), y + 10, 120,
         std::max(10.0, ctx_.theme.margin_bottom - 24), false,
         light ? std::optional<Color>(Color{255, 255, 255}) : std::nullopt);
  }

  void band() {
    const double band_h = ctx_.page.height * 0.5;
    page_.items.push_back(PlacedRect{0, 0, ctx_.page.width, band_h, pal_.primary, std::nullopt, 0.5, 0});
    page_.items.push_back(PlacedRect{0, band_h, ctx_.page.width, 5, pal_.accent, std::nullopt, 0.5, 0});
    // The band's head carries who wrote the plan (left) and the client's logo on a white
    // plate (right): a logo drawn for white paper stays legible on the brand colour.
    const double head = ctx_.page.top * 0.8;
    text(cover_.prepared_by, left(), head, width() * 0.55,
         style(body() * 1.1, true, pal_.primary.tint(0.72)));
    logo(cover_.logo, cover_.client, left() + width(), head + 8, width() * 0.3, 64, true,
         Color{255, 255, 255});
    // The title group sits on the band's lower edge, like a book jacket.
    const double group_h = title_group(0, true, false);
    title_group(std::max(head + 96, band_h - body() * 4 - group_h), true);
    details(band_h + 5 + body() * 4, width(), false);
    footer_rule(false);
  }

  void plain() {
    const bool has_logo = cover_.logo && cover_.logo->width > 0;
    logo(cover_.logo, cover_.client, left() + width(), ctx_.page.top, width() * 0.3, 70, true);
    double y = title_group(ctx_.page.top + (has_logo ? 110 : 90), false) + body() * 1.5;
    page_.items.push_back(PlacedRect{left(), y, 60, 3, pal_.accent, std::nullopt, 0.5, 0});
    details(y + body() * 4, width(), false);
    footer_rule(false);
  }

  void full() {
    page_.items.push_back(
        PlacedRect{0, 0, ctx_.page.width, ctx_.page.height, pal_.primary, std::nullopt, 0.5, 0});
    const bool has_logo = cover_.logo && cover_.logo->width > 0;
    logo(cover_.logo, cover_.client, left() + width(), ctx_.page.top, width() * 0.3, 70, true,
         Color{255, 255, 255});
    double y = title_group(ctx_.page.top + (has_logo ? 130 : 110), true) + body() * 1.5;
    page_.items.push_back(PlacedRect{left(), y, 60, 3, pal_.accent, std::nullopt, 0.5, 0});
    details(y + body() * 4, width(), true);
    footer_rule(true);
  }

  // A formal title page: everything centred between a double rule at the head and one at
  // the foot; the title large in the heading face, the details in centred columns.
  void classic() {
    const double top = ctx_.page.top, bottom = ctx_.page.bottom;
    const double x0 = left(), mid = left() + width() / 2;
    double_rule(top, 1.6, 0.5);
    const TextStyle small = style(ctx_.theme.small_size + 0.5, false, pal_.muted, 1.3, Align::center);
    text(cover_.prepared_by, x0, top + 12, width(), small);
    const bool has_logo = cover_.logo && cover_.logo->width > 0;
    if (has_logo) {
      const auto [w, h] = fit_image(*cover_.logo, width() * 0.36, 58);
      logo(cover_.logo, cover_.client, mid - w / 2, ctx_.page.height * 0.17, w, h, false);
    }
    double y = ctx_.page.height * 0.31;
    y = text(cover_.client, x0, y, width(), style(body() * 1.2, false, pal_.muted, 1.3, Align::center));
    if (!cover_.client.empty()) y += body() * 1.4;
    y = text(cover_.title, x0 + width() * 0.06, y, width() * 0.88,
             title_style(3.6, pal_.primary, 1.12, Align::center), true, StructType::heading);
    y += body() * 1.2;
    page_.items.push_back(PlacedLine{mid - 30, y, mid + 30, y, pal_.accent, 1.0});
    y += body() * 1.6;
    TextStyle sub = style(body() * 1.45, false, pal_.text, 1.35, Align::center);
    sub.italic = true;
    text(cover_.subtitle, x0 + width() * 0.1, y, width() * 0.8, sub);
    // The details stand on the foot rule.
    const double block = details(0, width(), false, Align::center, false);
    details(bottom - 24 - block, width(), false, Align::center);
    double_rule(bottom, 0.5, 1.6);
    logo(cover_.firm_logo, cover_.prepared_by, mid - 60, bottom + 10, 120,
         std::max(10.0, ctx_.theme.margin_bottom - 24), false);
  }

  // Two rules 2.5 pt apart across the column, the first `first` thick: a classic head or foot.
  void double_rule(double y, double first, double second) {
    const double x0 = left(), x1 = left() + width();
    page_.items.push_back(PlacedLine{x0, y, x1, y, pal_.primary, first});
    page_.items.push_back(PlacedLine{x0, y + 2.5 + (first + second) / 2, x1, y + 2.5 + (first + second) / 2,
                                     pal_.primary, second});
  }

  // A modern title page: white, the title large and light in the lower half of the upper
  // page under an accent bar, the details in a row at the foot above a hairline.
  void minimal() {
    const double top = ctx_.page.top, bottom = ctx_.page.bottom;
    logo(cover_.logo, cover_.client, left(), top, width() * 0.3, 48, false);
    text(cover_.prepared_by, left() + width() * 0.5, top, width() * 0.5,
         style(ctx_.theme.small_size + 0.5, true, pal_.muted, 1.3, Align::right));
    double y = ctx_.page.height * 0.34;
    page_.items.push_back(PlacedRect{left(), y, 44, 5, pal_.accent, std::nullopt, 0, 0});
    y += body() * 3;
    y = text(cover_.client, left(), y, width(), style(body() * 1.25, true, pal_.accent, 1.3));
    if (!cover_.client.empty()) y += body() * 0.9;
    y = text(cover_.title, left(), y, width() * 0.92, title_style(4.4, pal_.text, 1.08), true,
             StructType::heading);
    y += body() * 1.4;
    text(cover_.subtitle, left(), y, width() * 0.8, style(body() * 1.5, false, pal_.muted, 1.35));
    const double block = details(0, width(), false, Align::left, false);
    const double rule_y = bottom - block - body() * 2;
    page_.items.push_back(PlacedLine{left(), rule_y, left() + width(), rule_y, pal_.text, 0.6});
    details(rule_y + body() * 1.4, width(), false);
    logo(cover_.firm_logo, cover_.prepared_by, left() + width(), bottom + 10, 120,
         std::max(10.0, ctx_.theme.margin_bottom - 24), true);
  }

  const CoverData& cover_;
  LayoutContext& ctx_;
  std::vector<RasterImage>& images_;
  const Palette& pal_;
  Page page_;
};

}  // namespace

Page cover_page(const CoverData& cover, LayoutContext& ctx, std::vector<RasterImage>& images) {
  return CoverBuilder(cover, ctx, images).build();
}

}  // namespace planforge::detail
