/* The Finance sections (finance_sections.h): one table row per section and
 * one compute function per section, over the finance engine. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "finance_sections.h"
#include "lang.h"
#include "ui_ids.h"
#include "textf.h"

#define TVM_PPY FIN_LOAN_PPY  /* w->tv[]: the fin_field texts, then ppy */

/* How a row's text becomes its field of the TVM equation (solve_tvm). */
enum {
    TO_NONE,     /* the row is no field */
    TO_CUT,      /* as typed, cut to FIN_TEXT_MAX */
    TO_WHOLE,    /* as typed, whole */
    TO_NEGATED,  /* minus the cut text: a payment made or an amount put in */
    TO_MONTHS    /* years times 12, or as typed where the unit chooser says months */
};

/* A row: label, kind, solvable, optional; its TVM field and how. Loan: a
 * monthly loan paid off (fv 0), payments at the end; savings: a monthly plan;
 * TVM: the five keys and payments per year. Fields no row gives are 0, ppy 12. */
#define ROW(l, k, s, o, f, h) { (l), (k), (s), (o), (f), (h) }

static const fin_section_def SECTIONS[FIN_SECTIONS] = {
    /* capital, rate, duration, monthly payment: compute the one left empty */
    [FIN_SEC_LOAN] = { 6, 2, 3, false, true,
                       { ROW(IDS_FIN_CAPITAL, FK_MONEY, 1, 0, FIN_PV, TO_CUT),
                         ROW(IDS_FIN_RATE, FK_RATE, 1, 0, FIN_RATE, TO_CUT),
                         ROW(IDS_FIN_DURATION, FK_NUMBER, 1, 0, FIN_N, TO_MONTHS),
                         ROW(IDS_FIN_PAYMENT, FK_MONEY, 1, 0, FIN_PMT, TO_NEGATED),
                         ROW(IDS_FIN_INSURANCE, FK_MONEY, 0, 1, 0, TO_NONE),
                         ROW(IDS_FIN_FEES, FK_MONEY, 0, 1, 0, TO_NONE) } },
    /* the final amount, or the deposit that reaches it */
    [FIN_SEC_SAVINGS] = { 5, -1, 4, true, false,
                          { ROW(IDS_FIN_INITIAL, FK_MONEY, 0, 1, FIN_PV, TO_NEGATED),
                            ROW(IDS_FIN_DEPOSIT, FK_MONEY, 1, 0, FIN_PMT, TO_NEGATED),
                            ROW(IDS_FIN_RATE, FK_RATE, 0, 0, FIN_RATE, TO_WHOLE),
                            ROW(IDS_FIN_YEARS, FK_NUMBER, 0, 0, FIN_N, TO_MONTHS),
                            ROW(IDS_FIN_FINAL, FK_MONEY, 1, 0, FIN_FV, TO_CUT) } },
    /* NPV at a rate (optional) and IRR of the flows */
    [FIN_SEC_INVESTMENT] = { 2, -1, -1, false, false,
                             { ROW(IDS_FIN_DISCOUNT, FK_RATE, 0, 1, 0, TO_NONE), ROW(IDS_FIN_FLOWS, FK_FLOWS, 0, 0, 0, TO_NONE) } },
    /* the calculator's five keys: any one from the other four */
    [FIN_SEC_TVM] = { 6, -1, 3, true, true,
                      { ROW(IDS_FIN_N, FK_NUMBER, 1, 0, FIN_N, TO_CUT), ROW(IDS_FIN_TVM_RATE, FK_RATE, 1, 0, FIN_RATE, TO_CUT),
                        ROW(IDS_FIN_PV, FK_NUMBER, 1, 0, FIN_PV, TO_CUT), ROW(IDS_FIN_PMT, FK_NUMBER, 1, 0, FIN_PMT, TO_CUT),
                        ROW(IDS_FIN_FV, FK_NUMBER, 1, 0, FIN_FV, TO_CUT),
                        ROW(IDS_FIN_PPY, FK_NUMBER, 0, 1, TVM_PPY, TO_WHOLE) } },
};

const fin_section_def *fin_section_at(fin_section s)
{
    return (unsigned)s < FIN_SECTIONS ? &SECTIONS[s] : NULL;
}

UINT fin_section_hint(const fin_section_def *def)
{
    return def->default_solve >= 0 ? IDS_FIN_HINT : IDS_FIN_HINT_NONE;
}

/* ------------------------------------------------------------ writing the outcome */

typedef struct work {
    const fin_look *look;
    fin_outcome *out;
    const fin_section_def *def;
    char v[FIN_ROWS][FIN_IN_MAX];     /* engine text of each field ("" if empty) */
    char flows[1024];
    int solve;
    char tv[TVM_PPY + 1][FIN_IN_MAX]; /* the TVM equation of the section (solve_tvm) */
    char row[FIN_ROWS][FIN_TEXT_MAX]; /* each row's value as shown (solve_tvm) */
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


/* Result lines from a table, LINE(label, kind) each, one value each; a NULL
 * value is a line not shown. */
#define LINE(label, kind) ((unsigned short)((label) | (kind) << 12))
static void lines(work *w, const unsigned short *def, int n, const char *const *val)
{
    for (int i = 0; i < n; i++)
        if (val[i]) line(w, def[i] & 0xFFF, (fin_kind)(def[i] >> 12), val[i]);
}

/* The amortization table's loan, from the TVM fields (w->tv). */
static void schedule(work *w, bool has_pmt, bool has_n, bool begin)
{
    fin_schedule_loan *l = &w->out->loan;
    for (int f = 0; f <= FIN_LOAN_PPY; f++) fin_text_copy(l->text[f], w->tv[f]);
    fin_loan e = { l->text[FIN_RATE], l->text[FIN_PV], has_pmt ? l->text[FIN_PMT] : NULL, has_n ? l->text[FIN_N] : NULL,
                   l->text[FIN_LOAN_PPY], begin };
    l->engine = e;
    w->out->has_loan = true; /* cleared again if the outcome is not ok */
}

/* ------------------------------------------------------------ the TVM equation */

/* Fills w->tv from the rows, solves the field of row w->solve and sets
 * w->row, every row's value as shown (an empty optional row: its field's
 * default; the computed row: the result, with its sign as typed). False, with
 * a note, if a row or the engine fails. */
static bool solve_tvm(work *w, const fin_typed *in)
{
    const fin_field_def *map = w->def->fields;
    int s = w->solve;
    for (int f = 0; f <= TVM_PPY; f++) fin_text_copy(w->tv[f], f == TVM_PPY ? "12" : "0");
    for (int r = 0; r < FIN_ROWS; r++) {
        char *t = w->tv[map[r].tvm_field];
        const char *v = w->v[r];
        fin_status st = FIN_OK;
        if (map[r].tvm_how == TO_NONE || r == s) continue; /* the computed field is not read */
        fin_text_copy(w->row[r], v[0] ? v : t);
        if (!v[0]) continue;
        switch (map[r].tvm_how) {
        case TO_CUT: fin_text_copy(t, v); break;
        case TO_WHOLE: text_printf(t, FIN_IN_MAX, "%s", v); break;
        case TO_NEGATED: fin_text_negate(w->row[r], t); break;
        default:
            if (r == w->def->unit_row && in->months) fin_text_copy(t, v);
            else st = fin_text_mul_add("0", v, "12", t);
            if (st != FIN_OK) { failed(w, r, st); return false; }
        }
    }
    fin_tvm t = { w->tv[FIN_N], w->tv[FIN_RATE], w->tv[FIN_PV], w->tv[FIN_PMT], w->tv[FIN_FV], w->tv[TVM_PPY],
                  in->begin && w->def->begin };
    char out[FIN_TEXT_MAX];
    fin_field field = (fin_field)map[s].tvm_field;
    fin_status st = fin_tvm_solve(&t, field, out);
    if (st != FIN_OK) { failed(w, s, st); return false; }
    fin_text_copy(w->tv[field], out);
    if (map[s].tvm_how == TO_NEGATED) fin_text_negate(out, w->row[s]);
    else fin_text_copy(w->row[s], out);
    return true;
}

/* ------------------------------------------------------------ the sections */

static void loan(work *w, const fin_typed *in)
{
    const char *I = or_zero(w->v[4]), *F = or_zero(w->v[5]);
    int s = w->solve;
    if (!solve_tvm(w, in)) return;
    /* the capital, the duration in months, the payment as typed (positive) */
    const char *C = w->tv[FIN_PV], *nm = w->tv[FIN_N], *P = w->row[3];
    if (!fin_text_positive(C) || !fin_text_positive(nm)) { failed(w, s, FIN_NO_SOLUTION); return; }
    /* a schedule of more than 1,000 years is no loan (and would take seconds to walk) */
    char beyond[FIN_TEXT_MAX];
    if (fin_text_mul_add(nm, "-1", LOAN_MAX_MONTHS, beyond) != FIN_OK || fin_text_positive(beyond)) {
        failed(w, 2, FIN_BAD_INPUT); /* said next to the duration */
        return;
    }
    /* the schedule: a computed payment or duration is re-derived at full precision */
    schedule(w, s != 3, s != 2, false);
    fin_amort_totals tot;
    fin_status st;
    if ((st = fin_amort_schedule(&w->out->loan.engine, NULL, NULL, &tot)) != FIN_OK) { failed(w, s, st); return; }
    char periods[32], interest[FIN_TEXT_MAX], insurance[FIN_TEXT_MAX], cost[FIN_TEXT_MAX], repaid[FIN_TEXT_MAX],
        with_ins[FIN_TEXT_MAX], neg[FIN_TEXT_MAX], taeg[FIN_TEXT_MAX];
    text_printf(periods, sizeof periods, "%ld", tot.periods);
    fin_text_negate(tot.interest, interest);
    bool has_ins = !fin_text_zero(I), has_fees = !fin_text_zero(F);
    if (fin_text_mul_add("0", I, periods, insurance) != FIN_OK || fin_text_mul_add(interest, insurance, "1", cost) != FIN_OK ||
        fin_text_mul_add(cost, F, "1", cost) != FIN_OK || fin_text_mul_add(C, cost, "1", repaid) != FIN_OK ||
        fin_text_mul_add(P, I, "1", with_ins) != FIN_OK)
        { failed(w, s, FIN_OVERFLOW); return; }
    fin_text_negate(with_ins, neg);
    fin_status ta = fin_apr(C, neg, periods, F, "12", taeg);

    /* the computed field first; the payment's line is always there */
    _Static_assert(IDS_FIN_R_RATE == IDS_FIN_R_CAPITAL + 1 && IDS_FIN_R_DURATION == IDS_FIN_R_CAPITAL + 2,
                   "the names of loan rows 0-2 are consecutive");
    UINT name = s == 3 ? IDS_FIN_R_PAYMENT : IDS_FIN_R_CAPITAL + (UINT)s;
    wchar_t v[128];
    if (s == 2) duration_text(w, nm, v, 128);
    else shown(w, s == 1 ? FK_RATE : FK_MONEY, w->row[s], v, 128);
    main_result(w, name, v);
    if (s != 3) line_text(w, name, v);
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
    int s = w->solve;
    if (!solve_tvm(w, in)) return;
    /* the initial amount and the deposit as typed (positive), the final amount */
    const char *A = w->row[0], *D = w->row[1], *Fv = w->row[4], *n = w->tv[FIN_N];
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
            wchar_t *end;
            count = wcstoul(times + 1, &end, 10);
            while (*end == L' ' || *end == 0x00A0) end++;
            if (*end || count == 0) return false;
        }
        char v[FIN_IN_MAX];
        fin_parse_result r = fin_text_parse(f, item, v);
        if (r == FIN_PARSE_BAD || (r == FIN_PARSE_EMPTY && times)) return false;
        if (r == FIN_PARSE_OK) {
            int wrote = count > 1 ? text_printf(out + n, cap - n, "%s%sx%lu", n ? "," : "", v, count)
                                  : text_printf(out + n, cap - n, "%s%s", n ? "," : "", v);
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
    int s = w->solve;
    if (!solve_tvm(w, in)) return;
    const char *shown_val[5];
    for (int i = 0; i < 5; i++) shown_val[i] = w->row[i];
    main_kind(w, LINES[s] & 0xFFF, (fin_kind)(LINES[s] >> 12), w->row[s]);
    lines(w, LINES, 5, shown_val);
    /* its amortization table: the loan of pv, pmt over n periods */
    schedule(w, true, true, in->begin);
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
    w.def = def;
    w.solve = -1;
    int empty_solvable = 0, empty_row = -1;
    for (int i = 0; i < def->count; i++) {
        const fin_field_def *f = &def->fields[i];
        const wchar_t *text = in->text[i] ? in->text[i] : L"";
        fin_parse_result r;
        if (f->kind == FK_FLOWS) {
            bool blank = text[wcsspn(text, L" \t\r\n;\x00A0\x202F")] == 0;
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
