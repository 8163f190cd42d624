// Lesson 10: errors, the article's way and the C way.
//
// The article's way: Go's second result, an error, becomes a struct whose err
// field is NULL, or a C string Go allocated, which the caller owns and frees
// with delError. cgo returns Go's two results as one struct, even_return. The
// C way, beside it: a status code, the result through a pointer, and the
// message in a buffer the caller owns, so nothing is allocated at all.
package main

/*
#include <stdint.h>

// docs:begin error
typedef struct {
	char* err;
} error;
// docs:end error
*/
import "C"

import (
	"fmt"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	"gofromjava/internal/ledger"
)

// docs:begin even

// docs:begin article

// even reports whether i is even. For a negative i it returns false and an
// error, "-3 is negative, want at least 0". A non-NULL err is the caller's:
// it must free it with delError, once. A panic is returned as the error.
//
//export even
func even(i int64) (result bool, err C.error) {
	defer guard.RecoverAsError(func(msg string) { result, err = false, newError("%s", msg) })
	if i < 0 {
		return false, newError("%d is negative, want at least 0", i)
	}
	return i%2 == 0, C.error{}
}

// delError frees err's message; it does nothing when err.err is NULL. The
// caller frees each message once: a second free is a double free.
//
//export delError
func delError(err C.error) {
	defer guard.Recover(nil)
	ledger.Free(unsafe.Pointer(err.err))
}

// docs:end article

// newError is a C error holding the formatted message, allocated through the
// ledger: the caller frees it with delError. When C memory runs out it panics,
// rather than return a NULL err that would read as success; the export's guard
// then leaves the note (guard.RecoverAsError).
func newError(format string, args ...any) C.error {
	msg := ledger.CString(fmt.Sprintf(format, args...))
	if msg == nil {
		panic("out of C memory for an error message")
	}
	return C.error{err: (*C.char)(unsafe.Pointer(msg))}
}

// docs:end even

// docs:begin panics

// Three exports that panic on some inputs, the way real Go code does: a
// runtime error, an index out of range, a nil map, an explicit panic. Each
// returns the panic's message as its error, and the caller frees it like any
// other.

// docs:begin divide

// divide returns a / b; b == 0 panics: integer divide by zero.
//
//export divide
func divide(a, b int64) (q int64, err C.error) {
	defer guard.RecoverAsError(func(msg string) { q, err = 0, newError("%s", msg) })
	return a / b, C.error{}
}

// docs:end divide

var primes = []int64{2, 3, 5, 7, 11, 13}

// prime returns the i-th prime, counting from 0: 2, 3, 5, 7, 11, 13. Past
// the table it panics on purpose; a negative i is an index out of range,
// the bound its author forgot.
//
//export prime
func prime(i int64) (p int64, err C.error) {
	defer guard.RecoverAsError(func(msg string) { p, err = 0, newError("%s", msg) })
	if i >= int64(len(primes)) {
		panic(fmt.Sprintf("no prime #%d: the table stops at #%d", i, len(primes)-1))
	}
	return primes[i], C.error{}
}

// tallies is never made: the classic nil map.
var tallies map[string]int64

// tally counts word: an assignment to an entry in a nil map, every time.
//
//export tally
func tally(word *C.char) (n int64, err C.error) {
	defer guard.RecoverAsError(func(msg string) { n, err = 0, newError("%s", msg) })
	w := C.GoString(word)
	tallies[w]++
	return tallies[w], C.error{}
}

// docs:end panics

// docs:begin status

// evenStatus is even the C way: it returns 0 and writes the result (0 or 1)
// through result, or returns -1 and writes the message and a NUL into the
// errN bytes at errOut, cut to fit. It allocates nothing. It returns -2 when
// result is NULL. A panic is reported the same way as an error.
//
//export evenStatus
func evenStatus(i int64, result *C.uint8_t, errOut *C.char, errN int64) (status int64) {
	fail := func(msg string) int64 {
		status = -1 // first: should the write panic, the status still says failed
		cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
		return -1
	}
	defer guard.RecoverAsError(func(msg string) { fail(msg) })
	if result == nil {
		return -2
	}
	if i < 0 {
		return fail(fmt.Sprintf("%d is negative, want at least 0", i))
	}
	*result = 0
	if i%2 == 0 {
		*result = 1
	}
	return 0
}

// docs:end status

// main is required by -buildmode=c-shared and never runs.
func main() {}
