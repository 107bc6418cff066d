# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Unit tests (GoogleTest) and fuzzers (libFuzzer) for kfunc-preserve.
#
#   KFUNC_UNIT_TESTS  ON when GoogleTest is found: test/unit, run by ctest
#                     (and by utils/run-tests.sh). With -DKFUNC_SANITIZE=ON
#                     they build with ASan + UBSan like the plugin.
#   KFUNC_FUZZ        OFF by default: libFuzzer targets in test/fuzz; needs
#                     clang (CMAKE_CXX_COMPILER=clang++-19), see
#                     utils/fuzz.sh.

find_package(GTest QUIET)
option(KFUNC_UNIT_TESTS "Build the GoogleTest unit tests" ${GTest_FOUND})
option(KFUNC_FUZZ "Build the libFuzzer targets (clang only)" OFF)

# The LLVM shared library, for tests that use more than the header-only
# parts of LLVM (Report.cpp needs LLVM Support and IR).
if(TARGET LLVM)
  set(KFUNC_LLVM_LIB LLVM)
else()
  llvm_map_components_to_libnames(KFUNC_LLVM_LIB support core)
endif()

if(KFUNC_UNIT_TESTS)
  if(NOT GTest_FOUND)
    message(FATAL_ERROR "KFUNC_UNIT_TESTS=ON but GoogleTest was not found "
                        "(apt-get install libgtest-dev)")
  endif()
  enable_testing()
  add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/test/unit
                   ${CMAKE_CURRENT_BINARY_DIR}/test/unit)
endif()

if(KFUNC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KFUNC_FUZZ=ON needs clang (libFuzzer): "
                        "-DCMAKE_CXX_COMPILER=clang++-19")
  endif()
  add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/test/fuzz
                   ${CMAKE_CURRENT_BINARY_DIR}/test/fuzz)
endif()
