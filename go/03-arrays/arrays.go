// Lesson 03: an array of doubles in, an array of doubles out.
//
// Go receives two C pointers and a count, exactly like the article's
// squares. It cannot know how big the caller's buffers are: the Java API
// checks n against both buffers before it calls. Go itself only refuses
// what it can see is wrong: n <= 0, a NULL pointer, or a count whose byte
// size overflows.
package main

// cgo writes squares into libarrays.h as
// extern void squares(GoFloat64* in, GoFloat64* out, GoInt64 n);

import "C"

import (
	"math"
	"unsafe"

	"gofromjava/internal/calls" // counts squares' calls, for lesson 03's CriticalCallsTest
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin squares

// squares sets out[i] = in[i] * in[i] for i in [0, n). in and out must each
// hold n doubles and may overlap in any way: as memmove does, every input is
// read before an output could overwrite it. It does nothing when n <= 0, a
// pointer is NULL or n*8 overflows int64; it allocates nothing, keeps no
// pointer, and leaves a panic (a bad pointer) for gfj_panic_take.
//
//export squares
func squares(in, out *float64, n int64) {
	defer guard.Recover(nil)
	calls.Record(n)
	if n <= 0 || in == nil || out == nil || n > math.MaxInt64/8 {
		return
	}
	ins := unsafe.Slice(in, n) // views of the caller's memory, valid for this call only
	outs := unsafe.Slice(out, n)
	if uintptr(unsafe.Pointer(out)) > uintptr(unsafe.Pointer(in)) {
		// out starts after in: go backwards, so that a write never lands on
		// an input not yet read.
		for i := len(ins) - 1; i >= 0; i-- {
			outs[i] = ins[i] * ins[i]
		}
		return
	}
	for i, x := range ins {
		outs[i] = x * x
	}
}

// docs:end squares

// main is required by -buildmode=c-shared and never runs.
func main() {}
