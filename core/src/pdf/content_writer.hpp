#pragma once
// One page's content stream, written by planforge: each operator exactly as libharu's page
// call of the same name writes it (HPDF_Page_MoveTo, HPDF_Page_ShowText, …), byte for byte,
// into a plain string. libharu formats every number through HPDF_FToA into a zeroed
// 512-byte buffer per call and checks its page state for each; painting that way was a
// sixth of a long document's CPU time. Here nothing of libharu is touched, so pages are
// written on several threads (page_workers.hpp); the writer keeps no graphics state (the
// painter decides which operators are needed) and checks nothing.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace planforge::detail {

// libharu's HPDF_FToA, the number format of every real in its content streams: clamped to
// ±32767, five decimals rounded by adding 0.000005 (in float, as libharu computes it),
// trailing zeros and a bare point dropped ("12", "0.5", "-3.25"). Writes at most 12
// characters at `out`; returns the end.
char* haru_real(char* out, float value);

class ContentWriter {
 public:
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

  void begin_text() { out_ += "BT\n"; }  // BT
  void end_text() { out_ += "ET\n"; }    // ET
  // Tf: the page's font resource /F<local> (1-based) at `size`.
  void font(int local, float size);
  void text_matrix(float a, float b, float c, float d, float x, float y);  // Tm
  // Tj: a string of 2-byte codes in hexadecimal, as libharu shows text in a Type 0 font.
  void show_text(std::span<const std::uint16_t> codes);

  void fill_rgb(float r, float g, float b);    // rg
  void stroke_rgb(float r, float g, float b);  // RG
  void line_width(float width);                // w
  // d: the dash array (empty: solid), phase 0.
  void dash(std::span<const std::uint16_t> pattern);

  void rectangle(float x, float y, float width, float height);                // re
  void move_to(float x, float y);                                             // m
  void line_to(float x, float y);                                             // l
  void curve_to(float x1, float y1, float x2, float y2, float x3, float y3);  // c
  // HPDF_Page_Circle: a move and four Bézier quarters (libharu's kappa, 0.552).
  void circle(float x, float y, float radius);
  void close_path() { out_ += "h\n"; }   // h
  void fill() { out_ += "f\n"; }         // f
  void stroke() { out_ += "S\n"; }       // S
  void fill_stroke() { out_ += "B\n"; }  // B

  // HPDF_Page_DrawImage: q, the image's matrix, the XObject /X<local> (1-based), Q.
  void image(int local, float x, float y, float width, float height);

  // Operators written as they are (marked content, marked_content.hpp).
  void raw(std::string_view operators) { out_ += operators; }

 private:
  // Appends the numbers separated by spaces, then `op` (with its leading space and newline).
  void numbers(std::initializer_list<float> values, std::string_view op);

  std::string out_;
};

}  // namespace planforge::detail
