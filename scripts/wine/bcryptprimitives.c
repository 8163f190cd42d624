// For the Wine run of scripts/platforms only: never part of a jar.
//
// Go 1.22 and later draw their random numbers from ProcessPrng in bcryptprimitives.dll, which
// every Windows 10 and 11 has in system32 (Go's runtime/os_windows.go loads it from there and
// stops with "bcryptprimitives.dll not found" otherwise). Wine 8 has no such DLL. This one
// gives ProcessPrng over RtlGenRandom (advapi32's SystemFunction036), which Wine does have.
// scripts/platforms builds it with MinGW into the Wine prefix's system32.
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size; // RtlGenRandom takes a ULONG
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
