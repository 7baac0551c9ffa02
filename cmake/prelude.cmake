# SPDX-License-Identifier: MIT
# Refuse in-source builds: they litter the checkout and cannot be cleaned by deleting one folder.
if(CMAKE_SOURCE_DIR STREQUAL CMAKE_BINARY_DIR)
  message(
    FATAL_ERROR
      "In-source builds are not supported. Use a preset, e.g. 'cmake --preset release', "
      "or 'cmake -B build'. Remove CMakeCache.txt and CMakeFiles/ from the source folder first.")
endif()
