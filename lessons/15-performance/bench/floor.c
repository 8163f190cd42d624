// The floor of calling Go: a C program calling the exports of libperformance.so in a loop.
// No JVM and no Python, only cgo's own C-to-Go transition (and the guard each export defers).
//
//   floor CALLS ROUNDS        prints JSON: the median over ROUNDS of ns per call, for noop, add,
//                             and noop followed by gfj_panic_take (what the lessons' bindings do)
//   floor CALLS 1 noop-only   calls noop CALLS times and nothing else (bench/count-instructions)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "libperformance.h"

uint64_t gfj_panic_take(void); // go/internal/guard/note.c, in every lesson library

static volatile int64_t sink;

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
    if (argc == 4 && strcmp(argv[3], "noop-only") == 0) {
        long calls = atol(argv[1]);
        for (long i = 0; i < calls; i++) noop();
        return 0;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: floor CALLS ROUNDS [noop-only]\n");
        return 2;
    }
    long calls = atol(argv[1]);
    int rounds = atoi(argv[2]);
    if (calls <= 0 || rounds <= 0 || rounds > 1000) {
        fprintf(stderr, "floor: CALLS and ROUNDS must be positive (ROUNDS at most 1000)\n");
        return 2;
    }
    if (add(2, 3) != 5) { // checks the kernel before timing it
        fprintf(stderr, "floor: add(2, 3) != 5\n");
        return 1;
    }
    double noops[1000], adds[1000], checked[1000];
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (long i = 0; i < calls; i++) noop();
        double t1 = now_ns();
        int64_t s = 0;
        for (long i = 0; i < calls; i++) s += add(i, 1);
        double t2 = now_ns();
        uint64_t panics = 0;
        for (long i = 0; i < calls; i++) {
            noop();
            panics |= gfj_panic_take();
        }
        double t3 = now_ns();
        sink = s;
        if (s != calls * (calls + 1) / 2 || panics != 0) {
            fprintf(stderr, "floor: wrong sum or a panic\n");
            return 1;
        }
        noops[r] = (t1 - t0) / calls;
        adds[r] = (t2 - t1) / calls;
        checked[r] = (t3 - t2) / calls;
    }
    printf("{\"noop\": %.3f, \"add\": %.3f, \"noopChecked\": %.3f, \"calls\": %ld, \"rounds\": %d}\n",
           median(noops, rounds), median(adds, rounds), median(checked, rounds), calls, rounds);
    return 0;
}
