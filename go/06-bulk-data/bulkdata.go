// Lesson 06: bulk data updated in place, the article's numpy/pandas lesson.
//
// increase receives a pointer to int64 values that the caller owns (a Java
// long[], a direct buffer, a memory segment) and a count, and changes the
// values where they are: nothing is copied and nothing is returned. Go cannot
// know how much memory is behind the pointer: the Java API checks the count
// against the buffer before it calls.
//
// increaseArrow receives an Arrow column the way Arrow libraries hand columns
// to each other, through the Arrow C Data Interface: a struct describing the
// type (ArrowSchema) and one holding the buffers, the length and a release
// callback (ArrowArray). The type check and the length come from them.
package main

/*
#include <stdint.h>

// The two structs of the Arrow C Data Interface (Arrow's format docs,
// "The Arrow C data interface"). Their layout is the ABI every Arrow library
// shares, so it is spelled out member for member; the guard macro lets a C
// caller include Arrow's own header as well.
#ifndef ARROW_C_DATA_INTERFACE
#define ARROW_C_DATA_INTERFACE

struct ArrowSchema {
  const char* format;                   // the type: "l" is int64
  const char* name;
  const char* metadata;
  int64_t flags;
  int64_t n_children;
  struct ArrowSchema** children;
  struct ArrowSchema* dictionary;
  void (*release)(struct ArrowSchema*); // NULL once released
  void* private_data;
};

struct ArrowArray {
  int64_t length;
  int64_t null_count;
  int64_t offset;                       // the first row, in the buffers
  int64_t n_buffers;
  int64_t n_children;
  const void** buffers;                 // for int64: validity bitmap, values
  struct ArrowArray** children;
  struct ArrowArray* dictionary;
  void (*release)(struct ArrowArray*);  // NULL once released
  void* private_data;
};

#endif
*/
import "C"

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/cdata"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin increase

// increase adds a to each of the n int64 values at nums, in place, wrapping
// around like Java's long +. It trusts n: nums must hold n values. It does
// nothing when n <= 0, nums is NULL or n*8 overflows int64; it allocates
// nothing and keeps no pointer. A panic is left for gfj_panic_take.
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

// docs:begin arrow

// increaseArrow adds a to every value of the Arrow column in arr, described by
// schema, in place: in the producer's buffers, which Go neither copies nor
// keeps. The sum wraps around on overflow. Data slots behind nulls change too;
// the validity bitmap does not. The column's offset is honoured.
//
// Only int64 columns (format "l") are accepted; for any other type, for NULL
// or already released structs, or for a column arrow-go cannot import,
// increaseArrow changes nothing, writes a message and a NUL into the errN
// bytes at errOut (cut to fit; nothing when errOut is NULL or errN <= 0), and
// returns -1. It returns 0 on success.
//
// It takes ownership of both structs on every path, a panic included: when it
// returns they are marked released and their release callbacks have run, on
// the calling thread. Calling release on them again is then a no-op.
//
//export increaseArrow
func increaseArrow(arr *C.struct_ArrowArray, schema *C.struct_ArrowSchema, a int64, errOut *C.char, errN int64) (status int64) {
	defer guard.Recover(func() { status = -1 })
	// arrow-go's cgo types for the same structs.
	goArr := (*cdata.CArrowArray)(unsafe.Pointer(arr))
	goSchema := (*cdata.CArrowSchema)(unsafe.Pointer(schema))
	defer func() { // the consumer's duty, whatever happened; no-ops on released structs
		if goSchema != nil {
			cdata.ReleaseCArrowSchema(goSchema)
		}
		if goArr != nil {
			cdata.ReleaseCArrowArray(goArr)
		}
	}()
	fail := func(format string, args ...any) int64 {
		cbuf.PutPrefix(unsafe.Pointer(errOut), errN, fmt.Sprintf(format, args...))
		return -1
	}
	if arr == nil || schema == nil {
		return fail("increaseArrow: the ArrowArray and the ArrowSchema must not be NULL")
	}
	// Checked here: arrow-go asserts on a released array, and a failed C
	// assert aborts the process.
	if arr.release == nil || schema.release == nil {
		return fail("increaseArrow: the ArrowArray or the ArrowSchema is already released")
	}
	// docs:begin arrowImport
	field, err := cdata.ImportCArrowField(goSchema) // copies name and type; releases the schema
	if err != nil {
		return fail("increaseArrow: cannot read the ArrowSchema: %v", err)
	}
	if field.Type.ID() != arrow.INT64 {
		return fail("column %q is %s, but increaseArrow needs int64 (Java's BigIntVector)", field.Name, field.Type)
	}
	column, err := cdata.ImportCArrayWithType(goArr, field.Type) // moves arr into Go's care, copies no data
	if err != nil {
		return fail("increaseArrow: cannot import column %q: %v", field.Name, err)
	}
	// Dropping the last reference runs the producer's release callback.
	defer column.Release()
	// Rows offset to offset+length, a view of the producer's buffer.
	values := column.(*array.Int64).Int64Values()
	for i := range values {
		values[i] += a
	}
	// docs:end arrowImport
	return 0
}

// docs:end arrow

// main is required by -buildmode=c-shared and never runs.
func main() {}
