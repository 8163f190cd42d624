package guard

import "C" // for the //export below: cgo only exports from files that import "C"

import "strconv"

// What the Java loader checks right after it opens a library, before it binds
// anything: that the library speaks its version of the contract of this
// package and of ledger (the gfj_* exports), and that it was built from the
// cgo header the Java bindings were checked against.

// ABIVersion numbers that contract. Change it whenever a gfj_* export
// changes, together with the loader's expected version.
const ABIVersion = 1

// headerHash is the SHA-256 of the library's cgo header, in hex: scripts/go-build
// sets it with -ldflags=-X after cgo wrote the header. Empty in a library
// built otherwise (go test, go build by hand).
var headerHash string

//export gfj_abi_version
func gfj_abi_version() int64 { return ABIVersion }

// gfj_header_hash returns the first 64 bits of headerHash, or 0 when the
// library was built without it.
//
//export gfj_header_hash
func gfj_header_hash() (hash uint64) {
	defer Recover(func() { hash = 0 })
	return HeaderHash()
}

// HeaderHash is what gfj_header_hash returns.
func HeaderHash() uint64 {
	if len(headerHash) < 16 {
		return 0
	}
	h, err := strconv.ParseUint(headerHash[:16], 16, 64)
	if err != nil {
		return 0
	}
	return h
}
