// Lesson 09: memory Go allocates and the caller frees, the article's __del__.
//
// getUserInfo returns a struct by value whose info field points to a C string
// Go allocated; the caller owns it from then on and must hand the struct to
// delUserInfo, exactly once, to free it. Every allocation goes through the
// ledger, so a test sees a leak (the count stays up) or a double free (it
// goes below where it was) at once.
package main

/*
struct userInfo {
  char* info;
};
*/
import "C"

import (
	"fmt"
	"unicode/utf8"
	"unsafe"

	"gofromjava/internal/guard"
	"gofromjava/internal/ledger"
)

// docs:begin user

// getUserInfo returns a userInfo whose info is a new C string, User "NAME"
// has N letters in their name, N counting code points (the article counted
// bytes). The caller owns info and frees it, once, with delUserInfo. info is
// NULL when cname is NULL, when C memory runs out, and after a panic.
//
//export getUserInfo
func getUserInfo(cname *C.char) (result C.struct_userInfo) {
	defer guard.Recover(nil)
	if cname == nil {
		return result
	}
	name := C.GoString(cname)
	info := fmt.Sprintf("User %q has %d letters in their name", name, utf8.RuneCountInString(name))
	result.info = (*C.char)(unsafe.Pointer(ledger.CString(info))) // counted by the ledger
	return result
}

// delUserInfo prints "Freeing user info: INFO", as the article's does, then
// frees info; it does nothing when info is NULL. A second free of the same
// info is a double free: the caller must make sure it cannot happen.
//
//export delUserInfo
func delUserInfo(info C.struct_userInfo) {
	defer guard.Recover(nil)
	if info.info == nil {
		return
	}
	fmt.Printf("Freeing user info: %s\n", C.GoString(info.info))
	ledger.Free(unsafe.Pointer(info.info))
}

// docs:end user

// main is required by -buildmode=c-shared and never runs.
func main() {}
