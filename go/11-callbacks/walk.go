package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"gofromjava/internal/guard"
)

// span is a word: the bytes [start, end) of the text.
type span struct{ start, end int }

// verdict is a visitor's answer to one word.
type verdict int64

const (
	goOn      verdict = 0
	stop      verdict = 1
	visitFail verdict = 2
)

// visitor is called once per word: its index and where it is in the text.
type visitor func(i int, s span) verdict

// words returns the words of text as strings.Fields splits them: runs of
// bytes separated by Unicode white space. Bytes that are not UTF-8 are part
// of a word, as in strings.Fields.
func words(text []byte) []span {
	var out []span
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, span{start, len(text)})
	}
	return out
}

// walk visits the words in order until a visit answers stop or failed, and
// returns the number of visits made.
func walk(spans []span, visit visitor) (int64, error) {
	for i, s := range spans {
		switch v := visit(i, s); v {
		case goOn:
		case stop:
			return int64(i + 1), nil
		case visitFail:
			return 0, fmt.Errorf("the visitor failed at word #%d", i)
		default:
			return 0, unknown(v, i)
		}
	}
	return int64(len(spans)), nil
}

func unknown(v verdict, i int) error {
	return fmt.Errorf("the visitor answered %d at word #%d, which is none of 0 (go on), 1 (stop) and 2 (failed)", v, i)
}

// docs:begin walkParallel

// walkParallel visits the words from workers goroutines, each taking the next
// word not yet taken, until the words run out or a visit answers stop or
// failed. It returns when all goroutines have returned, and not before.
//
// A goroutine recovers its own panic: a panic the export's guard cannot see
// (it runs on another goroutine) would end the process.
func walkParallel(spans []span, workers int, visit visitor) (int64, error) {
	var (
		next, visits atomic.Int64
		halt         atomic.Bool
		mu           sync.Mutex
		failures     []int // indexes whose visit failed
		problems     []string
		wg           sync.WaitGroup
	)
	haltAll := func() {
		halt.Store(true)
		onHalt()
	}
	problem := func(msg string) {
		haltAll()
		mu.Lock()
		problems = append(problems, msg)
		mu.Unlock()
	}
	for range workers {
		wg.Go(func() {
			defer guard.RecoverAsError(func(msg string) { problem("a walker goroutine panicked: " + msg) })
			for !halt.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(spans) {
					return
				}
				visits.Add(1)
				switch v := visit(i, spans[i]); v {
				case goOn:
				case stop:
					haltAll()
				case visitFail:
					haltAll()
					mu.Lock()
					failures = append(failures, i)
					mu.Unlock()
				default:
					problem(unknown(v, i).Error())
				}
			}
		})
	}
	wg.Wait() // the ownership rule: no visit after we return
	if len(problems) > 0 {
		return 0, fmt.Errorf("%s", problems[0])
	}
	if len(failures) > 0 {
		return 0, failedAt(failures)
	}
	return visits.Load(), nil
}

// docs:end walkParallel

// onHalt runs each time a goroutine of walkParallel has set the halt flag. Go's
// tests set it to wait for the halt instead of sleeping; here it does nothing.
var onHalt = func() {}

// failedAt names the lowest failed index, and how many more failed.
func failedAt(failures []int) error {
	lowest := failures[0]
	for _, i := range failures {
		lowest = min(lowest, i)
	}
	if len(failures) == 1 {
		return fmt.Errorf("the visitor failed at word #%d", lowest)
	}
	return fmt.Errorf("the visitor failed at word #%d and at %d more", lowest, len(failures)-1)
}
