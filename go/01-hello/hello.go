// Lesson 01: the smallest Go library a JVM can call.
//
// Build: go build -buildmode=c-shared -o libhello.so ./01-hello
// (Maven does this for you; see scripts/go-build.)
package main

// Importing "C" is what makes cgo write the //export functions into the
// library's symbol table and into libhello.h. (A comment directly above
// import "C" would be compiled as C, hence the blank line.)

import "C"

import (
	"fmt"

	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// docs:begin hello

// hello prints "Hello world!" and a newline to file descriptor 1, itself:
// text a Java stream still buffers comes out after it (see the lesson page).
//
//export hello
func hello() {
	defer guard.Recover(nil) // a panic must never unwind into the JVM; the caller is told
	fmt.Println("Hello world!")
}

// docs:end hello

// main is required by -buildmode=c-shared and never runs.
func main() {}
