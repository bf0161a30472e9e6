/* The amortization chart (finance_chart.h). */
#include <windows.h>

#include "buttons.h"
#include "finance_chart.h"
#include "finance_text.h"

static long long magnitude(const char *engine)
{
    long long v = 0;
    if (!fin_text_cents(engine, &v)) return 0;
    return v < 0 ? -v : v;
}

static void fill(HDC dc, int l, int t, int r, int b, COLORREF c)
{
    RECT rc = { l, t, r, b };
    HBRUSH br = CreateSolidBrush(c);
    FillRect(dc, &rc, br);
    DeleteObject(br);
}

/* One legend entry: a square of its colour and its name; returns the x after it. */
static int legend(HDC dc, int x, int y, int size, COLORREF c, const wchar_t *name)
{
    fill(dc, x, y, x + size, y + size, c);
    RECT tr = { x + size + size / 2, y - size / 2, x + 400, y + size + size / 2 };
    DrawTextW(dc, name, -1, &tr, DT_LEFT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX | DT_CALCRECT);
    int right = tr.right;
    tr.top = y - size / 2;
    tr.bottom = y + size + size / 2;
    DrawTextW(dc, name, -1, &tr, DT_LEFT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
    return right + size * 2;
}

void fin_chart_draw(const DRAWITEMSTRUCT *d, const fin_table_row *rows, int count, const wchar_t *principal,
                    const wchar_t *interest, HFONT font)
{
    HDC dc = d->hDC;
    RECT r = d->rcItem;
    bool hc = ui_high_contrast();
    COLORREF back = ui_color_window(), text = ui_color_text();
    COLORREF c_principal = hc ? GetSysColor(COLOR_HIGHLIGHT) : RGB(0, 103, 192);
    COLORREF c_interest = hc ? GetSysColor(COLOR_HOTLIGHT) : RGB(232, 140, 40);
    fill(dc, r.left, r.top, r.right, r.bottom, back);
    HGDIOBJ old_font = SelectObject(dc, font);
    SetBkMode(dc, TRANSPARENT);
    SetTextColor(dc, text);
    TEXTMETRICW tm;
    GetTextMetricsW(dc, &tm);
    int line = tm.tmHeight, sq = line * 6 / 10, pad = line / 2;
    int x = legend(dc, r.left + pad, r.top + pad, sq, c_principal, principal);
    legend(dc, x, r.top + pad, sq, c_interest, interest);
    /* plot area under the legend, with a base line */
    int left = r.left + pad, right = r.right - pad, top = r.top + pad + line + pad, bottom = r.bottom - pad;
    if (count <= 0 || right - left < count || bottom - top < 10) {
        SelectObject(dc, old_font);
        return;
    }
    long long most = 1;
    for (int i = 0; i < count; i++) {
        long long sum = magnitude(rows[i].amount[FIN_AMT_PRINCIPAL]) + magnitude(rows[i].amount[FIN_AMT_INTEREST]);
        if (sum > most) most = sum;
    }
    /* keep (amount * height) within 64 bits */
    long long scale = 1;
    while (most / scale > 1000000000000LL) scale *= 10;
    most = most / scale > 0 ? most / scale : 1;
    int h = bottom - top, w = right - left;
    for (int i = 0; i < count; i++) {
        int x0 = left + (int)((long long)w * i / count), x1 = left + (int)((long long)w * (i + 1) / count);
        if (x1 - x0 > 3) x1 -= (x1 - x0) / 5; /* a gap between the bars */
        long long p = magnitude(rows[i].amount[FIN_AMT_PRINCIPAL]) / scale, in = magnitude(rows[i].amount[FIN_AMT_INTEREST]) / scale;
        int hp = (int)(p * h / most), hi = (int)(in * h / most);
        fill(dc, x0, bottom - hp, x1, bottom, c_principal);
        fill(dc, x0, bottom - hp - hi, x1, bottom - hp, c_interest);
    }
    fill(dc, left, bottom, right, bottom + 1, text);
    SelectObject(dc, old_font);
}
