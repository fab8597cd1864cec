#include "pdf/deflater.hpp"

#include "pdf/pdf_writer.hpp"

namespace planforge::detail {

Deflater::Deflater(int level) {
  if (deflateInit(&z_, level) != Z_OK) throw PdfError("cannot start zlib's deflate");
}

Deflater::~Deflater() { deflateEnd(&z_); }

std::string_view Deflater::deflate(std::string_view first, std::string_view second) {
  deflateReset(&z_);
  out_.resize(deflateBound(&z_, static_cast<uLong>(first.size() + second.size())) + 64);
  z_.next_out = reinterpret_cast<Bytef*>(out_.data());
  z_.avail_out = static_cast<uInt>(out_.size());
  feed(first, Z_NO_FLUSH);
  feed(second, Z_FINISH);
  return {out_.data(), out_.size() - z_.avail_out};
}

void Deflater::feed(std::string_view in, int flush) {
  z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z_.avail_in = static_cast<uInt>(in.size());
  const int status = ::deflate(&z_, flush);
  // The output buffer holds deflateBound's worst case, so one call takes all the input.
  if (flush == Z_FINISH ? status != Z_STREAM_END : (status != Z_OK && status != Z_BUF_ERROR))
    throw PdfError("zlib cannot deflate a stream of " + std::to_string(in.size()) + " bytes");
}

}  // namespace planforge::detail
