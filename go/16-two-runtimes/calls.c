// The C side of lesson 16: what Go cannot do itself (call a C function
// pointer), and a fault in C code, which no Go guard can recover.

#include <stdint.h>

typedef int64_t (*callback_f)(int64_t x);

// gfjCall calls the caller's callback: on a Go-created thread, it is an upcall into Java.
__attribute__((visibility("hidden"))) int64_t gfjCall(callback_f callback, int64_t x) {
    return callback(x);
}

// gfjWriteAtAddress8 writes to address 8, which no process maps: a SIGSEGV in C code.
__attribute__((visibility("hidden"))) void gfjWriteAtAddress8(void) {
    volatile int64_t* p = (volatile int64_t*)(uintptr_t)8;
    *p = 1;
}
