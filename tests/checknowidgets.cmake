# Fails when the headless server binary links Qt Widgets (or Gui): raycstr-server must
# run on a VPS without any GUI libraries.   cmake -DBINARY=<path> -P checknowidgets.cmake
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${BINARY}")
endif()
if(libs MATCHES "libQt6(Widgets|Gui|OpenGL)")
    message(FATAL_ERROR "raycstr-server links GUI libraries:\n${libs}")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "unexpected ldd output:\n${libs}")
endif()
message(STATUS "raycstr-server links no Qt Widgets/Gui")
