# Runs at install time (cmake --install, and cpack for each component it stages), after the
# programs are installed: makes <prefix>\bin self-contained. cpack-windows.cmake sets
#   RAYCSTR_WINDEPLOYQT    windeployqt
#   RAYCSTR_DEPLOY_DIRS    folders holding the DLLs to copy (Qt's bin, the compiler's, …)
#   CMAKE_GET_RUNTIME_DEPENDENCIES_{PLATFORM,TOOL,COMMAND}   windows+pe with objdump/dumpbin
# The programs are only in the component that installs them (CPack stages components apart),
# so a stage without them (the startup-task component) is left alone.

set(bin "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin")
file(GLOB exes "${bin}/*.exe")
if(NOT exes)
    return()
endif()

# 1. Qt: its DLLs, the plugins they load (platforms, styles, TLS, image formats) and Qt's own
#    translations, next to the programs.
foreach(exe ${exes})
    message(STATUS "windeployqt ${exe}")
    execute_process(COMMAND "${RAYCSTR_WINDEPLOYQT}" --verbose 0 "${exe}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "windeployqt failed on ${exe} (${rc}):\n${out}")
    endif()
endforeach()

# 2. Everything else the programs and the deployed DLLs import, found in RAYCSTR_DEPLOY_DIRS.
#    Windows' own DLLs (under %SystemRoot%, and the API sets) stay out.
file(GLOB_RECURSE dlls "${bin}/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${exes}
    LIBRARIES ${dlls}
    DIRECTORIES ${RAYCSTR_DEPLOY_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting)

# Whether path lies in folder (Windows paths: case-insensitive, either slash).
function(raycstr_is_under path folder out)
    file(TO_CMAKE_PATH "${path}" p)
    file(TO_CMAKE_PATH "${folder}" f)
    string(TOLOWER "${p}" p)
    string(TOLOWER "${f}/" f)
    string(FIND "${p}" "${f}" at)
    if(f STREQUAL "/" OR NOT at EQUAL 0)
        set(${out} FALSE PARENT_SCOPE)
    else()
        set(${out} TRUE PARENT_SCOPE)
    endif()
endfunction()

set(copied 0)
foreach(dll ${resolved})
    raycstr_is_under("${dll}" "${bin}" deployed)
    raycstr_is_under("${dll}" "$ENV{SystemRoot}" system)
    if(deployed OR system)
        continue()
    endif()
    file(INSTALL "${dll}" DESTINATION "${bin}")
    math(EXPR copied "${copied} + 1")
endforeach()
message(STATUS "Copied ${copied} more DLLs into ${bin}")
foreach(name ${conflicting_FILENAMES})
    message(WARNING "${name} is found in several folders (${conflicting_${name}}); the first was "
                    "used")
endforeach()
if(unresolved)
    # Fail here rather than ship an installer whose programs do not start.
    message(FATAL_ERROR "DLLs not found in ${RAYCSTR_DEPLOY_DIRS}: ${unresolved}")
endif()
