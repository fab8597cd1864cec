# Debian's libhpdf-dev ships neither a CMake package nor a pkg-config file.
# Defines LibHaru::LibHaru and LibHaru_VERSION (from hpdf_version.h).
find_path(LibHaru_INCLUDE_DIR hpdf.h)
if(LibHaru_INCLUDE_DIR AND EXISTS "${LibHaru_INCLUDE_DIR}/hpdf_version.h")
  file(STRINGS "${LibHaru_INCLUDE_DIR}/hpdf_version.h" _haru_ver REGEX "#define HPDF_VERSION_TEXT")
  string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" LibHaru_VERSION "${_haru_ver}")
endif()
include(FindLibraryTarget)
planforge_find_library_target(LibHaru HEADER hpdf.h LIBRARY hpdf libhpdf)
