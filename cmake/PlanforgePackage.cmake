# Installs the CMake package: find_package(planforge) gives planforge::core and
# planforge_add_plugin(). SameMajorVersion: the plugin ABI may change with the major.
include(CMakePackageConfigHelpers)
install(EXPORT planforge-targets NAMESPACE planforge:: DESTINATION "${PLANFORGE_INSTALL_CMAKE_DIR}")
configure_package_config_file(cmake/planforge-config.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/planforge-config.cmake"
  INSTALL_DESTINATION "${PLANFORGE_INSTALL_CMAKE_DIR}")
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/planforge-config-version.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/planforge-config.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/planforge-config-version.cmake"
  cmake/PlanforgePlugin.cmake
  DESTINATION "${PLANFORGE_INSTALL_CMAKE_DIR}")
