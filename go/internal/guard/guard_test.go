package guard

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// export is what a guarded export looks like: it returns -1 to a C caller
// when it panics, and the caller takes the note on the same thread.
func export(v any) (result int64) {
	defer Recover(func() { result = -1 })
	if v != nil {
		panic(v)
	}
	return 1
}

// message reads the message of panic id, as a C caller would.
func message(t *testing.T, id uint64) string {
	t.Helper()
	buf := make([]byte, MaxMessage+1)
	n := messageInto(id, unsafe.Pointer(&buf[0]), int64(len(buf)))
	if n < 1 {
		t.Fatalf("no message for panic %d (size %d)", id, n)
	}
	return string(buf[:n-1])
}

func TestAPanicLeavesANoteWithItsMessage(t *testing.T) {
	runtime.LockOSThread() // the note is per OS thread, as for a C caller
	defer runtime.UnlockOSThread()
	before := Count()
	if got := export(errors.New("bad input")); got != -1 {
		t.Fatalf("export returned %d after a panic, want its failure result -1", got)
	}
	id := take()
	if id == 0 {
		t.Fatal("the panic left no note")
	}
	if take() != 0 {
		t.Fatal("taking a note must clear it")
	}
	if got := message(t, id); got != "bad input" {
		t.Fatalf("message %q", got)
	}
	if n := messageInto(id, nil, 0); n != -1 {
		t.Fatalf("a message is read once; second read gave size %d", n)
	}
	if Count()-before != 1 {
		t.Fatalf("Count grew by %d, want 1", Count()-before)
	}
}

func TestNoPanicNoNote(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := Count()
	if got := export(nil); got != 1 {
		t.Fatalf("got %d", got)
	}
	if id := take(); id != 0 {
		t.Fatalf("a call that did not panic left note %d", id)
	}
	if Count() != before {
		t.Fatal("Count changed without a panic")
	}
}

func TestRuntimeErrorsAreRecovered(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var s []int
	func() {
		defer Recover(nil)
		_ = s[3]
	}()
	if got := message(t, take()); !strings.Contains(got, "index out of range [3] with length 0") {
		t.Fatalf("message %q", got)
	}
}

// A failure handler that panics itself (say, it writes "" into a bad buffer)
// must not unwind into the caller: both messages reach the caller.
func TestAPanicInTheFailureHandlerIsRecoveredToo(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	func() {
		defer Recover(func() { panic("handler") })
		panic("first")
	}()
	got := message(t, take())
	if !strings.HasPrefix(got, "first") || !strings.HasSuffix(got, "handler") {
		t.Fatalf("message %q", got)
	}
}

// A thread that never takes its note keeps only the newest; the older
// message is forgotten, so untaken notes cannot pile up.
func TestANewerPanicReplacesAnUntakenNote(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	export("older")
	export("newer")
	id := take()
	if got := message(t, id); got != "newer" {
		t.Fatalf("message %q", got)
	}
	if n := messageInto(id-1, nil, 0); n != -1 {
		t.Fatalf("the replaced note's message is still kept (size %d)", n)
	}
}

// Notes are per thread: threads that panic and threads that do not, all at
// once, each see exactly their own outcome. A single "last panic" shared by
// all threads fails this at once.
func TestNotesArePerThread(t *testing.T) {
	const threads, calls = 8, 2000
	var wg sync.WaitGroup
	errs := make(chan string, threads)
	for w := 0; w < threads; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for i := 0; i < calls; i++ {
				want := ""
				if (w+i)%2 == 0 {
					want = fmt.Sprintf("thread %d call %d", w, i)
				}
				var v any
				if want != "" {
					v = want
				}
				export(v)
				id := take()
				got := ""
				if id != 0 {
					buf := make([]byte, MaxMessage+1)
					n := messageInto(id, unsafe.Pointer(&buf[0]), int64(len(buf)))
					got = string(buf[:max(n-1, 0)])
				}
				if got != want {
					errs <- fmt.Sprintf("thread %d call %d: want %q, got %q", w, i, want, got)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestMessageSizeNegotiation(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	export("héllo")
	id := take()
	small := []byte{0xEE, 0xEE, 0xEE}
	if n := messageInto(id, unsafe.Pointer(&small[0]), int64(len(small))); n != 7 {
		t.Fatalf("size %d, want 7 (6 bytes of UTF-8 and the NUL)", n)
	}
	if small[0] != 0 || small[1] != 0xEE {
		t.Fatalf("a buffer too small must hold just an empty string, got %q", small)
	}
	if got := message(t, id); got != "héllo" {
		t.Fatalf("a message that did not fit must still be there, got %q", got)
	}
}

func TestLongMessagesAreCutAtARuneBoundary(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	export(strings.Repeat("世", MaxMessage)) // 3 bytes a rune
	got := message(t, take())
	if len(got) > MaxMessage || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Fatalf("len %d, valid %v, suffix %q", len(got), utf8.ValidString(got), got[len(got)-6:])
	}
}

// An export with an error result of its own returns the panic as that error,
// and leaves no note: the caller learns of it from the result.
func TestRecoverAsErrorReturnsThePanicAndLeavesNoNote(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := Count()
	got := func() (err string) {
		defer RecoverAsError(func(msg string) { err = msg })
		var m map[string]int
		m["x"]++
		return ""
	}()
	if got != "assignment to entry in nil map" {
		t.Fatalf("error %q", got)
	}
	if id := take(); id != 0 {
		t.Fatalf("a panic returned as an error also left note %d", id)
	}
	if Count()-before != 1 {
		t.Fatalf("Count grew by %d, want 1", Count()-before)
	}
}

// If returning the error panics too, the caller is told through a note.
func TestRecoverAsErrorFallsBackToANote(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	func() {
		defer RecoverAsError(func(string) { panic("no memory for the message") })
		panic("first")
	}()
	got := message(t, take())
	if !strings.HasPrefix(got, "first; then, while returning it as an error: no memory") {
		t.Fatalf("message %q", got)
	}
}

// A recorded panic moves gfj_notes_left and leaves errno not 0, so a binding
// that reads either after a call (FFM the count, JNA errno) learns of it
// without taking the note; taking the note sets errno back to 0, so the next
// call starts clean.
func TestAPanicMovesTheCountAndSetsErrnoTillTheNoteIsTaken(t *testing.T) {
	runtime.LockOSThread() // errno is per OS thread, as the note is
	defer runtime.UnlockOSThread()
	setErrno(0)
	before := notesLeft()
	export("bad input")
	if notesLeft() == before {
		t.Fatal("a recorded panic left gfj_notes_left as it was: a binding that skips the note while it is unchanged would miss it")
	}
	if errno() == 0 {
		t.Fatal("a recorded panic left errno 0: a binding that skips the note while errno is 0 would miss it")
	}
	if take() == 0 {
		t.Fatal("the panic left no note")
	}
	if got := errno(); got != 0 {
		t.Fatalf("errno is %d after taking the note, want 0", got)
	}
	func() {
		defer RecoverAsError(func(string) { panic("no memory for the message") })
		panic("first")
	}()
	if errno() == 0 || take() == 0 {
		t.Fatal("a panic that fell back to a note must leave errno not 0, as Recover's do")
	}
}

// A call that does not panic leaves the count and errno as it found them: 0
// stays 0 (no false signal from the guard), and a value other C code left
// stays too, until the note is taken (which finds none, and clears errno).
func TestNoPanicLeavesTheCountAndErrnoAlone(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	const eintr = 4
	setErrno(0)
	before := notesLeft()
	export(nil)
	func() {
		defer RecoverAsError(func(string) {})
		panic("returned as an error, no note")
	}()
	if got := errno(); got != 0 {
		t.Fatalf("errno is %d after calls that left no note, want 0", got)
	}
	if notesLeft() != before {
		t.Fatal("gfj_notes_left moved though no note was left")
	}
	setErrno(eintr)
	export(nil)
	if got := errno(); got != eintr {
		t.Fatalf("errno is %d, want %d: the guard changed it without a panic", got, eintr)
	}
	if id := take(); id != 0 || errno() != 0 {
		t.Fatalf("take gave note %d and left errno %d, want 0 and 0", id, errno())
	}
}
