# planforge_find_library_target(<Name> HEADER <header> LIBRARY <name>... [PKG_CONFIG <module>])
# The body of a Find module for a C library that ships no CMake package: finds the header and
# the library (with pkg-config's folders as hints when the package has a .pc file), reports
# through find_package_handle_standard_args (<Name>_VERSION, when the module set it, is
# checked too) and defines the imported target <Name>::<Name>.
include(FindPackageHandleStandardArgs)

macro(planforge_find_library_target name)
  cmake_parse_arguments(_pf "" "HEADER;PKG_CONFIG" "LIBRARY" ${ARGN})
  if(_pf_PKG_CONFIG)
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
      pkg_check_modules(PC_${name} QUIET ${_pf_PKG_CONFIG})
    endif()
  endif()
  find_path(${name}_INCLUDE_DIR ${_pf_HEADER} HINTS ${PC_${name}_INCLUDE_DIRS})
  find_library(${name}_LIBRARY NAMES ${_pf_LIBRARY} HINTS ${PC_${name}_LIBRARY_DIRS})
  find_package_handle_standard_args(${name}
    REQUIRED_VARS ${name}_LIBRARY ${name}_INCLUDE_DIR VERSION_VAR ${name}_VERSION)
  if(${name}_FOUND AND NOT TARGET ${name}::${name})
    add_library(${name}::${name} UNKNOWN IMPORTED)
    set_target_properties(${name}::${name} PROPERTIES
      IMPORTED_LOCATION "${${name}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${name}_INCLUDE_DIR}")
  endif()
  mark_as_advanced(${name}_INCLUDE_DIR ${name}_LIBRARY)
endmacro()
