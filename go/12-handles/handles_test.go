package main

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"gofromjava/internal/ledger"
)

func TestTopCountsWordsBetweenASCIISpace(t *testing.T) {
	ix := &index{counts: map[string]int64{}}
	if n := ix.add("the fox\tthe\n\ndog  the\r\vfox\f"); n != 6 {
		t.Fatalf("add counted %d words, want 6", n)
	}
	ix.add("Fox héllo\u00a0wörld") // case-sensitive; U+00A0 is not ASCII space
	if got, want := format(ix.top(10)), "the 3\nfox 2\nFox 1\ndog 1\nhéllo\u00a0wörld 1"; got != want {
		t.Fatalf("top = %q, want %q", got, want)
	}
	if got := format(ix.top(1)); got != "the 3" {
		t.Fatalf("top(1) = %q", got)
	}
	if got := format(ix.top(0)); got != "" {
		t.Fatalf("top(0) = %q", got)
	}
}

func TestLinesAreInByteOrderWithRoomForOneByte(t *testing.T) {
	ix := &index{counts: map[string]int64{}}
	if b := ix.lines(); len(b) != 0 || cap(b) < 1 {
		t.Fatalf("empty index: len %d cap %d, want 0 and at least 1", len(b), cap(b))
	}
	ix.add("b a b é Z")
	if got := string(ix.lines()); got != "Z 1\na 1\nb 2\né 1\n" {
		t.Fatalf("lines = %q", got)
	}
}

// cgo's check panics when C is handed Go memory holding an unpinned Go
// pointer, and lets the same call through when that pointer is pinned.
func TestCgocheckCatchesAnUnpinnedInnerPointer(t *testing.T) {
	if got := readNested(true); got != 42 {
		t.Fatalf("pinned: C read %d, want 42", got)
	}
	msg := func() (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		readNested(false)
		return "no panic"
	}()
	// Go 1.26: "runtime error: argument of cgo function has Go pointer to
	// unpinned Go pointer"; older releases word the start differently.
	if !strings.Contains(msg, "Go pointer to unpinned Go pointer") {
		t.Fatalf("unpinned: %q, want cgo's check to panic", msg)
	}
}

func TestSnapshotIsPinnedUntilReleasedOnce(t *testing.T) {
	base := ledger.LiveHandles()
	h := newIndex()
	errBuf := make([]byte, 256)
	errOut, errN := (*_Ctype_char)(unsafe.Pointer(&errBuf[0])), int64(len(errBuf))
	text := []byte("b a b\x00")
	if n := indexAdd(h, (*_Ctype_char)(unsafe.Pointer(&text[0])), errOut, errN); n != 3 {
		t.Fatalf("indexAdd = %d", n)
	}
	// data and size are C memory, as Java's are: built with GOEXPERIMENT=cgocheck2
	// (scripts/test runs this package so), storing the address there before it is
	// pinned is a fatal error.
	cells := ledger.Malloc(16)
	defer ledger.Free(cells)
	data, size := (**_Ctype_char)(cells), (*int64)(unsafe.Add(cells, 8))
	blocks := ledger.Live()
	snap := indexSnapshot(h, data, size, errOut, errN)
	if snap == 0 {
		t.Fatalf("indexSnapshot failed: %s", errBuf)
	}
	// Lent in place: the address is the first byte of the pinned Go slice itself, and no C
	// block holds a copy.
	s, err := ledger.HandleValue[*snapshot](snap)
	if err != nil {
		t.Fatal(err)
	}
	lent := unsafe.Pointer(*data)
	if lent != unsafe.Pointer(&s.data[:1][0]) {
		t.Fatalf("data is %p, want the snapshot's own slice at %p", lent, &s.data[:1][0])
	}
	if d := ledger.Live() - blocks; d != 0 {
		t.Fatalf("the snapshot allocated %d C blocks, want none", d)
	}
	if indexFree(h, errOut, errN) != 0 {
		t.Fatalf("indexFree: %s", errBuf)
	}
	const want = "a 1\nb 2\n" // 8 bytes: what readLent reads
	if got := string(unsafe.Slice((*byte)(lent), *size)); got != want {
		t.Fatalf("snapshot %q, and it must outlive its index", got)
	}
	// Pinned while lent: cgo's check lets C follow the address out of Go memory.
	if got, msg := tryReadLent(lent); msg != "" || got != int64(binary.NativeEndian.Uint64([]byte(want))) {
		t.Fatalf("before release: C read %#x, cgo's check said %q; want the snapshot's bytes, read because they are pinned", got, msg)
	}
	if got := snapshotRelease(snap, errOut, errN); got != 0 {
		t.Fatalf("snapshotRelease: %s", errBuf)
	}
	// Unpinned once released (lent keeps the bytes alive, so C may not read them, but cgo's
	// check refuses before it would).
	if _, msg := tryReadLent(lent); !strings.Contains(msg, "Go pointer to unpinned Go pointer") {
		t.Fatalf("after release: cgo's check said %q, want it to refuse the unpinned snapshot", msg)
	}
	if got := snapshotRelease(snap, errOut, errN); got != -1 || !strings.Contains(cstr(errBuf), "invalid handle") {
		t.Fatalf("second release: %d %q, want -1 and invalid handle", got, cstr(errBuf))
	}
	if d := ledger.LiveHandles() - base; d != 0 {
		t.Fatalf("live handles base%+d", d)
	}
}

// tryReadLent is readLent with cgo's panic, if any, as a message.
func tryReadLent(p unsafe.Pointer) (got int64, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return readLent(p), ""
}

// A snapshot's handle is not an index's, and the other way round: freeing a
// snapshot as an index would leave its memory pinned for good.
func TestHandlesOfTheOtherKindAreRefused(t *testing.T) {
	base := ledger.LiveHandles()
	errBuf := make([]byte, 256)
	errOut, errN := (*_Ctype_char)(unsafe.Pointer(&errBuf[0])), int64(len(errBuf))
	h := newIndex()
	var data *_Ctype_char
	var size int64
	snap := indexSnapshot(h, &data, &size, errOut, errN)
	if got := indexFree(snap, errOut, errN); got != -1 || !strings.Contains(cstr(errBuf), "holds a *main.snapshot, want a *main.index") {
		t.Fatalf("indexFree(snapshot) = %d %q", got, cstr(errBuf))
	}
	if got := snapshotRelease(h, errOut, errN); got != -1 || !strings.Contains(cstr(errBuf), "holds a *main.index, want a *main.snapshot") {
		t.Fatalf("snapshotRelease(index) = %d %q", got, cstr(errBuf))
	}
	if snapshotRelease(snap, errOut, errN) != 0 || indexFree(h, errOut, errN) != 0 {
		t.Fatalf("cleanup: %q", cstr(errBuf))
	}
	if d := ledger.LiveHandles() - base; d != 0 {
		t.Fatalf("live handles base%+d", d)
	}
}

func cstr(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		return string(b[:i])
	}
	return string(b)
}
