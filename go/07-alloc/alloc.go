// Lesson 07: Go asks its caller for the memory it writes, the article's
// allocator callback.
//
// sqrts receives a C function pointer, alloc, and calls it twice: for a byte
// buffer that will hold the text "Square roots up to N:" (type code "B", as
// in Python's array module) and for n doubles (type code "d"), which it fills
// with the square roots of 1 to n. The memory belongs to the caller from the
// start: Go writes into it and keeps nothing.
package main

/*
#include <stdint.h>

// docs:begin allocators
// The article's allocator: room for n elements of type code t, or NULL.
typedef void* (*alloc_f)(char* t, int64_t n);

// The same, telling Go how many bytes the block really holds.
typedef void* (*alloc_sized_f)(char* t, int64_t n, int64_t* size);
// docs:end allocators

// In callalloc.c: Go cannot call a C function pointer itself.
void* gfjAllocBytes(alloc_f alloc, int64_t n);
void* gfjAllocDoubles(alloc_f alloc, int64_t n);
void* gfjAllocBytesSized(alloc_sized_f alloc, int64_t n, int64_t* size);
void* gfjAllocDoublesSized(alloc_sized_f alloc, int64_t n, int64_t* size);
*/
import "C"

import (
	"fmt"
	"math"
	"unsafe"

	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin sqrts

// sqrts asks alloc for len(text) bytes of type "B" and writes text into
// them, text being "Square roots up to n:", then asks it for n doubles of type
// "d" and writes the square roots of 1 to n into them, in order.
//
// alloc is called with a type code and an element count, and must return
// room for that many elements, or NULL. sqrts cannot check the size of what
// alloc returns: a smaller block is written past its end (sqrtsSized is the
// safe form). When alloc returns NULL, sqrts stops: it writes nothing into
// that block and asks for nothing more. It does nothing when alloc is NULL or
// n is negative. A panic is recovered and left for gfj_panic_take. sqrts keeps
// no pointer to the caller's memory after it returns.
//
//export sqrts
func sqrts(alloc C.alloc_f, n int64) {
	defer guard.Recover(nil)
	if alloc == nil || n < 0 {
		return
	}
	text := title(n)
	b := view[byte](C.gfjAllocBytes(alloc, C.int64_t(len(text))), int64(len(text)))
	if b == nil {
		return
	}
	copy(b, text)
	fillRoots(view[float64](C.gfjAllocDoubles(alloc, C.int64_t(n)), n))
}

// docs:end sqrts

// docs:begin sized

// sqrtsSized is sqrts with an allocator that says how big each block is: it
// writes the block's size in bytes through its third argument. sqrtsSized
// checks that size before it writes a byte.
//
// It returns 0 when both blocks were filled. It returns -1, and writes no
// more, when alloc returns NULL or a block smaller than asked for; when it
// refuses the first block, it does not ask for the second. It returns -1 at
// once when alloc is NULL or n is negative, and after a panic, which it
// leaves for gfj_panic_take.
//
//export sqrtsSized
func sqrtsSized(alloc C.alloc_sized_f, n int64) (status int64) {
	defer guard.Recover(func() { status = -1 })
	if alloc == nil || n < 0 || n > math.MaxInt64/8 {
		return -1
	}
	text := title(n)
	var size C.int64_t
	b, ok := checkedView[byte](C.gfjAllocBytesSized(alloc, C.int64_t(len(text)), &size), int64(len(text)), int64(size))
	if !ok {
		return -1
	}
	copy(b, text)
	size = 0
	roots, ok := checkedView[float64](C.gfjAllocDoublesSized(alloc, C.int64_t(n), &size), n, int64(size))
	if !ok {
		return -1
	}
	fillRoots(roots)
	return 0
}

// docs:begin checked

// checkedView is view, and false when p is NULL or the block holds fewer
// than n Ts.
func checkedView[T any](p unsafe.Pointer, n, size int64) ([]T, bool) {
	var zero T
	if p == nil || size < n*int64(unsafe.Sizeof(zero)) {
		return nil, false
	}
	return view[T](p, n), true
}

// docs:end checked
// docs:end sized

// title is the text the article asks for first.
func title(n int64) string { return fmt.Sprintf("Square roots up to %d:", n) }

// view is the n Ts at p, the caller's memory; nil when p is NULL or n is 0.
func view[T any](p unsafe.Pointer, n int64) []T {
	if p == nil || n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(p), n)
}

// fillRoots writes the square roots of 1, 2, ... into roots.
func fillRoots(roots []float64) {
	for i := range roots {
		roots[i] = math.Sqrt(float64(i + 1))
	}
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
