package main

import (
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// text returns the words of text as strings, through words.
func split(text string) []string {
	var out []string
	for _, s := range words([]byte(text)) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

func TestWordsSplitsAsStringsFields(t *testing.T) {
	pieces := []string{"a", "bc", "é", "日本", "\xff", "\xe2\x80", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "\u200b", "\x00"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10_000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got, want := split(text), strings.Fields(text)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("words(%q) = %q, strings.Fields = %q", text, got, want)
		}
	}
}

func TestWalkStopsAtTheFirstStopOrFailure(t *testing.T) {
	spans := words([]byte("a b c d e"))
	for k := range len(spans) {
		var seen []int
		n, err := walk(spans, func(i int, s span) verdict {
			seen = append(seen, i)
			if i == k {
				return stop
			}
			return goOn
		})
		if err != nil || n != int64(k+1) || len(seen) != k+1 {
			t.Fatalf("stop at %d: n=%d err=%v seen=%v", k, n, err, seen)
		}
		_, err = walk(spans, func(i int, s span) verdict {
			if i == k {
				return visitFail
			}
			return goOn
		})
		if err == nil || err.Error() != "the visitor failed at word #"+string(rune('0'+k)) {
			t.Fatalf("fail at %d: err=%v", k, err)
		}
	}
	if _, err := walk(spans, func(int, span) verdict { return 7 }); err == nil || !strings.Contains(err.Error(), "answered 7 at word #0") {
		t.Fatalf("unknown verdict: err=%v", err)
	}
}

func TestWalkParallelVisitsEachWordOnce(t *testing.T) {
	spans := words([]byte(strings.Repeat("w ", 1000)))
	for _, workers := range []int{1, 2, 7, 64} {
		var seen [1000]atomic.Int32
		n, err := walkParallel(spans, workers, func(i int, s span) verdict {
			seen[i].Add(1)
			return goOn
		})
		if err != nil || n != 1000 {
			t.Fatalf("workers=%d: n=%d err=%v", workers, n, err)
		}
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Fatalf("workers=%d: word %d visited %d times", workers, i, c)
			}
		}
	}
}

// The ownership rule: every visit has finished when walkParallel returns.
func TestWalkParallelReturnsAfterTheLastVisit(t *testing.T) {
	spans := words([]byte(strings.Repeat("w ", 64)))
	var inFlight, finished atomic.Int64
	n, err := walkParallel(spans, 8, func(i int, s span) verdict {
		inFlight.Add(1)
		time.Sleep(time.Millisecond)
		inFlight.Add(-1)
		finished.Add(1)
		return goOn
	})
	if err != nil || inFlight.Load() != 0 || finished.Load() != n || n != 64 {
		t.Fatalf("n=%d err=%v in flight=%d finished=%d", n, err, inFlight.Load(), finished.Load())
	}
}

func TestWalkParallelStopsAndCountsFailures(t *testing.T) {
	spans := words([]byte(strings.Repeat("w ", 500)))
	// One goroutine: the stop is exact.
	var seen []int
	n, err := walkParallel(spans, 1, func(i int, s span) verdict {
		seen = append(seen, i)
		if i == 100 {
			return stop
		}
		return goOn
	})
	if err != nil || n != 101 || len(seen) != 101 || seen[100] != 100 {
		t.Fatalf("one goroutine: n=%d err=%v seen=%d", n, err, len(seen))
	}
	// Four: once the halt is set, each goroutine starts at most the one visit whose word it had
	// already taken. Every visit past word 100 waits until the halt is set, so each goroutine
	// visits at most one word past it, and the other three at most three in all.
	halted := make(chan struct{})
	var once sync.Once
	onHalt = func() { once.Do(func() { close(halted) }) }
	defer func() { onHalt = func() {} }()
	var past atomic.Int64
	n, err = walkParallel(spans, 4, func(i int, s span) verdict {
		switch {
		case i == 100:
			return stop
		case i > 100:
			<-halted
			past.Add(1)
		}
		return goOn
	})
	if err != nil || n < 101 || past.Load() > 3 {
		t.Fatalf("four goroutines: n=%d err=%v visits past word 100=%d", n, err, past.Load())
	}
	_, err = walkParallel(spans, 1, func(i int, s span) verdict {
		if i == 3 {
			return visitFail
		}
		return goOn
	})
	if err == nil || err.Error() != "the visitor failed at word #3" {
		t.Fatalf("one failure: err=%v", err)
	}
	// Every visit fails; with 4 goroutines, 1 to 4 of them fail before they see the halt.
	_, err = walkParallel(spans, 4, func(i int, s span) verdict { return visitFail })
	if err == nil || !strings.HasPrefix(err.Error(), "the visitor failed at word #0") {
		t.Fatalf("many failures: err=%v", err)
	}
}

// A panic in a walker goroutine is returned as the error; unrecovered, it would end the process.
func TestWalkParallelRecoversAGoroutinesPanic(t *testing.T) {
	spans := words([]byte("a b c d"))
	_, err := walkParallel(spans, 2, func(i int, s span) verdict {
		if i == 2 {
			panic("boom")
		}
		return goOn
	})
	if err == nil || err.Error() != "a walker goroutine panicked: boom" {
		t.Fatalf("err=%v", err)
	}
}
