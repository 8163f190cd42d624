// Lesson 16: the JVM and the Go runtime in one process.
//
// Loading a Go c-shared library starts a second runtime inside the JVM: Go's
// scheduler, its threads, its garbage collector and its signal handlers. The
// exports here are what the lesson's scenarios need: busy goroutines, Go
// calling Java from threads Go created, a fault in Go code and one in C code,
// a panic in a goroutine the library started (and the pattern that keeps it
// from killing the process), a handler for a signal the JVM uses too, Go's
// own CPU profiler, a Go heap of a chosen size, and a view of the Go runtime
// that an application can log.
package main

/*
#include <stdint.h>

// What the Go runtime says about itself (runtimeView).
typedef struct {
	int64_t gomaxprocs;
	int64_t numCPU;
	int64_t goroutines;
	int64_t threads;
	int64_t heapObjectBytes;
	int64_t memoryLimit;
} runtime_view;

// The caller's callback: it must return x + 1.
typedef int64_t (*callback_f)(int64_t x);

// In calls.c.
int64_t gfjCall(callback_f callback, int64_t x);
void gfjWriteAtAddress8(void);
*/
import "C"

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// Bounds on what a caller may ask for: enough for every scenario, small
// enough that a wrong argument cannot take the machine.
const (
	maxGoroutines = 256
	maxMillis     = 60_000
	maxCalls      = 1_000_000
	maxHeapBytes  = 1 << 30
)

// docs:begin view

// runtimeView writes the Go runtime's view of the process into view:
// GOMAXPROCS, the CPUs Go may use, live goroutines, threads the Go runtime
// owns, bytes of live and not yet swept heap objects, and the memory limit
// (GOMEMLIMIT; math.MaxInt64 when none is set). It returns 0, or -1 when view
// is NULL or the call panicked (the panic is left for gfj_panic_take).
//
//export runtimeView
func runtimeView(view *C.runtime_view) (status int64) {
	defer guard.Recover(func() { status = -1 })
	if view == nil {
		return -1
	}
	samples := []metrics.Sample{
		{Name: "/sched/goroutines:goroutines"},
		{Name: "/sched/threads/total:threads"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/gomemlimit:bytes"},
	}
	metrics.Read(samples)
	*view = C.runtime_view{
		gomaxprocs:      C.int64_t(runtime.GOMAXPROCS(0)),
		numCPU:          C.int64_t(runtime.NumCPU()),
		goroutines:      C.int64_t(samples[0].Value.Uint64()),
		threads:         C.int64_t(samples[1].Value.Uint64()),
		heapObjectBytes: C.int64_t(samples[2].Value.Uint64()),
		memoryLimit:     C.int64_t(samples[3].Value.Uint64()),
	}
	return 0
}

// docs:end view

// spin keeps goroutines goroutines busy computing for millis milliseconds,
// waits for them, and returns how many rounds they did in all (at least one
// each). It returns -1 when goroutines is not 1..256 or millis not
// 0..60000, or after a panic (left for gfj_panic_take).
//
//export spin
func spin(goroutines, millis int64) (rounds int64) {
	defer guard.Recover(func() { rounds = -1 })
	if goroutines < 1 || goroutines > maxGoroutines || millis < 0 || millis > maxMillis {
		return -1
	}
	deadline := time.Now().Add(time.Duration(millis) * time.Millisecond)
	var total atomic.Int64
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			x := uint64(1)
			n := int64(0)
			for {
				for range 10_000 {
					x = x*6364136223846793005 + 1442695040888963407
				}
				n++
				if x == 0 || !time.Now().Before(deadline) {
					break
				}
			}
			total.Add(n)
		})
	}
	wg.Wait()
	return total.Load()
}

// docs:begin faults

// dereferenceNil reads through a nil pointer in Go code. Go turns that fault
// into a panic (a runtime error), the guard recovers it, and the call returns
// -1 with the panic left for gfj_panic_take. It never returns anything else.
//
//export dereferenceNil
func dereferenceNil() (value int64) {
	defer guard.Recover(func() { value = -1 })
	var p *int64
	return *p
}

// faultInC calls C code that writes to address 8. The fault happens outside
// Go code, so Go does not turn it into a panic and the guard below never
// runs: Go hands the signal to the handler that was installed before Go's,
// the JVM's, and the process dies. It is here to show that; never call it.
//
//export faultInC
func faultInC() {
	defer guard.Recover(nil)
	C.gfjWriteAtAddress8()
}

// docs:end faults

// docs:begin goroutines

// panicInGoroutine starts a goroutine that panics, and waits for it. The
// export's guard covers only the export's own goroutine: the panic unwinds
// the new goroutine's stack, finds no recover, and Go aborts the process.
// It is here to show that; never call it.
//
//export panicInGoroutine
func panicInGoroutine() {
	defer guard.Recover(nil)
	done := make(chan struct{})
	go func() {
		var shares []int64
		_ = shares[3] // index out of range, in a goroutine nobody guards
		// Never reached. Not deferred either: deferred calls run while a panic unwinds, before
		// Go aborts, so a deferred close would let the export return and race with the abort.
		close(done)
	}()
	<-done
}

// workInGoroutines starts goroutines goroutines; the one numbered failing
// (0-based; -1 for none) indexes past the end of a slice, a runtime panic.
// Each goroutine recovers its own panic at its top and hands it back as an
// error, so the process lives. It returns 0 when every goroutine finished,
// and -1 otherwise, with the first error and a NUL written into the errN
// bytes at errOut, cut to fit (lesson 10's status form). It returns -1 with a
// message when goroutines is not 1..256 or failing not -1..goroutines-1.
//
//export workInGoroutines
func workInGoroutines(goroutines, failing int64, errOut *C.char, errN int64) (status int64) {
	fail := func(msg string) int64 {
		status = -1
		cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
		return -1
	}
	defer guard.RecoverAsError(func(msg string) { fail(msg) })
	if goroutines < 1 || goroutines > maxGoroutines || failing < -1 || failing >= goroutines {
		return fail(fmt.Sprintf("goroutines must be 1..%d and failing -1..goroutines-1, got %d and %d",
			maxGoroutines, goroutines, failing))
	}
	errs := make(chan error, goroutines)
	for i := range goroutines {
		go func() {
			defer func() { // first thing in every goroutine: its panic becomes its error
				if r := recover(); r != nil {
					errs <- fmt.Errorf("goroutine %d: %v", i, r)
				}
			}()
			errs <- share(i, failing)
		}()
	}
	var first error
	for range goroutines {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	if first != nil {
		return fail(first.Error())
	}
	return 0
}

// share is one goroutine's work; for the failing one it indexes past the end.
func share(i, failing int64) error {
	shares := make([]int64, 3)
	at := i % 3
	if i == failing {
		at = int64(len(shares)) + i
	}
	shares[at] = i
	return nil
}

// docs:end goroutines

// docs:begin signals

var notified struct {
	sync.Mutex
	ch    chan os.Signal
	count atomic.Int64
	done  chan struct{}
}

// notifyStart asks Go's os/signal to deliver signal sig to a goroutine that
// counts it (notifyCount). Go installs its own handler for sig, with
// SA_ONSTACK, replacing the one the JVM installed, unless a signal-chaining
// library (libjsig) keeps the JVM's. It returns 0, or -1 when sig is not
// 1..64, is SIGKILL or SIGSTOP, or a signal is already being counted.
//
//export notifyStart
func notifyStart(sig int64) (status int64) {
	defer guard.Recover(func() { status = -1 })
	if sig < 1 || sig > 64 || sig == int64(syscall.SIGKILL) || sig == int64(syscall.SIGSTOP) {
		return -1
	}
	notified.Lock()
	defer notified.Unlock()
	if notified.ch != nil {
		return -1
	}
	notified.ch = make(chan os.Signal, 16)
	notified.done = make(chan struct{})
	notified.count.Store(0)
	signal.Notify(notified.ch, syscall.Signal(sig))
	go func(ch chan os.Signal, done chan struct{}) {
		defer close(done)
		for range ch {
			notified.count.Add(1)
		}
	}(notified.ch, notified.done)
	return 0
}

// notifyCount is how many signals notifyStart's goroutine has received.
//
//export notifyCount
func notifyCount() int64 {
	defer guard.Recover(nil)
	return notified.count.Load()
}

// notifyStop stops the delivery notifyStart asked for and gives the signal
// back to its handler from before Go's (signal.Reset). It returns 0, or -1
// when nothing was being counted.
//
//export notifyStop
func notifyStop() (status int64) {
	defer guard.Recover(func() { status = -1 })
	notified.Lock()
	defer notified.Unlock()
	if notified.ch == nil {
		return -1
	}
	signal.Stop(notified.ch)
	close(notified.ch)
	<-notified.done
	notified.ch, notified.done = nil, nil
	return 0
}

// docs:end signals

// docs:begin upcalls

// upcallFor starts threads goroutines, each locked to an OS thread of its
// own, and has each call callback(i) with i = 0, 1, 2, ... for millis
// milliseconds: every call is an upcall into the caller on a thread Go
// created. The callback must return i + 1. It returns how many calls were
// made in all; -2 when a callback returned anything else; -1 when callback
// is NULL, threads is not 1..256 or millis not 0..60000, or after a panic
// (left for gfj_panic_take).
//
//export upcallFor
func upcallFor(callback C.callback_f, threads, millis int64) (calls int64) {
	defer guard.Recover(func() { calls = -1 })
	if callback == nil || threads < 1 || threads > maxGoroutines || millis < 0 || millis > maxMillis {
		return -1
	}
	deadline := time.Now().Add(time.Duration(millis) * time.Millisecond)
	var total atomic.Int64
	var wrong atomic.Bool
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			runtime.LockOSThread() // a thread of its own, never a JVM thread
			defer runtime.UnlockOSThread()
			for i := int64(0); ; i++ {
				if int64(C.gfjCall(callback, C.int64_t(i))) != i+1 {
					wrong.Store(true)
				}
				total.Add(1)
				if !time.Now().Before(deadline) {
					return
				}
			}
		})
	}
	wg.Wait()
	if wrong.Load() {
		return -2
	}
	return total.Load()
}

// docs:end upcalls

// upcallRounds has threads goroutines at a time call callback(i), i = 0, 1,
// ..., calls-1 each, round after round, for millis milliseconds (at least one
// round). Each goroutine locks itself to an OS thread for its calls and
// unlocks before it ends, so the thread goes back to Go's pool and never
// exits: a thread the JVM attached for an upcall stays attached. It returns
// how many calls were made in all; -2 when a callback returned anything but
// i + 1; -1 when callback is NULL, threads is not 1..256, calls not
// 0..1000000 or millis not 0..60000, or after a panic (left for
// gfj_panic_take).
//
//export upcallRounds
func upcallRounds(callback C.callback_f, threads, calls, millis int64) (total int64) {
	defer guard.Recover(func() { total = -1 })
	return rounds(callback, threads, calls, millis, true)
}

// hazardExitLockedAfterUpcalls is here to demonstrate a hazard that kills
// the JVM; never call it outside a test that expects the process to die. It
// is upcallRounds without the unlock: every goroutine ends still locked to its
// thread, so Go tears the thread's M down and ends the thread. If the thread
// made an upcall, the JVM detaches it as the thread ends and restores the
// signal mask it saved when it attached it, which lets in the signals Go
// handles. One that arrives then (SIGPROF from Go's CPU profiler, the
// preemption signal SIGURG, a signal passed to signal.Notify) runs Go's
// handler on a thread whose M is gone, and it faults: the process dies with
// SIGSEGV and no report. It returns what upcallRounds returns.
//
//export hazardExitLockedAfterUpcalls
func hazardExitLockedAfterUpcalls(callback C.callback_f, threads, calls, millis int64) (total int64) {
	defer guard.Recover(func() { total = -1 })
	return rounds(callback, threads, calls, millis, false)
}

// rounds runs upcallRounds (unlock) or hazardExitLockedAfterUpcalls.
func rounds(callback C.callback_f, threads, calls, millis int64, unlock bool) int64 {
	if callback == nil || threads < 1 || threads > maxGoroutines || calls < 0 || calls > maxCalls ||
		millis < 0 || millis > maxMillis {
		return -1
	}
	deadline := time.Now().Add(time.Duration(millis) * time.Millisecond)
	var total atomic.Int64
	var wrong atomic.Bool
	for {
		var wg sync.WaitGroup
		for range threads {
			// docs:begin exit-locked
			wg.Go(func() {
				runtime.LockOSThread()
				if unlock { // upcallRounds; the hazard's goroutine ends still locked
					defer runtime.UnlockOSThread()
				}
				for i := range calls {
					if int64(C.gfjCall(callback, C.int64_t(i))) != i+1 { // an upcall into Java
						wrong.Store(true)
					}
					total.Add(1)
				}
			})
			// docs:end exit-locked
		}
		wg.Wait()
		if !time.Now().Before(deadline) {
			break
		}
	}
	if wrong.Load() {
		return -2
	}
	return total.Load()
}

// docs:begin pprof

var profile struct {
	sync.Mutex
	file *os.File
}

// cpuProfileStart starts Go's CPU profiler (runtime/pprof), writing to the
// file at path. It returns 0, or -1 with the reason and a NUL written into
// the errN bytes at errOut, cut to fit. Inside a JVM it takes SIGPROF from
// every other profiler, and it kills the process when a thread that called
// Java ends while it runs (hazardExitLockedAfterUpcalls): lesson 16's page.
//
//export cpuProfileStart
func cpuProfileStart(path *C.char, errOut *C.char, errN int64) (status int64) {
	fail := func(msg string) int64 {
		status = -1
		cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
		return -1
	}
	defer guard.RecoverAsError(func(msg string) { fail(msg) })
	if path == nil {
		return fail("path is NULL")
	}
	profile.Lock()
	defer profile.Unlock()
	if profile.file != nil {
		return fail("Go's CPU profiler is already running")
	}
	f, err := os.Create(C.GoString(path))
	if err != nil {
		return fail(err.Error())
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fail(err.Error())
	}
	profile.file = f
	return 0
}

// cpuProfileStop stops Go's CPU profiler, writes the rest of the profile and
// closes the file. It returns 0, or -1 when the profiler was not running or
// the file could not be written.
//
//export cpuProfileStop
func cpuProfileStop() (status int64) {
	defer guard.Recover(func() { status = -1 })
	profile.Lock()
	defer profile.Unlock()
	if profile.file == nil {
		return -1
	}
	pprof.StopCPUProfile()
	err := profile.file.Close()
	profile.file = nil
	if err != nil {
		return -1
	}
	return 0
}

// docs:end pprof

// docs:begin heap

// held is the Go heap holdHeap keeps alive.
var held struct {
	sync.Mutex
	bytes []byte
}

// holdHeap makes Go hold n bytes on its heap, every page written so the
// memory is really in use, in place of what it held before; 0 lets it all go.
// It returns 0, or -1 when n is not 0..1 GiB or the call panicked (left for
// gfj_panic_take).
//
//export holdHeap
func holdHeap(n int64) (status int64) {
	defer guard.Recover(func() { status = -1 })
	if n < 0 || n > maxHeapBytes {
		return -1
	}
	held.Lock()
	defer held.Unlock()
	held.bytes = nil
	if n > 0 {
		b := make([]byte, n)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		held.bytes = b
	}
	return 0
}

// docs:end heap

// main is required by -buildmode=c-shared and never runs.
func main() {}
