// Package guard keeps Go panics from crossing into the JVM.
//
// A panic that unwinds out of an exported function aborts the whole process
// (the JVM exits with status 134). Every export therefore starts with
//
//	defer guard.Recover(func(msg string) { /* turn msg into the lesson's error form */ })
//
// Recover must itself be the deferred call: recover only stops a panic when it
// is called directly by a deferred function.
package guard

// cgo is needed only to export gfj_panic_count.

import "C"

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	count atomic.Int64
	mu    sync.Mutex
	last  string
)

// Recover stops a panic in progress, records it, and passes its message to
// onPanic (which may be nil). With no panic in progress it does nothing.
func Recover(onPanic func(msg string)) {
	r := recover()
	if r == nil {
		return
	}
	msg := fmt.Sprint(r)
	count.Add(1)
	mu.Lock()
	last = msg
	mu.Unlock()
	if onPanic != nil {
		onPanic(msg)
	}
}

// Count is the number of panics recovered since the library was loaded.
func Count() int64 { return count.Load() }

// Last is the message of the most recent recovered panic, or "".
func Last() string {
	mu.Lock()
	defer mu.Unlock()
	return last
}

//export gfj_panic_count
func gfj_panic_count() int64 { return Count() }
