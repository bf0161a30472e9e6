/* status: display text for engine errors. */
#include "status.h"

const char *calc_status_text(calc_status s)
{
    switch (s) {
    case CALC_OK:
        return "";
    case CALC_ERR_DIV_ZERO:
        return "Cannot divide by zero";
    case CALC_ERR_UNDEFINED:
        return "Result is undefined";
    case CALC_ERR_INVALID:
        return "Invalid input";
    case CALC_ERR_OVERFLOW:
        return "Overflow";
    case CALC_ERR_NOT_DEFINED:
        return "Result not defined";
    case CALC_ERR_NO_MEMORY:
        return "Not enough memory";
    }
    return "Invalid input";
}
