/*
 * TEST-ONLY stand-in for Windows' system icuuc.dll, which Wine 8 lacks and Qt 6.10+ imports (ucnv_* for
 * legacy text codecs). Built by smoke_test.sh into the throw-away Wine prefix; NEVER shipped.
 * Every converter lookup fails cleanly, so Qt falls back to its built-in UTF-8/UTF-16/Latin-1 codecs.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;

EXPORT void *ucnv_open(const char *name, UErrorCode *error)
{
    (void)name;
    if (error != NULL && *error <= 0) {
        *error = U_FILE_ACCESS_ERROR;
    }
    return NULL;
}
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const void *converter) { (void)converter; return 4; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *error) { (void)converter; (void)error; return ""; }
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context) { (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context) { (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *n, void **oa, const void **oc, UErrorCode *e) { (void)c; (void)a; (void)n; (void)oa; (void)oc; (void)e; }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *n, void **oa, const void **oc, UErrorCode *e) { (void)c; (void)a; (void)n; (void)oa; (void)oc; (void)e; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *e) { (void)args; (void)source; (void)length; (void)offset; (void)e; }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int32_t offset, UErrorCode *e) { (void)args; (void)source; (void)limit; (void)offset; (void)e; }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; (void)e; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; (void)e; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *e) { (void)name; (void)standard; (void)e; return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (e) *e = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (e) *e = U_FILE_ACCESS_ERROR; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *cu, int32_t l, int32_t cp, int r, UErrorCode *e) { (void)c; (void)a; (void)cu; (void)l; (void)cp; (void)r; (void)e; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *cb, int32_t l, int r, UErrorCode *e) { (void)c; (void)a; (void)cb; (void)l; (void)r; (void)e; }
