// JPEG through libjpeg(-turbo). libjpeg reports errors by calling error_exit, which must not
// return; we longjmp out of it. So the decoding runs in a plain C-style function that has no
// C++ object with a destructor alive between setjmp and longjmp, and talks to the C++ side
// through a plain struct and a noexcept allocation callback.
//
// libjpeg only *warns* about a truncated file or junk bytes (and then invents grey pixels or
// an empty image): every corruption warning is treated as an error here.

#include "image/decoders.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include <jpeglib.h>
#include <jerror.h>

namespace planforge::detail {

namespace {

// Everything the C-style decoder reads and writes. Trivially destructible on purpose.
struct JpegJob {
  const unsigned char* data;
  unsigned long size;
  // Asks the C++ side for width*height*3 bytes; returns nullptr when that fails.
  unsigned char* (*allocate)(void* context, std::size_t bytes) noexcept;
  void* context;
  unsigned char* cmyk_row;  // malloc'ed scratch row for CMYK input; freed by the decoder
  std::uint32_t width, height;
  std::uint64_t max_pixels;
  bool too_big;  // size outside what we accept (message left empty)
  char message[JMSG_LENGTH_MAX + 32];
};

struct ErrorManager {
  jpeg_error_mgr pub;  // first member: libjpeg hands us a pointer to it
  std::jmp_buf jump;
  JpegJob* job;
};

void record(j_common_ptr cinfo) {
  auto* err = reinterpret_cast<ErrorManager*>(cinfo->err);
  char text[JMSG_LENGTH_MAX];
  if (cinfo->err->msg_code == JERR_EMPTY_IMAGE) {
    std::snprintf(err->job->message, sizeof err->job->message, "image is 0×0");
    return;
  }
  (*cinfo->err->format_message)(cinfo, text);
  std::snprintf(err->job->message, sizeof err->job->message, "JPEG data is corrupt: %s", text);
}

void on_error(j_common_ptr cinfo) {
  record(cinfo);
  std::longjmp(reinterpret_cast<ErrorManager*>(cinfo->err)->jump, 1);
}

// Warnings (msg_level -1) about damaged data abort the decoding like errors; trace messages
// (level >= 0) are dropped instead of being printed to stderr.
void on_message(j_common_ptr cinfo, int msg_level) {
  if (msg_level >= 0) return;
  switch (cinfo->err->msg_code) {
    case JWRN_ADOBE_XFORM:  // harmless oddities of real-world encoders
    case JWRN_JFIF_MAJOR:
    case JWRN_BOGUS_PROGRESSION: return;
    default: on_error(cinfo);
  }
}

void on_output(j_common_ptr) {}

// Adobe writes CMYK JPEGs inverted; everyone else does not.
void cmyk_to_rgb(const unsigned char* in, unsigned char* out, std::uint32_t width, bool inverted) {
  for (std::uint32_t x = 0; x < width; ++x, in += 4, out += 3) {
    unsigned c = in[0], m = in[1], y = in[2], k = in[3];
    if (!inverted) c = 255 - c, m = 255 - m, y = 255 - y, k = 255 - k;
    out[0] = static_cast<unsigned char>(c * k / 255);
    out[1] = static_cast<unsigned char>(m * k / 255);
    out[2] = static_cast<unsigned char>(y * k / 255);
  }
}

// Returns true on success. On failure job->message says why (or job->too_big is set).
// No C++ object with a non-trivial destructor may live in this function: longjmp skips them.
bool decode_jpeg_c(JpegJob* job) {
  // Zeroed so that jpeg_destroy_decompress is safe even if jpeg_create_decompress fails.
  jpeg_decompress_struct cinfo;
  std::memset(&cinfo, 0, sizeof cinfo);
  ErrorManager err;
  cinfo.err = jpeg_std_error(&err.pub);
  err.pub.error_exit = on_error;
  err.pub.emit_message = on_message;
  err.pub.output_message = on_output;
  err.job = job;
  job->cmyk_row = nullptr;
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&cinfo);
    std::free(job->cmyk_row);
    job->cmyk_row = nullptr;
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, job->data, job->size);
  if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) {
    std::snprintf(job->message, sizeof job->message, "JPEG data holds no image");
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  job->width = cinfo.image_width;
  job->height = cinfo.image_height;
  if (job->width == 0 || job->height == 0 || job->width > max_image_side || job->height > max_image_side ||
      std::uint64_t{job->width} * job->height > job->max_pixels) {
    job->too_big = true;
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  // Grayscale and YCbCr are converted to RGB by libjpeg; CMYK by cmyk_to_rgb below.
  cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
  jpeg_start_decompress(&cinfo);

  std::size_t row_bytes = std::size_t{job->width} * 3;
  unsigned char* pixels = job->allocate(job->context, row_bytes * job->height);
  if (cmyk) job->cmyk_row = static_cast<unsigned char*>(std::malloc(std::size_t{job->width} * 4));
  if (!pixels || (cmyk && !job->cmyk_row)) {
    std::snprintf(job->message, sizeof job->message, "not enough memory to decode the image");
    jpeg_destroy_decompress(&cinfo);
    std::free(job->cmyk_row);
    job->cmyk_row = nullptr;
    return false;
  }
  while (cinfo.output_scanline < cinfo.output_height) {
    unsigned char* target = pixels + row_bytes * cinfo.output_scanline;
    JSAMPROW row = cmyk ? job->cmyk_row : target;
    if (jpeg_read_scanlines(&cinfo, &row, 1) != 1) {
      std::snprintf(job->message, sizeof job->message, "JPEG data is truncated");
      jpeg_destroy_decompress(&cinfo);
      std::free(job->cmyk_row);
      job->cmyk_row = nullptr;
      return false;
    }
    if (cmyk) cmyk_to_rgb(job->cmyk_row, target, job->width, cinfo.saw_Adobe_marker);
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  std::free(job->cmyk_row);
  job->cmyk_row = nullptr;
  return true;
}

unsigned char* allocate_into(void* context, std::size_t bytes) noexcept {
  try {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    out->resize(bytes);
    return out->data();
  } catch (...) {
    return nullptr;
  }
}

}  // namespace

RasterImage decode_jpeg(std::span<const std::uint8_t> data, std::uint64_t max_pixels) {
  RasterImage out;
  JpegJob job{};
  job.data = data.data();
  job.size = static_cast<unsigned long>(data.size());
  job.allocate = allocate_into;
  job.context = &out.rgb;
  job.max_pixels = max_pixels;
  if (!decode_jpeg_c(&job)) {
    if (job.too_big) check_image_size(job.width, job.height, max_pixels);  // throws the size message
    throw ImageError(job.message[0] ? job.message : "JPEG data is corrupt");
  }
  out.width = job.width;
  out.height = job.height;
  return out;
}

}  // namespace planforge::detail
