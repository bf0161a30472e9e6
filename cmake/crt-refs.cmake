# cmake -DNM=nm -DOBJ=crt-refs.o -DOUT=crt-refs.rsp -P crt-refs.cmake
# Writes one "-Wl,-u,NAME" line for each function or object that the optimised
# code in OBJ takes from a static library by name (the C runtime's import
# stubs, libgcc, libmingwex): every undefined symbol but the Windows API's,
# which it reaches through __imp_ pointers (src/win32/CMakeLists.txt says why).
execute_process(COMMAND ${NM} -u ${OBJ} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -u ${OBJ} failed")
endif()
string(REGEX MATCHALL "[^ \n]+\n" lines "${listing}")
set(imported)
set(names)
foreach(line ${lines})
  string(STRIP "${line}" name)
  if(name STREQUAL "U")
    continue()
  endif()
  if(name MATCHES "^__imp_(.+)$")
    list(APPEND imported ${CMAKE_MATCH_1})
  else()
    list(APPEND names ${name})
  endif()
endforeach()
set(out "")
foreach(name ${names})
  list(FIND imported ${name} at)
  if(at EQUAL -1)
    string(APPEND out "-Wl,-u,${name}\n")
  endif()
endforeach()
# Always written: the file is the build rule's output, newer than its inputs.
file(WRITE ${OUT} "${out}")
