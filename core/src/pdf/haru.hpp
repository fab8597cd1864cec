#pragma once
// A thin owner of one libharu document. libharu reports errors through a C callback and
// then keeps them "sticky" (every later call fails); here the callback only records the
// codes, and every call goes through Haru::call, which turns a recorded error, a non-OK
// status or a null handle into a PdfError naming the function. Nothing is thrown through
// libharu's C frames, and no error is left unnoticed.

#include "pdf/pdf_writer.hpp"

#include <hpdf.h>

#include <memory>
#include <string>
#include <type_traits>

namespace planforge::detail {

class Haru {
 public:
  Haru();  // throws PdfError when libharu cannot even allocate a document
  Haru(const Haru&) = delete;
  Haru& operator=(const Haru&) = delete;

  HPDF_Doc doc() const { return doc_.get(); }

  // Calls `fn(args...)` and checks the outcome. `what` names the call in the error.
  template <class Fn, class... Args>
  auto call(const char* what, Fn fn, Args... args) {
    using Result = std::invoke_result_t<Fn, Args...>;
    if constexpr (std::is_void_v<Result>) {
      fn(args...);
      check(what, false, HPDF_OK);
    } else {
      Result result = fn(args...);
      if constexpr (std::is_pointer_v<Result>)
        check(what, result == nullptr, HPDF_OK);
      else if constexpr (std::is_same_v<Result, HPDF_STATUS>)
        check(what, false, result);
      else
        check(what, false, HPDF_OK);
      return result;
    }
  }

 private:
  struct Error {
    HPDF_STATUS code = 0, detail = 0;
  };
  struct Free {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };

  static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data);
  // Throws PdfError if the call returned null or a non-OK status, or if libharu recorded an
  // error (through the callback or silently in its sticky error state).
  void check(const char* what, bool returned_null, HPDF_STATUS status);

  // The error record lives on the heap so that its address, given to libharu, stays valid.
  std::unique_ptr<Error> error_;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
};

// A reader's description of a libharu error code ("invalid parameter", "TrueType font
// has an invalid format", ...).
std::string describe_haru_error(HPDF_STATUS code);

}  // namespace planforge::detail
