// Lesson 15: the exports the benchmarks call.
//
// noop and add are the smallest calls there are: whatever they cost is the
// cost of crossing. pi, shuffle and dot are the article's benchmark kernels,
// with its names and C signatures. touch reads two elements of an array
// whatever its length, so that a benchmark can see whether a binding copied
// the array on the way. callJava and callC time the other direction, Go
// calling out, from a loop in Go.
//
// Every export recovers panics (go/internal/guard) like every other lesson's,
// so the benchmarks measure the exports a reader would ship, guard included.
package main

/*
typedef void (*gfj_callback)(void);

void gfj_call(gfj_callback f);  // callouts.c: calls f
void gfj_c_noop(void);          // callouts.c: does nothing, for callC
*/
import "C"

import (
	"fmt"
	"math"
	"math/rand"
	"unsafe"

	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin noop

// noop does nothing: a call to it costs exactly the crossing (and the
// deferred guard every export has).
//
//export noop
func noop() {
	defer guard.Recover(nil)
}

// add returns a + b, wrapping around on overflow, as lesson 02's add does.
//
//export add
func add(a, b int64) int64 {
	defer guard.Recover(nil)
	return a + b
}

// docs:end noop

// docs:begin kernels

// pi sums the first n terms of the Leibniz series 4/1 - 4/3 + 4/5 - ...,
// term by term in the article's order. It returns 0 when n <= 0.
//
//export pi
func pi(n int64) float64 {
	defer guard.Recover(nil)
	result, sign, denom := 0.0, 1.0, 1.0
	for i := int64(0); i < n; i++ {
		result += sign * 4 / denom
		sign = -sign
		denom += 2
	}
	return result
}

// shuffle permutes nums[0:n] in place, the same permutation on every call
// for the same n (math/rand seeded with 0, as in the article). Nothing
// happens when n <= 0 or nums is NULL.
//
//export shuffle
func shuffle(nums *float64, n int64) {
	defer guard.Recover(nil)
	if n <= 0 || nums == nil || n > math.MaxInt64/8 {
		return
	}
	s := unsafe.Slice(nums, n) // the caller's memory, for this call only
	rand.New(rand.NewSource(0)).Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// dot returns the dot product of a[0:na] and b[0:nb]. Unlike the article's,
// it never reads past b: lengths that differ (or are negative) are a panic,
// which the caller learns from gfj_panic_take, and the result is then NaN.
//
//export dot
func dot(a *float64, na int64, b *float64, nb int64) (result float64) {
	defer guard.Recover(func() { result = math.NaN() })
	if na != nb || na < 0 {
		panic(fmt.Sprintf("dot: lengths %d and %d must be equal and >= 0", na, nb))
	}
	if na == 0 {
		return 0
	}
	as, bs := unsafe.Slice(a, na), unsafe.Slice(b, nb)
	for i := range as {
		result += as[i] * bs[i]
	}
	return result
}

// touch returns values[0] + values[n-1], reading nothing else: its own cost
// does not depend on n, so a time that grows with n is a copy made by the
// caller. It returns 0 when n <= 0 or values is NULL.
//
//export touch
func touch(values *float64, n int64) float64 {
	defer guard.Recover(nil)
	if n <= 0 || values == nil || n > math.MaxInt64/8 {
		return 0
	}
	s := unsafe.Slice(values, n)
	return s[0] + s[n-1]
}

// docs:end kernels

// docs:begin callouts

// callJava calls fn n times from this goroutine and returns how many calls
// it made (0 when n <= 0 or fn is NULL). fn is a Java upcall stub or a JNA
// callback taking and returning nothing; it must not throw.
//
//export callJava
func callJava(fn C.gfj_callback, n int64) int64 {
	defer guard.Recover(nil)
	if fn == nil {
		return 0
	}
	var i int64
	for ; i < n; i++ {
		C.gfj_call(fn)
	}
	return i
}

// callC calls a C function that does nothing, n times, and returns how many
// calls it made: the floor under callJava, Go's own cost of calling out.
//
//export callC
func callC(n int64) int64 {
	defer guard.Recover(nil)
	var i int64
	for ; i < n; i++ {
		C.gfj_c_noop()
	}
	return i
}

// docs:end callouts

// main is required by -buildmode=c-shared and never runs.
func main() {}
