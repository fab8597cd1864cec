#include "pdf/content_writer.hpp"

#include <cstdint>

namespace planforge::detail {

namespace {

// libharu's limits for a real (hpdf_consts.h).
constexpr float max_real = 32767, min_real = -32767;
// libharu's Bézier constant for its quarter circles (hpdf_page_operator.c), in float.
constexpr float circle_kappa = 0.552F;

char* append_int(char* out, unsigned value) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  while (n > 0) *out++ = digits[--n];
  return out;
}

}  // namespace

char* haru_real(char* out, float value) {
  // The steps and types of HPDF_FToA (libharu 2.3, hpdf_utils.c), so that every number
  // comes out as libharu's page calls wrote it: the same float roundings, the same digits.
  if (value > max_real)
    value = max_real;
  else if (value < min_real)
    value = min_real;
  if (value < 0) {
    *out++ = '-';
    value = -value;
  }
  const auto whole = static_cast<std::int32_t>(value + 0.000005);
  const auto fraction = static_cast<std::int32_t>(static_cast<float>(value - whole + 0.000005) * 100000);
  // libharu prints the integer part, a point and the fraction's last five digits, then drops
  // trailing zeros and a bare point. The fraction is 0–100,000 (100,000 when the float sum
  // rounds up to 1: libharu keeps only the five zeros).
  out = append_int(out, static_cast<unsigned>(whole));
  int digits = fraction % 100000;
  if (digits == 0) return out;
  int width = 5;
  while (digits % 10 == 0) digits /= 10, --width;
  *out++ = '.';
  for (int place = width - 1; place >= 0; --place) {
    out[place] = static_cast<char>('0' + digits % 10);
    digits /= 10;
  }
  return out + width;
}

void ContentWriter::numbers(std::initializer_list<float> values, std::string_view op) {
  char buffer[6 * 13 + 8];
  char* p = buffer;
  bool first = true;
  for (float v : values) {
    if (!first) *p++ = ' ';
    first = false;
    p = haru_real(p, v);
  }
  out_.append(buffer, p);
  out_ += op;
}

void ContentWriter::font(int local, float size) {
  char buffer[32] = {'/', 'F'};
  char* p = append_int(buffer + 2, static_cast<unsigned>(local));
  *p++ = ' ';
  p = haru_real(p, size);
  out_.append(buffer, p);
  out_ += " Tf\n";
}

void ContentWriter::text_matrix(float a, float b, float c, float d, float x, float y) {
  numbers({a, b, c, d, x, y}, " Tm\n");
}

void ContentWriter::show_text(std::span<const std::uint16_t> codes) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const std::size_t at = out_.size();
  out_.resize(at + 1 + 4 * codes.size() + 5);
  char* p = out_.data() + at;
  *p++ = '<';
  for (std::uint16_t code : codes) {
    *p++ = hex[code >> 12];
    *p++ = hex[(code >> 8) & 0xF];
    *p++ = hex[(code >> 4) & 0xF];
    *p++ = hex[code & 0xF];
  }
  for (char c : std::string_view("> Tj\n")) *p++ = c;
}

void ContentWriter::fill_rgb(float r, float g, float b) { numbers({r, g, b}, " rg\n"); }

void ContentWriter::stroke_rgb(float r, float g, float b) { numbers({r, g, b}, " RG\n"); }

void ContentWriter::line_width(float width) { numbers({width}, " w\n"); }

void ContentWriter::dash(std::span<const std::uint16_t> pattern) {
  // libharu writes a space after every entry: "[3 2 ] 0 d".
  char buffer[64];
  char* p = buffer;
  *p++ = '[';
  for (std::uint16_t entry : pattern) {
    p = append_int(p, entry);
    *p++ = ' ';
  }
  out_.append(buffer, p);
  out_ += "] 0 d\n";
}

void ContentWriter::rectangle(float x, float y, float width, float height) {
  numbers({x, y, width, height}, " re\n");
}

void ContentWriter::move_to(float x, float y) { numbers({x, y}, " m\n"); }

void ContentWriter::line_to(float x, float y) { numbers({x, y}, " l\n"); }

void ContentWriter::curve_to(float x1, float y1, float x2, float y2, float x3, float y3) {
  numbers({x1, y1, x2, y2, x3, y3}, " c\n");
}

void ContentWriter::circle(float x, float y, float radius) {
  // libharu's expressions, in float like its own.
  const float k = radius * circle_kappa;
  move_to(x - radius, y);
  curve_to(x - radius, y + k, x - k, y + radius, x, y + radius);
  curve_to(x + k, y + radius, x + radius, y + k, x + radius, y);
  curve_to(x + radius, y - k, x + k, y - radius, x, y - radius);
  curve_to(x - k, y - radius, x - radius, y - k, x - radius, y);
}

void ContentWriter::image(int local, float x, float y, float width, float height) {
  out_ += "q\n";
  numbers({width, 0, 0, height, x, y}, " cm\n");
  char buffer[16] = {'/', 'X'};
  char* p = append_int(buffer + 2, static_cast<unsigned>(local));
  out_.append(buffer, p);
  out_ += " Do\nQ\n";
}

}  // namespace planforge::detail
