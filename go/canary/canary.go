//go:build canary

// Package main is memcheck's canary library: seven planted memory bugs, one per
// export, that memcheck/run must see caught on every run before it trusts a
// clean result. It is built only with -tags=canary (memcheck/canary/pom.xml),
// so no lesson, test or tour ever links it.
//
// Each bug is the smallest form of a mistake a lesson could make. Allocations
// go through the ledger like real lesson code, so the ledger hook sees them.
package main

import "C"

import (
	"unsafe"

	_ "gofromjava/internal/guard" // exports gfj_panic_count, which GoLibrary binds like any lesson's
	"gofromjava/internal/ledger"
)

// canary_leak allocates a C block and drops the only pointer to it.
// Expected: ledger (the Java hook), valgrind ("definitely lost").
//
//export canary_leak
func canary_leak() {
	p := ledger.Malloc(24)
	*(*byte)(p) = 1
}

// canary_handle_leak makes a cgo handle and never deletes it: the Go value it
// holds can never be collected. Expected: ledger (the Java hook). Valgrind
// cannot see it: the value lives in Go's heap, which is still reachable.
//
//export canary_handle_leak
func canary_handle_leak() {
	ledger.NewHandle([]byte("never deleted"))
}

// canary_overflow writes n+1 bytes into the caller's n-byte buffer: one past
// its capacity. Expected: guard bytes, ASan (heap-buffer-overflow), valgrind
// ("Invalid write of size 1").
//
//export canary_overflow
func canary_overflow(out *C.char, n int64) {
	buf := unsafe.Slice((*byte)(unsafe.Pointer(out)), n+1)
	for i := range buf {
		buf[i] = 'x'
	}
}

// canary_unterminated copies as much of "canary-string" as fits into out,
// without a terminating NUL, and returns as if it had succeeded.
// Expected: the NUL check on a guarded buffer; ASan and valgrind when the
// caller then reads it as a C string (strlen runs off the end).
//
//export canary_unterminated
func canary_unterminated(out *C.char, n int64) int64 {
	const s = "canary-string"
	buf := unsafe.Slice((*byte)(unsafe.Pointer(out)), min(n, int64(len(s))))
	copy(buf, s)
	return int64(len(buf))
}

// canary_double_free frees the same block twice.
// Expected: ASan (attempting double-free), valgrind ("Invalid free()"), and the
// ledger (its count drops below the baseline).
//
//export canary_double_free
func canary_double_free() {
	p := ledger.Malloc(16)
	ledger.Free(p)
	ledger.Free(p)
}

// canary_use_after_free reads a block after freeing it.
// Expected: ASan (heap-use-after-free), valgrind ("Invalid read of size 1").
//
//export canary_use_after_free
func canary_use_after_free() int64 {
	p := ledger.Malloc(16)
	*(*byte)(p) = 42
	ledger.Free(p)
	return int64(*(*byte)(p))
}

// overReadSink keeps canary_over_read's load alive; nothing ever reads it.
var overReadSink uint64

// canary_over_read loads 8 bytes at offset 8 of a 12-byte block: an aligned
// load whose last 4 bytes lie past the block. Nothing branches on the value,
// so valgrind sees it only as the invalid read itself, which its default
// --partial-loads-ok=yes would let pass as undefined bytes.
// Expected: ASan (heap-buffer-overflow), valgrind ("Invalid read of size 8").
//
//export canary_over_read
func canary_over_read() {
	p := ledger.Malloc(12)
	clear(unsafe.Slice((*byte)(p), 12))
	overReadSink = *(*uint64)(unsafe.Add(p, 8))
	ledger.Free(p)
}

func main() {}
