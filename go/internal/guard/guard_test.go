package guard

import (
	"errors"
	"testing"
)

func mayPanic(v any) (result string) {
	defer Recover(func(msg string) { result = "recovered: " + msg })
	if v != nil {
		panic(v)
	}
	return "ok"
}

func TestRecoverTurnsPanicIntoValue(t *testing.T) {
	before := Count()
	if got := mayPanic("boom"); got != "recovered: boom" {
		t.Fatalf("got %q", got)
	}
	if got := mayPanic(errors.New("bad")); got != "recovered: bad" {
		t.Fatalf("got %q", got)
	}
	if Count()-before != 2 {
		t.Fatalf("Count grew by %d, want 2", Count()-before)
	}
	if Last() != "bad" {
		t.Fatalf("Last() = %q, want %q", Last(), "bad")
	}
}

func TestRecoverWithoutPanicDoesNothing(t *testing.T) {
	before := Count()
	if got := mayPanic(nil); got != "ok" {
		t.Fatalf("got %q", got)
	}
	if Count() != before {
		t.Fatal("Count changed without a panic")
	}
}

func TestRecoverRuntimeError(t *testing.T) {
	var s []int
	got := func() (r string) {
		defer Recover(func(msg string) { r = msg })
		_ = s[3]
		return "no panic"
	}()
	if got == "no panic" || got == "" {
		t.Fatalf("index out of range was not recovered: %q", got)
	}
}

func TestNilHandlerStillRecovers(t *testing.T) {
	func() {
		defer Recover(nil)
		panic("ignored")
	}()
}
