// The C → Go floor as loops in C: n calls of an export, from whatever called the loop. bench/floor.c
// runs them in a process of its own; the JMH benchmarks (FloorBench) reach the same loops through
// FFM and through JNI, so that the floor is measured in the same run as every other way across.
#include <stdint.h>
#include "libperformance.h"
#include "floor_loop.h"

int64_t floorLoopNoop(int64_t n) {
    for (int64_t i = 0; i < n; i++) noop();
    return n;
}

int64_t floorLoopAdd(int64_t n) {
    int64_t sum = 0;
    for (int64_t i = 0; i < n; i++) sum += add(i, 1);
    return sum;
}

int64_t floorLoopNoopChecked(int64_t n) {
    uint64_t panics = 0;
    for (int64_t i = 0; i < n; i++) {
        noop();
        panics |= gfj_panic_take();
    }
    return panics == 0 ? n : -1;
}
