# planforge_add_plugin(<name> <source>... )
#
# Builds a section plugin as a MODULE library named planforge-<name>.so in target
# <name>_plugin, linked against planforge::core with hidden visibility. The same file
# is installed beside planforge-config.cmake, so an out-of-tree plugin's CMakeLists is:
#
#   find_package(planforge 0.1 REQUIRED)
#   planforge_add_plugin(risk-register risk_register.cpp)
#
# In the planforge tree the module also lands in the build tree's plugin folder and
# is installed into the install's plugin folder.
#
# MESSAGES <dir> ships the plugin's message catalogues (<dir>/<tag>.messages, see
# docs/localisation.md) beside the module as planforge-<name>.messages/, in the build tree
# and, for a plugin of the planforge tree, in the install:
#
#   planforge_add_plugin(risk-register risk_register.cpp MESSAGES messages)
#
# CODES <file> declares the plugin's diagnostic codes as data (see planforge_plugin_codes):
#
#   planforge_add_plugin(risk-register risk_register.cpp CODES risks.codes)
function(planforge_add_plugin name)
  cmake_parse_arguments(P "" "MESSAGES;CODES" "" ${ARGN})
  if(NOT P_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "planforge_add_plugin(${name}): no source files given")
  endif()
  set(target "${name}_plugin")
  add_library(${target} MODULE ${P_UNPARSED_ARGUMENTS})
  target_link_libraries(${target} PRIVATE planforge::core)
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "planforge-${name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(DEFINED PLANFORGE_BUILD_PLUGIN_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${PLANFORGE_BUILD_PLUGIN_DIR}")
    install(TARGETS ${target} LIBRARY DESTINATION "${PLANFORGE_INSTALL_PLUGIN_DIR}")
  endif()
  if(P_MESSAGES)
    planforge_plugin_messages(${target} "${P_MESSAGES}")
  endif()
  if(P_CODES)
    planforge_plugin_codes(${target} "${P_CODES}")
  endif()
endfunction()

# planforge_plugin_messages(<target> <dir>): copies <dir>/*.messages beside the module of
# <target> into <output name>.messages/ whenever one changes (and installs them beside it when
# the module is installed into planforge's plugin folder).
function(planforge_plugin_messages target dir)
  get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  file(GLOB catalogues CONFIGURE_DEPENDS "${dir}/*.messages")
  get_target_property(stem ${target} OUTPUT_NAME)
  # A step of its own that depends on the files, so an edited catalogue is copied even when
  # the module is not rebuilt. The folder is named without $<TARGET_FILE_DIR>, which would
  # make the step depend on the module that depends on it.
  get_target_property(lib_dir ${target} LIBRARY_OUTPUT_DIRECTORY)
  if(NOT lib_dir)
    set(lib_dir "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.messages.stamp")
  add_custom_command(OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${lib_dir}/${stem}.messages"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${catalogues} "${lib_dir}/${stem}.messages/"
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS ${catalogues}
    VERBATIM)
  add_custom_target(${target}_messages DEPENDS "${stamp}")
  add_dependencies(${target} ${target}_messages)
  if(DEFINED PLANFORGE_INSTALL_PLUGIN_DIR AND DEFINED PLANFORGE_BUILD_PLUGIN_DIR)
    get_target_property(out_dir ${target} LIBRARY_OUTPUT_DIRECTORY)
    if(out_dir STREQUAL PLANFORGE_BUILD_PLUGIN_DIR)
      install(FILES ${catalogues} DESTINATION "${PLANFORGE_INSTALL_PLUGIN_DIR}/${stem}.messages")
    endif()
  endif()
endfunction()

# planforge_plugin_codes(<target> <dir>/<ns>.codes): the plugin's diagnostic codes, one per
# line, as data:
#
#   # comments and blank lines are skipped
#   risks/no-mitigation   warning  a risk without a mitigation
#   risks/duplicate-risk  error    two risks with one title
#
# (the code, its severity — note, warning or error — and a one-line summary for listings).
# It generates the header <ns>_codes.hpp for <target>'s sources, declaring
# `inline constexpr auto <ns>::code`, a planforge::CodeTable: `code("risks/no-mitigation")`
# finds a code while compiling and `code.codes` is what diagnostic_codes() returns. The header
# is made when CMake configures, again whenever the file changes; a malformed line stops the
# configuration with its file:line.
function(planforge_plugin_codes target file)
  get_filename_component(file "${file}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(ns "${file}" NAME_WE)
  if(NOT ns MATCHES "^[a-z_][a-z0-9_]*$")
    message(FATAL_ERROR "${file}: the file's name must be a C++ namespace: <ns>.codes")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  file(READ "${file}" text)
  # One list item per line: a ';' of a summary must not split it, and an unmatched '[' must
  # not join the lines after it (CMake does not split a list inside square brackets).
  string(ASCII 1 semicolon)
  string(ASCII 2 open_bracket)
  string(ASCII 3 close_bracket)
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REPLACE "[" "${open_bracket}" text "${text}")
  string(REPLACE "]" "${close_bracket}" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(word "[a-z0-9]+(-[a-z0-9]+)*")
  set(rows "")
  set(line_no 0)
  foreach(line IN LISTS lines)
    math(EXPR line_no "${line_no} + 1")
    string(REPLACE "${semicolon}" ";" line "${line}")
    string(REPLACE "${open_bracket}" "[" line "${line}")
    string(REPLACE "${close_bracket}" "]" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    if(NOT line MATCHES "^([^ \t]+)[ \t]+([a-z]+)[ \t]+(.+)$")
      message(FATAL_ERROR "${file}:${line_no}: expected a code, a severity and a summary")
    endif()
    set(id "${CMAKE_MATCH_1}")
    set(severity "${CMAKE_MATCH_2}")
    set(summary "${CMAKE_MATCH_3}")
    if(NOT id MATCHES "^${word}/${word}$")
      message(FATAL_ERROR "${file}:${line_no}: '${id}' is not a code: area/name in lower-case words joined by '-'")
    endif()
    if(NOT severity MATCHES "^(note|warning|error)$")
      message(FATAL_ERROR "${file}:${line_no}: severity '${severity}' is none of note, warning, error")
    endif()
    if(id IN_LIST ids)
      message(FATAL_ERROR "${file}:${line_no}: code '${id}' is listed twice")
    endif()
    list(APPEND ids "${id}")
    string(REPLACE "\\" "\\\\" summary "${summary}")
    string(REPLACE "\"" "\\\"" summary "${summary}")
    string(APPEND rows "    {\"${id}\", planforge::Severity::${severity}, \"${summary}\"},\n")
  endforeach()
  if(rows STREQUAL "")
    message(FATAL_ERROR "${file}: no codes")
  endif()
  get_filename_component(file_name "${file}" NAME)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_codes")
  file(CONFIGURE OUTPUT "${dir}/${ns}_codes.hpp" @ONLY CONTENT [=[
#pragma once
// Generated by planforge_plugin_codes() from @file_name@: edit that file, not this one.
#include <planforge/diagnostics.hpp>

namespace @ns@ {

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
@rows@});

}  // namespace @ns@
]=])
  target_include_directories(${target} PRIVATE "${dir}")
endfunction()
