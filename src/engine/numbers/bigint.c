/* bigint: fixed-capacity non-negative integers in base 10^9 (see bigint.h).
 * Every routine checks capacity before writing, so an oversized result is a
 * reported failure, never a buffer overrun. */
#include "bigint.h"

#include <string.h>

#include "calc_check.h"

const uint32_t bi_pow10[BI_BASE_DIGITS + 1] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u};

static void trim(bigint *r)
{
    while (r->n > 0 && r->d[r->n - 1] == 0)
        r->n--;
}

static int limb_digits(uint32_t v)
{
    int k = 0;
    while (v) {
        v /= 10;
        k++;
    }
    return k;
}

void bi_zero(bigint *r)
{
    r->n = 0;
}

void bi_from_u64(bigint *r, uint64_t v)
{
    r->n = 0;
    while (v) {
        r->d[r->n++] = (uint32_t)(v % BI_BASE);
        v /= BI_BASE;
    }
}

bool bi_to_u64(const bigint *a, uint64_t *out)
{
    uint64_t v = 0;
    if (a->n > 3)
        return false;
    for (int i = a->n - 1; i >= 0; i--) {
        if (v > (UINT64_MAX - a->d[i]) / BI_BASE)
            return false;
        v = v * BI_BASE + a->d[i];
    }
    *out = v;
    return true;
}

bool bi_is_zero(const bigint *a)
{
    return a->n == 0;
}

bool bi_is_one(const bigint *a)
{
    return a->n == 1 && a->d[0] == 1;
}

bool bi_is_even(const bigint *a)
{
    return a->n == 0 || (a->d[0] & 1u) == 0;
}

int bi_cmp(const bigint *a, const bigint *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--) {
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    }
    return 0;
}

int bi_digits(const bigint *a)
{
    if (a->n == 0)
        return 0;
    return (a->n - 1) * BI_BASE_DIGITS + limb_digits(a->d[a->n - 1]);
}

int bi_trailing_zeros(const bigint *a)
{
    int k = 0, i = 0;
    if (a->n == 0)
        return 0;
    while (a->d[i] == 0) {
        k += BI_BASE_DIGITS;
        i++;
    }
    uint32_t v = a->d[i];
    while (v % 10 == 0) {
        v /= 10;
        k++;
    }
    return k;
}

bool bi_add(bigint *r, const bigint *a, const bigint *b)
{
    int n = a->n > b->n ? a->n : b->n;
    uint32_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint32_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        carry = s >= BI_BASE;
        r->d[i] = carry ? s - BI_BASE : s;
    }
    if (carry) {
        if (n >= BI_MAX_LIMBS)
            return false;
        r->d[n++] = 1;
    }
    r->n = n;
    return true;
}

void bi_sub(bigint *r, const bigint *a, const bigint *b)
{
    int64_t borrow = 0;
    int n = a->n;
    for (int i = 0; i < n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        r->d[i] = (uint32_t)(borrow ? t + BI_BASE : t);
    }
    r->n = n;
    trim(r);
}

bool bi_mul(bigint *r, const bigint *a, const bigint *b)
{
    uint32_t t[2 * BI_MAX_LIMBS];
    if (a->n == 0 || b->n == 0) {
        r->n = 0;
        return true;
    }
    if (a->n + b->n - 1 > BI_MAX_LIMBS)
        return false;
    int n = a->n + b->n;
    bi_limbs_mul(t, a->d, a->n, b->d, b->n);
    while (n > 0 && t[n - 1] == 0)
        n--;
    if (n > BI_MAX_LIMBS)
        return false;
    memcpy(r->d, t, sizeof(uint32_t) * (size_t)n);
    r->n = n;
    return true;
}

bool bi_mul_small(bigint *r, const bigint *a, uint32_t m)
{
    uint64_t carry = 0;
    int n = a->n;
    if (m == 0 || n == 0) {
        r->n = 0;
        return true;
    }
    for (int i = 0; i < n; i++) {
        uint64_t s = (uint64_t)a->d[i] * m + carry;
        r->d[i] = (uint32_t)(s % BI_BASE);
        carry = s / BI_BASE;
    }
    if (carry) {
        if (n >= BI_MAX_LIMBS)
            return false;
        r->d[n++] = (uint32_t)carry;
    }
    r->n = n;
    return true;
}

bool bi_add_small(bigint *r, const bigint *a, uint32_t m)
{
    bigint b;
    bi_from_u64(&b, m);
    return bi_add(r, a, &b);
}

uint32_t bi_divmod_small(bigint *q, const bigint *a, uint32_t m)
{
    uint64_t rem = 0;
    int n = a->n;
    for (int i = n - 1; i >= 0; i--) {
        uint64_t cur = rem * BI_BASE + a->d[i];
        rem = cur % m;
        if (q)
            q->d[i] = (uint32_t)(cur / m);
    }
    if (q) {
        q->n = n;
        trim(q);
    }
    return (uint32_t)rem;
}

void bi_divmod(bigint *q, bigint *rem, const bigint *a, const bigint *b)
{
    if (bi_cmp(a, b) < 0) {
        if (rem && rem != a)
            *rem = *a;
        if (q)
            q->n = 0;
        return;
    }
    if (b->n == 1) {
        uint32_t r = bi_divmod_small(q, a, b->d[0]);
        if (rem)
            bi_from_u64(rem, r);
        return;
    }
    /* scratch first: q or rem may alias a or b */
    uint32_t qd[BI_MAX_LIMBS], rd[BI_MAX_LIMBS];
    int n = b->n, m = a->n - b->n;
    bi_limbs_divmod(qd, rem ? rd : NULL, a->d, a->n, b->d, n);
    if (rem) {
        memcpy(rem->d, rd, sizeof(uint32_t) * (size_t)n);
        rem->n = n;
        trim(rem);
    }
    if (q) {
        memcpy(q->d, qd, sizeof(uint32_t) * (size_t)(m + 1));
        q->n = m + 1;
        trim(q);
    }
}

bool bi_mul_pow10(bigint *r, const bigint *a, int k)
{
    if (a->n == 0) {
        r->n = 0;
        return true;
    }
    if (k < 0 || k / BI_BASE_DIGITS > BI_MAX_LIMBS)
        return false;
    int s = k / BI_BASE_DIGITS;
    if (a->n + s > BI_MAX_LIMBS)
        return false;
    int n = a->n;
    memmove(r->d + s, a->d, sizeof(uint32_t) * (size_t)n);
    memset(r->d, 0, sizeof(uint32_t) * (size_t)s);
    r->n = n + s;
    return bi_mul_small(r, r, bi_pow10[k % BI_BASE_DIGITS]);
}

void bi_div_pow10(bigint *r, const bigint *a, int k, bool round, bool *inexact)
{
    bool dropped = false;
    int first = 0; /* first dropped digit */
    if (k <= 0) {
        if (r != a)
            *r = *a;
        if (inexact)
            *inexact = false;
        return;
    }
    int s = k / BI_BASE_DIGITS, t = k % BI_BASE_DIGITS;
    if (s >= a->n) {
        /* everything is dropped; only the rounding digit can matter */
        dropped = a->n > 0;
        if (a->n > 0 && s == a->n && t == 0)
            first = (int)(a->d[a->n - 1] / bi_pow10[8]);
        else if (a->n > 0 && k == bi_digits(a))
            first = (int)(a->d[a->n - 1] / bi_pow10[(k - 1) % BI_BASE_DIGITS]);
        r->n = 0;
    } else {
        for (int i = 0; i < s; i++)
            if (a->d[i])
                dropped = true;
        if (t == 0) {
            first = (int)(a->d[s - 1] / bi_pow10[8]);
        } else {
            uint32_t low = a->d[s] % bi_pow10[t];
            first = (int)(low / bi_pow10[t - 1]);
            if (low)
                dropped = true;
        }
        int n = a->n - s;
        memmove(r->d, a->d + s, sizeof(uint32_t) * (size_t)n);
        r->n = n;
        if (t)
            bi_divmod_small(r, r, bi_pow10[t]);
    }
    if (round && first >= 5)
        bi_add_small(r, r, 1); /* cannot overflow: r < a */
    if (inexact)
        *inexact = dropped;
}

/* r = s1*x + s2*y for signed cofactors of which at most one is negative and
 * whose combination is known to be non-negative (Lehmer's gcd). */
static void lin_comb(bigint *r, int64_t s1, const bigint *x, int64_t s2, const bigint *y)
{
    bigint m1, m2, t1, t2;
    bi_from_u64(&m1, s1 < 0 ? (uint64_t)-s1 : (uint64_t)s1);
    bi_from_u64(&m2, s2 < 0 ? (uint64_t)-s2 : (uint64_t)s2);
    bi_mul(&t1, &m1, x); /* the caller leaves 2 spare limbs */
    bi_mul(&t2, &m2, y);
    if (s1 >= 0 && s2 >= 0)
        bi_add(r, &t1, &t2);
    else if (s2 < 0)
        bi_sub(r, &t1, &t2);
    else
        bi_sub(r, &t2, &t1);
}

/* Lehmer's gcd (TAOCP 4.5.2 algorithm L): runs of Euclid steps are simulated on
 * the leading 18 digits in 64-bit arithmetic, then applied to the full numbers
 * at once; a full division step is used only when the simulation cannot decide. */
void bi_gcd(bigint *r, const bigint *a, const bigint *b)
{
    bigint x = *a, y = *b, t;
    if (bi_cmp(&x, &y) < 0) {
        t = x;
        x = y;
        y = t;
    }
    while (y.n != 0) {
        uint64_t xs, ys;
        if (bi_to_u64(&x, &xs) && bi_to_u64(&y, &ys)) {
            while (ys) {
                uint64_t tt = xs % ys;
                xs = ys;
                ys = tt;
            }
            bi_from_u64(r, xs);
            return;
        }
        int k = bi_digits(&x) - 18;
        bigint xh_b, yh_b;
        uint64_t xh_u = 0, yh_u = 0;
        bi_div_pow10(&xh_b, &x, k, false, NULL);
        bi_div_pow10(&yh_b, &y, k, false, NULL);
        bi_to_u64(&xh_b, &xh_u);
        bi_to_u64(&yh_b, &yh_u);
        int64_t xh = (int64_t)xh_u, yh = (int64_t)yh_u;
        int64_t A = 1, B = 0, C = 0, D = 1;
        while (yh + C != 0 && yh + D != 0) {
            int64_t q1 = (xh + A) / (yh + C), q2 = (xh + B) / (yh + D);
            if (q1 != q2)
                break;
            int64_t T = A - q1 * C;
            A = C;
            C = T;
            T = B - q1 * D;
            B = D;
            D = T;
            T = xh - q1 * yh;
            xh = yh;
            yh = T;
        }
        if (B == 0 || x.n > BI_MAX_LIMBS - 2) { /* (the products below need 2 spare limbs) */
            bi_divmod(NULL, &t, &x, &y);
            x = y;
            y = t;
        } else {
            bigint nx, ny;
            lin_comb(&nx, A, &x, B, &y);
            lin_comb(&ny, C, &x, D, &y);
            x = nx;
            y = ny;
        }
    }
    *r = x;
}

void bi_isqrt(bigint *r, const bigint *a, bool *exact)
{
    bigint x, y, t;
    if (a->n == 0) {
        r->n = 0;
        if (exact)
            *exact = true;
        return;
    }
    /* start above the root: 10^ceil(digits/2) */
    bi_from_u64(&t, 1);
    bi_mul_pow10(&x, &t, (bi_digits(a) + 1) / 2);
    for (;;) {
        bi_divmod(&t, NULL, a, &x);
        bi_add(&y, &x, &t);
        bi_divmod_small(&y, &y, 2);
        if (bi_cmp(&y, &x) >= 0)
            break;
        x = y;
    }
    if (exact) {
        bool ok = bi_mul(&t, &x, &x);
        *exact = ok && bi_cmp(&t, a) == 0;
    }
    *r = x;
}

int bi_to_string(const bigint *a, char *buf, int cap)
{
    int len = a->n == 0 ? 1 : bi_digits(a);
    if (cap < len + 1) {
        if (cap > 0)
            buf[0] = '\0';
        return -1;
    }
    if (a->n == 0) {
        buf[0] = '0';
        buf[1] = '\0';
        return 1;
    }
    int pos = len;
    buf[pos] = '\0';
    for (int i = 0; i < a->n; i++) {
        uint32_t v = a->d[i];
        int cnt = i == a->n - 1 ? limb_digits(v) : BI_BASE_DIGITS;
        for (int k = 0; k < cnt; k++) {
            buf[--pos] = (char)('0' + v % 10);
            v /= 10;
        }
    }
    return len;
}

bool bi_from_string(bigint *r, const char *s, int len)
{
    int start = 0;
    for (int i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    while (start < len && s[start] == '0')
        start++;
    int nd = len - start;
    if (nd == 0) {
        r->n = 0;
        return true;
    }
    int n = (nd + BI_BASE_DIGITS - 1) / BI_BASE_DIGITS;
    if (n > BI_MAX_LIMBS)
        return false;
    for (int i = 0; i < n; i++) {
        int hi = len - i * BI_BASE_DIGITS; /* exclusive end of this limb's digits */
        int lo = hi - BI_BASE_DIGITS;
        if (lo < start)
            lo = start;
        uint32_t v = 0;
        for (int k = lo; k < hi; k++)
            v = v * 10 + (uint32_t)(s[k] - '0');
        r->d[i] = v;
    }
    r->n = n;
    trim(r);
    return true;
}

/* ------------------------------------------------------------ limb kernels */

void bi_limbs_mul(uint32_t *r, const uint32_t *a, int an, const uint32_t *b, int bn)
{
    memset(r, 0, sizeof(uint32_t) * (size_t)(an + bn));
    for (int i = 0; i < an; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0)
            continue;
        for (int j = 0; j < bn; j++) {
            uint64_t s = r[i + j] + ai * b[j] + carry;
            r[i + j] = (uint32_t)(s % BI_BASE);
            carry = s / BI_BASE;
        }
        r[i + bn] = (uint32_t)carry;
    }
}

void bi_limbs_divmod(uint32_t *q, uint32_t *rem, const uint32_t *u_in, int un, const uint32_t *v_in, int vn)
{
    CALC_REQUIRE(vn >= 1 && un >= vn && un < BI_KERNEL_MAX && v_in[vn - 1] != 0);
    if (vn == 1) {
        uint64_t r = 0;
        for (int i = un - 1; i >= 0; i--) {
            uint64_t cur = r * BI_BASE + u_in[i];
            q[i] = (uint32_t)(cur / v_in[0]);
            r = cur % v_in[0];
        }
        if (rem)
            rem[0] = (uint32_t)r;
        return;
    }
    uint32_t u[BI_KERNEL_MAX + 1], v[BI_KERNEL_MAX];
    /* normalise so the divisor's top limb is at least BASE/2 */
    uint64_t f = BI_BASE / ((uint64_t)v_in[vn - 1] + 1);
    uint64_t carry = 0;
    for (int i = 0; i < un; i++) {
        uint64_t s = (uint64_t)u_in[i] * f + carry;
        u[i] = (uint32_t)(s % BI_BASE);
        carry = s / BI_BASE;
    }
    u[un] = (uint32_t)carry;
    carry = 0;
    for (int i = 0; i < vn; i++) {
        uint64_t s = (uint64_t)v_in[i] * f + carry;
        v[i] = (uint32_t)(s % BI_BASE);
        carry = s / BI_BASE;
    }
    for (int j = un - vn; j >= 0; j--) {
        uint64_t top2 = (uint64_t)u[j + vn] * BI_BASE + u[j + vn - 1];
        uint64_t qhat = top2 / v[vn - 1];
        uint64_t rhat = top2 % v[vn - 1];
        while (qhat >= BI_BASE || qhat * v[vn - 2] > rhat * BI_BASE + u[j + vn - 2]) {
            qhat--;
            rhat += v[vn - 1];
            if (rhat >= BI_BASE)
                break;
        }
        /* u[j..j+vn] -= qhat * v */
        int64_t borrow = 0;
        carry = 0;
        for (int i = 0; i < vn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p / BI_BASE;
            int64_t t = (int64_t)u[i + j] - (int64_t)(p % BI_BASE) - borrow;
            borrow = t < 0;
            u[i + j] = (uint32_t)(borrow ? t + BI_BASE : t);
        }
        int64_t top = (int64_t)u[j + vn] - (int64_t)carry - borrow;
        if (top < 0) {
            /* qhat was one too large: add the divisor back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < vn; i++) {
                uint64_t s = (uint64_t)u[i + j] + v[i] + c;
                c = s >= BI_BASE;
                u[i + j] = (uint32_t)(c ? s - BI_BASE : s);
            }
            top += (int64_t)c;
        }
        u[j + vn] = (uint32_t)top;
        q[j] = (uint32_t)qhat;
    }
    if (rem) {
        /* un-normalise: the remainder is u[0 .. vn) / f */
        uint64_t r = 0;
        for (int i = vn - 1; i >= 0; i--) {
            uint64_t cur = r * BI_BASE + u[i];
            rem[i] = (uint32_t)(cur / f);
            r = cur % f;
        }
    }
}
