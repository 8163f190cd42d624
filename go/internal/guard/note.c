// The note a recovered panic leaves on its thread: one per OS thread, in C
// thread-local storage, so that the caller reads it with a plain C call right
// after the export returns, on the same thread, with no trip through Go.
//
// Recording a panic also sets errno, which is per thread too, so that a
// binding that saves errno after every call anyway (JNA does) learns of the
// panic with no second call: errno is not 0 after a call that panicked.
// Nothing else in the guard relies on it, and a non-zero errno alone proves
// nothing (C code may leave errno set without a panic): such a binding then
// takes the note, which says whether the call panicked.

#include <errno.h>
#include <stdint.h>

// A DLL exports only what is marked for export, and Go marks its own //export
// functions, so the C one Java calls must be marked too; ELF exports it as is.
// What only Go calls stays out of the exported symbols, where the format allows.
#if defined(_WIN32)
#define GFJ_EXPORT __declspec(dllexport)
#define GFJ_HIDDEN
#else
#define GFJ_EXPORT
#define GFJ_HIDDEN __attribute__((visibility("hidden")))
#endif

// What errno holds after an export recorded a panic: outside the range of
// errno values a C library sets, so that it stands out in a debugger. Only
// "not 0" matters to a binding.
#define GFJ_PANIC_ERRNO 0x47464A

// The id of the last panic recovered on this thread and not taken yet; 0 if none.
static __thread uint64_t note;

// gfj_panic_take returns the id of the panic that the last export called on
// this thread recovered, or 0 if it did not panic, and clears the note and
// errno. Call it right after every call into Go, on the same thread (or, with
// JNA, after every call that left errno not 0); pass a non-zero id to
// gfj_panic_message for Go's message.
GFJ_EXPORT uint64_t gfj_panic_take(void) {
    uint64_t id = note;
    note = 0;
    errno = 0;
    return id;
}

// gfjNote leaves id on this thread, sets errno to GFJ_PANIC_ERRNO, and
// returns the note it replaces (0 if none). Called by package guard only, when
// it records a panic: hidden from the library's exported symbols.
GFJ_HIDDEN uint64_t gfjNote(uint64_t id) {
    uint64_t older = note;
    note = id;
    errno = GFJ_PANIC_ERRNO;
    return older;
}

// gfjErrno returns this thread's errno, for package guard's tests.
GFJ_HIDDEN int gfjErrno(void) {
    return errno;
}

// gfjSetErrno sets this thread's errno, for package guard's tests.
GFJ_HIDDEN void gfjSetErrno(int value) {
    errno = value;
}
