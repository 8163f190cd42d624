//go:build canary

package main

// #include <stdlib.h>
import "C"

// canary_raw_cstring allocates with C.CString, bypassing the ledger: the
// source check (memcheck/ledger-lint) must flag this line when it is run
// without its canary exception (memcheck/run does exactly that).
//
//export canary_raw_cstring
func canary_raw_cstring() *C.char {
	return C.CString("not counted by the ledger")
}
