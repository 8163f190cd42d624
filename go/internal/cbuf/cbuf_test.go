package cbuf

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// guarded returns a buffer of capacity n inside a larger one filled with 0xEE,
// and a check that nothing outside [start, start+n) changed.
func guarded(t *testing.T, n int) (unsafe.Pointer, func()) {
	t.Helper()
	const guard = 16
	all := bytes.Repeat([]byte{0xEE}, n+2*guard)
	return unsafe.Pointer(&all[guard]), func() {
		t.Helper()
		for i := range all {
			if (i < guard || i >= guard+n) && all[i] != 0xEE {
				t.Fatalf("capacity %d: byte at offset %d changed to %#x", n, i-guard, all[i])
			}
		}
	}
}

func TestPutStringEveryCapacity(t *testing.T) {
	for _, s := range []string{"", "a", "héllo 世界 🙂"} {
		for n := 0; n <= len(s)+3; n++ {
			p, check := guarded(t, n)
			fit := PutString(p, int64(n), s)
			check()
			if fit != (len(s)+1 <= n) {
				t.Fatalf("PutString(%q, %d) = %v", s, n, fit)
			}
			if n == 0 {
				continue
			}
			got := unsafe.Slice((*byte)(p), n)
			want := ""
			if fit {
				want = s
			}
			if string(got[:len(want)]) != want || got[len(want)] != 0 {
				t.Fatalf("PutString(%q, %d) wrote %q", s, n, got)
			}
		}
	}
}

func TestPutStringNilAndNegative(t *testing.T) {
	if PutString(nil, 10, "x") {
		t.Error("nil buffer accepted")
	}
	p, check := guarded(t, 0)
	if PutString(p, -1, "") || PutString(p, math.MinInt64, "") {
		t.Error("negative capacity accepted")
	}
	check()
}

func TestBytes(t *testing.T) {
	if Bytes(nil, 3) != nil {
		t.Error("Bytes(nil, 3) != nil")
	}
	var x [4]byte
	if Bytes(unsafe.Pointer(&x), 0) != nil || Bytes(unsafe.Pointer(&x), -1) != nil {
		t.Error("Bytes with n <= 0 != nil")
	}
	if len(Bytes(unsafe.Pointer(&x), 4)) != 4 {
		t.Error("Bytes(p, 4) has the wrong length")
	}
}

func TestMulSize(t *testing.T) {
	cases := []struct {
		a, b, want int64
		ok         bool
	}{
		{0, 5, 0, true}, {5, 0, 0, true}, {3, 4, 12, true},
		{-1, 2, 0, false}, {2, -1, 0, false},
		{math.MaxInt64, 1, math.MaxInt64, true}, {math.MaxInt64, 2, 0, false},
		{1 << 32, 1 << 31, 0, false}, {1 << 31, 1 << 31, 1 << 62, true},
	}
	for _, c := range cases {
		got, ok := MulSize(c.a, c.b)
		if got != c.want || ok != c.ok {
			t.Errorf("MulSize(%d, %d) = %d, %v; want %d, %v", c.a, c.b, got, ok, c.want, c.ok)
		}
	}
	if StringSize("héllo") != 7 {
		t.Error("StringSize counts bytes, plus one")
	}
}

func TestStrLenStopsAtTheFirstNul(t *testing.T) {
	for _, s := range []string{"", "a", "héllo", "a\x00b", strings.Repeat("x", 1<<16-1), strings.Repeat("y", 1<<16), strings.Repeat("z", 3<<16+5)} {
		b := append([]byte(s), 0)
		want := int64(bytes.IndexByte(b, 0))
		if got := StrLen(unsafe.Pointer(&b[0])); got != want {
			t.Errorf("StrLen of %d bytes = %d, want %d", len(s), got, want)
		}
	}
	if StrLen(nil) != 0 {
		t.Error("StrLen(nil) != 0")
	}
}

// A pointer just above NULL faults in Go code, which Go turns into a panic
// that an export's guard can recover: the reason StrLen exists.
func TestStrLenOfALowAddressPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "nil pointer dereference") {
			t.Fatalf("recovered %v, want a nil-dereference panic", r)
		}
	}()
	addr := uintptr(8)
	StrLen(*(*unsafe.Pointer)(unsafe.Pointer(&addr))) // an address in the first page, on purpose
}

func TestPutPrefixCutsAtARuneBoundary(t *testing.T) {
	s := "ab世界" // 2 + 3 + 3 bytes
	for n := 0; n <= len(s)+2; n++ {
		p, check := guarded(t, n)
		all := PutPrefix(p, int64(n), s)
		check()
		if n == 0 {
			continue
		}
		got := unsafe.Slice((*byte)(p), n)
		end := bytes.IndexByte(got, 0)
		if end < 0 {
			t.Fatalf("capacity %d: no NUL", n)
		}
		prefix := string(got[:end])
		if !strings.HasPrefix(s, prefix) || !utf8.ValidString(prefix) || len(prefix) < n-1-2 && prefix != s {
			t.Fatalf("capacity %d: wrote %q", n, prefix)
		}
		if all != (prefix == s) {
			t.Fatalf("capacity %d: reported %v for %q", n, all, prefix)
		}
	}
}
