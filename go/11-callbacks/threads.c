// The C side of lesson 11: the call through the caller's function pointer,
// which Go cannot make itself, and the OS thread id, which Go does not expose.
// Both are hidden from the library's exported symbols: only Go calls them.
#if !defined(__APPLE__) && !defined(_WIN32)
#define _GNU_SOURCE // syscall(), before any system header
#endif
#include <stdint.h>

#if defined(__APPLE__)
#include <pthread.h>
#elif defined(_WIN32)
#include <windows.h>
#else
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "_cgo_export.h"

#if defined(_WIN32)
#define GFJ_HIDDEN
#else
#define GFJ_HIDDEN __attribute__((visibility("hidden")))
#endif

// The id the OS gives the calling thread: Linux's gettid (no glibc wrapper
// before 2.30, hence the syscall), macOS's pthread_threadid_np (system-wide
// and never reused while the system runs), Windows' GetCurrentThreadId.
GFJ_HIDDEN int64_t gfjThread(void) {
#if defined(__APPLE__)
    uint64_t id = 0;
    pthread_threadid_np(NULL, &id);
    return (int64_t)id;
#elif defined(_WIN32)
    return (int64_t)GetCurrentThreadId();
#else
    return (int64_t)syscall(SYS_gettid);
#endif
}

// Calls visit with the id of the thread it runs on: cgo keeps a goroutine on
// one thread for the whole of a C call, so that is the thread visit runs on.
GFJ_HIDDEN int64_t gfjVisit(visit_f visit, int64_t index, char* word, int64_t wordN) {
    return visit(index, word, wordN, gfjThread());
}
