/* Start-up timing (timing.h). */
#include <windows.h>
#include <stdio.h>

#include "timing.h"

static LARGE_INTEGER g_start;
static BOOL g_done;

void timing_start(void) { QueryPerformanceCounter(&g_start); }

void timing_first_paint(void)
{
    if (g_done) return;
    g_done = TRUE;
    LARGE_INTEGER now, freq;
    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&freq);
    wchar_t path[MAX_PATH];
    DWORD n = GetEnvironmentVariableW(L"CALC_STARTUP_TIMING", path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH || freq.QuadPart <= 0) return;
    /* integer microseconds: no floating point needed */
    long long us = (now.QuadPart - g_start.QuadPart) * 1000000LL / freq.QuadPart;
    char text[64];
    int len = snprintf(text, sizeof text, "%lld.%03lld\n", us / 1000, us % 1000);
    HANDLE f = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) return;
    DWORD written;
    WriteFile(f, text, (DWORD)len, &written, NULL);
    CloseHandle(f);
}
