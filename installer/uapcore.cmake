# Windows and macOS have no uap-core package: the installer and the disk image carry the
# rules themselves (Linux packages depend on Debian's uap-core instead).
set(RAYCSTR_UA_REGEXES "" CACHE FILEPATH
    "uap-core's regexes.yaml to ship as share/uap-core/regexes.yaml (Windows, macOS)")
if(EXISTS "${RAYCSTR_UA_REGEXES}")
    install(FILES ${RAYCSTR_UA_REGEXES} DESTINATION ${CMAKE_INSTALL_DATADIR}/uap-core)
    # Apache-2.0: the licence travels with the file (npm's uap-core package has it beside).
    get_filename_component(uap_dir ${RAYCSTR_UA_REGEXES} DIRECTORY)
    if(EXISTS ${uap_dir}/LICENSE)
        install(FILES ${uap_dir}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/uap-core)
    endif()
else()
    message(WARNING "RAYCSTR_UA_REGEXES is not set: the package ships no uap-core rules, so "
                    "browsers, systems and devices stay unknown")
endif()
