/* commands: the one command table (DESIGN.md "One command table").
 * Every user action: id (command_ids.h), Contract 1 token, kind and the modes
 * whose keypad shows it. Its name in each language is in the window's string
 * tables (res/lang/xx-XX.rc, IDS_CMD_BASE + id), where translators work. */
#include "commands.h"

#include <stddef.h>
#include <string.h>

#define STD CMD_IN_STANDARD
#define SCI CMD_IN_SCIENTIFIC
#define PRG CMD_IN_PROGRAMMER
#define STA CMD_IN_STATISTICS
#define ALL CMD_IN_ALL

static const command_info table[] = {
    { CMD_DIGIT_0, "0", CMDK_DIGIT, ALL },
    { CMD_DIGIT_1, "1", CMDK_DIGIT, ALL },
    { CMD_DIGIT_2, "2", CMDK_DIGIT, ALL },
    { CMD_DIGIT_3, "3", CMDK_DIGIT, ALL },
    { CMD_DIGIT_4, "4", CMDK_DIGIT, ALL },
    { CMD_DIGIT_5, "5", CMDK_DIGIT, ALL },
    { CMD_DIGIT_6, "6", CMDK_DIGIT, ALL },
    { CMD_DIGIT_7, "7", CMDK_DIGIT, ALL },
    { CMD_DIGIT_8, "8", CMDK_DIGIT, ALL },
    { CMD_DIGIT_9, "9", CMDK_DIGIT, ALL },
    { CMD_DIGIT_A, "A", CMDK_DIGIT, PRG },
    { CMD_DIGIT_B, "B", CMDK_DIGIT, PRG },
    { CMD_DIGIT_C, "C", CMDK_DIGIT, PRG },
    { CMD_DIGIT_D, "D", CMDK_DIGIT, PRG },
    { CMD_DIGIT_E, "E", CMDK_DIGIT, PRG },
    { CMD_DIGIT_F, "F", CMDK_DIGIT, PRG },
    { CMD_DECIMAL, ".", CMDK_DIGIT, STD | SCI },
    { CMD_NEGATE, "neg", CMDK_EDIT, ALL },

    { CMD_ADD, "+", CMDK_BINARY, ALL },
    { CMD_SUB, "-", CMDK_BINARY, ALL },
    { CMD_MUL, "*", CMDK_BINARY, ALL },
    { CMD_DIV, "/", CMDK_BINARY, ALL },
    { CMD_EQUALS, "=", CMDK_EQUALS, ALL },
    { CMD_PERCENT, "%", CMDK_PERCENT, STD },
    { CMD_MOD, "mod", CMDK_BINARY, SCI | PRG },
    { CMD_LPAREN, "(", CMDK_PAREN, SCI | PRG },
    { CMD_RPAREN, ")", CMDK_PAREN, SCI | PRG },
    { CMD_BACK, "back", CMDK_EDIT, ALL },
    { CMD_CE, "ce", CMDK_EDIT, ALL },
    { CMD_CLEAR, "clear", CMDK_EDIT, ALL },

    { CMD_SQRT, "sqrt", CMDK_UNARY, STD | SCI },
    { CMD_SQR, "sqr", CMDK_UNARY, STD | SCI },
    { CMD_CUBE, "cube", CMDK_UNARY, SCI },
    { CMD_RECIP, "recip", CMDK_UNARY, STD | SCI },
    { CMD_POW, "pow", CMDK_BINARY, SCI },
    { CMD_ROOT, "root", CMDK_BINARY, SCI },
    { CMD_POW10, "pow10", CMDK_UNARY, SCI },
    { CMD_EXP, "exp", CMDK_UNARY, SCI },
    { CMD_LN, "ln", CMDK_UNARY, SCI },
    { CMD_LOG, "log", CMDK_UNARY, SCI },
    { CMD_FACT, "fact", CMDK_UNARY, SCI },
    { CMD_ABS, "abs", CMDK_UNARY, SCI },
    { CMD_FLOOR, "floor", CMDK_UNARY, SCI },
    { CMD_CEIL, "ceil", CMDK_UNARY, SCI },
    { CMD_PI, "pi", CMDK_CONSTANT, SCI },
    { CMD_EULER, "euler", CMDK_CONSTANT, SCI },
    { CMD_CUBEROOT, "cuberoot", CMDK_UNARY, SCI },
    { CMD_POW2, "pow2", CMDK_UNARY, SCI },
    { CMD_LOGY, "logy", CMDK_BINARY, SCI },
    { CMD_RAND, "rand", CMDK_CONSTANT, SCI },

    { CMD_SIN, "sin", CMDK_UNARY, SCI },
    { CMD_COS, "cos", CMDK_UNARY, SCI },
    { CMD_TAN, "tan", CMDK_UNARY, SCI },
    { CMD_ASIN, "asin", CMDK_UNARY, SCI },
    { CMD_ACOS, "acos", CMDK_UNARY, SCI },
    { CMD_ATAN, "atan", CMDK_UNARY, SCI },
    { CMD_SINH, "sinh", CMDK_UNARY, SCI },
    { CMD_COSH, "cosh", CMDK_UNARY, SCI },
    { CMD_TANH, "tanh", CMDK_UNARY, SCI },
    { CMD_ASINH, "asinh", CMDK_UNARY, SCI },
    { CMD_ACOSH, "acosh", CMDK_UNARY, SCI },
    { CMD_ATANH, "atanh", CMDK_UNARY, SCI },
    { CMD_SEC, "sec", CMDK_UNARY, SCI },
    { CMD_CSC, "csc", CMDK_UNARY, SCI },
    { CMD_COT, "cot", CMDK_UNARY, SCI },
    { CMD_ASEC, "asec", CMDK_UNARY, SCI },
    { CMD_ACSC, "acsc", CMDK_UNARY, SCI },
    { CMD_ACOT, "acot", CMDK_UNARY, SCI },
    { CMD_SECH, "sech", CMDK_UNARY, SCI },
    { CMD_CSCH, "csch", CMDK_UNARY, SCI },
    { CMD_COTH, "coth", CMDK_UNARY, SCI },
    { CMD_ASECH, "asech", CMDK_UNARY, SCI },
    { CMD_ACSCH, "acsch", CMDK_UNARY, SCI },
    { CMD_ACOTH, "acoth", CMDK_UNARY, SCI },

    { CMD_DEG, "deg", CMDK_SETTING, SCI },
    { CMD_RAD, "rad", CMDK_SETTING, SCI },
    { CMD_GRAD, "grad", CMDK_SETTING, SCI },
    { CMD_EE, "ee", CMDK_EDIT, SCI },
    { CMD_FE, "fe", CMDK_SETTING, SCI },
    { CMD_DMS, "dms", CMDK_UNARY, SCI },
    { CMD_DEGREES, "degrees", CMDK_UNARY, SCI },
    { CMD_FRAC, "frac", CMDK_SETTING, STD | SCI },

    { CMD_MS, "ms", CMDK_MEMORY, ALL },
    { CMD_MR, "mr", CMDK_MEMORY, ALL },
    { CMD_MC, "mc", CMDK_MEMORY, ALL },
    { CMD_MPLUS, "m+", CMDK_MEMORY, ALL },
    { CMD_MMINUS, "m-", CMDK_MEMORY, ALL },

    { CMD_STANDARD, "standard", CMDK_SETTING, ALL },
    { CMD_SCIENTIFIC, "scientific", CMDK_SETTING, ALL },
    { CMD_PROGRAMMER, "programmer", CMDK_SETTING, ALL },
    { CMD_DATE, "date", CMDK_SETTING, ALL },
    { CMD_STATISTICS, "statistics", CMDK_SETTING, ALL },
    { CMD_CONVERTER, "converter", CMDK_SETTING, ALL },
    { CMD_FINANCE, "finance", CMDK_SETTING, ALL },

    { CMD_HEX, "hex", CMDK_SETTING, PRG },
    { CMD_DEC, "dec", CMDK_SETTING, PRG },
    { CMD_OCT, "oct", CMDK_SETTING, PRG },
    { CMD_BIN, "bin", CMDK_SETTING, PRG },
    { CMD_QWORD, "qword", CMDK_SETTING, PRG },
    { CMD_DWORD, "dword", CMDK_SETTING, PRG },
    { CMD_WORD, "word", CMDK_SETTING, PRG },
    { CMD_BYTE, "byte", CMDK_SETTING, PRG },

    { CMD_AND, "and", CMDK_BINARY, PRG },
    { CMD_OR, "or", CMDK_BINARY, PRG },
    { CMD_XOR, "xor", CMDK_BINARY, PRG },
    { CMD_NOT, "not", CMDK_UNARY, PRG },
    { CMD_NAND, "nand", CMDK_BINARY, PRG },
    { CMD_NOR, "nor", CMDK_BINARY, PRG },
    { CMD_LSH, "lsh", CMDK_BINARY, PRG },
    { CMD_RSH, "rsh", CMDK_BINARY, PRG },
    { CMD_RSHL, "rshl", CMDK_BINARY, PRG },
    { CMD_ROL, "rol", CMDK_UNARY, PRG },
    { CMD_ROR, "ror", CMDK_UNARY, PRG },
    { CMD_ROLC, "rolc", CMDK_UNARY, PRG },
    { CMD_RORC, "rorc", CMDK_UNARY, PRG },

    /* Statistics: the data list keys act on a stored list, like the memory
     * keys; a statistic replaces the display, like a constant. */
    { CMD_STAT_ADD, "add", CMDK_MEMORY, STA },
    { CMD_STAT_DELETE, "delete", CMDK_MEMORY, STA },
    { CMD_STAT_CAD, "cad", CMDK_MEMORY, STA },
    { CMD_STAT_COUNT, "count", CMDK_CONSTANT, STA },
    { CMD_STAT_SUM, "sum", CMDK_CONSTANT, STA },
    { CMD_STAT_SUMSQ, "sumsq", CMDK_CONSTANT, STA },
    { CMD_STAT_MEAN, "mean", CMDK_CONSTANT, STA },
    { CMD_STAT_MEANSQ, "meansq", CMDK_CONSTANT, STA },
    { CMD_STAT_SDEV, "sdev", CMDK_CONSTANT, STA },
    { CMD_STAT_PSDEV, "psdev", CMDK_CONSTANT, STA },
    { CMD_STAT_VAR, "var", CMDK_CONSTANT, STA },
    { CMD_STAT_PVAR, "pvar", CMDK_CONSTANT, STA },
    { CMD_STAT_MEDIAN, "median", CMDK_CONSTANT, STA },
    { CMD_STAT_MIN, "min", CMDK_CONSTANT, STA },
    { CMD_STAT_MAX, "max", CMDK_CONSTANT, STA },
    /* then bit0 .. bit63: bits[] below */
};

#define FIXED_SIZE ((int)(sizeof table / sizeof table[0]))
#define BITS 64
#define TABLE_SIZE (FIXED_SIZE + BITS)

/* The bit toggles, bit0 .. bit63 (CMD_BIT_0 + n), after the table's rows:
 * written by build_index, as they only differ by their number. */
static command_info bits[BITS];

/* Indexes built on first use (the table is constant, so two first uses
 * racing write the same values): by id, a direct array since ids are small;
 * by token, an open-addressing hash (the CLI looks up every token it reads). */
#define TOKEN_SLOTS 512
static signed short by_id[CMD_LAST - CMD_FIRST + 1];
static signed short by_token[TOKEN_SLOTS];
static int index_ready;

static unsigned token_hash(const char *s)
{
    unsigned h = 2166136261u;                    /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Row i of the table and the bits after it, 0 <= i < TABLE_SIZE. */
static const command_info *row(int i)
{
    return i < FIXED_SIZE ? &table[i] : &bits[i - FIXED_SIZE];
}

static void build_index(void)
{
    for (int n = 0; n < BITS; n++) {
        command_info *b = &bits[n];
        b->id = (unsigned short)(CMD_BIT_0 + n);
        memcpy(b->token, "bit", 3);
        b->token[3] = (char)(n < 10 ? '0' + n : '0' + n / 10);
        b->token[4] = (char)(n < 10 ? '\0' : '0' + n % 10);
        b->kind = CMDK_BIT;
        b->modes = PRG;
    }
    for (int i = 0; i < CMD_LAST - CMD_FIRST + 1; i++)
        by_id[i] = -1;
    for (int i = 0; i < TOKEN_SLOTS; i++)
        by_token[i] = -1;
    for (int i = 0; i < TABLE_SIZE; i++) {
        by_id[row(i)->id - CMD_FIRST] = (signed short)i;
        unsigned slot = token_hash(row(i)->token) % TOKEN_SLOTS;
        while (by_token[slot] >= 0)
            slot = (slot + 1) % TOKEN_SLOTS;
        by_token[slot] = (signed short)i;
    }
    index_ready = 1;
}

int command_count(void)
{
    return TABLE_SIZE;
}

const command_info *command_at(int index)
{
    if (index < 0 || index >= TABLE_SIZE)
        return NULL;
    if (!index_ready)
        build_index();
    return row(index);
}

const command_info *command_by_id(int id)
{
    if (id < CMD_FIRST || id > CMD_LAST)
        return NULL;
    if (!index_ready)
        build_index();
    int i = by_id[id - CMD_FIRST];
    return i < 0 ? NULL : row(i);
}

const command_info *command_by_token(const char *token)
{
    if (token == NULL)
        return NULL;
    if (!index_ready)
        build_index();
    for (unsigned slot = token_hash(token) % TOKEN_SLOTS; by_token[slot] >= 0; slot = (slot + 1) % TOKEN_SLOTS)
        if (strcmp(row(by_token[slot])->token, token) == 0)
            return row(by_token[slot]);
    return NULL;
}
