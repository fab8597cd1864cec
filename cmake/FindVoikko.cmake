# libvoikko (Finnish morphology; planforge uses its hyphenator). Defines Voikko::Voikko.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_Voikko QUIET libvoikko)
endif()
find_path(Voikko_INCLUDE_DIR libvoikko/voikko.h HINTS ${PC_Voikko_INCLUDE_DIRS})
find_library(Voikko_LIBRARY NAMES voikko HINTS ${PC_Voikko_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Voikko REQUIRED_VARS Voikko_LIBRARY Voikko_INCLUDE_DIR)
if(Voikko_FOUND AND NOT TARGET Voikko::Voikko)
  add_library(Voikko::Voikko UNKNOWN IMPORTED)
  set_target_properties(Voikko::Voikko PROPERTIES
    IMPORTED_LOCATION "${Voikko_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Voikko_INCLUDE_DIR}")
endif()
mark_as_advanced(Voikko_INCLUDE_DIR Voikko_LIBRARY)
