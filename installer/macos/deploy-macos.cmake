# Runs at install time (cmake --install, and cpack's staging), after everything else is in
# RayCstr.app: makes the bundle self-contained, checks it, signs it. cpack-macos.cmake sets
# RAYCSTR_MACDEPLOYQT.

set(bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/RayCstr.app")
set(server "${bundle}/Contents/MacOS/raycstr-server")
if(NOT EXISTS "${bundle}/Contents/MacOS/RayCstr")
    return()
endif()

# 1. Qt frameworks and plugins, and every other library both programs load.
message(STATUS "macdeployqt ${bundle}")
set(args -always-overwrite -verbose=1)
if(EXISTS "${server}")
    list(APPEND args "-executable=${server}")
endif()
execute_process(COMMAND "${RAYCSTR_MACDEPLOYQT}" "${bundle}" ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "macdeployqt failed (${rc}):\n${out}")
elseif(out MATCHES "ERROR")
    # Not every complaint matters (a plugin's optional library); step 2 judges the result.
    message(WARNING "macdeployqt:\n${out}")
endif()

# 2. Nothing may point outside the bundle: no absolute path into Homebrew (or any non-system
#    folder), no @rpath/@executable_path library that is not in Contents/Frameworks.
file(GLOB_RECURSE candidates LIST_DIRECTORIES false
     "${bundle}/Contents/MacOS/*" "${bundle}/Contents/Frameworks/*" "${bundle}/Contents/PlugIns/*")
set(problems "")
foreach(file ${candidates})
    if(IS_SYMLINK "${file}")
        continue()
    endif()
    execute_process(COMMAND otool -L "${file}" RESULT_VARIABLE rc OUTPUT_VARIABLE deps
                    ERROR_QUIET)
    if(NOT rc EQUAL 0 OR deps MATCHES "is not an object file")
        continue() # headers, plists, resources
    endif()
    string(REPLACE "\n" ";" lines "${deps}")
    foreach(line ${lines}) # "<file>:", then one indented line per library
        if(NOT line MATCHES "^[ \t]+([^ ]+) \\(")
            continue()
        endif()
        set(dep "${CMAKE_MATCH_1}")
        if(dep MATCHES "^(/System/|/usr/lib/)")
            continue()
        elseif(dep MATCHES "^@(rpath|executable_path/\\.\\./Frameworks)/(.+)$")
            if(NOT EXISTS "${bundle}/Contents/Frameworks/${CMAKE_MATCH_2}")
                string(APPEND problems "\n  ${file}: ${dep} (not in Contents/Frameworks)")
            endif()
        elseif(dep MATCHES "^@")
            continue() # @loader_path: beside the library itself
        else()
            string(APPEND problems "\n  ${file}: ${dep}")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "RayCstr.app still loads libraries from outside itself:${problems}")
endif()

# 3. An ad-hoc signature over the whole bundle (no Developer ID here: not notarised).
execute_process(COMMAND codesign --force --deep --sign - "${bundle}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "codesign failed (${rc})")
endif()
execute_process(COMMAND codesign --verify --deep --strict "${bundle}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "codesign --verify failed (${rc})")
endif()
