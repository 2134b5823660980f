# Debian's compiler and linker flags for the package build (the `package` preset turns on
# SMIDIG_DEBIAN_BUILDFLAGS): what dpkg-buildflags gives a Debian package, with every hardening
# feature (stack protector, _FORTIFY_SOURCE, format checks, RELRO, BIND_NOW, PIE), so
# the .deb is built the way Debian builds its own and lintian finds no unhardened binary.
# Included from the top-level CMakeLists.txt before any target exists, so all targets get them.

find_program(DPKG_BUILDFLAGS_EXECUTABLE dpkg-buildflags REQUIRED)

function(smidig_dpkg_buildflag name out_var)
    # Run from the source folder: Debian's -ffile-prefix-map takes the current folder, so the
    # binaries name source files relative to it and not by the build machine's path.
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                "${DPKG_BUILDFLAGS_EXECUTABLE}" --get "${name}"
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE value
        OUTPUT_STRIP_TRAILING_WHITESPACE
        COMMAND_ERROR_IS_FATAL ANY)
    set(${out_var} "${value}" PARENT_SCOPE)
endfunction()

smidig_dpkg_buildflag(CPPFLAGS smidig_cppflags)
smidig_dpkg_buildflag(CXXFLAGS smidig_cxxflags)
smidig_dpkg_buildflag(LDFLAGS smidig_ldflags)
string(APPEND CMAKE_CXX_FLAGS " ${smidig_cppflags} ${smidig_cxxflags}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " ${smidig_ldflags}")
string(APPEND CMAKE_SHARED_LINKER_FLAGS " ${smidig_ldflags}")
string(APPEND CMAKE_MODULE_LINKER_FLAGS " ${smidig_ldflags}")
message(STATUS "Debian build flags: ${CMAKE_CXX_FLAGS} | ${CMAKE_EXE_LINKER_FLAGS}")
