// Lesson 05: an array of C strings in, one joined string out.
//
// The article's join receives a NULL-terminated char** and walks it until it
// meets the NULL. Nothing tells Go how long the array really is: a caller who
// forgets the terminator makes Go read whatever lies after the array, as
// pointers, and then read the memory those "pointers" point to. join keeps the
// article's shape and prints the result. Beside it:
//
//   - joinInto and joinSize: the same NULL-terminated array, with the result
//     written into a buffer the caller owns (the rules of lesson 04);
//   - joinCountedInto and joinCountedSize: the counted form, a char** and the
//     number of elements, which Go can check and never reads past.
package main

import "C"

import (
	"fmt"
	"math"
	"strings"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin join

// join prints the strings of strs, separated by sep, and a newline to file
// descriptor 1. strs must end with a NULL pointer: join reads elements until
// it finds one, and without it reads past the array. A NULL strs prints
// nothing; a NULL sep joins with nothing in between. A panic prints nothing
// and is left for gfj_panic_take.
//
//export join
func join(strs **C.char, sep *C.char) {
	defer guard.Recover(nil) // a panic must never unwind into the JVM; the caller is told
	if strs == nil {
		// Checked, not recovered: unsafe.Slice(nil, n) panics, and is a fatal
		// error in a checkptr build (go build -asan).
		return
	}
	fmt.Println(strings.Join(goStrings(strs), C.GoString(sep)))
}

// goStrings is the article's walk: it views strs as 1<<30 pointers, a length
// picked only to be "big enough", and stops at the first NULL. Every element
// read past the real array is a read of someone else's memory.
func goStrings(strs **C.char) []string {
	var result []string
	all := unsafe.Slice(strs, 1<<30)
	for i := 0; all[i] != nil; i++ {
		result = append(result, C.GoString(all[i]))
	}
	return result
}

// docs:end join

// The bounds of the two walks: the article's 1<<30 for a NULL-terminated
// array, and for a counted one the largest count whose size in bytes (8 per
// pointer) fits in an int64.
const (
	maxTerminated = 1 << 30
	maxCounted    = math.MaxInt64 / 8
)

// docs:begin terminated

// joinSize returns the number of bytes joinInto needs for strs and sep: the
// UTF-8 length of the joined string plus one for the NUL. It returns -1 if
// strs or sep is NULL, if no NULL ends strs within 1<<30 elements, or if the
// size does not fit in an int64, and -1 after a panic, which it leaves for
// gfj_panic_take. It allocates no C memory.
//
//export joinSize
func joinSize(strs **C.char, sep *C.char) (size int64) {
	defer guard.Recover(func() { size = -1 })
	elems, ok := terminated(strs)
	if !ok || sep == nil {
		return -1
	}
	return cSize(elems, sep)
}

// joinInto writes the strings of the NULL-terminated array strs, separated
// by sep, and a terminating NUL into the outN bytes at out, and returns out.
//
// It returns NULL, and leaves an empty string (a single NUL at out[0], and
// nothing else written) when outN >= 1, if strs or sep is NULL, if no NULL
// ends strs within 1<<30 elements, or if the result and its NUL need more than
// outN bytes (joinSize says how many), and after a panic, which it leaves for
// gfj_panic_take. It never writes at or past out[outN], and writes nothing
// when out is NULL or outN <= 0. The strings may lie in out: they are copied
// before anything is written.
//
//export joinInto
func joinInto(strs **C.char, sep *C.char, out *C.char, outN int64) (result *C.char) {
	defer guard.Recover(func() {
		cbuf.PutString(unsafe.Pointer(out), outN, "")
		result = nil
	})
	elems, ok := terminated(strs)
	if !ok || sep == nil {
		cbuf.PutString(unsafe.Pointer(out), outN, "")
		return nil
	}
	if !putJoined(elems, sep, unsafe.Pointer(out), outN) {
		return nil
	}
	return out
}

// terminated returns the elements of strs before its NULL terminator, and
// false if strs is NULL or no NULL comes within maxTerminated elements. Like
// the article's walk, it reads until the NULL: only the caller can make sure
// there is one.
func terminated(strs **C.char) ([]*C.char, bool) {
	if strs == nil {
		return nil, false
	}
	all := unsafe.Slice(strs, maxTerminated)
	for i, p := range all {
		if p == nil {
			return all[:i], true
		}
	}
	return nil, false
}

// docs:end terminated

// joinCountedSize returns the number of bytes joinCountedInto needs for the n
// strings at strs and sep: the UTF-8 length of the joined string plus one for
// the NUL. It returns -1 if n is negative or too large, if strs is NULL while
// n > 0, if one of the n elements is NULL, if sep is NULL, or if the size does
// not fit in an int64, and -1 after a panic, which it leaves for
// gfj_panic_take. It reads exactly n elements and allocates no C memory.
//
//export joinCountedSize
func joinCountedSize(strs **C.char, n int64, sep *C.char) (size int64) {
	defer guard.Recover(func() { size = -1 })
	elems, ok := counted(strs, n)
	if !ok || sep == nil {
		return -1
	}
	return cSize(elems, sep)
}

// joinCountedInto writes the n strings at strs, separated by sep, and a
// terminating NUL into the outN bytes at out, and returns out. strs needs no
// terminator: exactly n elements are read.
//
// It returns NULL, and leaves an empty string (a single NUL at out[0], and
// nothing else written) when outN >= 1, on every input joinCountedSize
// refuses, when the result and its NUL need more than outN bytes, and after a
// panic, which it leaves for gfj_panic_take. It never writes at or past
// out[outN], and writes nothing when out is NULL or outN <= 0. The strings may
// lie in out: they are copied before anything is written.
//
//export joinCountedInto
func joinCountedInto(strs **C.char, n int64, sep *C.char, out *C.char, outN int64) (result *C.char) {
	defer guard.Recover(func() {
		cbuf.PutString(unsafe.Pointer(out), outN, "")
		result = nil
	})
	elems, ok := counted(strs, n)
	if !ok || sep == nil {
		cbuf.PutString(unsafe.Pointer(out), outN, "")
		return nil
	}
	if !putJoined(elems, sep, unsafe.Pointer(out), outN) {
		return nil
	}
	return out
}

// docs:begin counted

// counted returns the n elements at strs, and false if n is out of range,
// strs is NULL while n > 0, or an element is NULL: in a counted array a NULL
// is a mistake, not an end marker.
func counted(strs **C.char, n int64) ([]*C.char, bool) {
	if n < 0 || n > maxCounted {
		return nil, false
	}
	if n == 0 {
		return nil, true
	}
	if strs == nil {
		return nil, false
	}
	elems := unsafe.Slice(strs, n)
	for _, p := range elems {
		if p == nil {
			return nil, false
		}
	}
	return elems, true
}

// docs:end counted

// docs:begin put

// putJoined copies the strings, then writes them joined into out. Its first
// write is an empty string, so a result that does not fit, or a panic after
// that point, leaves the caller a valid C string. The joined string is built
// only once it is known to fit in outN bytes, and its size is taken from the
// copies: a string that lies in out is not changed by that first write.
func putJoined(elems []*C.char, sep *C.char, out unsafe.Pointer, outN int64) bool {
	parts := make([]string, len(elems))
	for i, p := range elems {
		parts[i] = C.GoString(p) // Go copies, taken before out is touched
	}
	goSep := C.GoString(sep)
	if !cbuf.PutString(out, outN, "") {
		return false // no room even for the NUL: out is NULL or outN <= 0
	}
	need := joinedSize(len(parts), func(i int) int64 { return int64(len(parts[i])) }, int64(len(goSep)))
	if need < 0 || need > outN {
		return false
	}
	return cbuf.PutString(out, outN, strings.Join(parts, goSep))
}

// cSize is joinedSize for C strings, measured where they lie, copying nothing.
// They are measured in Go, not with C's strlen: a bad pointer near NULL then
// panics, and the guard reports it, instead of killing the process.
func cSize(elems []*C.char, sep *C.char) int64 {
	length := func(p *C.char) int64 { return cbuf.StrLen(unsafe.Pointer(p)) }
	return joinedSize(len(elems), func(i int) int64 { return length(elems[i]) }, length(sep))
}

// joinedSize is the sum of n lengths, sepLen between each two, plus one for
// the NUL; -1 if that overflows an int64.
func joinedSize(n int, length func(i int) int64, sepLen int64) int64 {
	size := int64(1)
	for i := 0; i < n; i++ {
		var ok bool
		if i > 0 {
			if size, ok = addSize(size, sepLen); !ok {
				return -1
			}
		}
		if size, ok = addSize(size, length(i)); !ok {
			return -1
		}
	}
	return size
}

// addSize returns a+b for non-negative a and b, and false if it overflows.
func addSize(a, b int64) (int64, bool) {
	if b > math.MaxInt64-a {
		return 0, false
	}
	return a + b, true
}

// docs:end put

// main is required by -buildmode=c-shared and never runs.
func main() {}
