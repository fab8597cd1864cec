#include "pdf/deflater.hpp"

#include "pdf/pdf_writer.hpp"

namespace planforge::detail {

Deflater::Deflater(int level) {
  if (deflateInit(&z_, level) != Z_OK) throw PdfError("cannot start zlib's deflate");
}

Deflater::~Deflater() { deflateEnd(&z_); }

std::string_view Deflater::deflate(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (std::string_view part : parts) size += part.size();
  deflateReset(&z_);
  // deflateBound's worst case: each call takes all of its part's input.
  out_.resize(deflateBound(&z_, static_cast<uLong>(size)) + 64);
  z_.next_out = reinterpret_cast<Bytef*>(out_.data());
  z_.avail_out = static_cast<uInt>(out_.size());
  std::size_t left = parts.size();
  for (std::string_view part : parts) {
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(part.data()));
    z_.avail_in = static_cast<uInt>(part.size());
    const bool last = --left == 0;
    const int status = ::deflate(&z_, last ? Z_FINISH : Z_NO_FLUSH);
    if (last ? status != Z_STREAM_END : (status != Z_OK && status != Z_BUF_ERROR))
      throw PdfError("zlib cannot deflate a stream of " + std::to_string(size) + " bytes");
  }
  if (parts.size() == 0 && ::deflate(&z_, Z_FINISH) != Z_STREAM_END)
    throw PdfError("zlib cannot end a stream");
  return {out_.data(), out_.size() - z_.avail_out};
}

}  // namespace planforge::detail
