// Lesson 06: bulk data updated in place, the article's numpy/pandas lesson.
//
// Go receives a pointer to int64 values that the caller owns (a Java long[],
// a direct buffer, a memory segment, the data buffer of an Arrow vector) and
// a count, and changes the values where they are: nothing is copied and
// nothing is returned. Go cannot know how much memory is behind the pointer:
// the Java API checks the count against the buffer, and the type of the
// values (Arrow's BigIntVector only), before it calls.
package main

// cgo writes increase into libbulkdata.h as
// extern void increase(GoInt64* nums, GoInt64 n, GoInt64 a);

import "C"

import (
	"math"
	"unsafe"

	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin increase

// increase adds a to each of the n int64 values at nums, in place. The sum
// wraps around on overflow (two's complement), exactly like Java's long +.
//
// nums must hold at least n values; only nums[0] to nums[n-1] are read and
// written. Nothing is touched, and increase returns at once, when n <= 0,
// when nums is NULL, or when n*8 overflows int64. A panic (on a bad pointer,
// say) stops it part way and is left for gfj_panic_take. increase allocates
// nothing and keeps no pointer after it returns.
//
//export increase
func increase(nums *int64, n int64, a int64) {
	defer guard.Recover(nil)
	if n <= 0 || nums == nil || n > math.MaxInt64/8 {
		return
	}
	values := unsafe.Slice(nums, n) // a view of the caller's memory, valid for this call only
	for i := range values {
		values[i] += a
	}
}

// docs:end increase

// main is required by -buildmode=c-shared and never runs.
func main() {}
