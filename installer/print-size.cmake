# cmake -DFILE=<setup.exe> -P print-size.cmake: prints the installer's size after each build.
# The goal is well under 1 MB; a bigger file gets a warning.
file(SIZE "${FILE}" bytes)
math(EXPR kib "(${bytes} + 1023) / 1024")
get_filename_component(name "${FILE}" NAME)
message(STATUS "${name}: ${bytes} bytes (${kib} KiB)")
if(bytes GREATER_EQUAL 1048576)
  message(WARNING "${name} is 1 MB or more (${kib} KiB): check what makes it grow")
endif()
