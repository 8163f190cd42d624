// Lesson 12: a Go object that lives between calls, and Go memory Java reads
// in place.
//
// A word-frequency index is a Go map behind a mutex: C cannot hold it, since
// it is full of Go pointers. The caller gets a cgo handle instead, a number
// that names the Go value, and passes it back on every call. Handles go
// through the ledger (gofromjava/internal/ledger), which counts them and turns
// a freed, forged or mistyped handle into an error instead of a panic.
//
// A snapshot of the index is a Go byte slice pinned with runtime.Pinner: Java
// reads Go's own memory, with no copy, until it releases the snapshot.
//
// Every export that can fail returns a status (-1) and writes Go's message
// into a buffer the caller owns (errOut, errN bytes), as lesson 10's
// evenStatus does: the failure path allocates nothing, so it cannot leak.
package main

/*
#include <stdint.h>

// read_through reads the int64 that *outer points to: C following a Go
// pointer that it found inside Go memory.
static int64_t read_through(void **outer) {
	return *(int64_t *)*outer;
}
*/
import "C"

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	"gofromjava/internal/ledger"
)

// index counts words. Calls may come from many Java threads at once.
type index struct {
	mu     sync.Mutex
	counts map[string]int64
}

// snapshot is Go memory lent to the caller: data stays pinned, at the
// address the caller was given, until snapshotRelease. The handle keeps the
// snapshot, and so its Pinner, reachable: a Pinner collected while it still
// pins something makes the runtime panic on the finalizer's goroutine, which
// no guard can recover.
type snapshot struct {
	data   []byte
	pinner runtime.Pinner
}

// docs:begin index

// docs:begin newIndex

// newIndex makes an empty index and returns its handle, which the caller
// owns and must give back to indexFree, once. The handle is never 0; 0 means
// the call panicked, and the panic is left for gfj_panic_take.
//
//export newIndex
func newIndex() (handle uintptr) {
	defer guard.Recover(func() { handle = 0 })
	return ledger.NewHandle(&index{counts: map[string]int64{}})
}

// docs:end newIndex

// indexAdd counts the words of text, the runs of bytes between ASCII white
// space (space, \t, \n, \v, \f, \r), case-sensitively, and returns how many
// it counted. It copies text before returning and keeps no pointer to it.
// On failure it returns -1 and writes the message and a NUL into the errN
// bytes at errOut, cut to fit: a handle that is 0, freed, never made, or not
// an index's; a NULL text; a panic.
//
//export indexAdd
func indexAdd(handle uintptr, text *C.char, errOut *C.char, errN int64) (added int64) {
	defer guard.RecoverAsError(func(msg string) { added = -1; fail(errOut, errN, msg) }) // -1 first: fail may panic too
	ix, err := ledger.HandleValue[*index](handle)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if text == nil {
		return fail(errOut, errN, "text is NULL")
	}
	return ix.add(C.GoString(text))
}

// indexFree deletes the index's handle, so Go can collect the index. After
// it, every use of the handle is an error, a second indexFree included. It
// returns 0, or -1 with the message in errOut, as indexAdd does.
//
//export indexFree
func indexFree(handle uintptr, errOut *C.char, errN int64) (status int64) {
	defer guard.RecoverAsError(func(msg string) { status = -1; fail(errOut, errN, msg) }) // -1 first: fail may panic too
	// The type first: a snapshot's handle deleted here would never be unpinned.
	if _, err := ledger.HandleValue[*index](handle); err != nil {
		return fail(errOut, errN, err.Error())
	}
	if err := ledger.DeleteHandle(handle); err != nil { // another thread freed it first
		return fail(errOut, errN, err.Error())
	}
	return 0
}

// docs:end index

// docs:begin top

// indexTop writes the k most frequent words, and a NUL, into the outN bytes
// at out: one line per word, "word count", lines joined by "\n", the most
// frequent first, ties in byte order of the words. Fewer words than k: all
// of them. It returns the bytes the result needs, its NUL included. When
// they are more than outN it writes an empty string (if outN >= 1) and
// nothing else, and the caller asks again with a bigger buffer; out may be
// NULL when outN is 0, to ask for the size alone. It never writes at or past
// out[outN]. It returns -1, with the message in errOut, for a bad handle (as
// indexAdd), a negative k or outN, or a panic.
//
//export indexTop
func indexTop(handle uintptr, k int64, out *C.char, outN int64, errOut *C.char, errN int64) (size int64) {
	defer guard.RecoverAsError(func(msg string) { size = -1; fail(errOut, errN, msg) }) // -1 first: fail may panic too
	ix, err := ledger.HandleValue[*index](handle)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if k < 0 {
		return fail(errOut, errN, fmt.Sprintf("k is %d, want at least 0", k))
	}
	if outN < 0 {
		return fail(errOut, errN, fmt.Sprintf("outN is %d, want at least 0", outN))
	}
	result := format(ix.top(k))
	cbuf.PutString(unsafe.Pointer(out), outN, result) // writes "" when it does not fit
	return cbuf.StringSize(result)
}

// docs:end top

// docs:begin snapshot

// indexSnapshot lends the caller Go's own memory: it writes every word of the
// index and its count, "word count\n" a line, in byte order of the words,
// into a new Go byte slice, pins it, and stores its address in *data and its
// length in *size. The caller may read those bytes, and only those, until it
// gives the returned handle to snapshotRelease; it must not write them. The
// snapshot does not change when the index does, or when the index is freed.
// data and size must point to C memory that holds zeros or C pointers (Java
// zeroes it). It returns 0, with the message in errOut, for a bad handle (as
// indexAdd), a NULL data or size, or a panic, and then lends nothing.
//
//export indexSnapshot
func indexSnapshot(handle uintptr, data **C.char, size *int64, errOut *C.char, errN int64) (snap uintptr) {
	defer guard.RecoverAsError(func(msg string) { snap = 0; fail(errOut, errN, msg) })
	ix, err := ledger.HandleValue[*index](handle)
	if err != nil {
		fail(errOut, errN, err.Error())
		return 0
	}
	if data == nil || size == nil {
		fail(errOut, errN, "data and size must not be NULL")
		return 0
	}
	// docs:begin lend
	*data, *size = nil, 0 // a bad pointer faults here, before anything is pinned or counted
	s := &snapshot{data: ix.lines()}
	first := &s.data[:1][0] // lines leaves room for one byte, so an empty snapshot has an address too
	s.pinner.Pin(first)     // pins the whole backing array, the object first is in
	lent := false
	defer func() {
		if !lent { // a panic below: a Pinner dropped while pinning crashes the process
			s.pinner.Unpin()
		}
	}()
	*data = (*C.char)(unsafe.Pointer(first)) // allowed: the memory is pinned
	*size = int64(len(s.data))
	snap = ledger.NewHandle(s) // last: nothing after it can fail and leave it live
	lent = true
	return snap
	// docs:end lend
}

// snapshotRelease unpins the snapshot's memory and deletes its handle: the
// caller must not read the memory after it. It returns 0, or -1 with the
// message in errOut for a handle that is not a live snapshot's (a second
// release included), as indexAdd does.
//
//export snapshotRelease
func snapshotRelease(snap uintptr, errOut *C.char, errN int64) (status int64) {
	defer guard.RecoverAsError(func(msg string) { status = -1; fail(errOut, errN, msg) }) // -1 first: fail may panic too
	s, err := ledger.HandleValue[*snapshot](snap)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if err := ledger.DeleteHandle(snap); err != nil { // another thread released it first
		return fail(errOut, errN, err.Error())
	}
	s.pinner.Unpin() // only the caller whose delete succeeded gets here: once
	return 0
}

// docs:end snapshot

// docs:begin nested

// passNested hands C a Go pointer to Go memory that holds another Go
// pointer, and returns what C reads through both: 42. cgo's rules allow it
// only if the inner pointer's memory is pinned. With pinInner == 0 it is not,
// and cgo's check (GODEBUG=cgocheck=1, the default) panics before C runs;
// the guard reports the panic, and the result is -1.
//
//export passNested
func passNested(pinInner uint8) (result int64) {
	defer guard.Recover(func() { result = -1 })
	return readNested(pinInner != 0)
}

// readNested is passNested without the guard, for Go's tests.
func readNested(pinInner bool) int64 {
	inner := new(int64)
	*inner = 42
	outer := new(unsafe.Pointer)   // Go memory...
	*outer = unsafe.Pointer(inner) // ...holding a Go pointer
	if pinInner {
		var pinner runtime.Pinner
		pinner.Pin(inner)
		defer pinner.Unpin() // after C has returned: C keeps no copy
	}
	return int64(C.read_through(outer))
}

// docs:end nested

// readLent hands C a Go pointer to Go memory holding p, as passNested does,
// and returns the int64 C reads at p. cgo's check panics before C runs
// unless p's memory is pinned: Go's tests use it to see that a snapshot is
// pinned while it is lent, and only then.
func readLent(p unsafe.Pointer) int64 {
	outer := new(unsafe.Pointer)
	*outer = p
	return int64(C.read_through(outer))
}

// fail writes msg into the caller's message buffer, cut to fit, and returns -1.
func fail(errOut *C.char, errN int64, msg string) int64 {
	cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
	return -1
}

// isSpace is ASCII white space, the only word separator.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}

func (ix *index) add(text string) int64 {
	words := strings.FieldsFunc(text, isSpace)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, w := range words {
		ix.counts[w]++
	}
	return int64(len(words))
}

type wordCount struct {
	word  string
	count int64
}

// top is the k most frequent words, the most frequent first, ties in byte
// order of the words.
func (ix *index) top(k int64) []wordCount {
	ix.mu.Lock()
	all := make([]wordCount, 0, len(ix.counts))
	for w, c := range ix.counts {
		all = append(all, wordCount{w, c})
	}
	ix.mu.Unlock()
	slices.SortFunc(all, func(a, b wordCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	return all[:min(k, int64(len(all)))]
}

// lines is every word and its count, "word count\n" a line, in byte order of
// the words, in a slice with room for at least one byte.
func (ix *index) lines() []byte {
	ix.mu.Lock()
	all := make([]wordCount, 0, len(ix.counts))
	for w, c := range ix.counts {
		all = append(all, wordCount{w, c})
	}
	ix.mu.Unlock()
	slices.SortFunc(all, func(a, b wordCount) int { return strings.Compare(a.word, b.word) })
	out := make([]byte, 0, 1)
	for _, wc := range all {
		out = append(out, wc.word...)
		out = append(out, ' ')
		out = strconv.AppendInt(out, wc.count, 10)
		out = append(out, '\n')
	}
	return out
}

// format is top's lines, "word count", joined by "\n".
func format(top []wordCount) string {
	var b strings.Builder
	for i, wc := range top {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(wc.word)
		b.WriteByte(' ')
		b.WriteString(strconv.FormatInt(wc.count, 10))
	}
	return b.String()
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
