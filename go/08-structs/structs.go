// Lesson 08: C structs across the boundary, by pointer and by value.
//
// fill is the article's: the caller passes a person, a struct holding two
// names and a buffer for the full name, and Go writes the full name into the
// buffer. midpoint takes two points and returns one, each by value: in
// registers or on the stack, as the platform's C calling convention says.
package main

/*
#include <stdint.h>

// docs:begin structs
typedef struct person {
  char* firstName;
  char* lastName;
  char* fullName;
  int64_t fullNameLen;
} person;

// A small struct that crosses by value, both ways.
typedef struct point {
  double x;
  double y;
} point;
// docs:end structs
*/
import "C"

import (
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin fill

// docs:begin fillBounded

// fill writes p.firstName, a space, p.lastName and a NUL into the
// p.fullNameLen bytes at p.fullName, never past them. When they do not fit,
// it writes an empty string (a single NUL) and fillSize says how much they
// need. It writes nothing when p, a name or p.fullName is NULL, or when
// p.fullNameLen <= 0. The names may lie inside the buffer: they are copied
// first. A panic (a bad pointer, say) is left for gfj_panic_take.
//
//export fill
func fill(p *C.person) {
	defer guard.Recover(nil)
	name, ok := fullName(p)
	if !ok {
		return
	}
	out := unsafe.Pointer(p.fullName)
	if !cbuf.PutString(out, int64(p.fullNameLen), name) {
		cbuf.PutString(out, int64(p.fullNameLen), "")
	}
}

// docs:end fillBounded

// fillSize returns the bytes fill needs for p's full name: the UTF-8 lengths
// of both names, one for the space and one for the NUL. It returns -1 when p
// or a name is NULL, and after a panic, which it leaves for gfj_panic_take.
//
//export fillSize
func fillSize(p *C.person) (size int64) {
	defer guard.Recover(func() { size = -1 })
	name, ok := fullName(p)
	if !ok {
		return -1
	}
	return cbuf.StringSize(name)
}

// fullName is first + " " + last, copied into Go memory; false when p or a
// name is NULL.
func fullName(p *C.person) (string, bool) {
	if p == nil || p.firstName == nil || p.lastName == nil {
		return "", false
	}
	return C.GoString(p.firstName) + " " + C.GoString(p.lastName), true
}

// docs:end fill

// docs:begin layout

// personLayout writes what C makes of struct person on this platform into
// the n int64s at out: its size, then the offset of each field in order
// (firstName, lastName, fullName, fullNameLen). It returns how many values
// that is, 5, and writes no more than n of them (none when out is NULL).
//
//export personLayout
func personLayout(out *int64, n int64) int64 {
	defer guard.Recover(nil)
	var p C.person
	layout := []int64{
		int64(unsafe.Sizeof(p)),
		int64(unsafe.Offsetof(p.firstName)),
		int64(unsafe.Offsetof(p.lastName)),
		int64(unsafe.Offsetof(p.fullName)),
		int64(unsafe.Offsetof(p.fullNameLen)),
	}
	if out != nil && n > 0 {
		copy(unsafe.Slice(out, n), layout)
	}
	return int64(len(layout))
}

// docs:end layout

// docs:begin midpoint

// midpoint returns the point halfway between a and b. Both points arrive by
// value, and the result leaves by value: no pointer, nothing to free.
//
//export midpoint
func midpoint(a, b C.point) (m C.point) {
	defer guard.Recover(nil)
	return C.point{x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}
}

// docs:end midpoint

// main is required by -buildmode=c-shared and never runs.
func main() {}
