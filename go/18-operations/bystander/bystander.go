// A second Go library for lesson 18's tests: one that other code in the JVM
// loads behind the loader's back (a second Go runtime), and one built from
// another cgo header than the lesson's bindings were checked against.
package main

import "C"

import (
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, as every library the loader takes
)

// bystanderAnswer returns 42: proof that this library's Go runtime runs.
//
//export bystanderAnswer
func bystanderAnswer() (answer int64) {
	defer guard.Recover(func() { answer = -1 })
	return 42
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
