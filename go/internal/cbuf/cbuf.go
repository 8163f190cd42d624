// Package cbuf reads and writes buffers that the caller owns, never past
// the capacity the caller gave.
//
// Sizes arrive from C as int64. A negative size is an error, never a
// conversion to a huge unsigned number.
package cbuf

import (
	"unicode/utf8"
	"unsafe"
)

// Bytes returns the n bytes at p as a Go slice that aliases the caller's
// memory. It returns nil when p is nil or n <= 0. The slice must not be kept
// after the exported function returns: the memory belongs to the caller.
func Bytes(p unsafe.Pointer, n int64) []byte {
	if p == nil || n <= 0 {
		return nil
	}
	return unsafe.Slice((*byte)(p), n)
}

// PutString writes s and a terminating NUL into the n bytes at out.
//
// It reports whether s fit, that is whether len(s)+1 <= n. When s does not fit
// and n >= 1, it writes an empty string (a single NUL at out[0]), so the
// caller never sees a truncated, unterminated result. It never writes at or
// past out[n], and writes nothing at all when out is nil or n <= 0.
func PutString(out unsafe.Pointer, n int64, s string) bool {
	buf := Bytes(out, n)
	if buf == nil {
		return false
	}
	if int64(len(s)) >= n {
		buf[0] = 0
		return false
	}
	copy(buf, s)
	buf[len(s)] = 0
	return true
}

// PutPrefix writes as much of s as fits in n-1 bytes, never splitting a UTF-8
// sequence, and a terminating NUL into the n bytes at out; it reports whether
// all of s fit. For messages, where part of the text beats none. It never
// writes at or past out[n], and writes nothing when out is nil or n <= 0.
func PutPrefix(out unsafe.Pointer, n int64, s string) bool {
	buf := Bytes(out, n)
	if buf == nil {
		return false
	}
	cut := min(int64(len(s)), n-1)
	for cut > 0 && cut < int64(len(s)) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	copy(buf, s[:cut])
	buf[cut] = 0
	return cut == int64(len(s))
}

// StrLen is C's strlen, done in Go: the number of bytes before the first NUL
// at p, read one by one and never past that NUL. It returns 0 when p is nil.
//
// Why not C.strlen: a bad pointer faults either way, but a fault in C code
// kills the process, while a fault in Go code at a low address (NULL plus a
// small offset) becomes a nil-dereference panic that the export's guard
// recovers and reports. Faults at other addresses are fatal in both.
func StrLen(p unsafe.Pointer) int64 {
	if p == nil {
		return 0
	}
	const chunk = 1 << 16
	for n := int64(0); ; n += chunk {
		b := unsafe.Slice((*byte)(p), chunk) // a view; only bytes up to the NUL are read
		for i, c := range b {
			if c == 0 {
				return n + int64(i)
			}
		}
		p = unsafe.Add(p, chunk)
	}
}

// StringSize is the number of bytes PutString needs for s: len(s) + 1.
func StringSize(s string) int64 { return int64(len(s)) + 1 }

// MulSize returns a*b, and false when either is negative or the product
// overflows int64.
func MulSize(a, b int64) (int64, bool) {
	if a < 0 || b < 0 {
		return 0, false
	}
	if a != 0 && b > (1<<63-1)/a {
		return 0, false
	}
	return a * b, true
}
