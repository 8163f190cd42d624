// For the Wine run of scripts/platforms only: never part of a jar.
//
// JDK 25's net.dll delay-loads ten functions from IPHLPAPI.DLL to list the network interfaces.
// Wine 8's iphlpapi.dll has nine of them: GetAnycastIpAddressTable is missing. The first call
// into the DLL then fails to bind it, and the delay-load helper raises exception 0xC06D007F,
// which ends the JVM. Listing the interfaces is more common than it looks: SecureRandom's
// default seeding (SeedGenerator.getSystemEntropy) does it, and so every Files.createTempFile
// and File.createTempFile in the JVM, BundledLibrary's and JNA's own extraction included.
// A Windows machine has had the function since Vista, so the fault is the emulator's.
//
// This proxy stands in for iphlpapi.dll in the test JDK's bin folder, where the delay-load
// finds it first (with WINEDLLOVERRIDES=iphlpapi=n,b): it passes the nine calls to Wine's
// own iphlpapi.dll, loaded from system32, and answers GetAnycastIpAddressTable with an empty
// table: no anycast addresses.
#include <stdint.h>
#include <windows.h>

typedef uintptr_t (*any_function)(uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t);

static uintptr_t pass(const char *name, uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t d, uintptr_t e) {
    static HMODULE wine;
    if (wine == NULL) {
        wine = LoadLibraryW(L"C:\\windows\\system32\\iphlpapi.dll");
    }
    any_function f = wine != NULL ? (any_function)GetProcAddress(wine, name) : NULL;
    // Every one of them takes at most five integer or pointer arguments, which the x64 calling
    // convention passes the same way whatever their C types; extra ones are ignored.
    return f != NULL ? f(a, b, c, d, e) : ERROR_NOT_SUPPORTED;
}

#define PASS(name)                                                                              \
    __declspec(dllexport) uintptr_t name(uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t d,  \
                                         uintptr_t e) {                                         \
        return pass(#name, a, b, c, d, e);                                                      \
    }

PASS(GetIfEntry2)
PASS(GetIfTable2)
PASS(GetUnicastIpAddressTable)
PASS(FreeMibTable)
PASS(ConvertInterfaceNameToLuidW)
PASS(ConvertInterfaceLuidToNameW)
PASS(ConvertLengthToIpv4Mask)
PASS(NotifyAddrChange)
PASS(GetAdaptersAddresses)

// MIB_ANYCASTIPADDRESS_TABLE with NumEntries 0, allocated as Wine's own tables are (the
// process heap), so that FreeMibTable, passed to Wine above, frees it.
__declspec(dllexport) DWORD GetAnycastIpAddressTable(USHORT family, void **table) {
    (void)family;
    void *empty = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 64);
    if (empty == NULL) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    *table = empty;
    return NO_ERROR;
}
