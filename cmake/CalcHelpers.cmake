# Small helpers shared by the CMake files.

# calc_add_engine(<name> <extra compile+link flags>): the portable engine as a static library.
function(calc_add_engine name flags)
  add_library(${name} STATIC ${CALC_ENGINE_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src/engine ${PROJECT_SOURCE_DIR}/src/engine/include)
  target_compile_options(${name} PRIVATE ${CALC_WARNINGS} ${flags})
  target_link_options(${name} INTERFACE ${flags})
  target_compile_definitions(${name} PRIVATE ${CALC_VERSION_DEFS})
endfunction()

# calc_find_cmocka(): sets CALC_CMOCKA_INCLUDE and CALC_CMOCKA_LIB.
# Native: Debian's libcmocka-dev. Windows: a static cmocka built for mingw from
# Debian's source package by scripts/build-cmocka-mingw.sh (run here if missing).
function(calc_find_cmocka)
  if(CMAKE_CROSSCOMPILING)
    if(NOT EXISTS ${CMOCKA_MINGW_ROOT}/lib/libcmocka-static.a)
      message(STATUS "Building cmocka for mingw into ${CMOCKA_MINGW_ROOT}")
      execute_process(
        COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/build-cmocka-mingw.sh ${CMOCKA_MINGW_ROOT}
        RESULT_VARIABLE rc)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "could not build cmocka for mingw (rc=${rc})")
      endif()
    endif()
    set(CALC_CMOCKA_INCLUDE ${CMOCKA_MINGW_ROOT}/include PARENT_SCOPE)
    set(CALC_CMOCKA_LIB ${CMOCKA_MINGW_ROOT}/lib/libcmocka-static.a PARENT_SCOPE)
  else()
    find_path(inc cmocka.h REQUIRED)
    find_library(lib cmocka REQUIRED)
    set(CALC_CMOCKA_INCLUDE ${inc} PARENT_SCOPE)
    set(CALC_CMOCKA_LIB ${lib} PARENT_SCOPE)
  endif()
endfunction()
