// The floor loops of floor_loop.c.
#include <stdint.h>

uint64_t gfj_panic_take(void); // go/internal/guard/note.c, in every lesson library

// floorLoopNoop calls noop n times and returns n.
int64_t floorLoopNoop(int64_t n);
// floorLoopAdd returns the sum of add(i, 1) for i in [0, n): n(n+1)/2.
int64_t floorLoopAdd(int64_t n);
// floorLoopNoopChecked calls noop and then gfj_panic_take n times; it returns n, or -1 if a call panicked.
int64_t floorLoopNoopChecked(int64_t n);
