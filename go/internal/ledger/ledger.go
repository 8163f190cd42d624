// Package ledger is the only place where lesson code allocates or frees C memory.
//
// Every allocation is counted, so a test can read the number of live C blocks
// before and after a call and prove that nothing leaked. The count is exported
// to C as gfj_ledger_live; every lesson library links this package, so Java can
// read it through the same library it calls.
package ledger

// #include <stdlib.h>
// #include <string.h>
import "C"

import (
	"sync/atomic"
	"unsafe"
)

var live atomic.Int64

// Malloc returns n bytes of uninitialised C memory and counts it as live.
// It returns nil when n <= 0 or when C cannot allocate; it never panics.
func Malloc(n int64) unsafe.Pointer {
	if n <= 0 || uint64(n) > uint64(^C.size_t(0)) {
		return nil
	}
	p := C.malloc(C.size_t(n))
	if p != nil {
		live.Add(1)
	}
	return p
}

// Free releases memory from Malloc, CString or CBytes. Free(nil) does nothing.
func Free(p unsafe.Pointer) {
	if p == nil {
		return
	}
	live.Add(-1)
	C.free(p)
}

// CString copies s into a new NUL-terminated C string; the caller frees it with Free.
// A NUL inside s ends the C string early, exactly as C would read it.
func CString(s string) *C.char {
	p := Malloc(int64(len(s)) + 1)
	if p == nil {
		return nil
	}
	if len(s) > 0 {
		C.memcpy(p, unsafe.Pointer(unsafe.StringData(s)), C.size_t(len(s)))
	}
	*(*byte)(unsafe.Add(p, len(s))) = 0
	return (*C.char)(p)
}

// CBytes copies b into new C memory; the caller frees it with Free.
// An empty b still gets a one-byte block, so the result is never nil on success.
func CBytes(b []byte) unsafe.Pointer {
	p := Malloc(max(int64(len(b)), 1))
	if p != nil && len(b) > 0 {
		C.memcpy(p, unsafe.Pointer(&b[0]), C.size_t(len(b)))
	}
	return p
}

// Live is the number of blocks allocated and not yet freed.
func Live() int64 { return live.Load() }

//export gfj_ledger_live
func gfj_ledger_live() int64 { return Live() }
