/* The Finance sections (finance_sections.h): one table row per section and
 * one compute function per section, over the finance engine. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "finance_sections.h"
#include "lang.h"
#include "ui_ids.h"

#define MONEY(l, s, o) { (l), FK_MONEY, (s), (o) }
#define RATE(l, s, o) { (l), FK_RATE, (s), (o) }
#define NUMBER(l, s, o) { (l), FK_NUMBER, (s), (o) }

static const fin_section_def SECTIONS[FIN_SECTIONS] = {
    /* capital, rate, duration, monthly payment: compute the one left empty */
    [FIN_SEC_LOAN] = { 6, 2, 3, false, true,
                       { MONEY(IDS_FIN_CAPITAL, true, false), RATE(IDS_FIN_RATE, true, false),
                         NUMBER(IDS_FIN_DURATION, true, false), MONEY(IDS_FIN_PAYMENT, true, false),
                         MONEY(IDS_FIN_INSURANCE, false, true), MONEY(IDS_FIN_FEES, false, true) } },
    /* the final amount, or the deposit that reaches it */
    [FIN_SEC_SAVINGS] = { 5, -1, 4, true, false,
                          { MONEY(IDS_FIN_INITIAL, false, true), MONEY(IDS_FIN_DEPOSIT, true, false),
                            RATE(IDS_FIN_RATE, false, false), NUMBER(IDS_FIN_YEARS, false, false),
                            MONEY(IDS_FIN_FINAL, true, false) } },
    /* NPV at a rate (optional) and IRR of the flows */
    [FIN_SEC_INVESTMENT] = { 2, -1, -1, false, false,
                             { RATE(IDS_FIN_DISCOUNT, false, true), { IDS_FIN_FLOWS, FK_FLOWS, false, false } } },
    /* the calculator's five keys: any one from the other four */
    [FIN_SEC_TVM] = { 6, -1, 3, true, true,
                      { NUMBER(IDS_FIN_N, true, false), RATE(IDS_FIN_TVM_RATE, true, false),
                        NUMBER(IDS_FIN_PV, true, false), NUMBER(IDS_FIN_PMT, true, false),
                        NUMBER(IDS_FIN_FV, true, false), NUMBER(IDS_FIN_PPY, false, true) } },
};

const fin_section_def *fin_section_at(fin_section s)
{
    return (unsigned)s < FIN_SECTIONS ? &SECTIONS[s] : NULL;
}

void fin_schedule_engine(const fin_schedule_loan *l, fin_loan *out)
{
    fin_loan fl = { l->rate, l->pv, l->has_pmt ? l->pmt : NULL, l->has_n ? l->n : NULL, l->ppy, l->begin };
    *out = fl;
}

UINT fin_section_hint(const fin_section_def *def)
{
    return def->default_solve >= 0 ? IDS_FIN_HINT : IDS_FIN_HINT_NONE;
}

/* ------------------------------------------------------------ writing the outcome */

typedef struct work {
    const fin_look *look;
    fin_outcome *out;
    char v[FIN_ROWS][FIN_IN_MAX];     /* engine text of each field ("" if empty) */
    char flows[1024];
    int solve;
} work;

static void note(work *w, int row, UINT id, bool error)
{
    lang_string(id, w->out->note[row], FIN_NOTE_MAX);
    w->out->note_error[row] = error;
    if (error) w->out->ok = false;
}

static UINT status_text(fin_status st)
{
    return st == FIN_NO_SOLUTION ? IDS_FIN_NO_SOLUTION : IDS_FIN_OUT_OF_RANGE;
}

/* An engine failure on the computed row: words there, "Invalid input" as main. */
static void failed(work *w, int row, fin_status st)
{
    if (row >= 0) note(w, row, status_text(st), true);
    w->out->ok = false;
}

static void shown(work *w, fin_kind k, const char *engine, wchar_t *out, size_t cap)
{
    if (k == FK_MONEY) fin_text_money(w->look->num, w->look->money, engine, out, cap);
    else if (k == FK_RATE) fin_text_rate(w->look->num, engine, out, cap);
    else fin_text_number(w->look->num, engine, out, cap);
}

/* One "label: value" line of the results. */
static void line_text(work *w, UINT label, const wchar_t *value)
{
    wchar_t name[96], l[320];
    lang_string(label, name, 96);
    swprintf(l, 320, L"%ls%ls %ls\r\n", name, lang_is_french() ? L"\x00A0:" : L":", value);
    size_t n = wcslen(w->out->results);
    lstrcpynW(w->out->results + n, l, (int)(FIN_RESULTS_MAX - n));
}

static void line(work *w, UINT label, fin_kind k, const char *engine)
{
    wchar_t v[128];
    shown(w, k, engine, v, 128);
    line_text(w, label, v);
}

/* The main result: value shown in its kind, named; "= value" next to its row. */
static void main_result(work *w, UINT name, const wchar_t *value)
{
    lstrcpynW(w->out->main, value, FIN_NOTE_MAX);
    lang_string(name, w->out->main_name, FIN_NOTE_MAX);
    if (w->solve >= 0) {
        wchar_t fmt[32];
        lang_string(IDS_FIN_COMPUTED, fmt, 32);
        swprintf(w->out->note[w->solve], FIN_NOTE_MAX, wcsstr(fmt, L"%ls") ? fmt : L"= %ls", value);
        w->out->note_error[w->solve] = false;
    }
}

static void main_kind(work *w, UINT name, fin_kind k, const char *engine)
{
    wchar_t v[128];
    shown(w, k, engine, v, 128);
    main_result(w, name, v);
}

/* "240 months (20 years)" / "240 months" (not a whole number of years) */
static void duration_text(work *w, const char *months, wchar_t *out, size_t cap)
{
    char years[FIN_TEXT_MAX];
    wchar_t m[64], y[64], fmt[64];
    fin_text_number(w->look->num, months, m, 64);
    bool whole = fin_text_div(months, "12", years) == FIN_OK;
    if (whole) fin_text_number(w->look->num, years, y, 64);
    lang_string(whole ? IDS_FIN_R_YEARS_OF : IDS_FIN_R_MONTHS_ONLY, fmt, 64);
    swprintf(out, cap, fmt, m, y);
}

#define LOAN_MAX_MONTHS "12000"

static const char *or_zero(const char *s) { return s[0] ? s : "0"; }

/* in into out[FIN_TEXT_MAX], cut to fit as snprintf does. */
static void copy(char *out, const char *in) { snprintf(out, FIN_TEXT_MAX, "%s", in); }

/* Result lines from a table, LINE(label, kind) each, one value each; a NULL
 * value is a line not shown. */
#define LINE(label, kind) ((unsigned short)((label) | (kind) << 12))
static void lines(work *w, const unsigned short *def, int n, const char *const *val)
{
    for (int i = 0; i < n; i++)
        if (val[i]) line(w, def[i] & 0xFFF, (fin_kind)(def[i] >> 12), val[i]);
}

/* The amortization table's loan, from engine texts indexed by fin_field. */
static void schedule(work *w, char (*val)[FIN_TEXT_MAX], const char *ppy, bool has_pmt, bool has_n, bool begin)
{
    fin_schedule_loan *l = &w->out->loan;
    copy(l->rate, val[FIN_RATE]);
    copy(l->pv, val[FIN_PV]);
    copy(l->pmt, val[FIN_PMT]);
    copy(l->n, val[FIN_N]);
    copy(l->ppy, ppy);
    l->has_pmt = has_pmt;
    l->has_n = has_n;
    l->begin = begin;
    w->out->has_loan = true; /* cleared again if the outcome is not ok */
}

/* ------------------------------------------------------------ the sections */

static void loan(work *w, const fin_typed *in)
{
    /* the rows' values indexed by fin_field (the duration in months, the
     * payment as the engine's pmt, negative); P is the payment as typed */
    static const unsigned char FIELD[4] = { FIN_PV, FIN_RATE, FIN_N, FIN_PMT };
    char val[4][FIN_TEXT_MAX], P[FIN_TEXT_MAX], out[FIN_TEXT_MAX];
    const char *I = or_zero(w->v[4]), *F = or_zero(w->v[5]);
    int s = w->solve;
    copy(val[FIN_PV], w->v[0]);
    copy(val[FIN_RATE], w->v[1]);
    copy(P, w->v[3]);
    fin_status st = FIN_OK;
    if (s != 2) {
        if (in->months) copy(val[FIN_N], w->v[2]);
        else st = fin_text_mul_add("0", w->v[2], "12", val[FIN_N]);
        if (st != FIN_OK) { failed(w, 2, st); return; }
    }
    fin_text_negate(P, val[FIN_PMT]);
    fin_tvm t = { val[FIN_N], val[FIN_RATE], val[FIN_PV], val[FIN_PMT], "0", "12", false };
    if ((st = fin_tvm_solve(&t, (fin_field)FIELD[s], out)) != FIN_OK) { failed(w, s, st); return; }
    copy(val[FIELD[s]], out);
    if (s == 3) fin_text_negate(out, P);
    const char *C = val[FIN_PV], *nm = val[FIN_N];
    if (!fin_text_positive(C) || !fin_text_positive(nm)) { failed(w, s, FIN_NO_SOLUTION); return; }
    /* a schedule of more than 1,000 years is no loan (and would take seconds to walk) */
    char beyond[FIN_TEXT_MAX];
    if (fin_text_mul_add(nm, "-1", LOAN_MAX_MONTHS, beyond) != FIN_OK || fin_text_positive(beyond)) {
        failed(w, 2, FIN_BAD_INPUT); /* said next to the duration */
        return;
    }
    /* the schedule: a computed payment or duration is re-derived at full precision */
    schedule(w, val, "12", s != 3, s != 2, false);
    fin_loan fl;
    fin_schedule_engine(&w->out->loan, &fl);
    fin_amort_totals tot;
    if ((st = fin_amort_schedule(&fl, NULL, NULL, &tot)) != FIN_OK) { failed(w, s, st); return; }
    char periods[32], interest[FIN_TEXT_MAX], insurance[FIN_TEXT_MAX], cost[FIN_TEXT_MAX], repaid[FIN_TEXT_MAX],
        with_ins[FIN_TEXT_MAX], neg[FIN_TEXT_MAX], taeg[FIN_TEXT_MAX];
    snprintf(periods, sizeof periods, "%ld", tot.periods);
    fin_text_negate(tot.interest, interest);
    bool has_ins = !fin_text_zero(I), has_fees = !fin_text_zero(F);
    if (fin_text_mul_add("0", I, periods, insurance) != FIN_OK || fin_text_mul_add(interest, insurance, "1", cost) != FIN_OK ||
        fin_text_mul_add(cost, F, "1", cost) != FIN_OK || fin_text_mul_add(C, cost, "1", repaid) != FIN_OK ||
        fin_text_mul_add(P, I, "1", with_ins) != FIN_OK)
        { failed(w, s, FIN_OVERFLOW); return; }
    fin_text_negate(with_ins, neg);
    fin_status ta = fin_apr(C, neg, periods, F, "12", taeg);

    /* the computed field first; the payment's line is always there */
    static const unsigned short MAIN[4] = { IDS_FIN_R_CAPITAL, IDS_FIN_R_RATE, IDS_FIN_R_DURATION, IDS_FIN_R_PAYMENT };
    wchar_t v[128];
    if (s == 2) duration_text(w, nm, v, 128);
    else shown(w, s == 1 ? FK_RATE : FK_MONEY, s == 3 ? P : val[FIELD[s]], v, 128);
    main_result(w, MAIN[s], v);
    if (s != 3) line_text(w, MAIN[s], v);
    static const unsigned short LINES[8] = {
        LINE(IDS_FIN_R_PAYMENT, FK_MONEY),  LINE(IDS_FIN_R_PAYMENT_INS, FK_MONEY), LINE(IDS_FIN_R_PERIODS, FK_NUMBER),
        LINE(IDS_FIN_R_INTEREST, FK_MONEY), LINE(IDS_FIN_R_INSURANCE, FK_MONEY),   LINE(IDS_FIN_R_FEES, FK_MONEY),
        LINE(IDS_FIN_R_COST, FK_MONEY),     LINE(IDS_FIN_R_REPAID, FK_MONEY),
    };
    const char *shown_val[8] = { P, has_ins ? with_ins : NULL, periods, interest, has_ins ? insurance : NULL,
                                 has_fees ? F : NULL, cost, repaid };
    lines(w, LINES, 8, shown_val);
    if (ta == FIN_OK) line(w, IDS_FIN_R_TAEG, FK_RATE, taeg);
    else line_text(w, IDS_FIN_R_TAEG, lang_string(status_text(ta), v, 128));
}

static void savings(work *w, const fin_typed *in)
{
    char A[FIN_TEXT_MAX], D[FIN_TEXT_MAX], Fv[FIN_TEXT_MAX], n[FIN_TEXT_MAX], pv[FIN_TEXT_MAX], pmt[FIN_TEXT_MAX],
        out[FIN_TEXT_MAX];
    int s = w->solve;
    copy(A, or_zero(w->v[0]));
    copy(D, w->v[1]);
    copy(Fv, w->v[4]);
    fin_status st = fin_text_mul_add("0", w->v[3], "12", n);
    if (st != FIN_OK) { failed(w, 3, st); return; }
    fin_text_negate(A, pv);
    fin_text_negate(D, pmt);
    fin_tvm t = { n, w->v[2], pv, pmt, Fv, "12", in->begin };
    if ((st = fin_tvm_solve(&t, s == 1 ? FIN_PMT : FIN_FV, out)) != FIN_OK) { failed(w, s, st); return; }
    if (s == 1) fin_text_negate(out, D);
    else copy(Fv, out);
    char deposited[FIN_TEXT_MAX], neg[FIN_TEXT_MAX], earned[FIN_TEXT_MAX];
    if (fin_text_mul_add(A, D, n, deposited) != FIN_OK) { failed(w, s, FIN_OVERFLOW); return; }
    fin_text_negate(deposited, neg);
    if (fin_text_mul_add(Fv, neg, "1", earned) != FIN_OK) { failed(w, s, FIN_OVERFLOW); return; }
    static const unsigned short LINES[4] = { LINE(IDS_FIN_R_FINAL, FK_MONEY), LINE(IDS_FIN_R_DEPOSIT, FK_MONEY),
                                             LINE(IDS_FIN_R_DEPOSITED, FK_MONEY), LINE(IDS_FIN_R_EARNED, FK_MONEY) };
    const char *shown_val[4] = { Fv, D, deposited, earned };
    /* the final amount, or the deposit when that is the one computed */
    main_kind(w, LINES[s == 1] & 0xFFF, FK_MONEY, shown_val[s == 1]);
    lines(w, LINES, 4, shown_val);
}

/* "-1000; 300x3; 500" -> "-1000,300x3,500"; false if an item is not a number. */
static bool read_flows(const numfmt *f, const wchar_t *text, char *out, size_t cap)
{
    wchar_t item[128];
    size_t n = 0, k = 0;
    out[0] = 0;
    for (const wchar_t *p = text;; p++) {
        if (*p && *p != L';' && *p != L'\r' && *p != L'\n') {
            if (k + 1 < 128) item[k++] = *p;
            continue;
        }
        item[k] = 0;
        /* a repeat count after x, X, × or * */
        wchar_t *times = NULL;
        for (wchar_t *q = item; *q; q++)
            if (*q == L'x' || *q == L'X' || *q == 0x00D7 || *q == L'*') times = q;
        unsigned long count = 1;
        if (times) {
            *times = 0;
            wchar_t *end = NULL;
            count = wcstoul(times + 1, &end, 10);
            while (end && (*end == L' ' || *end == 0x00A0)) end++;
            if (!end || *end || count == 0) return false;
        }
        char v[FIN_IN_MAX];
        fin_parse_result r = fin_text_parse(f, item, v);
        if (r == FIN_PARSE_BAD || (r == FIN_PARSE_EMPTY && times)) return false;
        if (r == FIN_PARSE_OK) {
            int wrote = count > 1 ? snprintf(out + n, cap - n, "%s%sx%lu", n ? "," : "", v, count)
                                  : snprintf(out + n, cap - n, "%s%s", n ? "," : "", v);
            if (wrote < 0 || (size_t)wrote >= cap - n) return false;
            n += (size_t)wrote;
        }
        k = 0;
        if (!*p) break;
    }
    return n > 0;
}

static void investment(work *w, const fin_typed *in)
{
    (void)in;
    char npv[FIN_TEXT_MAX], irr[FIN_TEXT_MAX];
    wchar_t v[128];
    bool has_rate = w->v[0][0] != 0;
    fin_status sn = has_rate ? fin_npv(w->v[0], w->flows, npv) : FIN_BAD_INPUT;
    fin_status si = fin_irr(w->flows, irr);
    /* the main result is the NPV when there is a rate, else the IRR */
    fin_status sm = has_rate ? sn : si;
    if (sm != FIN_OK) { failed(w, 1, sm); return; }
    if (has_rate) {
        main_kind(w, IDS_FIN_R_NPV, FK_MONEY, npv);
        line(w, IDS_FIN_R_NPV, FK_MONEY, npv);
    } else {
        main_kind(w, IDS_FIN_R_IRR, FK_RATE, irr);
    }
    if (si == FIN_OK) line(w, IDS_FIN_R_IRR, FK_RATE, irr);
    else line_text(w, IDS_FIN_R_IRR, lang_string(status_text(si), v, 128));
}

static void tvm(work *w, const fin_typed *in)
{
    /* rows in fin_field order: N, rate, PV, PMT, FV */
    static const unsigned short LINES[5] = { LINE(IDS_FIN_R_N, FK_NUMBER), LINE(IDS_FIN_R_RATE, FK_RATE),
                                             LINE(IDS_FIN_R_PV, FK_NUMBER), LINE(IDS_FIN_R_PMT, FK_NUMBER),
                                             LINE(IDS_FIN_R_FV, FK_NUMBER) };
    char val[5][FIN_TEXT_MAX], out[FIN_TEXT_MAX];
    int s = w->solve;
    const char *shown_val[5];
    for (int i = 0; i < 5; i++) {
        copy(val[i], w->v[i]);
        shown_val[i] = val[i];
    }
    const char *ppy = w->v[5][0] ? w->v[5] : "12";
    fin_tvm t = { val[0], val[1], val[2], val[3], val[4], ppy, in->begin };
    fin_status st = fin_tvm_solve(&t, (fin_field)s, out);
    if (st != FIN_OK) { failed(w, s, st); return; }
    copy(val[s], out);
    main_kind(w, LINES[s] & 0xFFF, (fin_kind)(LINES[s] >> 12), out);
    lines(w, LINES, 5, shown_val);
    /* its amortization table: the loan of pv, pmt over n periods */
    schedule(w, val, ppy, true, true, in->begin);
}

static void (*const COMPUTE[FIN_SECTIONS])(work *, const fin_typed *) = { loan, savings, investment, tvm };

/* ------------------------------------------------------------ reading the fields */

void fin_section_compute(fin_section s, const fin_typed *in, const fin_look *look, fin_outcome *out)
{
    memset(out, 0, sizeof *out);
    out->solved = -1;
    out->ok = true;
    const fin_section_def *def = fin_section_at(s);
    if (!def) return;
    work w;
    memset(&w, 0, sizeof w);
    w.look = look;
    w.out = out;
    w.solve = -1;
    int empty_solvable = 0, empty_row = -1;
    for (int i = 0; i < def->count; i++) {
        const fin_field_def *f = &def->fields[i];
        const wchar_t *text = in->text[i] ? in->text[i] : L"";
        fin_parse_result r;
        if (f->kind == FK_FLOWS) {
            bool blank = wcsspn(text, L" \t\r\n;\x00A0\x202F") == wcslen(text);
            r = blank ? FIN_PARSE_EMPTY : read_flows(look->num, text, w.flows, sizeof w.flows) ? FIN_PARSE_OK : FIN_PARSE_BAD;
            if (r == FIN_PARSE_BAD) note(&w, i, IDS_FIN_BAD_FLOWS, true);
        } else {
            r = fin_text_parse(look->num, text, w.v[i]);
            if (r == FIN_PARSE_BAD) note(&w, i, IDS_FIN_NOT_NUMBER, true);
        }
        if (r != FIN_PARSE_EMPTY) continue;
        if (f->solvable) {
            empty_solvable++;
            empty_row = i;
        } else if (!f->optional) {
            note(&w, i, IDS_FIN_REQUIRED, true);
        }
    }
    if (empty_solvable > 1) {
        for (int i = 0; i < def->count; i++)
            if (def->fields[i].solvable && !out->note_error[i] && w.v[i][0] == 0) note(&w, i, IDS_FIN_ONE_EMPTY, true);
    } else if (empty_solvable == 1) {
        w.solve = empty_row;
    } else if (def->default_solve >= 0) {
        bool last_ok = in->last_solved >= 0 && in->last_solved < def->count && def->fields[in->last_solved].solvable;
        w.solve = last_ok ? in->last_solved : def->default_solve;
    }
    if (out->ok) COMPUTE[s](&w, in);
    out->solved = w.solve;
    if (!out->ok || !out->main[0]) {
        out->ok = false;
        out->has_loan = false;
        lang_string(IDS_ERR_INVALID, out->main, FIN_NOTE_MAX);
        out->main_name[0] = 0;
        if (!out->results[0]) lang_string(fin_section_hint(def), out->results, FIN_RESULTS_MAX);
    }
}
