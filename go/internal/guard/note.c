// The note a recovered panic leaves on its thread: one per OS thread, in C
// thread-local storage, so that the caller reads it with a plain C call right
// after the export returns, on the same thread, with no trip through Go.
//
// Leaving a note also tells the caller that there may be one, so that a
// binding need not make a second call after every call to find out:
//   - it counts the notes left on any thread (gfj_notes_left), a number FFM
//     reads from memory before and after each call: unchanged, no note;
//   - it sets errno, which is per thread, and which JNA saves after every call
//     anyway: 0 after a call, no note.
// Neither proves a panic (another thread's note moves the count; C code may
// leave errno set): a binding that sees one takes the note, which says whether
// this thread's call panicked.

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

// On ELF (Linux) the note is initial-exec thread-local storage: read in a few
// instructions, with no call to __tls_get_addr. Go's runtime in the same
// library already uses this model, so it asks nothing more of the loader.
#if defined(__ELF__)
#define GFJ_TLS_MODEL __attribute__((tls_model("initial-exec")))
#else
#define GFJ_TLS_MODEL
#endif

// What errno holds after an export recorded a panic: outside the range of
// errno values a C library sets, so that it stands out in a debugger. Only
// "not 0" matters to a binding.
#define GFJ_PANIC_ERRNO 0x47464A

// The id of the last panic recovered on this thread and not taken yet; 0 if none.
static __thread uint64_t note GFJ_TLS_MODEL;

// How many notes have been left, on any thread, since the library was loaded.
// Only its changes matter: a binding reads it before and after a call, and on
// the same thread an increment made during the call is always seen after it.
GFJ_EXPORT uint64_t gfj_notes_left;

// gfj_panic_take returns the id of the panic that the last export called on
// this thread recovered, or 0 if it did not panic, and clears the note and
// errno. Call it right after every call into Go, on the same thread, or at
// least after every call that moved gfj_notes_left or left errno not 0; pass a
// non-zero id to gfj_panic_message for Go's message.
GFJ_EXPORT uint64_t gfj_panic_take(void) {
    uint64_t id = note;
    note = 0;
    errno = 0;
    return id;
}

// gfjNote leaves id on this thread, counts it in gfj_notes_left, sets errno
// to GFJ_PANIC_ERRNO, and returns the note it replaces (0 if none). Called by
// package guard only, when it records a panic: hidden from the library's
// exported symbols.
GFJ_HIDDEN uint64_t gfjNote(uint64_t id) {
    uint64_t older = note;
    note = id;
    __atomic_add_fetch(&gfj_notes_left, 1, __ATOMIC_RELAXED);
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
