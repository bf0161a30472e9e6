# Small helpers shared by the CMake files.

# The engine is four static libraries, one per layer, each in its folder of
# src/engine/. A layer's include path holds only its own folder, the layers
# below it and the two leaves calc_types.h and command_ids.h (enums and ids,
# no includes), so an #include pointing up a layer fails:
#   calc_numbers  numbers/   bigint, number_*, mathfn_*, status
#   calc_progint  progint/   programmer integers        -> numbers
#   calc_domain   domain/    dates, units, statistics,  -> numbers
#                            finance (public headers in include/)
#   calc_core     calc/      the state machine, commands -> domain, progint, numbers
#                            (it sees domain/'s internal headers: the statistics
#                            mode computes with stats_internal.h's numbers)
# calc_engine links them all and shows only include/ (the front ends' view).
set(CALC_ENGINE_DIR ${PROJECT_SOURCE_DIR}/src/engine)
# Public headers of the calc layer; every other header in include/ is a domain
# module's and is copied where the domain layer can see it without calc.h.
set(CALC_CORE_PUBLIC_HEADERS calc.h commands.h command_ids.h calc_modes.h calc_types.h)
set(CALC_LAYER_INCLUDE ${CMAKE_BINARY_DIR}/engine-layers)
# Internal folders, for tests, fuzzers, soak and benchmarks that look inside.
set(CALC_ENGINE_INTERNAL_INCLUDES ${CALC_ENGINE_DIR}/numbers ${CALC_ENGINE_DIR}/progint
    ${CALC_ENGINE_DIR}/calc ${CALC_ENGINE_DIR}/include)

# calc_engine_layer_headers(): the leaves alone in <build>/engine-layers/leaf, the
# domain modules' public headers in <build>/engine-layers/domain.
function(calc_engine_layer_headers)
  foreach(h calc_types.h command_ids.h)
    configure_file(${CALC_ENGINE_DIR}/include/${h} ${CALC_LAYER_INCLUDE}/leaf/${h} COPYONLY)
  endforeach()
  file(GLOB public CONFIGURE_DEPENDS RELATIVE ${CALC_ENGINE_DIR}/include ${CALC_ENGINE_DIR}/include/*.h)
  foreach(h ${public})
    if(NOT h IN_LIST CALC_CORE_PUBLIC_HEADERS)
      configure_file(${CALC_ENGINE_DIR}/include/${h} ${CALC_LAYER_INCLUDE}/domain/${h} COPYONLY)
    endif()
  endforeach()
  file(MAKE_DIRECTORY ${CALC_LAYER_INCLUDE}/domain)
endfunction()

# calc_add_engine_layer(<target> <sources> <include dirs> <flags> <defs> <layers below>)
function(calc_add_engine_layer target sources includes flags defs below)
  if(sources)
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PRIVATE ${includes})
    target_compile_options(${target} PRIVATE ${CALC_WARNINGS} ${flags})
    target_compile_definitions(${target} PRIVATE ${CALC_VERSION_DEFS} ${defs})
    target_link_libraries(${target} PUBLIC ${below})
  else()
    # A layer with no sources yet (domain before the first module).
    add_library(${target} INTERFACE)
    target_link_libraries(${target} INTERFACE ${below})
  endif()
endfunction()

# calc_add_engine(<name> <extra compile+link flags> <extra definitions>): the engine
# layers (suffixed like <name>: calc_engine_san -> calc_numbers_san ...) and <name>.
function(calc_add_engine name flags defs)
  string(REPLACE "calc_engine" "" sfx ${name})
  set(E ${CALC_ENGINE_DIR})
  set(T ${CALC_LAYER_INCLUDE}/leaf)
  file(GLOB numbers_src CONFIGURE_DEPENDS ${E}/numbers/*.c)
  file(GLOB progint_src CONFIGURE_DEPENDS ${E}/progint/*.c)
  file(GLOB domain_src CONFIGURE_DEPENDS ${E}/domain/*.c)
  file(GLOB calc_src CONFIGURE_DEPENDS ${E}/calc/*.c)
  calc_add_engine_layer(calc_numbers${sfx} "${numbers_src}" "${E}/numbers;${T}" "${flags}" "${defs}" "")
  calc_add_engine_layer(calc_progint${sfx} "${progint_src}" "${E}/progint;${E}/numbers;${T}"
                        "${flags}" "${defs}" "calc_numbers${sfx}")
  calc_add_engine_layer(calc_domain${sfx} "${domain_src}" "${E}/domain;${CALC_LAYER_INCLUDE}/domain;${E}/numbers;${T}"
                        "${flags}" "${defs}" "calc_numbers${sfx}")
  calc_add_engine_layer(calc_core${sfx} "${calc_src}" "${E}/calc;${E}/include;${E}/domain;${E}/progint;${E}/numbers"
                        "${flags}" "${defs}" "calc_domain${sfx};calc_progint${sfx};calc_numbers${sfx}")
  add_library(${name} INTERFACE)
  target_include_directories(${name} INTERFACE ${E}/include)
  target_link_libraries(${name} INTERFACE calc_core${sfx})
  target_link_options(${name} INTERFACE ${flags})
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
