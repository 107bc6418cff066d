# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Install rules and Debian packaging for kfunc-preserve.
#
# Everything built for one LLVM major lives in one directory, so packages for
# several majors install side by side (as Debian's /usr/lib/llvm-N):
#
#   <libdir>/kfunc-preserve/llvm-<N>/KfuncPreserve.so    the plugin
#   <libdir>/kfunc-preserve/llvm-<N>/bin/kfunc-scan      the scanner
#   <libdir>/kfunc-preserve/llvm-<N>/utils/kfunc-*.py    report tools
#   <libdir>/kfunc-preserve/llvm-<N>/docs -> <docdir>/docs (the tools read it)
#   <bindir>/kfunc-scan-<N> -> ../<libdir>/kfunc-preserve/llvm-<N>/bin/kfunc-scan
#   <bindir>/kfunc-report-{summary,validate}-<N>.py -> .../utils/kfunc-*.py
#   <datadir>/doc/kfunc-preserve-llvm<N>/                README.md, docs/*.md,
#                                                        LICENSE, copyright
#
# The commands on PATH carry the LLVM major so that packages for several
# majors never ship the same file. The docs keep the source tree's layout
# (README.md next to docs/), so the README's links work where installed.
# `cmake --install <build> --strip` and the packages install the plugin and
# kfunc-scan stripped. `cpack -G DEB` in the build directory makes
# kfunc-preserve-llvm<N>_<version>_<arch>.deb, installed under /usr.

include(GNUInstallDirs)

set(KFUNC_PACKAGE "kfunc-preserve-llvm${LLVM_VERSION_MAJOR}")
set(KFUNC_INSTALL_DIR
    "${CMAKE_INSTALL_LIBDIR}/kfunc-preserve/llvm-${LLVM_VERSION_MAJOR}")
set(KFUNC_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/${KFUNC_PACKAGE}")
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/install-links")

# kfunc_install_bin_link(<path under KFUNC_INSTALL_DIR> <name in bindir>):
# a command on PATH, as a relative symbolic link, so that it works under any
# prefix and DESTDIR.
function(kfunc_install_bin_link target name)
  file(RELATIVE_PATH link "/prefix/${CMAKE_INSTALL_BINDIR}"
       "/prefix/${KFUNC_INSTALL_DIR}/${target}")
  file(CREATE_LINK "${link}" "${CMAKE_BINARY_DIR}/install-links/${name}" SYMBOLIC)
  install(FILES "${CMAKE_BINARY_DIR}/install-links/${name}"
    DESTINATION "${CMAKE_INSTALL_BINDIR}")
endfunction()

install(TARGETS KfuncPreserve
  LIBRARY DESTINATION "${KFUNC_INSTALL_DIR}")
if(TARGET kfunc-scan)
  install(TARGETS kfunc-scan RUNTIME DESTINATION "${KFUNC_INSTALL_DIR}/bin")
  kfunc_install_bin_link("bin/kfunc-scan" "kfunc-scan-${LLVM_VERSION_MAJOR}")
endif()

# The user-facing scripts (utils/kfunc-*.py, Python standard library only);
# build, test and demo scripts stay in the source tree.
file(GLOB KFUNC_USER_SCRIPTS CONFIGURE_DEPENDS
     "${CMAKE_SOURCE_DIR}/utils/kfunc-*.py")
if(KFUNC_USER_SCRIPTS)
  install(PROGRAMS ${KFUNC_USER_SCRIPTS}
    DESTINATION "${KFUNC_INSTALL_DIR}/utils")
endif()
foreach(script ${KFUNC_USER_SCRIPTS})
  get_filename_component(name "${script}" NAME_WE)
  kfunc_install_bin_link("utils/${name}.py" "${name}-${LLVM_VERSION_MAJOR}.py")
endforeach()

file(GLOB KFUNC_DOCS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/docs/*.md")
install(FILES "${CMAKE_SOURCE_DIR}/README.md" "${CMAKE_SOURCE_DIR}/LICENSE"
  DESTINATION "${KFUNC_INSTALL_DOCDIR}")
install(FILES ${KFUNC_DOCS} DESTINATION "${KFUNC_INSTALL_DOCDIR}/docs")
# Debian's machine-readable copyright file, where Debian policy wants it
# (/usr/share/doc/<package>/copyright).
install(FILES "${CMAKE_SOURCE_DIR}/cmake/debian-copyright"
  DESTINATION "${KFUNC_INSTALL_DOCDIR}" RENAME copyright)
# The scripts find docs/ next to utils/ (e.g. the report schema).
file(RELATIVE_PATH KFUNC_DOCS_LINK
     "/prefix/${KFUNC_INSTALL_DIR}" "/prefix/${KFUNC_INSTALL_DOCDIR}/docs")
file(CREATE_LINK "${KFUNC_DOCS_LINK}" "${CMAKE_BINARY_DIR}/install-links/docs"
     SYMBOLIC)
install(FILES "${CMAKE_BINARY_DIR}/install-links/docs"
  DESTINATION "${KFUNC_INSTALL_DIR}")

#===------------------------------------------------------------------------===#
# CPack: one Debian package per LLVM major
#===------------------------------------------------------------------------===#

set(CPACK_PACKAGE_NAME "${KFUNC_PACKAGE}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "kfunc-preserve")
set(CPACK_PACKAGE_CONTACT "kfunc-preserve maintainers <kfunc-preserve@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "LLVM ${LLVM_VERSION_MAJOR} plugin keeping Linux BPF kfuncs through LTO")
set(CPACK_PACKAGE_DESCRIPTION
    "kfunc-preserve finds the BPF kfuncs a kernel build lists in its BTF set
tables and keeps them defined, out of line and with their exact signature
through optimization and LTO (clang -fpass-plugin, opt, ld.lld). kfunc-scan
lists the kfuncs of a build and verifies linked objects. Built for LLVM
${LLVM_VERSION_MAJOR}: load it only into clang/opt/ld.lld ${LLVM_VERSION_MAJOR}.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# <name>_<version>_<arch>.deb, without a Debian revision.
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
find_program(KFUNC_DPKG dpkg)
if(KFUNC_DPKG)
  execute_process(COMMAND "${KFUNC_DPKG}" --print-architecture
    OUTPUT_VARIABLE KFUNC_DEB_ARCH OUTPUT_STRIP_TRAILING_WHITESPACE)
else()
  set(KFUNC_DEB_ARCH amd64)
endif()
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "${KFUNC_DEB_ARCH}")
set(CPACK_DEBIAN_FILE_NAME
    "${KFUNC_PACKAGE}_${PROJECT_VERSION}_${KFUNC_DEB_ARCH}.deb")
# kfunc-scan links libLLVM (libllvmN) and the C++ runtime; the plugin needs a
# host of the same major: opt (llvm-N), clang-N or lld-N.
# dpkg-shlibdeps, when present, computes the versioned dependencies
# (libllvmN (>= ...), libc6 (>= ...), ...) from kfunc-scan's DT_NEEDED.
find_program(KFUNC_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(KFUNC_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libllvm${LLVM_VERSION_MAJOR}, libc6, libstdc++6, libgcc-s1")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "clang-${LLVM_VERSION_MAJOR} | llvm-${LLVM_VERSION_MAJOR} | lld-${LLVM_VERSION_MAJOR}, python3")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
