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
function(planforge_add_plugin name)
  cmake_parse_arguments(P "" "MESSAGES" "" ${ARGN})
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
