#pragma once
// One zlib deflate stream, reset for each input, so that a save of thousands of small
// streams (object_streams.hpp) does not set up zlib's state thousands of times. Output of
// a given zlib build is the same for the same input and level.

#include <zlib.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace planforge::detail {

class Deflater {
 public:
  explicit Deflater(int level);  // PdfError when zlib cannot start
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // The parts, one after the other, deflated as one zlib stream (as /FlateDecode reads
  // it); valid until the next call.
  std::string_view deflate(std::initializer_list<std::string_view> parts);

 private:
  z_stream z_{};
  std::string out_;
};

}  // namespace planforge::detail
