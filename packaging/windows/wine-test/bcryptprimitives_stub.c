/*
 * TEST-ONLY stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks and Rust's standard library
 * (inside python-calamine's .pyd, the workbook reader) imports for ProcessPrng. Built by smoke_test.sh into
 * the throw-away Wine prefix; NEVER shipped (real Windows 10/11 has the DLL). Random bytes come from Wine's
 * RtlGenRandom (advapi32 SystemFunction036), a cryptographic generator.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
