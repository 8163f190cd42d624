// Lesson 13: Go called from many Java threads at once, and Go work that runs
// on after the call, finished through a callback.
//
// Any number of threads may be inside these exports at the same time, so
// every export either touches no shared state (mix, sleepMillis) or holds a
// lock while it does (counterAdd). A task (primesStart) runs in a goroutine of
// its own, is known to Java by a handle until it ends, and reports its end
// through a C function pointer, exactly once.
package main

/*
#include <stdint.h>

// The end of a task: status 0 (result is the answer), 1 (cancelled) or 2
// (failed: message holds messageLen bytes of UTF-8, no NUL, valid only
// during the call; NULL and 0 otherwise).
typedef void (*gfj_done_f)(int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen);

// In done.c: Go cannot call a C function pointer itself.
void gfjDone(gfj_done_f done, int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen);
*/
import "C"

import (
	"context"
	"errors"
	"math"
	"sync"
	"time"
	"unsafe"

	"gofromjava/internal/guard"
	"gofromjava/internal/ledger"
)

// docs:begin mix

// mix returns the splitmix64 finalizer of x: a pure function of its
// argument, so calls on any number of threads at once cannot disturb each
// other.
//
//export mix
func mix(x int64) int64 {
	defer guard.Recover(nil)
	return int64(mix64(uint64(x)))
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// docs:end mix

// docs:begin counter

// counter is state shared by every thread that calls counterAdd: read and
// written only with counterMu held.
var (
	counterMu sync.Mutex
	counter   int64
)

// counterAdd adds delta to a counter shared by all callers and returns the
// new total. Concurrent calls are serialised by a mutex, so no addition is
// lost. The total wraps around as Go's int64 does.
//
//export counterAdd
func counterAdd(delta int64) int64 {
	defer guard.Recover(nil)
	counterMu.Lock()
	defer counterMu.Unlock()
	counter += delta
	return counter
}

// docs:end counter

// MaxSleep is the longest sleepMillis sleeps, in milliseconds.
const MaxSleep = 60_000

// sleepMillis blocks the calling thread in Go for ms milliseconds and
// returns ms. It returns -1 at once when ms is negative or above MaxSleep.
//
//export sleepMillis
func sleepMillis(ms int64) int64 {
	defer guard.Recover(nil)
	if ms < 0 || ms > MaxSleep {
		return -1
	}
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

// docs:begin task

// The statuses a task ends with, as gfj_done_f receives them.
const (
	statusDone      = 0
	statusCancelled = 1
	statusFailed    = 2
)

// task is what a handle holds while a task runs: the way to stop it.
type task struct {
	cancel context.CancelFunc
}

// finisher receives a task's end. The exports pass one that calls the C
// function pointer; Go's tests pass their own.
type finisher func(status, result int64, message string)

// docs:begin startTask

// startTask runs work in a new goroutine and returns the task's handle,
// live until the task ends. When work returns, or panics, the goroutine
// deletes the handle and only then calls finish, once: by the time the
// caller hears of the end, Go holds nothing of the task.
func startTask(work func(ctx context.Context) (int64, error), finish finisher) uintptr {
	ctx, cancel := context.WithCancel(context.Background())
	h := ledger.NewHandle(&task{cancel: cancel})
	go func() {
		status, result, message := run(ctx, work)
		cancel() // releases the context's resources; a no-op after taskCancel
		if err := ledger.DeleteHandle(h); err != nil {
			// Only this goroutine deletes h: an error here is a bug in this file.
			status, result, message = statusFailed, 0, "task handle: "+err.Error()
		}
		finish(status, result, message)
	}()
	return h
}

// docs:end startTask

// run calls work and sorts its end into a status. A panic in work is
// recovered here, in the goroutine that ran it: no export's guard can, and an
// unrecovered panic in any goroutine ends the process.
func run(ctx context.Context, work func(ctx context.Context) (int64, error)) (status, result int64, message string) {
	defer guard.RecoverAsError(func(msg string) { status, result, message = statusFailed, 0, msg })
	n, err := work(ctx)
	switch {
	case err == nil:
		return statusDone, n, ""
	case errors.Is(err, context.Canceled):
		return statusCancelled, 0, ""
	default:
		return statusFailed, 0, err.Error()
	}
}

// taskCancel asks the task behind h to stop, and returns at once: 1 when the
// task was running and has been told, 0 when h is no running task (it ended
// already, or never existed). The task still ends through its callback,
// with status cancelled, or done if it finished first.
//
//export taskCancel
func taskCancel(h uintptr) (told int64) {
	defer guard.Recover(func() { told = 0 })
	t, err := ledger.HandleValue[*task](h)
	if err != nil {
		return 0
	}
	t.cancel()
	return 1
}

// docs:end task

// docs:begin primes

// MaxBelow is the largest bound primesStart accepts.
const MaxBelow = 1 << 40

// primesStart starts counting the primes below below in a goroutine, and
// returns the task's handle at once. When the count ends, done is called
// once, on a thread Go chooses, with id and the count (status 0), or with
// status 1 after taskCancel. It returns 0, and starts nothing, when done is
// NULL or below is negative or above MaxBelow. done must stay callable until
// it has been called.
//
//export primesStart
func primesStart(below int64, done C.gfj_done_f, id int64) (h uintptr) {
	defer guard.Recover(func() { h = 0 })
	if done == nil || below < 0 || below > MaxBelow {
		return 0
	}
	return startTask(func(ctx context.Context) (int64, error) { return countPrimes(ctx, below) }, callC(done, id))
}

// countPrimes counts the primes below n by trial division, and looks at ctx
// every 1024 numbers, so a cancel is seen within microseconds.
func countPrimes(ctx context.Context, n int64) (int64, error) {
	var count int64
	for k := int64(2); k < n; k++ {
		if k%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		if isPrime(k) {
			count++
		}
	}
	return count, nil
}

func isPrime(k int64) bool {
	if k < 4 {
		return k >= 2
	}
	if k%2 == 0 {
		return false
	}
	limit := int64(math.Sqrt(float64(k)))
	for d := int64(3); d <= limit+1 && d < k; d += 2 {
		if k%d == 0 {
			return false
		}
	}
	return true
}

// docs:end primes

// panicStart starts a task whose work panics with message after waiting
// for ms milliseconds, or for a cancel; it shows where a goroutine's panic
// goes (status 2 and the message, through done). It returns 0, and starts
// nothing, when done or message is NULL, or ms is negative or above MaxSleep.
//
//export panicStart
func panicStart(message *C.char, ms int64, done C.gfj_done_f, id int64) (h uintptr) {
	defer guard.Recover(func() { h = 0 })
	if done == nil || message == nil || ms < 0 || ms > MaxSleep {
		return 0
	}
	msg := C.GoString(message) // a copy: Java's string is not Go's to keep
	return startTask(func(ctx context.Context) (int64, error) {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(time.Duration(ms) * time.Millisecond):
			panic(msg)
		}
	}, callC(done, id))
}

// callC is the finisher that calls done with id. A message crosses as a
// pointer into Go's memory, valid only for the call: cgo lets C read Go
// memory that holds no Go pointers during a call, and the caller copies it.
func callC(done C.gfj_done_f, id int64) finisher {
	return func(status, result int64, message string) {
		var p *C.char
		if message != "" {
			b := []byte(message)
			p = (*C.char)(unsafe.Pointer(&b[0]))
		}
		C.gfjDone(done, C.int64_t(id), C.int64_t(status), C.int64_t(result), p, C.int64_t(len(message)))
	}
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
