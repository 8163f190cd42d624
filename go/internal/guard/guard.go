// Package guard keeps Go panics from crossing into the caller, and makes sure
// the caller hears about every one of them.
//
// A panic that unwinds out of an exported function aborts the whole process
// (the JVM exits with status 134, SIGABRT). Every export therefore starts with
//
//	defer guard.Recover(onPanic)
//
// Recover stops the panic and calls onPanic, which sets the result a C caller
// sees on failure (NULL, -1, an empty string in its buffer), or does nothing
// when the export has no result. Then it leaves a note on the calling thread:
// the id of the panic. The caller takes the note right after the call, on the
// same thread, with the C function
//
//	uint64_t gfj_panic_take(void);   // 0: the call did not panic
//
// and, when it is not 0, reads Go's message with
//
//	GoInt64 gfj_panic_message(GoUint64 id, char* out, GoInt64 outN);
//
// A note is per OS thread, so calls made at the same time on other threads
// can neither overwrite it nor see it. A thread holds at most one note: a
// newer panic on it replaces an older note nobody took.
//
// A caller need not take the note after every call. Leaving a note also
// counts it in gfj_notes_left, a C global, and sets the thread's errno to a
// value that is not 0 (gfj_panic_take sets errno back to 0). A caller that
// reads gfj_notes_left before and after a call (FFM: a read from memory) may
// skip the note while the count is unchanged: a note left on its own thread
// during the call always moves it. A caller whose binding saves errno after
// every call anyway (JNA) may skip the note while errno is 0: nothing between
// the guard and the export's return to C sets errno to 0. Go's runtime enters
// C there only through C library functions (runtime/cgo), and no C library
// function sets errno to 0 (C11 7.5, POSIX); cgo's own "errno = 0" precedes
// only a call written "r, err := C.f()", which no code runs after the guard.
// A count moved by another thread, or errno left set by other C code, costs
// such a caller one gfj_panic_take, which finds no note.
//
// Only panics on the export's own goroutine are covered. Fatal errors (out of
// memory, concurrent map writes, stack exhaustion), os.Exit and log.Fatal,
// and panics in goroutines the export starts still end the process.
//
// Recover must itself be the deferred call: recover only stops a panic when it
// is called directly by a deferred function.
//
// An export with an error result of its own (lesson 10) defers RecoverAsError
// instead: the panic becomes that error, and no note is left.
package guard

// gfjNote is defined in note.c, beside the thread-local note itself.

// #include <stdint.h>
// uint64_t gfjNote(uint64_t id);
// uint64_t gfj_panic_take(void);
// extern uint64_t gfj_notes_left;
// int gfjErrno(void);
// void gfjSetErrno(int value);
import "C"

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"gofromjava/internal/cbuf"
)

// MaxMessage is the longest panic message kept, in bytes; a longer one is cut
// at a rune boundary and ends with "…".
const MaxMessage = 4096

var (
	count    atomic.Int64
	lastID   atomic.Uint64
	messages sync.Map // panic id (uint64) -> message (string), until taken or replaced
)

// Recover stops a panic in progress, calls onPanic (which may be nil), and
// leaves a note for the calling thread. With no panic in progress it does
// nothing. A panic inside onPanic is recovered too, and added to the message.
func Recover(onPanic func()) {
	r := recover()
	if r == nil {
		return
	}
	msg := fmt.Sprint(r)
	if onPanic != nil {
		if again := runRecovered(onPanic); again != "" {
			msg += "; then, while setting the failure result: " + again
		}
	}
	record(msg)
}

// docs:begin recoverAsError

// RecoverAsError is Recover for an export that has an error result of its
// own: it stops a panic in progress and hands its message to asError, which
// returns it to the caller as the export's error. No note is left, since the
// caller learns of the panic from the result; if asError panics itself, the
// note is left after all, so the caller is still told. With no panic in
// progress it does nothing.
func RecoverAsError(asError func(msg string)) {
	r := recover()
	if r == nil {
		return
	}
	msg := fmt.Sprint(r)
	if again := runRecovered(func() { asError(msg) }); again != "" {
		record(msg + "; then, while returning it as an error: " + again)
		return
	}
	count.Add(1)
}

// docs:end recoverAsError

// runRecovered calls f and returns the message of a panic in it, or "".
func runRecovered(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// record counts a panic, stores msg under a new id and leaves the id on the
// calling thread.
func record(msg string) {
	count.Add(1)
	id := lastID.Add(1)
	messages.Store(id, truncate(msg))
	if older := uint64(C.gfjNote(C.uint64_t(id))); older != 0 {
		messages.Delete(older) // its thread moved on without taking it
	}
}

func truncate(msg string) string {
	if len(msg) <= MaxMessage {
		return msg
	}
	const ellipsis = "…"
	cut := MaxMessage - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + ellipsis
}

// Count is the number of panics recovered since the library was loaded.
func Count() int64 { return count.Load() }

// docs:begin message

// gfj_panic_message writes the message of the panic with the given id, and a
// terminating NUL, into the outN bytes at out, and forgets the panic.
//
// It returns the bytes the message needs, its NUL included, and -1 when no
// panic with that id is kept (already taken, replaced by a newer one on its
// thread, or never recorded). When the message does not fit it writes an
// empty string (if outN >= 1), forgets nothing, and the caller may ask again
// with a bigger buffer; MaxMessage+1 bytes always suffice. A message is UTF-8
// and may itself contain NUL bytes: read exactly the size returned, minus one.
//
//export gfj_panic_message
func gfj_panic_message(id uint64, out *C.char, outN int64) (size int64) {
	defer Recover(func() { size = -1 })
	return messageInto(id, unsafe.Pointer(out), outN)
}

// docs:end message

func messageInto(id uint64, out unsafe.Pointer, outN int64) int64 {
	v, ok := messages.Load(id)
	if !ok {
		cbuf.PutString(out, outN, "")
		return -1
	}
	msg := v.(string)
	if cbuf.PutString(out, outN, msg) {
		messages.Delete(id)
	}
	return cbuf.StringSize(msg)
}

// take is gfj_panic_take, for Go callers (this package's tests).
func take() uint64 { return uint64(C.gfj_panic_take()) }

// notesLeft reads gfj_notes_left, for this package's tests.
func notesLeft() uint64 { return uint64(C.gfj_notes_left) }

// errno and setErrno read and set the calling thread's C errno, for this
// package's tests.
func errno() int         { return int(C.gfjErrno()) }
func setErrno(value int) { C.gfjSetErrno(C.int(value)) }

//export gfj_panic_count
func gfj_panic_count() int64 { return Count() }
