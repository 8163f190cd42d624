package main

import (
	"context"
	"sync"
	"testing"
	"time"

	"gofromjava/internal/ledger"
)

// The lesson's exports are called from many Java threads at once; these tests
// call them from many goroutines, and `go test -race` (scripts/test runs it
// for this package) fails on any unsynchronised access.

func TestMixIsSplitmix64(t *testing.T) {
	// splitmix64 seeded with 0: its first output is the finalizer of the golden gamma.
	if got := uint64(mix(int64(-7046029254386353131))); got != 0xe220a8397b1dcdaf {
		t.Fatalf("mix(gamma) = %#x, want 0xe220a8397b1dcdaf", got)
	}
}

func TestCounterLosesNoAdditionUnderContention(t *testing.T) {
	const goroutines, adds = 16, 2000
	before := counterAdd(0)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for range adds {
				counterAdd(int64(g + 1))
			}
		})
	}
	wg.Wait()
	want := before + adds*goroutines*(goroutines+1)/2
	if got := counterAdd(0); got != want {
		t.Fatalf("counter = %d, want %d: additions were lost", got, want)
	}
}

func TestCountPrimesKnownValues(t *testing.T) {
	for below, want := range map[int64]int64{0: 0, 2: 0, 3: 1, 10: 4, 100: 25, 1000: 168, 100_000: 9592} {
		if got, err := countPrimes(context.Background(), below); err != nil || got != want {
			t.Errorf("countPrimes(%d) = %d, %v; want %d", below, got, err, want)
		}
	}
}

// end is one call of a finisher.
type end struct {
	status, result int64
	message        string
}

// recorder is a finisher that counts its calls and notes the live handles
// at the moment it is called.
func recorder() (finisher, chan end, *sync.Mutex, *[]int64) {
	ends := make(chan end, 16)
	var mu sync.Mutex
	var handlesAtEnd []int64
	return func(status, result int64, message string) {
		mu.Lock()
		handlesAtEnd = append(handlesAtEnd, ledger.LiveHandles())
		mu.Unlock()
		ends <- end{status, result, message}
	}, ends, &mu, &handlesAtEnd
}

func wait(t *testing.T, ends chan end) end {
	t.Helper()
	select {
	case e := <-ends:
		return e
	case <-time.After(20 * time.Second):
		t.Fatal("the task never called back")
		return end{}
	}
}

func TestTaskReleasesItsHandleBeforeItCallsBack(t *testing.T) {
	base := ledger.LiveHandles()
	finish, ends, mu, handles := recorder()
	startTask(func(ctx context.Context) (int64, error) { return countPrimes(ctx, 1000) }, finish)
	if e := wait(t, ends); e != (end{statusDone, 168, ""}) {
		t.Fatalf("end = %+v, want done with 168", e)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(*handles) != 1 || (*handles)[0] != base {
		t.Fatalf("live handles when the callback ran: %v, want [%d]", *handles, base)
	}
}

func TestCancelStopsALongTask(t *testing.T) {
	base := ledger.LiveHandles()
	finish, ends, _, _ := recorder()
	h := startTask(func(ctx context.Context) (int64, error) { return countPrimes(ctx, MaxBelow) }, finish)
	if told := taskCancel(h); told != 1 {
		t.Fatalf("taskCancel(running) = %d, want 1", told)
	}
	if e := wait(t, ends); e.status != statusCancelled {
		t.Fatalf("end = %+v, want cancelled", e)
	}
	if told := taskCancel(h); told != 0 {
		t.Fatalf("taskCancel(ended) = %d, want 0", told)
	}
	if live := ledger.LiveHandles(); live != base {
		t.Fatalf("live handles %d, want %d", live, base)
	}
	select {
	case e := <-ends:
		t.Fatalf("a second end: %+v", e)
	case <-time.After(50 * time.Millisecond):
	}
}

func TestAPanicInATaskIsItsFailure(t *testing.T) {
	finish, ends, _, _ := recorder()
	startTask(func(ctx context.Context) (int64, error) { panic("boom") }, finish)
	if e := wait(t, ends); e != (end{statusFailed, 0, "boom"}) {
		t.Fatalf("end = %+v, want failed with boom", e)
	}
}

func TestCancelNeverStartedOrForgedHandle(t *testing.T) {
	for _, h := range []uintptr{0, 1 << 40} {
		if told := taskCancel(h); told != 0 {
			t.Fatalf("taskCancel(%d) = %d, want 0", h, told)
		}
	}
}

// Many tasks started and cancelled from many goroutines at once: every task
// ends exactly once and every handle is deleted.
func TestManyTasksStartedAndCancelledConcurrently(t *testing.T) {
	const tasks = 200
	base := ledger.LiveHandles()
	ends := make(chan end, tasks)
	finish := func(status, result int64, message string) { ends <- end{status, result, message} }
	var wg sync.WaitGroup
	for i := range tasks {
		wg.Go(func() {
			below := int64(MaxBelow)
			if i%2 == 0 {
				below = 2000
			}
			h := startTask(func(ctx context.Context) (int64, error) { return countPrimes(ctx, below) }, finish)
			if below == MaxBelow || i%3 != 0 { // the long ones always: they would run for hours
				taskCancel(h)
			}
		})
	}
	wg.Wait()
	for range tasks {
		e := wait(t, ends)
		if e.status != statusCancelled && e != (end{statusDone, 303, ""}) {
			t.Fatalf("end = %+v, want cancelled or done with 303", e)
		}
	}
	if live := ledger.LiveHandles(); live != base {
		t.Fatalf("live handles %d, want %d", live, base)
	}
}
