package ledger

import (
	"strings"
	"testing"
	"unsafe"
)

func TestMallocAndFreeBalance(t *testing.T) {
	base := Live()
	p := Malloc(16)
	if p == nil {
		t.Fatal("Malloc(16) returned nil")
	}
	if got := Live() - base; got != 1 {
		t.Fatalf("live after Malloc = base%+d, want base+1", got)
	}
	Free(p)
	if got := Live() - base; got != 0 {
		t.Fatalf("live after Free = base%+d, want base", got)
	}
}

func TestMallocRejectsNonPositive(t *testing.T) {
	base := Live()
	for _, n := range []int64{0, -1, -1 << 63} {
		if p := Malloc(n); p != nil {
			Free(p)
			t.Errorf("Malloc(%d) = %p, want nil", n, p)
		}
	}
	if Live() != base {
		t.Fatalf("a rejected Malloc changed the ledger")
	}
}

func TestFreeNilIsNoOp(t *testing.T) {
	base := Live()
	Free(nil)
	if Live() != base {
		t.Fatal("Free(nil) changed the ledger")
	}
}

func TestCStringCopiesAndTerminates(t *testing.T) {
	base := Live()
	for _, s := range []string{"", "a", "héllo, 世界 🙂"} {
		p := CString(s)
		// Clone: the view must not outlive Free below.
		got := strings.Clone(unsafe.String((*byte)(unsafe.Pointer(p)), len(s)))
		term := *(*byte)(unsafe.Add(unsafe.Pointer(p), len(s)))
		Free(unsafe.Pointer(p))
		if got != s || term != 0 {
			t.Errorf("CString(%q) = %q, terminator %d", s, got, term)
		}
	}
	if Live() != base {
		t.Fatalf("CString leaked %d blocks", Live()-base)
	}
}

func TestCBytesCopies(t *testing.T) {
	base := Live()
	in := []byte{1, 2, 3, 0, 5}
	p := CBytes(in)
	got := unsafe.Slice((*byte)(p), len(in))
	for i := range in {
		if got[i] != in[i] {
			t.Errorf("byte %d = %d, want %d", i, got[i], in[i])
		}
	}
	Free(p)
	empty := CBytes(nil)
	if empty == nil {
		t.Error("CBytes(nil) = nil, want a one-byte block")
	}
	Free(empty)
	if Live() != base {
		t.Fatalf("CBytes leaked %d blocks", Live()-base)
	}
}
