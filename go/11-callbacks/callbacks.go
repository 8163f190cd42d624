// Lesson 11: Go calls Java again and again.
//
// Go splits a text into words, on its side of the call, and calls the
// caller's visitor once per word. walkWords calls it in order, on the thread
// that called walkWords. walkWordsParallel calls it from goroutines, on
// threads Go created, and waits for every one of them before it returns: no
// visit can arrive after the caller got its answer, so the caller may free
// the visitor the moment the call returns.
//
// The visitor answers each word: go on, stop, or failed (the caller's code
// threw, and the caller keeps what it threw). Go reports a failure the C way
// of lesson 10, a status and a message in the caller's buffer: the walk
// allocates no C memory at all, so there is nothing to free on the path where
// something already went wrong.
package main

/*
#include <stdint.h>

// docs:begin visit_f
// The caller's visitor: word #index is the wordN bytes at word, inside the
// caller's own text (no NUL after them). thread is the OS thread id of the
// thread the call runs on. Returns 0 (go on), 1 (stop) or 2 (failed).
typedef int64_t (*visit_f)(int64_t index, char* word, int64_t wordN, int64_t thread);
// docs:end visit_f

// In threads.c: Go cannot call a C function pointer itself, nor ask the OS
// for the thread id.
int64_t gfjVisit(visit_f visit, int64_t index, char* word, int64_t wordN);
int64_t gfjThread(void);
*/
import "C"

import (
	"errors"
	"fmt"
	"math"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// The two kinds of failure the walks report, as their status.
const (
	failed     = -1 // the visitor failed, or Go did (a panic); the message says which
	badRequest = -2 // an argument was wrong; the message says which
)

// maxText is the longest text taken, in bytes: the Java API counts words in an int.
const maxText = math.MaxInt32

// docs:begin walkWords

// walkWords splits the textN bytes at text into words, as strings.Fields
// does (runs of Unicode white space separate them), and calls visit once per
// word, in order, on the calling thread. It stops after the first visit that
// answers stop (1) or failed (2).
//
// It returns the number of visits made. It returns -1, and writes a message
// and a NUL into the errN bytes at errOut, cut to fit, when a visit answered
// failed ("the visitor failed at word #3") or anything but 0, 1 or 2, and
// after a panic. It returns -2, with a message, when visit is NULL, textN is
// negative or over 2^31-1, or text is NULL while textN is not 0. The words
// passed to visit point into text; walkWords keeps no pointer to text, visit
// or errOut after it returns.
//
//export walkWords
func walkWords(text *C.char, textN int64, visit C.visit_f, errOut *C.char, errN int64) (status int64) {
	fail := report(&status, errOut, errN)
	defer guard.RecoverAsError(func(msg string) { fail(failed, msg) })
	spans, err := checkRequest(text, textN, visit, 1)
	if err != nil {
		return fail(badRequest, err.Error())
	}
	visits, err := walk(spans, cVisitor(text, visit))
	if err != nil {
		return fail(failed, err.Error())
	}
	return visits
}

// docs:end walkWords

// docs:begin walkWordsParallel

// walkWordsParallel is walkWords with the visits made by workers goroutines
// at once, 1 to 64 of them: each word is visited once, in no set order, on a
// thread Go created, never the calling thread. Once Go has a visit's stop or
// failed, each goroutine starts at most the one visit whose word it already
// took; visits under way finish.
//
// It returns only when every goroutine has finished: once it returned, visit
// is never called again. It returns the number of visits made, or -1 with a
// message when visits failed ("the visitor failed at word #3 and at 2 more",
// naming the lowest index) or a goroutine panicked, or -2 with a message as
// walkWords does, and when workers is not 1 to 64.
//
//export walkWordsParallel
func walkWordsParallel(text *C.char, textN int64, workers int64, visit C.visit_f, errOut *C.char, errN int64) (status int64) {
	fail := report(&status, errOut, errN)
	defer guard.RecoverAsError(func(msg string) { fail(failed, msg) })
	spans, err := checkRequest(text, textN, visit, workers)
	if err != nil {
		return fail(badRequest, err.Error())
	}
	visits, err := walkParallel(spans, int(workers), cVisitor(text, visit))
	if err != nil {
		return fail(failed, err.Error())
	}
	return visits
}

// docs:end walkWordsParallel

// osThread returns the OS thread id (gettid on Linux; threads.c) of the
// thread that called it, or -1 after a panic, which it leaves for gfj_panic_take. An
// export runs on its caller's thread, so this is the caller's id: what a
// visitor compares its thread with.
//
//export osThread
func osThread() (id int64) {
	defer guard.Recover(func() { id = -1 })
	return int64(C.gfjThread())
}

// maxWorkers is the most goroutines walkWordsParallel starts.
const maxWorkers = 64

// checkRequest checks the arguments both walks share, and returns the words.
func checkRequest(text *C.char, textN int64, visit C.visit_f, workers int64) ([]span, error) {
	switch {
	case visit == nil:
		return nil, errors.New("visit is NULL")
	case textN < 0 || textN > maxText:
		return nil, fmt.Errorf("textN is %d, want 0 to %d", textN, maxText)
	case text == nil && textN != 0:
		return nil, fmt.Errorf("text is NULL, but textN is %d", textN)
	case workers < 1 || workers > maxWorkers:
		return nil, fmt.Errorf("workers is %d, want 1 to %d", workers, maxWorkers)
	}
	return words(cbuf.Bytes(unsafe.Pointer(text), textN)), nil
}

// cVisitor calls the caller's visit for a word of text.
func cVisitor(text *C.char, visit C.visit_f) visitor {
	return func(i int, s span) verdict {
		word := (*C.char)(unsafe.Add(unsafe.Pointer(text), s.start))
		return verdict(C.gfjVisit(visit, C.int64_t(i), word, C.int64_t(s.end-s.start)))
	}
}

// report returns a function that sets *status, then writes msg into the
// caller's message buffer, and returns the status: set first, so that should
// the write panic (a bad errOut), the status still says the walk failed.
func report(status *int64, errOut *C.char, errN int64) func(code int64, msg string) int64 {
	return func(code int64, msg string) int64 {
		*status = code
		cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
		return code
	}
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
