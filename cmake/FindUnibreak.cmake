# libunibreak (UAX #14 line-break opportunities). Debian ships a .pc file only.
# Defines Unibreak::Unibreak.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_Unibreak QUIET libunibreak)
endif()
find_path(Unibreak_INCLUDE_DIR linebreak.h HINTS ${PC_Unibreak_INCLUDE_DIRS})
find_library(Unibreak_LIBRARY NAMES unibreak HINTS ${PC_Unibreak_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Unibreak REQUIRED_VARS Unibreak_LIBRARY Unibreak_INCLUDE_DIR)
if(Unibreak_FOUND AND NOT TARGET Unibreak::Unibreak)
  add_library(Unibreak::Unibreak UNKNOWN IMPORTED)
  set_target_properties(Unibreak::Unibreak PROPERTIES
    IMPORTED_LOCATION "${Unibreak_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Unibreak_INCLUDE_DIR}")
endif()
mark_as_advanced(Unibreak_INCLUDE_DIR Unibreak_LIBRARY)
