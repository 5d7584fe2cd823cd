/* xerbla_ for blas.py's DLL: LAPACK's report of an illegal argument. The reference xerbla.f ends the process
 * with STOP, which would close GreenDesk without a word; like OpenBLAS's (the one numpy's wheel ships), this one
 * reports and returns, and the caller gets INFO < 0 (numpy raises an error). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

void xerbla_(const char *routine, const int64_t *argument, size_t routine_length)
{
    fprintf(stderr, " ** On entry to %.*s parameter number %lld had an illegal value\n", (int)routine_length,
            routine, (long long)*argument);
}
