# The Windows installer (NSIS), included by installer/CMakeLists.txt on WIN32 before CPack.
# A recipe: built by .github/workflows/packages.yml (MSYS2 UCRT64: GCC, Qt 6 and every
# library from one package manager, pkg-config included), never on this project's machine.
#
#   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DRAYCSTR_BUILD_TESTS=OFF \
#         -DRAYCSTR_GEOIP_DATABASE=C:/path/country.mmdb -DRAYCSTR_UA_REGEXES=C:/path/regexes.yaml
#   cmake --build build/release
#   cd build/release && cpack -G NSIS            # RayCstr-<version>-windows-x64.exe
#
# What the installer holds (default folder C:\Program Files\RayCstr):
#   bin\raycstr.exe, bin\raycstr-server.exe     with the app icon (raycstr.rc)
#   bin\*.dll, bin\<plugin type>\*.dll         Qt (windeployqt) and every other DLL they need
#   share\raycstr\country.mmdb                 when RAYCSTR_GEOIP_DATABASE names a file
#   share\uap-core\regexes.yaml                when RAYCSTR_UA_REGEXES names a file
#   bin\raycstr-autostart.ps1                  only with the "Start with Windows" component
# core/config.cpp finds the two data files next to bin\ by itself (findGeoIpDatabase()).
#
# Start menu: "RayCstr" (the desktop app), "RayCstr Server" (a console running `serve` with
# the user's own data folder) and "Uninstall". The uninstaller removes the program and the
# startup task; the data in %ProgramData%\RayCstr and the users' folders stays.

set(windows ${CMAKE_CURRENT_LIST_DIR})
# RayCstr's own licence beside NOTICE (installer/CMakeLists.txt installs that one); the
# Debian package carries it in its copyright file instead.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/raycstr)

include(${CMAKE_CURRENT_LIST_DIR}/../uapcore.cmake)

# --- Deployment: make bin\ self-contained at install time (cmake --install and cpack) ----------
# windeployqt copies the Qt DLLs and plugins the two programs use; it does not copy other
# DLLs (libmaxminddb, re2, yaml-cpp, sodium, sqlite, ICU, the MinGW runtime…), so
# deploy-windows.cmake then follows every executable's and DLL's imports with
# file(GET_RUNTIME_DEPENDENCIES) and copies what is found in the toolchain's folders.
# Not qt_generate_deploy_app_script(): a technology preview in Qt 6.4 whose signature changed
# in 6.5 (FILENAME_VARIABLE → OUTPUT_SCRIPT), one target per script, and no non-Qt DLLs.
if(RAYCSTR_WINDEPLOYQT) # given on the command line
    set(windeployqt "${RAYCSTR_WINDEPLOYQT}")
elseif(TARGET Qt6::windeployqt) # Qt 6.5 and later
    set(windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
else()
    # MSYS2 names it windeployqt6 or windeployqt-qt6; Qt's installers windeployqt.
    find_program(RAYCSTR_WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
                 HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(windeployqt "${RAYCSTR_WINDEPLOYQT}")
endif()
set(deploy_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
get_filename_component(compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
list(APPEND deploy_dirs "${compiler_dir}") # the MinGW runtime (libstdc++, libgcc, pthread)
foreach(prefix ${CMAKE_PREFIX_PATH})
    list(APPEND deploy_dirs "${prefix}/bin")
endforeach()
list(REMOVE_DUPLICATES deploy_dirs)
if(MSVC)
    get_filename_component(linker_dir "${CMAKE_LINKER}" DIRECTORY)
    find_program(RAYCSTR_DUMPBIN dumpbin HINTS "${linker_dir}" REQUIRED)
    set(deps_tool dumpbin)
    set(deps_command "${RAYCSTR_DUMPBIN}")
else()
    set(deps_tool objdump)
    set(deps_command "${CMAKE_OBJDUMP}")
endif()
install(CODE "
    set(RAYCSTR_WINDEPLOYQT \"${windeployqt}\")
    set(RAYCSTR_DEPLOY_DIRS \"${deploy_dirs}\")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL ${deps_tool})
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${deps_command}\")
")
install(SCRIPT ${windows}/deploy-windows.cmake)

# --- Running the server at startup --------------------------------------------------------
# raycstr-server is a console program, not a Windows service: it never calls
# StartServiceCtrlDispatcher, so registered with `sc.exe create` the Service Control Manager
# would give up on it after 30 s (error 1053), and no service wrapper ships with Windows.
# The honest equivalent without one is a scheduled task that starts it at boot as SYSTEM,
# with no time limit and restarts on failure: raycstr-autostart.ps1 (see its header; stopping
# the task ends the process at once, without the orderly drain Ctrl+C gives). A real service
# (the server answering the SCM itself) is later work.
install(FILES ${windows}/raycstr-autostart.ps1 DESTINATION ${CMAKE_INSTALL_BINDIR}
        COMPONENT autostart)
include(CPackComponent)
cpack_add_component(Unspecified DISPLAY_NAME "RayCstr"
    DESCRIPTION "The desktop app and the headless server, raycstr-server." REQUIRED)
string(CONCAT autostart_text "Runs raycstr-server at startup as SYSTEM (a scheduled task). "
                             "Settings and data: the RayCstr folder in ProgramData.")
cpack_add_component(autostart DISPLAY_NAME "Start RayCstr Server with Windows"
    DESCRIPTION "${autostart_text}" DISABLED)

# --- NSIS ----------------------------------------------------------------------------------
# Values pass to the NSIS script as written (no second round of CMake escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGING_INSTALL_PREFIX "") # the installer's own folder, not /usr
set(CPACK_PACKAGE_FILE_NAME "RayCstr-${PROJECT_VERSION}-windows-x64")
set(CPACK_NSIS_PACKAGE_NAME RayCstr)
set(CPACK_NSIS_DISPLAY_NAME RayCstr)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64") # a 64-bit program: not "Program Files (x86)"
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# No "add to PATH" page: CPack's NSIS code truncates a PATH longer than NSIS strings (1024).
set(CPACK_NSIS_MODIFY_PATH OFF)
file(TO_NATIVE_PATH "${windows}/raycstr.ico" ico)
set(CPACK_NSIS_MUI_ICON "${ico}")
set(CPACK_NSIS_MUI_UNIICON "${ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\raycstr-server.exe") # Apps & features
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
if(TARGET raycstr)
    set(CPACK_PACKAGE_EXECUTABLES raycstr RayCstr) # Start menu: bin\raycstr.exe as "RayCstr"
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\raycstr.exe")
endif()
# The server's shortcut needs an argument, which CPACK_NSIS_MENU_LINKS cannot give.
set(CPACK_NSIS_CREATE_ICONS_EXTRA [=[
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\RayCstr Server.lnk" "$INSTDIR\bin\raycstr-server.exe" "serve"
]=])
set(CPACK_NSIS_DELETE_ICONS_EXTRA [=[
  Delete "$SMPROGRAMS\$MUI_TEMP\RayCstr Server.lnk"
]=])

# The startup task: registered after the files are in place when the component is ticked
# ($autostart_selected is CPack's flag for it), removed by the uninstaller either way.
# 32-bit NSIS sees the 32-bit System32; Sysnative reaches the 64-bit PowerShell.
set(raycstr_powershell [=[
  StrCpy $R9 "$WINDIR\Sysnative\WindowsPowerShell\v1.0\powershell.exe"
  IfFileExists "$R9" +2 0
    StrCpy $R9 "$SYSDIR\WindowsPowerShell\v1.0\powershell.exe"
]=])
string(CONCAT CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${raycstr_powershell}" [=[
  StrCmp $autostart_selected ${SF_SELECTED} 0 raycstr_autostart_done
    DetailPrint "Registering the startup task for RayCstr Server"
    nsExec::ExecToLog '"$R9" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "$INSTDIR\bin\raycstr-autostart.ps1" -Action Install -InstallDir "$INSTDIR"'
    Pop $R8
    StrCmp $R8 0 raycstr_autostart_done
      MessageBox MB_OK|MB_ICONEXCLAMATION "RayCstr Server could not be set up to start with Windows (exit code $R8). The log above says why." /SD IDOK
  raycstr_autostart_done:
]=])
string(CONCAT CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${raycstr_powershell}" [=[
  IfFileExists "$INSTDIR\bin\raycstr-autostart.ps1" 0 raycstr_no_task
    DetailPrint "Removing the startup task of RayCstr Server"
    nsExec::ExecToLog '"$R9" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "$INSTDIR\bin\raycstr-autostart.ps1" -Action Uninstall'
    Pop $R8
  raycstr_no_task:
]=])
