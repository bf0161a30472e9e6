/* commands: the one command table (DESIGN.md "One command table").
 * Every user action: id (command_ids.h), Contract 1 token, accessible names
 * in English and French, kind and the modes whose keypad shows it. */
#include "commands.h"

#include <stddef.h>
#include <string.h>

#define STD CMD_IN_STANDARD
#define SCI CMD_IN_SCIENTIFIC
#define PRG CMD_IN_PROGRAMMER
#define ALL CMD_IN_ALL

#define BIT(n) { CMD_BIT_0 + (n), "bit" #n, "Toggle bit " #n, "Inverser le bit " #n, CMDK_BIT, PRG }

static const command_info table[] = {
    { CMD_DIGIT_0, "0", "Zero", "Zéro", CMDK_DIGIT, ALL },
    { CMD_DIGIT_1, "1", "One", "Un", CMDK_DIGIT, ALL },
    { CMD_DIGIT_2, "2", "Two", "Deux", CMDK_DIGIT, ALL },
    { CMD_DIGIT_3, "3", "Three", "Trois", CMDK_DIGIT, ALL },
    { CMD_DIGIT_4, "4", "Four", "Quatre", CMDK_DIGIT, ALL },
    { CMD_DIGIT_5, "5", "Five", "Cinq", CMDK_DIGIT, ALL },
    { CMD_DIGIT_6, "6", "Six", "Six", CMDK_DIGIT, ALL },
    { CMD_DIGIT_7, "7", "Seven", "Sept", CMDK_DIGIT, ALL },
    { CMD_DIGIT_8, "8", "Eight", "Huit", CMDK_DIGIT, ALL },
    { CMD_DIGIT_9, "9", "Nine", "Neuf", CMDK_DIGIT, ALL },
    { CMD_DIGIT_A, "A", "A", "A", CMDK_DIGIT, PRG },
    { CMD_DIGIT_B, "B", "B", "B", CMDK_DIGIT, PRG },
    { CMD_DIGIT_C, "C", "C", "C", CMDK_DIGIT, PRG },
    { CMD_DIGIT_D, "D", "D", "D", CMDK_DIGIT, PRG },
    { CMD_DIGIT_E, "E", "E", "E", CMDK_DIGIT, PRG },
    { CMD_DIGIT_F, "F", "F", "F", CMDK_DIGIT, PRG },
    { CMD_DECIMAL, ".", "Decimal separator", "Séparateur décimal", CMDK_DIGIT, STD | SCI },
    { CMD_NEGATE, "neg", "Positive negative", "Positif négatif", CMDK_EDIT, ALL },

    { CMD_ADD, "+", "Plus", "Plus", CMDK_BINARY, ALL },
    { CMD_SUB, "-", "Minus", "Moins", CMDK_BINARY, ALL },
    { CMD_MUL, "*", "Multiply by", "Multiplier par", CMDK_BINARY, ALL },
    { CMD_DIV, "/", "Divide by", "Diviser par", CMDK_BINARY, ALL },
    { CMD_EQUALS, "=", "Equals", "Égal à", CMDK_EQUALS, ALL },
    { CMD_PERCENT, "%", "Percent", "Pourcentage", CMDK_PERCENT, STD },
    { CMD_MOD, "mod", "Modulo", "Modulo", CMDK_BINARY, SCI | PRG },
    { CMD_LPAREN, "(", "Left parenthesis", "Parenthèse ouvrante", CMDK_PAREN, SCI | PRG },
    { CMD_RPAREN, ")", "Right parenthesis", "Parenthèse fermante", CMDK_PAREN, SCI | PRG },
    { CMD_BACK, "back", "Backspace", "Retour arrière", CMDK_EDIT, ALL },
    { CMD_CE, "ce", "Clear entry", "Effacer l'entrée", CMDK_EDIT, ALL },
    { CMD_CLEAR, "clear", "Clear", "Effacer", CMDK_EDIT, ALL },

    { CMD_SQRT, "sqrt", "Square root", "Racine carrée", CMDK_UNARY, STD | SCI },
    { CMD_SQR, "sqr", "Square", "Carré", CMDK_UNARY, STD | SCI },
    { CMD_CUBE, "cube", "Cube", "Cube", CMDK_UNARY, SCI },
    { CMD_RECIP, "recip", "Reciprocal", "Inverse", CMDK_UNARY, STD | SCI },
    { CMD_POW, "pow", "X to the exponent", "X à l'exposant", CMDK_BINARY, SCI },
    { CMD_ROOT, "root", "Y root of X", "Racine y-ième de x", CMDK_BINARY, SCI },
    { CMD_POW10, "pow10", "Ten to the exponent", "Dix à l'exposant", CMDK_UNARY, SCI },
    { CMD_EXP, "exp", "E to the exponent", "E à l'exposant", CMDK_UNARY, SCI },
    { CMD_LN, "ln", "Natural log", "Logarithme népérien", CMDK_UNARY, SCI },
    { CMD_LOG, "log", "Log", "Logarithme", CMDK_UNARY, SCI },
    { CMD_FACT, "fact", "Factorial", "Factorielle", CMDK_UNARY, SCI },
    { CMD_ABS, "abs", "Absolute value", "Valeur absolue", CMDK_UNARY, SCI },
    { CMD_FLOOR, "floor", "Floor", "Partie entière inférieure", CMDK_UNARY, SCI },
    { CMD_CEIL, "ceil", "Ceiling", "Partie entière supérieure", CMDK_UNARY, SCI },
    { CMD_PI, "pi", "Pi", "Pi", CMDK_CONSTANT, SCI },
    { CMD_EULER, "euler", "Euler's number", "Nombre d'Euler", CMDK_CONSTANT, SCI },
    { CMD_CUBEROOT, "cuberoot", "Cube root", "Racine cubique", CMDK_UNARY, SCI },
    { CMD_POW2, "pow2", "Two to the exponent", "Deux à l'exposant", CMDK_UNARY, SCI },
    { CMD_LOGY, "logy", "Log base Y", "Logarithme de base y", CMDK_BINARY, SCI },
    { CMD_RAND, "rand", "Random", "Aléatoire", CMDK_CONSTANT, SCI },

    { CMD_SIN, "sin", "Sine", "Sinus", CMDK_UNARY, SCI },
    { CMD_COS, "cos", "Cosine", "Cosinus", CMDK_UNARY, SCI },
    { CMD_TAN, "tan", "Tangent", "Tangente", CMDK_UNARY, SCI },
    { CMD_ASIN, "asin", "Arc sine", "Arc sinus", CMDK_UNARY, SCI },
    { CMD_ACOS, "acos", "Arc cosine", "Arc cosinus", CMDK_UNARY, SCI },
    { CMD_ATAN, "atan", "Arc tangent", "Arc tangente", CMDK_UNARY, SCI },
    { CMD_SINH, "sinh", "Hyperbolic sine", "Sinus hyperbolique", CMDK_UNARY, SCI },
    { CMD_COSH, "cosh", "Hyperbolic cosine", "Cosinus hyperbolique", CMDK_UNARY, SCI },
    { CMD_TANH, "tanh", "Hyperbolic tangent", "Tangente hyperbolique", CMDK_UNARY, SCI },
    { CMD_ASINH, "asinh", "Hyperbolic arc sine", "Arc sinus hyperbolique", CMDK_UNARY, SCI },
    { CMD_ACOSH, "acosh", "Hyperbolic arc cosine", "Arc cosinus hyperbolique", CMDK_UNARY, SCI },
    { CMD_ATANH, "atanh", "Hyperbolic arc tangent", "Arc tangente hyperbolique", CMDK_UNARY, SCI },
    { CMD_SEC, "sec", "Secant", "Sécante", CMDK_UNARY, SCI },
    { CMD_CSC, "csc", "Cosecant", "Cosécante", CMDK_UNARY, SCI },
    { CMD_COT, "cot", "Cotangent", "Cotangente", CMDK_UNARY, SCI },
    { CMD_ASEC, "asec", "Arc secant", "Arc sécante", CMDK_UNARY, SCI },
    { CMD_ACSC, "acsc", "Arc cosecant", "Arc cosécante", CMDK_UNARY, SCI },
    { CMD_ACOT, "acot", "Arc cotangent", "Arc cotangente", CMDK_UNARY, SCI },
    { CMD_SECH, "sech", "Hyperbolic secant", "Sécante hyperbolique", CMDK_UNARY, SCI },
    { CMD_CSCH, "csch", "Hyperbolic cosecant", "Cosécante hyperbolique", CMDK_UNARY, SCI },
    { CMD_COTH, "coth", "Hyperbolic cotangent", "Cotangente hyperbolique", CMDK_UNARY, SCI },
    { CMD_ASECH, "asech", "Hyperbolic arc secant", "Arc sécante hyperbolique", CMDK_UNARY, SCI },
    { CMD_ACSCH, "acsch", "Hyperbolic arc cosecant", "Arc cosécante hyperbolique", CMDK_UNARY, SCI },
    { CMD_ACOTH, "acoth", "Hyperbolic arc cotangent", "Arc cotangente hyperbolique", CMDK_UNARY, SCI },

    { CMD_DEG, "deg", "Degrees", "Degrés", CMDK_SETTING, SCI },
    { CMD_RAD, "rad", "Radians", "Radians", CMDK_SETTING, SCI },
    { CMD_GRAD, "grad", "Gradians", "Grades", CMDK_SETTING, SCI },
    { CMD_EE, "ee", "Exponential", "Exposant", CMDK_EDIT, SCI },
    { CMD_FE, "fe", "Scientific notation", "Notation scientifique", CMDK_SETTING, SCI },
    { CMD_DMS, "dms", "Degrees minutes seconds", "Degrés minutes secondes", CMDK_UNARY, SCI },
    { CMD_DEGREES, "degrees", "Convert to degrees", "Convertir en degrés", CMDK_UNARY, SCI },

    { CMD_MS, "ms", "Memory store", "Stocker en mémoire", CMDK_MEMORY, ALL },
    { CMD_MR, "mr", "Memory recall", "Rappel mémoire", CMDK_MEMORY, ALL },
    { CMD_MC, "mc", "Clear all memory", "Effacer toute la mémoire", CMDK_MEMORY, ALL },
    { CMD_MPLUS, "m+", "Memory add", "Ajouter à la mémoire", CMDK_MEMORY, ALL },
    { CMD_MMINUS, "m-", "Memory subtract", "Soustraire de la mémoire", CMDK_MEMORY, ALL },

    { CMD_STANDARD, "standard", "Standard mode", "Mode standard", CMDK_SETTING, ALL },
    { CMD_SCIENTIFIC, "scientific", "Scientific mode", "Mode scientifique", CMDK_SETTING, ALL },
    { CMD_PROGRAMMER, "programmer", "Programmer mode", "Mode programmeur", CMDK_SETTING, ALL },
    { CMD_DATE, "date", "Date calculation mode", "Mode calcul de dates", CMDK_SETTING, ALL },
    { CMD_CONVERTER, "converter", "Converter mode", "Mode convertisseur", CMDK_SETTING, ALL },

    { CMD_HEX, "hex", "Hexadecimal", "Hexadécimal", CMDK_SETTING, PRG },
    { CMD_DEC, "dec", "Decimal", "Décimal", CMDK_SETTING, PRG },
    { CMD_OCT, "oct", "Octal", "Octal", CMDK_SETTING, PRG },
    { CMD_BIN, "bin", "Binary", "Binaire", CMDK_SETTING, PRG },
    { CMD_QWORD, "qword", "Quad word", "Mot quadruple", CMDK_SETTING, PRG },
    { CMD_DWORD, "dword", "Double word", "Mot double", CMDK_SETTING, PRG },
    { CMD_WORD, "word", "Word", "Mot", CMDK_SETTING, PRG },
    { CMD_BYTE, "byte", "Byte", "Octet", CMDK_SETTING, PRG },

    { CMD_AND, "and", "And", "Et", CMDK_BINARY, PRG },
    { CMD_OR, "or", "Or", "Ou", CMDK_BINARY, PRG },
    { CMD_XOR, "xor", "Exclusive or", "Ou exclusif", CMDK_BINARY, PRG },
    { CMD_NOT, "not", "Not", "Non", CMDK_UNARY, PRG },
    { CMD_NAND, "nand", "Nand", "Non-et", CMDK_BINARY, PRG },
    { CMD_NOR, "nor", "Nor", "Non-ou", CMDK_BINARY, PRG },
    { CMD_LSH, "lsh", "Left shift", "Décalage à gauche", CMDK_BINARY, PRG },
    { CMD_RSH, "rsh", "Right shift", "Décalage à droite", CMDK_BINARY, PRG },
    { CMD_RSHL, "rshl", "Logical right shift", "Décalage logique à droite", CMDK_BINARY, PRG },
    { CMD_ROL, "rol", "Rotate left", "Rotation à gauche", CMDK_UNARY, PRG },
    { CMD_ROR, "ror", "Rotate right", "Rotation à droite", CMDK_UNARY, PRG },
    { CMD_ROLC, "rolc", "Rotate left through carry", "Rotation à gauche avec retenue", CMDK_UNARY, PRG },
    { CMD_RORC, "rorc", "Rotate right through carry", "Rotation à droite avec retenue", CMDK_UNARY, PRG },

    BIT(0), BIT(1), BIT(2), BIT(3), BIT(4), BIT(5), BIT(6), BIT(7),
    BIT(8), BIT(9), BIT(10), BIT(11), BIT(12), BIT(13), BIT(14), BIT(15),
    BIT(16), BIT(17), BIT(18), BIT(19), BIT(20), BIT(21), BIT(22), BIT(23),
    BIT(24), BIT(25), BIT(26), BIT(27), BIT(28), BIT(29), BIT(30), BIT(31),
    BIT(32), BIT(33), BIT(34), BIT(35), BIT(36), BIT(37), BIT(38), BIT(39),
    BIT(40), BIT(41), BIT(42), BIT(43), BIT(44), BIT(45), BIT(46), BIT(47),
    BIT(48), BIT(49), BIT(50), BIT(51), BIT(52), BIT(53), BIT(54), BIT(55),
    BIT(56), BIT(57), BIT(58), BIT(59), BIT(60), BIT(61), BIT(62), BIT(63),
};

#define TABLE_SIZE ((int)(sizeof table / sizeof table[0]))

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

static void build_index(void)
{
    for (int i = 0; i < CMD_LAST - CMD_FIRST + 1; i++)
        by_id[i] = -1;
    for (int i = 0; i < TOKEN_SLOTS; i++)
        by_token[i] = -1;
    for (int i = 0; i < TABLE_SIZE; i++) {
        by_id[table[i].id - CMD_FIRST] = (signed short)i;
        unsigned slot = token_hash(table[i].token) % TOKEN_SLOTS;
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
    return &table[index];
}

const command_info *command_by_id(int id)
{
    if (id < CMD_FIRST || id > CMD_LAST)
        return NULL;
    if (!index_ready)
        build_index();
    int i = by_id[id - CMD_FIRST];
    return i < 0 ? NULL : &table[i];
}

const command_info *command_by_token(const char *token)
{
    if (token == NULL)
        return NULL;
    if (!index_ready)
        build_index();
    for (unsigned slot = token_hash(token) % TOKEN_SLOTS; by_token[slot] >= 0; slot = (slot + 1) % TOKEN_SLOTS)
        if (strcmp(table[by_token[slot]].token, token) == 0)
            return &table[by_token[slot]];
    return NULL;
}
