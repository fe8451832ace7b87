# SPDX-License-Identifier: GPL-3.0-or-later
# The UI gets services, never a connection: nothing in ui/ or app/gui/ includes the connection's header
# or WorkspaceConnection (which core and the CLI use). Run as `cmake -DSOURCE_DIR=<repo> -P <this file>`.
file(GLOB_RECURSE sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/gui/*.cpp"
     "${SOURCE_DIR}/app/gui/*.h")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^#include \"core/(storage/Database|session/WorkspaceConnection)\\.h\"")
    if(includes)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
        list(APPEND offenders "${relative}: ${includes}")
    endif()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}/ui")
endif()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "the UI reaches a connection:\n  ${text}")
endif()
message(STATUS "${count} ui and app/gui files, none includes a connection")
