package ledger

import "C" // for the //export below: cgo only exports from files that import "C"

import (
	"fmt"
	"runtime/cgo"
	"sync"
)

// Handles are the other thing Go hands out that the caller must give back:
// a cgo.Handle keeps a Go value alive, outside the garbage collector's reach,
// until it is deleted. They are counted here like C blocks, so a test can
// prove that every handle made during a call was deleted.
//
// cgo.Handle alone panics on a handle that was deleted or never made
// ("misuse of an invalid Handle"), and a panic is the wrong way to refuse a
// value that came from outside. So the ledger keeps the set of live handles
// and checks every value against it first: a freed or forged handle is an
// error, never a panic and never another value. cgo never reuses a handle's
// number, so a freed handle stays invalid for good.

var (
	handlesMu sync.Mutex
	handles   = map[cgo.Handle]struct{}{}
)

// NewHandle returns a handle for v, counted live until DeleteHandle. The
// handle is never 0.
func NewHandle(v any) uintptr {
	h := cgo.NewHandle(v)
	handlesMu.Lock()
	handles[h] = struct{}{}
	handlesMu.Unlock()
	return uintptr(h)
}

// HandleValue returns the T behind h. It returns an error, and never panics,
// when h is 0, already deleted, never made by NewHandle, or holds another type.
func HandleValue[T any](h uintptr) (T, error) {
	var zero T
	handlesMu.Lock()
	_, ok := handles[cgo.Handle(h)]
	var v any
	if ok {
		v = cgo.Handle(h).Value() // under the lock: a concurrent DeleteHandle cannot slip in between
	}
	handlesMu.Unlock()
	if !ok {
		return zero, fmt.Errorf("invalid handle %d: deleted already, or never made", h)
	}
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("handle %d holds a %T, want a %T", h, v, zero)
	}
	return t, nil
}

// DeleteHandle deletes h, so its value can be collected. It returns an error,
// and deletes nothing, when h is not live: a second delete is refused, not
// a crash.
func DeleteHandle(h uintptr) error {
	handlesMu.Lock()
	defer handlesMu.Unlock()
	if _, ok := handles[cgo.Handle(h)]; !ok {
		return fmt.Errorf("invalid handle %d: deleted already, or never made", h)
	}
	delete(handles, cgo.Handle(h))
	cgo.Handle(h).Delete()
	return nil
}

// LiveHandles is the number of handles made and not yet deleted.
func LiveHandles() int64 {
	handlesMu.Lock()
	defer handlesMu.Unlock()
	return int64(len(handles))
}

//export gfj_handles_live
func gfj_handles_live() int64 { return LiveHandles() }
