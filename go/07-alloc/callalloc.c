// The C side of lesson 07: calls through the function pointers the caller
// passed, which Go cannot call itself.

#include <stdint.h>

typedef void* (*alloc_f)(char* t, int64_t n);
typedef void* (*alloc_sized_f)(char* t, int64_t n, int64_t* size);

// The type codes of Python's array module that the article asks for: bytes
// and doubles. Static storage: asking costs no allocation.
static char bytesCode[] = "B";
static char doublesCode[] = "d";

void* gfjAllocBytes(alloc_f alloc, int64_t n) { return alloc(bytesCode, n); }
void* gfjAllocDoubles(alloc_f alloc, int64_t n) { return alloc(doublesCode, n); }

void* gfjAllocBytesSized(alloc_sized_f alloc, int64_t n, int64_t* size) { return alloc(bytesCode, n, size); }
void* gfjAllocDoublesSized(alloc_sized_f alloc, int64_t n, int64_t* size) { return alloc(doublesCode, n, size); }
