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
function(planforge_add_plugin name)
  if(NOT ARGN)
    message(FATAL_ERROR "planforge_add_plugin(${name}): no source files given")
  endif()
  set(target "${name}_plugin")
  add_library(${target} MODULE ${ARGN})
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
endfunction()
