/* calc_internal: the state of the calculator, shared by the calc_*.c files
 * (core, typed entry, expression line, memory, history, paste, programmer).
 * Not a public header: front ends use calc.h only. */
#ifndef CALC_CALC_INTERNAL_H
#define CALC_CALC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calc.h"
#include "calc_modes.h"
#include "mathfn.h"
#include "number.h"
#include "progint.h"

#define CALC_MAX_DEPTH 25       /* nested parentheses and pending operators (Windows MAXPRECDEPTH) */
#define CALC_TEXT_MAX 128       /* any one number as text, error texts included */
#define EXPR_TOKEN_MAX 104      /* one expression token: a number or a function prefix */
#define EXPR_MAX_TOKENS 2048    /* past this the expression line stops growing (bounded work) */
#define CALC_ENTRY_MAX 72       /* typed mantissa: 32 digits, '.', a leading 0 */

/* ---- the number being typed (std / sci), Windows' CalcInput ------------- */
typedef struct calc_entry {
    char base[CALC_ENTRY_MAX];  /* digits and '.', no sign; "" is 0 */
    int base_len;
    char expo[8];               /* exponent digits (max 4) */
    int expo_len;
    bool neg, expo_neg, has_dec, has_exp;
    int dec_index;
} calc_entry;

void entry_clear(calc_entry *e);
bool entry_add_digit(calc_entry *e, int digit, int max_digits);
bool entry_add_point(calc_entry *e);
bool entry_begin_exponent(calc_entry *e);
void entry_toggle_sign(calc_entry *e);
void entry_backspace(calc_entry *e);
int entry_text(const calc_entry *e, char *buf, size_t cap);   /* as echoed: "-0.50", "1.e+5" */
calc_status entry_value(const calc_entry *e, num *out);       /* the exact value */

/* ---- the expression line (Windows' CHistoryCollector) -------------------- */
typedef struct expr_token {
    char s[EXPR_TOKEN_MAX];
    bool operand;               /* a number (programmer operands are re-shown on a radix change) */
    uint64_t bits;              /* the programmer operand's bit pattern */
} expr_token;

typedef struct expr_line {
    expr_token *tok;
    int n, cap;
    int last_opnd_start;        /* token index of the last operand, -1 none */
    int last_binop_start;       /* token index of the last " op ", -1 none */
    int opnd_stack[CALC_MAX_DEPTH];
    int opnd_depth;
    bool last_opnd_brace;       /* the last operand already ends in ")" */
    bool frozen;                /* too long: stops changing until reset */
    bool shown_current;         /* shown is the rendering of the tokens */
    char *shown;                /* what the expression line shows */
    size_t shown_cap;
} expr_line;

bool expr_init(expr_line *x);
void expr_free(expr_line *x);
void expr_reset(expr_line *x);                    /* empties the tokens, keeps shown */
void expr_show(expr_line *x);                     /* shown = tokens */
void expr_show_text(expr_line *x, const char *s); /* shown = s */
int expr_render(const expr_line *x, char *buf, size_t cap); /* tokens joined; -1 if too small */
size_t expr_length(const expr_line *x);
void expr_add_operand(expr_line *x, const char *text, bool show);
void expr_remove_last_operand(expr_line *x);
void expr_add_binop(expr_line *x, const char *op_text, bool show);
void expr_change_last_binop(expr_line *x, const char *op_text, bool prec_inv);
void expr_push_opnd_start(expr_line *x, int index);  /* -1: the last operand */
void expr_pop_opnd_start(expr_line *x);
void expr_open_brace(expr_line *x);
void expr_close_brace(expr_line *x);
void expr_enclose_prec_inversion(expr_line *x);
void expr_add_unary(expr_line *x, const char *prefix);
void expr_add_text(expr_line *x, const char *s);     /* a plain token, e.g. "=" */
void expr_tag_last_operand(expr_line *x, uint64_t bits);
/* Rewrites every tagged operand with format(bits) (programmer radix change). */
void expr_reformat(expr_line *x, int (*format)(uint64_t bits, void *ctx, char *buf, size_t cap), void *ctx);   /* prefix "√" -> "√(x)" */
bool expr_operand_added(const expr_line *x);

/* ---- memory and history -------------------------------------------------- */
typedef struct history_item {
    char *expression;           /* "1 + 2=" (UTF-8, malloc'd) */
    char result[CALC_TEXT_MAX]; /* display text of the result */
    num value;                  /* the result at full precision */
    uint64_t tag;               /* the front end's id for it (persistence); 0 until set */
} history_item;

typedef struct history_list {
    history_item *items;        /* ring buffer of CALC_HISTORY_MAX, allocated on first use */
    int head;                   /* slot of the next newest item */
    int count;
} history_list;

void history_free(history_list *h);     /* everything, for calc_destroy */
void history_empty(history_list *h);    /* items only; keeps the ring allocated */
history_item *history_at(const history_list *h, int index); /* 0 = newest */
bool history_push(history_list *h, const char *expression, const char *result, const num *value);

/* ---- the calculator ------------------------------------------------------ */
struct calc {
    calc_mode mode;             /* the keypad mode the engine works in */
    calc_mode shown;            /* what calc_get_mode says: mode, or a form mode */
    int precision;              /* the mode's row: 16, 32, 64 */
    bool precedence;            /* the mode's row: scientific and programmer */
    angle_unit angle;
    bool fe;
    bool frac;                  /* fraction view on (calc.h) */
    bool mixed;                 /* fractions as mixed numbers */
    bool frac_shown;            /* display holds a fraction */
    calc_radix radix;
    calc_word word;
    bool carry;                 /* RoLc / RoRc */

    /* Windows' CCalcEngine state */
    num cur, last, hold;
    int op, prev_op;            /* pending binary operator (command id), 0 none */
    bool change_op;             /* cur is the result of an operation */
    bool record;                /* a number is being typed */
    bool no_prev_equ;           /* no '=' since the last operator */
    bool error;
    calc_status err;
    int last_com, temp_com;
    num prec_vals[CALC_MAX_DEPTH];
    int prec_ops[CALC_MAX_DEPTH];
    int prec_count;
    num paren_vals[CALC_MAX_DEPTH];
    int paren_ops[CALC_MAX_DEPTH];
    int paren_count;

    calc_entry entry;           /* std / sci typing */
    prog_entry pentry;          /* programmer typing */

    char number_text[CALC_TEXT_MAX]; /* the display text of cur (Windows m_numberString) */
    char typed_text[CALC_TEXT_MAX];  /* cur as it was typed ("551.60"), for the expression line; "" once cur is shown otherwise */
    char display[CALC_TEXT_MAX];
    expr_line expr;

    num memory[CALC_MEMORY_MAX];     /* [0] newest */
    int memory_count;
    char memory_text[CALC_TEXT_MAX];

    history_list history[CALC_HISTORY_SLOTS]; /* by the modes' history_slot */
    char radix_text[CALC_TEXT_MAX];

    uint64_t rng;
    uint32_t revision;          /* counts changes of memory and history (calc_revision) */
    struct calc_stats *stats;   /* statistics data list, made on first use (calc_stats_mode.c) */
    uint32_t data_revision;     /* counts changes of the data list (calc_data_revision) */
};

/* core (calc.c) */
void calc_set_error(calc *c, calc_status s);
void calc_display_num(calc *c);
void calc_format_value(const calc *c, const num *v, char *buf, size_t cap);
void calc_check_and_add_last_binop(calc *c, bool add_to_history);
void calc_commit_entry(calc *c);              /* typed text -> cur */
void calc_recall_value(calc *c, const num *v); /* Windows IDC_RECALL */
void calc_clear_all(calc *c);
bool calc_is_binary(const calc *c, int id);
bool calc_is_unary(const calc *c, int id);
void calc_engine_key(calc *c, int id);       /* the engine alone, no app layer */
bool calc_is_digit_cmd(int id);               /* 0-9, A-F */
bool calc_is_bit_cmd(int id);
int calc_history_slot(calc_mode m);           /* the mode's row; -1: no history */
void calc_add_history(calc *c, const char *result_text);

/* fraction view (calc_frac.c) */
void calc_frac_toggle(calc *c);
/* v as "n/d" (or "w n/d" when mixed) if it qualifies for the fraction view;
 * false, buf untouched, otherwise. */
bool calc_frac_text(const calc *c, const num *v, char *buf, size_t cap);

/* memory keys (calc_memory.c) */
void calc_memory_store(calc *c);
void calc_memory_recall_top(calc *c);
void calc_memory_plus(calc *c, bool subtract);
void calc_memory_clear_all(calc *c);

/* operations (calc_ops.c) */
calc_status calc_binary_op(calc *c, int op, const num *left, const num *right, num *out);
calc_status calc_unary_op(calc *c, int id, const num *x, num *out);
int calc_op_precedence(const calc *c, int op);
const char *calc_binop_text(const calc *c, int op);
void calc_unary_prefix(const calc *c, int id, char *buf, size_t cap);
void calc_random(calc *c, num *out);

/* statistics mode (calc_stats_mode.c) */
bool calc_stats_key(calc *c, int id);         /* false: id is not a statistics key */
void calc_stats_reset(calc *c);               /* empties the data list (calc_reset, destroy) */

/* programmer mode (calc_prog.c) */
void prog_normalize(const calc *c, num *v);   /* truncate and wrap to the word */
uint64_t prog_bits_of(const calc *c, const num *v);
void prog_num_of(const calc *c, uint64_t bits, num *out);

#endif
