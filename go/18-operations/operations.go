// Lesson 18: a Go library inside a JVM service.
//
// What a service needs from the library once it runs in production: its log
// records in the service's logging (logs.go, drained by Java), its runtime's
// numbers for the service's monitoring (readMetrics), and its limits set from
// the service's configuration (setMaxProcs, setMemoryLimit, setGCPercent).
// The rest is the library's own work, so that there is something to log and
// measure: goroutines that log, a heap of a chosen size, garbage, parked
// goroutines, calls into C.
package main

/*
#include <stdint.h>

// docs:begin metrics
// The Go runtime's numbers (readMetrics), from runtime/metrics.
typedef struct {
	int64_t heapObjectBytes;     // /memory/classes/heap/objects:bytes: live objects and dead ones not yet swept
	int64_t heapGoalBytes;       // /gc/heap/goal:bytes: the heap size the next GC aims to end at
	int64_t memoryBytes;         // what the memory limit counts: /memory/classes/total minus heap/released
	int64_t goroutines;          // /sched/goroutines:goroutines
	int64_t threads;             // /sched/threads/total:threads
	int64_t gcCycles;            // /gc/cycles/total:gc-cycles
	int64_t gcPauses;            // how many stop-the-world pauses for GC (/sched/pauses/total/gc:seconds)
	int64_t gcPauseLongestNanos; // the longest of them, rounded up to its histogram bucket
	int64_t cgoCalls;            // /cgo/go-to-c-calls:calls: calls from Go into C
	int64_t gomaxprocs;          // /sched/gomaxprocs:threads
	int64_t memoryLimit;         // /gc/gomemlimit:bytes (INT64_MAX: none)
	int64_t gcPercent;           // /gc/gogc:percent (-1: off)
} go_metrics;
// docs:end metrics

// What the log buffer has done (logsStats).
typedef struct {
	int64_t accepted;      // records taken into the buffer
	int64_t dropped;       // records dropped because the buffer was full
	int64_t bufferedBytes; // bytes waiting to be drained
	int64_t capacityBytes; // the most it holds
} log_stats;

// In calls.c.
int64_t gfjNothing(int64_t x);
*/
import "C"

import (
	"context"
	"log/slog"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	_ "gofromjava/internal/ledger" // exports gfj_ledger_live, read by the tests
)

// Status codes of the exports besides their results.
const (
	failed     = -1 // the call panicked (the panic is left for gfj_panic_take)
	badRequest = -2 // an argument was out of range
)

// Bounds on what a caller may ask for.
const (
	maxGoroutines = 256
	maxRecords    = 1 << 20
	maxWaitMillis = 60_000
	maxHeapBytes  = 1 << 30
	maxCalls      = 1 << 30
)

// logs is where the library's slog records go: slog's default logger writes
// into it from the moment the library loads, so records the library logs
// before Java starts draining wait there (up to its capacity).
var logs = newLogBuffer(defaultCapacity)

func init() {
	slog.SetDefault(slog.New(&bufferHandler{buffer: logs}))
}

// docs:begin drain

// logsDrain moves as many whole log records as fit into the outN bytes at out,
// oldest first, in the format of encode (logs.go), and returns how many bytes
// it wrote. With no record buffered it waits up to waitMillis milliseconds
// for one, and returns 0 if none came or logsWake was called. It returns -2
// when out is NULL, outN is below logsRecordLimit() or waitMillis is not 0 to
// 60000, and -1 after a panic.
//
//export logsDrain
func logsDrain(out *C.char, outN int64, waitMillis int64) (n int64) {
	defer guard.Recover(func() { n = failed })
	if out == nil || outN < maxRecord || waitMillis < 0 || waitMillis > maxWaitMillis {
		return badRequest
	}
	return int64(logs.drain(cbuf.Bytes(unsafe.Pointer(out), outN), time.Duration(waitMillis)*time.Millisecond))
}

// docs:end drain

// logsRecordLimit is the most bytes one encoded record takes: a drain buffer
// of this size always holds the oldest record.
//
//export logsRecordLimit
func logsRecordLimit() int64 { return maxRecord }

// logsWake makes a logsDrain that is waiting return at once. It returns 0.
//
//export logsWake
func logsWake() (status int64) {
	defer guard.Recover(func() { status = failed })
	logs.wakeDrain()
	return 0
}

// logsSetLevel makes the library build records at level and above only (an
// slog.Level: -4 debug, 0 info, 4 warn, 8 error), and returns the level it
// replaces. Any level is a valid result, so a failure shows only in the
// panic note.
//
//export logsSetLevel
func logsSetLevel(level int64) (previous int64) {
	defer guard.Recover(func() { previous = failed })
	return logs.minLevel.Swap(max(min(level, math.MaxInt32), math.MinInt32))
}

// logsSetCapacity sets the most bytes the buffer holds, and returns the
// capacity it replaces; -2 when bytes is not logsRecordLimit() to 64 MiB.
// Records already buffered stay, even beyond a smaller capacity.
//
//export logsSetCapacity
func logsSetCapacity(bytes int64) (previous int64) {
	defer guard.Recover(func() { previous = failed })
	if bytes < minCapacity || bytes > maxCapacity {
		return badRequest
	}
	return int64(logs.setCapacity(int(bytes)))
}

// logsStats writes what the buffer has done into out; 0, or -2 when out is
// NULL, -1 after a panic.
//
//export logsStats
func logsStats(out *C.log_stats) (status int64) {
	defer guard.Recover(func() { status = failed })
	if out == nil {
		return badRequest
	}
	logs.mu.Lock()
	capacity := logs.capacity
	logs.mu.Unlock()
	*out = C.log_stats{
		accepted:      C.int64_t(logs.accepted.Load()),
		dropped:       C.int64_t(logs.droppedTotal.Load()),
		bufferedBytes: C.int64_t(logs.buffered()),
		capacityBytes: C.int64_t(capacity),
	}
	return 0
}

// docs:begin burst

// logBurst has goroutines goroutines log records records each, at once, and
// returns when they are done: the number of records logged. Each record says
// which goroutine logged it and its place in that goroutine's sequence, with
// attributes of several kinds and a group. -2 when goroutines is not 1 to 256
// or records not 0 to 2^20.
//
//export logBurst
func logBurst(goroutines, records int64) (logged int64) {
	defer guard.Recover(func() { logged = failed })
	if goroutines < 1 || goroutines > maxGoroutines || records < 0 || records > maxRecords {
		return badRequest
	}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			defer guard.RecoverAsError(func(string) {}) // a goroutine's panic would end the process
			logger := slog.Default().With("goroutine", g)
			for seq := range records {
				logger.Info("request served", "seq", seq, "ok", seq%2 == 0, "ratio", float64(seq)/2,
					"took", time.Duration(seq)*time.Microsecond, slog.Group("req", "path", "/items", "bytes", uint64(seq)))
			}
		})
	}
	wg.Wait()
	return goroutines * records
}

// docs:end burst

// logFromLockedThreads is logBurst from goroutines that lock their OS thread
// and end without unlocking it, so that Go ends each of those threads: what
// a library that uses runtime.LockOSThread may do.
//
//export logFromLockedThreads
func logFromLockedThreads(goroutines, records int64) (logged int64) {
	defer guard.Recover(func() { logged = failed })
	if goroutines < 1 || goroutines > maxGoroutines || records < 0 || records > maxRecords {
		return badRequest
	}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			defer guard.RecoverAsError(func(string) {})
			runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
			for seq := range records {
				slog.Info("locked thread", "goroutine", g, "seq", seq)
			}
		})
	}
	wg.Wait()
	return goroutines * records
}

// logRecord logs the messageN bytes at message at level, with the attribute
// bytes = messageN: for tests of what any text becomes. 0; -2 when message is
// NULL while messageN is not 0, or messageN is negative or over 2^20.
//
//export logRecord
func logRecord(level int64, message *C.char, messageN int64) (status int64) {
	defer guard.Recover(func() { status = failed })
	if messageN < 0 || messageN > maxRecords || (message == nil && messageN != 0) {
		return badRequest
	}
	text := string(cbuf.Bytes(unsafe.Pointer(message), messageN))
	slog.Log(context.Background(), slog.Level(max(min(level, math.MaxInt32), math.MinInt32)), text, "bytes", messageN)
	return 0
}

// background counts the records of the goroutines logInBackground started.
var background struct {
	sync.Mutex
	stop   chan struct{}
	done   sync.WaitGroup
	logged atomic.Int64
}

// logInBackground starts goroutines goroutines that log until
// logInBackgroundStop: the library's own goroutines, which nobody joins
// when the JVM exits. 0; -2 when goroutines is not 1 to 256 or they run already.
//
//export logInBackground
func logInBackground(goroutines int64) (status int64) {
	defer guard.Recover(func() { status = failed })
	background.Lock()
	defer background.Unlock()
	if goroutines < 1 || goroutines > maxGoroutines || background.stop != nil {
		return badRequest
	}
	stop := make(chan struct{})
	background.stop = stop
	for g := range goroutines {
		background.done.Go(func() {
			defer guard.RecoverAsError(func(string) {})
			for seq := int64(0); ; seq++ {
				select {
				case <-stop:
					return
				default:
				}
				slog.Info("working", "goroutine", g, "seq", seq)
				background.logged.Add(1)
				if seq%64 == 63 {
					time.Sleep(time.Millisecond)
				}
			}
		})
	}
	return 0
}

// logInBackgroundStop stops the goroutines of logInBackground, waits for
// them, and returns how many records they logged; -2 when none run.
//
//export logInBackgroundStop
func logInBackgroundStop() (logged int64) {
	defer guard.Recover(func() { logged = failed })
	background.Lock()
	defer background.Unlock()
	if background.stop == nil {
		return badRequest
	}
	close(background.stop)
	background.done.Wait()
	background.stop = nil
	return background.logged.Swap(0)
}

// The metrics readMetrics reads, in one slice reused under a lock: Read
// fills the histogram in place, so a read allocates nothing.
var sampled struct {
	sync.Mutex
	samples []metrics.Sample
}

var metricNames = []string{
	"/memory/classes/heap/objects:bytes",
	"/gc/heap/goal:bytes",
	"/memory/classes/total:bytes",
	"/memory/classes/heap/released:bytes",
	"/sched/goroutines:goroutines",
	"/sched/threads/total:threads",
	"/gc/cycles/total:gc-cycles",
	"/sched/pauses/total/gc:seconds",
	"/cgo/go-to-c-calls:calls",
	"/sched/gomaxprocs:threads",
	"/gc/gomemlimit:bytes",
	"/gc/gogc:percent",
}

func init() {
	for _, name := range metricNames {
		sampled.samples = append(sampled.samples, metrics.Sample{Name: name})
	}
}

// docs:begin readMetrics

// readMetrics writes the Go runtime's numbers into out (see go_metrics). It
// reads runtime/metrics, which does not stop the world (runtime.ReadMemStats
// does). 0; -2 when out is NULL; -1 after a panic.
//
//export readMetrics
func readMetrics(out *C.go_metrics) (status int64) {
	defer guard.Recover(func() { status = failed })
	if out == nil {
		return badRequest
	}
	sampled.Lock()
	defer sampled.Unlock()
	s := sampled.samples
	metrics.Read(s)
	pauses, longest := histogram(s[7].Value.Float64Histogram())
	*out = C.go_metrics{
		heapObjectBytes:     C.int64_t(s[0].Value.Uint64()),
		heapGoalBytes:       C.int64_t(s[1].Value.Uint64()),
		memoryBytes:         C.int64_t(s[2].Value.Uint64() - s[3].Value.Uint64()),
		goroutines:          C.int64_t(s[4].Value.Uint64()),
		threads:             C.int64_t(s[5].Value.Uint64()),
		gcCycles:            C.int64_t(s[6].Value.Uint64()),
		gcPauses:            C.int64_t(pauses),
		gcPauseLongestNanos: C.int64_t(longest),
		cgoCalls:            C.int64_t(s[8].Value.Uint64()),
		gomaxprocs:          C.int64_t(s[9].Value.Uint64()),
		memoryLimit:         C.int64_t(s[10].Value.Uint64()),
		gcPercent:           C.int64_t(s[11].Value.Uint64()),
	}
	return 0
}

// docs:end readMetrics

// histogram returns how many values a histogram holds and, in nanoseconds,
// the upper bound of the highest bucket that holds any (its lower bound when
// the upper one is infinite).
func histogram(h *metrics.Float64Histogram) (count uint64, longestNanos int64) {
	for i, n := range h.Counts {
		if n == 0 {
			continue
		}
		count += n
		bound := h.Buckets[i+1]
		if math.IsInf(bound, 1) {
			bound = h.Buckets[i]
		}
		longestNanos = int64(math.Ceil(bound * 1e9))
	}
	return count, longestNanos
}

// docs:begin limits

// setMaxProcs sets GOMAXPROCS to n and returns the value it replaces. With n
// 0 it goes back to Go's default, which follows the CPUs and the cgroup's CPU
// limit and is re-read about once a second; a value set by n >= 1 (or by the
// GOMAXPROCS environment variable) stays until then. -2 when n is not 0 to
// 1024.
//
//export setMaxProcs
func setMaxProcs(n int64) (previous int64) {
	defer guard.Recover(func() { previous = failed })
	if n < 0 || n > 1024 {
		return badRequest
	}
	if n == 0 {
		before := runtime.GOMAXPROCS(0)
		runtime.SetDefaultGOMAXPROCS()
		return int64(before)
	}
	return int64(runtime.GOMAXPROCS(int(n)))
}

// setMemoryLimit sets Go's soft memory limit (what GOMEMLIMIT sets at load)
// to bytes, and returns the limit it replaces; math.MaxInt64 is no limit.
// -2 when bytes is negative.
//
//export setMemoryLimit
func setMemoryLimit(bytes int64) (previous int64) {
	defer guard.Recover(func() { previous = failed })
	if bytes < 0 {
		return badRequest
	}
	return debug.SetMemoryLimit(bytes)
}

// setGCPercent sets GOGC to percent (negative: off, so that only the memory
// limit starts a collection) and returns the value it replaces. Its result
// may be -1 (off), so a failure shows only in the panic note.
//
//export setGCPercent
func setGCPercent(percent int64) (previous int64) {
	defer guard.Recover(func() { previous = failed })
	return int64(debug.SetGCPercent(int(max(min(percent, math.MaxInt32), -1))))
}

// docs:end limits

// held is the Go heap holdHeap keeps alive.
var held struct {
	sync.Mutex
	bytes []byte
}

// holdHeap makes Go hold n bytes on its heap, every page written, in place
// of what it held; 0 lets it go. 0; -2 when n is not 0 to 1 GiB.
//
//export holdHeap
func holdHeap(n int64) (status int64) {
	defer guard.Recover(func() { status = failed })
	if n < 0 || n > maxHeapBytes {
		return badRequest
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

// sink keeps churn's allocations from being optimised away.
var sink atomic.Pointer[[]byte]

// churn allocates n bytes of garbage in 64 KiB pieces, each written and
// dropped at once: work for the collector. 0; -2 when n is not 0 to 2^40.
//
//export churn
func churn(n int64) (status int64) {
	defer guard.Recover(func() { status = failed })
	if n < 0 || n > 1<<40 {
		return badRequest
	}
	for done := int64(0); done < n; done += 64 << 10 {
		b := make([]byte, 64<<10)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		sink.Store(&b)
	}
	sink.Store(nil)
	return 0
}

// collectGarbage runs a garbage collection now (runtime.GC). 0.
//
//export collectGarbage
func collectGarbage() (status int64) {
	defer guard.Recover(func() { status = failed })
	runtime.GC()
	return 0
}

// parked holds the goroutines parkGoroutines started.
var parked struct {
	sync.Mutex
	release chan struct{}
	done    sync.WaitGroup
	count   int64
}

// parkGoroutines starts n goroutines that wait until releaseGoroutines, and
// returns how many wait now. -2 when n is not 1 to 4096 in all.
//
//export parkGoroutines
func parkGoroutines(n int64) (waiting int64) {
	defer guard.Recover(func() { waiting = failed })
	parked.Lock()
	defer parked.Unlock()
	if n < 1 || parked.count+n > 4096 {
		return badRequest
	}
	if parked.release == nil {
		parked.release = make(chan struct{})
	}
	release := parked.release
	for range n {
		parked.done.Go(func() { <-release })
	}
	parked.count += n
	return parked.count
}

// releaseGoroutines ends the goroutines of parkGoroutines, waits for them,
// and returns how many there were.
//
//export releaseGoroutines
func releaseGoroutines() (released int64) {
	defer guard.Recover(func() { released = failed })
	parked.Lock()
	defer parked.Unlock()
	if parked.release != nil {
		close(parked.release)
		parked.done.Wait()
	}
	released, parked.count, parked.release = parked.count, 0, nil
	return released
}

// callC calls a C function that does nothing n times: Go-to-C calls, which
// runtime/metrics counts. Returns n; -2 when n is not 0 to 2^30.
//
//export callC
func callC(n int64) (calls int64) {
	defer guard.Recover(func() { calls = failed })
	if n < 0 || n > maxCalls {
		return badRequest
	}
	for i := range n {
		C.gfjNothing(C.int64_t(i))
	}
	return n
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
