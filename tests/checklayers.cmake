cmake_minimum_required(VERSION 3.25)
# The floors of the house (ARCHITECTURE.md): a library may use libraries on its own floor or
# below, never above; product code never includes from app/ (entry points are leaves) and the
# desktop UI links no CLI code; only the transport (server/http) knows Qt HttpServer.
#   cmake -DSOURCE_DIR=<repo> -DLINKS=<build>/layers.txt -P checklayers.cmake
# LINKS holds one "target=lib;lib;…" line per library (tests/CMakeLists.txt writes it).

# Folder (and library) → floor. Libraries on one floor do not know each other either way
# except where the list below says so.
set(floor_core 0)
set(floor_ingest 1)
set(floor_store 2)
set(floor_engine 3)
set(floor_query 3)
set(floor_auth 3)
set(floor_http 4)
set(floor_report 4)
set(floor_api 5)
set(floor_stack 6)
set(floor_ui 7)
set(floor_servercli 7)
set(floors core ingest store engine query auth http report api stack ui servercli)

set(failures "")

# 1. CMake: no library links a library of a higher floor, ui links no CLI library.
file(STRINGS ${LINKS} lines)
foreach(line IN LISTS lines)
    string(REGEX MATCH "^raycstr_([a-z]+)=(.*)$" _ "${line}")
    set(lib ${CMAKE_MATCH_1})
    set(deps ${CMAKE_MATCH_2})
    if(NOT DEFINED floor_${lib})
        string(APPEND failures "library raycstr_${lib} has no floor in checklayers.cmake\n")
        continue()
    endif()
    foreach(dep IN LISTS deps)
        if(dep MATCHES "^raycstr_([a-z]+)$" AND NOT dep STREQUAL "raycstr_common")
            set(d ${CMAKE_MATCH_1})
            if(NOT DEFINED floor_${d})
                string(APPEND failures "raycstr_${lib} links ${dep}, which has no floor\n")
            elseif(floor_${d} GREATER floor_${lib})
                string(APPEND failures "raycstr_${lib} (floor ${floor_${lib}}) links ${dep} (floor ${floor_${d}}): an arrow up\n")
            endif()
            if(lib STREQUAL "ui" AND d STREQUAL "servercli")
                string(APPEND failures "raycstr_ui links the CLI library raycstr_servercli\n")
            endif()
        endif()
    endforeach()
endforeach()

# 2. Sources: an #include "<folder>/…" names the floor it reaches; it must not be above the
# including file's. Nothing outside app/ includes a header that lives in app/.
file(GLOB app_headers RELATIVE ${SOURCE_DIR}/app ${SOURCE_DIR}/app/*.h)
file(GLOB_RECURSE sources ${SOURCE_DIR}/server/*.h ${SOURCE_DIR}/server/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(src IN LISTS sources)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${src})
    if(rel MATCHES "^server/([a-z]+)/")
        set(own ${CMAKE_MATCH_1})
    else()
        set(own ui)
    endif()
    if(NOT DEFINED floor_${own})
        string(APPEND failures "${rel}: folder server/${own} has no floor in checklayers.cmake\n")
        continue()
    endif()
    # 3. Controllers and everything above see our request type (http/plainhttp.h), never
    # Qt's: QHttpServer stays inside the transport.
    if(NOT own STREQUAL "http")
        file(STRINGS ${src} qt_http REGEX "^#include <QHttpServer")
        if(qt_http)
            string(APPEND failures "${rel} includes Qt HttpServer (only server/http may)\n")
        endif()
    endif()
    file(STRINGS ${src} includes REGEX "^#include \"")
    foreach(inc IN LISTS includes)
        string(REGEX MATCH "^#include \"([^\"]+)\"" _ "${inc}")
        set(path ${CMAKE_MATCH_1})
        if(path IN_LIST app_headers)
            string(APPEND failures "${rel} includes ${path} from app/ (entry points are leaves)\n")
        elseif(path MATCHES "^([a-z]+)/")
            set(target ${CMAKE_MATCH_1})
            if(DEFINED floor_${target} AND floor_${target} GREATER floor_${own})
                string(APPEND failures "${rel} (floor ${floor_${own}}) includes ${path} (floor ${floor_${target}}): an arrow up\n")
            endif()
        endif()
    endforeach()
endforeach()

if(failures)
    message(FATAL_ERROR "The floors are broken:\n${failures}")
endif()
list(LENGTH sources n)
message(STATUS "floors hold: ${n} sources and every library's links point down")
