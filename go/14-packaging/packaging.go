// Lesson 14: a Go library shipped inside a jar.
//
// The lesson is about packaging, so the library is small: a greeting written
// into the caller's buffer, and the platform the library was built for, which
// tells a test which of the jar's libraries the JVM really loaded.
//
// It is also the one Go main package of its process: a JVM must load only one
// Go c-shared library (one Go runtime per process, golang/go#65050), so an
// application that needs the APIs of several Go packages exports them all from
// one main package like this one. Here those APIs are two ordinary functions,
// greeting and platform; each gets a thin //export wrapper below.
package main

import "C"

import (
	"runtime"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin exports

// greet writes "Hello, NAME!" and a terminating NUL into the outN bytes at
// out, and returns the number of bytes the result needs, NUL included.
//
// When that is more than outN, it writes an empty string (a single NUL at
// out[0]) when outN >= 1, and returns the size needed, so the caller can
// allocate it and call again. It returns -1, and writes an empty string when
// it can, if name is NULL or outN is negative, and after a panic, which it
// leaves for gfj_panic_take. It never writes at or past out[outN], and
// writes nothing when out is NULL or outN <= 0.
//
//export greet
func greet(name *C.char, out *byte, outN int64) (size int64) {
	defer guard.Recover(func() { size = -1 })
	cbuf.PutString(unsafe.Pointer(out), outN, "")
	if name == nil || outN < 0 {
		return -1
	}
	return putSized(unsafe.Pointer(out), outN, greeting(C.GoString(name)))
}

// goPlatform writes GOOS/GOARCH of the build ("linux/amd64") and a NUL into
// the outN bytes at out, and returns the size needed, NUL included, exactly
// as greet does (-1 if outN is negative, or after a panic).
//
//export goPlatform
func goPlatform(out *byte, outN int64) (size int64) {
	defer guard.Recover(func() { size = -1 })
	cbuf.PutString(unsafe.Pointer(out), outN, "")
	if outN < 0 {
		return -1
	}
	return putSized(unsafe.Pointer(out), outN, platform())
}

// docs:end exports

// greeting and platform stand for the Go APIs an application needs; they
// know nothing of C.
func greeting(name string) string { return "Hello, " + name + "!" }

func platform() string { return runtime.GOOS + "/" + runtime.GOARCH }

// putSized writes s into out when it fits, and returns the size s needs.
func putSized(out unsafe.Pointer, outN int64, s string) int64 {
	cbuf.PutString(out, outN, s)
	return cbuf.StringSize(s)
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
