// The C → Go floor in a process of its own: floor_loop.c's loops over the exports of
// libperformance.so, timed with no JVM and no Python, before JMH starts (scripts/bench). FloorBench
// times the same loops inside the JMH run; this is the standalone check beside it.
//
//   floor CALLS ROUNDS   prints properties: the median over ROUNDS of ns per call for noop, add,
//                        and noop followed by gfj_panic_take (the check the lessons' FFM binding makes)
//   floor CALLS count    calls noop CALLS times between callgrind's marks (bench/count-instructions
//                        builds it with count_marks.c and -DCOUNT_MARKS)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "floor_loop.h"

#ifdef COUNT_MARKS
void countBegin(void);
void countEnd(void);
#else
static void countBegin(void) {}
static void countEnd(void) {}
#endif

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[2], "count") == 0) {
        long calls = atol(argv[1]);
        floorLoopNoop(calls / 10); // the same path once before counting: first-call costs stay out
        countBegin();
        int64_t made = floorLoopNoop(calls);
        countEnd();
        return made == calls ? 0 : 1;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: floor CALLS ROUNDS | floor CALLS count\n");
        return 2;
    }
    long calls = atol(argv[1]);
    int rounds = atoi(argv[2]);
    if (calls <= 0 || rounds <= 0 || rounds > 1000) {
        fprintf(stderr, "floor: CALLS and ROUNDS must be positive (ROUNDS at most 1000)\n");
        return 2;
    }
    if (floorLoopAdd(3) != 6) { // checks the kernel before timing it
        fprintf(stderr, "floor: add(0, 1) + add(1, 1) + add(2, 1) != 6\n");
        return 1;
    }
    double noops[1000], adds[1000], checked[1000];
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        int64_t made = floorLoopNoop(calls);
        double t1 = now_ns();
        int64_t sum = floorLoopAdd(calls);
        double t2 = now_ns();
        int64_t clean = floorLoopNoopChecked(calls);
        double t3 = now_ns();
        if (made != calls || sum != calls * (calls + 1) / 2 || clean != calls) {
            fprintf(stderr, "floor: wrong count, wrong sum or a panic\n");
            return 1;
        }
        noops[r] = (t1 - t0) / calls;
        adds[r] = (t2 - t1) / calls;
        checked[r] = (t3 - t2) / calls;
    }
    printf("noop=%.3f\nadd=%.3f\nnoopChecked=%.3f\ncalls=%ld\nrounds=%d\n", median(noops, rounds), median(adds, rounds),
           median(checked, rounds), calls, rounds);
    return 0;
}
