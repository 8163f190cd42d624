// The C side of lesson 11: the call through the caller's function pointer,
// which Go cannot make itself, and the OS thread id, which Go does not expose.
// Both are hidden from the library's exported symbols: only Go calls them.
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "_cgo_export.h"

// The id of the calling thread (Linux's gettid).
__attribute__((visibility("hidden"))) int64_t gfjThread(void) { return (int64_t)syscall(SYS_gettid); }

// Calls visit with the id of the thread it runs on: cgo keeps a goroutine on
// one thread for the whole of a C call, so that is the thread visit runs on.
__attribute__((visibility("hidden"))) int64_t gfjVisit(visit_f visit, int64_t index, char* word, int64_t wordN) {
    return visit(index, word, wordN, gfjThread());
}
