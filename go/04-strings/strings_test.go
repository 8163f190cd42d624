package main

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"unsafe"
)

// docs:begin article
// articleRepeat is the article's repeat, on a Go string: a bytes.Buffer over
// the caller's memory, no bound check, and out returned whatever happened.
func articleRepeat(s string, n int64, out *byte, outN int64) *byte {
	buf := bytes.NewBuffer(unsafe.Slice(out, outN)[:0])
	for i := int64(0); i < n; i++ {
		buf.WriteString(s)
	}
	buf.WriteByte(0)
	return out
}

// The article's bug: too small a buffer keeps what fitted, with no NUL, and
// repeat still returns it as if it were the result.
func TestArticleRepeatLeavesAnUnterminatedBuffer(t *testing.T) {
	out, all := guarded(8)
	got := articleRepeat("Badger", 2, out, 8)
	if got != out {
		t.Fatal("the article's repeat returns out")
	}
	untouchedOutside(t, all, 8) // append moved on to new Go memory instead...
	user := all[guardLen : guardLen+8]
	// ...leaving "Badger", two stale bytes and no NUL: a C reader runs past the end.
	if !bytes.HasPrefix(user, []byte("Badger")) || bytes.IndexByte(user, 0) >= 0 {
		t.Fatalf("expected a truncated, unterminated buffer, got %q", user)
	}
}

// docs:end article

const guardLen = 16

// guarded returns a capacity-n buffer inside a larger one filled with 0xEE,
// and the whole allocation, so a test can look on both sides of it.
func guarded(n int) (*byte, []byte) {
	all := bytes.Repeat([]byte{0xEE}, n+2*guardLen)
	return &all[guardLen], all
}

func untouchedOutside(t *testing.T, all []byte, n int) {
	t.Helper()
	for i, b := range all {
		if (i < guardLen || i >= guardLen+n) && b != 0xEE {
			t.Fatalf("capacity %d: byte at offset %d changed to %#x", n, i-guardLen, b)
		}
	}
}

func TestRepeatIntoNeverLeavesAnUnterminatedBuffer(t *testing.T) {
	out, all := guarded(8)
	if repeatInto("Badger", 2, unsafe.Pointer(out), 8) {
		t.Fatal("12 bytes and a NUL cannot fit in 8")
	}
	untouchedOutside(t, all, 8)
	if all[guardLen] != 0 || all[guardLen+1] != 0xEE {
		t.Fatalf("want an empty string and nothing else written, got %q", all[guardLen:guardLen+8])
	}
}

func TestRepeatIntoEveryCapacity(t *testing.T) {
	for _, s := range []string{"", "a", "Badger", "Ёж", "世界", "🙂"} {
		for n := int64(0); n <= 4; n++ {
			want := strings.Repeat(s, int(n))
			for c := 0; c <= len(want)+3; c++ {
				out, all := guarded(c)
				fit := repeatInto(s, n, unsafe.Pointer(out), int64(c))
				untouchedOutside(t, all, c)
				if fit != (len(want)+1 <= c) {
					t.Fatalf("repeatInto(%q, %d, cap %d) = %v", s, n, c, fit)
				}
				if c == 0 {
					continue
				}
				user := all[guardLen : guardLen+c]
				if fit && (string(user[:len(want)]) != want || user[len(want)] != 0) {
					t.Fatalf("repeatInto(%q, %d, cap %d) wrote %q", s, n, c, user)
				}
				if !fit && user[0] != 0 {
					t.Fatalf("repeatInto(%q, %d, cap %d) left no empty string: %q", s, n, c, user)
				}
			}
		}
	}
}

func TestRepeatNeedRejectsNegativeAndOverflow(t *testing.T) {
	cases := []struct {
		sLen, n, want int64
		ok            bool
	}{
		{6, 4, 25, true}, {0, math.MaxInt64, 1, true}, {3, 0, 1, true},
		{1, -1, 0, false}, {6, math.MinInt64, 0, false},
		{1, math.MaxInt64, 0, false}, // the product fits, the NUL does not
		{1, math.MaxInt64 - 1, math.MaxInt64, true},
		{2, math.MaxInt64/2 + 1, 0, false},
	}
	for _, c := range cases {
		got, ok := repeatNeed(c.sLen, c.n)
		if got != c.want || ok != c.ok {
			t.Errorf("repeatNeed(%d, %d) = %d, %v; want %d, %v", c.sLen, c.n, got, ok, c.want, c.ok)
		}
	}
	// A huge n with a small buffer is refused before anything is built.
	out, all := guarded(4)
	if repeatInto("ab", math.MaxInt64/4, unsafe.Pointer(out), 4) {
		t.Fatal("a 4-byte buffer accepted an exabyte result")
	}
	untouchedOutside(t, all, 4)
}
