// FFM's own floor: plain C functions with the shapes of Go's noop and add.
#include <stdint.h>

void c_noop(void) {}

int64_t c_add(int64_t a, int64_t b) { return a + b; }
