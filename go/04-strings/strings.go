// Lesson 04: strings in, strings out, into a buffer the caller owns.
//
// The article's repeat grows a bytes.Buffer over the caller's memory. When the
// result does not fit, the buffer silently moves to new Go memory: the caller's
// bytes stay truncated, with no NUL, and repeat still returns them. This
// version keeps the name and the C signature, never writes past outN, always
// leaves a NUL-terminated string in the buffer, and returns NULL when it
// cannot deliver the whole result. repeatSize tells the caller how much to
// allocate.
package main

import "C"

import (
	"math"
	"strings"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin repeat

// repeat writes s repeated n times and a NUL into the outN bytes at out, and
// returns out. On any failure (s NULL, n negative, a size that overflows, too
// small a buffer, a panic) it returns NULL and leaves "" in out if outN >= 1.
// It never writes at or past out[outN]. s may point into out: it is copied
// first. Only gfj_panic_take tells a panic from a buffer too small.
//
//export repeat
func repeat(s *C.char, n int64, out *byte, outN int64) (result *byte) {
	defer guard.Recover(func() { result = nil })
	if s == nil {
		cbuf.PutString(unsafe.Pointer(out), outN, "")
		return nil
	}
	in := C.GoString(s) // a Go copy, taken before out is touched
	if !repeatInto(in, n, unsafe.Pointer(out), outN) {
		return nil
	}
	return out
}

// repeatSize returns the bytes repeat needs: the length of s in bytes (UTF-8,
// for a Java string) times n, plus one for the NUL. It returns -1 if s is
// NULL, n is negative, the size overflows int64, or it panics (the panic is
// left for gfj_panic_take).
//
//export repeatSize
func repeatSize(s *C.char, n int64) (size int64) {
	defer guard.Recover(func() { size = -1 })
	if s == nil {
		return -1
	}
	need, ok := repeatNeed(cbuf.StrLen(unsafe.Pointer(s)), n) // in Go, so a bad s panics instead of crashing
	if !ok {
		return -1
	}
	return need
}

// docs:end repeat

// docs:begin into

// repeatInto is repeat on Go values. Its first write is an empty string, so
// every failure after it, a panic included, leaves the caller a valid C
// string. The result is built only once it is known to fit in outN bytes: a
// huge n can never make it allocate more than the caller already has.
func repeatInto(s string, n int64, out unsafe.Pointer, outN int64) bool {
	cbuf.PutString(out, outN, "")
	need, ok := repeatNeed(int64(len(s)), n)
	if !ok || need > outN {
		return false
	}
	return cbuf.PutString(out, outN, strings.Repeat(s, int(n)))
}

// repeatNeed is sLen*n + 1, and false if n is negative or the sum overflows.
func repeatNeed(sLen, n int64) (int64, bool) {
	total, ok := cbuf.MulSize(sLen, n)
	if !ok || total == math.MaxInt64 {
		return 0, false
	}
	return total + 1, true
}

// docs:end into

func main() {}
