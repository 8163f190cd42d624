// The C side of lesson 18: a function that does nothing, for Go-to-C calls
// that runtime/metrics counts. Hidden from the library's exported symbols.

#include <stdint.h>

__attribute__((visibility("hidden"))) int64_t gfjNothing(int64_t x) { return x; }
