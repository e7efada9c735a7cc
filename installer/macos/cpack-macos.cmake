# The macOS disk image (DragNDrop), included by installer/CMakeLists.txt on APPLE before CPack.
# A recipe: built by .github/workflows/packages.yml (Homebrew's Qt and libraries), never on
# this project's machine.
#
#   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DRAYCSTR_BUILD_TESTS=OFF \
#         -DRAYCSTR_GEOIP_DATABASE=/path/country.mmdb -DRAYCSTR_UA_REGEXES=/path/regexes.yaml
#   cmake --build build/release
#   cd build/release && cpack -G DragNDrop       # RayCstr-<version>-macos-<arch>.dmg
#
# The image holds RayCstr.app and a link to /Applications. Inside the bundle (the root
# CMakeLists.txt points CMAKE_INSTALL_BINDIR and _DATADIR into it on macOS):
#   Contents/MacOS/RayCstr              the desktop app
#   Contents/MacOS/raycstr-server       the headless server, sharing the bundle's libraries
#   Contents/Frameworks, Contents/PlugIns   Qt and every other library (macdeployqt)
#   Contents/Resources/raycstr.icns, raycstr/country.mmdb, uap-core/regexes.yaml,
#   org.raycstr.server.plist (a launchd job for the server), doc/raycstr/NOTICE
# core/config.cpp finds the data files in Contents/Resources by itself.
#
# Signed ad hoc only, not notarised: Gatekeeper asks before the first start (Finder: Control-
# click → Open), or `xattr -dr com.apple.quarantine /Applications/RayCstr.app`.

if(NOT TARGET raycstr)
    message(WARNING "No desktop app (Qt Widgets, Charts or QtKeychain missing): no RayCstr.app "
                    "to put in a disk image")
    return()
endif()
set(macos ${CMAKE_CURRENT_LIST_DIR})
# RayCstr's own licence beside NOTICE (installer/CMakeLists.txt installs that one); the
# Debian package carries it in its copyright file instead.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/raycstr)

# --- The bundle: Info.plist and icon (app/CMakeLists.txt makes raycstr a MACOSX_BUNDLE) ----
if(NOT RAYCSTR_APP_ID)
    set(RAYCSTR_APP_ID org.raycstr.RayCstr)
endif()
set(RAYCSTR_BUNDLE_ID ${RAYCSTR_APP_ID})
# The oldest macOS the bundle runs on: the deployment target when one is set, else the build
# machine's major version, as Homebrew builds its bottles for the macOS they run on.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(minimum ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE minimum
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX REPLACE "^([0-9]+).*" "\\1.0" minimum "${minimum}")
endif()
set(RAYCSTR_MACOS_MINIMUM "${minimum}" CACHE STRING "LSMinimumSystemVersion of RayCstr.app")
configure_file(${macos}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set_target_properties(raycstr PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
target_sources(raycstr PRIVATE ${macos}/raycstr.icns)
set_source_files_properties(${macos}/raycstr.icns TARGET_DIRECTORY raycstr
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# --- Data and the launchd sample, into Contents/Resources --------------------------------------
include(${CMAKE_CURRENT_LIST_DIR}/../uapcore.cmake)
install(FILES ${macos}/org.raycstr.server.plist DESTINATION ${CMAKE_INSTALL_DATADIR})

# --- Deployment, last of all install steps (it signs the bundle) ----------------------------
# macdeployqt copies Qt's frameworks and plugins and every other non-system library (Homebrew's
# libmaxminddb, re2 and abseil, yaml-cpp, sodium, sqlite, qtkeychain…) into the bundle and
# rewrites the load paths, for the server too (-executable). deploy-macos.cmake then checks
# that nothing still points outside the bundle and signs it ad hoc (arm64 runs nothing
# unsigned, and rewriting load paths breaks the linker's signature).
if(RAYCSTR_MACDEPLOYQT) # given on the command line
    set(macdeployqt "${RAYCSTR_MACDEPLOYQT}")
elseif(TARGET Qt6::macdeployqt) # Qt 6.5 and later
    set(macdeployqt "$<TARGET_FILE:Qt6::macdeployqt>")
else()
    find_program(RAYCSTR_MACDEPLOYQT NAMES macdeployqt macdeployqt6
                 HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(macdeployqt "${RAYCSTR_MACDEPLOYQT}")
endif()
install(CODE "set(RAYCSTR_MACDEPLOYQT \"${macdeployqt}\")")
install(SCRIPT ${macos}/deploy-macos.cmake)

# --- DragNDrop -----------------------------------------------------------------------------
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGING_INSTALL_PREFIX "/") # the image's root, not /usr
set(CPACK_PACKAGE_FILE_NAME "RayCstr-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "RayCstr ${PROJECT_VERSION}")
set(CPACK_PACKAGE_ICON ${macos}/raycstr.icns) # the mounted volume's icon
set(CPACK_DMG_FORMAT UDZO)
