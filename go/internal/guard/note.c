// The note a recovered panic leaves on its thread: one per OS thread, in C
// thread-local storage, so that the caller reads it with a plain C call right
// after the export returns, on the same thread, with no trip through Go.

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

// The id of the last panic recovered on this thread and not taken yet; 0 if none.
static __thread uint64_t note;

// gfj_panic_take returns the id of the panic that the last export called on
// this thread recovered, or 0 if it did not panic, and clears the note. Call
// it right after every call into Go, on the same thread; pass a non-zero id to
// gfj_panic_message for Go's message.
GFJ_EXPORT uint64_t gfj_panic_take(void) {
    uint64_t id = note;
    note = 0;
    return id;
}

// gfjNote leaves id on this thread and returns the note it replaces (0 if none).
// Called by package guard only: hidden from the library's exported symbols.
GFJ_HIDDEN uint64_t gfjNote(uint64_t id) {
    uint64_t older = note;
    note = id;
    return older;
}
