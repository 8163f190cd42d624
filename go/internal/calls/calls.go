// Package calls counts the calls of an export and the elements each was
// handed, so that a test can see how a Java binding splits its work: lesson
// 03's tests check that a heap array reaches squares in critical calls of at
// most 128 KiB that together cover it. A library that links this package
// exports gfj_calls_take, through which Java reads the counts, as it reads the
// ledger's.
package calls

// #include <stdint.h>
import "C"

import (
	"sync/atomic"
	"unsafe"

	"gofromjava/internal/guard"
)

var count, elements, largest atomic.Int64

// Record counts one call handed n elements.
func Record(n int64) {
	count.Add(1)
	elements.Add(n)
	for l := largest.Load(); n > l && !largest.CompareAndSwap(l, n); l = largest.Load() {
	}
}

// Take returns the calls recorded since the last Take, the elements they were
// handed in all and the most one call was handed, and starts counting afresh.
// Calls recorded while it runs may be split between this Take and the next.
func Take() (calls, total, most int64) {
	return count.Swap(0), elements.Swap(0), largest.Swap(0)
}

// gfj_calls_take writes Take's three counts, in its order, to out[0..2]. It
// does nothing when out is NULL, and leaves a panic (a bad pointer) for
// gfj_panic_take.
//
//export gfj_calls_take
func gfj_calls_take(out *C.int64_t) {
	defer guard.Recover(nil)
	if out == nil {
		return
	}
	o := unsafe.Slice((*int64)(unsafe.Pointer(out)), 3)
	o[0], o[1], o[2] = Take()
}
