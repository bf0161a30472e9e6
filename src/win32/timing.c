/* Start-up and per-phase timing (timing.h). */
#include <windows.h>
#include <stdio.h>

#include "timing.h"
#include "textf.h"

static LARGE_INTEGER g_start, g_freq;
static BOOL g_done;
static BOOL g_phases; /* CALC_KEY_TIMING is set */
static long long g_ticks[PH_COUNT], g_runs[PH_COUNT];

void timing_start(void)
{
    QueryPerformanceCounter(&g_start);
    QueryPerformanceFrequency(&g_freq);
    g_phases = GetEnvironmentVariableW(L"CALC_KEY_TIMING", NULL, 0) > 0 && g_freq.QuadPart > 0;
}

/* Writes text to the file named by environment variable var, if it is set. */
static void write_to(const wchar_t *var, const char *text, int len)
{
    wchar_t path[MAX_PATH];
    DWORD n = GetEnvironmentVariableW(var, path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH || len <= 0) return;
    HANDLE f = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) return;
    DWORD written;
    WriteFile(f, text, (DWORD)len, &written, NULL);
    CloseHandle(f);
}

/* integer microseconds: no floating point needed */
static long long to_us(long long ticks) { return g_freq.QuadPart > 0 ? ticks * 1000000LL / g_freq.QuadPart : 0; }

void timing_first_paint(void)
{
    if (g_done) return;
    g_done = TRUE;
    if (g_freq.QuadPart <= 0) return;
    LARGE_INTEGER now;
    QueryPerformanceCounter(&now);
    long long us = to_us(now.QuadPart - g_start.QuadPart);
    char text[64];
    write_to(L"CALC_STARTUP_TIMING", text, text_printf(text, sizeof text, "%lld.%03lld\n", us / 1000, us % 1000));
}

long long timing_now(void)
{
    if (!g_phases) return 0;
    LARGE_INTEGER now;
    QueryPerformanceCounter(&now);
    return now.QuadPart ? now.QuadPart : 1;
}

void timing_add(timing_phase ph, long long since)
{
    if (!since) return;
    g_ticks[ph] += timing_now() - since;
    g_runs[ph]++;
}

void timing_report(void)
{
    static const char *const NAMES[PH_COUNT] = { "wait", "dispatch", "engine", "refresh", "panel", "texts", "access", "panes", "draw" };
    if (!g_phases) return;
    char text[PH_COUNT * 64];
    int len = 0;
    for (int i = 0; i < PH_COUNT; i++)
        len += text_printf(text + len, sizeof text - (size_t)len, "%s %lld %lld\n", NAMES[i], g_runs[i], to_us(g_ticks[i]));
    write_to(L"CALC_KEY_TIMING", text, len);
}
