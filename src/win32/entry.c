/* calculatrice.exe's process entry point, in place of the C runtime's start-up
 * code (the exe links with -nostartfiles: src/win32/CMakeLists.txt).
 *
 * Why: mingw-w64's start-up (crt2u.o and what it pulls from libmingw32: the
 * pseudo-relocation fixer, TLS callbacks, the exception handler, argv
 * parsing, atexit) was 9 KB of the exe, and the window needs none of it. The
 * program has no constructors, no thread-local variables, no C++ and no data
 * imported by auto-import (the link would fail without the relocator), uses
 * no stdio, argv or environment of the C runtime; msvcrt.dll initialises its
 * heap and string functions in its own DllMain. What the start-up did that
 * matters is done here: wWinMain's four arguments as the C runtime computes
 * them, and the exit code. */
#include <windows.h>

/* The command line after the program's name (quoted or not) and the blanks
 * that follow it, as the C runtime hands it to wWinMain. */
static PWSTR after_program_name(PWSTR s)
{
    if (*s == L'"') {
        s++;
        while (*s && *s != L'"')
            s++;
        if (*s == L'"')
            s++;
    } else {
        while (*s > L' ')
            s++;
    }
    while (*s && *s <= L' ')
        s++;
    return s;
}

/* The exe's entry point (-e calc_entry): never returns. */
void calc_entry(void);
void calc_entry(void)
{
    STARTUPINFOW si;
    GetStartupInfoW(&si);
    int show = (si.dwFlags & STARTF_USESHOWWINDOW) ? si.wShowWindow : SW_SHOWDEFAULT;
    ExitProcess((UINT)wWinMain(GetModuleHandleW(NULL), NULL, after_program_name(GetCommandLineW()), show));
}
