// Lesson 02: numbers and booleans across the boundary, one export per Go type.
//
// Integer additions wrap around on overflow, exactly like Java's; floats are
// passed back untouched, so every bit (NaN payloads, -0.0, subnormals) can be
// checked on the Java side. No input makes these functions panic; each keeps
// the guard all the same, as every export does, so that a later change that
// can panic is reported to the caller instead of returning a silent zero.
package main

import "C"

import (
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin add
// add returns a + b, wrapping around on overflow (two's complement).
//
//export add
func add(a, b int64) int64 {
	defer guard.Recover(nil)
	return a + b
}

// docs:end add

// One export per row of the type table: Go type -> cgo header type.

//export addInt8
func addInt8(a, b int8) int8 { defer guard.Recover(nil); return a + b }

//export addUint8
func addUint8(a, b uint8) uint8 { defer guard.Recover(nil); return a + b }

//export addInt16
func addInt16(a, b int16) int16 { defer guard.Recover(nil); return a + b }

//export addUint16
func addUint16(a, b uint16) uint16 { defer guard.Recover(nil); return a + b }

//export addInt32
func addInt32(a, b int32) int32 { defer guard.Recover(nil); return a + b }

//export addUint32
func addUint32(a, b uint32) uint32 { defer guard.Recover(nil); return a + b }

//export addUint64
func addUint64(a, b uint64) uint64 { defer guard.Recover(nil); return a + b }

// addInt adds Go ints: 64 bits on every platform this project supports.
//
//export addInt
func addInt(a, b int) int { defer guard.Recover(nil); return a + b }

//export addUintptr
func addUintptr(a, b uintptr) uintptr { defer guard.Recover(nil); return a + b }

// docs:begin floats
// echoFloat32 returns x unchanged, bit for bit.
//
//export echoFloat32
func echoFloat32(x float32) float32 { defer guard.Recover(nil); return x }

// echoFloat64 returns x unchanged, bit for bit.
//
//export echoFloat64
func echoFloat64(x float64) float64 { defer guard.Recover(nil); return x }

// docs:end floats

// docs:begin bool
// negate returns !b. Go's bool is one byte: GoUint8 in the header, 0 or 1.
//
//export negate
func negate(b bool) bool { defer guard.Recover(nil); return !b }

// docs:end bool

func main() {}
